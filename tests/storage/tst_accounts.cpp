// Accounts on a real database (an SQLite file and a PostgreSQL server): password hashing, sign-in and its slow-down,
// the rules an administrator works under, and audit rows naming the signed-in account.
#include "AccountRepository.h"
#include "AuditTrail.h"
#include "Database.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {
const Argon2Cost kCheap = Argon2Cost::lowest();
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void hashRoundTrip();
    void firstAccountIsAnAdministrator();
    void namesAreUniqueWithoutCase();
    void wrongPasswordIsDeniedAndCounted();
    void failuresSlowSignInDownButNeverForGood();
    void passwordChangeLetsTheAccountBackIn();
    void rehashWhenTheCostIsRaised();
    void disabledAccountsAndTheLastAdministrator();
    void pinForLeavingThePatientView();
    void auditRowsNameTheSignedInAccount();
    void rolesAllowWhatTheySay();

private:
    QDateTime m_now;
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

void TestAccounts::initTestCase_data()
{
    addEngineRows();
}

void TestAccounts::init()
{
    OT_SCRATCH_FOR_ENGINE(m_scratch);
    m_db = openDatabase(m_scratch->location(QStringLiteral("accounts.db")));
    QVERIFY(m_db);
    m_now = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    m_db->setClock([this]() { return m_now; });
}

void TestAccounts::cleanup()
{
    m_db.reset();
    m_scratch.reset();
}

void TestAccounts::hashRoundTrip()
{
    const Result<QString> hash = PasswordHash::make(Passphrase(QStringLiteral("correct horse")), kCheap);
    QVERIFY(hash);
    QVERIFY(hash->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash->contains(QLatin1String("correct")));
    QVERIFY(PasswordHash::matches(*hash, Passphrase(QStringLiteral("correct horse"))));
    QVERIFY(!PasswordHash::matches(*hash, Passphrase(QStringLiteral("correct horsE"))));
    QVERIFY(!PasswordHash::matches(*hash, Passphrase(QStringLiteral(""))));
    QVERIFY(!PasswordHash::matches(QStringLiteral("not a hash"), Passphrase(QStringLiteral("correct horse"))));
    // The same password twice gives two hashes (each has its own salt).
    QCOMPARE_NE(*PasswordHash::make(Passphrase(QStringLiteral("correct horse")), kCheap), *hash);

    QVERIFY(!PasswordHash::acceptablePassword(Passphrase(QStringLiteral("seven77"))));
    QVERIFY(PasswordHash::acceptablePassword(Passphrase(QStringLiteral("eight888"))));
    QVERIFY(PasswordHash::acceptablePassword(Passphrase(QStringLiteral("seven77")))
                .error()
                .message.contains(QLatin1String("Password")));
    QVERIFY(!PasswordHash::acceptablePin(Passphrase(QStringLiteral("123"))));
    QVERIFY(!PasswordHash::acceptablePin(Passphrase(QStringLiteral("12a4"))));
    QVERIFY(PasswordHash::acceptablePin(Passphrase(QStringLiteral("2468"))));
}

void TestAccounts::firstAccountIsAnAdministrator()
{
    AccountRepository accounts(*m_db, kCheap);
    QCOMPARE(*accounts.anyExist(), false);
    Result<Account> clinician =
        accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("password1")));
    QVERIFY(!clinician);
    QCOMPARE(clinician.error().kind, ErrorKind::Invalid);
    QVERIFY2(clinician.error().message.startsWith(QLatin1String("Role:")), qPrintable(clinician.error().message));
    QCOMPARE(*accounts.anyExist(), false);

    Result<Account> admin =
        accounts.add(QStringLiteral("Ana"), Role::Administrator, Passphrase(QStringLiteral("password1")));
    QVERIFY(admin);
    QCOMPARE(*accounts.anyExist(), true);
    QVERIFY(accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("password2"))));
    const Result<QList<Account>> all = accounts.list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Ana"));
    QCOMPARE(all->at(0).role, Role::Administrator);
    QCOMPARE(all->at(1).role, Role::Clinician);

    // What the file holds: a hash, never the password.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash FROM accounts WHERE name = 'Ana'")) && query.next());
    QVERIFY(query.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!query.value(0).toString().contains(QLatin1String("password1")));

    // Bad names are refused with the field named.
    for (const QString& bad :
         {QString(), QStringLiteral(" ana"), QStringLiteral("a\nb"), QString(41, QLatin1Char('x'))}) {
        Result<Account> refused = accounts.add(bad, Role::Clinician, Passphrase(QStringLiteral("password3")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("Name:")), qPrintable(refused.error().message));
    }
    Result<Account> shortPassword =
        accounts.add(QStringLiteral("cy"), Role::FrontDesk, Passphrase(QStringLiteral("short")));
    QVERIFY(!shortPassword);
    QVERIFY(shortPassword.error().message.startsWith(QLatin1String("Password:")));
}

