// The paper a report is laid out on: US Letter where the territory uses it, A4 elsewhere, unless the user chose one.
#pragma once

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace outcome {

class ReportPaper
{
public:
    // Letter in the Americas' Letter countries and the Philippines, A4 everywhere else.
    static QPageSize forLocale(const QLocale& locale);
    // "A4" or "Letter" (any case); empty for anything else.
    static std::optional<QPageSize> fromName(const QString& name);
    // The user's choice (an empty or unknown choice follows the locale).
    static QPageSize choose(const QString& choice, const QLocale& locale);
    // The paper size setting of this user (AppSettings), else the system locale's.
    static QPageSize current();
    // Portrait with the report's margins.
    static QPageLayout layout(const QPageSize& size);
};

} // namespace outcome
