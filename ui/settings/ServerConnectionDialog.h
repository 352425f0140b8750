// File ▸ Connect to clinic server: where the clinic's PostgreSQL database is (host, port, database, account, how the
// connection is encrypted). Connecting is tried here, with the password asked for when the server wants one; on
// success the address (never the password) is what the program opens, now and at the next start.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace outcome {

class InlineMessage;

class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` fills the fields when it is a server address.
    explicit ServerConnectionDialog(const QString& current, QWidget* parent = nullptr);

    // The address made of the fields: postgresql://USER@HOST:PORT/DATABASE?sslmode=...
    QString address() const;
    // What was typed at the password prompt while connecting, to hand to the program that opens the address.
    QString typedPassword() const { return m_password; }

    // Tries the address; on success the dialog is accepted, else the reason shows in the dialog.
    void connectNow();

private:
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_encryption = nullptr;
    InlineMessage* m_problem = nullptr;
    QString m_password;
};

} // namespace outcome
