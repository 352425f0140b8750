// The clinic outcomes page: filters on top, below them the table and group differences split from the two charts.
#include "ClinicOutcomesView.h"

#include "AppSettings.h"
#include "ChartView.h"
#include "ClinicOutcomesChart.h"
#include "ClinicOutcomesReport.h"
#include "ClinicSettingsRepository.h"
#include "Clock.h"
#include "ColumnFit.h"
#include "CsvWriter.h"
#include "Database.h"
#include "OutcomeChoices.h"
#include "OutcomeCourseReader.h"
#include "PrivateFile.h"
#include "ReportPaper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

// The date edits show "any" at this date: no limit.
const QDate kNoLimit(2000, 1, 1);
// However the split is dragged, the table keeps this many rows in view.
constexpr int kLeastTableRows = 3;
// The tables' share of the height, in percent, until the reader moves the split.
constexpr int kTablesShare = 45;

QString number(const std::optional<double>& value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString interval(const std::optional<double>& low, const std::optional<double>& high, int decimals)
{
    return low && high ? ClinicOutcomesView::tr("%1 to %2").arg(number(low, decimals), number(high, decimals))
                       : QStringLiteral("–");
}

QString share(const std::optional<int>& count, const std::optional<double>& rate, const std::optional<double>& low,
              const std::optional<double>& high)
{
    if (!count || !rate)
        return QStringLiteral("–");
    const auto percent = [](double value) {
        return QLocale().toString(value * 100, 'f', 0);
    };
    return ClinicOutcomesView::tr("%1 (%2 %, CI %3–%4 %)")
        .arg(*count)
        .arg(percent(*rate), percent(*low), percent(*high));
}

// Columns as wide as their figures, never cut: where they do not fit, the table scrolls sideways. The group's name
// (the first column) takes the width left over, and gives way first, wrapping onto a second line.
void fitColumns(QTableWidget* table)
{
    table->setWordWrap(false);
    ColumnFit* fit = ColumnFit::install(table, table->horizontalHeader(), 0, {0});
    fit->setWrapWhenNarrow({0});
    fit->setOthersWhole(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

ClinicOutcomesView::ClinicOutcomesView(Database& db, const InstrumentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_library(library)
{
    setObjectName(QStringLiteral("clinicOutcomesView"));
    setWindowTitle(tr("Clinic outcomes"));

    m_measure = new QComboBox;
    m_measure->setObjectName(QStringLiteral("outcomesMeasureCombo"));
    for (const InstrumentDefinition* definition : m_library.definitions()) {
        for (const MeasureDefinition* measure : definition->reportedMeasures()) {
            if (measure->answerOnly)
                continue;
            // A measure named as its instrument (the ODI's total) is named once.
            m_measure->addItem(measure->name == definition->name ? measure->name
                                                                 : tr("%1 — %2").arg(definition->name, measure->name),
                               QString(definition->id + QLatin1Char('/') + measure->id));
        }
    }
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("outcomesGroupingCombo"));
    m_grouping->addItem(tr("All courses together"), int(OutcomeGrouping::None));
    m_grouping->addItem(tr("By treatment label"), int(OutcomeGrouping::Treatment));
    m_grouping->addItem(tr("By course template"), int(OutcomeGrouping::Template));
    m_grouping->setCurrentIndex(1);
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("outcomesTemplateCombo"));
    m_treatment = new QComboBox;
    m_treatment->setObjectName(QStringLiteral("outcomesTreatmentCombo"));
    m_clinician = new QComboBox;
    m_clinician->setObjectName(QStringLiteral("outcomesClinicianCombo"));
    m_clinician->setToolTip(tr("Courses started with a clinician named; older courses have none"));
    m_completeAt = new QComboBox;
    m_completeAt->setObjectName(QStringLiteral("outcomesCompleteAtCombo"));
    m_completeAt->setToolTip(tr("Only courses with a value at this visit, so every visit counts the same courses"));
    const auto dateEdit = [](const QString& name) {
        auto* edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoLimit);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kNoLimit);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("outcomesFromEdit"));
    m_to = dateEdit(QStringLiteral("outcomesToEdit"));
    m_archived = new QCheckBox(tr("Include archived patients"));
    m_archived->setObjectName(QStringLiteral("outcomesArchivedCheck"));
    m_archived->setChecked(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("outcomesCountLabel"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("outcomesMessageLabel"));
    m_message->setWordWrap(true);
    m_exportCsv = new QPushButton(tr("Export table as CSV…"));
    m_exportCsv->setObjectName(QStringLiteral("outcomesExportCsvButton"));
    m_exportPdf = new QPushButton(tr("Export PDF report…"));
    m_exportPdf->setObjectName(QStringLiteral("outcomesExportPdfButton"));
    m_exportPdf->setToolTip(tr("One to three pages: the filters, the table, the charts and the definitions used"));

    auto* filters = new QFormLayout;
    auto* first = new QHBoxLayout;
    first->addWidget(m_measure, 2);
    first->addWidget(m_grouping, 1);
    filters->addRow(tr("&Measure:"), first);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_to);
    dates->addStretch();
    filters->addRow(tr("Courses &started from:"), dates);
    // Long template, treatment and clinician names give way (shortened, whole in the list) rather than widen the
    // window past a laptop's screen.
    for (QComboBox* combo : {m_template, m_treatment, m_clinician, m_completeAt}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto* which = new QHBoxLayout;
    which->addWidget(m_template, 1);
    which->addWidget(m_treatment, 1);
    which->addWidget(m_clinician, 1);
    filters->addRow(tr("&Courses:"), which);
    auto* complete = new QHBoxLayout;
    complete->addWidget(m_completeAt, 1);
    complete->addWidget(m_archived);
    complete->addStretch(2);
    filters->addRow(tr("With a value a&t:"), complete);
    // The buddies let Alt+letter reach each filter.
    if (auto* label = qobject_cast<QLabel*>(filters->labelForField(first)))
        label->setBuddy(m_measure);
    if (auto* label = qobject_cast<QLabel*>(filters->labelForField(dates)))
        label->setBuddy(m_from);
    if (auto* label = qobject_cast<QLabel*>(filters->labelForField(which)))
        label->setBuddy(m_template);
    if (auto* label = qobject_cast<QLabel*>(filters->labelForField(complete)))
        label->setBuddy(m_completeAt);

    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("outcomesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    fitColumns(m_table);
    m_table->setAccessibleName(tr("Clinic outcomes per visit"));
    m_comparisons = new QTableWidget;
    m_comparisons->setObjectName(QStringLiteral("outcomesComparisonsTable"));
    m_comparisons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparisons->verticalHeader()->hide();
    fitColumns(m_comparisons);
    m_comparisons->setAccessibleName(tr("Differences in change from baseline between groups"));
    m_meansChart = new ChartView;
    m_meansChart->setObjectName(QStringLiteral("outcomesMeansChart"));
    m_ratesChart = new ChartView;
    m_ratesChart->setObjectName(QStringLiteral("outcomesRatesChart"));

    auto* status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_exportCsv);
    status->addWidget(m_exportPdf);

    // The tables and the charts share the height below the filters, split where the reader last left it: on a
    // laptop both stay on screen instead of the charts falling below it. On a screen too short for even the
    // smallest of both, the split scrolls while the filters stay in view.
    auto* tables = new QWidget;
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_table, 3);
    tablesLayout->addWidget(m_comparisons, 1);
    auto* charts = new QWidget;
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_meansChart, 3);
    chartsLayout->addWidget(m_ratesChart, 2);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("outcomesSplitter"));
    m_splitter->addWidget(tables);
    m_splitter->addWidget(charts);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitPlaced =
        m_splitter->restoreState(AppSettings::instance().value(AppSettings::Key::OutcomesSplitter).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this]() {
        AppSettings::instance().setValue(AppSettings::Key::OutcomesSplitter, m_splitter->saveState());
    });
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("outcomesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this]() {
        fillFilterChoices();
        recompute();
    });
    for (QComboBox* combo : {m_grouping, m_template, m_treatment, m_clinician, m_completeAt})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClinicOutcomesView::recompute);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ClinicOutcomesView::recompute);
    connect(m_archived, &QCheckBox::toggled, this, &ClinicOutcomesView::recompute);
    connect(m_exportCsv, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export clinic outcomes"), tr("clinic-outcomes.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status saved = exportCsv(path); !saved)
            QMessageBox::warning(this, tr("Export clinic outcomes"), saved.error().message);
    });

    connect(m_exportPdf, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export clinic outcomes report"),
                                                          tr("clinic-outcomes.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const Result<int> written = exportPdf(path, ReportPaper::current()); !written)
            QMessageBox::warning(this, tr("Export clinic outcomes report"), written.error().message);
    });

    // The trial's headline measure first, where the library has it; read and computed once, here.
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(QStringLiteral("odi/total"))));
    }
    fillFilterChoices();
    recompute();
}

void ClinicOutcomesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Until the reader moves it, the split gives the tables a little less than half of the height it has.
    if (!m_splitPlaced) {
        m_splitPlaced = true;
        const int height = m_splitter->height();
        m_splitter->setSizes({height * kTablesShare / 100, height - height * kTablesShare / 100});
    }
}

bool ClinicOutcomesView::setMeasure(const QString& key)
{
    const int index = m_measure->findData(key);
    if (index < 0)
        return false;
    m_measure->setCurrentIndex(index);
    return true;
}

void ClinicOutcomesView::setGrouping(OutcomeGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void ClinicOutcomesView::reload()
{
    m_courses.clear();
    fillFilterChoices();
    recompute();
}

const MeasureDefinition* ClinicOutcomesView::currentMeasure() const
{
    const QString key = m_measure->currentData().toString();
    const InstrumentDefinition* definition = m_library.find(key.section(QLatin1Char('/'), 0, 0));
    return definition ? definition->measure(key.section(QLatin1Char('/'), 1)) : nullptr;
}

void ClinicOutcomesView::fillFilterChoices()
{
    const QString key = m_measure->currentData().toString();
    if (key.isEmpty())
        return;
    if (!m_courses.contains(key)) {
        const Result<QList<OutcomeCourse>> read = OutcomeCourseReader(m_db).read(
            m_library, key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1));
        if (!read) {
            m_message->setText(read.error().message);
            return;
        }
        m_courses.insert(key, *read);
    }
    const OutcomeChoices choices = OutcomeChoices::of(m_courses.value(key));
    const auto refill = [](QComboBox* combo, const QString& all, const QStringList& names) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString& name : names)
            combo->addItem(name, name);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_template, tr("Every template"), choices.templates);
    refill(m_treatment, tr("Every treatment"), choices.treatments);
    refill(m_clinician, tr("Every clinician"), choices.clinicians);
    refill(m_completeAt, tr("Any visits"), choices.visits);
}

