// `outcome-tracker-cli form`: the questionnaires of a visit and a blank instrument as PDFs read back as text, and its
// contract: exit 2 naming the argument for an unknown patient, visit or instrument and for a bad combination.
#include "CliRunner.h"
#include "InstrumentLibrary.h"
#include "PdfText.h"
#include "SampleDatabase.h"
#include "TranslatedDefinition.h"

#include <QTest>

using namespace outcome;
using namespace outcome::test;

class TestFormCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baselineHasEveryPlannedItem();
    void nextIsTheFirstPlannedVisit();
    void blankInstrument();
    void thePatientsLanguage();
    void badArguments_data();
    void badArguments();

private:
    QStringList form(const QString& visit, const QString& out) const;
    QTemporaryDir m_dir;
    QString m_db;
    QList<Visit> m_visits;
    InstrumentLibrary m_library = InstrumentLibrary::load();
};

void TestFormCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("clinic.db"));
    auto db = openDatabase(m_db);
    QVERIFY(db);
    const StoredSample sample = storeSampleCourse(*db);
    Result<QList<Visit>> visits = CourseRepository(*db).visits(sample.courseId);
    QVERIFY(visits.ok());
    m_visits = *visits;
}

QStringList TestFormCommand::form(const QString& visit, const QString& out) const
{
    return {QStringLiteral("form"),
            QStringLiteral("--db"),
            m_db,
            QStringLiteral("--patient"),
            QStringLiteral("C000001"),
            QStringLiteral("--visit"),
            visit,
            QStringLiteral("--out"),
            out};
}

void TestFormCommand::baselineHasEveryPlannedItem()
{
    const Visit& baseline = m_visits.first();
    QCOMPARE(baseline.title(), QStringLiteral("Baseline"));
    QVERIFY(baseline.plannedInstruments.size() >= 3);
    const QString out = m_dir.filePath(QStringLiteral("baseline.pdf"));
    const CliRun run = runCli(form(QStringLiteral("1"), out));
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const int pages = pdfPageCount(out);
    // The battery's RAND-36 alone has 36 items: more than a few pages, far fewer than one per item.
    QVERIFY2(pages >= 5 && pages <= 30, qPrintable(QString::number(pages)));
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfReadingText(out, page);
        QVERIFY2(text.contains(QStringLiteral("Example, Jane")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("C000001")));
        QVERIFY(text.contains(QStringLiteral("Baseline, planned for")));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    const QString text = pdfReadingText(out);
    for (const QString& id : baseline.plannedInstruments) {
        const InstrumentDefinition* definition = m_library.find(id);
        QVERIFY(definition);
        QVERIFY2(text.contains(definition->name), qPrintable(definition->name));
        for (const ItemDefinition& item : definition->items()) {
            const QString printed = QStringLiteral("%1. %2").arg(item.number).arg(item.label);
            QVERIFY2(text.contains(printed), qPrintable(QStringLiteral("%1: %2").arg(id, printed)));
        }
    }
    // Only what is planned: the optional blood markers are not a questionnaire the patient fills in.
    for (const QString& id : baseline.optionalInstruments)
        QVERIFY2(!text.contains(m_library.find(id)->name), qPrintable(id));
}

void TestFormCommand::nextIsTheFirstPlannedVisit()
{
    const auto next = std::find_if(m_visits.cbegin(), m_visits.cend(),
                                   [](const Visit& visit) { return visit.status == VisitStatus::Scheduled; });
    QVERIFY(next != m_visits.cend());
    const QString out = m_dir.filePath(QStringLiteral("next.pdf"));
    const CliRun run = runCli(form(QStringLiteral("next"), out));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(pdfReadingText(out, 1).contains(QStringLiteral("Questionnaires for %1").arg(next->title())));
}

