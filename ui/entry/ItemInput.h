// One item of an instrument on the entry form. The widget is chosen from the item's input kind, so a new
// instrument definition gets a working form without code.
#pragma once

#include "AnswerSet.h"
#include "ItemDefinition.h"

#include <QWidget>

namespace outcome {

class ItemInput : public QWidget
{
    Q_OBJECT

public:
    // Options and small whole-number or one-decimal scales as choices, yes/no as a tick box, wide numbers as a
    // number field, lab values as value, unit and detection limit.
    static ItemInput* create(const ItemDefinition& item, bool compact, QWidget* parent);

    const ItemDefinition& item() const { return m_item; }
    virtual ItemAnswer answer() const = 0;
    virtual void setAnswer(const ItemAnswer& answer) = 0;
    // The widget that takes the keyboard when the form moves to this item.
    virtual QWidget* focusTarget() { return this; }
    // Takes a typed value that was waiting for more keys ("1" that could become 10) as final.
    virtual void commitPending() {}
    // A tick box carries the item's words itself; other inputs sit beside a label.
    virtual bool showsOwnLabel() const { return false; }
    // What is wrong with what was typed ("item 3: 12 is not an allowed answer (0-10)"); empty when nothing is.
    virtual QString problem() const { return {}; }

signals:
    void answerChanged();
    // The clinician finished this item (a choice, Enter): the form moves on to the next one.
    void answered();
    // Up or Down on a choice: move to the item before or after without answering.
    void stepRequested(int direction);

protected:
    ItemInput(const ItemDefinition& item, QWidget* parent);
    // "3. Lifting", as labels and screen readers name the item.
    QString accessibleItemName() const;
    // A typed number in the clinician's locale or with a plain decimal point; empty when it is no number.
    static std::optional<double> parseNumber(const QString& text);

private:
    ItemDefinition m_item;
};

} // namespace outcome
