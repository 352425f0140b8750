// The start-vs-now rows as a table model: words from the core, colours by direction from the chart palette.
#pragma once

#include "ChartPalette.h"
#include "StartVsNow.h"

#include <QAbstractTableModel>

namespace outcome {

class StartVsNowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        InstrumentColumn,
        MeasureColumn,
        StartColumn,
        NowColumn,
        ChangeColumn,
        VerdictColumn,
        ThresholdsColumn,
        ColumnCount
    };
    // The chart key of a row ("odi/total"), for opening its chart.
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit StartVsNowModel(QObject* parent = nullptr);

    void setRows(const QList<StartVsNowRow>& rows);
    void setPalette(const ChartPalette& palette);
    const QList<StartVsNowRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<StartVsNowRow> m_rows;
    ChartPalette m_palette;
};

} // namespace outcome
