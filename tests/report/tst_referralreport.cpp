// The referral summary read back from its PDF: who, which measures and what changed are real text; long notes add
// pages without splitting table rows; the de-identified variant names nobody; fonts are embedded; paper follows the
// locale or the setting; presets survive in the database.
#include "ClinicSettingsRepository.h"
#include "ExportIdentity.h"
#include "FixedClock.h"
#include "InstrumentLibrary.h"
#include "OutcomeText.h"
#include "PdfText.h"
#include "ReferralReport.h"
#include "ReportPaper.h"
#include "ReportPresetStore.h"
#include "SampleDatabase.h"
#include "SimilarClinic.h"

#include <QDir>
#include <QPrinter>
#include <QTest>

using namespace outcome;
using namespace outcome::test;

// The day the summaries are written: after the sample course, the day after Jane Example turned 57.
const QDate kReportDay(2027, 6, 1);

class TestReferralReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesMeasuresAndChanges();
    void flagsEveryValueOutOfRangeAndWhatWasNotRecorded();
    void longBirthDateIsShownWhole();
    void longNotesFlowWithoutSplittingRows();
    void deidentifiedNamesNobody();
    void deidentifiedLeavesOutFreeTextAndDates();
    void thisVisitOnly();
    void paperFollowsLocaleOrChoice_data();
    void paperFollowsLocaleOrChoice();
    void letterPaperIsWritten();
    void printerGetsTheSamePages();
    void presetsAreKeptInTheDatabase();
    void failedWriteLeavesNothing();
    void expectedCourseWhenChosen();

private:
    ReportOptions preset(const QString& id) const;
    QString write(qint64 patientId, const ReportOptions& options, const QString& name);

    const FixedClock m_clock{kReportDay};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load({});
    StoredSample m_sample;
    Patient m_patient;
};

void TestReferralReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("report.db")));
    QVERIFY(m_db);
    m_sample = storeSampleCourse(*m_db);
    m_patient = samplePatient();
    ClinicSettings clinic;
    clinic.clinicName = QStringLiteral("Harbour Spine Clinic");
    clinic.address = QStringLiteral("12 Quay Street\nPort Town 4410");
    clinic.phone = QStringLiteral("+61 2 5550 1234");
    clinic.clinicianName = QStringLiteral("Dr Ana Silva");
    clinic.clinicianTitle = QStringLiteral("Chiropractor");
    clinic.confidentialityNotice = QStringLiteral("Private and confidential: for the named recipient only.");
    QVERIFY(ClinicSettingsRepository(*m_db).save(clinic).ok());
}

ReportOptions TestReferralReport::preset(const QString& id) const
{
    for (const ReportOptions& options : ReportOptions::standardPresets()) {
        if (options.presetId == id)
            return options;
    }
    return {};
}

QString TestReferralReport::write(qint64 patientId, const ReportOptions& options, const QString& name)
{
    const QString path = m_dir.filePath(name);
    const Result<int> pages =
        ReferralReport::writePdf(*m_db, m_library, patientId, options, path, QPageSize(QPageSize::A4));
    if (!pages)
        qWarning("%s", qPrintable(pages.error().message));
    return pages ? path : QString();
}

