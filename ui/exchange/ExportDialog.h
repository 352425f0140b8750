// File ▸ Export…: CSV files or a FHIR R4 bundle of one patient, the patients listed in the register or everyone,
// identified or de-identified, through the same library code as `outcome-tracker-cli export`.
#pragma once

#include "ExportOptions.h"
#include "SealedFile.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace outcome {

class Database;
class InlineMessage;
class InstrumentLibrary;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentPatientId` 0: no patient is open; `listedPatientIds`: the patients the register lists now.
    ExportDialog(Database& db, const InstrumentLibrary& library, qint64 currentPatientId,
                 const QList<qint64>& listedPatientIds, QWidget* parent = nullptr);

    // The options as chosen (the same as the command line's flags).
    ExportOptions options() const;
    // The files written by the last export.
    const QStringList& written() const { return m_written; }

    // Writes what is chosen; false (and a message in the dialog) when nothing could be written. Encrypted, the files
    // are written into a private temporary folder and leave it only inside the archive.
    bool exportNow();
    // The cost of the archive's key derivation; tests lower it.
    void setEncryptionCost(const Argon2Cost& cost) { m_cost = cost; }

private:
    enum class Scope
    {
        Patient,
        Listed,
        Everyone
    };
    void choosePath();
    void updateEnabled();
    bool isFhir() const;
    bool isEncrypted() const;
    // The export written into `target` (a folder for CSV, a file for FHIR); the files written.
    Result<QStringList> write(const QString& target);
    QList<qint64> chosenPatients() const;

    Database& m_db;
    const InstrumentLibrary& m_library;
    qint64 m_currentPatientId = 0;
    QList<qint64> m_listedPatientIds;
    QStringList m_written;

    QComboBox* m_format = nullptr;
    QComboBox* m_scope = nullptr;
    QCheckBox* m_deidentified = nullptr;
    QCheckBox* m_freeText = nullptr;
    QCheckBox* m_spreadsheet = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    Argon2Cost m_cost = Argon2Cost::forFiles();
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace outcome
