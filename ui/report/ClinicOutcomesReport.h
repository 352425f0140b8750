// The clinic outcomes report: one to three printed pages with the filters that chose the courses, the table per
// visit and group, the differences between groups, the outcomes view's own charts, and the definitions used (what
// made a responder, how each interval was worked out). The view's "Export PDF report…" and the command line's
// `outcomes --pdf` both write it.
#pragma once

#include "ClinicOutcomes.h"
#include "ClinicSettings.h"
#include "PagedDocument.h"

#include <QDate>
#include <QPageSize>

namespace outcome {

struct ClinicOutcomesReportContent
{
    ClinicOutcomes outcomes;
    const MeasureDefinition* measure = nullptr; // must outlive the report
    QString measureKey;                         // "odi/total"
    OutcomeFilter filter;
    OutcomeGrouping grouping = OutcomeGrouping::None;
    ClinicSettings clinic;
    QDate date; // the report's date
};

class ClinicOutcomesReport
{
public:
    explicit ClinicOutcomesReport(ClinicOutcomesReportContent content);

    // The filters in words, one a line: "Courses started: any date", "Template: every template", …
    QStringList filterLines() const;
    // The definitions used, one a line: the responder rule, the intervals, what n counts.
    QStringList definitions() const;
    // The table as printed: one row per group and visit.
    PagedDocument::Table table() const;

    PagedDocument document() const;
    // Returns the page count; nothing is left at `path` when it fails.
    Result<int> writePdf(const QString& path, const QPageSize& paper) const;

private:
    ClinicOutcomesReportContent m_content;
};

} // namespace outcome
