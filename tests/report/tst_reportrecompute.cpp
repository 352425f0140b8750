// The referral summary against a second, plain reading of the clinical reference: for the demo clinic's patients,
// every value, change, verdict and range mark of the report's table recomputed here from the answers as stored,
// without the program's scoring, baseline or wording code.
#include "AssessmentRepository.h"
#include "DemoClinic.h"
#include "FixedClock.h"
#include "InstrumentLibrary.h"
#include "PdfText.h"
#include "ReferralReport.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace outcome;
using namespace outcome::test;

namespace {

const QDate kToday(2026, 12, 4);
constexpr int kPatients = 60;
constexpr quint32 kSeed = 5;
const QChar kMinus(0x2212);
const QChar kNoBreak(0x00A0);
const QString kDash = QStringLiteral("—");

// The text of a number rounded as a person rounds the decimal it stands for: half away from zero, on its first
// twelve significant digits (2.15 is "2.2", −0.55 is "−0.6"), by carrying digits of its decimal text; "−" only for
// what does not round to 0.
QString rounded(double value, int decimals, bool withPlus = false)
{
    QString digits = QString::number(std::abs(value), 'g', 12);
    if (digits.contains(QLatin1Char('e')))
        digits = QStringLiteral("0"); // below 0.0001: nothing a cell shows
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point + 1);
    const bool up = fraction.size() > decimals && fraction.at(decimals) >= QLatin1Char('5');
    QString kept = whole + fraction.left(decimals).leftJustified(decimals, QLatin1Char('0'));
    if (up) {
        qsizetype i = kept.size() - 1;
        while (i >= 0 && kept.at(i) == QLatin1Char('9'))
            kept[i--] = QLatin1Char('0');
        if (i < 0)
            kept.prepend(QLatin1Char('1'));
        else
            kept[i] = QChar(kept.at(i).unicode() + 1);
    }
    // Digits grouped and the decimal point as the user's locale writes them ("1,200" in English).
    const QLocale locale;
    QString text = locale.toString(kept.left(kept.size() - decimals).toLongLong());
    if (decimals > 0)
        text += locale.decimalPoint() + kept.right(decimals);
    const bool zero = std::all_of(kept.cbegin(), kept.cend(), [](QChar c) { return c == QLatin1Char('0'); });
    if (zero)
        return text;
    if (value < 0)
        return kMinus + text;
    return withPlus ? QLatin1Char('+') + text : text;
}

// A value as stored and scored: a lab value may lie beyond its limit of detection ("< 0.5").
struct Value
{
    double number = 0;
    int censored = 0; // -1 below the limit, +1 above it
};

enum class Kind
{
    Threshold,   // NRS, QVAS, ODI, RMDQ: meaningful improvement or worsening by the headline threshold
    SmallChange, // RAND-36 scales and summaries: higher or lower by 5 points, else about the same
    Answer,      // RAND-36 item 2: its answer at each visit, no change
    Marker       // blood markers: in or out of the reference range at each visit
};

// One measure of the report as clinical.md and the instrument definitions describe it.
struct Rule
{
    QString instrument;
    QString measure;
    QString row;   // the first line of the report's measure cell
    QString group; // which kind of measure, for counting what the test met
    Kind kind = Kind::Threshold;
    int decimals = 0;
    QString unit;                        // "%" for ODI, the lab's unit for markers, empty for points
    double points = 0;                   // headline threshold in points (0: none)
    double percent = 0;                  // threshold in percent of baseline (0: none)
    std::optional<double> below;         // reference range "< x"
    std::function<QString(double)> band; // the band's label, or empty
};

QString bandOf(double value, const QList<std::pair<double, QString>>& upTo, const QString& top)
{
    for (const auto& [limit, label] : upTo) {
        if (value <= limit)
            return label;
    }
    return top;
}

Rule makeRule(const QString& instrument, const QString& measure, const QString& row, const QString& group,
              Kind kind = Kind::Threshold, int decimals = 0)
{
    Rule rule;
    rule.instrument = instrument;
    rule.measure = measure;
    rule.row = row;
    rule.group = group;
    rule.kind = kind;
    rule.decimals = decimals;
    return rule;
}