void TestAccounts::namesAreUniqueWithoutCase()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("Ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    Result<Account> again =
        accounts.add(QStringLiteral("ANA"), Role::Clinician, Passphrase(QStringLiteral("password2")));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QVERIFY(accounts.signIn(QStringLiteral("aNa"), Passphrase(QStringLiteral("password1"))));
}

void TestAccounts::wrongPasswordIsDeniedAndCounted()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    Result<Account> wrong = accounts.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password2")));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ErrorKind::Denied);
    QVERIFY2(wrong.error().message.contains(QLatin1String("\"ana\"")), qPrintable(wrong.error().message));
    QCOMPARE(accounts.find(QStringLiteral("ana"))->failedAttempts, 1);

    Result<Account> nobody = accounts.signIn(QStringLiteral("zoe"), Passphrase(QStringLiteral("password1")));
    QVERIFY(!nobody);
    QCOMPARE(nobody.error().kind, ErrorKind::Denied);

    const QString actorBefore = m_db->actor();
    QCOMPARE_NE(actorBefore, QStringLiteral("ana"));
    Result<Account> right = accounts.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1")));
    QVERIFY(right);
    QCOMPARE(right->failedAttempts, 0);
    QCOMPARE(accounts.find(QStringLiteral("ana"))->failedAttempts, 0);
    QCOMPARE(m_db->actor(), QStringLiteral("ana"));
}

void TestAccounts::failuresSlowSignInDownButNeverForGood()
{
    QCOMPARE(Account::waitSecondsAfter(2), 0);
    QCOMPARE(Account::waitSecondsAfter(3), 2);
    QCOMPARE(Account::waitSecondsAfter(4), 4);
    QCOMPARE(Account::waitSecondsAfter(8), 64);
    QCOMPARE(Account::waitSecondsAfter(100), Account::kLongestWaitSeconds);

    const QString path = m_db->path();
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    for (int attempt = 1; attempt <= 3; ++attempt)
        QVERIFY(!accounts.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("guess%1").arg(attempt))));

    // Kept in the file: another connection (another workstation) sees the wait too, and even the right password
    // is not checked until it is over.
    std::unique_ptr<Database> other = openDatabase(path);
    QVERIFY(other);
    other->setClock([this]() { return m_now; });
    AccountRepository elsewhere(*other, kCheap);
    QCOMPARE(elsewhere.find(QStringLiteral("ana"))->failedAttempts, 3);
    Result<Account> waiting = elsewhere.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1")));
    QVERIFY(!waiting);
    QVERIFY2(waiting.error().message.contains(QLatin1String("try again in 2 seconds")),
             qPrintable(waiting.error().message));
    QCOMPARE(elsewhere.find(QStringLiteral("ana"))->failedAttempts, 3); // an attempt during the wait is not counted

    // A read-only connection counts its failures in the file as well.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    std::unique_ptr<Database> reader = openDatabase(path, readOnly);
    QVERIFY(reader);
    m_now = m_now.addSecs(3);
    reader->setClock([this]() { return m_now; });
    QVERIFY(!AccountRepository(*reader, kCheap).signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("guess4"))));
    QCOMPARE(accounts.find(QStringLiteral("ana"))->failedAttempts, 4);
    QCOMPARE(accounts.find(QStringLiteral("ana"))->retryAfter, m_now.addSecs(4));

    // After the wait the right password works and clears the count.
    m_now = m_now.addSecs(4);
    QVERIFY(elsewhere.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    const Account cleared = *accounts.find(QStringLiteral("ana"));
    QCOMPARE(cleared.failedAttempts, 0);
    QVERIFY(!cleared.retryAfter.isValid());
}

void TestAccounts::passwordChangeLetsTheAccountBackIn()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    QVERIFY(accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("password2"))));
    for (int attempt = 0; attempt < 12; ++attempt)
        (void)accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("guess-%1").arg(attempt)));
    QVERIFY(accounts.find(QStringLiteral("ben"))->retryAfter > m_now);
    QVERIFY(accounts.setPassword(QStringLiteral("ben"), Passphrase(QStringLiteral("new-password"))));
    QVERIFY(accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("new-password"))));
    QVERIFY(!accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("password2"))));
}

