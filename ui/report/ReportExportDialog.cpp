// The export summary dialog: the form, presets, and the three ways out (preview, print, PDF).
#include "ReportExportDialog.h"

#include "ClinicDetailsDialog.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "InlineMessage.h"
#include "LabelledComboBox.h"
#include "OutcomeText.h"
#include "ProfileChartBuilder.h"
#include "ReportPaper.h"
#include "ReportPresetStore.h"
#include "ScreenFit.h"
#include "SealedArchive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace outcome {

namespace {

constexpr int kKeyRole = Qt::UserRole;

QListWidget* checkList(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 7);
    return list;
}

void addCheckItem(QListWidget* list, const QString& key, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(kKeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(text);
}

// What a list needs to show every item whole, without a scroll bar of its own.
QSize wholeListSize(const QListWidget* list)
{
    const int frame = 2 * list->frameWidth();
    return {list->sizeHintForColumn(0) + frame, list->sizeHintForRow(0) * list->count() + frame};
}

void checkKeys(QListWidget* list, const QStringList& keys, bool allWhenEmpty)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem* item = list->item(row);
        const bool on = (allWhenEmpty && keys.isEmpty()) || keys.contains(item->data(kKeyRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QListWidgetItem* itemOf(const QListWidget* list, const QString& key)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(kKeyRole).toString() == key)
            return list->item(row);
    }
    return nullptr;
}