QList<Rule> rules()
{
    QList<Rule> all;
    Rule nrs = makeRule(QStringLiteral("nrs"), QStringLiteral("score"), QStringLiteral("NRS"), QStringLiteral("NRS"));
    nrs.points = 2;
    nrs.percent = 30;
    nrs.band = [](double v) {
        return bandOf(
            v, {{0, QStringLiteral("No pain")}, {3, QStringLiteral("Mild pain")}, {6, QStringLiteral("Moderate pain")}},
            QStringLiteral("Severe pain"));
    };
    all << nrs;
    Rule qvas =
        makeRule(QStringLiteral("qvas"), QStringLiteral("score"), QStringLiteral("QVAS"), QStringLiteral("QVAS"));
    qvas.percent = 30;
    qvas.band = [](double v) {
        return v < 50 ? QStringLiteral("Low intensity") : QStringLiteral("High intensity");
    };
    all << qvas;
    Rule odi = makeRule(QStringLiteral("odi"), QStringLiteral("total"), QStringLiteral("ODI"), QStringLiteral("ODI"));
    odi.unit = QStringLiteral("%");
    odi.points = 10;
    odi.percent = 30;
    odi.band = [](double v) {
        return bandOf(v,
                      {{20, QStringLiteral("Minimal disability")},
                       {40, QStringLiteral("Moderate disability")},
                       {60, QStringLiteral("Severe disability")},
                       {80, QStringLiteral("Crippling back pain")}},
                      QStringLiteral("Bed-bound or symptom magnification"));
    };
    all << odi;
    Rule rmdq =
        makeRule(QStringLiteral("rmdq"), QStringLiteral("total"), QStringLiteral("RMDQ"), QStringLiteral("RMDQ"));
    rmdq.points = 5;
    rmdq.percent = 30;
    all << rmdq;
    for (const char* scale : {"pf", "rp", "re", "ef", "ewb", "sf", "pain", "gh"}) {
        const QString id = QLatin1String(scale);
        const QString shortName = id == QLatin1String("pain") ? QStringLiteral("Pain") : id.toUpper();
        all << makeRule(QStringLiteral("rand36"), id, QStringLiteral("RAND-36 ") + shortName,
                        QStringLiteral("RAND-36 scale"), Kind::SmallChange);
    }
    Rule health = makeRule(QStringLiteral("rand36"), QStringLiteral("health_change"),
                           QStringLiteral("RAND-36 Health compared with a year ago"), QStringLiteral("RAND-36 item 2"),
                           Kind::Answer);
    health.band = [](double v) {
        return bandOf(v,
                      {{0, QStringLiteral("much worse")},
                       {25, QStringLiteral("somewhat worse")},
                       {50, QStringLiteral("about the same")},
                       {75, QStringLiteral("somewhat better")}},
                      QStringLiteral("much better"));
    };
    all << health;
    for (const char* summary : {"pcs", "mcs"}) {
        const QString id = QLatin1String(summary);
        all << makeRule(QStringLiteral("rand36"), id, QStringLiteral("RAND-36 ") + id.toUpper(),
                        QStringLiteral("RAND-36 summary"), Kind::SmallChange, 1);
    }
    const auto marker = [](const char* id, const char* shortName, const char* unit, std::optional<double> below) {
        Rule rule =
            makeRule(QStringLiteral("markers"), QLatin1String(id),
                     QStringLiteral("Markers ") + QLatin1String(shortName), QStringLiteral("marker"), Kind::Marker, 1);
        rule.unit = QLatin1String(unit);
        rule.below = below;
        return rule;
    };
    all << marker("crp", "CRP", "mg/L", 10) << marker("tnfa", "TNF-alpha", "pg/mL", 8)
        << marker("il1b", "IL-1 beta", "pg/mL", std::nullopt) << marker("il6", "IL-6", "pg/mL", 5)
        << marker("il10", "IL-10", "pg/mL", 5);
    return all;
}

// RAND-36 answers recoded to 0–100, higher = better health (clinical.md, "Recoding").
std::optional<double> randRecoded(int item, int code)
{
    const auto from = [code](std::initializer_list<double> values) -> std::optional<double> {
        if (code < 1 || code > int(values.size()))
            return std::nullopt;
        return values.begin()[code - 1];
    };
    if (QList<int>{1, 2, 20, 22, 34, 36}.contains(item))
        return from({100, 75, 50, 25, 0});
    if (item >= 3 && item <= 12)
        return from({0, 50, 100});
    if (item >= 13 && item <= 19)
        return from({0, 100});
    if (QList<int>{21, 23, 26, 27, 30}.contains(item))
        return from({100, 80, 60, 40, 20, 0});
    if (QList<int>{24, 25, 28, 29, 31}.contains(item))
        return from({0, 20, 40, 60, 80, 100});
    return from({0, 25, 50, 75, 100});
}

