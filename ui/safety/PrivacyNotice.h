// A bar above the main window's content while other accounts on this computer can read the database, with the
// fix one click away.
#pragma once

#include <QWidget>

class QPushButton;

namespace outcome {

class InlineMessage;

class PrivacyNotice : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyNotice(const QString& databasePath, QWidget* parent = nullptr);

    // Shows the bar when the file is readable by others, hides it otherwise.
    void refresh();
    QPushButton* makePrivateButton() const { return m_makePrivate; }

private:
    void makePrivate();

    QString m_path;
    InlineMessage* m_message = nullptr;
    QPushButton* m_makePrivate = nullptr;
};

} // namespace outcome
