// Which answers an item allows, and how lab units are matched and converted.
#include "ItemDefinition.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ItemDefinition)
};

QString formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}

bool isWhole(double value)
{
    return std::isfinite(value) && value == std::floor(value);
}

bool inRange(double value, double min, std::optional<double> max)
{
    return value >= min && (!max || value <= *max);
}

bool hasOptions(InputKind input)
{
    return input == InputKind::Options || input == InputKind::YesNo;
}

QList<int> sortedCodes(const QList<AnswerOption>& options)
{
    QList<int> codes;
    for (const AnswerOption& option : options)
        codes.append(option.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

// The lowest and highest option codes, without copying: scoring asks for them for every answered item.
std::optional<std::pair<int, int>> codeRange(const QList<AnswerOption>& options)
{
    if (options.isEmpty())
        return std::nullopt;
    const auto [low, high] = std::minmax_element(
        options.begin(), options.end(), [](const AnswerOption& a, const AnswerOption& b) { return a.code < b.code; });
    return std::pair{low->code, high->code};
}

QString rangeText(double min, double max)
{
    return formatNumber(min) + QLatin1Char('-') + formatNumber(max);
}

} // namespace

const AnswerOption* ItemDefinition::option(int code) const
{
    const auto it =
        std::find_if(options.begin(), options.end(), [code](const AnswerOption& o) { return o.code == code; });
    return it == options.end() ? nullptr : &*it;
}

QString ItemDefinition::allowedAnswers() const
{
    switch (input) {
    case InputKind::Options:
    case InputKind::YesNo: {
        const QList<int> codes = sortedCodes(options);
        if (codes.isEmpty())
            return {};
        if (codes.last() - codes.first() == codes.size() - 1)
            return rangeText(codes.first(), codes.last());
        QStringList texts;
        for (int code : codes)
            texts.append(QString::number(code));
        return texts.join(QLatin1String(", "));
    }
    case InputKind::Integer:
        return rangeText(min, max.value_or(min));
    case InputKind::Decimal:
        return decimals == 1 ? Tr::tr("%1, one decimal").arg(rangeText(min, max.value_or(min)))
                             : Tr::tr("%1, %2 decimals").arg(rangeText(min, max.value_or(min))).arg(decimals);
    case InputKind::LabValue:
        return max ? rangeText(min, *max) : Tr::tr("%1 or more").arg(formatNumber(min));
    }
    return {};
}

bool ItemDefinition::allows(double value) const
{
    if (!std::isfinite(value))
        return false;
    switch (input) {
    case InputKind::Options:
    case InputKind::YesNo:
        return isWhole(value) && option(int(value)) != nullptr;
    case InputKind::Integer:
        return isWhole(value) && inRange(value, min, max);
    case InputKind::Decimal: {
        // A value typed with the allowed decimals is a whole number of steps, give or take binary rounding.
        const double steps = value * std::pow(10.0, decimals);
        return inRange(value, min, max) && std::abs(steps - std::round(steps)) < 1e-6;
    }
    case InputKind::LabValue:
        return inRange(value, min, max);
    }
    return false;
}

std::optional<double> ItemDefinition::lowestAnswer() const
{
    if (!hasOptions(input))
        return min;
    const auto range = codeRange(options);
    return range ? std::optional<double>(range->first) : std::nullopt;
}

std::optional<double> ItemDefinition::highestAnswer() const
{
    if (!hasOptions(input))
        return max;
    const auto range = codeRange(options);
    return range ? std::optional<double>(range->second) : std::nullopt;
}

Status ItemDefinition::check(const ItemAnswer& answer) const
{
    if (!answer.value)
        return {};
    if (!allows(*answer.value)) {
        return makeError(ErrorKind::Invalid, Tr::tr("item %1: %2 is not an allowed answer (%3)")
                                                 .arg(number)
                                                 .arg(formatNumber(*answer.value), allowedAnswers()));
    }
    if (input != InputKind::LabValue && answer.censoring != Censoring::None)
        return makeError(ErrorKind::Invalid,
                         Tr::tr("item %1: only a lab value can be reported as beyond a limit").arg(number));
    if (input == InputKind::LabValue && !answer.unit.isEmpty() && acceptedUnit(answer.unit).isEmpty()) {
        return makeError(ErrorKind::Invalid, Tr::tr("item %1: \"%2\" is not an accepted unit (%3)")
                                                 .arg(number)
                                                 .arg(answer.unit, acceptedUnits().join(QLatin1String(", "))));
    }
    if (input == InputKind::LabValue) {
        const QString entered = answer.unit.isEmpty() ? unit : acceptedUnit(answer.unit);
        const double converted = *answer.value * conversionFactor(entered);
        const QString asEntered = formatNumber(*answer.value) + QLatin1Char(' ') + entered;
        const QString inItemUnit =
            entered == unit ? asEntered : Tr::tr("%1 (%2 %3)").arg(asEntered, formatNumber(converted), unit);
        if (plausible && !(converted >= plausible->min && converted <= plausible->max))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("item %1 (%2): %3 is outside the plausible range %4 %5; check the value and "
                                    "its unit")
                                 .arg(number)
                                 .arg(label, inItemUnit, rangeText(plausible->min, plausible->max), unit));
        if (!std::isfinite(converted))
            return makeError(ErrorKind::Invalid,
                             Tr::tr("item %1 (%2): %3 is too large to be a measurement; check the value and its unit")
                                 .arg(number)
                                 .arg(label, asEntered));
    }
    return {};
}

QString ItemDefinition::acceptedUnit(const QString& candidate) const
{
    const QStringList units = acceptedUnits();
    const auto it = std::find_if(units.begin(), units.end(), [&candidate](const QString& u) {
        return u.compare(candidate, Qt::CaseInsensitive) == 0;
    });
    return it == units.end() ? QString() : *it;
}

QStringList ItemDefinition::acceptedUnits() const
{
    QStringList units{unit};
    for (const UnitConversion& conversion : conversions)
        units.append(conversion.unit);
    return units;
}

double ItemDefinition::conversionFactor(const QString& candidate) const
{
    for (const UnitConversion& conversion : conversions) {
        if (conversion.unit.compare(candidate, Qt::CaseInsensitive) == 0)
            return conversion.factor;
    }
    return 1;
}

} // namespace outcome
