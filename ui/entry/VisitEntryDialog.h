// Entering a visit's results: every instrument the visit asks for (and any other on request) as generated forms,
// the date it took place and a note; Ctrl+S saves all of it in one transaction. Esc closes, asking first only when
// something typed would be lost.
#pragma once

#include "CourseScores.h"
#include "VisitRecord.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace outcome {

class AppContext;
class InlineMessage;
class InstrumentForm;

class VisitEntryDialog : public QDialog
{
    Q_OBJECT

public:
    VisitEntryDialog(AppContext& context, qint64 patientId, const QString& patientName, const VisitRecord& stored,
                     CourseScores scores, QWidget* parent = nullptr);

    // Saves; on failure the form stays as it is and the message says why. A visit saved before its window, with a
    // planned instrument not entered or an entered one without a score, asks once first. True when saved.
    bool save();
    // Whether closing would lose anything: the date, note or answers differ from what the form showed on opening.
    bool hasChanges() const;
    InstrumentForm* form(const QString& instrumentId) const;
    const QList<InstrumentForm*>& forms() const { return m_forms; }

public slots:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    InstrumentForm* addForm(const QString& instrumentId);
    void addChosenInstrument();
    void placeInTabOrder(InstrumentForm* added);
    void refreshSummary();
    void refillInstrumentChoice();
    VisitRecord wanted() const;
    // Names what the visit would be saved without, if anything new; true when there is nothing or the user chose
    // to save anyway.
    bool confirmGaps(const VisitRecord& record);
    // Writes what the form holds (asking for a reason where saved answers change); true when saved.
    bool store();
    // After a save was refused because the record changed elsewhere: offers to put what was typed here onto the
    // record as it is now. True when the user chose that (the stored record is then the fresh one).
    bool offerFreshRecord(const QString& refusal);
    void focusAfter(InstrumentForm* form, int direction, const QString& confirmation = {});

    AppContext& m_context;
    qint64 m_patientId = 0;
    QString m_patientName;
    VisitRecord m_stored;
    VisitRecord m_opened; // what a save would have written before anything was typed
    CourseScores m_scores;
    QList<InstrumentForm*> m_forms;

    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_formsLayout = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_addChoice = nullptr;
    QPushButton* m_addButton = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_summary = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
    bool m_focusedOnce = false;
};

} // namespace outcome