std::optional<int> code(const QJsonObject& items, int item)
{
    const QJsonValue value = items.value(QString::number(item));
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> randScale(const QJsonObject& items, const QList<int>& scaleItems)
{
    double sum = 0;
    int answered = 0;
    for (const int item : scaleItems) {
        if (const std::optional<int> answer = code(items, item)) {
            if (const std::optional<double> recoded = randRecoded(item, *answer)) {
                sum += *recoded;
                ++answered;
            }
        }
    }
    return answered ? std::optional<double>(sum / answered) : std::nullopt;
}

const QHash<QString, QList<int>>& randScales()
{
    static const QHash<QString, QList<int>> scales{
        {QStringLiteral("pf"), {3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
        {QStringLiteral("rp"), {13, 14, 15, 16}},
        {QStringLiteral("re"), {17, 18, 19}},
        {QStringLiteral("ef"), {23, 27, 29, 31}},
        {QStringLiteral("ewb"), {24, 25, 26, 28, 30}},
        {QStringLiteral("sf"), {20, 32}},
        {QStringLiteral("pain"), {21, 22}},
        {QStringLiteral("gh"), {1, 33, 34, 35, 36}},
    };
    return scales;
}

// A rescored SF-36 scale: missing items take the mean of the answered precoded ones, if at least `needed` are
// answered; 0–100 from the raw sum.
std::optional<double> sf36Scale(const QList<std::optional<double>>& precoded, int needed, double rawMin,
                                double rawRange)
{
    double sum = 0;
    int answered = 0;
    for (const std::optional<double>& value : precoded) {
        if (value) {
            sum += *value;
            ++answered;
        }
    }
    if (answered < needed)
        return std::nullopt;
    const double total = sum + (sum / answered) * double(precoded.size() - answered);
    return (total - rawMin) / rawRange * 100;
}

// Bodily pain and general health scored the SF-36 way, for the summaries (clinical.md, step 1).
std::optional<double> sf36Pain(const QJsonObject& items)
{
    const std::optional<int> i21 = code(items, 21);
    const std::optional<int> i22 = code(items, 22);
    std::optional<double> p21;
    std::optional<double> p22;
    if (i21)
        p21 = QList<double>{6, 5.4, 4.2, 3.1, 2.2, 1}.value(*i21 - 1);
    if (i22) {
        if (!i21)
            p22 = QList<double>{6, 4.75, 3.5, 2.25, 1}.value(*i22 - 1);
        else if (*i22 == 1)
            p22 = *i21 == 1 ? 6 : 5;
        else
            p22 = QList<double>{0, 4, 3, 2, 1}.value(*i22 - 1);
    }
    return sf36Scale({p21, p22}, 1, 2, 10);
}

std::optional<double> sf36GeneralHealth(const QJsonObject& items)
{
    const auto precode = [&items](int item, const QList<double>& values) -> std::optional<double> {
        const std::optional<int> answer = code(items, item);
        return answer ? std::optional<double>(values.value(*answer - 1)) : std::nullopt;
    };
    const QList<double> asCoded{1, 2, 3, 4, 5};
    const QList<double> reversed{5, 4, 3, 2, 1};
    return sf36Scale({precode(1, {5, 4.4, 3.4, 2, 1}), precode(33, asCoded), precode(34, reversed),
                      precode(35, asCoded), precode(36, reversed)},
                     3, 5, 20);
}

// PCS or MCS, norm-based (US 1990): all eight scales or none.
std::optional<double> summary(const QJsonObject& items, bool physical)
{
    struct Norm
    {
        std::optional<double> scale;
        double mean, sd, pcs, mcs;
    };
    const QHash<QString, QList<int>>& scales = randScales();
    const QList<Norm> norms{
        {randScale(items, scales.value(QStringLiteral("pf"))), 84.52404, 22.89490, 0.42402, -0.22999},
        {randScale(items, scales.value(QStringLiteral("rp"))), 81.19907, 33.79729, 0.35119, -0.12329},
        {sf36Pain(items), 75.49196, 23.55879, 0.31754, -0.09731},
        {sf36GeneralHealth(items), 72.21316, 20.16964, 0.24954, -0.01571},
        {randScale(items, scales.value(QStringLiteral("ef"))), 61.05453, 20.86942, 0.02877, 0.23534},
        {randScale(items, scales.value(QStringLiteral("sf"))), 83.59753, 22.37642, -0.00753, 0.26876},
        {randScale(items, scales.value(QStringLiteral("re"))), 81.29467, 33.02717, -0.19206, 0.43407},
        {randScale(items, scales.value(QStringLiteral("ewb"))), 74.84212, 18.01189, -0.22069, 0.48581},
    };
    double weighted = 0;
    for (const Norm& norm : norms) {
        if (!norm.scale)
            return std::nullopt;
        weighted += (*norm.scale - norm.mean) / norm.sd * (physical ? norm.pcs : norm.mcs);
    }
    return 50 + 10 * weighted;
}

// The score of one measure from one stored answer set, by the rules of clinical.md.
std::optional<Value> score(const Rule& rule, const QJsonObject& answers)
{
    const QJsonObject items = answers.value(QStringLiteral("items")).toObject();
    const auto number = [&items](const QString& id) -> std::optional<double> {
        const QJsonValue value = items.value(id);
        return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
    };
    const auto plain = [](std::optional<double> value) -> std::optional<Value> {
        return value ? std::optional<Value>(Value{*value, 0}) : std::nullopt;
    };
    if (rule.instrument == QLatin1String("nrs"))
        return plain(number(QStringLiteral("pain")));
    if (rule.instrument == QLatin1String("qvas")) {
        const std::optional<double> now = number(QStringLiteral("now"));
        const std::optional<double> typical = number(QStringLiteral("typical"));
        const std::optional<double> worst = number(QStringLiteral("worst"));
        if (!now || !typical || !worst)
            return std::nullopt;
        return Value{(*now + *typical + *worst) / 3 * 10, 0};
    }
    if (rule.instrument == QLatin1String("odi")) {
        double sum = 0;
        int answered = 0;
        for (int section = 1; section <= 10; ++section) {
            if (const std::optional<double> value = number(QString::number(section))) {
                sum += *value;
                ++answered;
            }
        }
        if (10 - answered > 2)
            return std::nullopt;
        return Value{sum / (5.0 * answered) * 100, 0};
    }
    if (rule.instrument == QLatin1String("rmdq")) {
        if (answers.value(QStringLiteral("incomplete")).toBool())
            return std::nullopt;
        double ticked = 0;
        for (int statement = 1; statement <= 24; ++statement)
            ticked += number(QString::number(statement)).value_or(0);
        return Value{ticked, 0};
    }
    if (rule.instrument == QLatin1String("rand36")) {
        if (rule.measure == QLatin1String("pcs") || rule.measure == QLatin1String("mcs"))
            return plain(summary(items, rule.measure == QLatin1String("pcs")));
        if (rule.measure == QLatin1String("health_change"))
            return plain(randScale(items, {2}));
        return plain(randScale(items, randScales().value(rule.measure)));
    }
    // A lab value in the unit it was reported in; mg/dL CRP is ten times as much in mg/L.
    const QJsonObject lab = items.value(rule.measure).toObject();
    if (!lab.value(QStringLiteral("value")).isDouble())
        return std::nullopt;
    const QString unit = lab.value(QStringLiteral("unit")).toString();
    const double factor = unit == QLatin1String("mg/dL") ? 10 : 1;
    const QString censored = lab.value(QStringLiteral("censored")).toString();
    return Value{lab.value(QStringLiteral("value")).toDouble() * factor, censored == QLatin1String("below")   ? -1
                                                                         : censored == QLatin1String("above") ? 1
                                                                                                              : 0};
}

// +1 above the reference range, -1 below it, 0 inside or without one. A censored value is out of range only when
// every value beyond its limit is.
int rangeFlag(const Rule& rule, const Value& value)
{
    if (!rule.below || value.censored < 0)
        return 0;
    return value.number >= *rule.below ? 1 : 0;
}

struct StoredVisit
{
    qint64 id = 0;
    int sequence = 0;
    QString kind;
    int session = 0;
    QString label;
    QDate scheduled;
    QDate actual;
    QString status;
    bool closesCourse = false;

    QDate date() const { return actual.isValid() ? actual : scheduled; }
    QString title() const
    {
        if (kind == QLatin1String("baseline"))
            return QStringLiteral("Baseline");
        if (kind == QLatin1String("session"))
            return QStringLiteral("Session %1").arg(session);
        return label;
    }
    // Why a cell has no value: the visit was missed, is past its day without a record, or has nothing for it.
    QString noValue() const
    {
        if (status == QLatin1String("missed"))
            return QStringLiteral("missed");
        if (status == QLatin1String("scheduled") && scheduled < kToday)
            return QStringLiteral("not recorded");
        return kDash;
    }
};

struct StoredCourse
{
    qint64 patientId = 0;
    QString chart;
    QList<StoredVisit> visits;                          // in the order of their dates
    QHash<qint64, QHash<QString, QJsonObject>> answers; // visit → instrument → stored answers
};

// What the test met, so that it cannot pass by covering nothing.
struct Coverage
{
    int patients = 0;
    int rows = 0;
    int cells = 0;
    int firstRecorded = 0;
    int firstRecordedAfterBaselineVisit = 0; // measures the baseline visit records, missing there
    int censoredValues = 0;
    int censoredChanges = 0;
    int zeroBaselines = 0;
    QHash<QString, int> worsened; // by group: changes in the worse direction
    int meaningfulWorsenings = 0;
    int flaggedBaselines = 0;
    int flaggedEndOfCourse = 0;
    int flaggedFollowUps = 0;
    int pdfRows = 0;
    int headlines = 0;
};

struct ExpectedRow
{
    QStringList cells;
    // The row's result sentence as the report's headline gives it ("ODI 40 % → 22 % (−18 points, ...)"); empty
    // without a change. Not recomputed (and `headlineKnown` false) for a value beyond a limit of detection or an
    // answer-only measure, which read differently.
    QString headline;
    bool headlineKnown = false;
    bool zeroBaselineLatest = false;
    bool flagged = false;
    Kind kind = Kind::Threshold;
    bool hasChange = false; // a value after the baseline
};

} // namespace

class TestReportRecompute : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void everyCellIsRecomputed();

private:
    QList<StoredCourse> readCourses();
    ExpectedRow expectedRow(const Rule& rule, const StoredCourse& course, const QList<const StoredVisit*>& followUps,
                            Coverage& coverage) const;
    QString shown(const Rule& rule, const Value& value) const;
    void checkPdf(const ReferralReport& report, const QList<ExpectedRow>& rows, Coverage& coverage);

    const FixedClock m_clock{kToday};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    InstrumentLibrary m_library = InstrumentLibrary::load({});
};

void TestReportRecompute::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(m_db);
    const Status generated = DemoClinic::generate(*m_db, DemoOptions{kPatients, kSeed, kToday});
    QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().message));
    // The demo records every instrument of a baseline visit that took place; a clinic sometimes removes one entered
    // in error. Two patients lose theirs (the questionnaires and the blood markers), so that the baseline of those
    // measures is the first recorded later value.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT a.id, a.row_version FROM assessments a JOIN visits v ON v.id = a.visit_id WHERE v.kind = 'baseline' "
        "AND v.course_id IN (SELECT DISTINCT f.course_id FROM visits f JOIN visits b ON b.course_id = f.course_id "
        "JOIN assessments m ON m.visit_id = b.id WHERE f.kind = 'followup' AND f.status = 'done' "
        "AND f.closes_course = 0 AND b.kind = 'baseline' AND m.instrument_id = 'markers' "
        "ORDER BY f.course_id LIMIT 2)")));
    QList<std::pair<qint64, int>> removed;
    while (query.next())
        removed.append({query.value(0).toLongLong(), query.value(1).toInt()});
    QVERIFY(removed.size() >= 4);
    AssessmentRepository assessments(*m_db);
    for (const auto& [id, rowVersion] : std::as_const(removed))
        QVERIFY(assessments.remove(id, rowVersion, QStringLiteral("Entered for the wrong patient")).ok());
}