OutcomeFilter ClinicOutcomesView::currentFilter() const
{
    OutcomeFilter filter;
    if (m_from->date() != kNoLimit)
        filter.startedFrom = m_from->date();
    if (m_to->date() != kNoLimit)
        filter.startedTo = m_to->date();
    filter.templateName = m_template->currentData().toString();
    filter.treatmentLabel = m_treatment->currentData().toString();
    filter.clinician = m_clinician->currentData().toString();
    filter.completeAt = m_completeAt->currentData().toString();
    filter.includeArchived = m_archived->isChecked();
    return filter;
}

void ClinicOutcomesView::recompute()
{
    const MeasureDefinition* measure = currentMeasure();
    if (!measure)
        return;
    const auto grouping = OutcomeGrouping(m_grouping->currentData().toInt());
    Result<ClinicOutcomes> computed = ClinicOutcomes::compute(
        *measure, m_courses.value(m_measure->currentData().toString()), currentFilter(), grouping);
    if (!computed) {
        m_message->setText(computed.error().message);
        m_outcomes.reset();
        return;
    }
    m_outcomes = std::move(computed).value();
    const int courses = m_outcomes->courseCount();
    m_count->setText(courses == 1 ? tr("1 course selected")
                                  : tr("%1 courses selected").arg(QLocale().toString(courses)));
    m_message->setText(
        tr("n counts the courses with a value at each visit; nothing is imputed. Change is from each course's "
           "baseline (the baseline visit, else the first recorded value). 95% CI of the mean by t; quartiles by "
           "linear interpolation; proportions with Wilson intervals; group differences by Welch's t."));
    fillTable();
    const ClinicOutcomes outcomes = *m_outcomes;
    const MeasureDefinition& shown = *measure;
    m_meansChart->setChart([outcomes, &shown](QCustomPlot& plot, const ChartStyle& style) {
        ClinicOutcomesChart::buildMeans(plot, outcomes, shown, style);
    });
    const bool rates = ClinicOutcomes::hasResponders(shown) || ClinicOutcomes::hasReferenceRange(shown);
    m_ratesChart->setVisible(rates);
    if (rates) {
        m_ratesChart->setChart([outcomes, &shown](QCustomPlot& plot, const ChartStyle& style) {
            ClinicOutcomesChart::buildRates(plot, outcomes, shown, style);
        });
    }
}

