// Accounts in the desktop program: the idle lock hides every window and keeps an unsaved form, Ctrl+L locks at
// once, the password (not a wrong one) unlocks, and switching to a front-desk account leaves the register and the
// schedule but no clinical record.
#include "AccountRepository.h"
#include "AppSettings.h"
#include "CourseTimelineView.h"
#include "Database.h"
#include "FixedClock.h"
#include "HoldToConfirmButton.h"
#include "InlineMessage.h"
#include "InstrumentForm.h"
#include "MainWindow.h"
#include "PatientFormDialog.h"
#include "PatientView.h"
#include "PatientWorkspace.h"
#include "ScreenLock.h"
#include "SignInDialog.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "VisitEntryDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {
const QDate kToday(2026, 6, 15);
const QString kClinicianPassword = QStringLiteral("clinic-pass-2");
const QString kFrontDeskPassword = QStringLiteral("front-pass-3");

// Whether a lock cover hides the whole of `window`.
bool covered(QWidget* window)
{
    const QWidget* cover = window->findChild<QWidget*>(QStringLiteral("lockCover"), Qt::FindDirectChildrenOnly);
    return cover && cover->isVisible() && cover->geometry() == window->rect();
}

// Three accounts, with the clinician "ben" signed in.
bool signInAsClinician(MainWindow& window)
{
    AccountRepository accounts(window.database(), Argon2Cost::lowest());
    if (!accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("admin-pass-1"))) ||
        !accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(kClinicianPassword)) ||
        !accounts.add(QStringLiteral("cy"), Role::FrontDesk, Passphrase(kFrontDeskPassword)))
        return false;
    const Result<Account> ben = accounts.signIn(QStringLiteral("ben"), Passphrase(kClinicianPassword));
    if (!ben)
        return false;
    window.setAccount(*ben);
    return true;
}

void signInOnLock(ScreenLock* lock, const QString& password)
{
    SignInDialog* dialog = lock->dialog();
    QVERIFY(dialog);
    dialog->passwordField()->setText(password);
    dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
}
} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void idleLockHidesEverythingAndKeepsTheForm();
    void lockByHandAndEscapeDoesNotOpen();
    void switchingToTheFrontDesk();
    void leavingThePatientViewAsksForThePin();

private:
    const FixedClock m_clock{kToday};
    QTemporaryDir m_settingsDir;
    PatientWindow m_clinic;
};

void TestScreenLock::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestScreenLock::initTestCase_data()
{
    addEngineRows();
}

void TestScreenLock::init()
{
    OT_SCRATCH_FOR_ENGINE(m_clinic.scratch);
    QVERIFY(m_clinic.open(QStringLiteral("lock.db"),
                          {QStringLiteral("L1"), QStringLiteral("Okafor"), QStringLiteral("Ada")}, kToday.addDays(-28),
                          signInAsClinician));
    QVERIFY(m_clinic.window->patientWorkspace()->isVisible());
}

void TestScreenLock::cleanup()
{
    m_clinic.close();
}

void TestScreenLock::idleLockHidesEverythingAndKeepsTheForm()
{
    ScreenLock* lock = m_clinic.window->screenLock();
    QVERIFY(lock);
    // The preference (five minutes unless changed) is what the window starts with.
    QCOMPARE(lock->idleTimeout(), 5 * 60 * 1000);

    Visit baseline;
    for (const Visit& visit : visitsOf(m_clinic.window->database(), m_clinic.course.id)) {
        if (visit.title() == QLatin1String("Baseline"))
            baseline = visit;
    }
    QPointer<VisitEntryDialog> form = m_clinic.window->patientWorkspace()->timeline()->enterResults(baseline.id);
    QVERIFY2(form, qPrintable(QString::number(baseline.id)));
    QVERIFY(activated(form));
    typeIntoFocus(QStringLiteral("232"));
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 3);
    QVERIFY(!lock->isLocked());

    // A short wait without input, as a test can afford.
    lock->setIdleTimeout(400);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
    QVERIFY(covered(m_clinic.window.get()));
    QVERIFY(covered(form));
    QVERIFY(form->isVisible()); // hidden behind the cover, not closed
    QCOMPARE(lock->dialog()->nameField()->text(), QStringLiteral("ben"));
    QVERIFY(lock->dialog()->nameField()->isReadOnly());

    signInOnLock(lock, QStringLiteral("not-his-password"));
    QVERIFY(lock->isLocked());
    QVERIFY2(lock->dialog()->message()->text().contains(QLatin1String("wrong password")),
             qPrintable(lock->dialog()->message()->text()));
    QVERIFY(covered(m_clinic.window.get()));

    signInOnLock(lock, kClinicianPassword);
    QVERIFY(!lock->isLocked());
    QVERIFY(!m_clinic.window->findChild<QWidget*>(QStringLiteral("lockCover")));
    QVERIFY(!form->findChild<QWidget*>(QStringLiteral("lockCover")));
    QVERIFY(form);
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 3);
    form->done(QDialog::Rejected);
}

