// The clinic's letterhead, treating clinician and confidentiality line, as printed on every report; saved for the
// whole clinic in the database, all fields in one transaction.
#pragma once

#include "ClinicSettings.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace outcome {

class Database;
class InlineMessage;

class ClinicDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks for an image file to use as the logo; an empty path means none was chosen.
    using FileChooser = std::function<QString()>;

    explicit ClinicDetailsDialog(Database& db, QWidget* parent = nullptr);

    ClinicSettings settings() const;
    // Replaces the native file dialog (tests).
    void setLogoChooser(FileChooser chooser) { m_chooseLogo = std::move(chooser); }
    // Reads an image file into the logo; the message says what is wrong with a file that cannot be used.
    bool useLogoFile(const QString& path);

    void accept() override;

private:
    void showLogo();

    Database& m_db;
    ClinicSettings m_loaded;
    QByteArray m_logo;
    FileChooser m_chooseLogo;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_clinician = nullptr;
    QLineEdit* m_clinicianTitle = nullptr;
    QPlainTextEdit* m_notice = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_removeLogo = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace outcome
