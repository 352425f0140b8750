// Referral summary pages: what each section says and where it goes. Values, changes and verdicts come from the
// course's series (the core's interpretation); this file only words and places them.
#include "ReferralReport.h"

#include "ChartStyle.h"
#include "ClinicSettingsRepository.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "ExportIdentity.h"
#include "OutcomeText.h"
#include "ProfileChartBuilder.h"
#include "QCustomPlotHeader.h"
#include "ReportPaper.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace outcome {

using namespace report;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ReferralReport)
};

const QColor kPanel(0xF3, 0xF5, 0xF8);

constexpr qreal kLogoHeightMm = 16;
constexpr qreal kLogoMaxWidthMm = 45;
constexpr qreal kLineMm = 4.1;  // one line of 8.5 pt type with its leading
constexpr qreal kFooterMm = 15; // the confidentiality line (up to two lines) and the page line
constexpr double kChartHeightShare = 0.85;
// Follow-up columns that fit beside the others at a legible size; later ones are in the charts.
constexpr int kMaxFollowUpColumns = 4;

QString longDate(const QDate& date)
{
    return OutcomeText::longDate(date);
}

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// Label and value pairs drawn as a two-column grid in a rectangle.
struct Field
{
    QString label;
    QString value;
};

constexpr qreal kFieldLabelMm = 25;

// How wide a column of fields must be for every value to fit on its line.
qreal fieldsWidth(QPainter& painter, const QList<Field>& fields)
{
    const QFontMetricsF metrics(reportFont(8.5), painter.device());
    qreal widest = 0;
    for (const Field& field : fields)
        widest = std::max(widest, metrics.horizontalAdvance(field.value));
    return mm(painter, kFieldLabelMm) + widest + mm(painter, 1);
}

void paintFields(QPainter& painter, const QRectF& rect, const QList<Field>& fields)
{
    const QFont label = reportFont(8, true);
    const QFont value = reportFont(8.5);
    const qreal labelWidth = mm(painter, kFieldLabelMm);
    qreal y = rect.top();
    for (const Field& field : fields) {
        const QRectF row(rect.left(), y, rect.width(), mm(painter, kLineMm + 0.5));
        painter.setFont(label);
        painter.setPen(kMuted);
        painter.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         field.label);
        painter.setFont(value);
        painter.setPen(kText);
        const QRectF valueRect(row.left() + labelWidth, row.top(), row.width() - labelWidth, row.height());
        const QString text = painter.fontMetrics().elidedText(field.value, Qt::ElideRight, int(valueRect.width()));
        painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        y += row.height();
    }
}

// A lab unit is named once, in the measure's cell: the value cells stay narrow.
bool unitInHeading(const MeasureDefinition& measure)
{
    return !measure.unit.isEmpty() && measure.unit != QLatin1String("points") && measure.unit != QLatin1String("%");
}

