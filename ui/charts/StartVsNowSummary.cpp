// Start-vs-now table with its heading.
#include "StartVsNowSummary.h"

#include "ChartPalette.h"
#include "ColumnFit.h"
#include "StartVsNowModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace outcome {

StartVsNowSummary::StartVsNowSummary(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startVsNowSummary"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("startVsNowHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_model = new StartVsNowModel(this);
    m_model->setPalette(ChartPalette::fromPalette(palette()));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("startVsNowTable"));
    m_table->setAccessibleName(tr("Start versus now, all measures"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The thresholds, the detail a reader needs least, take what is left and give way first, onto more lines. Then
    // every other column wraps onto more lines rather than being cut: first answers given in words ("Much better now
    // than one year ago"), then the verdict and the change, the instrument and measure names last, so that on a
    // small screen most rows take two lines. When the columns do not fit even on two lines each, the thresholds
    // column goes; the verdict's tooltip still names them.
    ColumnFit* fit =
        ColumnFit::install(m_table, m_table->horizontalHeader(), StartVsNowModel::ThresholdsColumn,
                           {StartVsNowModel::ThresholdsColumn, StartVsNowModel::StartColumn, StartVsNowModel::NowColumn,
                            StartVsNowModel::VerdictColumn, StartVsNowModel::ChangeColumn,
                            StartVsNowModel::InstrumentColumn, StartVsNowModel::MeasureColumn});
    fit->setDropWhenNarrow({StartVsNowModel::ThresholdsColumn});
    fit->setWrapWhenNarrow({StartVsNowModel::InstrumentColumn, StartVsNowModel::MeasureColumn,
                            StartVsNowModel::StartColumn, StartVsNowModel::NowColumn, StartVsNowModel::ChangeColumn,
                            StartVsNowModel::VerdictColumn, StartVsNowModel::ThresholdsColumn});
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setTabKeyNavigation(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    const auto request = [this](const QModelIndex& index) {
        if (index.isValid())
            emit chartRequested(index.data(StartVsNowModel::KeyRole).toString());
    };
    connect(m_table, &QTableView::activated, this, request);
}

void StartVsNowSummary::setOutcomes(const CourseOutcomes& outcomes)
{
    m_model->setRows(StartVsNow::rows(outcomes));
    m_heading->setText(outcomes.series().isEmpty()
                           ? tr("Nothing has been recorded in this course yet.")
                           : tr("Start is the value at the baseline visit, or the first recorded where the baseline "
                                "visit has none. Open a row to see its chart."));
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void StartVsNowSummary::clear(const QString& message)
{
    m_model->setRows({});
    m_heading->setText(message);
}

void StartVsNowSummary::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(ChartPalette::fromPalette(palette()));
}

} // namespace outcome
