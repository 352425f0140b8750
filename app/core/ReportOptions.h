// What goes into a progress or referral summary, and the saved presets per audience (GP, specialist, patient,
// insurer) that fill these choices in.
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace outcome {

enum class ReportScope
{
    FullCourse, // every visit of the course and its follow-ups
    ThisVisit   // the scores of one visit against the baseline
};

struct ReportOptions
{
    QString presetId;           // "gp", "specialist", "patient", "insurer", or a clinic's own
    QString title;              // "Referral summary"
    QStringList measures;       // "odi/total", "rand36/pcs"; empty: every measure recorded in the course
    QStringList chartMeasures;  // the measures drawn as charts; empty: none
    bool rand36Profile = false; // the RAND-36 baseline-versus-latest profile chart
    bool includeNotes = false;  // the clinician's visit notes
    bool includeEvents = true;  // flare-ups, injections, imaging, changes of treatment
    ReportScope scope = ReportScope::FullCourse;
    bool deidentified = false; // no name, birth date, chart number, contact or date: a pseudonym, age and days instead
    bool includeFreeText = false; // de-identified only: keep the treatment label, visit labels and event texts
    bool expectedCourse = false;  // how the clinic's patients who started alike went: on the charts and in words
    QString recipient;            // "Dr J. Smith, Harbour Medical Practice" (chosen at export)
    QString coverNote;            // free text at export

    QJsonObject toJson() const;
    static ReportOptions fromJson(const QJsonObject& json);
    bool operator==(const ReportOptions& other) const = default;

    // The four presets a clinic starts with.
    static QList<ReportOptions> standardPresets();
};

QString reportPresetDisplayName(const QString& presetId);

} // namespace outcome
