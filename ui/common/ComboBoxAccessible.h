// What screen readers see of a drop-down list: its name is its label ("Sex", "Unit of IL-6"), its value the chosen
// entry. Qt's own interface on Linux names it by the chosen entry, so Orca cannot tell which choice it is.
#pragma once

#include <QAccessibleWidget>

class QComboBox;

namespace outcome {

class ComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit ComboBoxAccessible(QComboBox* combo);

    QString text(QAccessible::Text t) const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

private:
    QComboBox* comboBox() const;
};

} // namespace outcome
