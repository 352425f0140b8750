// Fits a list's columns to its width, at any window size: every column as wide as its header and its widest shown
// cell when there is room, the extra going to the one column most worth widening; when there is too little, the
// columns allowed to give way shrink first (to a readable width, then to their header), their text elided in the
// middle with the whole text in a tooltip, or wrapped onto more lines where a column is to show its text whole. Only
// when even the headers do not fit does the list scroll sideways.
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

class QAbstractItemView;
class QHeaderView;
class QModelIndex;
class QStyledItemDelegate;

namespace outcome {

class ColumnFit : public QObject
{
    Q_OBJECT

public:
    // A shorter text a model offers for a cell (the score without its band, the date without the phase), shown in
    // the columns set by setShortWhenNarrow() when the whole text would be cut.
    static constexpr int ShortTextRole = Qt::UserRole + 100;

    // Fits `view`'s columns (a QTableView or a QTreeView, whose header is `header`) from now on. `stretch` takes the
    // extra width; `giveWay` shrink when space is short, the first listed the most. The fit belongs to the view.
    static ColumnFit* install(QAbstractItemView* view, QHeaderView* header, int stretch, const QList<int>& giveWay);

    // Columns that are hidden, in this order, while the others would be cut: ones whose content another column
    // already shows (an age beside the birth date). They come back when the list is wide enough.
    void setDropWhenNarrow(const QList<int>& columns);

    // Columns whose text wraps onto more lines instead of being cut when space is short (names a reader needs
    // whole): they shrink no narrower than their longest word, and the rows grow to show every line.
    void setWrapWhenNarrow(const QList<int>& columns);

    // Columns whose cells show their ShortTextRole text, where they have one, when the whole text does not fit; the
    // whole text is then the cell's tooltip. Only what is still too long is elided.
    void setShortWhenNarrow(const QList<int>& columns);

    // The text a cell of `view` shows at its present width: its whole text, or its shorter one in a column set to
    // show that when narrow (elided still where even that is too long).
    static QString shownText(const QAbstractItemView* view, const QModelIndex& index);

    // Columns that do not give way keep their whole width, and past the others the list scrolls sideways: for
    // figures, which cut would mislead.
    void setOthersWhole(bool whole);

    // Fits the columns at once (normally done on every resize and, one event-loop turn later, every change of rows).
    void refit();

    // The narrowest a column is made while the view's width allows: its header, whole.
    static int headerWidth(const QHeaderView* header, int column);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFit(QAbstractItemView* view, QHeaderView* header, int stretch, const QList<int>& giveWay);
    void scheduleRefit();
    int contentWidth(int column) const;
    // The space the view leaves between a cell's edges and its text.
    int textMargins() const;
    // The widest single word of a column's shown cells, with the cell's margins.
    int longestWordWidth(int column) const;
    // Hides columns to drop while the rest would be cut, given each column's whole width; a hidden one's becomes 0.
    void dropColumns(QList<int>& whole, int available, int readable);
    bool showElidedText(QEvent* event);
    // The column that takes the width left over: the stretching one, else the shown one that gives way last.
    int widenedColumn() const;

    QAbstractItemView* m_view;
    QWidget* m_viewport;
    QHeaderView* m_header;
    int m_stretch;
    QList<int> m_giveWay;
    QList<int> m_dropWhenNarrow;
    QList<int> m_wrapWhenNarrow;
    QStyledItemDelegate* m_wrapping = nullptr;
    QStyledItemDelegate* m_shortening = nullptr;
    bool m_othersWhole = false;
    QTimer m_pending;
    bool m_fitting = false;
};

} // namespace outcome
