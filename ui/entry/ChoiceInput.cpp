// Answer cells: layout, painting and the keys that answer.
#include "ChoiceInput.h"

#include "ChoiceInputAccessible.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace outcome {

namespace {

constexpr int kGap = 4;
constexpr int kFrame = 3; // room for the focus ring around the cells
constexpr int kPadding = 6;

bool sameValue(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

QString typedText(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

ChoiceInput::ChoiceInput(const ItemDefinition& item, bool compact, QWidget* parent)
    : ItemInput(item, parent)
    , m_compact(compact)
{
    ChoiceInputAccessible::install();
    if (item.input == InputKind::Options) {
        for (const AnswerOption& option : item.options) {
            m_cells.append({double(option.code), QString::number(option.code), option.label});
            m_validTexts.append(QString::number(option.code));
        }
    } else {
        const int last = int(std::lround(item.max.value_or(item.min)));
        for (int whole = int(std::lround(item.min)); whole <= last; ++whole) {
            m_cells.append({double(whole), QString::number(whole), QString()});
            m_validTexts.append(QString::number(whole));
            for (int tenth = 0; item.decimals > 0 && whole < last && tenth < 10; ++tenth)
                m_validTexts.append(typedText(whole + tenth / 10.0, 1));
        }
    }
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(accessibleItemName());
    m_pending.setSingleShot(true);
    m_pending.setInterval(kPendingMs);
    connect(&m_pending, &QTimer::timeout, this, [this]() {
        m_typed.clear();
        update();
        if (m_value)
            emit answered();
    });
    updateAccessibleText();
}

ItemAnswer ChoiceInput::answer() const
{
    ItemAnswer result;
    result.value = m_value;
    return result;
}

void ChoiceInput::setAnswer(const ItemAnswer& answer)
{
    const int before = selectedCell();
    m_value = answer.value;
    m_typed.clear();
    m_pending.stop();
    notifyChoice(before);
    updateAccessibleText();
    update();
}

QString ChoiceInput::optionText(int index) const
{
    if (index < 0 || index >= m_cells.size())
        return {};
    const Cell& cell = m_cells[index];
    QString words = cell.label;
    if (words.isEmpty() && index == 0)
        words = item().minLabel;
    else if (words.isEmpty() && index == m_cells.size() - 1)
        words = item().maxLabel;
    return QString(cell.code + QLatin1Char(' ') + words).trimmed();
}

QRect ChoiceInput::optionRect(int index) const
{
    const QList<QRectF> rects = cellRects(width());
    return index >= 0 && index < rects.size() ? rects[index].toAlignedRect() : QRect();
}

void ChoiceInput::chooseOption(int index)
{
    if (index < 0 || index >= m_cells.size())
        return;
    m_typed.clear();
    m_pending.stop();
    select(m_cells[index].value, true);
}

QString ChoiceInput::answerInWords() const
{
    if (const int cell = selectedCell(); cell >= 0)
        return optionText(cell);
    return ItemInput::answerInWords();
}

void ChoiceInput::notifyChoice(int before)
{
    const int now = selectedCell();
    // Told only where the keyboard is: answers filled in as a form opens are not a string of changes to read out.
    if (now == before || !QAccessible::isActive() || !hasFocus())
        return;
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(this);
    if (!group)
        return;
    QAccessible::State checked;
    checked.checked = true;
    for (const int cell : {before, now}) {
        if (QAccessibleInterface* option = cell >= 0 ? group->child(cell) : nullptr) {
            QAccessibleStateChangeEvent event(option, checked);
            QAccessible::updateAccessibility(&event);
        }
    }
    QAccessibleEvent focus(now >= 0 ? group->child(now) : group, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

void ChoiceInput::commitPending()
{
    if (!m_pending.isActive())
        return;
    m_pending.stop();
    m_typed.clear();
    update();
}

int ChoiceInput::valueBoxWidth() const
{
    if (item().decimals <= 0 || !isScale())
        return 0;
    return fontMetrics().horizontalAdvance(QStringLiteral("10.0")) + 2 * kPadding + kGap;
}

int ChoiceInput::leastCellWidth() const
{
    // As narrow as the longest word of any option: narrower, a word would be cut.
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("00"));
    for (const Cell& cell : m_cells) {
        for (const QString& word : cellText(cell).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, fontMetrics().horizontalAdvance(word));
    }
    return widest + 2 * kPadding + 1;
}

int ChoiceInput::columnCount(int width) const
{
    // One row where every cell is wide enough for its longest word; else the fewest rows that make them so, filled
    // evenly (six options as two rows of three, not five and one).
    const int count = int(m_cells.size());
    const int area = width - 2 * kFrame - valueBoxWidth();
    const int least = leastCellWidth();
    for (int rows = 1; rows < count; ++rows) {
        const int columns = (count + rows - 1) / rows;
        if ((area - kGap * (columns - 1)) / columns >= least)
            return columns;
    }
    return 1;
}

int ChoiceInput::rowCount(int width) const
{
    const int columns = std::max(1, columnCount(width));
    return std::max(1, (int(m_cells.size()) + columns - 1) / columns);
}

QList<QRectF> ChoiceInput::cellRects(int width) const
{
    QList<QRectF> rects;
    const int count = int(m_cells.size());
    if (count == 0)
        return rects;
    const int columns = columnCount(width);
    const double area = width - 2 * kFrame - valueBoxWidth();
    const double cellWidth = std::max(1.0, (area - kGap * (columns - 1)) / columns);
    const int height = cellHeight(width);
    for (int i = 0; i < count; ++i) {
        const int column = i % columns;
        const int row = i / columns;
        rects.append(QRectF(kFrame + column * (cellWidth + kGap), kFrame + row * (height + kGap), cellWidth, height));
    }
    return rects;
}

QString ChoiceInput::cellText(const Cell& cell) const
{
    return m_compact ? cell.code + QStringLiteral("  ") + cell.label : cell.label;
}

void ChoiceInput::setLeastCellHeight(int height)
{
    m_leastCellHeight = height;
    updateGeometry();
    update();
}

int ChoiceInput::cellHeight(int width) const
{
    return std::max(m_leastCellHeight, textCellHeight(width));
}

int ChoiceInput::textCellHeight(int width) const
{
    const QFontMetrics metrics = fontMetrics();
    if (isScale())
        return metrics.height() + 2 * kPadding;
    // Words wrap onto as many lines as they need, so no option is ever cut (large text on a narrow screen); a compact
    // cell usually holds its code and words on one line.
    const int columns = std::max(1, columnCount(width));
    const int cellWidth =
        std::max(20, (width - 2 * kFrame - valueBoxWidth() - kGap * (columns - 1)) / columns - 2 * kPadding);
    int lines = 1;
    for (const Cell& cell : m_cells) {
        const QRect bounds = metrics.boundingRect(QRect(0, 0, cellWidth, 100000), Qt::TextWordWrap, cellText(cell));
        lines = std::max(lines, (bounds.height() + metrics.height() - 1) / metrics.height());
    }
    return metrics.height() * (m_compact ? lines : lines + 1) + 2 * kPadding;
}

int ChoiceInput::endLabelHeight() const
{
    if (m_compact || (item().minLabel.isEmpty() && item().maxLabel.isEmpty()))
        return 0;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return QFontMetrics(small).height() + 2;
}

int ChoiceInput::heightForWidth(int width) const
{
    const int rows = rowCount(width);
    return rows * cellHeight(width) + (rows - 1) * kGap + endLabelHeight() + 2 * kFrame;
}

QSize ChoiceInput::sizeHint() const
{
    const int perCell = isScale() ? fontMetrics().horizontalAdvance(QStringLiteral("00")) + 3 * kPadding
                                  : fontMetrics().averageCharWidth() * (m_compact ? 12 : 16);
    const int width = int(m_cells.size()) * (perCell + kGap) + 2 * kFrame + valueBoxWidth();
    // The height the cells take at the width they have: a layout holds a fixed-height widget to this, so cells
    // wrapped onto more rows are never cut.
    return {width, heightForWidth(this->width() > 1 ? this->width() : width)};
}

void ChoiceInput::resizeEvent(QResizeEvent* event)
{
    ItemInput::resizeEvent(event);
    if (heightForWidth(event->size().width()) != heightForWidth(event->oldSize().width()))
        updateGeometry();
}

QSize ChoiceInput::minimumSizeHint() const
{
    // Narrow down to one option per row; the height asked for is that of one row, as a wrapping label asks, and the
    // layout gives the rows their room through heightForWidth.
    const int width = leastCellWidth() + 2 * kFrame + valueBoxWidth();
    const int oneRow = int(m_cells.size()) * (leastCellWidth() + kGap) + 2 * kFrame + valueBoxWidth();
    return {width, cellHeight(oneRow) + endLabelHeight() + 2 * kFrame};
}

int ChoiceInput::selectedCell() const
{
    if (!m_value)
        return -1;
    for (int i = 0; i < m_cells.size(); ++i) {
        if (sameValue(m_cells[i].value, *m_value))
            return i;
    }
    return -1;
}

int ChoiceInput::cellAt(const QPoint& position) const
{
    const QList<QRectF> rects = cellRects(width());
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].contains(position))
            return i;
    }
    return -1;
}

void ChoiceInput::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QList<QRectF> rects = cellRects(width());
    const int selected = selectedCell();
    const QColor border = pal.color(QPalette::Mid);
    QFont strong = font();
    strong.setBold(true);

