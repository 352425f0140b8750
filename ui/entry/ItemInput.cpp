// The input widget for each kind of item.
#include "ItemInput.h"

#include "ChoiceInput.h"
#include "LabValueInput.h"
#include "NumberInput.h"
#include "StatusColors.h"
#include "TickInput.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

// A scale this short is faster to answer with one key per value than by typing a number.
constexpr double kLongestChoiceScale = 10;

} // namespace

ItemInput::ItemInput(const ItemDefinition& item, QWidget* parent)
    : QWidget(parent)
    , m_item(item)
{
    m_flash.setSingleShot(true);
    m_flash.setInterval(kFlashMs);
    connect(&m_flash, &QTimer::timeout, this, [this]() { update(); });
    connect(this, &ItemInput::answerChanged, this, [this]() {
        if (m_refusal.isEmpty() && m_leadIn.isEmpty())
            return;
        m_refusal.clear();
        m_leadIn.clear();
        applyDescription();
    });
}

QString ItemInput::allowedInWords() const
{
    const QLocale locale;
    const auto range = [&locale](double low, double high) {
        return tr("%1 to %2").arg(locale.toString(low), locale.toString(high));
    };
    switch (m_item.input) {
    case InputKind::YesNo:
        return tr("1 (ticked) or 0 (not ticked)");
    case InputKind::Options: {
        QList<int> codes;
        for (const AnswerOption& option : m_item.options)
            codes.append(option.code);
        std::sort(codes.begin(), codes.end());
        if (codes.isEmpty())
            return {};
        if (codes.last() - codes.first() == codes.size() - 1)
            return range(codes.first(), codes.last());
        QStringList texts;
        for (int code : std::as_const(codes))
            texts.append(locale.toString(code));
        const QString last = texts.takeLast();
        return tr("%1 or %2").arg(texts.join(QStringLiteral(", ")), last);
    }
    case InputKind::Integer:
        return range(m_item.min, m_item.max.value_or(m_item.min));
    case InputKind::Decimal:
        return m_item.decimals == 1 ? tr("%1, one decimal").arg(range(m_item.min, m_item.max.value_or(m_item.min)))
                                    : tr("%1, up to %2 decimals")
                                          .arg(range(m_item.min, m_item.max.value_or(m_item.min)))
                                          .arg(m_item.decimals);
    case InputKind::LabValue:
        break;
    }
    return m_item.max ? range(m_item.min, *m_item.max) : tr("%1 or more").arg(locale.toString(m_item.min));
}

void ItemInput::setHelpDescription(const QString& help)
{
    m_help = help;
    applyDescription();
}

void ItemInput::applyDescription()
{
    QWidget* target = focusTarget();
    QStringList parts{m_leadIn, m_refusal, m_help};
    parts.removeAll(QString());
    const QString description = parts.join(QLatin1Char(' '));
    if (description == target->accessibleDescription())
        return;
    // Qt tells assistive technology of the change itself; telling it again made screen readers read it twice.
    target->setAccessibleDescription(description);
}

QString ItemInput::answerInWords() const
{
    const ItemAnswer given = answer();
    return given.value ? QLocale().toString(*given.value, 'f', m_item.decimals) : QString();
}

void ItemInput::setLeadIn(const QString& text)
{
    m_leadIn = text;
    applyDescription();
    if (!text.isEmpty())
        focusTarget()->installEventFilter(this);
}

bool ItemInput::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && watched == focusTarget() && !m_leadIn.isEmpty()) {
        m_leadIn.clear();
        applyDescription();
    }
    return QWidget::eventFilter(watched, event);
}

void ItemInput::refuse(const QString& typed)
{
    m_refusal = tr("%1 is not an answer here: %2.").arg(typed, allowedInWords());
    applyDescription();
    m_flash.start();
    update();
    emit refused(m_refusal);
}

void ItemInput::paintFlash(QPainter& painter, const QRectF& area) const
{
    if (!isFlashing())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(StatusColors::color(StatusColors::Tone::Alert, palette()), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(area, 5, 5);
    painter.restore();
}

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
