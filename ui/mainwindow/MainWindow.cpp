// Main window layout, menus and the moves between the register, the day's list and a patient.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccessibleRoles.h"
#include "AccountRepository.h"
#include "AccountsDialog.h"
#include "AppContext.h"
#include "AppSettings.h"
#include "AuditTrailDialog.h"
#include "BackupDialog.h"
#include "ChangesElsewhere.h"
#include "ClinicDetailsDialog.h"
#include "ClinicOutcomesView.h"
#include "ClinicalEventsView.h"
#include "Clock.h"
#include "ColorScheme.h"
#include "CourseRepository.h"
#include "CourseTemplateEditor.h"
#include "CourseTimelineView.h"
#include "Database.h"
#include "DatabaseSummary.h"
#include "ExportDialog.h"
#include "ImportAnswersDialog.h"
#include "PatientFormDialog.h"
#include "PatientListModel.h"
#include "PatientRegisterView.h"
#include "PatientRepository.h"
#include "PatientView.h"
#include "PatientWorkspace.h"
#include "PostgresDialect.h"
#include "PreferencesDialog.h"
#include "PrivacyNotice.h"
#include "ProgressPanel.h"
#include "ReasonDialog.h"
#include "ReportExportDialog.h"
#include "ScreenFit.h"
#include "ScreenLock.h"
#include "SelfEntryView.h"
#include "ServerBackup.h"
#include "ServerConnectionDialog.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "SummaryText.h"
#include "TodayView.h"
#include "VisitRecordCommand.h"
#include "VisitRecordRepository.h"
#include "WaitCursor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace outcome {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_instruments(InstrumentLibrary::load(InstrumentLibrary::clinicFolder()))
    , m_context(std::make_unique<AppContext>(*m_db, m_instruments))
{
    AccessibleRoles::install();
    setObjectName(QStringLiteral("mainWindow"));
    m_register = new PatientRegisterView(*m_db, this);
    m_today = new TodayView(*m_context, this);
    m_workspace = new PatientWorkspace(*m_context, this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_workspace);
    // Breathing room around the right-hand side, so it does not run into the splitter handle.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 8, 8, 0);
    rightLayout->addWidget(m_pages);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_register);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_privacy = new PrivacyNotice(m_db->path(), central);
    centralLayout->addWidget(m_privacy);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_changesElsewhere = new ChangesElsewhere(*m_context, this);
    connect(m_changesElsewhere, &ChangesElsewhere::changesLoaded, this, [this](int patients) {
        if (patients > 0)
            statusBar()->showMessage(m_db->isServer()
                                         ? tr("Brought up to date with what was saved on another workstation.")
                                         : tr("Brought up to date with what was saved in another window."),
                                     8000);
    });
    connect(m_changesElsewhere, &ChangesElsewhere::reachableChanged, this, [this](bool reachable, const QString& why) {
        if (reachable)
            statusBar()->showMessage(tr("Connected to the clinic server again."), 8000);
        else
            statusBar()->showMessage(
                tr("The clinic server cannot be reached; trying again every second. Nothing you type is "
                   "lost: a save that fails stays on screen. (%1)")
                    .arg(why));
    });

    createActions();
    createProgressPage();
    createMenus();
    connect(m_register, &PatientRegisterView::patientActivated, this, [this](qint64 id) { openPatient(id); });
    connect(m_register, &PatientRegisterView::currentPatientChanged, this, &MainWindow::updateActions);
    connect(m_today, &TodayView::visitActivated, this, &MainWindow::openVisit);
    connect(m_workspace, &PatientWorkspace::courseChanged, this, &MainWindow::updateActions);
    connect(m_context.get(), &AppContext::recordsChanged, this, [this]() {
        m_register->refresh();
        updateActions();
    });
    connect(m_context.get(), &AppContext::errorReported, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Outcome Tracker"), message); });
    connect(m_context->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::confirmUndoStep);

    updateTitle();
    const QByteArray geometry = AppSettings::instance().value(AppSettings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A small screen is used whole; on a larger one the window leaves a margin around it.
        const QRect available = screen()->availableGeometry();
        const bool small = available.width() < 1400 || available.height() < 800;
        resize(small ? ScreenFit::room(this) : available.size() * 0.9);
        move(small ? available.topLeft() : available.center() - rect().center());
    }
    restoreState(AppSettings::instance().value(AppSettings::Key::WindowState).toByteArray());
    // The register gets enough room for its columns; the rest goes to the day's list or the patient.
    const int registerWidth =
        std::clamp(width() * 36 / 100, fontMetrics().averageCharWidth() * 64, fontMetrics().averageCharWidth() * 80);
    m_splitter->setSizes({registerWidth, width() - registerWidth});
    showToday();
    m_register->setFocus();
}