    double cellsRight = 0;
    for (const QRectF& rect : rects)
        cellsRight = std::max(cellsRight, rect.right());
    const double right = (rects.isEmpty() ? width() : cellsRight) + valueBoxWidth() + 1;
    const QRectF ring(1, 1, right - 1, rects.isEmpty() ? height() - 2 : rects.last().bottom() + 1);
    if (hasFocus() && !isFlashing()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(ring, 5, 5);
    }
    paintFlash(painter, ring);
    for (int i = 0; i < rects.size(); ++i) {
        const Cell& cell = m_cells[i];
        const bool isSelected = i == selected;
        QColor fill = pal.color(QPalette::Base);
        if (isSelected)
            fill = pal.color(QPalette::Highlight);
        else if (i == m_hover && isEnabled())
            fill = pal.color(QPalette::AlternateBase).darker(104);
        painter.setPen(QPen(isSelected ? pal.color(QPalette::Highlight) : border, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(rects[i].adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setPen(pal.color(isSelected ? QPalette::HighlightedText : QPalette::Text));
        const QRectF inner = rects[i].adjusted(kPadding, kPadding / 2.0, -kPadding, -kPadding / 2.0);
        if (isScale() || cell.label.isEmpty()) {
            painter.setFont(isSelected ? strong : font());
            painter.drawText(inner, Qt::AlignCenter, cell.code);
        } else if (m_compact) {
            painter.setFont(font());
            painter.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, cellText(cell));
        } else {
            const int line = fontMetrics().height();
            painter.setFont(strong);
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft, cell.code);
            painter.setFont(font());
            painter.drawText(QRectF(inner.left(), inner.top() + line, inner.width(), inner.height() - line),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cell.label);
        }
    }
    if (valueBoxWidth() > 0 && !rects.isEmpty()) {
        const QRectF box(cellsRight + kGap, rects.first().top(), valueBoxWidth() - kGap, rects.first().height());
        painter.setPen(QPen(border, 1));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setPen(pal.color(QPalette::Text));
        painter.setFont(strong);
        const QString shown = !m_typed.isEmpty() ? m_typed
                              : m_value          ? QLocale().toString(*m_value, 'f', item().decimals)
                                                 : QStringLiteral("–");
        painter.drawText(box, Qt::AlignCenter, shown);
    }
    if (endLabelHeight() > 0 && !rects.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter.setFont(small);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QRectF row(rects.first().left(), rects.last().bottom() + 2, cellsRight - rects.first().left(),
                         endLabelHeight());
        painter.drawText(row, Qt::AlignLeft | Qt::AlignTop, item().minLabel);
        painter.drawText(row, Qt::AlignRight | Qt::AlignTop, item().maxLabel);
    }
}

void ChoiceInput::select(std::optional<double> value, bool finished)
{
    const bool changed = m_value.has_value() != value.has_value() || (value && !sameValue(*m_value, *value));
    const int before = selectedCell();
    m_value = value;
    update();
    if (changed) {
        // The chosen option takes the focus first, so the group's new description is not read out again after it.
        notifyChoice(before);
        updateAccessibleText();
        emit answerChanged();
    }
    if (finished)
        emit answered();
}

bool ChoiceInput::isPrefix(const QString& text) const
{
    return std::any_of(m_validTexts.cbegin(), m_validTexts.cend(),
                       [&text](const QString& valid) { return valid.startsWith(text); });
}

void ChoiceInput::typeCharacter(QChar character)
{
    const QString candidate = m_typed + character;
    if (!isPrefix(candidate)) {
        // "15" on a 0-10 scale is refused whole: the "1" waiting for more is taken back, and the "5" is not passed on
        // to the next item, where it would become an answer nobody meant.
        if (!m_typed.isEmpty()) {
            m_typed.clear();
            m_pending.stop();
            select(m_beforeTyping, false);
        }
        refuse(candidate);
        return;
    }
    if (m_typed.isEmpty())
        m_beforeTyping = m_value;
    m_typed = candidate;
    if (m_validTexts.contains(candidate))
        select(candidate.toDouble(), false);
    const bool canGrow = std::any_of(m_validTexts.cbegin(), m_validTexts.cend(), [&candidate](const QString& valid) {
        return valid.size() > candidate.size() && valid.startsWith(candidate);
    });
    if (canGrow) {
        m_pending.start();
        update();
        return;
    }
    m_pending.stop();
    m_typed.clear();
    update();
    emit answered();
}

void ChoiceInput::keyPressEvent(QKeyEvent* event)
{
    const int selected = selectedCell();
    const int last = int(m_cells.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        const int target = selected < 0 ? (step > 0 ? 0 : last) : std::clamp(selected + step, 0, last);
        m_typed.clear();
        m_pending.stop();
        select(m_cells[target].value, false);
        return;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        m_typed.clear();
        m_pending.stop();
        select(m_cells[event->key() == Qt::Key_Home ? 0 : last].value, false);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        commitPending();
        emit stepRequested(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commitPending();
        if (m_value)
            emit answered();
        else
            emit stepRequested(1);
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        m_typed.clear();
        m_pending.stop();
        select(std::nullopt, false);
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 &&
        (text.at(0).isDigit() || text.at(0) == QLatin1Char('.') || text.at(0) == QLatin1Char(','))) {
        typeCharacter(text.at(0) == QLatin1Char(',') ? QLatin1Char('.') : text.at(0));
        return;
    }
    ItemInput::keyPressEvent(event);
}

void ChoiceInput::mousePressEvent(QMouseEvent* event)
{
    const int cell = cellAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || cell < 0) {
        ItemInput::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_typed.clear();
    m_pending.stop();
    select(m_cells[cell].value, true);
}

void ChoiceInput::mouseMoveEvent(QMouseEvent* event)
{
    const int cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        setToolTip(cell >= 0 && !m_cells[cell].label.isEmpty()
                       ? m_cells[cell].code + QStringLiteral(" ") + m_cells[cell].label
                       : QString());
        update();
    }
    ItemInput::mouseMoveEvent(event);
}

void ChoiceInput::leaveEvent(QEvent* event)
{
    m_hover = -1;
    update();
    ItemInput::leaveEvent(event);
}

void ChoiceInput::focusInEvent(QFocusEvent* event)
{
    ItemInput::focusInEvent(event);
    // The widget took the keyboard as a whole (Qt tells screen readers so after this event); they then move on to
    // the chosen option, as in a radio group.
    if (QAccessible::isActive())
        QMetaObject::invokeMethod(this, &ChoiceInput::focusChosenOption, Qt::QueuedConnection);
}

void ChoiceInput::focusChosenOption()
{
    const int cell = selectedCell();
    QAccessibleInterface* group = QAccessible::queryAccessibleInterface(this);
    if (cell < 0 || !hasFocus() || !group)
        return;
    QAccessibleEvent focus(group->child(cell), QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

void ChoiceInput::focusOutEvent(QFocusEvent* event)
{
    m_pending.stop();
    m_typed.clear();
    update();
    ItemInput::focusOutEvent(event);
}

void ChoiceInput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    ItemInput::changeEvent(event);
}

void ChoiceInput::updateAccessibleText()
{
    QString answerText = answerInWords();
    if (answerText.isEmpty())
        answerText = tr("not answered");
    setHelpDescription(tr("Answer: %1. Type the code, or use Left and Right; Delete clears.").arg(answerText));
}

} // namespace outcome
