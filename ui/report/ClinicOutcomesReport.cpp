// Laying out the clinic outcomes report with the paged document the referral summary uses.
#include "ClinicOutcomesReport.h"

#include "ChartStyle.h"
#include "ClinicOutcomesChart.h"
#include "OutcomeText.h"
#include "ReportPaper.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace outcome {

using namespace report;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ClinicOutcomesReport)
};

constexpr qreal kFooterMm = 10;

QString number(const std::optional<double>& value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString range(const std::optional<double>& low, const std::optional<double>& high, int decimals)
{
    return low && high ? Tr::tr("%1 to %2").arg(number(low, decimals), number(high, decimals)) : QStringLiteral("–");
}

QString share(const std::optional<int>& count, const std::optional<double>& rate, const std::optional<double>& low,
              const std::optional<double>& high)
{
    if (!count || !rate || !low || !high)
        return QStringLiteral("–");
    const auto percent = [](double value) {
        return QLocale().toString(value * 100, 'f', 0);
    };
    return Tr::tr("%1 (%2 %; %3–%4 %)").arg(*count).arg(percent(*rate), percent(*low), percent(*high));
}

QString groupingName(OutcomeGrouping grouping)
{
    switch (grouping) {
    case OutcomeGrouping::Treatment:
        return Tr::tr("by treatment label");
    case OutcomeGrouping::Template:
        return Tr::tr("by course template");
    case OutcomeGrouping::None:
        break;
    }
    return Tr::tr("all courses together");
}

// "a fall of at least 10 points", "a fall of at least 30 % of the baseline".
QString responderRule(const MeasureDefinition& measure)
{
    const MeaningfulChange& mcid = *measure.meaningfulChange;
    const QString direction = measure.direction == Direction::HigherIsWorse ? Tr::tr("fall") : Tr::tr("rise");
    const bool percent = mcid.headline == ChangeUnit::Percent ? mcid.percent.has_value() : !mcid.points.has_value();
    const double amount = percent ? mcid.percent.value_or(0) : mcid.points.value_or(0);
    const QString size = percent ? Tr::tr("%1 % of the baseline").arg(QLocale().toString(amount))
                                 : Tr::tr("%1 points").arg(QLocale().toString(amount));
    QString text = Tr::tr("a %1 of at least %2 from the course's baseline").arg(direction, size);
    if (!mcid.source.isEmpty())
        text += Tr::tr(" (%1)").arg(mcid.source);
    return text;
}

} // namespace

ClinicOutcomesReport::ClinicOutcomesReport(ClinicOutcomesReportContent content)
    : m_content(std::move(content))
{}

QStringList ClinicOutcomesReport::filterLines() const
{
    const OutcomeFilter& filter = m_content.filter;
    const QLocale locale;
    QString started;
    if (filter.startedFrom.isValid() && filter.startedTo.isValid())
        started = Tr::tr("from %1 to %2")
                      .arg(locale.toString(filter.startedFrom, QLocale::ShortFormat),
                           locale.toString(filter.startedTo, QLocale::ShortFormat));
    else if (filter.startedFrom.isValid())
        started = Tr::tr("from %1").arg(locale.toString(filter.startedFrom, QLocale::ShortFormat));
    else if (filter.startedTo.isValid())
        started = Tr::tr("up to %1").arg(locale.toString(filter.startedTo, QLocale::ShortFormat));
    else
        started = Tr::tr("any date");
    QStringList lines{
        Tr::tr("Measure: %1 (%2)").arg(m_content.measure->name, m_content.measureKey),
        Tr::tr("Groups: %1").arg(groupingName(m_content.grouping)),
        Tr::tr("Courses started: %1").arg(started),
        Tr::tr("Template: %1").arg(filter.templateName.isEmpty() ? Tr::tr("every template") : filter.templateName),
        Tr::tr("Treatment: %1")
            .arg(filter.treatmentLabel.isEmpty() ? Tr::tr("every treatment") : filter.treatmentLabel),
        Tr::tr("Clinician: %1").arg(filter.clinician.isEmpty() ? Tr::tr("every clinician") : filter.clinician),
        Tr::tr("Archived patients: %1").arg(filter.includeArchived ? Tr::tr("included") : Tr::tr("left out")),
        Tr::tr("Complete at: %1").arg(filter.completeAt.isEmpty() ? Tr::tr("any visits") : filter.completeAt),
        Tr::tr("Courses selected: %1").arg(m_content.outcomes.courseCount())};
    return lines;
}

