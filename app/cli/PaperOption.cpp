// Reading --paper with the report's paper sizes.
#include "PaperOption.h"

#include "ReportPaper.h"

#include <QCoreApplication>

namespace outcome::cli {

Result<QPageSize> paperOption(const CommandArguments& args)
{
    const QString name = args.value(QStringLiteral("paper"));
    if (name.isEmpty())
        return ReportPaper::forLocale(QLocale::system());
    if (const std::optional<QPageSize> size = ReportPaper::fromName(name))
        return *size;
    return args.usageError(
        QCoreApplication::translate("outcome::cli::ReportCommand", "--paper must be A4 or Letter (got \"%1\").")
            .arg(name));
}

} // namespace outcome::cli
