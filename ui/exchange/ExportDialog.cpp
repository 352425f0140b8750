// The export dialog: collects the options, reads the patients with progress and hands them to CsvExport or
// FhirExport.
#include "ExportDialog.h"

#include "Clock.h"
#include "CsvExport.h"
#include "ExportIdentity.h"
#include "FhirExport.h"
#include "InlineMessage.h"
#include "LabelledComboBox.h"
#include "PatientRecordReader.h"
#include "PatientRepository.h"
#include "ScreenFit.h"
#include "SealedArchive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace outcome {

ExportDialog::ExportDialog(Database& db, const InstrumentLibrary& library, qint64 currentPatientId,
                           const QList<qint64>& listedPatientIds, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_library(library)
    , m_currentPatientId(currentPatientId)
    , m_listedPatientIds(listedPatientIds)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new LabelledComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->addItem(tr("CSV files: item-level answers, scores (long), wide, column list"));
    m_format->addItem(tr("FHIR R4 bundle (JSON)"));

    m_scope = new LabelledComboBox(this);
    m_scope->setObjectName(QStringLiteral("exportScopeCombo"));
    if (m_currentPatientId > 0)
        m_scope->addItem(tr("The open patient"), int(Scope::Patient));
    if (!m_listedPatientIds.isEmpty())
        m_scope->addItem(
            m_listedPatientIds.size() == 1
                ? tr("The 1 patient listed in the register")
                : tr("The %1 patients listed in the register").arg(QLocale().toString(int(m_listedPatientIds.size()))),
            int(Scope::Listed));
    m_scope->addItem(tr("Everyone"), int(Scope::Everyone));

    m_deidentified = new QCheckBox(tr("&De-identified: pseudonym, age and days from the course start instead of "
                                      "name, chart number and dates"),
                                   this);
    m_deidentified->setObjectName(QStringLiteral("exportDeidentifiedCheck"));
    m_freeText =
        new QCheckBox(tr("Keep &free text (treatment and visit labels, notes): check it for names first"), this);
    m_freeText->setObjectName(QStringLiteral("exportFreeTextCheck"));

    m_spreadsheet = new QCheckBox(tr("CSV for a &spreadsheet (Excel, LibreOffice) rather than for R or pandas"), this);
    m_spreadsheet->setObjectName(QStringLiteral("exportSpreadsheetCheck"));

    m_encrypt = new QCheckBox(tr("E&ncrypt into one file with a passphrase, for sending"), this);
    m_encrypt->setObjectName(QStringLiteral("exportEncryptCheck"));
    m_encrypt->setToolTip(tr("Everything goes into one file that nobody can read without the passphrase. Tell the "
                             "recipient the passphrase another way (by phone); they open the file with "
                             "outcome-tracker-cli unseal."));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("exportPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(Passphrase::kMinimumLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("exportConfirmPassphraseEdit"));
    m_confirm->setAccessibleName(tr("Passphrase again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_message = new InlineMessage(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Patients:"), m_scope);
    form->addRow(QString(), m_deidentified);
    form->addRow(QString(), m_freeText);
    form->addRow(QString(), m_spreadsheet);
    form->addRow(QString(), m_encrypt);
    form->addRow(tr("Passp&hrase:"), m_passphrase);
    form->addRow(tr("A&gain:"), m_confirm);
    form->addRow(tr("&Write to:"), pathRow);
    // A label of a row of several widgets has no buddy of its own: without one it would show its "&".
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(pathRow)))
        label->setBuddy(m_path);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::scrollContents(this, {buttons});

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_deidentified, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_encrypt, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_export, &QPushButton::clicked, this, [this]() {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.deidentified = m_deidentified->isChecked();
    options.includeFreeText = options.deidentified && m_freeText->isChecked();
    options.spreadsheet = !isFhir() && m_spreadsheet->isChecked();
    return options;
}

bool ExportDialog::isFhir() const
{
    return m_format->currentIndex() == 1;
}

bool ExportDialog::isEncrypted() const
{
    return m_encrypt->isChecked();
}

