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
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_patientId = 0;
    Course m_course;
};

void TestScreenLock::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestScreenLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = openDatabase(m_dir->filePath(QStringLiteral("lock.db")));
    QVERIFY(db);
    m_patientId = addPatient(*db, QStringLiteral("L1"), QStringLiteral("Okafor"), QStringLiteral("Ada"));
    m_course = startStandardCourse(*db, m_patientId, kToday.addDays(-28));
    AccountRepository accounts(*db, PasswordHash::Cost::lowest());
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("admin-pass-1"))));
    QVERIFY(accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(kClinicianPassword)));
    QVERIFY(accounts.add(QStringLiteral("cy"), Role::FrontDesk, Passphrase(kFrontDeskPassword)));
    const Result<Account> ben = accounts.signIn(QStringLiteral("ben"), Passphrase(kClinicianPassword));
    QVERIFY(ben);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->setAccount(*ben);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openPatient(m_patientId);
    QVERIFY(m_window->patientWorkspace()->isVisible());
}

void TestScreenLock::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestScreenLock::idleLockHidesEverythingAndKeepsTheForm()
{
    ScreenLock* lock = m_window->screenLock();
    QVERIFY(lock);
    // The preference (five minutes unless changed) is what the window starts with.
    QCOMPARE(lock->idleTimeout(), 5 * 60 * 1000);

    Visit baseline;
    for (const Visit& visit : visitsOf(m_window->database(), m_course.id)) {
        if (visit.title() == QLatin1String("Baseline"))
            baseline = visit;
    }
    QPointer<VisitEntryDialog> form = m_window->patientWorkspace()->timeline()->enterResults(baseline.id);
    QVERIFY2(form, qPrintable(QString::number(baseline.id)));
    QVERIFY(activated(form));
    typeIntoFocus(QStringLiteral("232"));
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 3);
    QVERIFY(!lock->isLocked());

    // A short wait without input, as a test can afford.
    lock->setIdleTimeout(400);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
    QVERIFY(covered(m_window.get()));
    QVERIFY(covered(form));
    QVERIFY(form->isVisible()); // hidden behind the cover, not closed
    QCOMPARE(lock->dialog()->nameField()->text(), QStringLiteral("ben"));
    QVERIFY(lock->dialog()->nameField()->isReadOnly());

    signInOnLock(lock, QStringLiteral("not-his-password"));
    QVERIFY(lock->isLocked());
    QVERIFY2(lock->dialog()->message()->text().contains(QLatin1String("wrong password")),
             qPrintable(lock->dialog()->message()->text()));
    QVERIFY(covered(m_window.get()));

    signInOnLock(lock, kClinicianPassword);
    QVERIFY(!lock->isLocked());
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("lockCover")));
    QVERIFY(!form->findChild<QWidget*>(QStringLiteral("lockCover")));
    QVERIFY(form);
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 3);
    form->done(QDialog::Rejected);
}

void TestScreenLock::lockByHandAndEscapeDoesNotOpen()
{
    auto* lockAction = m_window->findChild<QAction*>(QStringLiteral("lockAction"));
    QVERIFY(lockAction && lockAction->isVisible());
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    ScreenLock* lock = m_window->screenLock();
    QVERIFY(lock->isLocked());
    QVERIFY(covered(m_window.get()));
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
    QCOMPARE(m_window->database().actor(), QStringLiteral("ben"));
    // The clinician leaves a visit form half done.
    QPointer<VisitEntryDialog> form =
        m_window->patientWorkspace()->timeline()->enterResults(visitsOf(m_window->database(), m_course.id).first().id);
    QVERIFY(form && activated(form));
    typeIntoFocus(QStringLiteral("23"));
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 2);

    auto* switchAction = m_window->findChild<QAction*>(QStringLiteral("switchUserAction"));
    QVERIFY(switchAction);
    switchAction->trigger();
    ScreenLock* lock = m_window->screenLock();
    QVERIFY(lock->isLocked());
    SignInDialog* dialog = lock->dialog();
    QVERIFY(!dialog->nameField()->isReadOnly());
    dialog->nameField()->setText(QStringLiteral("cy"));
    signInOnLock(lock, kFrontDeskPassword);
    QVERIFY(!lock->isLocked());
    QCOMPARE(m_window->account()->name, QStringLiteral("cy"));
    QCOMPARE(m_window->database().actor(), QStringLiteral("cy"));

    // The record that was open is gone from the screen, and no patient's record opens.
    QVERIFY(!m_window->patientWorkspace()->isVisible());
    m_window->openPatient(m_patientId);
    QVERIFY(!m_window->patientWorkspace()->isVisible());
    QVERIFY(!m_window->showClinicOutcomes());
    // The clinician's form is kept, but covered and out of reach.
    QVERIFY(form);
    QVERIFY(covered(form));
    QVERIFY(!form->isEnabled());
    QVERIFY(!covered(m_window.get()));
    for (const QString& name : {QStringLiteral("importAnswersAction")})
        QVERIFY2(!m_window->findChild<QAction*>(name)->isEnabled(), qPrintable(name));
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("signedInLabel"));
    QVERIFY(label && label->text().contains(QLatin1String("cy")));

    // Back to the clinician: the record opens again.
    switchAction->trigger();
    lock->dialog()->nameField()->setText(QStringLiteral("ben"));
    signInOnLock(lock, kClinicianPassword);
    QVERIFY(form && !covered(form) && form->isEnabled());
    QCOMPARE(form->form(QStringLiteral("odi"))->answers().answeredCount(), 2);
    form->done(QDialog::Rejected);
    m_window->openPatient(m_patientId);
    QVERIFY(m_window->patientWorkspace()->isVisible());
}

void TestScreenLock::leavingThePatientViewAsksForThePin()
{
    const Passphrase pin(QStringLiteral("2468"));
    QVERIFY(AccountRepository(m_window->database(), PasswordHash::Cost::lowest()).setPin(QStringLiteral("ben"), &pin));
    m_window->showPatientView(m_patientId);
    QPointer<PatientView> view = m_window->patientView();
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
    QTRY_VERIFY(!m_window->patientView());
}

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
