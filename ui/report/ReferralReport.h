// The referral summary of one course as printed pages: letterhead, patient and course, a table of every chosen
// measure with change and meaningful improvement, charts from the screens' own builders, notes and a signature.
// The same pages go to a PDF file, the print preview and the printer.
#pragma once

#include "ClinicSettings.h"
#include "Clock.h"
#include "CourseOutcomes.h"
#include "ExpectedCourseReader.h"
#include "PagedDocument.h"
#include "Patient.h"
#include "ReportOptions.h"
#include "Result.h"

#include <QDate>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;

namespace outcome {

class Database;
class InstrumentLibrary;

// Everything a report is made from, read once.
struct ReportContent
{
    Patient patient;
    std::shared_ptr<const CourseOutcomes> outcomes;
    ClinicSettings clinic;
    QString pseudonym;        // stands in for the patient in a de-identified report
    QDate date;               // the referral's date
    ExpectedCourses expected; // by chart key, read only when the options ask for the expected course
};

class ReferralReport
{
public:
    ReferralReport(ReportContent content, ReportOptions options);

    // Reads the patient's course (`courseId` 0: the latest), the clinic's letterhead and, for a de-identified
    // report, the patient's pseudonym. The library must outlive the report.
    static Result<ReferralReport> load(Database& db, const InstrumentLibrary& library, qint64 patientId,
                                       const ReportOptions& options, qint64 courseId = 0,
                                       const QDate& date = Clock::today());
    // From the database to a PDF file in one call (the command line and the benchmark); returns the page count.
    // Nothing is left at `path` when it fails.
    static Result<int> writePdf(Database& db, const InstrumentLibrary& library, qint64 patientId,
                                const ReportOptions& options, const QString& path, const QPageSize& paper);

    const ReportContent& content() const { return m_content; }
    const ReportOptions& options() const { return m_options; }

    // The pages, laid out when painted onto a device.
    PagedDocument document() const;
    // Paints onto a printer or the print preview's printer; returns the page count.
    int print(QPagedPaintDevice& device) const;
    Result<int> writePdf(const QString& path, const QPageSize& paper) const;

    // The patient's name, or the pseudonym when de-identified: what the footer and the file's title say.
    QString patientLabel() const;
    // "C000001_2026-08-07.pdf", with the pseudonym when de-identified.
    QString suggestedFileName() const;
    // The chart number or pseudonym made safe for a file name.
    QString fileStem() const;
    // The measures the report covers: the chosen ones the course has, in the chosen order (empty choice: all).
    QList<const MeasureSeries*> measures() const;
    // The charts drawn, by key, each one the course has.
    QStringList chartKeys() const;
    // "This visit only": the latest visit with a value other than a baseline; null when there is none.
    const Visit* reportedVisit() const;
    // The result sentences under the title, at most two ("ODI 40 % → 22 % (−18 points, −45 %, meaningful
    // improvement)"): the measures with a meaningful-change threshold first, then any other with a change.
    QStringList headlines() const;
    // The table of scores as printed, one list of cell texts per row (a cell's lines separated by '\n'); no rows
    // when no chosen measure has a value to show.
    PagedDocument::Table summaryTable() const;

private:
    void addLetterhead(PagedDocument& document) const;
    void addTitle(PagedDocument& document) const;
    void addPatientAndCourse(PagedDocument& document) const;
    void addSummaryTable(PagedDocument& document) const;
    void addFootnotes(PagedDocument& document) const;
    void addSources(PagedDocument& document) const;
    void addEvents(PagedDocument& document) const;
    void addCharts(PagedDocument& document) const;
    void addExpectedCourses(PagedDocument& document) const;
    // The expected course of a measure where it is chosen and shown; null otherwise.
    const ExpectedCourse* expectedOf(const QString& key) const;
    void addCoverNote(PagedDocument& document) const;
    void addNotes(PagedDocument& document) const;
    void addSignature(PagedDocument& document) const;
    void setFooter(PagedDocument& document) const;
    QString title() const;
    // The visit's date, or in a de-identified report the days from the course start ("day 28").
    QString visitDate(const Visit& visit) const;

    ReportContent m_content;
    ReportOptions m_options;
};

} // namespace outcome
