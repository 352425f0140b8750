// Laying out printed questionnaires: each item measured and painted by the same code, so that its block is exactly as
// tall as what it draws and the page breaks only between items.
#include "QuestionnaireFormDocument.h"

#include "CourseRepository.h"
#include "InstrumentLibrary.h"
#include "OutcomeText.h"
#include "PatientRepository.h"
#include "ReportPaper.h"
#include "ReportStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace outcome {

using namespace report;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::QuestionnaireFormDocument)
};

constexpr qreal kFooterMm = 14;
constexpr qreal kNumberColumnMm = 11;
constexpr qreal kBoxMm = 5.5;
constexpr qreal kCodeColumnMm = 7;
constexpr qreal kGapMm = 2;
// Blocks are measured at the PDF's resolution; painting on another device rounds a little differently.
constexpr qreal kMeasureDpi = 300;
constexpr qreal kSlackMm = 1;
constexpr qreal kMeasureMarginMm = 2;
// Up to this many whole numbers are printed as boxes; a wider scale gets a field to write the number in.
constexpr int kMostBoxes = 21;

QFont itemFont(bool bold = false)
{
    return reportFont(12, bold);
}

// Where an item is drawn: with a painter to paint, without one only to measure. Lengths are device units.
class Canvas
{
public:
    Canvas(QPainter* painter, QPaintDevice* device)
        : m_painter(painter)
        , m_device(device)
        , m_perMm(device->logicalDpiY() / 25.4)
    {}

    qreal mm(qreal millimetres) const { return millimetres * m_perMm; }
    qreal toMm(qreal units) const { return units / m_perMm; }

    // Draws wrapped text from the top of `rect`; returns the height it takes.
    qreal text(const QRectF& rect, const QString& text, const QFont& font, const QColor& color = kText,
               Qt::Alignment alignment = Qt::AlignLeft) const
    {
        const QFontMetricsF metrics(font, m_device);
        const int flags = int(alignment | Qt::AlignTop) | Qt::TextWordWrap;
        const qreal height = std::max(metrics.lineSpacing(),
                                      metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text).height());
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), height + mm(1)), flags, text);
        }
        return height;
    }

    qreal lineHeight(const QFont& font) const { return QFontMetricsF(font, m_device).lineSpacing(); }

    qreal textWidth(const QString& text, const QFont& font) const
    {
        return QFontMetricsF(font, m_device).horizontalAdvance(text);
    }

    void box(const QRectF& rect) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(kText, mm(0.35)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(rect);
    }

    void line(const QPointF& from, const QPointF& to, qreal widthMm = 0.3) const
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(kText, mm(widthMm)));
        m_painter->drawLine(from, to);
    }

private:
    QPainter* m_painter;
    QPaintDevice* m_device;
    qreal m_perMm;
};

// Printed wording: the licensed text where the clinic has pasted it in, else our own label.
QString wording(const QString& text, const QString& label)
{
    return text.isEmpty() ? label : text;
}

// "0  ☐  No pain": one answer per line, the code printed as it is typed.
qreal drawOptions(const Canvas& canvas, const QList<AnswerOption>& options, qreal left, qreal top, qreal width)
{
    const QFont font = itemFont();
    const qreal box = canvas.mm(kBoxMm);
    const qreal codeWidth = canvas.mm(kCodeColumnMm);
    const qreal textLeft = left + codeWidth + box + canvas.mm(3);
    qreal y = top;
    for (const AnswerOption& option : options) {
        const qreal lineHeight = canvas.lineHeight(font);
        const qreal textTop = y + std::max(0.0, (box - lineHeight) / 2);
        canvas.text(QRectF(left, textTop, codeWidth - canvas.mm(1.5), lineHeight), QString::number(option.code), font,
                    kText, Qt::AlignRight);
        canvas.box(QRectF(left + codeWidth, y, box, box));
        const qreal height = canvas.text(QRectF(textLeft, textTop, left + width - textLeft, 0),
                                         wording(option.text, option.label), font);
        y += std::max(box, textTop - y + height) + canvas.mm(2);
    }
    return y - top;
}

