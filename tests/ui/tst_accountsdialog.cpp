// File ▸ Accounts, driven on real widgets: the first account made in the program signs it in; an administrator adds,
// re-passwords and disables accounts and sets the clinic's idle-lock maximum, which every window obeys; anyone else
// changes only their own password, after proving it; and the front desk edits a patient's details from the register
// without seeing the clinician's notes.
#include "AccountRepository.h"
#include "AccountsDialog.h"
#include "AppSettings.h"
#include "AuditTrail.h"
#include "Database.h"
#include "FixedClock.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "PatientFormDialog.h"
#include "PatientRegisterView.h"
#include "PatientWorkspace.h"
#include "PreferencesDialog.h"
#include "ScreenLock.h"
#include "TestSupport.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace outcome;
using namespace outcome::test;

namespace {
const QDate kToday(2026, 6, 15);
const Argon2Cost kCheap = Argon2Cost::lowest();

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

void click(QWidget* parent, const char* button)
{
    auto* found = child<QPushButton>(parent, button);
    QVERIFY2(found, button);
    QVERIFY2(found->isEnabled(), button);
    QTest::mouseClick(found, Qt::LeftButton);
}

// Fills the secret fields of an account dialog and presses its OK button.
void submit(AccountEditDialog* dialog, const QString& secret, const QString& again, const QString& current = {})
{
    if (!current.isNull())
        child<QLineEdit>(dialog, "accountCurrentPassword")->setText(current);
    child<QLineEdit>(dialog, "accountSecretEdit")->setText(secret);
    child<QLineEdit>(dialog, "accountRepeatEdit")->setText(again);
    QMetaObject::invokeMethod(dialog, "accept");
}

QStringList rowTexts(QTreeWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        texts.append(table->topLevelItem(row)->text(column));
    return texts;
}

bool addAccounts(MainWindow& window, const QString& signInAs, const QString& password)
{
    AccountRepository accounts(window.database(), kCheap);
    if (!accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("admin-pass-1"))) ||
        !accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("clinic-pass-2"))) ||
        !accounts.add(QStringLiteral("cy"), Role::FrontDesk, Passphrase(QStringLiteral("front-pass-3"))))
        return false;
    const Result<Account> signedIn = accounts.signIn(signInAs, Passphrase(password));
    if (!signedIn)
        return false;
    window.setAccount(*signedIn);
    return true;
}
} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void firstAccountSignsTheProgramIn();
    void administratorManagesAccounts();
    void idleLockMaximumHoldsEveryWorkstation();
    void othersChangeOnlyTheirOwnPassword();
    void frontDeskEditsDetailsWithoutNotes();

private:
    bool open(const std::function<bool(MainWindow&)>& beforeShow = {});
    AccountsDialog* accountsDialog();

    const FixedClock m_clock{kToday};
    QTemporaryDir m_settingsDir;
    PatientWindow m_clinic;
};

