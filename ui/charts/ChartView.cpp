// The on-screen chart widget.
#include "ChartView.h"

#include "ChartExport.h"
#include "ChartToolTip.h"
#include "ChartViewAccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace outcome {

namespace {

// The ring around the point the keyboard is on, in pixels beyond the point's own radius.
constexpr int kRingGap = 5;

} // namespace

ChartView::ChartView(QWidget* parent)
    : QCustomPlot(parent)
{
    ChartViewAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    auto* copy = new QAction(tr("Copy chart"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ChartView::copyToClipboard);
    addAction(copy);
    auto* table = new QAction(tr("Show values as a table"), this);
    table->setShortcuts({QKeySequence(Qt::Key_T), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    table->setShortcutContext(Qt::WidgetShortcut);
    connect(table, &QAction::triggered, this, &ChartView::showTable);
    addAction(table);
}

void ChartView::setText(ChartText text)
{
    m_text = std::move(text);
    setAccessibleDescription(m_text.isEmpty()
                                 ? QString()
                                 : m_text.description() + QLatin1Char(' ') + tr("Press T for the values as a table."));
}

QDialog* ChartView::showTable()
{
    if (m_text.isEmpty())
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("chartTableDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(accessibleName());
    auto* table = new QTableWidget(int(m_text.rows().size()), int(m_text.columns().size()), dialog);
    table->setObjectName(QStringLiteral("chartValueTable"));
    table->setAccessibleName(accessibleName());
    table->setHorizontalHeaderLabels(m_text.columns());
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    for (int row = 0; row < m_text.rows().size(); ++row) {
        const QStringList& cells = m_text.rows().at(row);
        for (int column = 0; column < cells.size() && column < table->columnCount(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
    dialog->show();
    table->setFocus();
    table->setCurrentCell(0, 0);
    return dialog;
}

int ChartView::pointCount()
{
    return int(ChartToolTip::points(*this).size());
}

QString ChartView::pointText(int index)
{
    const QList<ChartToolTip::Point> points = ChartToolTip::points(*this);
    return index >= 0 && index < points.size() ? points[index].text : QString();
}

QRect ChartView::pointRect(int index)
{
    const QList<ChartToolTip::Point> points = ChartToolTip::points(*this);
    if (index < 0 || index >= points.size())
        return {};
    const int radius = int(screenStyle().pointSize / 2) + kRingGap;
    return QRect(points[index].pixel.toPoint() - QPoint(radius, radius), QSize(2 * radius + 1, 2 * radius + 1));
}

void ChartView::setCurrentPoint(int index)
{
    const int count = pointCount();
    if (count == 0 || index < 0)
        return;
    m_current = std::min(index, count - 1);
    update();
    // Told as a list tells its current entry: the point itself takes the focus, read out with its words.
    if (hasFocus() && QAccessible::isActive()) {
        QAccessibleInterface* chart = QAccessible::queryAccessibleInterface(this);
        if (QAccessibleInterface* point = chart ? chart->child(m_current) : nullptr) {
            QAccessibleEvent focus(point, QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

QList<QPair<QString, QString>> ChartView::keys()
{
    return {{tr("Left, Right"), tr("The value before or after, read out with its visit, date and band (in the "
                                   "patient view too: Page Up and Page Down turn the pages there)")},
            {tr("Home, End"), tr("The first or the last value")},
            {tr("T, Enter"), tr("The values as a table")}};
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    const int count = event->modifiers() == Qt::NoModifier ? pointCount() : 0;
    if (count == 0) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentPoint(m_current < 0 ? count - 1 : std::max(0, m_current - 1));
        return;
    case Qt::Key_Right:
        setCurrentPoint(m_current < 0 ? 0 : std::min(count - 1, m_current + 1));
        return;
    case Qt::Key_Home:
        setCurrentPoint(0);
        return;
    case Qt::Key_End:
        setCurrentPoint(count - 1);
        return;
    default:
        break;
    }
    QCustomPlot::keyPressEvent(event);
}

void ChartView::paintEvent(QPaintEvent* event)
{
    QCustomPlot::paintEvent(event);
    if (!hasFocus())
        return;
    // The keyboard's place, drawn over the chart so it needs no replot: a frame round the chart and a ring round
    // the point reached, in the palette's highlight colour (seen in light and dark themes alike).
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(highlight, 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    const QRect ring = pointRect(m_current);
    if (!ring.isEmpty()) {
        painter.setPen(QPen(highlight, 3));
        painter.drawEllipse(QRectF(ring).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QCustomPlot::focusInEvent(event);
    update();
}

void ChartView::focusOutEvent(QFocusEvent* event)
{
    QCustomPlot::focusOutEvent(event);
    update();
}

void ChartView::setChart(Fill fill, double heightFactor)
{
    m_fill = std::move(fill);
    m_heightFactor = heightFactor;
    updateGeometry();
    redraw();
}

QSize ChartView::naturalSize(const ChartStyle& style) const
{
    return {style.size.width(), int(style.size.height() * m_heightFactor)};
}

void ChartView::setMedium(ChartMedium medium)
{
    m_medium = medium;
    updateGeometry();
    redraw();
}

ChartStyle ChartView::naturalScreenStyle() const
{
    return m_medium == ChartMedium::Patient ? ChartStyle::patient(palette(), font())
                                            : ChartStyle::screen(palette(), font());
}

ChartStyle ChartView::screenStyle() const
{
    ChartStyle style = naturalScreenStyle();
    if (testAttribute(Qt::WA_Resized))
        style.size = size();
    return style;
}

void ChartView::redraw()
{
    if (!m_fill)
        return;
    m_fill(*this, screenStyle());
    QStringList titles;
    for (const QCPTextElement* text : findChildren<QCPTextElement*>())
        titles.append(text->text());
    setAccessibleName(titles.join(QStringLiteral(": ")));
    replot(QCustomPlot::rpQueuedReplot);
}

std::unique_ptr<QCustomPlot> ChartView::printed() const
{
    auto plot = std::make_unique<QCustomPlot>();
    if (m_fill)
        m_fill(*plot, ChartStyle::print());
    return plot;
}

Status ChartView::exportTo(const QString& path) const
{
    const std::unique_ptr<QCustomPlot> plot = printed();
    return ChartExport::save(*plot, path, naturalSize(ChartStyle::print()));
}

void ChartView::copyToClipboard() const
{
    const std::unique_ptr<QCustomPlot> plot = printed();
    ChartExport::copyToClipboard(*plot, naturalSize(ChartStyle::print()));
}

QString ChartView::toolTipAt(const QPoint& pos)
{
    return ChartToolTip::at(*this, pos);
}

QSize ChartView::sizeHint() const
{
    return naturalSize(naturalScreenStyle());
}

QSize ChartView::minimumSizeHint() const
{
    const QSize minimum = naturalScreenStyle().minimumSize;
    return {minimum.width(), int(minimum.height() * m_heightFactor)};
}

bool ChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QCustomPlot::event(event);
}

void ChartView::changeEvent(QEvent* event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        redraw();
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    // Labels find their places at the size the chart is laid out at: at another size they would collide or drift.
    redraw();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_fill)
        return;
    QMenu menu(this);
    menu.addActions(actions());
    menu.addSeparator();
    menu.addAction(tr("Save as PNG image…"), this,
                   [this]() { saveAs(tr("PNG images (*.png)"), QStringLiteral("png")); });
    menu.addAction(tr("Save as SVG drawing…"), this,
                   [this]() { saveAs(tr("SVG drawings (*.svg)"), QStringLiteral("svg")); });
    menu.addAction(tr("Save as PDF…"), this, [this]() { saveAs(tr("PDF documents (*.pdf)"), QStringLiteral("pdf")); });
    menu.exec(event->globalPos());
}

void ChartView::saveAs(const QString& filter, const QString& suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save chart"), folder + QStringLiteral("/chart.") + suffix, filter);
    if (path.isEmpty())
        return;
    if (!ChartExport::formatOf(path))
        path += QLatin1Char('.') + suffix;
    if (const Status saved = exportTo(path); !saved)
        QMessageBox::warning(this, tr("Save chart"), saved.error().message);
}

} // namespace outcome