void TestReportRecompute::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("IL-6 2.15") << 2.15 << 1 << QStringLiteral("2.2");
    QTest::newRow("change -0.55") << -0.55 << 1 << QStringLiteral("−0.6");
    QTest::newRow("binary 21.5") << 21.499999999999996 << 0 << QStringLiteral("22");
    QTest::newRow("carry") << 9.96 << 1 << QStringLiteral("10.0");
    QTest::newRow("no minus zero") << -0.04 << 1 << QStringLiteral("0.0");
    QTest::newRow("tiny") << 7e-15 << 0 << QStringLiteral("0");
    QTest::newRow("grouped") << 1199.5 << 0 << QStringLiteral("1,200");
}

// The plain rounding the recomputation relies on, checked on the reference's own examples.
void TestReportRecompute::roundsHalfAwayFromZero()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(rounded(value, decimals), expected);
}

QList<StoredCourse> TestReportRecompute::readCourses()
{
    QList<StoredCourse> courses;
    QHash<qint64, qsizetype> courseIndex;
    QHash<qint64, qint64> courseOfVisit;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT c.id, c.patient_id, p.chart_number FROM courses c "
                                   "JOIN patients p ON p.id = c.patient_id ORDER BY c.patient_id")))
        return {};
    while (query.next()) {
        courseIndex.insert(query.value(0).toLongLong(), courses.size());
        courses.append({query.value(1).toLongLong(), query.value(2).toString(), {}, {}});
    }
    if (!query.exec(QStringLiteral("SELECT id, course_id, sequence, kind, session_number, label, scheduled_date, "
                                   "actual_date, status, closes_course FROM visits")))
        return {};
    while (query.next()) {
        StoredVisit visit{query.value(0).toLongLong(),
                          query.value(2).toInt(),
                          query.value(3).toString(),
                          query.value(4).toInt(),
                          query.value(5).toString(),
                          QDate::fromString(query.value(6).toString(), Qt::ISODate),
                          QDate::fromString(query.value(7).toString(), Qt::ISODate),
                          query.value(8).toString(),
                          query.value(9).toBool()};
        courseOfVisit.insert(visit.id, query.value(1).toLongLong());
        if (visit.status != QLatin1String("cancelled"))
            courses[courseIndex.value(query.value(1).toLongLong())].visits.append(visit);
    }
    for (StoredCourse& course : courses) {
        std::sort(course.visits.begin(), course.visits.end(), [](const StoredVisit& a, const StoredVisit& b) {
            return a.date() != b.date() ? a.date() < b.date() : a.sequence < b.sequence;
        });
    }
    if (!query.exec(QStringLiteral("SELECT visit_id, instrument_id, answers FROM assessments")))
        return {};
    while (query.next()) {
        const qint64 visitId = query.value(0).toLongLong();
        courses[courseIndex.value(courseOfVisit.value(visitId))].answers[visitId].insert(
            query.value(1).toString(), QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
    }
    return courses;
}

