// Inline message styling that follows the light or dark palette.
#include "InlineMessage.h"

#include "StatusColors.h"

#include <QAccessible>
#include <QPainter>

namespace outcome {

InlineMessage::InlineMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(8, 6, 8, 6);
    hide();
}

void InlineMessage::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : tr("Message"));
    setAccessibleDescription(text);
    update();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clearMessage()
{
    clear();
    hide();
}

void InlineMessage::paintEvent(QPaintEvent* event)
{
    // Drawn rather than styled: a style sheet would change the palette the colours are taken from.
    const StatusColors::Tone tone = m_kind == Kind::Error     ? StatusColors::Tone::Alert
                                    : m_kind == Kind::Warning ? StatusColors::Tone::Caution
                                                              : StatusColors::Tone::Neutral;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(StatusColors::color(tone, palette()), 1));
    painter.setBrush(StatusColors::tint(tone, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.end();
    QLabel::paintEvent(event);
}

} // namespace outcome