// The words at a scale's two ends, under its first and last mark.
qreal drawAnchors(const Canvas& canvas, const ItemDefinition& item, qreal left, qreal right, qreal top)
{
    const QFont font = reportFont(10);
    const QLocale locale;
    const qreal width = (right - left) / 2 - canvas.mm(2);
    qreal height = 0;
    if (!item.minLabel.isEmpty())
        height = canvas.text(QRectF(left, top, width, 0),
                             Tr::tr("%1 = %2").arg(locale.toString(item.min), item.minLabel), font, kMuted);
    if (!item.maxLabel.isEmpty() && item.max)
        height = std::max(height, canvas.text(QRectF(right - width, top, width, 0),
                                              Tr::tr("%1 = %2").arg(locale.toString(*item.max), item.maxLabel), font,
                                              kMuted, Qt::AlignRight));
    return height;
}

// A row of boxes, each under its number: the patient ticks one, the clinic types that number.
qreal drawNumberBoxes(const Canvas& canvas, const ItemDefinition& item, qreal left, qreal top, qreal width)
{
    const int first = int(std::lround(item.min));
    const int last = int(std::lround(item.max.value_or(item.min)));
    const int count = last - first + 1;
    const QFont font = itemFont();
    const qreal pitch = std::min(canvas.mm(13), width / count);
    const qreal box = std::min(canvas.mm(7), pitch - canvas.mm(2));
    const qreal labelHeight = canvas.lineHeight(font);
    const QLocale locale;
    for (int value = first; value <= last; ++value) {
        const qreal x = left + (value - first) * pitch;
        canvas.text(QRectF(x, top, box, labelHeight), locale.toString(value), font, kText, Qt::AlignHCenter);
        canvas.box(QRectF(x, top + labelHeight + canvas.mm(0.5), box, box));
    }
    const qreal y = top + labelHeight + canvas.mm(0.5) + box + canvas.mm(1);
    const qreal right = left + (count - 1) * pitch + box;
    return y - top + drawAnchors(canvas, item, left, right, y);
}

// Boxes for the digits of a number: as many before the decimal separator as the largest answer has, then the
// item's decimals. Returns the width taken.
qreal drawDigitBoxes(const Canvas& canvas, int whole, int decimals, qreal left, qreal top)
{
    const qreal box = canvas.mm(8);
    qreal x = left;
    for (int i = 0; i < whole; ++i, x += box)
        canvas.box(QRectF(x, top, box, box));
    if (decimals > 0) {
        const QString separator = QLocale().decimalPoint();
        const QFont font = reportFont(16, true);
        const qreal separatorWidth = canvas.mm(5);
        canvas.text(QRectF(x, top + box - canvas.lineHeight(font), separatorWidth, 0), separator, font, kText,
                    Qt::AlignHCenter);
        x += separatorWidth;
        for (int i = 0; i < decimals; ++i, x += box)
            canvas.box(QRectF(x, top, box, box));
    }
    return x - left;
}

int wholeDigits(const ItemDefinition& item)
{
    const double largest = std::max(std::abs(item.min), std::abs(item.max.value_or(item.min)));
    return std::max(1, int(std::floor(std::log10(std::max(1.0, largest)))) + 1);
}

