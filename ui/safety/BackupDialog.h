// Backups of the open database: make one now, see the kept ones, restore one (after seeing what it replaces).
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace outcome {

class Database;

class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* backupTable() const { return m_table; }
    QPushButton* backupNowButton() const { return m_backupNow; }
    QPushButton* restoreButton() const { return m_restore; }
    QCheckBox* encryptBox() const { return m_encrypt; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmPassphraseEdit() const { return m_confirm; }
    QLabel* statusLabel() const { return m_status; }
    // The file restoring would take: the selected backup; empty when none is selected.
    QString selectedBackup() const;

    // Asks for confirmation showing both files; on yes, hands the restore to PendingRestore (the program closes
    // the database, restores, and opens again). Returns whether the user confirmed.
    bool confirmRestore(const QString& backupPath);

private:
    void refresh();
    void backUpNow();

    Database& m_db;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_backupNow = nullptr;
    QPushButton* m_restore = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace outcome
