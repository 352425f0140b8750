// A small control that acts only after being held down for a while (mouse, touch, or Space while focused):
// the clinician's way out of the patient view, which a patient will not trigger by a tap or a stray key.
#pragma once

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QTimer>

class QKeyEvent;

namespace outcome {

class HoldToConfirmButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit HoldToConfirmButton(const QString& text, QWidget* parent = nullptr);

    void setHoldDuration(int milliseconds) { m_holdMs = milliseconds; }
    int holdDuration() const { return m_holdMs; }
    // 0 to 1 while held.
    double progress() const;
    // Holding by other means than the button itself (a key held elsewhere): the same bar fills, the same signal fires.
    void beginHold();
    void cancelHold();
    bool isHeld() const { return m_held.isValid(); }
    // The clinician's key chord (Ctrl+Shift+Q) held down does what holding the button does, from anywhere in the
    // window: the window passes its key presses and releases here. True when the key was the chord's.
    bool holdByChord(const QKeyEvent* press);
    bool releaseByChord(const QKeyEvent* release);
    static bool isChord(const QKeyEvent* event);
    // "Ctrl+Shift+Q", for tooltips and the shortcuts page.
    static QString chordText();

    QSize sizeHint() const override;

signals:
    // Held for the whole duration.
    void confirmed();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void tick();

    int m_holdMs = 2000;
    QElapsedTimer m_held;
    QTimer m_timer;
};

} // namespace outcome