void TestScreenLock::lockByHandAndEscapeDoesNotOpen()
{
    auto* lockAction = m_clinic.window->findChild<QAction*>(QStringLiteral("lockAction"));
    QVERIFY(lockAction && lockAction->isVisible());
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    ScreenLock* lock = m_clinic.window->screenLock();
    QVERIFY(lock->isLocked());
    QVERIFY(covered(m_clinic.window.get()));
    QVERIFY(activated(lock->dialog()));
    QTest::keyClick(lock->dialog(), Qt::Key_Escape);
    QVERIFY(lock->isLocked());
    QVERIFY(lock->dialog()->isVisible());
    lock->dialog()->close();
    QVERIFY(lock->isLocked());
    QVERIFY(lock->dialog()->isVisible());
    signInOnLock(lock, kClinicianPassword);
    QVERIFY(!lock->isLocked());
}

void TestScreenLock::switchingToTheFrontDesk()
{
    QCOMPARE(m_clinic.window->database().actor(), QStringLiteral("ben"));
    // The clinician leaves a visit form half done.
    QPointer<VisitEntryDialog> form = m_clinic.window->patientWorkspace()->timeline()->enterResults(
        visitsOf(m_clinic.window->database(), m_clinic.course.id).first().id);
    QVERIFY(form && activated(form));
    typeIntoFocus(QStringLiteral("23"));
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 2);

    auto* switchAction = m_clinic.window->findChild<QAction*>(QStringLiteral("switchUserAction"));
    QVERIFY(switchAction);
    switchAction->trigger();
    ScreenLock* lock = m_clinic.window->screenLock();
    QVERIFY(lock->isLocked());
    SignInDialog* dialog = lock->dialog();
    QVERIFY(!dialog->nameField()->isReadOnly());
    dialog->nameField()->setText(QStringLiteral("cy"));
    signInOnLock(lock, kFrontDeskPassword);
    QVERIFY(!lock->isLocked());
    QCOMPARE(m_clinic.window->account()->name, QStringLiteral("cy"));
    QCOMPARE(m_clinic.window->database().actor(), QStringLiteral("cy"));

    // The record that was open is gone from the screen, and no patient's record opens.
    QVERIFY(!m_clinic.window->patientWorkspace()->isVisible());
    // Opening a patient gives the front desk the details form, without the clinician's notes, never the record.
    bool detailsOpened = false;
    bool notesShown = true;
    whenDialogOpens<PatientFormDialog>([&](PatientFormDialog* details) {
        detailsOpened = true;
        notesShown = details->findChild<QWidget*>(QStringLiteral("patientNotesEdit"))->isVisibleTo(details);
        details->reject();
    });
    m_clinic.window->openPatient(m_clinic.patientId);
    QVERIFY(detailsOpened);
    QVERIFY(!notesShown);
    QVERIFY(!m_clinic.window->patientWorkspace()->isVisible());
    QVERIFY(!m_clinic.window->showClinicOutcomes());
    // The clinician's form is kept, but covered and out of reach.
    QVERIFY(form);
    QVERIFY(covered(form));
    QVERIFY(!form->isEnabled());
    QVERIFY(!covered(m_clinic.window.get()));
    for (const QString& name : {QStringLiteral("importAnswersAction")})
        QVERIFY2(!m_clinic.window->findChild<QAction*>(name)->isEnabled(), qPrintable(name));
    auto* label = m_clinic.window->findChild<QLabel*>(QStringLiteral("signedInLabel"));
    QVERIFY(label && label->text().contains(QLatin1String("cy")));

    // Back to the clinician: the record opens again.
    switchAction->trigger();
    lock->dialog()->nameField()->setText(QStringLiteral("ben"));
    signInOnLock(lock, kClinicianPassword);
    QVERIFY(form && !covered(form) && form->isEnabled());
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 2);
    form->done(QDialog::Rejected);
    m_clinic.window->openPatient(m_clinic.patientId);
    QVERIFY(m_clinic.window->patientWorkspace()->isVisible());
}

void TestScreenLock::leavingThePatientViewAsksForThePin()
{
    const Passphrase pin(QStringLiteral("2468"));
    QVERIFY(AccountRepository(m_clinic.window->database(), Argon2Cost::lowest()).setPin(QStringLiteral("ben"), &pin));
    m_clinic.window->showPatientView(m_clinic.patientId);
    QPointer<PatientView> view = m_clinic.window->patientView();
    QVERIFY(view);

    // Held, then cancelled: the patient keeps the screen.
    whenDialogOpens<SignInDialog>([](SignInDialog* dialog) {
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("ben"));
        dialog->findChild<QPushButton*>(QStringLiteral("signInQuit"))->click();
    });
    emit view->closeButton()->confirmed();
    QVERIFY(view && view->isVisible());

    // A wrong PIN is refused in the dialog; the right one closes the view.
    QString refusal;
    whenDialogOpens<SignInDialog>([&refusal](SignInDialog* dialog) {
        dialog->passwordField()->setText(QStringLiteral("1357"));
        dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
        refusal = dialog->message()->text();
        QVERIFY(dialog->isVisible());
        dialog->passwordField()->setText(QStringLiteral("2468"));
        dialog->findChild<QPushButton*>(QStringLiteral("signInButton"))->click();
    });
    emit view->closeButton()->confirmed();
    QVERIFY2(refusal.contains(QLatin1String("wrong PIN")), qPrintable(refusal));
    QTRY_VERIFY(!m_clinic.window->patientView());
}

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