QStringList ClinicOutcomesReport::definitions() const
{
    const MeasureDefinition& measure = *m_content.measure;
    QStringList lines{
        Tr::tr("n counts the courses with a value at the visit (the latest entry of the visit); nothing is imputed."),
        Tr::tr("Change is from each course's baseline: the baseline visit's value, else the first recorded value; the "
               "mean change is over courses with both."),
        Tr::tr("SD with n − 1. 95 % CI of the mean: mean ± t(0.975, n − 1) · SD / √n, none when n < 2. Median and "
               "quartiles by linear interpolation between order statistics (type 7).")};
    if (ClinicOutcomes::hasResponders(measure))
        lines.append(Tr::tr("Responder: meaningful improvement on %1, %2, among courses with a baseline and a value "
                            "at the visit; 95 % CI by the Wilson score interval.")
                         .arg(measure.name, responderRule(measure)));
    if (ClinicOutcomes::hasReferenceRange(measure))
        lines.append(Tr::tr("Out of range: outside the clinic's reference range (%1) among courses with a value at "
                            "the visit, a censored value below the upper limit counting as inside; 95 % CI by the "
                            "Wilson score interval.")
                         .arg(OutcomeText::referenceRange(measure)));
    if (!m_content.outcomes.comparisons().isEmpty())
        lines.append(Tr::tr("Group differences: each group's mean change minus that of %1; 95 % CI by Welch's t with "
                            "Welch–Satterthwaite degrees of freedom.")
                         .arg(m_content.outcomes.reference()));
    return lines;
}

PagedDocument::Table ClinicOutcomesReport::table() const
{
    const MeasureDefinition& measure = *m_content.measure;
    const int decimals = std::max(1, measure.decimals);
    const bool responders = ClinicOutcomes::hasResponders(measure);
    const bool ranged = ClinicOutcomes::hasReferenceRange(measure);
    PagedDocument::Table table;
    // Weighed so that no header is cut and a share with its interval stays on one line.
    table.columns = {{Tr::tr("Group"), 1.5},
                     {Tr::tr("Visit"), 0.9},
                     {Tr::tr("n"), 0.45, Qt::AlignRight},
                     {Tr::tr("Mean (SD)"), 1.1, Qt::AlignRight},
                     {Tr::tr("95 % CI"), 1.2, Qt::AlignRight},
                     {Tr::tr("Median"), 0.75, Qt::AlignRight},
                     {Tr::tr("Quartiles"), 1.2, Qt::AlignRight},
                     {Tr::tr("Change n"), 0.85, Qt::AlignRight},
                     {Tr::tr("Mean change"), 0.85, Qt::AlignRight}};
    if (responders)
        table.columns.append({Tr::tr("Responders (95 % CI)"), 2.0, Qt::AlignRight});
    if (ranged)
        table.columns.append({Tr::tr("Out of range (95 % CI)"), 2.0, Qt::AlignRight});
    for (const GroupOutcome& group : m_content.outcomes.groups()) {
        for (const VisitOutcome& visit : group.visits) {
            QStringList cells{group.group,
                              visit.visit,
                              QString::number(visit.n),
                              visit.mean
                                  ? Tr::tr("%1 (%2)").arg(number(visit.mean, decimals), number(visit.sd, decimals))
                                  : QStringLiteral("–"),
                              range(visit.ciLow, visit.ciHigh, decimals),
                              number(visit.median, decimals),
                              range(visit.q1, visit.q3, decimals),
                              QString::number(visit.changeN),
                              number(visit.changeMean, decimals)};
            if (responders)
                cells << share(visit.responders, visit.responderRate, visit.responderCiLow, visit.responderCiHigh);
            if (ranged)
                cells << share(visit.outOfRange, visit.outOfRangeRate, visit.outOfRangeCiLow, visit.outOfRangeCiHigh);
            table.rows.append(cells);
        }
    }
    table.font = reportFont(7);
    table.headerFont = reportFont(7, true);
    return table;
}