// The ticked keys in the preset's order (headline measures lead), then the others in the course's order. A key of
// the preset this course has no data for stays: the preset is for other patients too.
QStringList checkedKeys(const QListWidget* list, const QStringList& order)
{
    QStringList keys;
    for (const QString& key : order) {
        const QListWidgetItem* item = itemOf(list, key);
        if (!item || item->checkState() == Qt::Checked)
            keys.append(key);
    }
    for (int row = 0; row < list->count(); ++row) {
        const QString key = list->item(row)->data(kKeyRole).toString();
        if (list->item(row)->checkState() == Qt::Checked && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

} // namespace

ReportExportDialog::ReportExportDialog(Database& db, const InstrumentLibrary& library, qint64 patientId,
                                       qint64 courseId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_library(library)
    , m_patientId(patientId)
    , m_courseId(courseId)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export summary"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));

    m_preset = new LabelledComboBox(this);
    m_preset->setObjectName(QStringLiteral("reportPresetCombo"));
    m_preset->setAccessibleName(tr("Preset"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reportTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("reportRecipientEdit"));
    m_recipient->setAccessibleName(tr("Recipient"));
    m_recipient->setPlaceholderText(tr("e.g. Dr J. Smith, Harbour Medical Practice"));
    m_measures = checkList(this, QStringLiteral("reportMeasuresList"), tr("Measures in the table"));
    m_charts = checkList(this, QStringLiteral("reportChartsList"), tr("Charts"));
    m_notes = new QCheckBox(tr("Clinician's &notes"), this);
    m_notes->setObjectName(QStringLiteral("reportNotesCheck"));
    m_events = new QCheckBox(tr("Clinical e&vents"), this);
    m_events->setObjectName(QStringLiteral("reportEventsCheck"));
    m_expected = new QCheckBox(tr("Show the e&xpected course"), this);
    m_expected->setObjectName(QStringLiteral("reportExpectedCourseCheck"));
    m_expected->setToolTip(tr("On the charts and in words: how the clinic's own completed courses that started like "
                              "this one went, where at least %1 such courses exist.")
                               .arg(ExpectedCourse::kMinimumCourses));
    m_fullCourse = new QRadioButton(tr("&Full course"), this);
    m_fullCourse->setObjectName(QStringLiteral("reportFullCourseRadio"));
    m_thisVisit = new QRadioButton(tr("This &visit only (the latest)"), this);
    m_thisVisit->setObjectName(QStringLiteral("reportThisVisitRadio"));
    m_deidentified = new QCheckBox(tr("&De-identified: pseudonym and age instead of name, birth date and chart"), this);
    m_deidentified->setObjectName(QStringLiteral("reportDeidentifiedCheck"));
    m_coverNote = new QPlainTextEdit(this);
    m_coverNote->setObjectName(QStringLiteral("reportCoverNoteEdit"));
    m_coverNote->setAccessibleName(tr("Cover note"));
    m_coverNote->setTabChangesFocus(true);
    m_coverNote->setFixedHeight(m_coverNote->fontMetrics().lineSpacing() * 4 + 12);

    Result<LoadedCourse> loaded = CourseOutcomesLoader(db, library).load(patientId, courseId);
    if (loaded) {
        const CourseOutcomes& outcomes = *loaded->outcomes;
        for (const MeasureSeries& series : outcomes.series())
            addCheckItem(m_measures, series.key(),
                         tr("%1 — %2").arg(OutcomeText::shortName(series.measure()), series.measure().name));
        for (const QString& key : CourseCharts::keys(outcomes)) {
            const MeasureSeries* series = outcomes.find(key);
            addCheckItem(
                m_charts, key,
                series ? tr("%1 — %2").arg(OutcomeText::shortName(series->measure()), series->measure().name)
                       : tr("%1 profile, baseline and latest").arg(key.section(QLatin1Char('/'), 0, 0).toUpper()));
        }
    } else {
        m_message->showMessage(loaded.error().message);
    }

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionsLayout = new QVBoxLayout(sections);
    auto* lists = new QHBoxLayout;
    auto* measuresColumn = new QVBoxLayout;
    auto* measuresLabel = new QLabel(tr("&Measures in the table"), sections);
    measuresLabel->setBuddy(m_measures);
    measuresColumn->addWidget(measuresLabel);
    measuresColumn->addWidget(m_measures);
    auto* chartsColumn = new QVBoxLayout;
    auto* chartsLabel = new QLabel(tr("C&harts"), sections);
    chartsLabel->setBuddy(m_charts);
    chartsColumn->addWidget(chartsLabel);
    chartsColumn->addWidget(m_charts);
    lists->addLayout(measuresColumn);
    lists->addLayout(chartsColumn);
    sectionsLayout->addLayout(lists);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_fullCourse);
    checks->addWidget(m_thisVisit);
    checks->addStretch(1);
    checks->addWidget(m_events);
    checks->addWidget(m_notes);
    checks->addWidget(m_expected);
    sectionsLayout->addLayout(checks);
    sectionsLayout->addWidget(m_deidentified);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    auto* savePreset = new QPushButton(tr("Save as &preset…"), this);
    savePreset->setObjectName(QStringLiteral("reportSavePresetButton"));
    presetRow->addWidget(savePreset);
    // A row holding a layout gets no buddy from the form: the label is tied to the combo box itself.
    auto* presetLabel = new QLabel(tr("Pre&set"), this);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, presetRow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Recipient"), m_recipient);

    auto* coverLabel = new QLabel(tr("C&over note"), this);
    coverLabel->setBuddy(m_coverNote);
    auto* clinic = new QPushButton(tr("&Clinic details…"), this);
    clinic->setObjectName(QStringLiteral("reportClinicDetailsButton"));
    clinic->setToolTip(tr("The letterhead, treating clinician and confidentiality line on every report"));

    auto* buttons = new QDialogButtonBox(this);
    auto* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("reportPrintButton"));
    auto* saveButton = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("reportSaveButton"));
    saveButton->setDefault(true);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("reportCloseButton"));
    buttons->addButton(clinic, QDialogButtonBox::ResetRole);

    m_encrypt = new QCheckBox(tr("&Encrypt the PDF with a passphrase, for sending"), this);
    m_encrypt->setObjectName(QStringLiteral("reportEncryptCheck"));
    m_encrypt->setToolTip(tr("The PDF goes into one file that nobody can read without the passphrase. Tell the "
                             "recipient the passphrase another way (by phone); they open the file with "
                             "\"outcome-tracker-cli unseal\"."));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("reportPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least %1 characters").arg(Passphrase::kMinimumLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("reportPassphraseConfirmEdit"));
    m_confirm->setAccessibleName(tr("Passphrase again"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto* passphraseLabel = new QLabel(tr("Passphr&ase"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto* confirmLabel = new QLabel(tr("A&gain"), this);
    confirmLabel->setBuddy(m_confirm);
    auto* encryptRow = new QHBoxLayout;
    encryptRow->addWidget(m_encrypt);
    encryptRow->addSpacing(12);
    encryptRow->addWidget(passphraseLabel);
    encryptRow->addWidget(m_passphrase, 1);
    encryptRow->addWidget(confirmLabel);
    encryptRow->addWidget(m_confirm, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(coverLabel);
    layout->addWidget(m_coverNote);
    layout->addLayout(encryptRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_choosePath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (isEncrypted())
            return QFileDialog::getSaveFileName(
                this, tr("Save the summary into an encrypted file"), QDir(folder).filePath(suggested),
                tr("Encrypted export (*.%1)").arg(QLatin1String(SealedArchive::kSuffix)));
        return QFileDialog::getSaveFileName(this, tr("Save summary as PDF"), QDir(folder).filePath(suggested),
                                            tr("PDF files (*.pdf)"));
    };
    m_chooseName = [this](const QString& current) {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save as preset"), tr("Name of the preset (an existing name is replaced):"),
                                  QLineEdit::Normal, current, &ok);
        return ok ? name.trimmed() : QString();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < m_presets.size())
            applyPreset(m_presets[index]);
    });
    connect(m_deidentified, &QCheckBox::toggled, this, &ReportExportDialog::updateEnabled);
    connect(m_encrypt, &QCheckBox::toggled, this, &ReportExportDialog::updateEnabled);
    connect(savePreset, &QPushButton::clicked, this, &ReportExportDialog::savePreset);
    connect(previewButton, &QPushButton::clicked, this, &ReportExportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportExportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReportExportDialog::savePdfAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(clinic, &QPushButton::clicked, this, &ReportExportDialog::editClinicDetails);
    setTabOrder(m_preset, savePreset);
    setTabOrder(savePreset, m_title);
    setTabOrder(m_title, m_recipient);
    setTabOrder(m_recipient, m_measures);
    setTabOrder(m_measures, m_charts);
    setTabOrder(m_charts, m_fullCourse);
    setTabOrder(m_fullCourse, m_thisVisit);
    setTabOrder(m_thisVisit, m_events);
    setTabOrder(m_events, m_notes);
    setTabOrder(m_notes, m_expected);
    setTabOrder(m_expected, m_deidentified);
    setTabOrder(m_deidentified, m_coverNote);
    setTabOrder(m_coverNote, m_encrypt);
    setTabOrder(m_encrypt, m_passphrase);
    setTabOrder(m_passphrase, m_confirm);
    ScreenFit::scrollContents(this, {buttons});
    // Wide enough for the lists' longest entries where the screen allows.
    ScreenFit::resizeWithin(this, size().expandedTo(QSize(fontMetrics().averageCharWidth() * 96, 0)));
    loadPresets(QStringLiteral("gp"));
    updateEnabled();
}

void ReportExportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitListsToScreen();
    }
}

