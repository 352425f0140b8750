// The encrypted file format on real files: round trips of every size, nothing readable inside, and a wrong
// passphrase, a changed byte, a cut-short or lengthened file all refused without writing anything.
#include "PatientRepository.h"
#include "SealedFile.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestSealedFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void databaseIsNotReadableInside();
    void wrongPassphraseIsDenied();
    void changedByteIsRefused_data();
    void changedByteIsRefused();
    void cutShortOrLengthenedIsRefused_data();
    void cutShortOrLengthenedIsRefused();
    void newerFormatIsRefused();
    void plainFileIsNotSealed();
    void passphraseRules_data();
    void passphraseRules();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QString sealed(const QByteArray& plain);
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");
// The header's length and where its fields start (SealedFile.h).
constexpr qsizetype kSaltAt = 8 + 2 + 8 + 8;
constexpr qsizetype kChunkSizeAt = kSaltAt + 16;
constexpr qsizetype kCheckAt = kChunkSizeAt + 4;
constexpr qsizetype kStreamAt = kCheckAt + 16;
constexpr qsizetype kHeaderBytes = kStreamAt + 24;
constexpr qsizetype kSealedChunk = SealedFile::kChunkBytes + 17;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(size);
    for (char& byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

} // namespace

QString TestSealedFile::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestSealedFile::sealed(const QByteArray& plain)
{
    ++m_files;
    const QString plainPath = write(QStringLiteral("plain-%1").arg(m_files), plain);
    const QString sealedPath = m_dir.filePath(QStringLiteral("sealed-%1").arg(m_files));
    const Status status = SealedFile::seal(plainPath, sealedPath, Passphrase(kPassphrase), Argon2Cost::lowest());
    return status ? sealedPath : QString();
}

void TestSealedFile::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("one whole chunk") << SealedFile::kChunkBytes;
    QTest::newRow("three chunks and a bit") << 3 * SealedFile::kChunkBytes + 5;
}

void TestSealedFile::roundTrip()
{
    QFETCH(qsizetype, size);
    const QByteArray plain = randomBytes(size);
    const QString path = sealed(plain);
    QVERIFY(!path.isEmpty());
    QVERIFY(SealedFile::isSealed(path));
    const qsizetype chunks = size / SealedFile::kChunkBytes + 1;
    QVERIFY(QFileInfo(path).size() <= kHeaderBytes + size + chunks * 17);
    if (size >= 64)
        QVERIFY(!fileBytes(path).contains(plain.left(64)));
    const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(size));
    const Status opened = SealedFile::unseal(path, out, Passphrase(kPassphrase));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(fileBytes(out), plain);
    QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestSealedFile::databaseIsNotReadableInside()
{
    const QString dbPath = m_dir.filePath(QStringLiteral("clinic.db"));
    {
        auto db = openDatabase(dbPath);
        QVERIFY(db);
        PatientRepository patients(*db);
        for (int i = 0; i < 200; ++i)
            QVERIFY(patients
                        .create(samplePatient(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')),
                                              QStringLiteral("Wiśniewska"), QStringLiteral("Zofia")))
                        .ok());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray plain = fileBytes(dbPath);
    QVERIFY(plain.startsWith("SQLite format 3"));
    QVERIFY(plain.contains(QStringLiteral("Wiśniewska").toUtf8()));
    const QString path = sealed(plain);
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains(QStringLiteral("Wiśniewska").toUtf8()));
    QVERIFY(!bytes.contains("C000100"));
    // Two files sealed from the same bytes with the same passphrase share nothing after the format's name.
    const QByteArray again = fileBytes(sealed(plain));
    QCOMPARE(again.left(8), bytes.left(8));
    QVERIFY(again.mid(kSaltAt, 16) != bytes.mid(kSaltAt, 16));
    QVERIFY(again.mid(kHeaderBytes, 64) != bytes.mid(kHeaderBytes, 64));
}

