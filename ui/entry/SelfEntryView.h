// The patient answers the questionnaires due at one visit themselves, on the clinic's screen or a touch screen: full
// screen, one question at a time in large type, nothing else of the program within reach. The answers are saved in
// one transaction, marked as the patient's own, without marking the visit done: the clinician reviews them in the
// results form first. Only the clinician's press-and-hold leaves the view.
#pragma once

#include "AnswerSet.h"
#include "InstrumentDefinition.h"
#include "VisitRecord.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace outcome {

class AppContext;
class HoldToConfirmButton;
class InstrumentLibrary;
class ItemInput;
struct Patient;

class SelfEntryView : public QWidget
{
    Q_OBJECT

public:
    // The questions are asked in the patient's language where the instruments' definitions have it, else in English.
    SelfEntryView(AppContext& context, const Patient& patient, const VisitRecord& stored, QWidget* parent = nullptr);

    // The questionnaires the patient is asked: those planned at the visit with nothing saved yet, without lab
    // values, which the clinic enters.
    static QList<const InstrumentDefinition*> instrumentsFor(const VisitRecord& stored,
                                                             const InstrumentLibrary& instruments);
    // Whether anything is left for the patient to answer at this visit.
    bool hasQuestions() const { return !m_questions.isEmpty(); }
    int questionCount() const { return int(m_questions.size()); }
    // Full screen, on top, holding the keyboard.
    void present();
    // The keys of the view, for the keyboard-shortcuts page.
    static QList<QPair<QString, QString>> keys();
    HoldToConfirmButton* leaveButton() const { return m_leave; }
    // With accounts on, what the clinician must also pass after the hold (their PIN or password); true lets go.
    void setLeaveCheck(std::function<bool()> check) { m_leaveCheck = std::move(check); }
    // The input of the question on screen; null on the welcome, introduction, end and thank-you screens.
    ItemInput* currentInput() const { return m_input; }

signals:
    // The patient's answers were stored.
    void saved(qint64 visitId);
    // The clinician left the view.
    void left(qint64 visitId);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Question
    {
        const InstrumentDefinition* definition = nullptr;
        const ItemDefinition* item = nullptr;
    };
    enum class StepKind
    {
        Welcome,
        Introduction,
        Question,
        End
    };
    struct Step
    {
        StepKind kind = StepKind::Welcome;
        int index = 0; // the instrument of an introduction, the question of a question screen
    };

    void showStep(int step);
    void next();
    void back();
    void goToQuestion(int question);
    // Keeps the answer of the question on screen before the screen changes.
    void keepAnswer();
    QWidget* welcomePage();
    QWidget* introductionPage(const InstrumentDefinition& definition);
    QWidget* questionPage(int question);
    QWidget* endPage();
    QWidget* thanksPage();
    QList<int> skippedQuestions() const;
    void finish();
    VisitRecord wanted() const;
    // `position`: the question on screen, or how many came before the screen.
    void updateProgress(int position);
    void leave();

    AppContext& m_context;
    qint64 m_patientId = 0;
    QString m_patientName;
    QString m_firstName;
    VisitRecord m_stored;
    QList<InstrumentDefinition> m_asked;              // the instruments asked, in the patient's language
    QList<const InstrumentDefinition*> m_instruments; // into m_asked, which does not change after construction
    QList<Question> m_questions;
    QList<Step> m_steps;
    QHash<QString, AnswerSet> m_answers; // by instrument id
    int m_step = 0;
    bool m_finished = false;
    bool m_returnToEnd = false; // the question on screen was chosen from the end screen's list of skipped ones
    bool m_leaving = false;

    QLabel* m_progressLine = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_next = nullptr;
    HoldToConfirmButton* m_leave = nullptr;
    std::function<bool()> m_leaveCheck;
    ItemInput* m_input = nullptr;
};

} // namespace outcome