// A value in a narrow cell: the measure's decimals, "< x" beyond a limit, the unit of a percent score, a range mark;
// an answer in its own words. Lab units are named in the measure's cell, and a lab value does not wrap.
QString TestReportRecompute::shown(const Rule& rule, const Value& value) const
{
    if (rule.kind == Kind::Answer)
        return rule.band(value.number);
    QString text = rounded(value.number, rule.decimals);
    if (value.censored)
        text = (value.censored < 0 ? QStringLiteral("< ") : QStringLiteral("> ")) + text;
    if (rule.unit == QLatin1String("%"))
        text += QStringLiteral(" %");
    const int flag = rangeFlag(rule, value);
    if (flag)
        text += flag > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
    if (rule.kind == Kind::Marker)
        text.replace(QLatin1Char(' '), kNoBreak);
    return text;
}

ExpectedRow TestReportRecompute::expectedRow(const Rule& rule, const StoredCourse& course,
                                             const QList<const StoredVisit*>& followUps, Coverage& coverage) const
{
    // The measure's values at the visits, in the order of their dates.
    QList<std::pair<const StoredVisit*, Value>> values;
    for (const StoredVisit& visit : course.visits) {
        const auto found = course.answers.value(visit.id).constFind(rule.instrument);
        if (found == course.answers.value(visit.id).constEnd())
            continue;
        if (const std::optional<Value> value = score(rule, *found))
            values.append({&visit, *value});
    }
    ExpectedRow row;
    row.kind = rule.kind;
    if (values.isEmpty())
        return row;

    // Baseline: the baseline visit's value, else the first recorded; the latest is the last other value.
    qsizetype baseline = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].first->kind == QLatin1String("baseline")) {
            baseline = i;
            break;
        }
    }
    const bool firstRecorded = values[baseline].first->kind != QLatin1String("baseline");
    const Value& start = values[baseline].second;
    qsizetype latest = values.size() - 1;
    if (latest == baseline)
        --latest;
    coverage.firstRecorded += firstRecorded ? 1 : 0;
    coverage.firstRecordedAfterBaselineVisit += firstRecorded && rule.instrument != QLatin1String("nrs") ? 1 : 0;

    const auto valueAt = [&values](const StoredVisit* visit) -> const Value* {
        for (const auto& [at, value] : values) {
            if (at == visit)
                return &value;
        }
        return nullptr;
    };
    row.cells << rule.row;
    row.cells << (firstRecorded ? shown(rule, start) + QStringLiteral("\nfirst recorded") : shown(rule, start));
    coverage.flaggedBaselines += rangeFlag(rule, start) ? 1 : 0;

    // End of course: the closing visit's value, else the last value up to its day other than the baseline, with
    // the visit it comes from.
    const StoredVisit* closing = nullptr;
    for (const StoredVisit& visit : course.visits) {
        if (visit.closesCourse)
            closing = &visit;
    }
    QString end = closing ? closing->noValue() : kDash;
    const Value* closingValue = closing ? valueAt(closing) : nullptr;
    if (closingValue) {
        end = shown(rule, *closingValue) + QStringLiteral("\n(%1)").arg(closing->title());
        coverage.flaggedEndOfCourse += rangeFlag(rule, *closingValue) ? 1 : 0;
    } else {
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            if (i == baseline || (closing && values[i].first->date() > closing->date()))
                continue;
            end = shown(rule, values[i].second) + QStringLiteral("\n(%1)").arg(values[i].first->title());
            coverage.flaggedEndOfCourse += rangeFlag(rule, values[i].second) ? 1 : 0;
            break;
        }
    }
    row.cells << end;
    for (const StoredVisit* visit : followUps) {
        const Value* value = valueAt(visit);
        row.cells << (value ? shown(rule, *value) : visit->noValue());
        coverage.flaggedFollowUps += value && rangeFlag(rule, *value) ? 1 : 0;
    }
    for (const auto& [visit, value] : values) {
        coverage.censoredValues += value.censored ? 1 : 0;
        row.flagged = row.flagged || rangeFlag(rule, value);
    }

    if (latest < 0) {
        row.cells << kDash << kDash << kDash;
        return row;
    }
    row.hasChange = true;
    const Value& last = values[latest].second;
    const double change = last.number - start.number;
    const std::optional<double> percent =
        start.number != 0 ? std::optional<double>(change / start.number * 100) : std::nullopt;
    const bool censored = start.censored || last.censored;
    const bool unchanged = std::abs(change) < 1e-9;
    row.zeroBaselineLatest = !censored && !percent && rule.kind != Kind::Answer;
    coverage.zeroBaselines += row.zeroBaselineLatest ? 1 : 0;

    // Change: points (a lab value in its unit, without it) and percent of baseline; beyond a limit of detection
    // only the direction, where it is certain.
    QString changeText;
    if (rule.kind == Kind::Answer) {
        changeText = kDash;
    } else if (censored) {
        ++coverage.censoredChanges;
        const bool bothSameSide = start.censored && start.censored == last.censored;
        const bool fell = (last.censored < 0 || start.censored > 0) && last.number <= start.number;
        const bool rose = (last.censored > 0 || start.censored < 0) && last.number >= start.number;
        changeText = bothSameSide ? QStringLiteral("cannot tell: beyond the limit of detection")
                     : fell       ? QStringLiteral("fell below the limit of detection")
                     : rose       ? QStringLiteral("rose above the limit of detection")
                                  : QStringLiteral("cannot tell: beyond the limit of detection");
    } else {
        QString amount = rounded(change, rule.decimals, true);
        if (rule.kind != Kind::Marker)
            amount += rounded(std::abs(change), rule.decimals).toDouble() == 1 ? QStringLiteral(" point")
                                                                               : QStringLiteral(" points");
        changeText =
            QStringLiteral("%1\n(%2)").arg(amount, percent ? rounded(*percent, 0, true) + QStringLiteral(" %") : kDash);
    }
    row.cells << changeText;

    // Verdict: a marker in or out of its range at the latest visit; a measure with a threshold judged by its
    // headline threshold, each threshold asked in the direction of the change; RAND-36 higher, lower or about the
    // same by 5 points.
    const bool worse = !unchanged && change > 0;     // every rated measure here but RAND-36 is worse when higher
    const bool randWorse = !unchanged && change < 0; // RAND-36: higher is better
    QString verdict = kDash;
    if (rule.kind == Kind::Marker) {
        // A marker without a reference range (IL-1 beta: the clinic enters its lab's) is in no range.
        const int flag = rangeFlag(rule, last);
        verdict = !rule.below ? QStringLiteral("no reference range")
                  : flag > 0  ? QStringLiteral("above range")
                  : flag < 0  ? QStringLiteral("below range")
                              : QStringLiteral("in range");
    } else if (rule.kind == Kind::SmallChange) {
        verdict = unchanged || std::abs(change) < 5 - 1e-9 ? QStringLiteral("about the same")
                  : change > 0                             ? QStringLiteral("higher")
                                                           : QStringLiteral("lower");
        coverage.worsened[rule.group] += randWorse ? 1 : 0;
    } else if (rule.kind == Kind::Threshold) {
        const QString sense = unchanged ? QString()
                              : worse   ? QStringLiteral("worse by ")
                                        : QStringLiteral("better by ");
        const auto check = [&](double threshold, bool inPercent) -> std::pair<QString, bool> {
            const QString size =
                inPercent ? QStringLiteral("%1 %").arg(threshold) : QStringLiteral("%1 points").arg(threshold);
            const QString asked = sense + size;
            if (unchanged)
                return {asked + QStringLiteral(": no"), false};
            if (inPercent && !percent)
                return {asked + QStringLiteral(": cannot tell (baseline 0)"), false};
            const bool reached = std::abs(inPercent ? *percent : change) >= threshold - 1e-9;
            return {asked + (reached ? QStringLiteral(": yes") : QStringLiteral(": no")), reached};
        };
        QStringList lines;
        bool meaningful = false;
        if (rule.points) {
            const auto [line, reached] = check(rule.points, false);
            lines << line;
            meaningful = reached;
        }
        if (rule.percent) {
            const auto [line, reached] = check(rule.percent, true);
            lines << line;
            meaningful = rule.points ? meaningful : reached;
        }
        lines.prepend(!meaningful ? QStringLiteral("no meaningful change")
                      : worse     ? QStringLiteral("meaningful worsening")
                                  : QStringLiteral("meaningful improvement"));
        verdict = lines.join(QLatin1Char('\n'));
        coverage.worsened[rule.group] += worse ? 1 : 0;
        coverage.meaningfulWorsenings += meaningful && worse ? 1 : 0;
    }
    row.cells << verdict;

    // The headline sentence: start → latest (change, percent, the verdict's first line).
    if (rule.kind != Kind::Answer && !censored) {
        QString amount = rounded(change, rule.decimals, true);
        if (rule.kind == Kind::Marker)
            amount += QLatin1Char(' ') + rule.unit;
        else
            amount += rounded(std::abs(change), rule.decimals).toDouble() == 1 ? QStringLiteral(" point")
                                                                               : QStringLiteral(" points");
        QStringList parts{amount};
        if (percent)
            parts << rounded(*percent, 0, true) + QStringLiteral(" %");
        parts << verdict.section(QLatin1Char('\n'), 0, 0);
        const QString from =
            firstRecorded ? shown(rule, start) + QStringLiteral(" (first recorded)") : shown(rule, start);
        row.headline =
            QStringLiteral("%1 %2 → %3 (%4)").arg(rule.row, from, shown(rule, last), parts.join(QStringLiteral(", ")));
        row.headlineKnown = true;
    }

    // Band: a marker's reference range; else the band at the latest value, and at baseline where that differs.
    QString band = kDash;
    if (rule.kind == Kind::Marker) {
        if (rule.below)
            band = QStringLiteral("range < %1 %2").arg(rounded(*rule.below, rule.decimals), rule.unit);
    } else if (rule.band && rule.kind != Kind::Answer) {
        const QString now = rule.band(last.number);
        const QString before = rule.band(start.number);
        band = now == before ? now : QStringLiteral("%1\n(was: %2)").arg(now, before);
    }
    row.cells << band;
    return row;
}

