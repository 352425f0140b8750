// One instrument on the entry form, built from its definition: a row per item (and under it, for a moment, why a key
// was refused), the missing-item rule in words, and the score, band and change from baseline, updated as answers go
// in.
#pragma once

#include "AnswerSet.h"
#include "InstrumentDefinition.h"
#include "ScoreResult.h"

#include <QFrame>
#include <QTimer>

class QCheckBox;
class QLabel;

namespace outcome {

class CourseScores;
class InlineMessage;
class ItemInput;

class InstrumentForm : public QFrame
{
    Q_OBJECT

public:
    // `scores` and `visitId` give the course's baseline for the change line; both may be empty.
    InstrumentForm(const InstrumentDefinition& definition, const CourseScores* scores, qint64 visitId,
                   QWidget* parent = nullptr);

    const InstrumentDefinition& definition() const { return m_definition; }
    AnswerSet answers() const;
    void setAnswers(const AnswerSet& answers);
    // Only recorded instruments are saved; the box ticks itself with the first answer.
    bool isRecorded() const;
    void setRecorded(bool recorded);
    // What the clinician typed that is not allowed, one message per item.
    QStringList problems() const;
    const ScoreResult& score() const { return m_score; }
    // The definition's checks the answers break, each with both answers ("Pain now is above pain at its worst.
    // (1. Pain now: 7; 3. Pain at its worst: 4)"); shown under the items, never blocking a save.
    QStringList checkWarnings() const;
    // How long the message of a refused key stays under its item.
    static constexpr int kNoticeMs = 6000;

    const QList<ItemInput*>& inputs() const { return m_inputs; }
    // `leadIn` is what screen readers hear first there: the answer just recorded before it.
    void focusItem(int index, const QString& leadIn = {});
    // Takes typed values still waiting for more keys as final (before a save).
    void commitPending();

signals:
    void answersChanged();
    // The last item was answered: the form after this one takes over; `confirmation` says what was recorded.
    void finished(const QString& confirmation);
    // Up on the first item.
    void backedOut();

private:
    void step(int from, int direction, const QString& leadIn = {});
    // "Recorded 1. Pain intensity: 3 Moderate pain. ODI 24 %": the answer, and the score when it changed since
    // screen readers last heard it.
    QString confirmation(const ItemInput* input);
    void refreshScore();
    void refreshChecks();
    void hideNotice();
    AnswerSet typedAnswers() const;

    InstrumentDefinition m_definition;
    const CourseScores* m_scores = nullptr;
    qint64 m_visitId = 0;
    QCheckBox* m_recorded = nullptr;
    QCheckBox* m_incomplete = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QList<ItemInput*> m_inputs;
    InlineMessage* m_shownNotice = nullptr; // the refusal message on screen, if any
    QTimer m_noticeTimer;
    InlineMessage* m_checksMessage = nullptr;
    ScoreResult m_score;
    QString m_spokenScore;
    QString m_announcedScore;
    // Saved answers as loaded and as the inputs show them: while the two agree, the saved set is handed back
    // unchanged, so a stored spelling (a lab unit left empty) never counts as an edit.
    AnswerSet m_loaded;
    AnswerSet m_loadedAsTyped;
};

} // namespace outcome
