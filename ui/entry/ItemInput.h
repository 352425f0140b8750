// One item of an instrument on the entry form. The widget is chosen from the item's input kind, so a new
// instrument definition gets a working form without code.
#pragma once

#include "AnswerSet.h"
#include "ItemDefinition.h"

#include <QTimer>
#include <QWidget>

class QPainter;

namespace outcome {

class ItemInput : public QWidget
{
    Q_OBJECT

public:
    // Options and small whole-number or one-decimal scales as choices, yes/no as a tick box, wide numbers as a
    // number field, lab values as value, unit and detection limit.
    static ItemInput* create(const ItemDefinition& item, bool compact, QWidget* parent);

    const ItemDefinition& item() const { return m_item; }
    virtual ItemAnswer answer() const = 0;
    virtual void setAnswer(const ItemAnswer& answer) = 0;
    // The widget that takes the keyboard when the form moves to this item.
    virtual QWidget* focusTarget() { return this; }
    // Takes a typed value that was waiting for more keys ("1" that could become 10) as final.
    virtual void commitPending() {}
    // A tick box carries the item's words itself; other inputs sit beside a label.
    virtual bool showsOwnLabel() const { return false; }
    // What is wrong with what was typed ("item 3: 12 is not an allowed answer (0-10)"); empty when nothing is.
    virtual QString problem() const { return {}; }
    // The answers the item allows, in words: "0 to 10", "0 to 10, one decimal", "1, 2 or 4".
    QString allowedInWords() const;
    // True for a moment after a key was refused: the input draws an error ring.
    bool isFlashing() const { return m_flash.isActive(); }
    // The answer in words, as the form confirms it to screen readers ("3 Moderate pain"); empty when unanswered.
    virtual QString answerInWords() const;
    // Words screen readers hear first when this item next takes the keyboard ("Recorded: 1. Pain intensity: 3"),
    // until it loses the keyboard or its answer changes.
    void setLeadIn(const QString& text);
    // Refuses what was typed: the error ring flashes, screen readers hear why, and refused() tells the form.
    void refuse(const QString& typed);
    // How long the error ring shows after a refused key.
    static constexpr int kFlashMs = 2000;

signals:
    void answerChanged();
    // The clinician finished this item (a choice, Enter): the form moves on to the next one.
    void answered();
    // Up or Down on a choice: move to the item before or after without answering.
    void stepRequested(int direction);
    // A key was refused because what it would make is no answer to this item ("15 is not an answer here: 0 to
    // 10"); nothing of it was kept.
    void refused(const QString& message);

protected:
    ItemInput(const ItemDefinition& item, QWidget* parent);
    // "3. Lifting", as labels and screen readers name the item.
    QString accessibleItemName() const;
    // A typed number in the clinician's locale or with a plain decimal point; empty when it is no number.
    static std::optional<double> parseNumber(const QString& text);
    // What screen readers hear about the input besides its name; a refusal is put in front of it until the answer
    // changes.
    void setHelpDescription(const QString& help);
    // Draws the error ring around `area` while flashing.
    void paintFlash(QPainter& painter, const QRectF& area) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyDescription();

    ItemDefinition m_item;
    QTimer m_flash;
    QString m_help;
    QString m_refusal;
    QString m_leadIn;
};

} // namespace outcome