void TestReferralReport::flagsEveryValueOutOfRangeAndWhatWasNotRecorded()
{
    const QString path = write(m_sample.patientId, preset(QStringLiteral("specialist")), QStringLiteral("flags.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfReadingText(path);
    // CRP was 12.0 mg/L at baseline (range < 10): marked there although the latest value (4.5) is in range, and the
    // mark is explained.
    for (const QString& expected :
         {QStringLiteral("C-reactive protein (mg/L) 12.0 \u25B2"), QStringLiteral("in range range < 10.0 mg/L"),
          QStringLiteral("Blood markers: \u25B2 above the reference range \u00B7 \u25BC below the reference range, at "
                         "every visit shown."),
          // The 6-month visit is past its window and nothing was recorded: the reader sees it.
          QStringLiteral("Not recorded 6 months (overdue)"),
          // IL-6 below the limit of detection at both ends: no direction can be given.
          QStringLiteral("cannot tell: beyond the limit of detection")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
    // Markers get no change verdict, and RAND-36 is never "meaningful".
    QVERIFY(!text.contains(QStringLiteral("no threshold")));
    QVERIFY(!text.contains(QStringLiteral("not rated")));
}

void TestReferralReport::longBirthDateIsShownWhole()
{
    // The longest English month: nothing of the date or the age is cut off.
    const StoredSample september =
        storeSampleCourse(*m_db, samplePatient(QStringLiteral("C000930"), QStringLiteral("Longmonth"),
                                               QStringLiteral("Sam"), QDate(2000, 9, 30)));
    const QString path = write(september.patientId, preset(QStringLiteral("gp")), QStringLiteral("september.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path, 1);
    QVERIFY2(text.contains(QStringLiteral("30 September 2000 (26 years)")), qPrintable(text.left(1500)));
}

void TestReferralReport::namesMeasuresAndChanges()
{
    ReportOptions options = preset(QStringLiteral("gp"));
    options.recipient = QStringLiteral("Dr J. Smith, Harbour Medical Practice");
    const QString path = write(m_sample.patientId, options, QStringLiteral("gp.pdf"));
    QVERIFY(!path.isEmpty());
    const QString first = pdfText(path, 1);
    // The first page carries the letterhead, the day it was written, who it is about, and the table.
    for (const QString& expected :
         {QStringLiteral("Harbour Spine Clinic"), QStringLiteral("12 Quay Street"), OutcomeText::longDate(kReportDay),
          QStringLiteral("Jane Example"), QStringLiteral("C000001"), OutcomeText::longDate(m_patient.birthDate),
          QStringLiteral("Dr J. Smith"), QStringLiteral("Dr Ana Silva, Chiropractor"),
          QStringLiteral("Oswestry Disability Index"), QStringLiteral("Pain intensity (NRS)"),
          QStringLiteral("Exercise therapy"), QStringLiteral("7 of 8 attended"), QStringLiteral("Session 6")})
        QVERIFY2(first.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + first));
    // ODI 40 % at baseline, 18 % at three months: 22 points and 55 % better, a meaningful improvement.
    const QString all = pdfReadingText(path);
    for (const QString& expected :
         {QStringLiteral("40 %"), QStringLiteral("18 %"), QStringLiteral("\u221222 points"),
          QStringLiteral("\u221255 %"),
          QStringLiteral("meaningful improvement better by 10 points: yes better by 30 %: yes"),
          QStringLiteral("Ostelo"), QStringLiteral("Minimal disability")})
        QVERIFY2(all.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + all));
    // NRS had no baseline value: the first recorded one stands in, and says so.
    QVERIFY(all.contains(QStringLiteral("first recorded")));
    const int pages = pdfPageCount(path);
    QVERIFY(pages >= 1);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Private and confidential")));
        QVERIFY(text.contains(QStringLiteral("Jane Example")));
    }
    QVERIFY2(pdfUnembeddedFonts(path).isEmpty(), qPrintable(pdfUnembeddedFonts(path).join(QLatin1Char('\n'))));
}

void TestReferralReport::longNotesFlowWithoutSplittingRows()
{
    const StoredSample other = storeSampleCourse(
        *m_db, samplePatient(QStringLiteral("C000009"), QStringLiteral("Notes"), QStringLiteral("Long")));
    ReportOptions options = preset(QStringLiteral("specialist"));
    const QString shortPath = write(other.patientId, options, QStringLiteral("short.pdf"));
    QVERIFY(!shortPath.isEmpty());
    const int shortPages = pdfPageCount(shortPath);

    CourseRepository courses(*m_db);
    Result<QList<Visit>> visits = courses.visits(other.courseId);
    QVERIFY(visits.ok());
    QStringList sentences;
    for (int i = 1; i <= 120; ++i)
        sentences << QStringLiteral("Note sentence %1 about posture, lifting at work and the home exercises.").arg(i);
    Visit noted = visits->first();
    noted.note = sentences.join(QLatin1Char(' '));
    QVERIFY(courses.updateVisit(noted).ok());

    const QString path = write(other.patientId, options, QStringLiteral("long.pdf"));
    QVERIFY(!path.isEmpty());
    const int pages = pdfPageCount(path);
    QVERIFY2(pages >= shortPages + 1,
             qPrintable(QStringLiteral("%1 pages, %2 without notes").arg(pages).arg(shortPages)));
    QVERIFY(pdfText(path, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
    const QString all = pdfText(path);
    QVERIFY(all.contains(QStringLiteral("Note sentence 1 ")));
    QVERIFY(all.contains(QStringLiteral("Note sentence 120")));

    // Every row is whole on exactly one page: its cell text, read in drawing order, is not cut by a page break.
    const Result<ReferralReport> report = ReferralReport::load(*m_db, m_library, other.patientId, options);
    QVERIFY(report.ok());
    QVERIFY(report->measures().size() >= 10);
    QStringList pageTexts;
    for (int page = 1; page <= pages; ++page)
        pageTexts.append(runTool(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                  QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified());
    for (const MeasureSeries* series : report->measures()) {
        // The measure's cell: its short name, then its name where that says more.
        const MeasureDefinition& measure = series->measure();
        const QString row = OutcomeText::shortName(measure) == measure.name
                                ? series->instrument().shortName + QLatin1Char(' ') + measure.name
                                : OutcomeText::shortName(measure) + QLatin1Char(' ') + measure.name;
        const qsizetype pagesWithRow = std::count_if(pageTexts.cbegin(), pageTexts.cend(),
                                                     [&row](const QString& text) { return text.contains(row); });
        QVERIFY2(pagesWithRow == 1, qPrintable(row));
    }
}

void TestReferralReport::deidentifiedNamesNobody()
{
    ReportOptions options = preset(QStringLiteral("specialist"));
    options.deidentified = true;
    const QString path = write(m_sample.patientId, options, QStringLiteral("deidentified.pdf"));
    QVERIFY(!path.isEmpty());
    // The metadata of the file names nobody either: its title, author and subject travel with it into records.
    const QString text = pdfText(path) + runTool(QStringLiteral("pdfinfo"), {path}) +
                         runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    const QDate born = m_patient.birthDate;
    for (const QString& forbidden :
         {QStringLiteral("Jane"), QStringLiteral("Example"), QStringLiteral("C000001"), OutcomeText::longDate(born),
          QLocale().toString(born, QLocale::ShortFormat), QLocale().toString(born, QLocale::LongFormat),
          born.toString(Qt::ISODate), QStringLiteral("31/05/1970"), QStringLiteral("05/31/1970"),
          QStringLiteral("Lifted a heavy box")})
        QVERIFY2(!text.contains(forbidden), qPrintable(forbidden));
    const Result<ExportIdentity> identity = ExportIdentity::load(*m_db);
    QVERIFY(identity.ok());
    const QString pseudonym = identity->pseudonym(m_patient);
    QVERIFY2(text.contains(pseudonym), qPrintable(pseudonym));
    QVERIFY2(text.contains(QStringLiteral("Title:           Referral summary: ") + pseudonym), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<rdf:li>Harbour Spine Clinic</rdf:li>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("57 years")), qPrintable(text.left(1500)));
    // The clinic's own contact details are not the patient's: they stay.
    QVERIFY(text.contains(QStringLiteral("+61 2 5550 1234")));
    QVERIFY(text.contains(QStringLiteral("Oswestry Disability Index")));
}

void TestReferralReport::deidentifiedLeavesOutFreeTextAndDates()
{
    // The patient's name in every free-text field, and every date of the course, must not reach the file.
    auto db = openDatabase(m_dir.filePath(QStringLiteral("freetext.db")));
    QVERIFY(db);
    const StoredSample stored = storeSampleCourse(*db);
    const QString name = m_patient.fullName();
    CourseRepository courses(*db);
    Course course = *courses.find(stored.courseId);
    course.treatmentLabel = name;
    course.notes = name;
    QVERIFY(courses.update(course, QStringLiteral("test")).ok());
    QList<QDate> dates{m_patient.birthDate, course.startDate, course.endDate};
    const QList<Visit> visits = *courses.visits(stored.courseId);
    for (Visit visit : visits) {
        visit.note = name;
        if (visit.kind == VisitKind::FollowUp || visit.kind == VisitKind::Extra)
            visit.label = name;
        QVERIFY(courses.updateVisit(visit, QStringLiteral("test")).ok());
        dates << visit.scheduledDate << visit.actualDate;
    }
    const QList<ClinicalEvent> events = *ClinicalEventRepository(*db).forPatient(stored.patientId);
    for (ClinicalEvent event : events) {
        event.note = name;
        QVERIFY(ClinicalEventRepository(*db).update(event, QStringLiteral("test")).ok());
        dates << event.date;
    }
    ReportOptions options = preset(QStringLiteral("specialist"));
    options.deidentified = true;
    options.includeNotes = true;
    options.includeEvents = true;
    const QString path = m_dir.filePath(QStringLiteral("freetext.pdf"));
    QVERIFY(ReferralReport::writePdf(*db, m_library, stored.patientId, options, path, QPageSize(QPageSize::A4)).ok());
    const QString text = pdfText(path) + runTool(QStringLiteral("pdfinfo"), {path});
    QStringList forbidden{m_patient.givenName, m_patient.familyName, m_patient.chartNumber};
    for (const QDate& date : std::as_const(dates)) {
        if (!date.isValid())
            continue;
        forbidden << date.toString(Qt::ISODate) << OutcomeText::longDate(date)
                  << QLocale().toString(date, QLocale::ShortFormat) << QLocale().toString(date, QLocale::LongFormat);
    }
    for (const QString& word : std::as_const(forbidden))
        QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" in:\n") + text));
    QVERIFY2(text.contains(QStringLiteral("left out (de-identified)")), qPrintable(text));
    // Asked for, the labels are there; the dates still are not.
    options.includeFreeText = true;
    const QString withText = m_dir.filePath(QStringLiteral("freetext-kept.pdf"));
    QVERIFY(
        ReferralReport::writePdf(*db, m_library, stored.patientId, options, withText, QPageSize(QPageSize::A4)).ok());
    QVERIFY(pdfText(withText).contains(name));
}

void TestReferralReport::thisVisitOnly()
{
    ReportOptions options = preset(QStringLiteral("gp"));
    options.scope = ReportScope::ThisVisit;
    options.chartMeasures.clear();
    const QString path = write(m_sample.patientId, options, QStringLiteral("visit.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Scores at this visit")));
    QVERIFY(text.contains(QStringLiteral("3 months")));
    QVERIFY(text.contains(QStringLiteral("Oswestry Disability Index")));
    // The pain NRS was recorded at sessions only: it has nothing at the three-month visit.
    QVERIFY(!text.contains(QStringLiteral("Pain intensity (NRS)")));
}

void TestReferralReport::paperFollowsLocaleOrChoice_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::addColumn<int>("expected");
    QTest::newRow("United States") << QString() << QLocale::UnitedStates << int(QPageSize::Letter);
    QTest::newRow("Canada") << QString() << QLocale::Canada << int(QPageSize::Letter);
    QTest::newRow("Mexico") << QString() << QLocale::Mexico << int(QPageSize::Letter);
    QTest::newRow("Germany") << QString() << QLocale::Germany << int(QPageSize::A4);
    QTest::newRow("Australia") << QString() << QLocale::Australia << int(QPageSize::A4);
    QTest::newRow("no territory") << QString() << QLocale::AnyTerritory << int(QPageSize::A4);
    QTest::newRow("A4 chosen in the US") << QStringLiteral("A4") << QLocale::UnitedStates << int(QPageSize::A4);
    QTest::newRow("letter chosen in France") << QStringLiteral("letter") << QLocale::France << int(QPageSize::Letter);
    QTest::newRow("unknown choice follows locale") << QStringLiteral("B5") << QLocale::France << int(QPageSize::A4);
}

