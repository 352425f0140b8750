// Reading the audit trail into a table, one row per changed field.
#include "AuditTrailDialog.h"

#include "AuditTrail.h"
#include "Database.h"
#include "PatientRepository.h"
#include "ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

QString recordTitle(const AuditEntry& entry)
{
    const QString instrument = entry.newValues.value(QStringLiteral("instrument_id"))
                                   .toString(entry.oldValues.value(QStringLiteral("instrument_id")).toString());
    if (entry.tableName == QLatin1String("patients"))
        return AuditTrailDialog::tr("Patient");
    if (entry.tableName == QLatin1String("courses"))
        return AuditTrailDialog::tr("Course");
    if (entry.tableName == QLatin1String("visits"))
        return AuditTrailDialog::tr("Visit");
    if (entry.tableName == QLatin1String("clinical_events"))
        return AuditTrailDialog::tr("Clinical event");
    if (entry.tableName == QLatin1String("assessments"))
        return AuditTrailDialog::tr("Assessment (%1)").arg(instrument);
    return entry.tableName;
}

} // namespace

AuditTrailDialog::AuditTrailDialog(Database& db, qint64 patientId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Change history"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("auditHeading"));
    m_heading->setWordWrap(true);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Changes to this patient's records"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Record"), tr("Action"), tr("Field"), tr("Before"), tr("After"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("auditButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ScreenFit::resizeWithin(this, QSize(1000, 600));
    load(db, patientId);
}

QString AuditTrailDialog::fieldTitle(const QString& field)
{
    static const QString itemPrefix = QStringLiteral("answers.items.");
    if (field.startsWith(itemPrefix)) {
        const QString rest = field.mid(itemPrefix.size());
        const QString item = rest.section(QLatin1Char('.'), 0, 0);
        const QString part = rest.section(QLatin1Char('.'), 1);
        return part.isEmpty() ? tr("Item %1").arg(item) : tr("Item %1 (%2)").arg(item, part);
    }
    if (field == QLatin1String("answers.incomplete"))
        return tr("Form marked incomplete");
    QString title = field;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void AuditTrailDialog::load(Database& db, qint64 patientId)
{
    const Result<Patient> patient = PatientRepository(db).find(patientId);
    const Result<QList<AuditEntry>> entries = AuditTrail(db).forPatient(patientId);
    if (!patient || !entries) {
        m_heading->setText(!patient ? patient.error().message : entries.error().message);
        return;
    }
    const QString name = patient->fullName().toHtmlEscaped();
    const QString chart = patient->chartNumber.toHtmlEscaped();
    m_heading->setText(
        entries->size() == 1
            ? tr("<b>%1</b> (chart %2): 1 recorded change. The history cannot be edited.").arg(name, chart)
            : tr("<b>%1</b> (chart %2): %3 recorded changes, oldest first. The history cannot be edited.")
                  .arg(name, chart, QLocale().toString(int(entries->size()))));
    const QLocale locale;
    for (const AuditEntry& entry : *entries) {
        const QList<AuditFieldChange> changes = AuditTrail::changes(entry);
        const qsizetype rows = std::max<qsizetype>(1, changes.size());
        for (qsizetype i = 0; i < rows; ++i) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                    entry.actor,
                                    recordTitle(entry),
                                    auditActionDisplayName(entry.action),
                                    i < changes.size() ? fieldTitle(changes[i].field) : QString(),
                                    i < changes.size() ? changes[i].oldValue : QString(),
                                    i < changes.size() ? changes[i].newValue : QString(),
                                    entry.reason};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
}

} // namespace outcome