// A number written by hand: a line from the lowest to the highest answer to mark, and boxes for the number itself.
qreal drawWrittenNumber(const Canvas& canvas, const ItemDefinition& item, qreal left, qreal top, qreal width)
{
    const QFont font = itemFont();
    const QLocale locale;
    qreal y = top;
    if (item.max) {
        const qreal lineWidth = std::min(canvas.mm(120), width);
        const qreal lineY = y + canvas.mm(4);
        canvas.line(QPointF(left, lineY), QPointF(left + lineWidth, lineY), 0.4);
        const int first = int(std::ceil(item.min));
        const int last = int(std::floor(*item.max));
        const QFont small = reportFont(9);
        const qreal smallHeight = canvas.lineHeight(small);
        for (int value = first; value <= last && last > first; ++value) {
            const qreal x = left + lineWidth * (value - item.min) / (*item.max - item.min);
            canvas.line(QPointF(x, lineY - canvas.mm(2)), QPointF(x, lineY + canvas.mm(2)));
            canvas.text(QRectF(x - canvas.mm(4), lineY + canvas.mm(2.5), canvas.mm(8), smallHeight),
                        locale.toString(value), small, kText, Qt::AlignHCenter);
        }
        y = lineY + canvas.mm(2.5) + smallHeight + canvas.mm(1);
        y += drawAnchors(canvas, item, left, left + lineWidth, y) + canvas.mm(3);
    }
    const QString prompt = Tr::tr("Your number (%1):").arg(item.allowedAnswers());
    const qreal promptWidth = canvas.textWidth(prompt, font) + canvas.mm(3);
    const qreal box = canvas.mm(8);
    canvas.text(QRectF(left, y + box - canvas.lineHeight(font), promptWidth, 0), prompt, font);
    drawDigitBoxes(canvas, wholeDigits(item), item.decimals, left + promptWidth, y);
    return y + box - top;
}

// A laboratory result: a field to copy the value into, with the unit it is reported in and the others accepted.
qreal drawLabValue(const Canvas& canvas, const ItemDefinition& item, qreal left, qreal top, qreal width)
{
    const QFont font = itemFont();
    const QString prompt = Tr::tr("Result:");
    const qreal promptWidth = canvas.textWidth(prompt, font) + canvas.mm(3);
    const qreal field = canvas.mm(8);
    const qreal textTop = top + field - canvas.lineHeight(font);
    canvas.text(QRectF(left, textTop, promptWidth, 0), prompt, font);
    const qreal fieldWidth = canvas.mm(45);
    canvas.box(QRectF(left + promptWidth, top, fieldWidth, field));
    QStringList alternatives = item.acceptedUnits();
    alternatives.removeAll(item.unit);
    const QString unit = alternatives.isEmpty()
                             ? item.unit
                             : Tr::tr("%1 (or %2)").arg(item.unit, alternatives.join(QStringLiteral(", ")));
    const qreal unitLeft = left + promptWidth + fieldWidth + canvas.mm(3);
    const qreal unitHeight = canvas.text(QRectF(unitLeft, textTop, left + width - unitLeft, 0), unit, font);
    return std::max(field, textTop - top + unitHeight);
}

// One item: its number, its wording and what the patient marks. Returns the height it takes.
qreal drawItem(const Canvas& canvas, const ItemDefinition& item, const QRectF& area)
{
    const qreal numberWidth = canvas.mm(kNumberColumnMm);
    const qreal left = area.left() + numberWidth;
    const qreal width = area.width() - numberWidth;
    const QFont heading = itemFont(true);
    canvas.text(QRectF(area.left(), area.top(), numberWidth, 0), Tr::tr("%1.").arg(item.number), heading);
    qreal y = area.top() + canvas.text(QRectF(left, area.top(), width, 0), wording(item.text, item.label), heading);
    y += canvas.mm(kGapMm);
    switch (item.input) {
    case InputKind::Options:
        y += drawOptions(canvas, item.options, left, y, width);
        break;
    case InputKind::YesNo: {
        // One box: ticked when the statement applies, which is typed as its code (1).
        QList<AnswerOption> ticked;
        for (const AnswerOption& option : item.options) {
            if (option.code == 1)
                ticked.append(option);
        }
        y += drawOptions(canvas, ticked.isEmpty() ? item.options : ticked, left, y, width);
        break;
    }
    case InputKind::Integer:
        if (item.max && *item.max - item.min + 1 <= kMostBoxes)
            y += drawNumberBoxes(canvas, item, left, y, width);
        else
            y += drawWrittenNumber(canvas, item, left, y, width);
        break;
    case InputKind::Decimal:
        y += drawWrittenNumber(canvas, item, left, y, width);
        break;
    case InputKind::LabValue:
        y += drawLabValue(canvas, item, left, y, width);
        break;
    }
    return y - area.top();
}

