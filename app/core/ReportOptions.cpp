// Report option storage form and the standard presets.
#include "ReportOptions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ReportOptions)
};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& entry : value.toArray())
        list.append(entry.toString());
    return list;
}

} // namespace

QJsonObject ReportOptions::toJson() const
{
    QJsonObject json{
        {QStringLiteral("preset"), presetId},
        {QStringLiteral("title"), title},
        {QStringLiteral("measures"), toArray(measures)},
        {QStringLiteral("charts"), toArray(chartMeasures)},
        {QStringLiteral("rand36_profile"), rand36Profile},
        {QStringLiteral("notes"), includeNotes},
        {QStringLiteral("events"), includeEvents},
        {QStringLiteral("scope"), scope == ReportScope::ThisVisit ? QStringLiteral("visit") : QStringLiteral("course")},
        {QStringLiteral("deidentified"), deidentified},
        {QStringLiteral("free_text"), includeFreeText}};
    // Written only when chosen: presets saved before it existed read back the same.
    if (expectedCourse)
        json.insert(QStringLiteral("expected_course"), true);
    return json;
}

ReportOptions ReportOptions::fromJson(const QJsonObject& json)
{
    ReportOptions options;
    options.presetId = json.value(QStringLiteral("preset")).toString();
    options.title = json.value(QStringLiteral("title")).toString();
    options.measures = toList(json.value(QStringLiteral("measures")));
    options.chartMeasures = toList(json.value(QStringLiteral("charts")));
    options.rand36Profile = json.value(QStringLiteral("rand36_profile")).toBool(false);
    options.includeNotes = json.value(QStringLiteral("notes")).toBool(false);
    options.includeEvents = json.value(QStringLiteral("events")).toBool(true);
    options.scope = json.value(QStringLiteral("scope")).toString() == QLatin1String("visit") ? ReportScope::ThisVisit
                                                                                             : ReportScope::FullCourse;
    options.deidentified = json.value(QStringLiteral("deidentified")).toBool(false);
    options.includeFreeText = json.value(QStringLiteral("free_text")).toBool(false);
    options.expectedCourse = json.value(QStringLiteral("expected_course")).toBool(false);
    return options;
}

QList<ReportOptions> ReportOptions::standardPresets()
{
    const QStringList headline{QStringLiteral("odi/total"), QStringLiteral("qvas/score"), QStringLiteral("nrs/score"),
                               QStringLiteral("rmdq/total")};
    ReportOptions gp;
    gp.presetId = QStringLiteral("gp");
    gp.title = Tr::tr("Referral summary");
    gp.measures = headline + QStringList{QStringLiteral("rand36/pcs"), QStringLiteral("rand36/mcs")};
    gp.chartMeasures = {QStringLiteral("odi/total"), QStringLiteral("qvas/score")};

    ReportOptions specialist;
    specialist.presetId = QStringLiteral("specialist");
    specialist.title = Tr::tr("Referral summary");
    specialist.chartMeasures = {QStringLiteral("odi/total"), QStringLiteral("qvas/score"), QStringLiteral("nrs/score")};
    specialist.rand36Profile = true;
    specialist.includeNotes = true;

    ReportOptions patient;
    patient.presetId = QStringLiteral("patient");
    patient.title = Tr::tr("Your progress");
    patient.measures = headline;
    patient.chartMeasures = {QStringLiteral("nrs/score"), QStringLiteral("odi/total")};
    patient.includeEvents = false;

    ReportOptions insurer;
    insurer.presetId = QStringLiteral("insurer");
    insurer.title = Tr::tr("Treatment outcome report");
    insurer.measures = {QStringLiteral("odi/total"), QStringLiteral("rmdq/total"), QStringLiteral("rand36/pf"),
                        QStringLiteral("rand36/rp"), QStringLiteral("rand36/pcs")};
    insurer.chartMeasures = {QStringLiteral("odi/total")};
    insurer.includeEvents = false;
    return {gp, specialist, patient, insurer};
}

QString reportPresetDisplayName(const QString& presetId)
{
    if (presetId == QLatin1String("gp"))
        return Tr::tr("Referral to a GP");
    if (presetId == QLatin1String("specialist"))
        return Tr::tr("Referral to a specialist");
    if (presetId == QLatin1String("patient"))
        return Tr::tr("For the patient");
    if (presetId == QLatin1String("insurer"))
        return Tr::tr("For an insurer");
    return presetId;
}

} // namespace outcome
