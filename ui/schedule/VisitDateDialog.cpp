// The visit date dialog in its two uses.
#include "VisitDateDialog.h"

#include "InstrumentLibrary.h"
#include "ScreenFit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace outcome {

VisitDateDialog::VisitDateDialog(const QString& visitTitle, const QDate& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    build(tr("Reschedule %1").arg(visitTitle), current);
    m_text->setObjectName(QStringLiteral("rescheduleReasonEdit"));
    m_text->setAccessibleName(tr("Reason for moving the visit"));
    m_text->setPlaceholderText(tr("Optional, for example \"patient asked\""));
    auto* form = findChild<QFormLayout*>();
    form->addRow(tr("&Reason"), m_text);
}

VisitDateDialog::VisitDateDialog(const InstrumentLibrary& instruments, const QDate& suggested, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("extraVisitDialog"));
    build(tr("Add an extra visit"), suggested);
    m_text->setObjectName(QStringLiteral("extraVisitLabelEdit"));
    m_text->setAccessibleName(tr("Name of the extra visit"));
    m_text->setText(tr("Extra visit"));
    m_instruments = new QListWidget(this);
    m_instruments->setObjectName(QStringLiteral("extraVisitInstruments"));
    m_instruments->setAccessibleName(tr("Instruments to take at the extra visit"));
    for (const InstrumentDefinition* definition : instruments.definitions()) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(definition->shortName, definition->name), m_instruments);
        item->setData(Qt::UserRole, definition->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* form = findChild<QFormLayout*>();
    form->insertRow(0, tr("&Name"), m_text);
    form->addRow(tr("&Instruments"), m_instruments);
}

void VisitDateDialog::build(const QString& title, const QDate& date)
{
    setWindowTitle(title);
    m_date = new QDateEdit(date, this);
    m_date->setObjectName(QStringLiteral("visitDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Visit date"));
    m_text = new QLineEdit(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    ScreenFit::scrollContents(this, {buttons});
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QDate VisitDateDialog::date() const
{
    return m_date->date();
}

QString VisitDateDialog::reason() const
{
    return m_instruments ? QString() : m_text->text().trimmed();
}

QString VisitDateDialog::label() const
{
    return m_instruments ? m_text->text().trimmed() : QString();
}

QStringList VisitDateDialog::instruments() const
{
    QStringList ids;
    for (int row = 0; m_instruments && row < m_instruments->count(); ++row) {
        if (m_instruments->item(row)->checkState() == Qt::Checked)
            ids.append(m_instruments->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

} // namespace outcome