void TestAccounts::rehashWhenTheCostIsRaised()
{
    QVERIFY(AccountRepository(*m_db, kCheap)
                .add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    const QString cheapHash = AccountRepository(*m_db, kCheap).find(QStringLiteral("ana"))->passwordHash;
    QVERIFY(!PasswordHash::weakerThan(cheapHash, kCheap));

    Argon2Cost raised = kCheap;
    raised.operations += 1;
    QVERIFY(PasswordHash::weakerThan(cheapHash, raised));
    AccountRepository stronger(*m_db, raised);
    // A wrong password changes nothing.
    QVERIFY(!stronger.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password2"))));
    QCOMPARE(stronger.find(QStringLiteral("ana"))->passwordHash, cheapHash);
    QVERIFY(stronger.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    const QString rehashed = stronger.find(QStringLiteral("ana"))->passwordHash;
    QCOMPARE_NE(rehashed, cheapHash);
    QVERIFY(!PasswordHash::weakerThan(rehashed, raised));
    QVERIFY(rehashed.contains(QStringLiteral(",t=%1,").arg(raised.operations)));
    // Signing in again at the same cost keeps the hash; a lower cost never lowers it.
    QVERIFY(stronger.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    QCOMPARE(stronger.find(QStringLiteral("ana"))->passwordHash, rehashed);
    QVERIFY(AccountRepository(*m_db, kCheap).signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    QCOMPARE(stronger.find(QStringLiteral("ana"))->passwordHash, rehashed);
}

void TestAccounts::disabledAccountsAndTheLastAdministrator()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    QVERIFY(accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("password2"))));
    Status last = accounts.setDisabled(QStringLiteral("ana"), true);
    QVERIFY(!last);
    QVERIFY2(last.error().message.contains(QLatin1String("only administrator")), qPrintable(last.error().message));

    QVERIFY(accounts.setDisabled(QStringLiteral("ben"), true));
    Result<Account> refused = accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("password2")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Denied);
    QVERIFY(refused.error().message.contains(QLatin1String("disabled")));
    QVERIFY(accounts.setDisabled(QStringLiteral("ben"), false));
    QVERIFY(accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("password2"))));

    QVERIFY(accounts.add(QStringLiteral("cat"), Role::Administrator, Passphrase(QStringLiteral("password3"))));
    QVERIFY(accounts.setDisabled(QStringLiteral("ana"), true));
    QVERIFY(!accounts.setDisabled(QStringLiteral("cat"), true));
}

void TestAccounts::pinForLeavingThePatientView()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    // Without a PIN the password confirms.
    QVERIFY(accounts.confirm(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    QVERIFY(!accounts.setPin(QStringLiteral("ana"), std::make_unique<Passphrase>(QStringLiteral("12")).get()));
    const Passphrase pin(QStringLiteral("2468"));
    QVERIFY(accounts.setPin(QStringLiteral("ana"), &pin));
    QVERIFY(accounts.confirm(QStringLiteral("ana"), Passphrase(QStringLiteral("2468"))));
    QCOMPARE(accounts.confirm(QStringLiteral("ana"), Passphrase(QStringLiteral("1357"))).error().kind,
             ErrorKind::Denied);
    // The PIN never signs in.
    QVERIFY(!accounts.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("2468"))));
    QVERIFY(accounts.setPin(QStringLiteral("ana"), nullptr));
    QVERIFY(!accounts.confirm(QStringLiteral("ana"), Passphrase(QStringLiteral("2468"))));
}

void TestAccounts::auditRowsNameTheSignedInAccount()
{
    AccountRepository accounts(*m_db, kCheap);
    QVERIFY(accounts.add(QStringLiteral("ana"), Role::Administrator, Passphrase(QStringLiteral("password1"))));
    QVERIFY(accounts.signIn(QStringLiteral("ana"), Passphrase(QStringLiteral("password1"))));
    QVERIFY(accounts.add(QStringLiteral("ben"), Role::Clinician, Passphrase(QStringLiteral("password2"))));
    QVERIFY(accounts.signIn(QStringLiteral("ben"), Passphrase(QStringLiteral("password2"))));
    const Result<qint64> patientId = PatientRepository(*m_db).create(samplePatient());
    QVERIFY(patientId);
    const Result<QList<AuditEntry>> trail = AuditTrail(*m_db).forPatient(*patientId);
    QVERIFY(trail);
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().actor, QStringLiteral("ben"));

    // Account changes are in the trail too, by whoever made them, and never with a hash.
    const Result<QList<AuditEntry>> madeBen =
        AuditTrail(*m_db).forRow(QStringLiteral("accounts"), accounts.find(QStringLiteral("ben"))->id);
    QVERIFY(madeBen);
    QCOMPARE(madeBen->size(), 1);
    QCOMPARE(madeBen->first().actor, QStringLiteral("ana"));
    QCOMPARE(madeBen->first().newValues.value(QStringLiteral("role")).toString(), QStringLiteral("clinician"));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE new_values LIKE '%argon2%' OR old_values "
                                      "LIKE '%argon2%'")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestAccounts::rolesAllowWhatTheySay()
{
    QVERIFY(roleAllows(Role::FrontDesk, Permission::Register));
    QVERIFY(!roleAllows(Role::FrontDesk, Permission::Clinical));
    QVERIFY(!roleAllows(Role::FrontDesk, Permission::Administration));
    QVERIFY(roleAllows(Role::Clinician, Permission::Clinical));
    QVERIFY(!roleAllows(Role::Clinician, Permission::Administration));
    QVERIFY(roleAllows(Role::Administrator, Permission::Clinical));
    QVERIFY(roleAllows(Role::Administrator, Permission::Administration));
    for (const QString& code : roleCodes())
        QCOMPARE(roleToCode(*roleFromCode(code)), code);
    QVERIFY(!roleFromCode(u"nurse"));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