// The instrument's name, the period the answers describe and the instructions, printed above its first item.
qreal drawIntroduction(const Canvas& canvas, const InstrumentDefinition& definition, const QRectF& area)
{
    qreal y = area.top();
    y += canvas.text(QRectF(area.left(), y, area.width(), 0),
                     Tr::tr("%1 — %2").arg(definition.shortName, definition.name), reportFont(15, true), kAccent);
    y += canvas.mm(1.5);
    if (!definition.recall.isEmpty()) {
        y += canvas.text(QRectF(area.left(), y, area.width(), 0),
                         Tr::tr("The answers describe: %1.").arg(definition.recall), reportFont(11), kMuted);
        y += canvas.mm(1);
    }
    if (!definition.instructions.isEmpty()) {
        y += canvas.text(QRectF(area.left(), y, area.width(), 0), definition.instructions, itemFont());
        y += canvas.mm(1);
    }
    return y - area.top() + canvas.mm(3);
}

// The device blocks are measured on: an image at the PDF's resolution, never painted.
QImage& measuringDevice()
{
    static QImage image = [] {
        QImage made(1, 1, QImage::Format_RGB32);
        const int dotsPerMetre = int(std::lround(kMeasureDpi / 0.0254));
        made.setDotsPerMeterX(dotsPerMetre);
        made.setDotsPerMeterY(dotsPerMetre);
        return made;
    }();
    return image;
}

QString line(int characters)
{
    return QString(characters, QLatin1Char('_'));
}

} // namespace

QuestionnaireFormDocument::QuestionnaireFormDocument(const QList<const InstrumentDefinition*>& instruments,
                                                     std::optional<QuestionnaireFormPatient> patient,
                                                     const QString& language)
    : m_patient(std::move(patient))
    , m_language(language)
{
    QList<InstrumentDefinition> printed;
    printed.reserve(instruments.size());
    for (const InstrumentDefinition* definition : instruments)
        printed.append(definition->inLanguage(language));
    m_instruments = std::make_shared<const QList<InstrumentDefinition>>(std::move(printed));
}

Result<QuestionnaireFormDocument> QuestionnaireFormDocument::forVisit(Database& db, const InstrumentLibrary& library,
                                                                      qint64 visitId,
                                                                      const std::optional<QString>& language)
{
    CourseRepository courses(db);
    const Result<Visit> visit = courses.findVisit(visitId);
    if (!visit)
        return visit.error();
    const Result<qint64> patientId = courses.patientOfCourse(visit->courseId);
    if (!patientId)
        return patientId.error();
    const Result<Patient> patient = PatientRepository(db).find(*patientId);
    if (!patient)
        return patient.error();
    if (visit->plannedInstruments.isEmpty())
        return Error{ErrorKind::Invalid,
                     Tr::tr("%1 has no questionnaires planned. Add them to the visit in the course template, or "
                            "print a blank questionnaire of one instrument.")
                         .arg(visit->title())};
    QList<const InstrumentDefinition*> instruments;
    for (const QString& id : visit->plannedInstruments) {
        const InstrumentDefinition* definition = library.find(id);
        if (!definition)
            return Error{ErrorKind::NotFound,
                         Tr::tr("%1 plans the instrument \"%2\", which is not installed. Put its definition file "
                                "back into the clinic's instruments folder, or change the course template.")
                             .arg(visit->title(), id)};
        instruments.append(definition);
    }
    return QuestionnaireFormDocument(
        instruments,
        QuestionnaireFormPatient{patient->displayName(), patient->chartNumber, visit->title(), visit->scheduledDate},
        language.value_or(patient->language));
}

QString QuestionnaireFormDocument::instrumentNames() const
{
    QStringList names;
    for (const InstrumentDefinition& definition : *m_instruments)
        names.append(definition.shortName);
    return QLocale().createSeparatedList(names);
}

