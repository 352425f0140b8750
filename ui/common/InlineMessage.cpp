// Inline message styling that follows the light or dark palette.
#include "InlineMessage.h"

#include "StatusColors.h"

#include <QAccessible>
#include <QEvent>

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
    applyStyle();
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::clearMessage()
{
    clear();
    hide();
}

void InlineMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void InlineMessage::applyStyle()
{
    const StatusColors::Tone tone = m_kind == Kind::Error     ? StatusColors::Tone::Alert
                                    : m_kind == Kind::Warning ? StatusColors::Tone::Caution
                                                              : StatusColors::Tone::Neutral;
    const QColor border = StatusColors::color(tone, palette());
    const QColor fill = StatusColors::tint(tone, palette());
    // A style sheet on this one label only; the colours come from the palette so dark mode stays readable.
    const QString sheet =
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; color: %3; }")
            .arg(fill.name(), border.name(),
                 parentWidget() ? parentWidget()->palette().color(QPalette::WindowText).name()
                                : palette().color(QPalette::WindowText).name());
    // The sheet itself changes this label's palette; applying the same sheet again would loop.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace outcome
