// A row of answer cells for printed options and short scales (ODI sections, RAND-36 items, NRS 0-10): one tab
// stop per item; digits answer by code ("1","0" gives ten), Left and Right change the answer, Up and Down move. Keys
// that make no answer of this item ("15" on 0-10, "7" on 0-5) are refused whole, never passed on to the next item.
#pragma once

#include "ItemInput.h"

#include <QTimer>

namespace outcome {

class ChoiceInput : public ItemInput
{
    Q_OBJECT

public:
    ChoiceInput(const ItemDefinition& item, bool compact, QWidget* parent = nullptr);

    // Cells at least this tall, as touch targets (the patient's self-entry); by default as tall as their text.
    void setLeastCellHeight(int height);

    ItemAnswer answer() const override;
    void setAnswer(const ItemAnswer& answer) override;
    void commitPending() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // How long a typed value that could still grow ("1" before "0") waits before the form moves on.
    static constexpr int kPendingMs = 700;

    // The options as screen readers hear them, one radio button each.
    int optionCount() const { return int(m_cells.size()); }
    // "1 Yes, limited a lot"; on a scale the end words join the end values ("0 no pain").
    QString optionText(int index) const;
    QRect optionRect(int index) const;
    int selectedOption() const { return selectedCell(); }
    // Chooses an option as a click on it would, moving on to the next item.
    void chooseOption(int index);
    QString answerInWords() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Cell
    {
        double value = 0;
        QString code;  // what is typed and drawn large
        QString label; // the option's words; empty on number scales
    };

    QList<QRectF> cellRects(int width) const;
    // The least width of a cell: its longest word and padding.
    int leastCellWidth() const;
    // The cells' columns and rows at a width: they wrap onto more rows rather than cut a word.
    int columnCount(int width) const;
    int rowCount(int width) const;
    int cellAt(const QPoint& position) const;
    int selectedCell() const;
    void select(std::optional<double> value, bool finished);
    void typeCharacter(QChar character);
    // Whether some answer starts with what was typed.
    bool isPrefix(const QString& text) const;
    void updateAccessibleText();
    // Tells screen readers the chosen option changed from `before`, and moves their focus to it, as a radio group
    // does.
    void notifyChoice(int before);
    void focusChosenOption();
    // The words drawn in a cell: its label, after its code in a compact cell.
    QString cellText(const Cell& cell) const;
    int cellHeight(int width) const;
    // The height the cells' words need, on as many lines as they wrap onto.
    int textCellHeight(int width) const;
    int endLabelHeight() const;
    int valueBoxWidth() const;
    bool isScale() const { return item().input != InputKind::Options; }

    bool m_compact = false;
    int m_leastCellHeight = 0;
    QList<Cell> m_cells;
    QStringList m_validTexts; // every answer as it can be typed: "7", "7.5", "10"
    std::optional<double> m_value;
    QString m_typed;                      // keys typed since the last answer, while more could follow
    std::optional<double> m_beforeTyping; // the answer before m_typed began, restored when it is refused
    QTimer m_pending;
    int m_hover = -1;
};

} // namespace outcome
