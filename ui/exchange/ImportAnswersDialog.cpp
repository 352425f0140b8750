// The import dialog: check on choosing the file, import on request, every problem listed with its line.
#include "ImportAnswersDialog.h"

#include "ScreenFit.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace outcome {

ImportAnswersDialog::ImportAnswersDialog(Database& db, const InstrumentLibrary& library, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_library(library)
    , m_fileLabel(new QLabel(tr("No file chosen."), this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_line(new QPlainTextEdit(this))
    , m_keepExisting(
          new QCheckBox(tr("Where the file describes a known patient otherwise, &keep the database's values"), this))
    , m_withEvents(new QCheckBox(this))
    , m_reason(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importAnswersDialog"));
    setWindowTitle(tr("Import answers"));
    auto* intro = new QLabel(tr("Imports item-level answers from a CSV file in the format of the answers export. The "
                                "whole file is checked first; it is imported only if it has no problem, all at once."),
                             this);
    intro->setWordWrap(true);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("importChooseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);

    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("importProblemList"));
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setWordWrap(true);
    m_line->setObjectName(QStringLiteral("importLineView"));
    m_line->setAccessibleName(tr("The line of the file with the chosen problem"));
    m_line->setReadOnly(true);
    m_line->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_line->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_keepExisting->setObjectName(QStringLiteral("importKeepExistingCheck"));
    m_withEvents->setObjectName(QStringLiteral("importEventsCheck"));
    m_withEvents->setVisible(false);
    m_reason->setObjectName(QStringLiteral("importReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the import, written to the audit trail"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);

    auto* reasonForm = new QFormLayout;
    auto* reasonLabel = new QLabel(tr("&Reason for the audit trail:"), this);
    reasonLabel->setBuddy(m_reason);
    reasonForm->addRow(reasonLabel, m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_line);
    layout->addWidget(m_withEvents);
    layout->addWidget(m_keepExisting);
    layout->addLayout(reasonForm);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    ScreenFit::scrollContents(this, {buttons});

    connect(choose, &QPushButton::clicked, this, &ImportAnswersDialog::chooseFile);
    connect(m_problems, &QListWidget::currentItemChanged, this, &ImportAnswersDialog::showLine);
    connect(m_problems, &QListWidget::itemActivated, this, &ImportAnswersDialog::showLine);
    connect(m_keepExisting, &QCheckBox::toggled, this, &ImportAnswersDialog::check);
    connect(m_withEvents, &QCheckBox::toggled, this, &ImportAnswersDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &ImportAnswersDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ImportAnswersDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ScreenFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 30));
}

void ImportAnswersDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import answers"), QFileInfo(m_path).absolutePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportAnswersDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    m_bytes.clear();
    if (!file.open(QIODevice::ReadOnly)) {
        m_checked = false;
        m_summary->setText(tr("%1 cannot be read: %2. Choose another file.").arg(path, file.errorString()));
        m_problems->clear();
        updateButtons();
        return;
    }
    m_bytes = file.readAll();
    // The events file export writes beside the answers comes along, unless the user leaves it out.
    m_eventsPath = QFileInfo(path).absoluteDir().filePath(QStringLiteral("events.csv"));
    QFile events(m_eventsPath);
    m_events.clear();
    const bool hasEvents =
        QFileInfo(path).fileName() != QLatin1String("events.csv") && events.open(QIODevice::ReadOnly);
    if (hasEvents)
        m_events = events.readAll();
    {
        const QSignalBlocker quiet(m_withEvents);
        m_withEvents->setText(tr("Also import the clinical &events in %1").arg(QDir::toNativeSeparators(m_eventsPath)));
        m_withEvents->setChecked(hasEvents);
        m_withEvents->setVisible(hasEvents);
    }
    m_reason->setText(tr("Imported from %1").arg(QFileInfo(path).fileName()));
    check();
}

void ImportAnswersDialog::check()
{
    if (m_path.isEmpty())
        return;
    m_problems->clear();
    m_line->clear();
    CsvImport checker(m_db, m_library);
    checker.setKeepExisting(m_keepExisting->isChecked());
    if (m_withEvents->isChecked())
        checker.setEvents(m_events, QFileInfo(m_eventsPath).fileName());
    checker.setProgress([this](qint64 done, qint64 total) { showProgress(done, total); });
    const Result<ImportSummary> checked = checker.check(m_bytes);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_checked = checked.ok();
    if (checked) {
        m_summary->setText(summaryText(*checked));
    } else {
        m_summary->setText(tr("The file cannot be imported as it is: correct the problems below and choose it "
                              "again. Nothing has been written."));
        showProblems(checked.error().message);
    }
    updateButtons();
}

void ImportAnswersDialog::runImport()
{
    if (!m_checked)
        return;
    m_import->setEnabled(false);
    CsvImport importer(m_db, m_library);
    importer.setKeepExisting(m_keepExisting->isChecked());
    if (m_withEvents->isChecked())
        importer.setEvents(m_events, QFileInfo(m_eventsPath).fileName());
    importer.setProgress([this](qint64 done, qint64 total) { showProgress(done, total); });
    const Result<ImportSummary> imported = importer.run(m_bytes, m_reason->text().trimmed());
    if (!imported) {
        // Something changed since the check (another workstation), or the database could not be written.
        m_checked = false;
        m_summary->setText(tr("Nothing was imported."));
        showProblems(imported.error().message);
        updateButtons();
        return;
    }
    m_imported = *imported;
    accept();
}

void ImportAnswersDialog::showProblems(const QString& problems)
{
    for (const QString& problem : problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_problems->addItem(problem);
    if (m_problems->count() > 0)
        m_problems->setCurrentRow(0);
}

void ImportAnswersDialog::showLine(QListWidgetItem* item)
{
    m_line->clear();
    if (!item)
        return;
    static const QRegularExpression lineNumber(QStringLiteral("^\\D*(\\d+)"));
    const QRegularExpressionMatch match = lineNumber.match(item->text());
    if (!match.hasMatch())
        return;
    const qsizetype number = match.captured(1).toLongLong();
    const bool ofEvents = item->text().startsWith(QFileInfo(m_eventsPath).fileName() + QLatin1Char(':'));
    const QList<QByteArray> lines = (ofEvents ? m_events : m_bytes).split('\n');
    if (number < 1 || number > lines.size())
        return;
    QByteArray text = lines.at(number - 1);
    if (text.endsWith('\r'))
        text.chop(1);
    m_line->setPlainText(tr("Line %1: %2").arg(number).arg(QString::fromUtf8(text)));
}

void ImportAnswersDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    // The check and the import run here, in one go; let the bar be drawn.
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

void ImportAnswersDialog::updateButtons()
{
    m_import->setEnabled(m_checked && !m_reason->text().trimmed().isEmpty());
}

QString ImportAnswersDialog::summaryText(const ImportSummary& summary) const
{
    QStringList lines{summary.rows == 1 ? tr("1 line checked; nothing has been written yet. Importing adds:")
                                        : tr("%1 lines checked; nothing has been written yet. Importing adds:")
                                              .arg(QLocale().toString(summary.rows)),
                      tr("Patients: %1 new, %2 already there.").arg(summary.patientsAdded).arg(summary.patientsFound),
                      tr("Courses: %1 new, %2 already there.").arg(summary.coursesAdded).arg(summary.coursesFound),
                      tr("Visits: %1 new, %2 already there.").arg(summary.visitsAdded).arg(summary.visitsFound),
                      tr("Assessments (answers): %1 new, %2 already there.")
                          .arg(summary.assessmentsAdded)
                          .arg(summary.assessmentsFound)};
    if (m_withEvents->isChecked())
        lines.append(
            tr("Clinical events: %1 new, %2 already there.").arg(summary.eventsAdded).arg(summary.eventsFound));
    if (!summary.keptExisting.isEmpty())
        lines.append(tr("The database's values are kept for: %1").arg(summary.keptExisting.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace outcome