void ReportExportDialog::fitListsToScreen()
{
    QSize missing(0, 0);
    for (const QListWidget* list : {m_measures, m_charts}) {
        const QSize whole = wholeListSize(list);
        missing.rwidth() += std::max(0, whole.width() - list->width());
        missing.rheight() = std::max(missing.height(), whole.height() - list->height());
    }
    if (missing.isNull())
        return;
    ScreenFit::resizeWithin(this, size() + missing);
    const QRect screen = this->screen()->availableGeometry();
    // Grown, it stays on the screen.
    QRect placed = frameGeometry();
    if (placed.bottom() > screen.bottom())
        placed.moveBottom(screen.bottom());
    if (placed.right() > screen.right())
        placed.moveRight(screen.right());
    move(std::max(placed.left(), screen.left()), std::max(placed.top(), screen.top()));
}

void ReportExportDialog::loadPresets(const QString& selectId)
{
    Result<QList<ReportOptions>> presets = ReportPresetStore(m_db).presets();
    m_presets = presets ? *presets : ReportOptions::standardPresets();
    if (!presets)
        m_message->showMessage(presets.error().message);
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    int selected = 0;
    for (int i = 0; i < m_presets.size(); ++i) {
        m_preset->addItem(reportPresetDisplayName(m_presets[i].presetId), m_presets[i].presetId);
        if (m_presets[i].presetId == selectId)
            selected = i;
    }
    m_preset->setCurrentIndex(selected);
    if (!m_presets.isEmpty())
        applyPreset(m_presets[selected]);
}

void ReportExportDialog::applyPreset(const ReportOptions& preset)
{
    m_title->setText(preset.title);
    checkKeys(m_measures, preset.measures, true);
    QStringList charts = preset.chartMeasures;
    if (preset.rand36Profile)
        charts.append(ProfileChartBuilder::key(QStringLiteral("rand36")));
    checkKeys(m_charts, charts, false);
    m_notes->setChecked(preset.includeNotes);
    m_events->setChecked(preset.includeEvents);
    m_expected->setChecked(preset.expectedCourse);
    (preset.scope == ReportScope::ThisVisit ? m_thisVisit : m_fullCourse)->setChecked(true);
    m_deidentified->setChecked(preset.deidentified);
    updateEnabled();
}

ReportOptions ReportExportDialog::options() const
{
    const int index = m_preset->currentIndex();
    const ReportOptions preset = index >= 0 && index < m_presets.size() ? m_presets[index] : ReportOptions();
    ReportOptions options;
    options.presetId = preset.presetId;
    options.title = m_title->text().trimmed();
    // A preset of every measure stays one of every measure while all are ticked, covering what other courses add.
    const QStringList measures = checkedKeys(m_measures, preset.measures);
    options.measures = preset.measures.isEmpty() && measures.size() == m_measures->count() ? QStringList() : measures;
    const QString profile = ProfileChartBuilder::key(QStringLiteral("rand36"));
    QStringList charts = checkedKeys(m_charts, preset.chartMeasures);
    options.rand36Profile = charts.removeAll(profile) > 0;
    options.chartMeasures = charts;
    options.includeNotes = m_notes->isChecked();
    options.includeEvents = m_events->isChecked();
    options.expectedCourse = m_expected->isChecked();
    options.scope = m_thisVisit->isChecked() ? ReportScope::ThisVisit : ReportScope::FullCourse;
    options.deidentified = m_deidentified->isChecked();
    options.recipient = m_recipient->text().trimmed();
    options.coverNote = m_coverNote->toPlainText().trimmed();
    return options;
}