void TestSealedFile::wrongPassphraseIsDenied()
{
    const QString path = sealed(randomBytes(100000));
    const QString out = m_dir.filePath(QStringLiteral("denied"));
    const Status opened = SealedFile::unseal(path, out, Passphrase(QStringLiteral("correct horse battery ")));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Denied);
    QVERIFY2(opened.error().message.contains(QStringLiteral("passphrase does not open")),
             qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestSealedFile::changedByteIsRefused_data()
{
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<ErrorKind>("kind");
    // Salt and passphrase check lead to another key, or to a check that cannot match: the passphrase is refused.
    QTest::newRow("salt") << kSaltAt + 3 << ErrorKind::Denied;
    QTest::newRow("passphrase check") << kCheckAt + 15 << ErrorKind::Denied;
    // Everything else is caught by the authenticated chunks.
    QTest::newRow("chunk size") << kChunkSizeAt + 3 << ErrorKind::Refused;
    QTest::newRow("stream header") << kStreamAt + 1 << ErrorKind::Refused;
    QTest::newRow("first chunk") << kHeaderBytes + 10 << ErrorKind::Refused;
    QTest::newRow("second chunk") << kHeaderBytes + kSealedChunk + 1000 << ErrorKind::Refused;
    QTest::newRow("tag of the last chunk") << kHeaderBytes + 2 * kSealedChunk << ErrorKind::Refused;
    QTest::newRow("last byte") << qsizetype(-1) << ErrorKind::Refused;
    QTest::newRow("format version") << qsizetype(9) << ErrorKind::Refused;
}

void TestSealedFile::changedByteIsRefused()
{
    QFETCH(qsizetype, offset);
    QFETCH(ErrorKind, kind);
    const QString path = sealed(randomBytes(2 * SealedFile::kChunkBytes + 300));
    QByteArray bytes = fileBytes(path);
    const qsizetype at = offset < 0 ? bytes.size() - 1 : offset;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    const QString changed = write(QStringLiteral("changed"), bytes);
    const QString out = m_dir.filePath(QStringLiteral("from-changed"));
    const Status opened = SealedFile::unseal(changed, out, Passphrase(kPassphrase));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, kind);
    QVERIFY(!QFile::exists(out));
}

void TestSealedFile::cutShortOrLengthenedIsRefused_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("header only") << kHeaderBytes;
    QTest::newRow("header cut") << kHeaderBytes - 5;
    QTest::newRow("without the last chunk") << kHeaderBytes + 2 * kSealedChunk;
    QTest::newRow("last chunk cut") << kHeaderBytes + 2 * kSealedChunk + 100;
    QTest::newRow("a byte more") << qsizetype(-1);
}

void TestSealedFile::cutShortOrLengthenedIsRefused()
{
    QFETCH(qsizetype, length);
    const QString path = sealed(randomBytes(2 * SealedFile::kChunkBytes + 300));
    QByteArray bytes = fileBytes(path);
    if (length < 0)
        bytes.append('\0');
    else
        bytes.truncate(length);
    const QString changed = write(QStringLiteral("cut"), bytes);
    const QString out = m_dir.filePath(QStringLiteral("from-cut"));
    const Status opened = SealedFile::unseal(changed, out, Passphrase(kPassphrase));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY(!QFile::exists(out));
}

void TestSealedFile::newerFormatIsRefused()
{
    QByteArray bytes = fileBytes(sealed(randomBytes(10)));
    bytes[9] = static_cast<char>(SealedFile::kFormatVersion + 1);
    const QString newer = write(QStringLiteral("newer"), bytes);
    const Status opened =
        SealedFile::unseal(newer, m_dir.filePath(QStringLiteral("from-newer")), Passphrase(kPassphrase));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Refused);
    QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")), qPrintable(opened.error().message));
}

void TestSealedFile::plainFileIsNotSealed()
{
    const QString plain = write(QStringLiteral("plain.csv"), "chart,name\n");
    QVERIFY(!SealedFile::isSealed(plain));
    const Status opened =
        SealedFile::unseal(plain, m_dir.filePath(QStringLiteral("from-plain")), Passphrase(kPassphrase));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Invalid);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("from-plain"))));
}

void TestSealedFile::passphraseRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("nine characters") << QStringLiteral("123456789") << false;
    QTest::newRow("nine characters, eighteen bytes") << QStringLiteral("ąęółśżźćń") << false;
    QTest::newRow("ten characters") << QStringLiteral("1234567890") << true;
    QTest::newRow("a few words") << kPassphrase << true;
}

void TestSealedFile::passphraseRules()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const Status status = Passphrase(text).acceptableForNewFile();
    QCOMPARE(status.ok(), accepted);
    if (!accepted)
        QVERIFY2(status.error().message.contains(QStringLiteral("at least 10")), qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(TestSealedFile)
#include "tst_sealedfile.moc"
