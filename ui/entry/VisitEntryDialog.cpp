// The visit entry dialog: building the forms, keyboard flow, saving and discarding.
#include "VisitEntryDialog.h"

#include "AppContext.h"
#include "Clock.h"
#include "EntryKeys.h"
#include "InlineMessage.h"
#include "InstrumentForm.h"
#include "InstrumentLibrary.h"
#include "LabelledComboBox.h"
#include "ReasonDialog.h"
#include "ScoreText.h"
#include "ScreenFit.h"
#include "VisitCompleteness.h"
#include "VisitRecordChange.h"
#include "VisitRecordCommand.h"
#include "VisitRecordRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

namespace outcome {

VisitEntryDialog::VisitEntryDialog(AppContext& context, qint64 patientId, const QString& patientName,
                                   const VisitRecord& stored, CourseScores scores, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_patientId(patientId)
    , m_patientName(patientName)
    , m_stored(stored)
    , m_scores(std::move(scores))
{
    setObjectName(QStringLiteral("visitEntryDialog"));
    const Visit& visit = stored.visit;
    setWindowTitle(tr("%1 — %2").arg(visit.title(), patientName));

    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b> &nbsp;·&nbsp; %2").arg(visit.title().toHtmlEscaped(), patientName.toHtmlEscaped()),
        this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    // Both wrap rather than widen the window beyond a narrow screen (large text).
    heading->setWordWrap(true);
    auto* planned =
        new QLabel(tr("Planned for %1").arg(QLocale().toString(visit.scheduledDate, QLocale::LongFormat)), this);
    planned->setForegroundRole(QPalette::PlaceholderText);
    planned->setWordWrap(true);

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("actualDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(Clock::today());
    m_date->setDate(visit.actualDate.isValid() ? visit.actualDate : Clock::today());
    m_date->setAccessibleName(tr("Date the visit took place"));
    auto* dateLabel = new QLabel(tr("&Took place on"), this);
    dateLabel->setBuddy(m_date);
    // Answers the patient entered are checked here; saving the form counts as that review.
    auto* patientEntry =
        new QLabel(stored.visit.awaitsReview()
                       ? tr("%1: check them, then save to mark the visit done.").arg(stored.visit.patientEntryText())
                       : stored.visit.patientEntryText(),
                   this);
    patientEntry->setObjectName(QStringLiteral("patientEntryLabel"));
    patientEntry->setWordWrap(true);
    patientEntry->setVisible(stored.visit.patientEnteredOn.isValid());
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(planned);
    top->addStretch(1);
    top->addWidget(dateLabel);
    top->addWidget(m_date);

    auto* content = new QWidget;
    m_formsLayout = new QVBoxLayout(content);
    m_formsLayout->setSpacing(12);
    QStringList instruments = visit.plannedInstruments + visit.optionalInstruments;
    for (const Assessment& assessment : stored.assessments) {
        if (!instruments.contains(assessment.instrumentId))
            instruments.append(assessment.instrumentId);
    }
    for (const QString& id : instruments)
        addForm(id);

    m_addChoice = new LabelledComboBox(content);
    m_addChoice->setObjectName(QStringLiteral("addInstrumentCombo"));
    m_addChoice->setAccessibleName(tr("Instrument to add"));
    m_addButton = new QPushButton(tr("&Add instrument"), content);
    m_addButton->setObjectName(QStringLiteral("addInstrumentButton"));
    m_addButton->setAutoDefault(false);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addChoice);
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);

    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(QStringLiteral("visitNoteEdit"));
    m_note->setAccessibleName(tr("Clinician note for this visit"));
    m_note->setPlainText(visit.note);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().height() * 5);
    auto* noteLabel = new QLabel(tr("Clinician &note"), content);
    noteLabel->setBuddy(m_note);

