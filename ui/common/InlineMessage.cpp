// Inline message styling that follows the light or dark palette.
#include "InlineMessage.h"

#include "AccessibleRoles.h"
#include "StatusColors.h"

#include <QAccessible>
#include <QPainter>

namespace outcome {

InlineMessage::InlineMessage(QWidget* parent)
    : QLabel(parent)
{
    AccessibleRoles::install();
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
    // A notification is read out when it appears, name first: the message whole, not just "Error".
    setAccessibleName((kind == Kind::Error ? tr("Error: %1") : tr("Message: %1")).arg(text));
    setAccessibleDescription(QString());
    update();
    // Shown again, so a second message in a row is read out too.
    hide();
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
