// Table cells of the start-vs-now summary.
#include "StartVsNowModel.h"

#include <QFont>

namespace outcome {

namespace {

bool isMeaningful(const std::optional<ChangeVerdict>& verdict)
{
    return verdict == ChangeVerdict::MeaningfullyImproved || verdict == ChangeVerdict::MeaningfullyWorsened;
}

// Only the first row of an instrument names it: the table reads as groups.
bool startsGroup(const QList<StartVsNowRow>& rows, int row)
{
    return row == 0 || rows[row - 1].instrument != rows[row].instrument;
}

} // namespace

StartVsNowModel::StartVsNowModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_palette(ChartPalette::light())
{}

void StartVsNowModel::setRows(const QList<StartVsNowRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void StartVsNowModel::setPalette(const ChartPalette& palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StartVsNowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StartVsNowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StartVsNowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StartVsNowRow& row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case InstrumentColumn:
            return startsGroup(m_rows, index.row()) ? row.instrument : QString();
        case MeasureColumn:
            return row.measure;
        case StartColumn:
            return row.start;
        case NowColumn:
            return row.now;
        case ChangeColumn:
            return row.change;
        case VerdictColumn:
            return row.verdictText;
        case ThresholdsColumn:
            return row.thresholds;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StartColumn)
            return row.startDetail;
        if (column == NowColumn)
            return row.nowDetail;
        if (column == MeasureColumn)
            return row.measure;
        // The verdict's tooltip says which thresholds were reached, also when a narrow list hides their column.
        if ((column == ThresholdsColumn || column == VerdictColumn) && !row.thresholds.isEmpty())
            return row.thresholds;
        return {};
    case Qt::AccessibleTextRole:
        return column == InstrumentColumn ? QVariant(row.instrument) : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (column == VerdictColumn || column == ChangeColumn)
            return m_palette.verdictColor(row.verdict);
        return {};
    case Qt::FontRole:
        if ((column == VerdictColumn && isMeaningful(row.verdict)) || column == InstrumentColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StartColumn || column == NowColumn || column == ChangeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

QVariant StartVsNowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case InstrumentColumn:
        return tr("Instrument");
    case MeasureColumn:
        return tr("Measure");
    case StartColumn:
        return tr("Start");
    case NowColumn:
        return tr("Now");
    case ChangeColumn:
        return tr("Change");
    case VerdictColumn:
        return tr("Result");
    case ThresholdsColumn:
        return tr("Meaningful change reached");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace outcome