// A few rows read back from the PDF as a reader's tools see them, and the notes that explain their marks.
void TestReportRecompute::checkPdf(const ReferralReport& report, const QList<ExpectedRow>& rows, Coverage& coverage)
{
    const QString path = m_dir.filePath(report.suggestedFileName());
    const Result<int> pages = report.writePdf(path, QPageSize(QPageSize::A4));
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
    const QString text = pdfReadingText(path);
    static const QRegularExpression whiteSpace(QStringLiteral("\\s"), QRegularExpression::UseUnicodePropertiesOption);
    const QString packed = QString(text).remove(whiteSpace);
    bool zeroBaseline = false;
    bool flagged = false;
    for (const ExpectedRow& row : rows) {
        // Cell by cell in reading order; where a narrow cell wraps its text ("pg/" "mL") is the layout's choice, so
        // white space is left out of the comparison.
        const QString line = row.cells.join(QString()).remove(whiteSpace);
        const QString name = row.cells.first().section(QLatin1Char('\n'), 0, 0).remove(whiteSpace);
        QVERIFY2(packed.contains(line), qPrintable(line + QStringLiteral("\nmissing; the PDF reads:\n") +
                                                   packed.mid(packed.indexOf(name), line.size() + 60)));
        ++coverage.pdfRows;
        zeroBaseline = zeroBaseline || row.zeroBaselineLatest;
        flagged = flagged || row.flagged;
    }
    // The headline sentences, as the reader sees them under the title.
    for (const QString& headline : report.headlines())
        QVERIFY2(packed.contains(QString(headline).remove(whiteSpace)), qPrintable(headline));
    QCOMPARE(text.contains(QStringLiteral("—: no percent change can be given from a baseline of 0.")), zeroBaseline);
    QCOMPARE(text.contains(QStringLiteral("Blood markers: ▲ above the reference range · ▼ below the reference range, "
                                          "at every visit shown.")),
             flagged);
}

