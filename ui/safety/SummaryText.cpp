// Localised numbers and dates for the summary.
#include "SummaryText.h"

#include <QCoreApplication>
#include <QLocale>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::SummaryText)
};

} // namespace

QString SummaryText::describe(const DatabaseSummary& summary)
{
    const QLocale locale;
    if (!summary.exists)
        return Tr::tr("<i>No file at %1.</i>").arg(summary.path.toHtmlEscaped());
    // An open database counted as it is (a clinic server) has no file to give a size and a time stamp of.
    QString text = summary.modified.isValid()
                       ? Tr::tr("%1<br>Saved %2, %3")
                             .arg(summary.path.toHtmlEscaped(),
                                  locale.toString(summary.modified.toLocalTime(), QLocale::ShortFormat),
                                  locale.formattedDataSize(summary.bytes))
                       : summary.path.toHtmlEscaped();
    if (summary.encrypted)
        return text + QStringLiteral("<br>") + Tr::tr("<b>Encrypted.</b> %1").arg(summary.problem.toHtmlEscaped());
    if (!summary.problem.isEmpty())
        return text + QStringLiteral("<br>") + Tr::tr("<b>Cannot be read:</b> %1").arg(summary.problem.toHtmlEscaped());
    return text + QStringLiteral("<br>") +
           Tr::tr("<b>%1 patients</b>, %2 courses, %3 assessments; last change %4")
               .arg(locale.toString(summary.patients), locale.toString(summary.courses),
                    locale.toString(summary.assessments),
                    summary.lastChange.isValid()
                        ? locale.toString(summary.lastChange.toLocalTime(), QLocale::ShortFormat)
                        : Tr::tr("none"));
}

} // namespace outcome