void TestAccountsDialog::initTestCase()
{
    AppSettings::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestAccountsDialog::initTestCase_data()
{
    addEngineRows();
}

void TestAccountsDialog::init()
{
    OT_SCRATCH_FOR_ENGINE(m_clinic.scratch);
}

void TestAccountsDialog::cleanup()
{
    m_clinic.close();
}

bool TestAccountsDialog::open(const std::function<bool(MainWindow&)>& beforeShow)
{
    return m_clinic.open(QStringLiteral("accounts.db"),
                         {QStringLiteral("A1"), QStringLiteral("Okafor"), QStringLiteral("Ada")}, kToday.addDays(-28),
                         beforeShow);
}

AccountsDialog* TestAccountsDialog::accountsDialog()
{
    auto* action = m_clinic.window->findChild<QAction*>(QStringLiteral("accountsAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* dialog = m_clinic.window->findChild<AccountsDialog*>();
    if (dialog)
        dialog->setCost(kCheap);
    return dialog;
}

void TestAccountsDialog::firstAccountSignsTheProgramIn()
{
    QVERIFY(open());
    QVERIFY(!m_clinic.window->account());
    AccountsDialog* dialog = accountsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->table()->topLevelItemCount(), 0);
    QVERIFY(!child<QCheckBox>(dialog, "idleLockMaximumCheck")->isVisibleTo(dialog));

    QStringList refusals;
    bool roleFixed = false;
    whenDialogOpens<AccountEditDialog>([&](AccountEditDialog* edit) {
        auto* role = child<QComboBox>(edit, "accountRoleCombo");
        roleFixed = !role->isEnabled() && role->currentData().toString() == QLatin1String("administrator");
        child<QLineEdit>(edit, "accountNameEdit")->setText(QStringLiteral("Ana Lopez"));
        submit(edit, QStringLiteral("short"), QStringLiteral("short"));
        refusals.append(child<InlineMessage>(edit, "accountEditMessage")->text());
        submit(edit, QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-9"));
        refusals.append(child<InlineMessage>(edit, "accountEditMessage")->text());
        QVERIFY(edit->isVisible());
        submit(edit, QStringLiteral("admin-pass-1"), QStringLiteral("admin-pass-1"));
    });
    click(dialog, "addAccountButton");
    QVERIFY(roleFixed);
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals[0].startsWith(QLatin1String("Password")), qPrintable(refusals[0]));
    QVERIFY2(refusals[1].startsWith(QLatin1String("Again")), qPrintable(refusals[1]));

    // The one who made it is signed in as it: the lock and the audit trail know them from now on.
    QVERIFY(m_clinic.window->account());
    QCOMPARE(m_clinic.window->account()->name, QStringLiteral("Ana Lopez"));
    QCOMPARE(m_clinic.window->account()->role, Role::Administrator);
    QCOMPARE(m_clinic.window->database().actor(), QStringLiteral("Ana Lopez"));
    QVERIFY(m_clinic.window->screenLock());
    QVERIFY(m_clinic.window->findChild<QAction*>(QStringLiteral("lockAction"))->isVisible());
    QCOMPARE(rowTexts(dialog->table(), 0), QStringList{QStringLiteral("Ana Lopez")});
    QVERIFY(child<QCheckBox>(dialog, "idleLockMaximumCheck")->isVisibleTo(dialog));
    QVERIFY(AccountRepository(m_clinic.window->database(), kCheap)
                .signIn(QStringLiteral("ana lopez"), Passphrase(QStringLiteral("admin-pass-1"))));
}

void TestAccountsDialog::administratorManagesAccounts()
{
    QVERIFY(open([](MainWindow& window) { return addAccounts(window, QStringLiteral("ana"), "admin-pass-1"); }));
    AccountRepository accounts(m_clinic.window->database(), kCheap);
    QVERIFY(!accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("wrong-pass-0"))));
    AccountsDialog* dialog = accountsDialog();
    QVERIFY(dialog);
    QCOMPARE(rowTexts(dialog->table(), 0),
             (QStringList{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy")}));
    // Signed in as ana, whose row is chosen first: she cannot disable herself.
    QCOMPARE(dialog->selectedName(), QStringLiteral("ana"));
    QVERIFY(!child<QPushButton>(dialog, "accountDisableButton")->isEnabled());

    // A new clinician.
    whenDialogOpens<AccountEditDialog>([](AccountEditDialog* edit) {
        child<QLineEdit>(edit, "accountNameEdit")->setText(QStringLiteral("Dee"));
        auto* role = child<QComboBox>(edit, "accountRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("clinician")));
        submit(edit, QStringLiteral("dee-pass-44"), QStringLiteral("dee-pass-44"));
    });
    click(dialog, "addAccountButton");
    QCOMPARE(dialog->selectedName(), QStringLiteral("Dee"));
    QCOMPARE(dialog->table()->currentItem()->text(1), QStringLiteral("Clinician"));

    // A new password for ben, without his old one: an administrator lets him back in.
    dialog->selectAccount(QStringLiteral("ben"));
    QVERIFY(dialog->table()->currentItem()->text(3).contains(QLatin1String("1 wrong password")));
    bool askedForCurrent = true;
    whenDialogOpens<AccountEditDialog>([&](AccountEditDialog* edit) {
        askedForCurrent = child<QLineEdit>(edit, "accountCurrentPassword") != nullptr;
        submit(edit, QStringLiteral("bens-new-pass"), QStringLiteral("bens-new-pass"));
    });
    click(dialog, "accountPasswordButton");
    QVERIFY(!askedForCurrent);
    QCOMPARE(dialog->table()->currentItem()->text(3), QStringLiteral("Active"));
    // (Checked without signing in: this window stays ana's.)
    QVERIFY(accounts.confirm(QStringLiteral("ben"), Passphrase(QStringLiteral("bens-new-pass"))));

    // Disabled after a confirmation, then enabled again.
    whenDialogOpens<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    click(dialog, "accountDisableButton");
    QCOMPARE(dialog->table()->currentItem()->text(3), QStringLiteral("Disabled"));
    QCOMPARE(child<QPushButton>(dialog, "accountDisableButton")->text(), QStringLiteral("&Enable"));
    const Status refused = accounts.confirm(QStringLiteral("ben"), Passphrase(QStringLiteral("bens-new-pass")));
    QVERIFY(!refused && refused.error().message.contains(QLatin1String("disabled")));
    click(dialog, "accountDisableButton");
    QCOMPARE(dialog->table()->currentItem()->text(3), QStringLiteral("Active"));

    // A PIN for ben, then none.
    whenDialogOpens<AccountEditDialog>(
        [](AccountEditDialog* edit) { submit(edit, QStringLiteral("4826"), QStringLiteral("4826")); });
    click(dialog, "accountPinButton");
    QCOMPARE(dialog->table()->currentItem()->text(2), QStringLiteral("Yes"));
    QVERIFY(accounts.confirm(QStringLiteral("ben"), Passphrase(QStringLiteral("4826"))));
    click(dialog, "accountClearPinButton");
    QCOMPARE(dialog->table()->currentItem()->text(2), QStringLiteral("No"));

    // Each change is in the audit trail under ana.
    Result<QList<AuditEntry>> trail = AuditTrail(m_clinic.window->database()).forRow(QStringLiteral("accounts"), 2);
    QVERIFY(trail);
    QVERIFY(trail->size() >= 5);
    for (const AuditEntry& entry : *trail) {
        if (entry.action != QLatin1String("insert"))
            QCOMPARE(entry.actor, QStringLiteral("ana"));
    }
}

void TestAccountsDialog::idleLockMaximumHoldsEveryWorkstation()
{
    AppSettings::instance().setValue(AppSettings::Key::IdleLockMinutes, 20);
    QVERIFY(open([](MainWindow& window) { return addAccounts(window, QStringLiteral("ana"), "admin-pass-1"); }));
    QCOMPARE(m_clinic.window->screenLock()->idleTimeout(), 20 * 60 * 1000);
    AccountsDialog* dialog = accountsDialog();
    QVERIFY(dialog);
    auto* limited = child<QCheckBox>(dialog, "idleLockMaximumCheck");
    auto* minutes = child<QSpinBox>(dialog, "idleLockMaximumSpin");
    QVERIFY(!limited->isChecked());
    QVERIFY(!minutes->isEnabled());

    limited->click();
    minutes->setValue(10);
    QCOMPARE(*AccountRepository(m_clinic.window->database()).idleLockMaximum(), std::optional<int>(10));
    // This window obeys at once; the preference stays as chosen, and applies again without a maximum.
    QCOMPARE(m_clinic.window->screenLock()->idleTimeout(), 10 * 60 * 1000);
    QCOMPARE(AppSettings::instance().value(AppSettings::Key::IdleLockMinutes).toInt(), 20);

    // Preferences offer nothing above the maximum, and say why.
    PreferencesDialog preferences(AppSettings::instance(), m_clinic.window.get());
    preferences.setIdleLockMaximum(10);
    auto* preference = child<QSpinBox>(&preferences, "idleLockMinutesSpin");
    QCOMPARE(preference->maximum(), 10);
    QCOMPARE(preference->value(), 10);
    QVERIFY(child<QLabel>(&preferences, "idleLockNote")->text().contains(QLatin1String("at most 10 minutes")));

    limited->click();
    QCOMPARE(*AccountRepository(m_clinic.window->database()).idleLockMaximum(), std::optional<int>());
    QCOMPARE(m_clinic.window->screenLock()->idleTimeout(), 20 * 60 * 1000);
    AppSettings::instance().setValue(AppSettings::Key::IdleLockMinutes, 5);
}

void TestAccountsDialog::othersChangeOnlyTheirOwnPassword()
{
    QVERIFY(open([](MainWindow& window) { return addAccounts(window, QStringLiteral("ben"), "clinic-pass-2"); }));
    AccountsDialog* dialog = accountsDialog();
    QVERIFY(dialog);
    QCOMPARE(rowTexts(dialog->table(), 0), QStringList{QStringLiteral("ben")});
    QVERIFY(!child<QPushButton>(dialog, "addAccountButton")->isVisibleTo(dialog));
    QVERIFY(!child<QPushButton>(dialog, "accountDisableButton")->isVisibleTo(dialog));
    QVERIFY(!child<QCheckBox>(dialog, "idleLockMaximumCheck")->isEnabled());

    // The current password first: a wrong one keeps the dialog open and changes nothing.
    QString refusal;
    whenDialogOpens<AccountEditDialog>([&](AccountEditDialog* edit) {
        submit(edit, QStringLiteral("bens-new-pass"), QStringLiteral("bens-new-pass"), QStringLiteral("guess-1234"));
        refusal = child<InlineMessage>(edit, "accountEditMessage")->text();
        QVERIFY(edit->isVisible());
        submit(edit, QStringLiteral("bens-new-pass"), QStringLiteral("bens-new-pass"), QStringLiteral("clinic-pass-2"));
    });
    click(dialog, "accountPasswordButton");
    QVERIFY2(refusal.contains(QLatin1String("wrong password")), qPrintable(refusal));
    AccountRepository accounts(m_clinic.window->database(), kCheap);
    QVERIFY(!accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("clinic-pass-2"))));
    QVERIFY(accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("bens-new-pass"))));
}

