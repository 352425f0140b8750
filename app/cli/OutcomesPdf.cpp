// `outcomes --pdf`: the clinic outcomes report, written by the drawing program.
#include "ClinicOutcomesReport.h"
#include "ClinicSettingsRepository.h"
#include "Clock.h"
#include "CommandLine.h"
#include "ReportPaper.h"

#include <QLocale>

namespace outcome::cli {

Status writeOutcomesPdf(const OutcomesPdfRequest& request)
{
    const Result<ClinicSettings> clinic = ClinicSettingsRepository(*request.db).load();
    if (!clinic)
        return clinic.error();
    ClinicOutcomesReport report({*request.outcomes, request.measure, request.measureKey, request.filter,
                                 request.grouping, *clinic, Clock::today()});
    if (const Result<int> pages = report.writePdf(request.path, ReportPaper::forLocale(QLocale::system())); !pages)
        return pages.error();
    return {};
}

} // namespace outcome::cli
