// The self-entry screens: welcome, each questionnaire's introduction, one question per screen, the end with what was
// skipped, and the thank-you once saved.
#include "SelfEntryView.h"

#include "AppContext.h"
#include "AuditTrail.h"
#include "ChoiceInput.h"
#include "Clock.h"
#include "Database.h"
#include "HoldToConfirmButton.h"
#include "InstrumentLibrary.h"
#include "ItemInput.h"
#include "NumberPad.h"
#include "Patient.h"
#include "VisitRecordCommand.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

#include <algorithm>

namespace outcome {

namespace {

// Sizes relative to the clinic's own font, so that large-text settings and 200 % scaling grow them further.
constexpr double kControlScale = 1.5;
// The screen height, in lines, up to which the sizes above are used as they are.
constexpr double kPlainScreenLines = 800;
constexpr double kQuestionScale = 2.0;
constexpr double kHeadingScale = 2.4;
// The least height of anything a finger presses, in pixels before scaling.
constexpr int kLeastTouchHeight = 48;

QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel* wrapped(const QString& text, const QFont& font, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFont(font);
    return label;
}

// A yes/no statement is asked as two answer buttons rather than a tick box a finger can miss; the codes stay 0 and 1.
ItemDefinition askedAsChoice(const ItemDefinition& item)
{
    if (item.input != InputKind::YesNo)
        return item;
    ItemDefinition asked = item;
    asked.input = InputKind::Options;
    for (AnswerOption& option : asked.options) {
        option.label = option.code == 1 ? SelfEntryView::tr("Yes") : SelfEntryView::tr("No");
        option.text.clear();
    }
    return asked;
}

} // namespace

SelfEntryView::SelfEntryView(AppContext& context, const Patient& patient, const VisitRecord& stored, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_patientId(patient.id)
    , m_patientName(patient.displayName())
    , m_firstName(patient.givenName)
    , m_stored(stored)
{
    for (const InstrumentDefinition* definition : instrumentsFor(stored, context.instruments()))
        m_asked.append(definition->inLanguage(patient.language));
    for (const InstrumentDefinition& definition : std::as_const(m_asked))
        m_instruments.append(&definition);

    setObjectName(QStringLiteral("selfEntryView"));
    setWindowTitle(tr("Questionnaires"));
    // Nothing else of the program takes a key or a click while the patient has the screen.
    setWindowModality(Qt::ApplicationModal);
    // Larger still on a large screen, so that a patient reads it at arm's length: a 1080-line screen gets a third
    // more than a 768-line one; a screen scaled to 200 % has fewer lines and keeps the plain size.
    const QScreen* shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const double controlScale =
        kControlScale * std::max(1.0, shown ? shown->availableGeometry().height() / kPlainScreenLines : 1.0);
    setFont(scaled(font(), controlScale));

    m_steps.append({StepKind::Welcome, 0});
    for (qsizetype i = 0; i < m_instruments.size(); ++i) {
        m_steps.append({StepKind::Introduction, int(i)});
        for (const ItemDefinition& item : m_instruments[i]->items()) {
            if (item.input == InputKind::LabValue)
                continue;
            m_steps.append({StepKind::Question, int(m_questions.size())});
            m_questions.append({m_instruments[i], &item});
        }
    }
    m_steps.append({StepKind::End, 0});

    const int touchHeight = std::max(kLeastTouchHeight, fontMetrics().height() * 2);
    const auto makeButton = [this, touchHeight](const QString& text, const QString& name) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setMinimumHeight(touchHeight);
        button->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
        // Enter presses the button that has the keyboard, as in a dialog.
        button->setAutoDefault(true);
        return button;
    };

    m_progressLine = new QLabel(this);
    m_progressLine->setObjectName(QStringLiteral("selfEntryProgressLine"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("selfEntryProgressBar"));
    m_progressBar->setAccessibleName(tr("Questions answered so far"));
    m_progressBar->setRange(0, std::max(1, questionCount()));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(fontMetrics().height() / 2 + 4);
    m_leave = new HoldToConfirmButton(tr("Clinician: hold to close"), this);
    m_leave->setObjectName(QStringLiteral("selfEntryLeaveButton"));
    m_leave->setAccessibleName(tr("Close the questionnaires: for the clinician, press and hold for two seconds"));
    m_leave->setToolTip(tr("Press and hold for two seconds, or hold %1.").arg(HoldToConfirmButton::chordText()));
    m_leave->setFont(scaled(QWidget::font(), 1.0 / controlScale));
    auto* top = new QHBoxLayout;
    top->addWidget(m_progressLine);
    top->addSpacing(16);
    top->addWidget(m_progressBar, 1);
    top->addSpacing(16);
    top->addWidget(m_leave);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("selfEntryPageArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // Where a page is taller than the screen, a finger drags it, as on a tablet.
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("selfEntryMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    m_back = makeButton(tr("Back"), QStringLiteral("selfEntryBackButton"));
    m_skip = makeButton(tr("Skip this question"), QStringLiteral("selfEntrySkipButton"));
    m_next = makeButton(tr("Next"), QStringLiteral("selfEntryNextButton"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addWidget(m_skip);
    bottom->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(2 * margin, margin, 2 * margin, margin);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_back, &QPushButton::clicked, this, &SelfEntryView::back);
    connect(m_skip, &QPushButton::clicked, this, [this]() {
        // Skipped as on paper: whatever was chosen on this screen is taken back.
        if (m_input)
            m_input->setAnswer({});
        next();
    });
    connect(m_next, &QPushButton::clicked, this, [this]() {
        if (m_step == m_steps.size() - 1)
            finish();
        else
            next();
    });
    connect(m_leave, &HoldToConfirmButton::confirmed, this, &SelfEntryView::leave);
    showStep(0);
}

QList<const InstrumentDefinition*> SelfEntryView::instrumentsFor(const VisitRecord& stored,
                                                                 const InstrumentLibrary& instruments)
{
    QList<const InstrumentDefinition*> asked;
    for (const QString& id : stored.visit.plannedInstruments) {
        const InstrumentDefinition* definition = instruments.find(id);
        if (!definition || stored.assessment(id))
            continue;
        if (definition->asksPatient())
            asked.append(definition);
    }
    return asked;
}

void SelfEntryView::present()
{
    // The whole screen also where no window manager makes a full-screen window so (a kiosk session).
    if (const QScreen* shown = screen())
        setGeometry(shown->geometry());
    showFullScreen();
    raise();
    activateWindow();
    showStep(m_step);
}

QList<QPair<QString, QString>> SelfEntryView::keys()
{
    return {{tr("0-9"), tr("Answer by the number on the button (1 then 0 is ten)")},
            {tr("Left, Right"), tr("Choose the answer before or after")},
            {tr("Enter"), tr("Next question, or press the button that has the keyboard")},
            {tr("Down"), tr("Next question, answer unchanged")},
            {tr("Up, Backspace"), tr("Back to the question before")},
            {tr("%1, held for two seconds").arg(HoldToConfirmButton::chordText()),
             tr("Close the questionnaires (the clinician)")}};
}

void SelfEntryView::keepAnswer()
{
    if (!m_input || m_steps[m_step].kind != StepKind::Question)
        return;
    m_input->commitPending();
    const Question& question = m_questions[m_steps[m_step].index];
    AnswerSet& answers = m_answers[question.definition->id];
    const ItemAnswer answer = m_input->answer();
    if (answer.isAnswered())
        answers.set(question.item->id, answer);
    else
        answers.clear(question.item->id);
}

void SelfEntryView::next()
{
    if (m_finished)
        return;
    // A question reached from the end screen's list goes back to that list once answered.
    if (m_returnToEnd) {
        m_returnToEnd = false;
        showStep(int(m_steps.size()) - 1);
        return;
    }
    showStep(std::min(m_step + 1, int(m_steps.size()) - 1));
}

void SelfEntryView::back()
{
    if (m_finished || m_step == 0)
        return;
    m_returnToEnd = false;
    showStep(m_step - 1);
}

void SelfEntryView::goToQuestion(int question)
{
    for (qsizetype step = 0; step < m_steps.size(); ++step) {
        if (m_steps[step].kind == StepKind::Question && m_steps[step].index == question) {
            showStep(int(step));
            m_returnToEnd = true;
            return;
        }
    }
}

void SelfEntryView::showStep(int step)
{
    keepAnswer();
    m_step = step;
    m_message->clear();
    if (m_input)
        m_input->removeEventFilter(this);
    m_input = nullptr;
    // Each screen that describes Next says so again; no screen inherits the one before's.
    m_next->setAccessibleDescription(QString());
    const Step& shown = m_steps[step];
    QWidget* page = nullptr;
    switch (shown.kind) {
    case StepKind::Welcome:
        page = welcomePage();
        break;
    case StepKind::Introduction:
        page = introductionPage(*m_instruments[shown.index]);
        break;
    case StepKind::Question:
        page = questionPage(shown.index);
        break;
    case StepKind::End:
        page = endPage();
        break;
    }
    // The screen being left may be inside a key press of its own input: it goes once that is over.
    if (QWidget* previous = m_scroll->takeWidget()) {
        previous->hide();
        previous->deleteLater();
    }
    m_scroll->setWidget(page);

    const bool question = shown.kind == StepKind::Question;
    m_back->setVisible(step > 0);
    m_skip->setVisible(question);
    m_next->setText(shown.kind == StepKind::Welcome ? tr("Start")
                    : shown.kind == StepKind::End   ? tr("Finish")
                                                    : tr("Next"));
    m_next->setAccessibleName(m_next->text());
    m_next->setVisible(true);

    int before = 0;
    for (int i = 0; i < step; ++i)
        before += m_steps[i].kind == StepKind::Question ? 1 : 0;
    updateProgress(question ? before + 1 : before);
    if (question && m_input)
        m_input->focusTarget()->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

void SelfEntryView::updateProgress(int position)
{
    const int total = questionCount();
    switch (m_steps[m_step].kind) {
    case StepKind::Welcome:
        m_progressLine->setText(total == 1 ? tr("1 question") : tr("%1 questions").arg(QLocale().toString(total)));
        break;
    case StepKind::End:
        m_progressLine->setText(tr("All questions seen"));
        break;
    default:
        m_progressLine->setText(
            tr("Question %1 of %2").arg(QLocale().toString(std::max(1, position)), QLocale().toString(total)));
        break;
    }
    m_progressLine->setAccessibleName(m_progressLine->text());
    m_progressBar->setValue(std::clamp(position, 0, total));
}

QWidget* SelfEntryView::welcomePage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfEntryWelcomePage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    QLabel* greeting = wrapped(m_firstName.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(m_firstName),
                               scaled(font(), kHeadingScale / kControlScale, true), page);
    greeting->setObjectName(QStringLiteral("selfEntryGreeting"));
    layout->addWidget(greeting);
    const int count = questionCount();
    const QString minutes = QLocale().toString(std::max(1, (count + 5) / 6));
    QLabel* ask = wrapped(count == 1 ? tr("Please answer the following question about your back and how you are.")
                                     : tr("Please answer the following %1 questions about your back and how you are; "
                                          "they take about %2 minutes.")
                                           .arg(QLocale().toString(count), minutes),
                          scaled(font(), kQuestionScale / kControlScale), page);
    ask->setObjectName(QStringLiteral("selfEntryWelcomeText"));
    layout->addWidget(ask);
    layout->addWidget(wrapped(tr("There are no right or wrong answers. You can skip a question and go back at any "
                                 "time. Press Start when you are ready."),
                              font(), page));
    layout->addStretch(2);
    page->setAccessibleName(greeting->text());
    m_next->setAccessibleDescription(ask->text());
    return page;
}

QWidget* SelfEntryView::introductionPage(const InstrumentDefinition& definition)
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfEntryIntroductionPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    QLabel* name = wrapped(definition.name, scaled(font(), kHeadingScale / kControlScale, true), page);
    name->setObjectName(QStringLiteral("selfEntryInstrumentName"));
    layout->addWidget(name);
    QLabel* instructions = wrapped(definition.instructions, scaled(font(), kQuestionScale / kControlScale), page);
    instructions->setObjectName(QStringLiteral("selfEntryInstructions"));
    layout->addWidget(instructions);
    QString recallText;
    if (!definition.recall.isEmpty()) {
        recallText = tr("These questions are about: %1.").arg(definition.recall);
        QLabel* recall = wrapped(recallText, font(), page);
        recall->setObjectName(QStringLiteral("selfEntryRecall"));
        layout->addWidget(recall);
    }
    layout->addStretch(2);
    page->setAccessibleName(definition.name);
    m_next->setAccessibleDescription(
        QStringList{definition.name, definition.instructions, recallText}.join(QLatin1Char(' ')));
    return page;
}

QWidget* SelfEntryView::questionPage(int index)
{
    const Question& question = m_questions[index];
    const ItemDefinition& item = *question.item;
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfEntryQuestionPage"));
    auto* layout = new QVBoxLayout(page);
    // Half a line between the parts, so that a question and its answers fit one screen even at 200 %.
    layout->setSpacing(fontMetrics().height() / 2);
    int ofInstrument = 0;
    for (const Question& other : std::as_const(m_questions))
        ofInstrument += other.definition == question.definition ? 1 : 0;
    QLabel* where = wrapped(
        tr("%1 · question %2 of %3")
            .arg(question.definition->shortName, QLocale().toString(item.number), QLocale().toString(ofInstrument)),
        font(), page);
    where->setObjectName(QStringLiteral("selfEntryQuestionNumber"));
    where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(where);
    const QString words = item.text.isEmpty() ? item.label : item.text;
    QLabel* text = wrapped(words, scaled(font(), kQuestionScale / kControlScale, true), page);
    text->setObjectName(QStringLiteral("selfEntryQuestionText"));
    layout->addWidget(text);

    m_input = ItemInput::create(askedAsChoice(item), false, page);
    m_input->setObjectName(QStringLiteral("selfEntryAnswer"));
    if (const auto kept = m_answers.constFind(question.definition->id); kept != m_answers.cend()) {
        if (const ItemAnswer* answer = kept->find(item.id))
            m_input->setAnswer(*answer);
    }
    const int touchHeight = std::max(kLeastTouchHeight, fontMetrics().height() * 2);
    m_input->setMinimumHeight(touchHeight);
    // Each answer is a target for a finger, as tall as the buttons below it.
    if (auto* choice = qobject_cast<ChoiceInput*>(m_input))
        choice->setLeastCellHeight(touchHeight);
    // Screen readers hear where the patient is and the question before the answers.
    m_input->setLeadIn(
        tr("Question %1 of %2. %3").arg(QLocale().toString(index + 1), QLocale().toString(questionCount()), words));
    layout->addWidget(m_input);
    if (item.input == InputKind::Decimal && item.decimals > 0) {
        // A number between the scale's marks needs a keyboard; on a touch screen the pad is one press away.
        auto* between = new QPushButton(
            tr("A number between two marks, such as %1…").arg(QLocale().toString(item.min + 4.5, 'f', item.decimals)),
            page);
        between->setObjectName(QStringLiteral("selfEntryPadButton"));
        between->setCheckable(true);
        between->setFocusPolicy(Qt::NoFocus);
        between->setMinimumHeight(std::max(kLeastTouchHeight, fontMetrics().height() * 2));
        auto* pad = new NumberPad(m_input, page);
        pad->setVisible(false);
        connect(between, &QPushButton::toggled, pad, &QWidget::setVisible);
        layout->addWidget(between, 0, Qt::AlignLeft);
        layout->addWidget(pad);
    }
    layout->addStretch(1);
    page->setAccessibleName(words);
    m_input->focusTarget()->installEventFilter(this);
    // Queued: the input that asks for the next screen is deleted with this one.
    connect(m_input, &ItemInput::answered, this, &SelfEntryView::next, Qt::QueuedConnection);
    connect(
        m_input, &ItemInput::stepRequested, this,
        [this](int direction) {
            if (direction > 0)
                next();
            else
                back();
        },
        Qt::QueuedConnection);
    connect(m_input, &ItemInput::refused, m_message, &QLabel::setText);
    return page;
}

QList<int> SelfEntryView::skippedQuestions() const
{
    QList<int> skipped;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const Question& question = m_questions[i];
        if (!m_answers.value(question.definition->id).isAnswered(question.item->id))
            skipped.append(int(i));
    }
    return skipped;
}

QWidget* SelfEntryView::endPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfEntryEndPage"));
    auto* layout = new QVBoxLayout(page);
    QLabel* heading =
        wrapped(tr("Thank you, that was the last question"), scaled(font(), kHeadingScale / kControlScale, true), page);
    layout->addWidget(heading);
    const QList<int> skipped = skippedQuestions();
    QString summary;
    if (skipped.isEmpty()) {
        summary = tr("You answered every question. Press Finish to save your answers.");
    } else {
        // "questions 4, 9 (ODI); 2 (RMDQ)": grouped by questionnaire, numbered as on its own pages.
        QStringList groups;
        const InstrumentDefinition* group = nullptr;
        QStringList numbers;
        const auto closeGroup = [&]() {
            if (group)
                groups.append(tr("%1 (%2)").arg(QLocale().createSeparatedList(numbers), group->shortName));
            numbers.clear();
        };
        for (const int index : skipped) {
            if (m_questions[index].definition != group) {
                closeGroup();
                group = m_questions[index].definition;
            }
            numbers.append(QLocale().toString(m_questions[index].item->number));
        }
        closeGroup();
        const QString which = groups.join(QStringLiteral("; "));
        summary = skipped.size() == 1
                      ? tr("You skipped one question: %1. You can go back to answer it, or leave it blank as on paper "
                           "and press Finish to save your answers.")
                            .arg(which)
                      : tr("You skipped %1 questions: %2. You can go back to answer them, or leave them blank as on "
                           "paper and press Finish to save your answers.")
                            .arg(QLocale().toString(int(skipped.size())), which);
    }
    QLabel* text = wrapped(summary, scaled(font(), kQuestionScale / kControlScale), page);
    text->setObjectName(QStringLiteral("selfEntrySkippedSummary"));
    layout->addWidget(text);
    auto* list = new QVBoxLayout;
    const int touchHeight = std::max(kLeastTouchHeight, fontMetrics().height() * 2);
    for (const int index : skipped) {
        const Question& question = m_questions[index];
        const QString words = question.item->text.isEmpty() ? question.item->label : question.item->text;
        auto* button =
            new QPushButton(tr("%1, question %2: %3")
                                .arg(question.definition->shortName, QLocale().toString(question.item->number), words),
                            page);
        button->setObjectName(QStringLiteral("selfEntrySkipped_%1_%2").arg(question.definition->id, question.item->id));
        button->setAccessibleName(tr("Go back to %1").arg(button->text()));
        button->setMinimumHeight(touchHeight);
        button->setAutoDefault(true);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 0 12px;"));
        connect(button, &QPushButton::clicked, this, [this, index]() { goToQuestion(index); });
        list->addWidget(button);
    }
    layout->addLayout(list);
    layout->addStretch(1);
    page->setAccessibleName(heading->text());
    m_next->setAccessibleDescription(summary);
    return page;
}

QWidget* SelfEntryView::thanksPage()
{
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("selfEntryThanksPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    QLabel* heading =
        wrapped(tr("Your answers are saved. Thank you!"), scaled(font(), kHeadingScale / kControlScale, true), page);
    heading->setObjectName(QStringLiteral("selfEntryThanks"));
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    QLabel* handBack = wrapped(tr("Please hand the screen back to your clinician."),
                               scaled(font(), kQuestionScale / kControlScale), page);
    handBack->setAlignment(Qt::AlignCenter);
    layout->addWidget(handBack);
    layout->addStretch(2);
    page->setAccessibleName(heading->text());
    page->setAccessibleDescription(handBack->text());
    return page;
}

VisitRecord SelfEntryView::wanted() const
{
    VisitRecord record = m_stored;
    record.visit.patientEnteredOn = Clock::today();
    record.visit.patientEntryReviewed = false;
    for (const InstrumentDefinition* definition : m_instruments) {
        const AnswerSet answers = m_answers.value(definition->id);
        if (answers.answeredCount() == 0)
            continue;
        Assessment assessment;
        assessment.visitId = m_stored.visit.id;
        assessment.instrumentId = definition->id;
        assessment.instrumentVersion = definition->version;
        assessment.answers = answers;
        record.assessments.append(assessment);
    }
    return record;
}

void SelfEntryView::finish()
{
    keepAnswer();
    Database& db = m_context.database();
    const QString clinician = db.actor();
    // The trail names the patient as the one who entered these answers; the clinician's own saves follow as before.
    db.setActor(AuditTrail::patientActor(clinician));
    const Result<VisitRecord> written =
        VisitRecordCommand::run(m_context, m_patientId, m_patientName, m_stored, wanted(), {},
                                tr("Entered by the patient on the clinic's screen; not yet reviewed"));
    db.setActor(clinician);
    if (!written) {
        m_message->setText(tr("Your answers could not be saved. Please hand the screen to your clinician. (%1)")
                               .arg(written.error().message));
        return;
    }
    m_stored = *written;
    m_finished = true;
    m_input = nullptr;
    if (QWidget* previous = m_scroll->takeWidget()) {
        previous->hide();
        previous->deleteLater();
    }
    m_scroll->setWidget(thanksPage());
    m_back->hide();
    m_skip->hide();
    m_next->hide();
    m_progressLine->setText(tr("Saved"));
    m_progressLine->setAccessibleName(m_progressLine->text());
    m_leave->setFocus(Qt::OtherFocusReason);
    emit saved(m_stored.visit.id);
}

void SelfEntryView::leave()
{
    if (m_leaveCheck && !m_leaveCheck())
        return;
    m_leaving = true;
    close();
    m_leaving = false;
    emit left(m_stored.visit.id);
}

bool SelfEntryView::event(QEvent* event)
{
    // Every key is the view's own: no shortcut of the program fires while the patient has the screen.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    // A key let go while another window had the keyboard never reaches the view: leaving the window lets go too.
    if (event->type() == QEvent::WindowDeactivate && m_leave->isHeld())
        m_leave->cancelHold();
    return QWidget::event(event);
}

bool SelfEntryView::eventFilter(QObject* watched, QEvent* event)
{
    // Backspace is Back on a question, as the end of a list of answers on paper is turning the page back.
    if (m_input && watched == m_input->focusTarget() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier) {
            back();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SelfEntryView::keyPressEvent(QKeyEvent* event)
{
    if (m_leave->holdByChord(event))
        return;
    switch (event->key()) {
    case Qt::Key_Escape:
        m_message->setText(tr("Your clinician will close this screen."));
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        back();
        return;
    default:
        break;
    }
    // Nothing else passes to a parent: the view is a window of its own.
    event->accept();
}

void SelfEntryView::keyReleaseEvent(QKeyEvent* event)
{
    if (m_leave->releaseByChord(event))
        return;
    QWidget::keyReleaseEvent(event);
}

void SelfEntryView::closeEvent(QCloseEvent* event)
{
    // Alt+F4, the window manager's close button: only the clinician's hold closes this view.
    if (!m_leaving) {
        m_message->setText(tr("Your clinician will close this screen."));
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace outcome
