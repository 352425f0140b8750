// "Export summary…": choose a preset (or adjust its sections), the recipient and a cover note, then preview, print
// or save the referral summary of the open patient's course as a PDF.
#pragma once

#include "ReferralReport.h"
#include "ReportOptions.h"
#include "SealedFile.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QRadioButton;

namespace outcome {

class Database;
class InlineMessage;
class InstrumentLibrary;

class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks where to save, starting from a suggested file name; empty when the user cancelled.
    using PathChooser = std::function<QString(const QString& suggestedName)>;
    // Asks the name to save a preset under; empty when the user cancelled.
    using NameChooser = std::function<QString(const QString& current)>;

    ReportExportDialog(Database& db, const InstrumentLibrary& library, qint64 patientId, qint64 courseId,
                       QWidget* parent = nullptr);

    // The report as the form describes it now.
    ReportOptions options() const;
    // Fills the form from a preset (recipient and cover note stay as typed).
    void applyPreset(const ReportOptions& preset);
    // Replace the native dialogs (tests).
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void setNameChooser(NameChooser chooser) { m_chooseName = std::move(chooser); }

    // The report read from the database with the form's options.
    Result<ReferralReport> report() const;
    // Writes the PDF, or with "Encrypt" ticked the encrypted archive holding it (SealedArchive, as `report
    // --encrypt` writes); the message line says where it went or what went wrong.
    bool savePdf(const QString& path);
    bool isEncrypted() const;
    // What new archives cost to open; tests lower it.
    void setEncryptionCost(const Argon2Cost& cost) { m_cost = cost; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // On first showing: as tall and wide as the section lists need to show every line whole, within the screen.
    void fitListsToScreen();

    void loadPresets(const QString& selectId);
    void savePdfAs();
    void savePreset();
    void preview();
    void print();
    void editClinicDetails();
    void paintOn(QPrinter& printer);
    void updateEnabled();

    Database& m_db;
    const InstrumentLibrary& m_library;
    qint64 m_patientId = 0;
    qint64 m_courseId = 0;
    QList<ReportOptions> m_presets;
    PathChooser m_choosePath;
    NameChooser m_chooseName;

    QComboBox* m_preset = nullptr;
    QLineEdit* m_title = nullptr;
    QListWidget* m_measures = nullptr;
    QListWidget* m_charts = nullptr;
    QCheckBox* m_notes = nullptr;
    QCheckBox* m_events = nullptr;
    QCheckBox* m_expected = nullptr;
    QRadioButton* m_fullCourse = nullptr;
    QRadioButton* m_thisVisit = nullptr;
    QCheckBox* m_deidentified = nullptr;
    QLineEdit* m_recipient = nullptr;
    QPlainTextEdit* m_coverNote = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    Argon2Cost m_cost = Argon2Cost::forFiles();
    InlineMessage* m_message = nullptr;
    bool m_fitted = false;
};

} // namespace outcome
