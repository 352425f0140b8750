// Column widths from the header, the shown cells and the width at hand.
#include "ColumnFit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace outcome {

namespace {

// A column that gives way keeps at least this many characters while other columns can still shrink to their header.
constexpr int kReadableCharacters = 14;
// Space above and below the lines of a wrapped cell, so that rows of several lines do not run into each other.
constexpr int kLinePadding = 6;

// A wrapped line breaks between words but never before a percent sign ("−80 %"): the space before it does not break.
QString keepingPercentTogether(QString text)
{
    return text.replace(QStringLiteral(" %"), QStringLiteral("\u00A0%"));
}

// Draws a column's text on as many lines as its width needs. Its size hint is as wide as the text on one line (the
// width the column takes when there is room) and as tall as the lines at the column's present width, so a row grows
// to show its tallest cell whole while the other columns stay on one line.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QAbstractItemView* view, const QHeaderView* header)
        : QStyledItemDelegate(view)
        , m_header(header)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem oneLine = option;
        oneLine.rect = QRect(); // no bounds: the style lays the text out on one line
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, m_header->sectionSize(index.column()), 1);
        return {QStyledItemDelegate::sizeHint(oneLine, index).width(),
                QStyledItemDelegate::sizeHint(wrapped, index).height() + kLinePadding};
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->text = keepingPercentTogether(option->text);
    }

private:
    const QHeaderView* m_header;
};

// Shows a cell's shorter text when its whole text would be cut; the style then elides only what is still too long.
class ShorteningDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString shownText(QStyleOptionViewItem option, const QModelIndex& index) const
    {
        initStyleOption(&option, index);
        return option.text;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Measuring a column's width has no cell yet: the whole text is what the column would like.
        if (option->rect.width() <= 0)
            return;
        const QString shorter = index.data(ColumnFit::ShortTextRole).toString();
        if (shorter.isEmpty() || shorter == option->text)
            return;
        // The room the style draws the text in, less the margins it keeps inside that: where it would elide.
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1);
        const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, option, option->widget);
        if (option->fontMetrics.horizontalAdvance(option->text) + margins > room.width())
            option->text = shorter;
    }
};

} // namespace

ColumnFit* ColumnFit::install(QAbstractItemView* view, QHeaderView* header, int stretch, const QList<int>& giveWay)
{
    return new ColumnFit(view, header, stretch, giveWay);
}

ColumnFit::ColumnFit(QAbstractItemView* view, QHeaderView* header, int stretch, const QList<int>& giveWay)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_header(header)
    , m_stretch(stretch)
    , m_giveWay(giveWay)
{
    setObjectName(QStringLiteral("columnFit"));
    // The widths are set here; a reader may still drag a column until the next fit.
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setStretchLastSection(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_viewport->installEventFilter(this);
    m_view->installEventFilter(this);

    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &ColumnFit::refit);
    if (QAbstractItemModel* model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::scheduleRefit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFit::scheduleRefit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::scheduleRefit);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFit::scheduleRefit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::scheduleRefit);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::scheduleRefit);
    }
    scheduleRefit();
}

int ColumnFit::headerWidth(const QHeaderView* header, int column)
{
    return header->isSectionHidden(column) ? 0 : header->sectionSizeHint(column);
}

int ColumnFit::contentWidth(int column) const
{
    // The view measures the rows its header's resize precision asks for (all, or those on screen).
    return m_view->sizeHintForColumn(column);
}

void ColumnFit::setDropWhenNarrow(const QList<int>& columns)
{
    for (int column : std::as_const(m_dropWhenNarrow))
        m_header->setSectionHidden(column, false);
    m_dropWhenNarrow = columns;
    scheduleRefit();
}

void ColumnFit::setWrapWhenNarrow(const QList<int>& columns)
{
    for (int column : std::as_const(m_wrapWhenNarrow))
        m_view->setItemDelegateForColumn(column, nullptr);
    m_wrapWhenNarrow = columns;
    if (!columns.isEmpty() && !m_wrapping)
        m_wrapping = new WrappingDelegate(m_view, m_header);
    for (int column : columns)
        m_view->setItemDelegateForColumn(column, m_wrapping);
    if (auto* table = qobject_cast<QTableView*>(m_view))
        table->verticalHeader()->setSectionResizeMode(columns.isEmpty() ? QHeaderView::Interactive
                                                                        : QHeaderView::ResizeToContents);
    scheduleRefit();
}

void ColumnFit::setShortWhenNarrow(const QList<int>& columns)
{
    if (!m_shortening)
        m_shortening = new ShorteningDelegate(m_view);
    for (int column : columns)
        m_view->setItemDelegateForColumn(column, m_shortening);
    m_view->viewport()->update();
}

QString ColumnFit::shownText(const QAbstractItemView* view, const QModelIndex& index)
{
    const auto* shortening = dynamic_cast<const ShorteningDelegate*>(view->itemDelegateForIndex(index));
    if (!shortening)
        return index.data(Qt::DisplayRole).toString();
    // The option the view paints the cell with, as far as the text's room depends on it.
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.textElideMode = view->textElideMode();
    return shortening->shownText(option, index);
}

int ColumnFit::textMargins() const
{
    return 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
}