// A value in a narrow table cell: a number with its range mark on one line ("10.4 ▲"); an answer in its short words
// ("somewhat better").
QString cellValue(const MeasureDefinition& measure, const SeriesPoint& point)
{
    if (!point.value)
        return {};
    if (measure.answerOnly) {
        if (const Band* band = measure.bandFor(*point.value))
            return band->patientText();
    }
    if (!unitInHeading(measure))
        return OutcomeText::markedValue(measure, point);
    const QString number = OutcomeText::number(measure, *point.value, point.censoring);
    const QString mark = OutcomeText::rangeMark(point.rangeFlag);
    QString text = mark.isEmpty() ? number : Tr::tr("%1 %2").arg(number, mark);
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

// Why a visit has no value: missed, past its window and never recorded, or simply nothing at it.
QString noValue(const Visit& visit, const QDate& today)
{
    if (visit.status == VisitStatus::Missed)
        return Tr::tr("missed");
    if (visit.stateOn(today) == VisitState::Overdue)
        return Tr::tr("not recorded");
    return Tr::tr("—");
}

// A measure's value at the visit, with its range mark; else why there is none.
QString valueAt(const MeasureSeries& series, const Visit& visit, const QDate& today)
{
    for (const SeriesPoint& point : series.points()) {
        if (point.visitId == visit.id && point.value)
            return cellValue(series.measure(), point);
    }
    return noValue(visit, today);
}

const SeriesPoint* pointAt(const MeasureSeries& series, qint64 visitId)
{
    for (const SeriesPoint& point : series.points()) {
        if (point.visitId == visitId && !point.isGap())
            return &point;
    }
    return nullptr;
}

// What a later value is compared by: the point and its change from the baseline.
struct Compared
{
    const SeriesPoint* point = nullptr;
    std::optional<ChangeFromBaseline> change;
    bool unmeasurable = false;        // beyond a limit of detection: no change can honestly be given in numbers
    std::optional<CensoredMove> move; // which way it went all the same, where that is certain
};

Compared latestOf(const MeasureSeries& series)
{
    return {series.latest(), series.change(), series.changeUnmeasurable(), series.censoredMove()};
}

Compared atVisit(const MeasureSeries& series, const Visit& visit)
{
    Compared compared;
    const std::optional<Baseline>& baseline = series.baseline();
    compared.point = pointAt(series, visit.id);
    if (!compared.point || !baseline || series.points()[baseline->index].visitId == visit.id) {
        compared.point = nullptr;
        return compared;
    }
    const SeriesPoint& first = series.points()[baseline->index];
    const bool censored = compared.point->censoring != Censoring::None || first.censoring != Censoring::None;
    if (censored) {
        compared.unmeasurable = true;
        compared.move = MeasureSeries::moveBetween(first, *compared.point);
    } else
        compared.change = ChangeFromBaseline::compute(series.measure(), baseline->value, *compared.point->value);
    return compared;
}

QString changeCell(const MeasureSeries& series, const Compared& compared)
{
    // An answer reported in words has no change in points.
    if (series.measure().answerOnly)
        return Tr::tr("—");
    if (compared.unmeasurable)
        return compared.move ? OutcomeText::censoredMove(*compared.move) : Tr::tr("—");
    if (!compared.change)
        return Tr::tr("—");
    const MeasureDefinition& measure = series.measure();
    const QString amount = unitInHeading(measure) ? OutcomeText::signedNumber(compared.change->change, measure.decimals)
                                                  : OutcomeText::change(measure, compared.change->change);
    return Tr::tr("%1\n(%2)").arg(amount, OutcomeText::percentOrDash(compared.change->percentChange));
}

// The verdict in the one vocabulary, with each threshold asked in the direction the change went; a blood marker
// is in or out of its range instead.
QString verdictCell(const MeasureSeries& series, const Compared& compared)
{
    if (series.isLabValue())
        return compared.point ? OutcomeText::rangeName(series.measure(), compared.point->rangeFlag) : Tr::tr("—");
    if (!compared.change)
        return Tr::tr("—");
    const ChangeFromBaseline& change = *compared.change;
    const QString verdict = OutcomeText::verdictName(change);
    if (verdict.isEmpty())
        return Tr::tr("—");
    QStringList lines{verdict};
    for (const ThresholdCheck& check : change.thresholds)
        lines.append(OutcomeText::thresholdCheck(check));
    return lines.join(QLatin1Char('\n'));
}

QString bandCell(const MeasureSeries& series, const Compared& compared)
{
    const MeasureDefinition& measure = series.measure();
    if (!compared.point)
        return Tr::tr("—");
    // A marker's range: which values lie outside it is marked in every value cell.
    if (measure.referenceRange.isSet())
        return Tr::tr("range %1").arg(OutcomeText::referenceRange(measure));
    if (measure.answerOnly)
        return Tr::tr("—");
    const Band* now = measure.bandFor(*compared.point->value, compared.point->censoring);
    if (!now)
        return Tr::tr("—");
    const std::optional<Band>& before = compared.change ? compared.change->baselineBand : std::nullopt;
    if (before && before->id != now->id)
        return Tr::tr("%1\n(was: %2)").arg(now->label, before->label);
    return now->label;
}

QString baselineCell(const MeasureSeries& series)
{
    const std::optional<Baseline>& baseline = series.baseline();
    if (!baseline)
        return Tr::tr("—");
    const QString value = cellValue(series.measure(), series.points()[baseline->index]);
    return baseline->firstRecorded ? Tr::tr("%1\nfirst recorded").arg(value) : value;
}

// The value that closed the course of care: at the visit that closes it, else the last one on or before its end;
// the cell always names the visit, so that a session's value is never read as the follow-up's.
QString endOfCourseCell(const MeasureSeries& series, const Visit* closing, int courseEndDay, const QDate& today)
{
    if (closing) {
        if (const SeriesPoint* point = pointAt(series, closing->id))
            return Tr::tr("%1\n(%2)").arg(cellValue(series.measure(), *point), closing->title());
    }
    const std::optional<Baseline>& baseline = series.baseline();
    const QList<SeriesPoint>& points = series.points();
    for (qsizetype i = points.size() - 1; i >= 0; --i) {
        if (points[i].isGap() || points[i].day > courseEndDay || (baseline && baseline->index == i))
            continue;
        return Tr::tr("%1\n(%2)").arg(cellValue(series.measure(), points[i]), points[i].visitTitle);
    }
    return closing ? noValue(*closing, today) : Tr::tr("—");
}

QString measureCell(const MeasureSeries& series)
{
    const MeasureDefinition& measure = series.measure();
    const QString name = OutcomeText::shortName(measure);
    const QString instrument =
        series.instrument().shortName.isEmpty() ? series.instrument().name : series.instrument().shortName;
    // A scale of a battery ("PCS") says which battery; a single-score instrument's name says it all ("ODI").
    const QString heading = name == instrument ? name : Tr::tr("%1 %2").arg(instrument, name);
    const QString unit = unitInHeading(measure) ? Tr::tr(" (%1)").arg(measure.unit) : QString();
    // A measure whose short name is its name ("Health compared with a year ago") is named once.
    return name == measure.name ? heading : Tr::tr("%1\n%2%3").arg(heading, measure.name, unit);
}

QString thresholdFootnote(const MeasureSeries& series)
{
    const MeasureDefinition& measure = series.measure();
    const MeaningfulChange& mcid = *measure.meaningfulChange;
    const QString direction = measure.direction == Direction::HigherIsWorse ? Tr::tr("fall") : Tr::tr("rise");
    const auto amount = [](ChangeUnit unit, double value) {
        return unit == ChangeUnit::Percent ? Tr::tr("%1 % of the baseline").arg(QLocale().toString(value))
                                           : Tr::tr("%1 points").arg(QLocale().toString(value));
    };
    const ChangeUnit headline = mcid.headline;
    const std::optional<double> first = headline == ChangeUnit::Percent ? mcid.percent : mcid.points;
    const std::optional<double> second = headline == ChangeUnit::Percent ? mcid.points : mcid.percent;
    const ChangeUnit other = headline == ChangeUnit::Percent ? ChangeUnit::Points : ChangeUnit::Percent;
    QString text;
    if (first && second) {
        text = Tr::tr("%1: meaningful improvement is a %2 of at least %3; %4 is shown beside it.")
                   .arg(OutcomeText::shortName(measure), direction, amount(headline, *first), amount(other, *second));
    } else {
        const ChangeUnit unit = first ? headline : other;
        text = Tr::tr("%1: meaningful improvement is a %2 of at least %3.")
                   .arg(OutcomeText::shortName(measure), direction, amount(unit, first.value_or(second.value_or(0))));
    }
    if (!mcid.source.isEmpty())
        text += Tr::tr(" Source: %1.").arg(mcid.source);
    return text;
}

} // namespace

