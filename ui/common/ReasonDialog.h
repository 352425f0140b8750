// Asks why saved clinical data is being changed; the answer goes into the audit trail with the change.
#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace outcome {

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& question, QWidget* parent = nullptr);

    QString reason() const;
    // The reason given, or nothing when the clinician cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& question);

private:
    QLineEdit* m_edit = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace outcome