    auto* tail = new QVBoxLayout;
    tail->addLayout(addRow);
    tail->addWidget(noteLabel);
    tail->addWidget(m_note);
    tail->addStretch(1);
    m_formsLayout->addLayout(tail);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("entryScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("entrySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    m_summary->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_summary->setAccessibleName(tr("Scores at this visit"));
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_scroll, 1);
    middle->addWidget(m_summary);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveVisitButton"));
    m_save->setToolTip(tr("Save the results and mark the visit done (Ctrl+S)"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    auto* hint = new QLabel(EntryKeys::hintLine(), this);
    hint->setObjectName(QStringLiteral("entryKeysHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(patientEntry);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &VisitEntryDialog::save);
    connect(cancel, &QPushButton::clicked, this, &VisitEntryDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &VisitEntryDialog::addChosenInstrument);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &VisitEntryDialog::save);
    // Keep whatever has the keyboard in view as focus moves down a long battery.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });

    refillInstrumentChoice();
    refreshSummary();
    // Saving marks the visit done and dates it, so the stored record always differs from what a save would write;
    // what the form showed when it opened is what Esc compares with.
    m_opened = wanted();
    if (parent) {
        const QSize available = parent->window()->size();
        ScreenFit::resizeWithin(
            this, QSize(std::max(available.width() * 92 / 100, 640), std::max(available.height() * 92 / 100, 480)));
    }
}

void VisitEntryDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The keyboard starts on the first item, so typing answers straight away.
    if (!m_focusedOnce) {
        m_focusedOnce = true;
        if (!m_forms.isEmpty())
            m_forms.first()->focusItem(0);
        else
            m_addChoice->setFocus();
    }
}

InstrumentForm* VisitEntryDialog::addForm(const QString& instrumentId)
{
    const Assessment* saved = m_stored.assessment(instrumentId);
    const InstrumentDefinition* definition =
        saved ? m_context.instruments().find(instrumentId, saved->instrumentVersion) : nullptr;
    if (!definition)
        definition = m_context.instruments().find(instrumentId);
    if (!definition || form(instrumentId))
        return nullptr;
    auto* instrumentForm = new InstrumentForm(*definition, &m_scores, m_stored.visit.id, m_formsLayout->parentWidget());
    if (saved)
        instrumentForm->setAnswers(saved->answers);
    m_formsLayout->insertWidget(int(m_forms.size()), instrumentForm);
    m_forms.append(instrumentForm);
    connect(instrumentForm, &InstrumentForm::answersChanged, this, &VisitEntryDialog::refreshSummary);
    connect(instrumentForm, &InstrumentForm::finished, this,
            [this, instrumentForm](const QString& confirmation) { focusAfter(instrumentForm, 1, confirmation); });
    connect(instrumentForm, &InstrumentForm::backedOut, this,
            [this, instrumentForm]() { focusAfter(instrumentForm, -1); });
    return instrumentForm;
}

InstrumentForm* VisitEntryDialog::form(const QString& instrumentId) const
{
    for (InstrumentForm* candidate : m_forms) {
        if (candidate->definition().id == instrumentId)
            return candidate;
    }
    return nullptr;
}

void VisitEntryDialog::focusAfter(InstrumentForm* current, int direction, const QString& confirmation)
{
    const qsizetype index = m_forms.indexOf(current) + direction;
    if (index >= m_forms.size()) {
        // The save button is heard with what was recorded last.
        m_save->setAccessibleDescription(confirmation);
        m_save->setFocus(Qt::TabFocusReason);
    } else if (index >= 0) {
        InstrumentForm* next = m_forms[index];
        next->focusItem(direction > 0 ? 0 : int(next->inputs().size()) - 1, confirmation);
    }
}

void VisitEntryDialog::refillInstrumentChoice()
{
    m_addChoice->clear();
    for (const InstrumentDefinition* definition : m_context.instruments().definitions()) {
        if (!form(definition->id))
            m_addChoice->addItem(QStringLiteral("%1 — %2").arg(definition->shortName, definition->name),
                                 definition->id);
    }
    m_addChoice->setEnabled(m_addChoice->count() > 0);
    m_addButton->setEnabled(m_addChoice->count() > 0);
}

void VisitEntryDialog::addChosenInstrument()
{
    if (InstrumentForm* added = addForm(m_addChoice->currentData().toString())) {
        placeInTabOrder(added);
        refillInstrumentChoice();
        refreshSummary();
        added->focusItem(0);
    }
}

void VisitEntryDialog::placeInTabOrder(InstrumentForm* added)
{
    // A form added later was appended to the end of the focus chain; move its stops to where it sits on the page,
    // after the form above it. Its own stops were created together, so they follow each other in the chain.
    const qsizetype index = m_forms.indexOf(added);
    QWidget* previous = m_date;
    if (index > 0) {
        const InstrumentForm* above = m_forms[index - 1];
        for (QWidget* w = above->nextInFocusChain(); above->isAncestorOf(w); w = w->nextInFocusChain())
            previous = w;
    }
    QList<QWidget*> stops;
    for (QWidget* w = added->nextInFocusChain(); added->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus)
            stops.append(w);
    }
    for (QWidget* stop : std::as_const(stops)) {
        setTabOrder(previous, stop);
        previous = stop;
    }
}

void VisitEntryDialog::refreshSummary()
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(tr("Scores at this visit").toHtmlEscaped())};
    QStringList spoken;
    for (const InstrumentForm* instrumentForm : m_forms) {
        const InstrumentDefinition& definition = instrumentForm->definition();
        const QString text = instrumentForm->isRecorded() ? ScoreText::brief(definition, instrumentForm->score())
                                                          : tr("%1 not recorded").arg(definition.shortName);
        lines.append(text.toHtmlEscaped());
        spoken.append(text);
    }
    m_summary->setText(lines.join(QStringLiteral("<br><br>")));
    // Screen readers find the scores under the panel's name; a new score is told once, by the next item.
    m_summary->setAccessibleDescription(spoken.join(QStringLiteral(". ")));
}