void TestAccountsDialog::frontDeskEditsDetailsWithoutNotes()
{
    QVERIFY(open([](MainWindow& window) {
        Result<Patient> patient = PatientRepository(window.database()).find(1);
        if (!patient)
            return false;
        patient->notes = QStringLiteral("Worse after long drives.");
        if (!PatientRepository(window.database()).update(*patient, QStringLiteral("notes")))
            return false;
        return addAccounts(window, QStringLiteral("cy"), "front-pass-3");
    }));
    m_clinic.window->registerView()->selectPatient(m_clinic.patientId);
    auto* edit = m_clinic.window->findChild<QAction*>(QStringLiteral("editPatientAction"));
    QVERIFY(edit->isEnabled());

    bool notesShown = true;
    whenDialogOpens<PatientFormDialog>([&](PatientFormDialog* form) {
        notesShown = child<QPlainTextEdit>(form, "patientNotesEdit")->isVisibleTo(form);
        child<QLineEdit>(form, "phoneEdit")->setText(QStringLiteral("+44 20 7946 0000"));
        form->accept();
    });
    edit->trigger();
    QVERIFY(!notesShown);
    QVERIFY(!m_clinic.window->patientWorkspace()->isVisible());
    const Result<Patient> saved = PatientRepository(m_clinic.window->database()).find(m_clinic.patientId);
    QVERIFY(saved);
    QCOMPARE(saved->phone, QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(saved->notes, QStringLiteral("Worse after long drives."));
    Result<QList<AuditEntry>> trail = AuditTrail(m_clinic.window->database()).forPatient(m_clinic.patientId);
    QVERIFY(trail && !trail->isEmpty());
    QCOMPARE(trail->last().actor, QStringLiteral("cy"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
