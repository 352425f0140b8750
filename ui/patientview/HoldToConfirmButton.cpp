// Press-and-hold with a filling bar that shows how long is left.
#include "HoldToConfirmButton.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QPainter>

#include <algorithm>

namespace outcome {

namespace {
constexpr int kTickMs = 30;
constexpr int kPadding = 8;
// Three keys a patient does not press by chance.
constexpr Qt::Key kChordKey = Qt::Key_Q;
constexpr Qt::KeyboardModifiers kChordModifiers = Qt::ControlModifier | Qt::ShiftModifier;
} // namespace

HoldToConfirmButton::HoldToConfirmButton(const QString& text, QWidget* parent)
    : QAbstractButton(parent)
{
    setText(text);
    setFocusPolicy(Qt::TabFocus);
    setAutoRepeat(false);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &HoldToConfirmButton::tick);
    connect(this, &QAbstractButton::pressed, this, &HoldToConfirmButton::beginHold);
    connect(this, &QAbstractButton::released, this, &HoldToConfirmButton::cancelHold);
}

double HoldToConfirmButton::progress() const
{
    if (!m_held.isValid())
        return 0;
    return std::clamp(double(m_held.elapsed()) / std::max(1, m_holdMs), 0.0, 1.0);
}

QSize HoldToConfirmButton::sizeHint() const
{
    const QSize text = fontMetrics().size(Qt::TextSingleLine, this->text());
    return text + QSize(2 * kPadding, 2 * kPadding);
}

void HoldToConfirmButton::beginHold()
{
    m_held.start();
    m_timer.start();
    update();
}

void HoldToConfirmButton::cancelHold()
{
    m_timer.stop();
    m_held.invalidate();
    update();
}

bool HoldToConfirmButton::isChord(const QKeyEvent* event)
{
    return event->key() == kChordKey && (event->modifiers() & kChordModifiers) == kChordModifiers;
}

QString HoldToConfirmButton::chordText()
{
    return QKeySequence(kChordModifiers | kChordKey).toString(QKeySequence::NativeText);
}

bool HoldToConfirmButton::holdByChord(const QKeyEvent* press)
{
    if (!isChord(press))
        return false;
    if (!press->isAutoRepeat() && !isHeld())
        beginHold();
    return true;
}

bool HoldToConfirmButton::releaseByChord(const QKeyEvent* release)
{
    // A held key repeats as release and press pairs marked as repeats: only a real release lets go. Letting go of
    // any key of the chord ends the hold.
    const int key = release->key();
    if (release->isAutoRepeat() || !isHeld() || (key != kChordKey && key != Qt::Key_Control && key != Qt::Key_Shift))
        return false;
    cancelHold();
    return true;
}

void HoldToConfirmButton::tick()
{
    update();
    if (progress() < 1)
        return;
    cancelHold();
    emit confirmed();
}

void HoldToConfirmButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& colours = palette();
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    painter.setPen(QPen(colours.color(QPalette::Mid), 1));
    painter.setBrush(colours.color(QPalette::Button));
    painter.drawRoundedRect(frame, 4, 4);
    if (const double done = progress(); done > 0) {
        QRect filled = frame;
        filled.setWidth(int(frame.width() * done));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.color(QPalette::Highlight));
        painter.drawRoundedRect(filled, 4, 4);
    }
    if (hasFocus()) {
        painter.setPen(QPen(colours.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 4, 4);
    }
    painter.setPen(colours.color(progress() > 0.5 ? QPalette::HighlightedText : QPalette::ButtonText));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace outcome