void ClinicOutcomesView::fillTable()
{
    const MeasureDefinition& measure = *currentMeasure();
    const int decimals = std::max(1, measure.decimals);
    const bool responders = ClinicOutcomes::hasResponders(measure);
    const bool ranged = ClinicOutcomes::hasReferenceRange(measure);
    QStringList headers{tr("Group"),  tr("Visit"),  tr("n"),         tr("Mean"),     tr("SD"),
                        tr("95% CI"), tr("Median"), tr("Quartiles"), tr("Change n"), tr("Mean change")};
    if (responders)
        headers << tr("Responders (95% CI)");
    if (ranged)
        headers << tr("Out of range (95% CI)");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    int rows = 0;
    for (const GroupOutcome& group : m_outcomes->groups())
        rows += int(group.visits.size());
    m_table->setRowCount(rows);
    int row = 0;
    for (const GroupOutcome& group : m_outcomes->groups()) {
        for (const VisitOutcome& visit : group.visits) {
            QStringList cells{group.group,
                              visit.visit,
                              QString::number(visit.n),
                              number(visit.mean, decimals),
                              number(visit.sd, decimals),
                              interval(visit.ciLow, visit.ciHigh, decimals),
                              number(visit.median, decimals),
                              interval(visit.q1, visit.q3, decimals),
                              QString::number(visit.changeN),
                              number(visit.changeMean, decimals)};
            if (responders)
                cells << share(visit.responders, visit.responderRate, visit.responderCiLow, visit.responderCiHigh);
            if (ranged)
                cells << share(visit.outOfRange, visit.outOfRangeRate, visit.outOfRangeCiLow, visit.outOfRangeCiHigh);
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells[column]);
                if (column >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
            ++row;
        }
    }
    // However the split is dragged, the table shows its heading and a few rows, beside a scroll bar if it is wider.
    const auto leastHeight = [](const QTableWidget* table, int shownRows) {
        return table->horizontalHeader()->sizeHint().height() +
               shownRows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
               table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    };
    m_table->setMinimumHeight(leastHeight(m_table, kLeastTableRows));

    m_comparisons->clear();
    m_comparisons->setColumnCount(4);
    m_comparisons->setHorizontalHeaderLabels(
        {tr("Group"), tr("Visit"), tr("Difference in mean change vs %1").arg(m_outcomes->reference()), tr("95% CI")});
    m_comparisons->setRowCount(int(m_outcomes->comparisons().size()));
    m_comparisons->setVisible(!m_outcomes->comparisons().isEmpty());
    for (int i = 0; i < m_outcomes->comparisons().size(); ++i) {
        const OutcomeComparison& comparison = m_outcomes->comparisons()[i];
        const QStringList cells{comparison.group, comparison.visit, number(comparison.difference, decimals),
                                interval(comparison.ciLow, comparison.ciHigh, decimals)};
        for (int column = 0; column < cells.size(); ++column)
            m_comparisons->setItem(i, column, new QTableWidgetItem(cells[column]));
    }
    m_comparisons->setMinimumHeight(leastHeight(m_comparisons, 1));
}

QByteArray ClinicOutcomesView::csv() const
{
    if (!m_outcomes)
        return {};
    QStringList header{QStringLiteral("measure"), QStringLiteral("group"), QStringLiteral("courses"),
                       QStringLiteral("visit")};
    const qsizetype firstFigure = header.size();
    for (const VisitFigure& figure : visitFigures(VisitOutcome{}))
        header.append(QString::fromUtf16(figure.name));
    // Every figure is a number: a negative change must stay a number, not become text.
    CsvWriter writer(header, header.mid(firstFigure));
    const QString key = m_measure->currentData().toString();
    for (const GroupOutcome& group : m_outcomes->groups()) {
        for (const VisitOutcome& row : group.visits) {
            QStringList cells{key, group.group, QString::number(group.courses), row.visit};
            for (const VisitFigure& figure : visitFigures(row))
                cells.append(!figure.value  ? QString()
                             : figure.whole ? QString::number(qRound(*figure.value))
                                            : QString::number(*figure.value, 'g', 17));
            writer.addRow(cells);
        }
    }
    return writer.bytes();
}

Status ClinicOutcomesView::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!PrivateFile::open(file) || file.write(csv()) < 0 || !file.commit())
        return makeError(
            ErrorKind::Io,
            tr("Could not write %1: %2. Choose another folder or file name.").arg(path, file.errorString()));
    return {};
}

Result<int> ClinicOutcomesView::exportPdf(const QString& path, const QPageSize& paper) const
{
    const MeasureDefinition* measure = currentMeasure();
    if (!m_outcomes || !measure)
        return makeError(ErrorKind::Invalid, tr("Choose a measure first: there is nothing to report yet."));
    const Result<ClinicSettings> clinic = ClinicSettingsRepository(m_db).load();
    if (!clinic)
        return clinic.error();
    const ClinicOutcomesReport report({*m_outcomes, measure, m_measure->currentData().toString(), currentFilter(),
                                       OutcomeGrouping(m_grouping->currentData().toInt()), *clinic, Clock::today()});
    return report.writePdf(path, paper);
}

} // namespace outcome