void ExportDialog::updateEnabled()
{
    m_freeText->setEnabled(m_deidentified->isChecked());
    m_spreadsheet->setEnabled(!isFhir());
    m_passphrase->setEnabled(isEncrypted());
    m_confirm->setEnabled(isEncrypted());
    m_path->setPlaceholderText(isEncrypted()
                                   ? tr("The encrypted file to write (.%1)").arg(QLatin1String(SealedArchive::kSuffix))
                               : isFhir() ? tr("The file to write (.json)")
                                          : tr("The folder to write the files into"));
    m_export->setEnabled(!m_path->text().trimmed().isEmpty());
}

void ExportDialog::choosePath()
{
    QString path;
    if (isEncrypted())
        path = QFileDialog::getSaveFileName(this, tr("Export into an encrypted file"), m_path->text(),
                                            tr("Encrypted export (*.%1)").arg(QLatin1String(SealedArchive::kSuffix)));
    else if (isFhir())
        path = QFileDialog::getSaveFileName(this, tr("Export FHIR bundle"), m_path->text(), tr("FHIR JSON (*.json)"));
    else
        path = QFileDialog::getExistingDirectory(this, tr("Export CSV files into"), m_path->text());
    if (!path.isEmpty())
        m_path->setText(path);
}

QList<qint64> ExportDialog::chosenPatients() const
{
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::Patient:
        return {m_currentPatientId};
    case Scope::Listed:
        return m_listedPatientIds;
    case Scope::Everyone:
        break;
    }
    QList<qint64> ids;
    const Result<QList<PatientListEntry>> entries =
        PatientRepository(m_db).search({}, true, std::numeric_limits<int>::max(), Clock::today());
    if (entries) {
        for (const PatientListEntry& entry : *entries)
            ids.append(entry.patient.id);
    }
    return ids;
}

bool ExportDialog::exportNow()
{
    m_written.clear();
    m_message->hide();
    const QString path = m_path->text().trimmed();
    std::optional<Passphrase> passphrase;
    if (isEncrypted()) {
        if (m_passphrase->text() != m_confirm->text()) {
            m_message->showMessage(tr("The two passphrases differ; type the same one in both fields."));
            m_confirm->setFocus();
            return false;
        }
        passphrase.emplace(m_passphrase->text());
        if (const Status acceptable = passphrase->acceptableForNewFile(); !acceptable) {
            m_message->showMessage(acceptable.error().message);
            m_passphrase->setFocus();
            return false;
        }
        if (Status free = SealedArchive::checkNewFile(path); !free) {
            m_message->showMessage(free.error().message);
            m_path->setFocus();
            return false;
        }
    }
    if (!passphrase) {
        const Result<QStringList> written = write(path);
        if (!written) {
            m_message->showMessage(written.error().message);
            return false;
        }
        m_written = *written;
        return true;
    }
    const Status sealed = SealedArchive::writeStaged(
        [this](const QString& folder) {
            return write(isFhir() ? QDir(folder).filePath(QStringLiteral("bundle.json")) : folder);
        },
        path, *passphrase, m_cost);
    if (!sealed) {
        m_message->showMessage(sealed.error().message);
        return false;
    }
    m_passphrase->clear();
    m_confirm->clear();
    m_written = {path};
    return true;
}

Result<QStringList> ExportDialog::write(const QString& target)
{
    const ExportOptions chosen = options();
    const Result<ExportIdentity> identity = ExportIdentity::load(m_db);
    if (!identity)
        return identity.error();
    const QList<qint64> ids = chosenPatients();
    m_progress->setRange(0, int(ids.size()) + 1);
    m_progress->setValue(0);
    const Result<QList<PatientRecord>> records =
        PatientRecordReader(m_db).read(ids, !isFhir(), [this](int done, int) { m_progress->setValue(done); });
    if (!records)
        return records.error();
    QStringList written;
    if (isFhir()) {
        if (Status status = FhirExport(m_library, *identity, chosen).writeFile(*records, Clock::nowUtc(), target);
            !status)
            return status.error();
        written = {target};
    } else {
        Result<QStringList> files = CsvExport(m_library, *identity, chosen).writeFolder(*records, target);
        if (!files)
            return files.error();
        written = *files;
    }
    m_progress->setValue(m_progress->maximum());
    return written;
}

} // namespace outcome
