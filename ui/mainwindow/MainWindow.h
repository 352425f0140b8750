// The clinician's main window: the register on the left; on the right the start-of-day list or the open patient.
// Other parts of the program extend it through menu(), mainToolBar() and addPatientPage().
#pragma once

#include "Account.h"
#include "ExpectedCourseReader.h"
#include "InstrumentLibrary.h"
#include "Result.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QActionGroup;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace outcome {

class AppContext;
class ChangesElsewhere;
class AccountsDialog;
class ClinicOutcomesView;
class Database;
class PatientRegisterView;
class PatientView;
class ProgressPanel;
class ScreenLock;
class SelfEntryView;
class PatientWorkspace;
class PrivacyNotice;
class TodayView;
class VisitEntryDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu
    {
        File,
        Edit,
        Patient,
        Course,
        View,
        Help
    };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    AppContext& context() { return *m_context; }
    PatientRegisterView* registerView() const { return m_register; }
    PatientWorkspace* patientWorkspace() const { return m_workspace; }
    TodayView* todayView() const { return m_today; }
    ProgressPanel* progressPanel() const { return m_progress; }
    // The full-screen view shown to the patient, while it is open.
    PatientView* patientView() const { return m_patientView; }
    // Watches for saves made by other copies of the program on the same file.
    ChangesElsewhere* changesElsewhere() const { return m_changesElsewhere; }
    PrivacyNotice* privacyNotice() const { return m_privacy; }

    // Where other features add their actions ("Patient view", "Export summary…", "Backup…").
    QMenu* menu(Menu which) const;
    QToolBar* mainToolBar() const { return m_toolBar; }
    // A page in the open patient's workspace (progress charts, a start-versus-now summary); returns its index.
    int addPatientPage(QWidget* page, const QString& title);

    // Replaces the clinic server's records with the pg_dump backup at `backupPath`, after showing both and asking;
    // what the server held is kept beside the backup first. Every workstation is told. False when nothing changed.
    bool restoreServerFrom(const QString& backupPath);
    void openPatient(qint64 patientId, qint64 courseId = 0);
    // Opens the patient with this chart number on a page ("timeline", "progress", or "patient": the view shown to the
    // patient); false when there is none.
    bool openPatient(const QString& chartNumber, const QString& page);
    void showToday();
    // Opens (or raises) View ▸ Clinic outcomes, its own window beside this one.
    ClinicOutcomesView* showClinicOutcomes();
    // File ▸ Accounts: opened over this window (not modal to the application, so the idle lock still covers it).
    AccountsDialog* manageAccounts();
    // Opens the patient and the entry dialog for one of their visits.
    VisitEntryDialog* openVisit(qint64 patientId, qint64 courseId, qint64 visitId);
    // Shows a course of the patient full screen, for the patient to read.
    void showPatientView(qint64 patientId, qint64 courseId = 0);
    // The open patient answers a visit's questionnaires themselves, full screen; this window takes nothing until the
    // clinician closes that view, then shows the visit. Null (with a message shown) when there is nothing to answer.
    SelfEntryView* startSelfEntry(qint64 visitId);
    // Self-entry at the next planned visit of the current course of the patient with this chart number; the error
    // says what to do when there is no such patient or visit.
    Result<SelfEntryView*> startSelfEntry(const QString& chartNumber);
    SelfEntryView* selfEntryView() const { return m_selfEntry; }

    // With accounts on: who signed in. Starts the idle lock (Ctrl+L locks at once, Ctrl+Shift+L switches user) and
    // limits the window to what the account's role may see: the front desk gets the register and the schedule,
    // never a patient's clinical record.
    void setAccount(const Account& account);
    const std::optional<Account>& account() const { return m_account; }
    ScreenLock* screenLock() const { return m_lock; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void createMenus();
    void newPatient();
    void editPatient();
    // A patient's details from the register (the front desk's way in), without opening the record.
    void editPatientDetails(qint64 patientId);
    void toggleArchived();
    void editTemplates();
    void editPreferences();
    void openDatabase();
    // File ▸ Connect to clinic server: the address is tried, then opened in a new window process.
    void connectToServer();
    // Ends this window and opens `location` (a file or a server address) in a new window process; a password typed
    // for a server travels in that process's environment only.
    void reopenIn(const QString& location, const QString& password = {});
    // A clinic server's backup: a pg_dump file of the user's choice.
    void backUpServer();
    // Asks for a server backup (a .dump file) and restores it (restoreServerFrom).
    void restoreServer();
    void updateActions();
    void updateTitle();
    bool mayRead(Permission permission) const;
    // This workstation's preference, held to the clinic's maximum when an administrator set one.
    int idleLockMilliseconds();
    std::optional<int> idleLockMaximum();
    // With accounts on, the PIN or password asked before a full-screen patient view is left; none without.
    std::function<bool()> clinicianCheck(QWidget* view);
    void undoLastChange();
    // The status bar confirms each step of the undo stack: what was done, undone or redone.
    void confirmUndoStep(int index);
    void createProgressPage();
    // Reloads the progress page when it is on screen and something it shows has changed.
    void refreshProgress();

    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_instruments;
    std::unique_ptr<AppContext> m_context;
    // The clinic's completed courses for the expected-course bands, shared by the progress page and the patient
    // view, read in the background once the window is shown.
    CompletedCourseCache m_completedCourses;
    PatientRegisterView* m_register = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_pages = nullptr;
    TodayView* m_today = nullptr;
    PatientWorkspace* m_workspace = nullptr;
    QToolBar* m_toolBar = nullptr;
    ProgressPanel* m_progress = nullptr;
    bool m_progressStale = true;
    PatientView* m_patientView = nullptr;
    SelfEntryView* m_selfEntry = nullptr;
    ChangesElsewhere* m_changesElsewhere = nullptr;
    PrivacyNotice* m_privacy = nullptr;
    ClinicOutcomesView* m_clinicOutcomes = nullptr;
    std::optional<Account> m_account;
    ScreenLock* m_lock = nullptr;
    QLabel* m_signedInLabel = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_switchUserAction = nullptr;
    QAction* m_importAnswers = nullptr;
    QAction* m_showClinicOutcomes = nullptr;
    int m_undoIndex = 0;
    QMap<Menu, QMenu*> m_menus;

    QAction* m_showToday = nullptr;
    QAction* m_newPatient = nullptr;
    QAction* m_editPatient = nullptr;
    QAction* m_archivePatient = nullptr;
    QAction* m_editTemplates = nullptr;
    QAction* m_auditTrail = nullptr;
    QAction* m_backups = nullptr;
    QAction* m_restoreServer = nullptr; // on a server only: for an administrator
    QAction* m_showProgress = nullptr;
    QAction* m_showPatientView = nullptr;
    QAction* m_exportSummary = nullptr;
    QAction* m_clinicDetails = nullptr;
    QAction* m_accounts = nullptr;
    QAction* m_exportData = nullptr;
    QActionGroup* m_colorSchemes = nullptr;
};

} // namespace outcome
