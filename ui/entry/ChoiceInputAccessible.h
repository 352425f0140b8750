// What screen readers see of a row of answer cells: a group named after the item, holding one radio button per
// answer option with its words and whether it is the chosen one, as a row of real radio buttons would.
#pragma once

#include <QAccessibleWidget>

namespace outcome {

class ChoiceInput;

class ChoiceInputAccessible : public QAccessibleWidget
{
public:
    explicit ChoiceInputAccessible(ChoiceInput* input);
    ~ChoiceInputAccessible() override;

    // Installed once: every ChoiceInput gets this interface instead of a plain widget's.
    static void install();

    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* focusChild() const override;
    QAccessibleInterface* childAt(int x, int y) const override;

private:
    ChoiceInput* input() const;

    mutable QList<QAccessible::Id> m_options; // created on first use, deleted with the group
};

} // namespace outcome
