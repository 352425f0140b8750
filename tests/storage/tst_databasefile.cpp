// The database file as the operating system sees it: what is at a path, the guard that keeps every raw file
// operation off a file this process has open (its SQLite locks must survive), partial files of killed processes,
// and owner-only permissions for new databases.
#include "DatabaseFile.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void inspectTellsWhatIsThere();
    void liveFileIsNeverOpenedOutsideSqlite();
    void abandonedPartialsAreRemoved();
    void exportsNeverOverwriteADatabase();
    void newDatabaseIsTheOwnersAlone();

private:
    static void writeFile(const QString& path, const QByteArray& bytes);
};

void TestDatabaseFile::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestDatabaseFile::inspectTellsWhatIsThere()
{
    QTemporaryDir dir;
    const auto kindOf = [](const QString& path) {
        return DatabaseFile::inspect(path)->kind;
    };
    QCOMPARE(kindOf(dir.filePath(QStringLiteral("missing.db"))), DatabaseFile::Kind::Missing);
    writeFile(dir.filePath(QStringLiteral("empty.db")), {});
    QCOMPARE(kindOf(dir.filePath(QStringLiteral("empty.db"))), DatabaseFile::Kind::Empty);
    writeFile(dir.filePath(QStringLiteral("notes.db")), QByteArray("Patient list\n").repeated(20));
    QCOMPARE(kindOf(dir.filePath(QStringLiteral("notes.db"))), DatabaseFile::Kind::NotDatabase);
    QCOMPARE(kindOf(QStringLiteral("/dev/null")), DatabaseFile::Kind::NotRegular);
    QCOMPARE(kindOf(QStringLiteral("/dev/zero")), DatabaseFile::Kind::NotRegular);
    QCOMPARE(kindOf(dir.path()), DatabaseFile::Kind::NotRegular);
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    QVERIFY(openDatabase(path));
    const DatabaseFile::Header header = *DatabaseFile::inspect(path);
    QCOMPARE(header.kind, DatabaseFile::Kind::Database);
    QCOMPARE(header.userVersion, Database::latestSchemaVersion());
}

void TestDatabaseFile::liveFileIsNeverOpenedOutsideSqlite()
{
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite.isEmpty(), "this test needs the sqlite3 program (Debian package sqlite3)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(path);
    QVERIFY(db);
    QVERIFY(db->dataVersion().ok()); // a read: the connection now holds its lock on the file

    // Every raw operation on the live file, or the files beside it, is refused or done without opening it.
    QCOMPARE(DatabaseFile::inspect(path)->userVersion, -1);
    QVERIFY(DatabaseFile::isLive(path));
    QVERIFY(DatabaseFile::isLive(path + QStringLiteral("-wal")));
    QVERIFY(DatabaseFile::isLive(dir.path() + QStringLiteral("/./clinic.db")));
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const Status flushed = DatabaseFile::flush(file);
        QVERIFY(!flushed);
        QCOMPARE(flushed.error().kind, ErrorKind::Internal);
    }
    QVERIFY(!DatabaseFile::keepAs(path, dir.filePath(QStringLiteral("copy.db"))));
    QVERIFY(!DatabaseFile::publish(dir.filePath(QStringLiteral("other.db")), path));
    // A second connection (as the background check makes) reads the version through SQLite.
    QVERIFY(openDatabase(path));

    // The proof that the locks survived: another process cannot take the file for itself.
    QProcess other;
    other.start(sqlite, {path, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE; SELECT COUNT(*) FROM sqlite_master;")});
    QVERIFY(other.waitForFinished(30000));
    QVERIFY2(other.readAllStandardError().contains("locked"), "another process took the file while it was open here");

    db.reset();
    QVERIFY(!DatabaseFile::isLive(path));
    QVERIFY(DatabaseFile::flush(path).ok());
}

void TestDatabaseFile::abandonedPartialsAreRemoved()
{
    QTemporaryDir dir;
    QProcess finished;
    finished.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    QVERIFY(finished.waitForStarted());
    const QString gone = QString::number(finished.processId());
    QVERIFY(finished.waitForFinished());
    const QString mine = QString::number(QCoreApplication::applicationPid());
    const QStringList abandoned{QStringLiteral("clinic.db.partial-") + gone,
                                QStringLiteral("clinic.db.partial-") + gone + QStringLiteral("-journal"),
                                QStringLiteral("clinic-20261204-101010-000.db.partial-") + gone,
                                QStringLiteral("clinic.db.partial")};
    const QStringList kept{QStringLiteral("clinic.db.partial-") + mine, QStringLiteral("other.db.partial-") + gone,
                           QStringLiteral("clinic.db")};
    for (const QString& name : abandoned + kept)
        writeFile(dir.filePath(name), "x");
    QCOMPARE(DatabaseFile::removeAbandonedPartials(dir.path(), QStringLiteral("clinic")), int(abandoned.size()));
    for (const QString& name : abandoned)
        QVERIFY2(!QFile::exists(dir.filePath(name)), qPrintable(name));
    for (const QString& name : kept)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
}

void TestDatabaseFile::exportsNeverOverwriteADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    QVERIFY(openDatabase(path));
    const Status refused = DatabaseFile::refuseOverwrite(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Invalid);
    QVERIFY(refused.error().message.contains(path));
    writeFile(dir.filePath(QStringLiteral("summary.pdf")), "%PDF-1.4");
    QVERIFY(DatabaseFile::refuseOverwrite(dir.filePath(QStringLiteral("summary.pdf"))).ok());
    QVERIFY(DatabaseFile::refuseOverwrite(dir.filePath(QStringLiteral("new.pdf"))).ok());
}

void TestDatabaseFile::newDatabaseIsTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("clinic/records"));
    const QString path = folder + QStringLiteral("/clinic.db");
    auto db = openDatabase(path);
    QVERIFY(db);
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QCOMPARE(QFileInfo(file).permissions() & others, QFile::Permissions());
    }
    for (const QString& created : {folder, dir.filePath(QStringLiteral("clinic"))})
        QCOMPARE(QFileInfo(created).permissions() & others, QFile::Permissions());
    QVERIFY(!db->readableByOthers());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(db->readableByOthers());
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "tst_databasefile.moc"