int ColumnFit::longestWordWidth(int column) const
{
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return 0;
    int widest = 0;
    for (int row = 0; row < model->rowCount(m_view->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, column, m_view->rootIndex());
        const QVariant fontData = index.data(Qt::FontRole);
        const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : m_view->font());
        const QStringList words =
            keepingPercentTogether(index.data(Qt::DisplayRole).toString()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words)
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    // Twice the margins: the style lays a wrapped line out a pixel or two wider than the word measures alone.
    return widest > 0 ? widest + 2 * textMargins() : 0;
}

void ColumnFit::dropColumns(QList<int>& whole, int available, int readable)
{
    // A dropped column makes room before any other text is cut: every column whole, except the one that takes the
    // extra width, which keeps `readable`, and those that wrap, which may take two lines of `readable` each before
    // a column goes.
    const auto need = [&](int column) {
        if (column == m_stretch)
            return std::min(whole[column], std::max(readable, headerWidth(m_header, column)));
        if (m_wrapWhenNarrow.contains(column))
            return std::min(whole[column],
                            std::max({2 * readable, headerWidth(m_header, column), longestWordWidth(column)}));
        return whole[column];
    };
    int total = 0;
    for (int column = 0; column < m_header->count(); ++column)
        total += m_header->isSectionHidden(column) ? 0 : need(column);
    for (int column : std::as_const(m_dropWhenNarrow)) {
        if (total <= available)
            break;
        total -= need(column);
        whole[column] = 0;
        m_header->setSectionHidden(column, true);
    }
}

void ColumnFit::setOthersWhole(bool whole)
{
    m_othersWhole = whole;
    scheduleRefit();
}

int ColumnFit::widenedColumn() const
{
    const auto shown = [this](int column) {
        return column >= 0 && column < m_header->count() && !m_header->isSectionHidden(column);
    };
    if (shown(m_stretch))
        return m_stretch;
    // The stretching column was dropped: the shown one that gives way last, the most worth widening, takes the room.
    for (auto it = m_giveWay.crbegin(); it != m_giveWay.crend(); ++it) {
        if (shown(*it))
            return *it;
    }
    return -1;
}

void ColumnFit::scheduleRefit()
{
    m_pending.start();
}

void ColumnFit::refit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    m_pending.stop();
    const int count = m_header->count();
    const int available = m_view->viewport()->width();
    const int readable = m_view->fontMetrics().averageCharWidth() * kReadableCharacters;
    // Each column measured once: the columns dropped when narrow are shown again to be measured with the rest.
    for (int column : std::as_const(m_dropWhenNarrow))
        m_header->setSectionHidden(column, false);
    QList<int> width(count, 0);
    for (int column = 0; column < count; ++column) {
        if (!m_header->isSectionHidden(column))
            width[column] = std::max(headerWidth(m_header, column), contentWidth(column));
    }
    dropColumns(width, available, readable);
    QList<int> least(count, 0);
    int total = 0;
    for (int column = 0; column < count; ++column) {
        if (m_header->isSectionHidden(column))
            continue;
        least[column] = headerWidth(m_header, column);
        if (m_wrapWhenNarrow.contains(column))
            least[column] = std::max(least[column], longestWordWidth(column));
        total += width[column];
    }

    if (total <= available) {
        if (const int widened = widenedColumn(); widened >= 0)
            width[widened] += available - total;
    } else {
        int missing = total - available;
        const auto shrink = [&](int column, int floor) {
            const int cut = std::clamp(width[column] - floor, 0, missing);
            width[column] -= cut;
            missing -= cut;
        };
        // First the columns that may give way, to a readable width, in their order.
        for (int column : m_giveWay) {
            if (column >= 0 && column < count && missing > 0)
                shrink(column, std::max(least[column], std::min(width[column], readable)));
        }
        // Then those again and every other column, from the right, down to their headers; past that, it scrolls.
        for (int column : m_giveWay) {
            if (column >= 0 && column < count && missing > 0)
                shrink(column, least[column]);
        }
        for (int column = count - 1; column >= 0 && missing > 0 && !m_othersWhole; --column)
            shrink(column, least[column]);
    }
    bool resized = false;
    for (int column = 0; column < count; ++column) {
        if (!m_header->isSectionHidden(column) && m_header->sectionSize(column) != width[column]) {
            m_header->resizeSection(column, width[column]);
            resized = true;
        }
    }
    // Wrapped text takes as many lines as its new width needs.
    if (auto* table = qobject_cast<QTableView*>(m_view); table && resized && !m_wrapWhenNarrow.isEmpty())
        table->resizeRowsToContents();
    m_fitting = false;
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    // Compared by address only: while the view is being destroyed its events still pass here.
    if (watched == m_viewport) {
        if (event->type() == QEvent::Resize)
            refit();
        else if (event->type() == QEvent::ToolTip)
            return showElidedText(event);
    } else if (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
                                     event->type() == QEvent::Show)) {
        scheduleRefit();
    }
    return QObject::eventFilter(watched, event);
}

bool ColumnFit::showElidedText(QEvent* event)
{
    auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    // A cell with a tooltip of its own keeps it; a wrapped one shows its text whole already.
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false;
    if (m_wrapWhenNarrow.contains(index.column())) {
        QToolTip::hideText();
        return true;
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = m_view->visualRect(index);
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : m_view->font());
    if (!text.isEmpty() && metrics.horizontalAdvance(text) + textMargins() > cell.width())
        QToolTip::showText(help->globalPos(), text, m_view->viewport(), cell);
    else
        QToolTip::hideText();
    return true;
}

} // namespace outcome