ReferralReport::ReferralReport(ReportContent content, ReportOptions options)
    : m_content(std::move(content))
    , m_options(std::move(options))
{}

Result<ReferralReport> ReferralReport::load(Database& db, const InstrumentLibrary& library, qint64 patientId,
                                            const ReportOptions& options, qint64 courseId, const QDate& date)
{
    Result<LoadedCourse> loaded =
        CourseOutcomesLoader(db, library).load(patientId, courseId, options.deidentified && !options.includeFreeText);
    if (!loaded)
        return loaded.error();
    Result<ClinicSettings> clinic = ClinicSettingsRepository(db).load();
    if (!clinic)
        return clinic.error();
    ReportContent content{loaded->patient, loaded->outcomes, *clinic, QString(), date, {}};
    if (options.deidentified) {
        Result<ExportIdentity> identity = ExportIdentity::load(db);
        if (!identity)
            return identity.error();
        content.pseudonym = identity->pseudonym(content.patient);
    }
    if (options.expectedCourse) {
        // Only the instruments of measures the report shows: each costs one pass over the clinic's answers.
        ReferralReport shape(content, options);
        QStringList instruments;
        for (const MeasureSeries* series : shape.measures())
            instruments.append(series->instrument().id);
        for (const QString& key : shape.chartKeys())
            instruments.append(key.section(QLatin1Char('/'), 0, 0));
        instruments.removeDuplicates();
        for (const QString& instrumentId : std::as_const(instruments)) {
            Result<ExpectedCourses> expected = ExpectedCourseReader(db, library).read(*content.outcomes, instrumentId);
            if (!expected)
                return expected.error();
            content.expected.insert(*expected);
        }
    }
    return ReferralReport(std::move(content), options);
}

Result<int> ReferralReport::writePdf(Database& db, const InstrumentLibrary& library, qint64 patientId,
                                     const ReportOptions& options, const QString& path, const QPageSize& paper)
{
    Result<ReferralReport> report = load(db, library, patientId, options);
    if (!report)
        return report.error();
    return report->writePdf(path, paper);
}

QString ReferralReport::title() const
{
    return m_options.title.trimmed().isEmpty() ? Tr::tr("Referral summary") : m_options.title.trimmed();
}

QString ReferralReport::patientLabel() const
{
    return m_options.deidentified ? m_content.pseudonym : m_content.patient.fullName();
}

QString ReferralReport::fileStem() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString stem = m_options.deidentified ? m_content.pseudonym : m_content.patient.chartNumber;
    return stem.replace(unsafe, QStringLiteral("_"));
}

QString ReferralReport::suggestedFileName() const
{
    return QStringLiteral("%1_%2.pdf").arg(fileStem(), m_content.date.toString(Qt::ISODate));
}

QList<const MeasureSeries*> ReferralReport::measures() const
{
    QList<const MeasureSeries*> chosen;
    const CourseOutcomes& outcomes = *m_content.outcomes;
    if (m_options.measures.isEmpty()) {
        for (const MeasureSeries& series : outcomes.series())
            chosen.append(&series);
        return chosen;
    }
    for (const QString& key : m_options.measures) {
        if (const MeasureSeries* series = outcomes.find(key))
            chosen.append(series);
    }
    return chosen;
}