void ReportExportDialog::updateEnabled()
{
    // A de-identified report never carries free-text notes (they may name people).
    m_notes->setEnabled(!m_deidentified->isChecked());
    m_passphrase->setEnabled(isEncrypted());
    m_confirm->setEnabled(isEncrypted());
}

Result<ReferralReport> ReportExportDialog::report() const
{
    return ReferralReport::load(m_db, m_library, m_patientId, options(), m_courseId);
}

bool ReportExportDialog::isEncrypted() const
{
    return m_encrypt->isChecked();
}

bool ReportExportDialog::savePdf(const QString& path)
{
    Result<ReferralReport> built = report();
    if (!built) {
        m_message->showMessage(built.error().message);
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    if (isEncrypted()) {
        if (m_passphrase->text() != m_confirm->text()) {
            m_message->showMessage(tr("Again: the two passphrases differ; type the same one in both fields."));
            m_confirm->setFocus();
            return false;
        }
        const Passphrase passphrase(m_passphrase->text());
        Status sealed = passphrase.acceptableForNewFile();
        if (sealed)
            sealed = SealedArchive::writeStaged(
                [&](const QString& folder) -> Result<QStringList> {
                    const QString pdf = QDir(folder).filePath(QStringLiteral("report.pdf"));
                    if (const Result<int> pages = built->writePdf(pdf, ReportPaper::current()); !pages)
                        return pages.error();
                    return QStringList{pdf};
                },
                path, passphrase, m_cost);
        if (!sealed) {
            m_message->showMessage(sealed.error().message);
            return false;
        }
        m_passphrase->clear();
        m_confirm->clear();
        m_message->showMessage(tr("Saved %1, encrypted: the recipient needs the passphrase to open it.").arg(where),
                               InlineMessage::Kind::Information);
        return true;
    }
    Result<int> pages = built->writePdf(path, ReportPaper::current());
    if (!pages) {
        m_message->showMessage(pages.error().message);
        return false;
    }
    m_message->showMessage(*pages == 1 ? tr("Saved %1 (1 page).").arg(where)
                                       : tr("Saved %1 (%2 pages).").arg(where, QLocale().toString(*pages)),
                           InlineMessage::Kind::Information);
    return true;
}

void ReportExportDialog::savePdfAs()
{
    Result<ReferralReport> built = report();
    if (!built) {
        m_message->showMessage(built.error().message);
        return;
    }
    QString suggested = built->suggestedFileName();
    if (isEncrypted())
        suggested = QFileInfo(suggested).completeBaseName() + QLatin1Char('.') + QLatin1String(SealedArchive::kSuffix);
    const QString path = m_choosePath(suggested);
    if (!path.isEmpty())
        savePdf(path);
}

void ReportExportDialog::savePreset()
{
    ReportOptions preset = options();
    const int index = m_preset->currentIndex();
    const QString current = index >= 0 ? m_preset->currentText() : QString();
    const QString name = m_chooseName(current);
    if (name.isEmpty())
        return;
    // Saving under a standard preset's shown name adjusts that preset rather than adding a look-alike.
    preset.presetId = name;
    for (const ReportOptions& existing : std::as_const(m_presets)) {
        if (reportPresetDisplayName(existing.presetId) == name)
            preset.presetId = existing.presetId;
    }
    if (Status saved = ReportPresetStore(m_db).save(preset); !saved) {
        m_message->showMessage(saved.error().message);
        return;
    }
    loadPresets(preset.presetId);
    m_message->showMessage(tr("Preset \"%1\" saved for the whole clinic.").arg(name), InlineMessage::Kind::Information);
}

void ReportExportDialog::paintOn(QPrinter& printer)
{
    Result<ReferralReport> built = report();
    if (!built) {
        m_message->showMessage(built.error().message);
        return;
    }
    built->print(printer);
}

void ReportExportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPaper::layout(ReportPaper::current()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: %1").arg(m_title->text()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { paintOn(*target); });
    dialog.exec();
}

void ReportExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPaper::layout(ReportPaper::current()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer);
}

void ReportExportDialog::editClinicDetails()
{
    ClinicDetailsDialog dialog(m_db, this);
    dialog.exec();
}

} // namespace outcome