void TestFormCommand::blankInstrument()
{
    const QString out = m_dir.filePath(QStringLiteral("odi.pdf"));
    const CliRun run = runCli(
        {QStringLiteral("form"), QStringLiteral("--instrument"), QStringLiteral("odi"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = pdfReadingText(out);
    QVERIFY(text.contains(QStringLiteral("Name: ____")));
    QVERIFY(!text.contains(QStringLiteral("C000001")));
    for (const ItemDefinition& item : m_library.find(QStringLiteral("odi"))->items()) {
        QVERIFY(text.contains(QStringLiteral("%1. %2").arg(item.number).arg(item.label)));
        for (const AnswerOption& option : item.options)
            QVERIFY(text.contains(QStringLiteral("%1 %2").arg(option.code).arg(option.label)));
    }
}

void TestFormCommand::thePatientsLanguage()
{
    const QString clinic = m_dir.filePath(QStringLiteral("instruments"));
    QVERIFY(installGermanNrs(clinic));
    const auto session = std::find_if(m_visits.cbegin(), m_visits.cend(), [](const Visit& visit) {
        return visit.plannedInstruments == QStringList{QStringLiteral("nrs")};
    });
    QVERIFY(session != m_visits.cend());
    const QString number = QString::number(session - m_visits.cbegin() + 1);
    {
        auto db = openDatabase(m_db);
        QVERIFY(db);
        PatientRepository patients(*db);
        Patient patient = *patients.findByChartNumber(QStringLiteral("C000001"));
        patient.language = QStringLiteral("de");
        QVERIFY(patients.update(patient));
    }
    const QStringList withClinic{QStringLiteral("--instruments"), clinic};

    // The patient reads German: the clinic's NRS has it.
    const QString german = m_dir.filePath(QStringLiteral("german.pdf"));
    CliRun run = runCli(form(number, german) + withClinic);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QString text = pdfReadingText(german);
    QVERIFY2(text.contains(QStringLiteral("1. ") + kGermanNrsLabel), qPrintable(text));
    QVERIFY(text.contains(kGermanNrsInstructions));

    // --language chooses another for this print; English is the definition's own words.
    const QString english = m_dir.filePath(QStringLiteral("english.pdf"));
    run = runCli(form(number, english) + withClinic + QStringList{QStringLiteral("--language"), QStringLiteral("EN")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    text = pdfReadingText(english);
    QVERIFY2(text.contains(QStringLiteral("1. Pain intensity now")), qPrintable(text));
    QVERIFY(!text.contains(kGermanNrsLabel));

    // A blank questionnaire in German.
    const QString blank = m_dir.filePath(QStringLiteral("blank-de.pdf"));
    run = runCli({QStringLiteral("form"), QStringLiteral("--instrument"), QStringLiteral("nrs"),
                  QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--out"), blank,
                  QStringLiteral("--instruments"), clinic});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    text = pdfReadingText(blank);
    QVERIFY2(text.contains(QStringLiteral("NRS — ") + kGermanNrsName), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Name: ____")));
}

void TestFormCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = m_dir.filePath(QStringLiteral("clinic.db"));
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    const QStringList patient{QStringLiteral("--db"), db, QStringLiteral("--patient"), QStringLiteral("C000001")};
    const QStringList toPdf{QStringLiteral("--out"), out};
    QTest::newRow("unknown patient") << (QStringList{QStringLiteral("--db"), db, QStringLiteral("--patient"),
                                                     QStringLiteral("C999999"), QStringLiteral("--visit"),
                                                     QStringLiteral("1")}
                                         << toPdf)
                                     << QStringLiteral("--patient");
    QTest::newRow("visit out of range") << (patient + QStringList{QStringLiteral("--visit"), QStringLiteral("99")} +
                                            toPdf)
                                        << QStringLiteral("(1-12)");
    QTest::newRow("visit not a number") << (patient + QStringList{QStringLiteral("--visit"), QStringLiteral("first")} +
                                            toPdf)
                                        << QStringLiteral("--visit must be next");
    QTest::newRow("no visit") << (patient + toPdf) << QStringLiteral("--visit is required");
    QTest::newRow("unknown instrument")
        << (QStringList{QStringLiteral("--instrument"), QStringLiteral("sf12")} + toPdf)
        << QStringLiteral("--instrument: unknown instrument \"sf12\" (known: markers, nrs, odi, qvas, rand36, rmdq)");
    QTest::newRow("patient and instrument")
        << (patient + QStringList{QStringLiteral("--instrument"), QStringLiteral("odi")} + toPdf)
        << QStringLiteral("give either");
    QTest::newRow("neither") << toPdf << QStringLiteral("give either");
    QTest::newRow("language not a code")
        << (QStringList{QStringLiteral("--instrument"), QStringLiteral("odi"), QStringLiteral("--language"),
                        QStringLiteral("German")}
            << toPdf)
        << QStringLiteral("--language: \"German\" is not a language code; use two or three letters such as en, de "
                          "or fr.");
    QTest::newRow("not a pdf") << (QStringList{QStringLiteral("--instrument"), QStringLiteral("odi"),
                                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("odi.png"))})
                               << QStringLiteral("--out must be a file ending in .pdf");
    QTest::newRow("blank with a visit") << (QStringList{QStringLiteral("--instrument"), QStringLiteral("odi"),
                                                        QStringLiteral("--visit"), QStringLiteral("1")}
                                            << toPdf)
                                        << QStringLiteral("--visit: only with --patient");
}

void TestFormCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("form")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

QTEST_MAIN(TestFormCommand)
#include "tst_formcommand.moc"
