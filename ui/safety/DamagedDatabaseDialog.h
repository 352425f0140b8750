// Shown when the database fails its integrity check: the file was not opened for writing; restore a backup in this
// dialog, look at the damaged file read-only, or quit.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace outcome {

class DamagedDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Quit,
        Restore,
        ReadOnly
    };

    DamagedDatabaseDialog(const QString& databasePath, const QString& problem, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // The backup chosen for restoring (the newest by default).
    QString chosenBackup() const;

    QComboBox* backupList() const { return m_backups; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* readOnlyButton() const { return m_readOnly; }

private:
    void showChosen();

    Choice m_choice = Choice::Quit;
    QComboBox* m_backups = nullptr;
    QLabel* m_backupDetails = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_readOnly = nullptr;
};

} // namespace outcome