PagedDocument ClinicOutcomesReport::document() const
{
    PagedDocument document;
    const QString clinic = m_content.clinic.clinicName.trimmed();
    if (!clinic.isEmpty())
        document.addParagraph(clinic, reportFont(10, true), kAccent, 1);
    document.addParagraph(Tr::tr("Clinic outcomes report"), reportFont(16, true), kText, 1);
    document.addParagraph(Tr::tr("%1, %2").arg(m_content.measure->name, OutcomeText::longDate(m_content.date)),
                          reportFont(10), kMuted, 3);
    document.addHeading(Tr::tr("Courses included"), reportFont(10, true), kAccent);
    document.addParagraph(filterLines().join(QLatin1Char('\n')), reportFont(8.5), kText, 3);

    document.addHeading(Tr::tr("Per visit"), reportFont(10, true), kAccent);
    document.addTable(table());

    const ClinicOutcomes& outcomes = m_content.outcomes;
    if (!outcomes.comparisons().isEmpty()) {
        const int decimals = std::max(1, m_content.measure->decimals);
        PagedDocument::Table comparisons;
        comparisons.columns = {
            {Tr::tr("Group"), 2},
            {Tr::tr("Visit"), 1.2},
            {Tr::tr("Difference in mean change vs %1").arg(outcomes.reference()), 2.4, Qt::AlignRight},
            {Tr::tr("95 % CI"), 1.4, Qt::AlignRight}};
        for (const OutcomeComparison& comparison : outcomes.comparisons())
            comparisons.rows.append({comparison.group, comparison.visit, number(comparison.difference, decimals),
                                     range(comparison.ciLow, comparison.ciHigh, decimals)});
        comparisons.font = reportFont(7);
        comparisons.headerFont = reportFont(7, true);
        document.addHeading(Tr::tr("Differences between groups"), reportFont(10, true), kAccent);
        document.addTable(comparisons);
    }

    ChartStyle style = ChartStyle::print();
    const QSize natural = style.size;
    style.size = natural;
    auto means = std::make_shared<QCustomPlot>();
    ClinicOutcomesChart::buildMeans(*means, outcomes, *m_content.measure, style);
    document.addHeading(Tr::tr("Charts"), reportFont(10, true), kAccent);
    addChart(document, means, natural);
    auto rates = std::make_shared<QCustomPlot>();
    if (ClinicOutcomesChart::buildRates(*rates, outcomes, *m_content.measure, style))
        addChart(document, rates, natural);

    document.addHeading(Tr::tr("Definitions"), reportFont(10, true), kAccent);
    document.addParagraph(definitions().join(QLatin1Char('\n')), reportFont(8), kText, 3);

    const QString notice = m_content.clinic.notice();
    const QString date = OutcomeText::longDate(m_content.date);
    document.setFooter(kFooterMm, [notice, date](QPainter& painter, const QRectF& rect, int page, int pageCount) {
        painter.setFont(reportFont(7));
        painter.setPen(kMuted);
        const qreal line = mm(painter, 3.4);
        const QRectF last(rect.left(), rect.bottom() - line, rect.width(), line);
        painter.drawText(last, Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Clinic outcomes report  ·  %1").arg(date));
        painter.drawText(last, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page).arg(pageCount));
    });
    return document;
}

Result<int> ClinicOutcomesReport::writePdf(const QString& path, const QPageSize& paper) const
{
    PagedDocument::Metadata metadata;
    metadata.title = Tr::tr("Clinic outcomes report: %1").arg(m_content.measure->name);
    const QString clinic = m_content.clinic.clinicName.trimmed();
    metadata.author = clinic.isEmpty() ? QCoreApplication::applicationName() : clinic;
    metadata.subject = Tr::tr("Outcomes of the clinic's courses of care per visit, without patient details");
    metadata.language = QLocale().bcp47Name();
    metadata.creator = QCoreApplication::applicationName();
    return document().writePdf(path, ReportPaper::layout(paper), metadata);
}

} // namespace outcome