void TestReferralReport::paperFollowsLocaleOrChoice()
{
    QFETCH(QString, choice);
    QFETCH(QLocale::Territory, territory);
    QFETCH(int, expected);
    // The territory's own language: a language and territory pair CLDR does not know falls back elsewhere.
    const QLocale locale(QLocale::AnyLanguage, territory);
    QCOMPARE(locale.territory(), territory);
    QCOMPARE(int(ReportPaper::choose(choice, locale).id()), expected);
}

void TestReferralReport::letterPaperIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    const Result<int> pages = ReferralReport::writePdf(
        *m_db, m_library, m_sample.patientId, preset(QStringLiteral("gp")), path, QPageSize(QPageSize::Letter));
    QVERIFY(pages.ok());
    QVERIFY(runTool(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("612 x 792")));
}

// The preview and the printer are painted from the same document as the file.
void TestReferralReport::printerGetsTheSamePages()
{
    const ReportOptions options = preset(QStringLiteral("specialist"));
    const QString saved = write(m_sample.patientId, options, QStringLiteral("saved.pdf"));
    QVERIFY(!saved.isEmpty());
    const Result<ReferralReport> report = ReferralReport::load(*m_db, m_library, m_sample.patientId, options);
    QVERIFY(report.ok());
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageLayout(ReportPaper::layout(QPageSize(QPageSize::A4)));
    const int pages = report->print(printer);
    QCOMPARE(pages, pdfPageCount(saved));
    QCOMPARE(pdfPageCount(printed), pages);
    QVERIFY(pdfText(printed, 1).contains(QStringLiteral("Jane Example")));
    QVERIFY(pdfText(printed).contains(QStringLiteral("Oswestry Disability Index")));
}

