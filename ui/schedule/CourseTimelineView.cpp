// Course timeline: loading, the visit actions, and the course summary line.
#include "CourseTimelineView.h"

#include "AppContext.h"
#include "AssessmentRepository.h"
#include "ClinicSettingsRepository.h"
#include "Clock.h"
#include "ColumnFit.h"
#include "CourseRepository.h"
#include "CourseSchedule.h"
#include "CourseTemplateRepository.h"
#include "LabelledComboBox.h"
#include "ListTable.h"
#include "ListTableView.h"
#include "QuestionnaireFormDocument.h"
#include "ReportPaper.h"
#include "ScreenFit.h"
#include "StartCourseDialog.h"
#include "VisitDateDialog.h"
#include "VisitEntryDialog.h"
#include "VisitRecordCommand.h"
#include "VisitRecordRepository.h"
#include "VisitTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace outcome {

namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

} // namespace

CourseTimelineView::CourseTimelineView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("courseTimeline"));
    const auto makeAction = [this](const QString& text, const QString& name, const QKeySequence& shortcut) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                              shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    m_startCourse = makeAction(tr("&Start course…"), QStringLiteral("startCourseAction"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_enterResults =
        makeAction(tr("&Enter results…"), QStringLiteral("enterResultsAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_selfEntry = makeAction(tr("Patient &fills in…"), QStringLiteral("selfEntryAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_reschedule =
        makeAction(tr("&Reschedule visit…"), QStringLiteral("rescheduleAction"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markMissed =
        makeAction(tr("Mark visit &missed"), QStringLiteral("markMissedAction"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_cancelVisit = makeAction(tr("&Cancel visit"), QStringLiteral("cancelVisitAction"), QKeySequence());
    m_extraVisit = makeAction(tr("Add e&xtra visit…"), QStringLiteral("extraVisitAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_printForms =
        makeAction(tr("&Print questionnaires for this visit…"), QStringLiteral("printFormsAction"), QKeySequence());
    m_printForms->setToolTip(tr("The questionnaires planned at this visit as a PDF to fill in by hand, numbered in the "
                                "order the results form takes them"));
    m_chooseFormPath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save questionnaires as PDF"), QDir(folder).filePath(suggested),
                                            tr("PDF files (*.pdf)"));
    };

    m_courseChoice = new LabelledComboBox(this);
    m_courseChoice->setObjectName(QStringLiteral("courseCombo"));
    m_courseChoice->setAccessibleName(tr("Course"));
    m_courseChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* courseLabel = new QLabel(tr("C&ourse"), this);
    courseLabel->setBuddy(m_courseChoice);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("courseSummaryLabel"));
    m_summary->setWordWrap(true);

    m_model = new VisitTableModel(context.instruments(), this);
    m_table = new ListTableView(this);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setAccessibleName(tr("Visits of the course"));
    m_table->setModel(m_model);
    ListTable::prepare(m_table);
    // The scores are what the row is for: they take the room; a note gives way first, the scores only after it.
    // Where even then the scores would be cut, they leave out the bands (the tooltip has them).
    ColumnFit::install(m_table, m_table->horizontalHeader(), VisitTableModel::ScoresColumn,
                       {VisitTableModel::NoteColumn, VisitTableModel::ScoresColumn})
        ->setShortWhenNarrow({VisitTableModel::ScoresColumn});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(
        {m_enterResults, m_selfEntry, m_reschedule, m_markMissed, m_cancelVisit, m_extraVisit, m_printForms});

    auto* top = new QHBoxLayout;
    top->addWidget(courseLabel);
    top->addWidget(m_courseChoice);
    top->addWidget(buttonFor(m_startCourse, this));
    top->addStretch(1);
    QList<QWidget*> actionButtons;
    int rowWidth = 0;
    for (QAction* action : {m_enterResults, m_reschedule, m_markMissed, m_cancelVisit, m_extraVisit}) {
        actionButtons.append(buttonFor(action, this));
        rowWidth += actionButtons.last()->sizeHint().width();
    }
    // One row of buttons, or two where one would make the window wider than a narrow screen (large text).
    const int perRow = rowWidth > ScreenFit::room(this).width() / 2 ? 3 : int(actionButtons.size());
    auto* bottom = new QGridLayout;
    for (int i = 0; i < actionButtons.size(); ++i)
        bottom->addWidget(actionButtons[i], i / perRow, i % perRow);
    bottom->setColumnStretch(perRow, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 8);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_courseChoice, &QComboBox::currentIndexChanged, this, &CourseTimelineView::showCourse);
    connect(m_courseChoice, &QComboBox::currentTextChanged, m_courseChoice, &QWidget::setToolTip);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CourseTimelineView::updateActions);
    connect(m_table, &QTableView::activated, this, [this]() { enterResults(currentVisitId()); });
    connect(m_startCourse, &QAction::triggered, this, &CourseTimelineView::startCourse);
    connect(m_enterResults, &QAction::triggered, this, [this]() { enterResults(currentVisitId()); });
    connect(m_selfEntry, &QAction::triggered, this, [this]() {
        if (currentVisitId() > 0)
            emit selfEntryRequested(currentVisitId());
    });
    connect(m_reschedule, &QAction::triggered, this, &CourseTimelineView::rescheduleVisit);
    connect(m_markMissed, &QAction::triggered, this,
            [this]() { setVisitStatus(VisitStatus::Missed, tr("marking %1 missed")); });
    connect(m_cancelVisit, &QAction::triggered, this,
            [this]() { setVisitStatus(VisitStatus::Cancelled, tr("cancelling %1")); });
    connect(m_extraVisit, &QAction::triggered, this, &CourseTimelineView::addExtraVisit);
    connect(m_printForms, &QAction::triggered, this, &CourseTimelineView::printForms);
    connect(&context, &AppContext::recordsChanged, this, [this](qint64 patientId) {
        if (patientId == m_patientId && m_patientId > 0)
            reload();
    });
    updateActions();
}

void CourseTimelineView::setPatient(qint64 patientId, const QString& patientName, qint64 courseId)
{
    m_patientId = patientId;
    m_patientName = patientName;
    m_courses.clear();
    Result<QList<Course>> courses = CourseRepository(m_context.database()).forPatient(patientId);
    if (!courses) {
        showError(courses.error().message);
    } else {
        m_courses = std::move(courses).value();
    }
    const QSignalBlocker blocker(m_courseChoice);
    m_courseChoice->clear();
    int chosen = int(m_courses.size()) - 1;
    for (int i = 0; i < m_courses.size(); ++i) {
        const Course& course = m_courses[i];
        // What tells courses apart comes first (the start, the treatment), so that a narrow window cuts the
        // template's name rather than them; the whole text is the tooltip.
        QString text = tr("From %1").arg(QLocale().toString(course.startDate, QLocale::ShortFormat));
        if (!course.treatmentLabel.isEmpty())
            text += QStringLiteral(" · ") + course.treatmentLabel;
        text += QStringLiteral(" — ") + course.templateName;
        m_courseChoice->addItem(text, course.id);
        m_courseChoice->setItemData(
            i, course.clinician.isEmpty() ? text : tr("%1\nClinician: %2").arg(text, course.clinician),
            Qt::ToolTipRole);
        if (course.id == courseId)
            chosen = i;
    }
    m_courseChoice->setEnabled(!m_courses.isEmpty());
    m_courseChoice->setCurrentIndex(chosen);
    m_courseChoice->setToolTip(m_courseChoice->currentText());
    showCourse(chosen);
}

void CourseTimelineView::reload()
{
    const qint64 visitId = currentVisitId();
    setPatient(m_patientId, m_patientName, currentCourseId());
    selectVisit(visitId);
}

qint64 CourseTimelineView::currentCourseId() const
{
    return m_courseChoice->currentData().toLongLong();
}

qint64 CourseTimelineView::currentVisitId() const
{
    const Visit* visit = m_model->visit(m_table->currentIndex().row());
    return visit ? visit->id : 0;
}

void CourseTimelineView::selectVisit(qint64 visitId)
{
    const int row = m_model->rowOfVisit(visitId);
    if (row >= 0)
        m_table->selectRow(row);
}

void CourseTimelineView::showCourse(int index)
{
    const QDate today = Clock::today();
    if (index < 0 || index >= m_courses.size()) {
        m_scores = CourseScores();
        m_model->setVisits({}, m_scores, today);
        m_summary->setText(m_patientId > 0 ? tr("No course yet. Start one with Course ▸ Start course (Ctrl+Shift+N).")
                                           : QString());
        updateActions();
        emit courseChanged(0);
        return;
    }
    const Course& course = m_courses[index];
    CourseRepository courses(m_context.database());
    Result<QList<Visit>> visits = courses.visits(course.id);
    Result<QList<DatedAssessment>> dated = AssessmentRepository(m_context.database()).forCourse(course.id);
    if (!visits || !dated) {
        showError(!visits ? visits.error().message : dated.error().message);
        return;
    }
    QList<Assessment> assessments;
    assessments.reserve(dated->size());
    for (const DatedAssessment& entry : *dated)
        assessments.append(entry.assessment);
    m_scores = CourseScores(m_context.instruments(), *visits, assessments);
    m_model->setVisits(*visits, m_scores, today);

    const CourseProgress progress = CourseSchedule::progress(course, m_model->visits(), today);
    QStringList parts{QStringLiteral("<b>%1</b>").arg(coursePhaseDisplayName(progress.phase).toHtmlEscaped()),
                      tr("%1 of %2 sessions done").arg(progress.sessionsDone).arg(progress.sessionsPlanned)};
    if (progress.overdueVisits > 0)
        parts.append(progress.overdueVisits == 1 ? tr("1 visit overdue")
                                                 : tr("%1 visits overdue").arg(progress.overdueVisits));
    if (progress.missedVisits > 0)
        parts.append(tr("%1 missed").arg(progress.missedVisits));
    if (progress.nextVisit)
        parts.append(tr("next: %1 on %2")
                         .arg(progress.nextVisit->title(), dayAndDate(progress.nextVisit->scheduledDate))
                         .toHtmlEscaped());
    parts.append(tr("template version %1").arg(course.templateVersion));
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    // Start on the visit that needs attention: the next one to happen, else the last.
    const int row = progress.nextVisit ? m_model->rowOfVisit(progress.nextVisit->id) : m_model->rowCount() - 1;
    m_table->selectRow(row);
    updateActions();
    emit courseChanged(course.id);
}

void CourseTimelineView::setActionsAvailable(bool available)
{
    m_actionsAvailable = available;
    updateActions();
}

void CourseTimelineView::updateActions()
{
    const Visit* visit = m_actionsAvailable ? m_model->visit(m_table->currentIndex().row()) : nullptr;
    const bool planned = visit && visit->status != VisitStatus::Done;
    m_startCourse->setEnabled(m_actionsAvailable && m_patientId > 0);
    m_enterResults->setEnabled(visit != nullptr);
    // The patient answers at a visit still to be done; answers of a done visit are the clinician's to change.
    m_selfEntry->setEnabled(planned);
    m_reschedule->setEnabled(planned);
    m_markMissed->setEnabled(visit && visit->status == VisitStatus::Scheduled);
    m_cancelVisit->setEnabled(visit && visit->status == VisitStatus::Scheduled);
    m_extraVisit->setEnabled(m_actionsAvailable && currentCourseId() > 0);
    m_printForms->setEnabled(visit && !visit->plannedInstruments.isEmpty());
}

void CourseTimelineView::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Course"), message);
}

VisitEntryDialog* CourseTimelineView::enterResults(qint64 visitId)
{
    if (visitId <= 0)
        return nullptr;
    Result<VisitRecord> record = VisitRecordRepository(m_context.database()).load(visitId);
    if (!record) {
        showError(record.error().message);
        return nullptr;
    }
    auto* dialog = new VisitEntryDialog(m_context, m_patientId, m_patientName, *record, m_scores, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CourseTimelineView::startCourse()
{
    if (m_patientId <= 0)
        return;
    CourseTemplateRepository templates(m_context.database());
    if (Result<qint64> standard = templates.ensureStandard(); !standard) {
        showError(standard.error().message);
        return;
    }
    Result<QList<CourseTemplate>> current = templates.current();
    if (!current) {
        showError(current.error().message);
        return;
    }
    StartCourseDialog dialog(*current, m_context.instruments(), this);
    const Result<QStringList> clinicians = CourseRepository(m_context.database()).clinicians();
    dialog.setClinicians(clinicians ? *clinicians : QStringList(), proposedClinician());
    while (dialog.exec() == QDialog::Accepted) {
        Result<Course> started = CourseRepository(m_context.database())
                                     .start(m_patientId, dialog.chosenTemplate(), dialog.startDate(),
                                            dialog.treatmentLabel(), dialog.clinician());
        if (started) {
            setPatient(m_patientId, m_patientName, started->id);
            m_context.notifyRecordsChanged(m_patientId);
            return;
        }
        dialog.showError(started.error().message);
    }
}

QString CourseTimelineView::proposedClinician() const
{
    // The clinician of the patient's latest course with one, else the clinic's treating clinician.
    const Course* latest = nullptr;
    for (const Course& course : m_courses) {
        if (!course.clinician.isEmpty() && (!latest || course.startDate >= latest->startDate))
            latest = &course;
    }
    if (latest)
        return latest->clinician;
    const Result<ClinicSettings> clinic = ClinicSettingsRepository(m_context.database()).load();
    return clinic ? clinic->clinicianName.simplified() : QString();
}

void CourseTimelineView::setVisitStatus(VisitStatus status, const QString& text)
{
    const qint64 visitId = currentVisitId();
    Result<VisitRecord> stored = VisitRecordRepository(m_context.database()).load(visitId);
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    VisitRecord wanted = *stored;
    wanted.visit.status = status;
    Result<VisitRecord> saved = VisitRecordCommand::run(m_context, m_patientId, m_patientName, *stored, wanted,
                                                        text.arg(stored->visit.title()));
    if (!saved)
        showError(saved.error().message);
}

void CourseTimelineView::rescheduleVisit()
{
    const qint64 visitId = currentVisitId();
    Result<VisitRecord> stored = VisitRecordRepository(m_context.database()).load(visitId);
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    VisitDateDialog dialog(stored->visit.title(), stored->visit.scheduledDate, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    VisitRecord wanted = *stored;
    wanted.visit.scheduledDate = dialog.date();
    // A missed visit that is booked again is planned once more.
    if (wanted.visit.status == VisitStatus::Missed || wanted.visit.status == VisitStatus::Cancelled)
        wanted.visit.status = VisitStatus::Scheduled;
    Result<VisitRecord> saved =
        VisitRecordCommand::run(m_context, m_patientId, m_patientName, *stored, wanted,
                                tr("rescheduling %1").arg(stored->visit.title()), dialog.reason());
    if (!saved)
        showError(saved.error().message);
}

void CourseTimelineView::addExtraVisit()
{
    const qint64 courseId = currentCourseId();
    if (courseId <= 0)
        return;
    VisitDateDialog dialog(m_context.instruments(), Clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<Visit> added = CourseRepository(m_context.database())
                              .addExtraVisit(courseId, dialog.label(), dialog.date(), dialog.instruments());
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_context.notifyRecordsChanged(m_patientId);
    selectVisit(added->id);
}

void CourseTimelineView::printForms()
{
    const Visit* visit = m_model->visit(m_table->currentIndex().row());
    if (!visit)
        return;
    Result<QuestionnaireFormDocument> form =
        QuestionnaireFormDocument::forVisit(m_context.database(), m_context.instruments(), visit->id);
    if (!form) {
        showError(form.error().message);
        return;
    }
    const QString suggested = tr("questionnaires-%1-%2.pdf").arg(form->patient()->chartNumber, visit->shortTitle());
    const QString path = m_chooseFormPath(QString(suggested).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (path.isEmpty())
        return;
    if (const Result<int> written = form->writePdf(path, ReportPaper::current()); !written)
        showError(written.error().message);
}

} // namespace outcome