QStringList ReferralReport::chartKeys() const
{
    const QStringList available = CourseCharts::keys(*m_content.outcomes);
    QStringList wanted = m_options.chartMeasures;
    if (m_options.rand36Profile)
        wanted.append(ProfileChartBuilder::key(QStringLiteral("rand36")));
    QStringList keys;
    for (const QString& key : std::as_const(wanted)) {
        if (available.contains(key) && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString ReferralReport::visitDate(const Visit& visit) const
{
    if (m_options.deidentified)
        return Tr::tr("day %1").arg(m_content.outcomes->course().startDate.daysTo(visit.effectiveDate()));
    return shortDate(visit.effectiveDate());
}

const Visit* ReferralReport::reportedVisit() const
{
    const QList<Visit>& visits = m_content.outcomes->timeline().visits();
    const Visit* latest = nullptr;
    for (const MeasureSeries* series : measures()) {
        const SeriesPoint* point = series->latest();
        if (!point)
            continue;
        for (const Visit& visit : visits) {
            if (visit.id == point->visitId && (!latest || visit.effectiveDate() > latest->effectiveDate()))
                latest = &visit;
        }
    }
    return latest;
}

PagedDocument ReferralReport::document() const
{
    PagedDocument document;
    addLetterhead(document);
    addTitle(document);
    addPatientAndCourse(document);
    addSummaryTable(document);
    addFootnotes(document);
    addExpectedCourses(document);
    addCharts(document);
    addEvents(document);
    addSources(document);
    addCoverNote(document);
    addNotes(document);
    addSignature(document);
    setFooter(document);
    return document;
}

int ReferralReport::print(QPagedPaintDevice& device) const
{
    return document().render(device);
}

Result<int> ReferralReport::writePdf(const QString& path, const QPageSize& paper) const
{
    // A de-identified report names nobody in its metadata either: the pseudonym stands in.
    PagedDocument::Metadata metadata;
    metadata.title = Tr::tr("%1: %2").arg(title(), patientLabel());
    metadata.author = m_content.clinic.clinicName.trimmed().isEmpty() ? QCoreApplication::applicationName()
                                                                      : m_content.clinic.clinicName.trimmed();
    metadata.subject = Tr::tr("Outcome measures over a course of care, with change from baseline");
    metadata.language = QLocale().bcp47Name();
    metadata.creator = QCoreApplication::applicationName();
    return document().writePdf(path, ReportPaper::layout(paper), metadata);
}

void ReferralReport::addLetterhead(PagedDocument& document) const
{
    const ClinicSettings& clinic = m_content.clinic;
    const QStringList address = nonEmptyLines(clinic.address);
    QStringList contact;
    if (!clinic.phone.trimmed().isEmpty())
        contact.append(Tr::tr("Tel. %1").arg(clinic.phone.trimmed()));
    for (const QString& line : {clinic.email.trimmed(), clinic.website.trimmed()}) {
        if (!line.isEmpty())
            contact.append(line);
    }
    const QImage logo = QImage::fromData(clinic.logo);
    // A clinic that has not set its details yet gets no empty letterhead: the title heads the page.
    if (address.isEmpty() && contact.isEmpty() && logo.isNull() && clinic.clinicName.trimmed().isEmpty())
        return;
    const qreal textHeight = 7.5 + kLineMm * qreal(std::max(address.size(), contact.size() - 1));
    const qreal height = std::max(logo.isNull() ? 0 : kLogoHeightMm, textHeight) + 2.5;
    const QString name = clinic.clinicName.trimmed();
    document.addBlock(height, [name, address, contact, logo](QPainter& painter, const QRectF& rect) {
        qreal left = rect.left();
        if (!logo.isNull()) {
            const qreal logoHeight = mm(painter, kLogoHeightMm);
            const qreal logoWidth =
                std::min(mm(painter, kLogoMaxWidthMm), logoHeight * logo.width() / std::max(1, logo.height()));
            const QRectF target(left, rect.top(), logoWidth, logoWidth * logo.height() / std::max(1, logo.width()));
            painter.drawImage(target, logo);
            left += logoWidth + mm(painter, 4);
        }
        painter.setFont(reportFont(8.5));
        qreal contactWidth = 0;
        for (const QString& line : contact)
            contactWidth = std::max(contactWidth, painter.fontMetrics().horizontalAdvance(line) + mm(painter, 4));
        const QRectF nameRect(left, rect.top(), rect.right() - contactWidth - left, mm(painter, 7));
        // A long clinic name is set smaller before anything of it is cut off.
        qreal points = 13;
        painter.setFont(reportFont(points, true));
        while (points > 9.5 && painter.fontMetrics().horizontalAdvance(name) > nameRect.width()) {
            points -= 0.5;
            painter.setFont(reportFont(points, true));
        }
        painter.setPen(kAccent);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(name, Qt::ElideRight, int(nameRect.width())));
        painter.setFont(reportFont(8.5));
        painter.setPen(kMuted);
        qreal y = rect.top() + mm(painter, 7.5);
        for (const QString& line : address) {
            painter.drawText(QRectF(left, y, nameRect.width(), mm(painter, kLineMm)), Qt::AlignLeft | Qt::AlignVCenter,
                             line);
            y += mm(painter, kLineMm);
        }
        y = rect.top() + mm(painter, 1);
        for (const QString& line : contact) {
            painter.drawText(QRectF(rect.right() - contactWidth, y, contactWidth, mm(painter, kLineMm)),
                             Qt::AlignRight | Qt::AlignVCenter, line);
            y += mm(painter, kLineMm);
        }
        painter.setPen(QPen(kAccent, mm(painter, 0.5)));
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
    });
}

void ReferralReport::addTitle(PagedDocument& document) const
{
    document.addParagraph(Tr::tr("%1: %2").arg(title(), patientLabel()), reportFont(15, true), kText, 1);
    QStringList meta{longDate(m_content.date)};
    if (!m_options.recipient.trimmed().isEmpty())
        meta.append(Tr::tr("To: %1").arg(m_options.recipient.trimmed()));
    const ClinicSettings& clinic = m_content.clinic;
    if (!clinic.clinicianName.trimmed().isEmpty()) {
        const QString clinician =
            clinic.clinicianTitle.trimmed().isEmpty()
                ? clinic.clinicianName.trimmed()
                : Tr::tr("%1, %2").arg(clinic.clinicianName.trimmed(), clinic.clinicianTitle.trimmed());
        meta.append(Tr::tr("Treating clinician: %1").arg(clinician));
    }
    document.addParagraph(meta.join(Tr::tr("  ·  ")), reportFont(8.5), kMuted, 2.5);
    if (const QStringList results = headlines(); !results.isEmpty())
        document.addParagraph(results.join(QLatin1Char('\n')), reportFont(10, true), kAccent, 3);
}

QStringList ReferralReport::headlines() const
{
    // The measures that have a meaningful-change threshold (the headline measures) first, then any with a change.
    QList<const MeasureSeries*> ranked = measures();
    std::stable_partition(ranked.begin(), ranked.end(),
                          [](const MeasureSeries* series) { return series->measure().meaningfulChange.has_value(); });
    QStringList results;
    for (const MeasureSeries* series : std::as_const(ranked)) {
        if (series->change() && results.size() < 2)
            results.append(OutcomeText::resultTitle(*series));
    }
    return results;
}

void ReferralReport::addPatientAndCourse(PagedDocument& document) const
{
    const Patient& patient = m_content.patient;
    QList<Field> person;
    const int age = patient.ageOn(m_content.date);
    if (m_options.deidentified) {
        person.append({Tr::tr("Pseudonym"), m_content.pseudonym});
        person.append({Tr::tr("Age"), age >= 0 ? Tr::tr("%1 years").arg(age) : Tr::tr("not recorded")});
    } else {
        person.append({Tr::tr("Patient"), patient.fullName()});
        person.append({Tr::tr("Date of birth"), patient.birthDate.isValid()
                                                    ? Tr::tr("%1 (%2 years)").arg(longDate(patient.birthDate)).arg(age)
                                                    : Tr::tr("not recorded")});
        person.append({Tr::tr("Chart number"), patient.chartNumber});
        person.append({Tr::tr("Sex"), sexDisplayName(patient.sex)});
    }

    const Course& course = m_content.outcomes->course();
    int planned = 0;
    int attended = 0;
    QStringList missed;
    QStringList unrecorded;
    for (const Visit& visit : m_content.outcomes->timeline().visits()) {
        if (visit.status == VisitStatus::Cancelled)
            continue;
        if (visit.kind == VisitKind::Session) {
            ++planned;
            attended += visit.status == VisitStatus::Done ? 1 : 0;
        }
        if (visit.status == VisitStatus::Missed)
            missed.append(visit.title());
        else if (visit.stateOn(m_content.date) == VisitState::Overdue)
            unrecorded.append(visit.title());
    }
    // A de-identified report counts days from the course start instead of giving dates.
    QString dates = course.endDate.isValid()
                        ? Tr::tr("%1 to %2").arg(longDate(course.startDate), longDate(course.endDate))
                        : Tr::tr("from %1, ongoing").arg(longDate(course.startDate));
    if (m_options.deidentified)
        dates = course.endDate.isValid() ? Tr::tr("%1 days").arg(course.startDate.daysTo(course.endDate))
                                         : Tr::tr("ongoing");
    QString treatmentLabel = course.treatmentLabel.isEmpty() ? Tr::tr("not named") : course.treatmentLabel;
    if (m_options.deidentified && !m_options.includeFreeText)
        treatmentLabel = Tr::tr("left out (de-identified)");
    QList<Field> treatment{
        {Tr::tr("Programme"), course.templateName},
        {Tr::tr("Treatment"), treatmentLabel},
        {Tr::tr("Dates"), dates},
        {Tr::tr("Sessions"), Tr::tr("%1 of %2 attended").arg(attended).arg(planned)},
        {Tr::tr("Missed visits"), missed.isEmpty() ? Tr::tr("none") : missed.join(Tr::tr(", "))},
    };
    // A visit past its window that nobody recorded is neither attended nor missed: the reader must see it.
    if (!unrecorded.isEmpty())
        treatment.append({Tr::tr("Not recorded"), Tr::tr("%1 (overdue)").arg(unrecorded.join(Tr::tr(", ")))});
    const qreal rows = qreal(std::max(person.size(), treatment.size()));
    document.addBlock(rows * (kLineMm + 0.5) + 4, [person, treatment](QPainter& painter, const QRectF& rect) {
        painter.fillRect(rect, kPanel);
        const qreal pad = mm(painter, 2);
        const QRectF inner = rect.adjusted(pad * 1.5, pad, -pad * 1.5, -pad);
        const qreal gap = mm(painter, 6);
        // The patient's side is as wide as its longest line needs (a birth date in a long month), the course gets
        // the rest.
        const qreal personWidth =
            std::clamp(fieldsWidth(painter, person), (inner.width() - gap) * 0.4, (inner.width() - gap) * 0.55);
        paintFields(painter, QRectF(inner.left(), inner.top(), personWidth, inner.height()), person);
        paintFields(
            painter,
            QRectF(inner.left() + personWidth + gap, inner.top(), inner.width() - personWidth - gap, inner.height()),
            treatment);
    });
}

void ReferralReport::addSummaryTable(PagedDocument& document) const
{
    document.addHeading(m_options.scope == ReportScope::ThisVisit ? Tr::tr("Scores at this visit") : Tr::tr("Scores"),
                        reportFont(11, true), kAccent);
    if (measures().isEmpty()) {
        document.addParagraph(Tr::tr("No scores have been recorded for the chosen measures in this course."),
                              reportFont(9), kMuted);
        return;
    }
    const PagedDocument::Table table = summaryTable();
    if (table.rows.isEmpty()) {
        document.addParagraph(Tr::tr("No chosen measure has a value at this visit to compare with its baseline."),
                              reportFont(9), kMuted);
        return;
    }
    document.addTable(table, 1.5);
}

PagedDocument::Table ReferralReport::summaryTable() const
{
    const QList<const MeasureSeries*> chosen = measures();
    PagedDocument::Table table;
    table.font = reportFont(7.5);
    table.headerFont = reportFont(7.5, true);
    table.columns.append({Tr::tr("Measure"), 2.2});
    table.columns.append({Tr::tr("Baseline"), 1.05, Qt::AlignRight});

    const CourseTimeline& timeline = m_content.outcomes->timeline();
    if (m_options.scope == ReportScope::ThisVisit) {
        const Visit* visit = reportedVisit();
        table.columns.append(
            {visit ? Tr::tr("%1\n%2").arg(visit->title(), visitDate(*visit)) : Tr::tr("Now"), 1.2, Qt::AlignRight});
        for (const MeasureSeries* series : chosen) {
            const Compared compared = visit ? atVisit(*series, *visit) : Compared{};
            if (!compared.point)
                continue;
            table.rows.append({measureCell(*series), baselineCell(*series),
                               cellValue(series->measure(), *compared.point), changeCell(*series, compared),
                               verdictCell(*series, compared), bandCell(*series, compared)});
        }
    } else {
        const Visit* closing = nullptr;
        QList<const Visit*> followUps;
        for (const Visit& visit : timeline.visits()) {
            if (visit.status == VisitStatus::Cancelled)
                continue;
            if (visit.closesCourse)
                closing = &visit;
            else if (visit.kind == VisitKind::FollowUp && visit.status != VisitStatus::Scheduled &&
                     followUps.size() < kMaxFollowUpColumns)
                followUps.append(&visit);
        }
        table.columns.append({Tr::tr("End of course"), 1.15, Qt::AlignRight});
        for (const Visit* visit : std::as_const(followUps))
            table.columns.append({visit->title(), 1.15, Qt::AlignRight});
        for (const MeasureSeries* series : chosen) {
            const Compared compared = latestOf(*series);
            QStringList row{measureCell(*series), baselineCell(*series),
                            endOfCourseCell(*series, closing, timeline.courseEndDay(), m_content.date)};
            for (const Visit* visit : std::as_const(followUps))
                row.append(valueAt(*series, *visit, m_content.date));
            row << changeCell(*series, compared) << verdictCell(*series, compared) << bandCell(*series, compared);
            table.rows.append(row);
        }
    }
    table.columns.append({Tr::tr("Change"), 1.2, Qt::AlignRight});
    table.columns.append({Tr::tr("Verdict"), 1.9});
    table.columns.append({Tr::tr("Band"), 1.35});
    return table;
}

void ReferralReport::addFootnotes(PagedDocument& document) const
{
    QStringList notes;
    notes.append(m_options.scope == ReportScope::ThisVisit
                     ? Tr::tr("Change is from the baseline to this visit; band is at this visit.")
                     : Tr::tr("Change is from the baseline to the latest value; band is at the latest value. Where the "
                              "baseline visit has no value, the first recorded one stands in and is marked so."));
    bool marked = false;
    bool zeroBaseline = false;
    bool withoutThreshold = false;
    for (const MeasureSeries* series : measures()) {
        const MeasureDefinition& measure = series->measure();
        if (measure.meaningfulChange && measure.direction != Direction::Neutral)
            notes.append(thresholdFootnote(*series));
        withoutThreshold = withoutThreshold || (!measure.meaningfulChange && measure.smallChange);
        for (const SeriesPoint& point : series->points())
            marked = marked || (point.value && point.rangeFlag != RangeFlag::None);
        zeroBaseline = zeroBaseline || (series->change() && !series->change()->percentChange && !measure.answerOnly);
    }
    if (withoutThreshold)
        notes.append(Tr::tr("Measures without a meaningful-change threshold (RAND-36) say \"higher\" or \"lower\" "
                            "only for a change of at least 5 points, else \"about the same\"; they are never called "
                            "meaningful."));
    if (zeroBaseline)
        notes.append(Tr::tr("—: no percent change can be given from a baseline of 0."));
    if (marked)
        notes.append(Tr::tr("Blood markers: %1, at every visit shown.").arg(OutcomeText::rangeLegend()));
    document.addParagraph(notes.join(QLatin1Char('\n')), reportFont(7), kMuted, 4);
}

void ReferralReport::addSources(PagedDocument& document) const
{
    QStringList notes;
    QStringList instruments;
    for (const MeasureSeries* series : measures()) {
        if (!series->measure().note.isEmpty())
            notes.append(Tr::tr("%1: %2.").arg(OutcomeText::shortName(series->measure()), series->measure().note));
        const InstrumentDefinition& instrument = series->instrument();
        const QString source = Tr::tr("%1 %2").arg(
            instrument.shortName.isEmpty() ? instrument.name : instrument.shortName, instrument.source);
        if (!instrument.source.isEmpty() && !instruments.contains(source))
            instruments.append(source);
    }
    if (!instruments.isEmpty())
        notes.append(Tr::tr("Sources: %1.").arg(instruments.join(Tr::tr("; "))));
    if (notes.isEmpty())
        return;
    document.addHeading(Tr::tr("About the measures"), reportFont(8.5, true), kMuted);
    document.addParagraph(notes.join(QLatin1Char('\n')), reportFont(7), kMuted, 4);
}

void ReferralReport::addCharts(PagedDocument& document) const
{
    const QStringList keys = chartKeys();
    if (keys.isEmpty())
        return;
    ChartStyle style = ChartStyle::print();
    style.showDates = !m_options.deidentified;
    bool first = true;
    for (const QString& key : keys) {
        // Measure charts a little lower than on screen, so that the first still fits on the first page under the
        // table; a profile keeps its height, which its many bars need.
        const QSize size = CourseCharts::naturalSize(key, style);
        const double share = CourseCharts::heightFactor(key) > 1 ? 1 : kChartHeightShare;
        const QSize natural(size.width(), int(size.height() * share));
        // Labels find their places at the size the chart is drawn at.
        ChartStyle sized = style;
        sized.size = natural;
        auto plot = std::make_shared<QCustomPlot>();
        if (!CourseCharts::build(*plot, *m_content.outcomes, key, sized, expectedOf(key)))
            continue;
        if (first)
            document.addHeading(Tr::tr("Progress charts"), reportFont(11, true), kAccent);
        first = false;
        addChart(document, plot, natural);
    }
}

const ExpectedCourse* ReferralReport::expectedOf(const QString& key) const
{
    if (!m_options.expectedCourse)
        return nullptr;
    const auto found = m_content.expected.constFind(key);
    return found == m_content.expected.cend() || !found->isShown() ? nullptr : &found.value();
}

void ReferralReport::addExpectedCourses(PagedDocument& document) const
{
    QStringList sentences;
    for (const MeasureSeries* series : measures()) {
        if (const ExpectedCourse* expected = expectedOf(series->key()))
            sentences.append(OutcomeText::expectedCourseSummary(*series, *expected));
    }
    sentences.removeAll(QString());
    if (sentences.isEmpty())
        return;
    document.addHeading(Tr::tr("Patients who started alike"), reportFont(9.5, true), kAccent);
    sentences.append(Tr::tr("From this clinic's own completed courses with a similar baseline on the same measure, "
                            "where at least %1 exist; the middle half lies between the 25th and 75th percentiles.")
                         .arg(ExpectedCourse::kMinimumCourses));
    document.addParagraph(sentences.join(QLatin1Char('\n')), reportFont(8.5), kText, 3);
}

void ReferralReport::addEvents(PagedDocument& document) const
{
    if (!m_options.includeEvents)
        return;
    QStringList events;
    for (const TimelineMarker& marker : m_content.outcomes->timeline().markers()) {
        // A de-identified report keeps what happened and when, not the free text that may name people.
        if (marker.kind == MarkerKind::Event)
            events.append(m_options.deidentified ? Tr::tr("%1, day %2")
                                                       .arg(marker.label)
                                                       .arg(m_content.outcomes->course().startDate.daysTo(marker.date))
                                                 : marker.detail);
    }
    if (events.isEmpty())
        return;
    document.addHeading(Tr::tr("Events during the course"), reportFont(11, true), kAccent);
    document.addParagraph(events.join(QLatin1Char('\n')), reportFont(9), kText, 3);
}

void ReferralReport::addCoverNote(PagedDocument& document) const
{
    if (m_options.coverNote.trimmed().isEmpty())
        return;
    document.addHeading(Tr::tr("Note"), reportFont(11, true), kAccent);
    document.addParagraph(m_options.coverNote.trimmed(), reportFont(9.5), kText, 3);
}

void ReferralReport::addNotes(PagedDocument& document) const
{
    // Free-text notes may name people: a de-identified report leaves them out, as de-identified exports do.
    if (!m_options.includeNotes || m_options.deidentified)
        return;
    const Visit* only = m_options.scope == ReportScope::ThisVisit ? reportedVisit() : nullptr;
    const Course& course = m_content.outcomes->course();
    bool headed = false;
    const auto heading = [&]() {
        if (!headed)
            document.addHeading(Tr::tr("Clinician's notes"), reportFont(11, true), kAccent);
        headed = true;
    };
    if (!only && !course.notes.trimmed().isEmpty()) {
        heading();
        document.addParagraph(Tr::tr("Course"), reportFont(8.5, true), kMuted, 0.5);
        document.addParagraph(course.notes.trimmed(), reportFont(9), kText, 2.5);
    }
    for (const Visit& visit : m_content.outcomes->timeline().visits()) {
        if (visit.note.trimmed().isEmpty() || (only && only->id != visit.id))
            continue;
        heading();
        document.addParagraph(Tr::tr("%1, %2").arg(visit.title(), longDate(visit.effectiveDate())),
                              reportFont(8.5, true), kMuted, 0.5);
        document.addParagraph(visit.note.trimmed(), reportFont(9), kText, 2.5);
    }
}

void ReferralReport::addSignature(PagedDocument& document) const
{
    const ClinicSettings& clinic = m_content.clinic;
    const QString name = clinic.clinicianName.trimmed();
    const QString role = clinic.clinicianTitle.trimmed();
    const QString date = longDate(m_content.date);
    document.addSpace(4);
    document.addBlock(22, [name, role, date](QPainter& painter, const QRectF& rect) {
        const qreal lineWidth = rect.width() * 0.42;
        const qreal lineY = rect.top() + mm(painter, 11);
        painter.setPen(QPen(kText, mm(painter, 0.25)));
        painter.drawLine(QPointF(rect.left(), lineY), QPointF(rect.left() + lineWidth, lineY));
        painter.drawLine(QPointF(rect.right() - lineWidth * 0.6, lineY), QPointF(rect.right(), lineY));
        painter.setFont(reportFont(8));
        painter.setPen(kMuted);
        const qreal line = mm(painter, kLineMm);
        painter.drawText(QRectF(rect.left(), lineY + mm(painter, 0.8), lineWidth, line), Qt::AlignLeft,
                         name.isEmpty() ? Tr::tr("Signature")
                                        : (role.isEmpty() ? name : Tr::tr("%1, %2").arg(name, role)));
        painter.drawText(QRectF(rect.right() - lineWidth * 0.6, lineY + mm(painter, 0.8), lineWidth * 0.6, line),
                         Qt::AlignLeft, Tr::tr("Date"));
        painter.setPen(kText);
        painter.drawText(QRectF(rect.right() - lineWidth * 0.6, lineY - line - mm(painter, 0.5), lineWidth * 0.6, line),
                         Qt::AlignLeft | Qt::AlignBottom, date);
    });
}

void ReferralReport::setFooter(PagedDocument& document) const
{
    const QString notice = m_content.clinic.notice();
    const QString who = Tr::tr("%1  ·  %2").arg(patientLabel(), longDate(m_content.date));
    document.setFooter(kFooterMm, [notice, who](QPainter& painter, const QRectF& rect, int page, int pageCount) {
        painter.setPen(QPen(QColor(0xC8, 0xD0, 0xD8), mm(painter, 0.25)));
        painter.drawLine(QPointF(rect.left(), rect.top() + mm(painter, 3)),
                         QPointF(rect.right(), rect.top() + mm(painter, 3)));
        painter.setFont(reportFont(7));
        painter.setPen(kMuted);
        const qreal line = mm(painter, 3.4);
        painter.drawText(QRectF(rect.left(), rect.top() + mm(painter, 4), rect.width(), line * 2),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, notice);
        const QRectF last(rect.left(), rect.bottom() - line, rect.width(), line);
        painter.setPen(kText);
        painter.drawText(last, Qt::AlignLeft | Qt::AlignVCenter, who);
        painter.drawText(last, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page).arg(pageCount));
    });
}

} // namespace outcome
