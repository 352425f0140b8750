// A keypad for a number a finger types on a touch screen: answers that lie between a scale's marks (4.5 on a 0-10
// pain scale), where no keyboard is at hand. What it makes goes straight into the item's own input, so the input's
// range and its refusals stay the one rule.
#pragma once

#include <QWidget>

class QLabel;

namespace outcome {

class ItemInput;

class NumberPad : public QWidget
{
    Q_OBJECT

public:
    NumberPad(ItemInput* input, QWidget* parent = nullptr);

    // What was typed so far, with a plain decimal point ("4.5"); empty before the first key.
    QString typed() const { return m_typed; }
    // A key of the pad, as pressed by a finger: a digit, '.' or 'C' (clear).
    void press(QChar key);

private:
    void show(const QString& typed);
    bool canBecomeAnswer(const QString& typed) const;

    ItemInput* m_input = nullptr;
    QLabel* m_shown = nullptr;
    QString m_typed;
};

} // namespace outcome