void TestReferralReport::presetsAreKeptInTheDatabase()
{
    ReportPresetStore store(*m_db);
    ReportOptions own = preset(QStringLiteral("gp"));
    own.presetId = QStringLiteral("Physiotherapy colleague");
    own.measures = {QStringLiteral("odi/total")};
    own.recipient = QStringLiteral("Someone");
    QVERIFY(store.save(own).ok());
    ReportOptions gp = preset(QStringLiteral("gp"));
    gp.includeNotes = true;
    QVERIFY(store.save(gp).ok());

    const Result<QList<ReportOptions>> all = ReportPresetStore(*m_db).presets();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(0).presetId, QStringLiteral("gp"));
    QVERIFY(all->at(0).includeNotes);
    QCOMPARE(all->at(4).presetId, QStringLiteral("Physiotherapy colleague"));
    QCOMPARE(all->at(4).measures, QStringList{QStringLiteral("odi/total")});
    QVERIFY2(all->at(4).recipient.isEmpty(), "a recipient belongs to one letter, not to a preset");

    const Result<ReportOptions> missing = store.preset(QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("nope")));
    QVERIFY(missing.error().message.contains(QStringLiteral("insurer")));
    QVERIFY(!store.save(ReportOptions()).ok());
}

void TestReferralReport::failedWriteLeavesNothing()
{
    QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir.filePath(QStringLiteral("not-a-folder/report.pdf"));
    const Result<int> pages = ReferralReport::writePdf(*m_db, m_library, m_sample.patientId,
                                                       preset(QStringLiteral("gp")), path, QPageSize(QPageSize::A4));
    QVERIFY(!pages.ok());
    QVERIFY2(pages.error().message.contains(path), qPrintable(pages.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestReferralReport::expectedCourseWhenChosen()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("similar.db")));
    QVERIFY(db);
    storeSimilarClinic(*db);
    const qint64 patientId = storeSimilarCourse(*db, standardTemplate(*db), QStringLiteral("P000007"),
                                                {7, 5, CourseStatus::Active}, QDate(2026, 3, 2));
    ReportOptions options = preset(QStringLiteral("patient")); // its table and charts hold the NRS
    const QString without = m_dir.filePath(QStringLiteral("without-expected.pdf"));
    QVERIFY(ReferralReport::writePdf(*db, m_library, patientId, options, without, QPageSize(QPageSize::A4)).ok());
    QVERIFY(!pdfReadingText(without).contains(QStringLiteral("started like")));

    options.expectedCourse = true;
    const Result<ReferralReport> report = ReferralReport::load(*db, m_library, patientId, options);
    QVERIFY(report.ok());
    QVERIFY(report->content().expected.value(QStringLiteral("nrs/score")).isShown());
    const QString with = m_dir.filePath(QStringLiteral("with-expected.pdf"));
    QVERIFY(report->writePdf(with, QPageSize(QPageSize::A4)).ok());
    const QString text = pdfReadingText(with);
    // In words (hand-computed in SimilarClinic.h) and in the chart's key.
    QVERIFY2(text.contains(QStringLiteral("Pain intensity (NRS): patients who started like this (21 courses, baseline "
                                          "within 1 point of 7): at 1 month median 4, middle half 3 to 6.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Patients who started like this: 21 courses")));
    // The option is kept with a preset, and left out of presets saved before it existed.
    QVERIFY(ReportOptions::fromJson(options.toJson()).expectedCourse);
    QVERIFY(!preset(QStringLiteral("patient")).toJson().contains(QStringLiteral("expected_course")));
}

QTEST_MAIN(TestReferralReport)
#include "tst_referralreport.moc"
