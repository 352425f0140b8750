// Replays the seed corpus of tests/data/import-corpus (see make_corpus.py there), and seeded mutations of each file,
// into an empty database and one holding the sample patient: no crash, check and import agree, a refused file
// writes nothing, a file imported twice adds nothing the second time, and each seed ends as its name says.
#include "CsvImport.h"
#include "FixedClock.h"
#include "SampleDatabase.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

namespace {

const QString kCorpus = QStringLiteral(OT_TEST_DATA_DIR "/import-corpus");
constexpr int kMutantsPerSeed = 6;

enum class Expect
{
    Anything,
    Accept,
    Refuse
};

// One small change of the kind a hand edit, a spreadsheet or a broken transfer makes.
QByteArray mutated(QByteArray bytes, QRandomGenerator& random)
{
    static const QList<QByteArray> inserts{",", "\"", "\n", "\r", "\xff", "\xc3", "-", "9e999", "0", "\"\"", ",,"};
    const int changes = 1 + int(random.bounded(3));
    for (int i = 0; i < changes; ++i) {
        const qsizetype at = bytes.isEmpty() ? 0 : qsizetype(random.bounded(quint32(bytes.size())));
        switch (random.bounded(5)) {
        case 0: // flip a byte
            if (!bytes.isEmpty())
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            break;
        case 1: // drop a stretch
            bytes.remove(at, 1 + random.bounded(8));
            break;
        case 2: // insert something CSV or UTF-8 cares about
            bytes.insert(at, inserts.at(random.bounded(int(inserts.size()))));
            break;
        case 3: { // repeat a line
            const qsizetype start = bytes.lastIndexOf('\n', at) + 1;
            const qsizetype end = bytes.indexOf('\n', at);
            if (end > start)
                bytes.insert(end + 1, bytes.mid(start, end - start + 1));
            break;
        }
        default: // cut the file short
            bytes.truncate(at);
            break;
        }
    }
    return bytes;
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replay_data();
    void replay();

private:
    QString tableCounts(Database& db);
    // Imports into a fresh copy of `model`; returns what happened, checking the invariants on the way.
    std::optional<bool> importInto(const QString& model, const QByteArray& bytes, const QString& name);

    const FixedClock m_clock{QDate(2026, 6, 15)};
    QTemporaryDir m_dir;
    QString m_empty;
    QString m_full;
    int m_copies = 0;
    InstrumentLibrary m_library = InstrumentLibrary::load(QStringLiteral("/nonexistent"));
};

void TestImportCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(QStringLiteral("empty.db"));
    m_full = m_dir.filePath(QStringLiteral("full.db"));
    QVERIFY(openDatabase(m_empty));
    auto full = openDatabase(m_full);
    QVERIFY(full);
    storeSampleCourse(*full);
}

QString TestImportCorpus::tableCounts(Database& db)
{
    QStringList counts;
    for (const char* table : {"patients", "courses", "visits", "assessments", "audit_log", "course_templates"}) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM ") + QString::fromLatin1(table));
        query.next();
        counts << QStringLiteral("%1=%2/%3")
                      .arg(QString::fromLatin1(table), query.value(0).toString(), query.value(1).toString());
    }
    return counts.join(QLatin1Char(' '));
}

void TestImportCorpus::replay_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(kCorpus).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 40, "run make_corpus.py in tests/data/import-corpus");
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

std::optional<bool> TestImportCorpus::importInto(const QString& model, const QByteArray& bytes, const QString& name)
{
    const QString path = m_dir.filePath(QStringLiteral("work-%1.db").arg(++m_copies));
    if (!QFile::copy(model, path))
        qFatal("cannot copy the database");
    auto db = openDatabase(path);
    if (!db)
        return std::nullopt;
    const QString before = tableCounts(*db);
    const Result<ImportSummary> checked = CsvImport(*db, m_library).check(bytes);
    if (tableCounts(*db) != before) {
        qWarning("%s: the check wrote to the database", qPrintable(name));
        return std::nullopt;
    }
    const Result<ImportSummary> imported = CsvImport(*db, m_library).run(bytes, QStringLiteral("corpus"));
    if (checked.ok() != imported.ok()) {
        qWarning("%s: check and import disagree", qPrintable(name));
        return std::nullopt;
    }
    if (!imported) {
        if (imported.error().message.isEmpty() || tableCounts(*db) != before) {
            qWarning("%s: refused, but %s", qPrintable(name),
                     imported.error().message.isEmpty() ? "without a word" : "something was written");
            return std::nullopt;
        }
        return false;
    }
    const QString after = tableCounts(*db);
    const Result<ImportSummary> again = CsvImport(*db, m_library).run(bytes, QStringLiteral("corpus again"));
    if (!again || again->patientsAdded + again->coursesAdded + again->visitsAdded + again->assessmentsAdded != 0 ||
        tableCounts(*db) != after) {
        qWarning("%s: a second import %s", qPrintable(name),
                 again ? "added records" : qPrintable(QStringLiteral("failed: ") + again.error().message));
        return std::nullopt;
    }
    db.reset();
    QFile::remove(path);
    return true;
}

void TestImportCorpus::replay()
{
    QFETCH(QString, file);
    QFile source(QDir(kCorpus).filePath(file));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const Expect intoEmpty = file.startsWith(QLatin1String("refuse-")) ? Expect::Refuse : Expect::Accept;
    const Expect intoFull = file.startsWith(QLatin1String("accept-")) ? Expect::Anything : Expect::Refuse;
    for (const auto& [model, expect] : {std::pair{m_empty, intoEmpty}, std::pair{m_full, intoFull}}) {
        const std::optional<bool> accepted = importInto(model, bytes, file);
        QVERIFY(accepted.has_value());
        if (expect != Expect::Anything)
            QVERIFY2(*accepted == (expect == Expect::Accept),
                     qPrintable(QStringLiteral("%1 into the %2 database")
                                    .arg(file, model == m_empty ? QStringLiteral("empty") : QStringLiteral("full"))));
    }
    // The same seed, changed a little, in ways fixed by its name so that a failure can be replayed.
    QRandomGenerator random(qHash(file));
    for (int i = 0; i < kMutantsPerSeed; ++i) {
        const QByteArray mutant = mutated(bytes, random);
        const QString name = QStringLiteral("%1 mutant %2").arg(file).arg(i);
        QVERIFY(importInto(m_empty, mutant, name).has_value());
        QVERIFY(importInto(m_full, mutant, name).has_value());
    }
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