void TestReportRecompute::everyCellIsRecomputed()
{
    const QList<StoredCourse> courses = readCourses();
    QCOMPARE(courses.size(), kPatients);
    ReportOptions options;
    for (const ReportOptions& preset : ReportOptions::standardPresets()) {
        if (preset.presetId == QLatin1String("specialist"))
            options = preset;
    }
    QVERIFY(options.measures.isEmpty()); // every measure the course has
    const QList<Rule> all = rules();
    Coverage coverage;
    bool pdfZero = false;
    bool pdfCensored = false;
    bool pdfFlagged = false;
    for (const StoredCourse& course : courses) {
        const Result<ReferralReport> report = ReferralReport::load(*m_db, m_library, course.patientId, options);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        const PagedDocument::Table table = report->summaryTable();

        // The follow-up columns: follow-up visits that took place or were missed, in the order of their dates.
        QList<const StoredVisit*> followUps;
        for (const StoredVisit& visit : course.visits) {
            if (visit.kind == QLatin1String("followup") && !visit.closesCourse &&
                visit.status != QLatin1String("scheduled"))
                followUps.append(&visit);
        }
        QStringList headings{QStringLiteral("Measure"), QStringLiteral("Baseline"), QStringLiteral("End of course")};
        for (const StoredVisit* visit : std::as_const(followUps))
            headings << visit->title();
        headings << QStringLiteral("Change") << QStringLiteral("Verdict") << QStringLiteral("Band");
        QStringList columns;
        for (const PagedDocument::TableColumn& column : table.columns)
            columns << column.title;
        QCOMPARE(columns, headings);

        QList<ExpectedRow> expected;
        for (const Rule& rule : all) {
            ExpectedRow row = expectedRow(rule, course, followUps, coverage);
            if (!row.cells.isEmpty())
                expected.append(row);
        }
        QCOMPARE(table.rows.size(), expected.size());
        bool zero = false;
        bool censored = false;
        bool flagged = false;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QStringList cells = table.rows[i];
            const QString measureCell = cells.value(0);
            // The measure is named by the first line of its cell; the rest of that cell is its long name.
            cells[0] = cells[0].section(QLatin1Char('\n'), 0, 0);
            for (qsizetype column = 0; column < cells.size(); ++column) {
                QVERIFY2(cells.value(column) == expected[i].cells.value(column),
                         qPrintable(QStringLiteral("%1, %2, %3: report \"%4\", recomputed \"%5\"")
                                        .arg(course.chart, expected[i].cells.first(), headings.value(column),
                                             cells.value(column), expected[i].cells.value(column))));
                ++coverage.cells;
            }
            QCOMPARE(cells.size(), expected[i].cells.size());
            expected[i].cells[0] = measureCell;
            zero = zero || expected[i].zeroBaselineLatest;
            flagged = flagged || expected[i].flagged;
            censored = censored || expected[i].cells.join(QLatin1Char(' ')).contains(QStringLiteral("<"));
        }
        // The headlines: the first two rows with a change among the measures with a meaningful-change threshold,
        // then among the others; compared as far as they are recomputed.
        QList<const ExpectedRow*> ranked;
        for (const ExpectedRow& row : std::as_const(expected)) {
            if (row.kind == Kind::Threshold && !row.cells.isEmpty() && row.hasChange)
                ranked.append(&row);
        }
        for (const ExpectedRow& row : std::as_const(expected)) {
            if (row.kind != Kind::Threshold && !row.cells.isEmpty() && row.hasChange)
                ranked.append(&row);
        }
        const QStringList headlines = report->headlines();
        QCOMPARE(headlines.size(), std::min<qsizetype>(2, ranked.size()));
        for (qsizetype i = 0; i < headlines.size(); ++i) {
            if (!ranked[i]->headlineKnown)
                break;
            QVERIFY2(headlines[i] == ranked[i]->headline,
                     qPrintable(QStringLiteral("%1: report \"%2\", recomputed \"%3\"")
                                    .arg(course.chart, headlines[i], ranked[i]->headline)));
            ++coverage.headlines;
        }
        coverage.rows += int(expected.size());
        ++coverage.patients;
        // The PDF of the first report met of each kind: its rows read back as text.
        if ((zero && !pdfZero) || (censored && !pdfCensored) || (flagged && !pdfFlagged)) {
            checkPdf(*report, expected, coverage);
            if (QTest::currentTestFailed())
                return;
            pdfZero = pdfZero || zero;
            pdfCensored = pdfCensored || censored;
            pdfFlagged = pdfFlagged || flagged;
        }
    }

    QStringList worsened;
    for (auto it = coverage.worsened.cbegin(); it != coverage.worsened.cend(); ++it)
        worsened << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    worsened.sort();
    qInfo("%d patients, %d rows, %d cells; first recorded %d (%d where the baseline visit records the measure), "
          "censored values %d and changes %d, zero baselines %d, worse %s, meaningful worsenings %d; flagged at "
          "baseline %d, end of course %d, follow-up %d; PDF rows %d",
          coverage.patients, coverage.rows, coverage.cells, coverage.firstRecorded,
          coverage.firstRecordedAfterBaselineVisit, coverage.censoredValues, coverage.censoredChanges,
          coverage.zeroBaselines, qPrintable(worsened.join(QStringLiteral(", "))), coverage.meaningfulWorsenings,
          coverage.flaggedBaselines, coverage.flaggedEndOfCourse, coverage.flaggedFollowUps, coverage.pdfRows);
    QCOMPARE(coverage.patients, kPatients);
    QVERIFY(coverage.firstRecorded > 0);
    QVERIFY(coverage.firstRecordedAfterBaselineVisit > 0);
    QVERIFY(coverage.censoredValues > 0);
    QVERIFY(coverage.censoredChanges > 0);
    QVERIFY(coverage.zeroBaselines > 0);
    QVERIFY(coverage.meaningfulWorsenings > 0);
    for (const char* group : {"NRS", "QVAS", "ODI", "RMDQ", "RAND-36 scale", "RAND-36 summary"})
        QVERIFY2(coverage.worsened.value(QLatin1String(group)) > 0, group);
    QVERIFY(coverage.flaggedBaselines > 0);
    QVERIFY(coverage.flaggedEndOfCourse > 0);
    QVERIFY(coverage.flaggedFollowUps > 0);
    QVERIFY(pdfZero && pdfCensored && pdfFlagged);
    qInfo("%d headline sentences recomputed", coverage.headlines);
    QVERIFY(coverage.headlines >= kPatients);
}

QTEST_MAIN(TestReportRecompute)
#include "tst_reportrecompute.moc"