PagedDocument QuestionnaireFormDocument::document(qreal bodyWidthMm) const
{
    PagedDocument document;
    document.addParagraph(m_patient ? Tr::tr("Questionnaires for %1").arg(m_patient->visitTitle)
                                    : Tr::tr("Questionnaire"),
                          reportFont(18, true), kText, 2);
    if (m_patient) {
        document.addParagraph(Tr::tr("Name: %1\nChart number: %2\nVisit: %3, planned for %4")
                                  .arg(m_patient->name, m_patient->chartNumber, m_patient->visitTitle,
                                       OutcomeText::longDate(m_patient->plannedDate)),
                              reportFont(12), kText, 3);
    } else {
        document.addParagraph(Tr::tr("Name: %1\nChart number: %2\nDate: %3").arg(line(40), line(20), line(20)),
                              reportFont(12), kText, 3);
    }
    document.addParagraph(Tr::tr("Please answer every question by ticking one box, or by writing where a number is "
                                 "asked for. If you are unsure, tick the answer closest to how you feel."),
                          itemFont(), kText, 5);

    Canvas measure(nullptr, &measuringDevice());
    // Measured a little narrower than painted: a line that only just fits on the page then counts as wrapped, so a
    // block is never shorter than what it paints.
    const QRectF measureArea(0, 0, measure.mm(bodyWidthMm - kMeasureMarginMm), 0);
    for (qsizetype i = 0; i < m_instruments->size(); ++i) {
        const InstrumentDefinition& definition = m_instruments->at(i);
        bool first = true;
        for (const ItemDefinition& item : definition.items()) {
            const bool withIntroduction = first;
            first = false;
            qreal height = drawItem(measure, item, measureArea);
            if (withIntroduction)
                height += drawIntroduction(measure, definition, measureArea);
            document.addBlock(
                measure.toMm(height) + kSlackMm,
                [instruments = m_instruments, i, item, withIntroduction](QCPPainter& painter, const QRectF& rect) {
                    const Canvas canvas(&painter, painter.device());
                    QRectF area = rect;
                    if (withIntroduction)
                        area.setTop(area.top() + drawIntroduction(canvas, instruments->at(i), area));
                    drawItem(canvas, item, area);
                },
                5);
        }
    }

    const std::optional<QuestionnaireFormPatient> patient = m_patient;
    document.setFooter(kFooterMm, [patient](QPainter& painter, const QRectF& rect, int page, int pageCount) {
        const QFont font = reportFont(10);
        painter.setFont(font);
        painter.setPen(kText);
        const qreal lineHeight = mm(painter, 5);
        painter.setPen(QPen(kMuted, mm(painter, 0.2)));
        painter.drawLine(rect.topLeft(), rect.topRight());
        painter.setPen(kText);
        const QRectF first(rect.left(), rect.bottom() - 2 * lineHeight, rect.width(), lineHeight);
        const QRectF second(rect.left(), rect.bottom() - lineHeight, rect.width(), lineHeight);
        if (patient) {
            painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                             Tr::tr("%1  ·  %2").arg(patient->name, patient->chartNumber));
            painter.drawText(
                second, Qt::AlignLeft | Qt::AlignVCenter,
                Tr::tr("%1, planned for %2").arg(patient->visitTitle, OutcomeText::longDate(patient->plannedDate)));
        } else {
            painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                             Tr::tr("Name: %1  Chart number: %2").arg(line(30), line(14)));
            painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Date: %1").arg(line(14)));
        }
        painter.drawText(second, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(page).arg(pageCount));
    });
    return document;
}

Result<int> QuestionnaireFormDocument::writePdf(const QString& path, const QPageSize& paper) const
{
    const QPageLayout layout = ReportPaper::layout(paper);
    PagedDocument::Metadata metadata;
    metadata.title = m_patient ? Tr::tr("Questionnaires: %1, %2").arg(m_patient->chartNumber, m_patient->visitTitle)
                               : Tr::tr("Questionnaire: %1").arg(instrumentNames());
    metadata.author = QCoreApplication::applicationName();
    metadata.subject = Tr::tr("Questionnaires to fill in by hand: %1").arg(instrumentNames());
    metadata.language = QLocale().bcp47Name();
    metadata.creator = QCoreApplication::applicationName();
    return document(layout.paintRect(QPageLayout::Millimeter).width()).writePdf(path, layout, metadata);
}

} // namespace outcome
