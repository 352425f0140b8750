// Paper size from the locale or the user's setting.
#include "ReportPaper.h"

#include "AppSettings.h"

#include <algorithm>
#include <array>

namespace outcome {

namespace {

// Margins in millimetres: wide enough for any office printer's unprintable edge.
constexpr qreal kSideMargin = 18;
constexpr qreal kTopMargin = 15;
constexpr qreal kBottomMargin = 12;

constexpr std::array kLetterTerritories{
    QLocale::UnitedStates, QLocale::Canada,     QLocale::Mexico,    QLocale::Chile,
    QLocale::Colombia,     QLocale::CostaRica,  QLocale::Guatemala, QLocale::Panama,
    QLocale::ElSalvador,   QLocale::PuertoRico, QLocale::Venezuela, QLocale::DominicanRepublic,
    QLocale::Philippines,
};

} // namespace

QPageSize ReportPaper::forLocale(const QLocale& locale)
{
    const bool letter =
        std::find(kLetterTerritories.begin(), kLetterTerritories.end(), locale.territory()) != kLetterTerritories.end();
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

std::optional<QPageSize> ReportPaper::fromName(const QString& name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

QPageSize ReportPaper::choose(const QString& choice, const QLocale& locale)
{
    return fromName(choice).value_or(forLocale(locale));
}

QPageSize ReportPaper::current()
{
    return choose(AppSettings::instance().value(AppSettings::Key::PaperSize).toString(), QLocale::system());
}

QPageLayout ReportPaper::layout(const QPageSize& size)
{
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(kSideMargin, kTopMargin, kSideMargin, kBottomMargin),
                       QPageLayout::Millimeter);
}

} // namespace outcome