VisitRecord VisitEntryDialog::wanted() const
{
    VisitRecord record = m_stored;
    record.visit.status = VisitStatus::Done;
    record.visit.actualDate = m_date->date();
    record.visit.note = m_note->toPlainText().trimmed();
    record.visit.patientEntryReviewed = record.visit.patientEnteredOn.isValid();
    record.assessments.clear();
    for (const Assessment& saved : m_stored.assessments) {
        // Answers of an instrument this program no longer knows are kept as they are.
        if (!form(saved.instrumentId))
            record.assessments.append(saved);
    }
    for (const InstrumentForm* instrumentForm : m_forms) {
        if (!instrumentForm->isRecorded())
            continue;
        Assessment assessment;
        assessment.visitId = m_stored.visit.id;
        assessment.instrumentId = instrumentForm->definition().id;
        assessment.instrumentVersion = instrumentForm->definition().version;
        assessment.answers = instrumentForm->answers();
        record.assessments.append(assessment);
    }
    return record;
}

bool VisitEntryDialog::hasChanges() const
{
    return !VisitRecordChange::between(m_opened, wanted()).isEmpty();
}

bool VisitEntryDialog::save()
{
    for (InstrumentForm* instrumentForm : m_forms)
        instrumentForm->commitPending();
    QStringList problems;
    for (const InstrumentForm* instrumentForm : m_forms)
        problems += instrumentForm->problems();
    if (!problems.isEmpty()) {
        m_message->showMessage(
            tr("Not saved. Correct these answers first: %1").arg(problems.join(QStringLiteral("; "))));
        return false;
    }
    if (!confirmGaps(wanted()))
        return false;
    return store();
}

bool VisitEntryDialog::confirmGaps(const VisitRecord& record)
{
    QStringList gaps = VisitCompleteness::gaps(record, m_context.instruments());
    // Gaps the visit was already saved with were accepted then; only new ones are asked about.
    for (const QString& accepted : VisitCompleteness::gaps(m_stored, m_context.instruments()))
        gaps.removeAll(accepted);
    if (gaps.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Save with gaps?"), tr("%1.").arg(gaps.join(QStringLiteral("; "))),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("visitGapsBox"));
    box.setInformativeText(tr("Save %1 as done anyway, or go back to complete it?").arg(record.visit.title()));
    QPushButton* saveAnyway = box.addButton(tr("&Save anyway"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    QPushButton* back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == saveAnyway;
}

bool VisitEntryDialog::store()
{
    const VisitRecord record = wanted();
    QString reason;
    if (VisitRecordChange::between(m_stored, record).altersSavedAssessments()) {
        const std::optional<QString> given =
            ReasonDialog::ask(this, tr("Change saved results"),
                              tr("These results were saved before. Why are they being changed? The reason is kept "
                                 "in the audit trail with the old and new answers."));
        if (!given)
            return false;
        reason = *given;
    }
    Result<VisitRecord> saved =
        VisitRecordCommand::run(m_context, m_patientId, m_patientName, m_stored, record, {}, reason);
    if (!saved && saved.error().kind == ErrorKind::Conflict && offerFreshRecord(saved.error().message))
        return store();
    if (!saved) {
        m_message->showMessage(tr("Not saved: %1").arg(saved.error().message));
        return false;
    }
    m_stored = std::move(saved).value();
    accept();
    return true;
}

bool VisitEntryDialog::offerFreshRecord(const QString& refusal)
{
    const Result<VisitRecord> fresh = VisitRecordRepository(m_context.database()).load(m_stored.visit.id);
    if (!fresh)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"),
                    tr("%1 of %2 was changed in another window or on another computer after you opened it, so "
                       "nothing was saved yet.")
                        .arg(m_stored.visit.title(), m_patientName),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("changedElsewhereBox"));
    box.setInformativeText(tr("What you typed is still here. Apply it to the record as it is now? Answers saved "
                              "elsewhere for instruments you left empty are kept; where you changed saved answers "
                              "you are asked for a reason, as always."));
    box.setDetailedText(refusal);
    QPushButton* apply = box.addButton(tr("Apply my answers"), QMessageBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyMyAnswersButton"));
    QPushButton* back = box.addButton(tr("Go back"), QMessageBox::RejectRole);
    box.setDefaultButton(apply);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() != apply)
        return false;
    // A note left as it was takes the other copy's note; one typed here wins.
    if (m_note->toPlainText().trimmed() == m_stored.visit.note)
        m_note->setPlainText(fresh->visit.note);
    m_stored = *fresh;
    return true;
}

void VisitEntryDialog::reject()
{
    if (hasChanges()) {
        QMessageBox box(
            QMessageBox::Question, tr("Discard entries?"),
            tr("The answers and changes entered for %1 have not been saved. Discard them?").arg(m_stored.visit.title()),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardEntriesBox"));
        box.button(QMessageBox::Discard)->setText(tr("&Discard"));
        box.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void VisitEntryDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter in a number field finishes that item; only a focused button may act on it.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto* button = qobject_cast<QPushButton*>(focusWidget()))
            button->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace outcome
