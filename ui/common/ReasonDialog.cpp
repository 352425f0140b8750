// The reason prompt.
#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outcome {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setAccessibleName(tr("Reason for the change"));
    m_edit->setPlaceholderText(tr("For example: typing error, the patient corrected an answer"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString ReasonDialog::reason() const
{
    return m_edit->text().trimmed();
}

std::optional<QString> ReasonDialog::ask(QWidget* parent, const QString& title, const QString& question)
{
    ReasonDialog dialog(title, question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace outcome