ClinicOutcomesView* MainWindow::showClinicOutcomes()
{
    if (!mayRead(Permission::Clinical))
        return nullptr;
    if (!m_clinicOutcomes) {
        m_clinicOutcomes = new ClinicOutcomesView(*m_db, m_instruments, this);
        m_clinicOutcomes->setWindowFlag(Qt::Window);
        m_clinicOutcomes->resize(size());
    } else {
        m_clinicOutcomes->reload();
    }
    m_clinicOutcomes->show();
    m_clinicOutcomes->raise();
    m_clinicOutcomes->activateWindow();
    return m_clinicOutcomes;
}

MainWindow::~MainWindow()
{
    // The undo stack empties itself while the context is being destroyed; this window must not hear of it then.
    m_context->undoStack()->disconnect(this);
    // The screens go while the context they read (database, instruments) is still there: a table hidden on the way
    // out may still measure its rows.
    delete takeCentralWidget();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once the window is on its way to the screen: the first patient's bands need not wait for the clinic's
    // completed courses then.
    if (!m_db->path().isEmpty())
        QTimer::singleShot(0, this, [this]() { m_completedCourses.preload(m_db->path(), m_instruments); });
}

void MainWindow::createActions()
{
    m_showToday = new QAction(tr("&Today"), this);
    m_showToday->setObjectName(QStringLiteral("showTodayAction"));
    m_showToday->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_showToday->setToolTip(tr("Who is due today and in the next 7 days, and what is overdue (Ctrl+T)"));
    connect(m_showToday, &QAction::triggered, this, &MainWindow::showToday);

    m_newPatient = new QAction(tr("&New patient…"), this);
    m_newPatient->setObjectName(QStringLiteral("newPatientAction"));
    m_newPatient->setShortcut(QKeySequence::New);
    connect(m_newPatient, &QAction::triggered, this, &MainWindow::newPatient);

    m_editPatient = new QAction(tr("&Edit patient…"), this);
    m_editPatient->setObjectName(QStringLiteral("editPatientAction"));
    m_editPatient->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editPatient, &QAction::triggered, this, &MainWindow::editPatient);

    m_archivePatient = new QAction(tr("&Archive patient"), this);
    m_archivePatient->setObjectName(QStringLiteral("archivePatientAction"));
    connect(m_archivePatient, &QAction::triggered, this, &MainWindow::toggleArchived);

    m_auditTrail = new QAction(tr("Audit &trail…"), this);
    m_auditTrail->setObjectName(QStringLiteral("auditTrailAction"));
    m_auditTrail->setToolTip(tr("Every change to this patient's records: who, when, what and why"));
    connect(m_auditTrail, &QAction::triggered, this, [this]() {
        AuditTrailDialog dialog(*m_db, m_workspace->patientId(), this);
        dialog.exec();
    });

    m_backups = new QAction(tr("&Backups…"), this);
    m_backups->setObjectName(QStringLiteral("backupsAction"));
    m_backups->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backups->setToolTip(tr("Back up the database now, or restore an earlier backup"));
    if (m_db->isServer())
        m_backups->setToolTip(tr("Write a backup of the clinic server's database to a file (pg_dump)"));
    connect(m_backups, &QAction::triggered, this, [this]() {
        if (m_db->isServer()) {
            backUpServer();
            return;
        }
        BackupDialog dialog(*m_db, this);
        dialog.exec();
    });
    m_restoreServer = new QAction(tr("Res&tore the clinic server…"), this);
    m_restoreServer->setObjectName(QStringLiteral("restoreServerAction"));
    m_restoreServer->setToolTip(
        tr("Replace the clinic server's records with a backup file, for every workstation (administrators)"));
    m_restoreServer->setVisible(m_db->isServer());
    connect(m_restoreServer, &QAction::triggered, this, &MainWindow::restoreServer);

    m_showProgress = new QAction(tr("&Progress"), this);
    m_showProgress->setObjectName(QStringLiteral("showProgressAction"));
    m_showProgress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_showProgress->setToolTip(tr("Start versus now across every measure, and the charts of this course (Ctrl+G)"));
    connect(m_showProgress, &QAction::triggered, this, [this]() { m_workspace->showPage(m_progress); });

    m_showPatientView = new QAction(tr("&Show to patient"), this);
    m_showPatientView->setObjectName(QStringLiteral("showPatientViewAction"));
    m_showPatientView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPatientView->setToolTip(
        tr("The patient's own view of this course: full screen, large type, their data only (Ctrl+Shift+P)"));
    connect(m_showPatientView, &QAction::triggered, this,
            [this]() { showPatientView(m_workspace->patientId(), m_workspace->currentCourseId()); });

    m_exportSummary = new QAction(tr("E&xport summary…"), this);
    m_exportSummary->setObjectName(QStringLiteral("exportSummaryAction"));
    m_exportSummary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSummary->setToolTip(tr("The referral summary of this course: preview, print or save as PDF"));
    connect(m_exportSummary, &QAction::triggered, this, [this]() {
        ReportExportDialog dialog(*m_db, m_instruments, m_workspace->patientId(), m_workspace->currentCourseId(), this);
        dialog.exec();
    });

    m_exportData = new QAction(tr("&Export…"), this);
    m_exportData->setObjectName(QStringLiteral("exportDataAction"));
    m_exportData->setToolTip(tr("CSV files or a FHIR bundle of one patient, the listed patients or everyone"));
    connect(m_exportData, &QAction::triggered, this, [this]() {
        QList<qint64> listed;
        for (int row = 0; row < m_register->model()->rowCount(); ++row)
            listed.append(m_register->model()->index(row, 0).data(PatientListModel::PatientIdRole).toLongLong());
        ExportDialog dialog(*m_db, m_instruments, m_workspace->patientId(), listed, this);
        dialog.exec();
    });

    m_clinicDetails = new QAction(tr("C&linic details…"), this);
    m_clinicDetails->setObjectName(QStringLiteral("clinicDetailsAction"));
    m_clinicDetails->setToolTip(tr("The letterhead, treating clinician and confidentiality line printed on reports"));
    connect(m_clinicDetails, &QAction::triggered, this, [this]() {
        ClinicDetailsDialog dialog(*m_db, this);
        dialog.exec();
    });

    m_accounts = new QAction(tr("&Accounts…"), this);
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    m_accounts->setToolTip(tr("Who signs in and what each may do; your own password and PIN"));
    connect(m_accounts, &QAction::triggered, this, &MainWindow::manageAccounts);

    m_showClinicOutcomes = new QAction(tr("Clinic &outcomes"), this);
    m_showClinicOutcomes->setObjectName(QStringLiteral("showClinicOutcomesAction"));
    m_showClinicOutcomes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_showClinicOutcomes->setToolTip(
        tr("How the clinic's patients do: per visit and treatment, responders and group differences (Ctrl+Shift+O)"));
    connect(m_showClinicOutcomes, &QAction::triggered, this, &MainWindow::showClinicOutcomes);

    m_editTemplates = new QAction(tr("Course &templates…"), this);
    m_editTemplates->setObjectName(QStringLiteral("editTemplatesAction"));
    connect(m_editTemplates, &QAction::triggered, this, &MainWindow::editTemplates);
}

