// The input widget for each kind of item.
#include "ItemInput.h"

#include "ChoiceInput.h"
#include "LabValueInput.h"
#include "NumberInput.h"
#include "TickInput.h"

#include <QLocale>

#include <cmath>

namespace outcome {

namespace {

// A scale this short is faster to answer with one key per value than by typing a number.
constexpr double kLongestChoiceScale = 10;

} // namespace

ItemInput::ItemInput(const ItemDefinition& item, QWidget* parent)
    : QWidget(parent)
    , m_item(item)
{}

QString ItemInput::accessibleItemName() const
{
    return tr("%1. %2").arg(m_item.number).arg(m_item.label);
}

std::optional<double> ItemInput::parseNumber(const QString& text)
{
    bool ok = false;
    const double value = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return value;
    const double plain = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(plain) : std::nullopt;
}

ItemInput* ItemInput::create(const ItemDefinition& item, bool compact, QWidget* parent)
{
    switch (item.input) {
    case InputKind::Options:
        return new ChoiceInput(item, compact, parent);
    case InputKind::YesNo:
        return new TickInput(item, parent);
    case InputKind::LabValue:
        return new LabValueInput(item, parent);
    case InputKind::Integer:
    case InputKind::Decimal:
        break;
    }
    const bool shortScale = item.max && *item.max - item.min <= kLongestChoiceScale && item.decimals <= 1 &&
                            item.min == std::floor(item.min);
    if (shortScale)
        return new ChoiceInput(item, compact, parent);
    return new NumberInput(item, parent);
}

} // namespace outcome