void MainWindow::createMenus()
{
    const auto addMenu = [this](Menu which, const QString& title) {
        QMenu* created = menuBar()->addMenu(title);
        m_menus.insert(which, created);
        return created;
    };
    QMenu* file = addMenu(Menu::File, tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction* server = file->addAction(tr("Connect to clinic &server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectServerAction"));
    server->setToolTip(tr("Work on the clinic's shared records on a PostgreSQL server"));
    file->addAction(m_backups);
    file->addAction(m_restoreServer);
    file->addAction(m_clinicDetails);
    file->addAction(m_accounts);
    file->addAction(m_exportData);
    file->addSeparator();
    QAction* importAnswers = file->addAction(tr("&Import answers…"), this, [this]() {
        ImportAnswersDialog dialog(*m_db, m_context->instruments(), this);
        if (dialog.exec() == QDialog::Accepted)
            m_context->notifyRecordsChanged(m_workspace->patientId());
    });
    importAnswers->setObjectName(QStringLiteral("importAnswersAction"));
    m_importAnswers = importAnswers;
    file->addSeparator();
    // Present only once accounts are on (setAccount).
    m_lockAction = file->addAction(tr("&Lock"), this, [this]() {
        if (m_lock)
            m_lock->lock();
    });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setVisible(false);
    m_switchUserAction = file->addAction(tr("S&witch user…"), this, [this]() {
        if (m_lock)
            m_lock->switchUser();
    });
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_switchUserAction->setVisible(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = addMenu(Menu::Edit, tr("&Edit"));
    // The menu item names what it will undo, for whom; undoing for a patient who is not on screen asks first.
    QUndoStack* stack = m_context->undoStack();
    auto* undo = new QAction(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(undo, &QAction::triggered, this, &MainWindow::undoLastChange);
    QAction* redo = m_context->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's own key where it has one (Cmd+, on macOS); Ctrl+, elsewhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcuts(preferenceKeys);

    QMenu* patient = addMenu(Menu::Patient, tr("&Patient"));
    QAction* find = patient->addAction(tr("&Find patient"), this, [this]() {
        m_register->searchEdit()->setFocus();
        m_register->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    patient->addAction(m_newPatient);
    patient->addAction(m_editPatient);
    patient->addAction(m_archivePatient);
    patient->addAction(m_auditTrail);
    patient->addSeparator();
    patient->addAction(m_showProgress);
    patient->addAction(m_showPatientView);
    patient->addAction(m_exportSummary);
    patient->addSeparator();
    patient->addAction(m_workspace->events()->addAction());
    patient->addAction(m_workspace->events()->editAction());

    QMenu* course = addMenu(Menu::Course, tr("&Course"));
    CourseTimelineView* timeline = m_workspace->timeline();
    connect(timeline, &CourseTimelineView::selfEntryRequested, this, qOverload<qint64>(&MainWindow::startSelfEntry));
    course->addAction(timeline->startCourseAction());
    course->addSeparator();
    course->addAction(timeline->enterResultsAction());
    course->addAction(timeline->selfEntryAction());
    course->addAction(timeline->rescheduleAction());
    course->addAction(timeline->markMissedAction());
    course->addAction(timeline->cancelVisitAction());
    course->addAction(timeline->extraVisitAction());
    course->addAction(timeline->printFormsAction());
    course->addSeparator();
    course->addAction(m_editTemplates);

    QMenu* view = addMenu(Menu::View, tr("&View"));
    view->addAction(m_showToday);
    view->addAction(m_showClinicOutcomes);
    QAction* showArchived = view->addAction(tr("Show &archived patients"));
    showArchived->setCheckable(true);
    showArchived->setChecked(m_register->showArchivedCheck()->isChecked());
    connect(showArchived, &QAction::toggled, m_register->showArchivedCheck(), &QCheckBox::setChecked);
    connect(m_register->showArchivedCheck(), &QCheckBox::toggled, showArchived, &QAction::setChecked);
    QMenu* colours = view->addMenu(tr("&Colours"));
    m_colorSchemes = new QActionGroup(this);
    const QString current = AppSettings::instance().value(AppSettings::Key::ColorScheme).toString();
    const QStringList titles{tr("Follow the &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < ColorScheme::names().size(); ++i) {
        const QString name = ColorScheme::names().at(i);
        QAction* action = colours->addAction(titles.at(i));
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == current);
        m_colorSchemes->addAction(action);
        connect(action, &QAction::triggered, this, [name]() {
            AppSettings::instance().setValue(AppSettings::Key::ColorScheme, name);
            ColorScheme::apply(name);
        });
    }

    QMenu* help = addMenu(Menu::Help, tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this]() {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Outcome Tracker"), this, [this]() {
        AboutDialog dialog(m_instruments, m_db->path(), this);
        dialog.exec();
    });

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_showToday);
    m_toolBar->addAction(m_newPatient);
    m_toolBar->addSeparator();
    m_toolBar->addAction(timeline->startCourseAction());
    m_toolBar->addAction(timeline->enterResultsAction());
    m_toolBar->addAction(m_workspace->events()->addAction());
    QAction* beforeViews = m_toolBar->addSeparator();
    m_toolBar->addAction(m_showProgress);
    m_toolBar->addAction(m_showPatientView);
    // Too wide for the screen (large text on a laptop), the views of the patient take a second row rather than
    // hide in an overflow menu.
    if (m_toolBar->sizeHint().width() > ScreenFit::room(this).width()) {
        m_toolBar->removeAction(beforeViews);
        m_toolBar->removeAction(m_showProgress);
        m_toolBar->removeAction(m_showPatientView);
        addToolBarBreak();
        QToolBar* views = addToolBar(tr("Patient views"));
        views->setObjectName(QStringLiteral("patientViewsToolBar"));
        views->setMovable(false);
        views->setToolButtonStyle(Qt::ToolButtonTextOnly);
        views->addActions({m_showProgress, m_showPatientView});
    }
    updateActions();
}

QMenu* MainWindow::menu(Menu which) const
{
    return m_menus.value(which);
}

int MainWindow::addPatientPage(QWidget* page, const QString& title)
{
    return m_workspace->addPage(page, title);
}

std::function<bool()> MainWindow::clinicianCheck(QWidget* view)
{
    if (!m_account)
        return {};
    return [this, view]() {
        SignInDialog dialog(*m_db, SignInDialog::Purpose::Confirm, m_account->name, view);
        return dialog.exec() == QDialog::Accepted;
    };
}

std::optional<int> MainWindow::idleLockMaximum()
{
    Result<std::optional<int>> maximum = AccountRepository(*m_db).idleLockMaximum();
    return maximum ? *maximum : std::nullopt;
}

int MainWindow::idleLockMilliseconds()
{
    int minutes = std::max(1, AppSettings::instance().value(AppSettings::Key::IdleLockMinutes).toInt());
    if (const std::optional<int> maximum = idleLockMaximum())
        minutes = std::min(minutes, *maximum);
    return minutes * 60 * 1000;
}

bool MainWindow::mayRead(Permission permission) const
{
    return !m_account || roleAllows(m_account->role, permission);
}

void MainWindow::setAccount(const Account& account)
{
    m_account = account;
    m_db->setActor(account.name);
    if (!m_lock) {
        m_lock = new ScreenLock(*m_db, account, this);
        connect(m_lock, &ScreenLock::unlocked, this, [this](const Account& signedIn) {
            // The clinic's maximum may have changed at another workstation while this one was locked.
            m_lock->setIdleTimeout(idleLockMilliseconds());
            if (signedIn.id != m_account->id)
                setAccount(signedIn);
        });
        m_signedInLabel = new QLabel(this);
        m_signedInLabel->setObjectName(QStringLiteral("signedInLabel"));
        statusBar()->addPermanentWidget(m_signedInLabel);
        m_lockAction->setVisible(true);
        m_switchUserAction->setVisible(true);
    }
    m_lock->setIdleTimeout(idleLockMilliseconds());
    m_signedInLabel->setText(tr("Signed in: %1 (%2)").arg(account.name, roleDisplayName(account.role)));

    const bool clinical = mayRead(Permission::Clinical);
    if (!clinical) {
        // What was on screen for the account before is not for this one.
        m_pages->setCurrentWidget(m_today);
        if (m_clinicOutcomes)
            m_clinicOutcomes->close();
        if (m_patientView)
            m_patientView->close();
    }
    m_backups->setEnabled(clinical);
    m_exportData->setEnabled(clinical);
    m_importAnswers->setEnabled(clinical);
    m_showClinicOutcomes->setEnabled(clinical);
    m_restoreServer->setEnabled(mayRead(Permission::Administration));
    m_editTemplates->setEnabled(mayRead(Permission::Administration));
    m_clinicDetails->setEnabled(mayRead(Permission::Administration));
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_pages->currentWidget() == m_workspace && m_workspace->patientId() > 0;
    m_editPatient->setEnabled(open || (!mayRead(Permission::Clinical) && m_register->currentPatientId() > 0));
    m_archivePatient->setEnabled(open);
    m_auditTrail->setEnabled(open);
    m_showProgress->setEnabled(open);
    m_showPatientView->setEnabled(open && m_workspace->currentCourseId() > 0);
    m_exportSummary->setEnabled(open && m_workspace->currentCourseId() > 0);
    m_archivePatient->setText(open && m_workspace->patient().archived ? tr("Un&archive patient")
                                                                      : tr("&Archive patient"));
    // The course and event actions act on the open patient only while it is on screen.
    m_workspace->timeline()->setActionsAvailable(open);
    m_workspace->events()->setActionsAvailable(open);
}

void MainWindow::openPatient(qint64 patientId, qint64 courseId)
{
    if (!mayRead(Permission::Clinical)) {
        statusBar()->showMessage(tr("%1 (front desk) keeps names, contact details and appointments; a patient's "
                                    "record is for clinicians.")
                                     .arg(m_account->name),
                                 10000);
        editPatientDetails(patientId);
        return;
    }
    if (!m_workspace->setPatient(patientId, courseId)) {
        QMessageBox::warning(this, tr("Open patient"), tr("Patient %1 could not be opened.").arg(patientId));
        return;
    }
    m_pages->setCurrentWidget(m_workspace);
    m_register->selectPatient(patientId);
    updateActions();
    m_workspace->timeline()->table()->setFocus();
}

bool MainWindow::openPatient(const QString& chartNumber, const QString& page)
{
    const Result<Patient> patient = PatientRepository(*m_db).findByChartNumber(chartNumber);
    if (!patient)
        return false;
    openPatient(patient->id);
    if (page == QLatin1String("progress"))
        m_workspace->showPage(m_progress);
    // The patient view goes over this window, so it opens once this window is on screen.
    if (page == QLatin1String("patient"))
        QTimer::singleShot(0, this, [this]() {
            if (m_showPatientView->isEnabled())
                m_showPatientView->trigger();
        });
    return true;
}

void MainWindow::showToday()
{
    m_today->reload();
    m_pages->setCurrentWidget(m_today);
    updateActions();
    m_today->list()->setFocus();
}

VisitEntryDialog* MainWindow::openVisit(qint64 patientId, qint64 courseId, qint64 visitId)
{
    openPatient(patientId, courseId);
    if (m_workspace->patientId() != patientId)
        return nullptr;
    m_workspace->timeline()->selectVisit(visitId);
    return m_workspace->timeline()->enterResults(visitId);
}

void MainWindow::createProgressPage()
{
    // The page loads only while it is on screen: opening a patient on the timeline pays nothing for it.
    m_progress = new ProgressPanel(*m_db, m_instruments);
    m_progress->shareCompletedCourses(&m_completedCourses);
    m_progress->setObjectName(QStringLiteral("progressPage"));
    addPatientPage(m_progress, tr("Progress"));
    const auto markStale = [this]() {
        m_progressStale = true;
        refreshProgress();
        updateActions();
    };
    connect(m_workspace, &PatientWorkspace::patientOpened, this, markStale);
    connect(m_workspace, &PatientWorkspace::courseChanged, this, markStale);
    connect(m_context.get(), &AppContext::recordsChanged, this, [this, markStale](qint64 patientId) {
        if (patientId == m_workspace->patientId())
            markStale();
    });
    connect(m_workspace->pages(), &QTabWidget::currentChanged, this, &MainWindow::refreshProgress);
    connect(m_progress, &ProgressPanel::patientViewRequested, this, &MainWindow::showPatientView);
}

void MainWindow::refreshProgress()
{
    if (!m_progressStale || m_workspace->pages()->currentWidget() != m_progress)
        return;
    m_progressStale = false;
    if (m_workspace->patientId() <= 0 || m_workspace->currentCourseId() <= 0) {
        m_progress->clear(tr("This patient has no course yet: start one on the Course timeline (Ctrl+Shift+N)."));
        return;
    }
    // A failure is shown by the panel itself, in place of the charts.
    (void)m_progress->setCourse(m_workspace->patientId(), m_workspace->currentCourseId());
}

void MainWindow::showPatientView(qint64 patientId, qint64 courseId)
{
    if (patientId <= 0 || m_patientView)
        return;
    auto* view = new PatientView(*m_db, m_instruments);
    view->shareCompletedCourses(&m_completedCourses);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // The patient sees the expected course when the clinician's progress page shows it.
    view->setShowExpectedCourse(m_progress->expectedCourseBox()->isChecked());
    if (Status status = view->setCourse(patientId, courseId); !status) {
        delete view;
        QMessageBox::warning(this, tr("Show to patient"), status.error().message);
        return;
    }
    m_patientView = view;
    view->setLeaveCheck(clinicianCheck(view));
    connect(view, &QObject::destroyed, this, [this]() { m_patientView = nullptr; });
    view->present();
}

SelfEntryView* MainWindow::startSelfEntry(qint64 visitId)
{
    const qint64 patientId = m_workspace->patientId();
    if (patientId <= 0 || m_selfEntry || m_patientView)
        return nullptr;
    const Result<Patient> patient = PatientRepository(*m_db).find(patientId);
    const Result<VisitRecord> record = VisitRecordRepository(*m_db).load(visitId);
    if (!patient || !record) {
        QMessageBox::warning(this, tr("Patient fills in"), !patient ? patient.error().message : record.error().message);
        return nullptr;
    }
    auto* view = new SelfEntryView(*m_context, *patient, *record);
    view->setLeaveCheck(clinicianCheck(view));
    if (!view->hasQuestions()) {
        delete view;
        QMessageBox::information(this, tr("Patient fills in"),
                                 tr("%1 plans no questionnaire for the patient that is not entered yet. Lab values "
                                    "are entered by the clinic: use Enter results (Ctrl+E).")
                                     .arg(record->visit.title()));
        return nullptr;
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    m_selfEntry = view;
    // Nothing of this window is reachable by the patient, whatever reaches it (a window switcher, a stray click).
    setEnabled(false);
    connect(view, &QObject::destroyed, this, [this]() {
        m_selfEntry = nullptr;
        setEnabled(true);
    });
    connect(view, &SelfEntryView::left, this, [this](qint64 leftVisit) {
        m_pages->setCurrentWidget(m_workspace);
        m_workspace->showPage(m_workspace->timeline());
        m_workspace->timeline()->reload();
        m_workspace->timeline()->selectVisit(leftVisit);
        activateWindow();
        m_workspace->timeline()->table()->setFocus();
    });
    view->present();
    return view;
}

Result<SelfEntryView*> MainWindow::startSelfEntry(const QString& chartNumber)
{
    if (!openPatient(chartNumber, QStringLiteral("timeline")))
        return makeError(ErrorKind::NotFound,
                         tr("No patient has chart number \"%1\". Check the number in the register.").arg(chartNumber));
    const Result<QList<Visit>> visits = CourseRepository(*m_db).visits(m_workspace->currentCourseId());
    if (!visits)
        return visits.error();
    const auto next = std::find_if(visits->cbegin(), visits->cend(),
                                   [](const Visit& visit) { return visit.status == VisitStatus::Scheduled; });
    if (next == visits->cend())
        return makeError(ErrorKind::NotFound, tr("Patient %1 has no planned visit left in the current course. Start "
                                                 "a course (Ctrl+Shift+N) or add an extra visit (Ctrl+Shift+X).")
                                                  .arg(chartNumber));
    m_workspace->timeline()->selectVisit(next->id);
    SelfEntryView* view = startSelfEntry(next->id);
    if (!view)
        return makeError(
            ErrorKind::Invalid,
            tr("%1 of patient %2 has no questionnaire left for the patient.").arg(next->title(), chartNumber));
    return view;
}

void MainWindow::newPatient()
{
    PatientFormDialog dialog(*m_db, Patient{}, this, &m_context->instruments());
    if (!mayRead(Permission::Clinical))
        dialog.hideNotes();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->notifyRecordsChanged(dialog.savedPatientId());
    m_register->showPatient(dialog.savedPatient());
    if (mayRead(Permission::Clinical))
        openPatient(dialog.savedPatientId());
}

void MainWindow::editPatient()
{
    if (m_workspace->patientId() > 0 && m_pages->currentWidget() == m_workspace) {
        PatientFormDialog dialog(*m_db, m_workspace->patient(), this, &m_context->instruments());
        if (dialog.exec() == QDialog::Accepted)
            m_context->notifyRecordsChanged(m_workspace->patientId());
        return;
    }
    // The front desk edits who a patient is from the register, without opening the record.
    if (!mayRead(Permission::Clinical) && m_register->currentPatientId() > 0)
        editPatientDetails(m_register->currentPatientId());
}

void MainWindow::editPatientDetails(qint64 patientId)
{
    const Result<Patient> patient = PatientRepository(*m_db).find(patientId);
    if (!patient) {
        QMessageBox::warning(this, tr("Edit patient"), patient.error().message);
        return;
    }
    PatientFormDialog dialog(*m_db, *patient, this, &m_context->instruments());
    if (!mayRead(Permission::Clinical))
        dialog.hideNotes();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->notifyRecordsChanged(patientId);
    m_register->showPatient(dialog.savedPatient());
}

void MainWindow::toggleArchived()
{
    const Patient& patient = m_workspace->patient();
    if (patient.id <= 0)
        return;
    const bool archive = !patient.archived;
    const std::optional<QString> reason = ReasonDialog::ask(
        this, archive ? tr("Archive patient") : tr("Unarchive patient"),
        archive ? tr("Why is %1 being archived? Archived patients are hidden from the register, never deleted; "
                     "View ▸ Show archived patients brings them back.")
                      .arg(patient.displayName())
                : tr("Why is %1 being brought back to the register?").arg(patient.displayName()));
    if (!reason)
        return;
    if (Status status = PatientRepository(*m_db).setArchived(patient.id, archive, *reason); !status) {
        QMessageBox::warning(this, tr("Archive patient"), status.error().message);
        return;
    }
    m_context->notifyRecordsChanged(patient.id);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(AppSettings::instance(), this);
    dialog.setDatabasePath(m_db->path());
    if (m_account)
        dialog.setIdleLockMaximum(idleLockMaximum());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The colours may have changed in the dialog; the View menu shows the one in force.
    const QString scheme = AppSettings::instance().value(AppSettings::Key::ColorScheme).toString();
    for (QAction* action : m_colorSchemes->actions())
        action->setChecked(action->data().toString() == scheme);
    if (m_lock)
        m_lock->setIdleTimeout(idleLockMilliseconds());
}

AccountsDialog* MainWindow::manageAccounts()
{
    auto* dialog = new AccountsDialog(*m_db, m_account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::firstAccountMade, this, &MainWindow::setAccount);
    connect(dialog, &AccountsDialog::idleLockMaximumChanged, this, [this]() {
        if (m_lock)
            m_lock->setIdleTimeout(idleLockMilliseconds());
    });
    dialog->open();
    return dialog;
}

void MainWindow::editTemplates()
{
    CourseTemplateEditor editor(*m_context, this);
    editor.exec();
}

void MainWindow::openDatabase()
{
    const QString folder =
        m_db->isServer() ? QFileInfo(Database::defaultPath()).absolutePath() : QFileInfo(m_db->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), folder,
                                                      tr("Outcome Tracker databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        reopenIn(path);
}

void MainWindow::connectToServer()
{
    ServerConnectionDialog dialog(m_db->path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reopenIn(dialog.address(), dialog.typedPassword());
}

void MainWindow::reopenIn(const QString& location, const QString& password)
{
    // Each database gets its own window process, so nothing of this one is left half-open.
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--db"), location});
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
    }
    if (process.startDetached())
        close();
    else
        QMessageBox::warning(this, tr("Open database"), tr("Could not start Outcome Tracker for %1.").arg(location));
}

void MainWindow::backUpServer()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.%3")
                          .arg(m_db->databaseName(), Clock::today().toString(QStringLiteral("yyyyMMdd")),
                               QLatin1String(ServerBackup::kSuffix)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back up the clinic server"), suggested,
                                     tr("Server backups (*.%1)").arg(QLatin1String(ServerBackup::kSuffix)));
    if (path.isEmpty())
        return;
    const Status made = WaitCursor::during([&]() { return m_db->backupTo(path); });
    if (made)
        statusBar()->showMessage(tr("Backed up the clinic server to %1.").arg(path), 8000);
    else
        QMessageBox::warning(this, tr("Backup failed"), made.error().message);
}

void MainWindow::undoLastChange()
{
    QUndoStack* stack = m_context->undoStack();
    if (!stack->canUndo())
        return;
    const auto* command = dynamic_cast<const VisitRecordCommand*>(stack->command(stack->index() - 1));
    const bool onScreen =
        command && m_pages->currentWidget() == m_workspace && m_workspace->patientId() == command->patientId();
    if (!onScreen) {
        QMessageBox box(QMessageBox::Question, tr("Undo"), tr("Undo the %1?").arg(stack->undoText()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("undoOffScreenBox"));
        box.setInformativeText(tr("This changes the records of a patient who is not on screen."));
        QPushButton* confirm = box.addButton(tr("Undo"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return;
    }
    stack->undo();
}

void MainWindow::confirmUndoStep(int index)
{
    const QUndoStack* stack = m_context->undoStack();
    if (index < m_undoIndex && stack->command(index))
        statusBar()->showMessage(tr("Undone: %1.").arg(stack->command(index)->text()), 8000);
    else if (index > m_undoIndex && index > 0 && stack->command(index - 1))
        statusBar()->showMessage(tr("Done: %1. Ctrl+Z undoes it.").arg(stack->command(index - 1)->text()), 8000);
    m_undoIndex = index;
}

void MainWindow::restoreServer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore the clinic server"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Server backups (*.%1)").arg(QLatin1String(ServerBackup::kSuffix)));
    if (!path.isEmpty())
        restoreServerFrom(path);
}

bool MainWindow::restoreServerFrom(const QString& backupPath)
{
    if (Status usable = ServerBackup::checkBackup(backupPath); !usable) {
        QMessageBox::warning(this, tr("Restore failed"), usable.error().message);
        return false;
    }
    const QFileInfo backup(backupPath);
    QMessageBox box(QMessageBox::Warning, tr("Restore the clinic server"),
                    tr("<p>Restoring replaces the records on the clinic server with the backup, for every "
                       "workstation. Changes saved since the backup are no longer on the server; what it holds now "
                       "is kept first, beside the backup.</p>"
                       "<p><b>Replace:</b><br>%1</p><p><b>With the backup:</b><br>%2 (%3, saved %4)</p>")
                        .arg(SummaryText::describe(DatabaseSummary::ofDatabase(*m_db)),
                             backup.absoluteFilePath().toHtmlEscaped(), QLocale().formattedDataSize(backup.size()),
                             QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmServerRestoreBox"));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("confirmServerRestoreButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    const Result<QString> kept = WaitCursor::during([&]() { return ServerBackup::restore(*m_db, backupPath); });
    if (!kept) {
        QMessageBox::warning(this, tr("Restore failed"), kept.error().message);
        return false;
    }
    // What was on screen, and every step that could be undone, belonged to the records that were replaced.
    m_context->undoStack()->clear();
    showToday();
    m_context->notifyRecordsChanged(0);
    statusBar()->showMessage(
        tr("Restored the clinic server from %1. What it held before is kept as %2.").arg(backupPath, *kept));
    return true;
}

void MainWindow::updateTitle()
{
    QString name = QFileInfo(m_db->path()).fileName();
    if (m_db->isServer()) {
        if (const Result<ServerAddress> address = PostgresDialect::parseAddress(m_db->path()); address)
            name = tr("%1 on %2").arg(address->database, address->host);
    }
    setWindowTitle(m_db->isReadOnly() ? tr("%1 (read-only) — Outcome Tracker").arg(name)
                                      : tr("%1 — Outcome Tracker").arg(name));
    setWindowFilePath(m_db->path());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings& settings = AppSettings::instance();
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    settings.sync();
    event->accept();
}

} // namespace outcome
