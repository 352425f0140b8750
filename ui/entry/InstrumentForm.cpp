// Building an instrument's form and showing its live score.
#include "InstrumentForm.h"

#include "CourseScores.h"
#include "InlineMessage.h"
#include "ItemInput.h"
#include "ScoreText.h"
#include "ScoringEngine.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace outcome {

namespace {

// Long questionnaires of printed options (RAND-36) are entered on a compact grid: one line per item.
constexpr int kCompactFrom = 13;

bool isCompact(const InstrumentDefinition& definition)
{
    const QList<ItemDefinition>& items = definition.items();
    return items.size() >= kCompactFrom && std::all_of(items.cbegin(), items.cend(), [](const ItemDefinition& item) {
               return item.input == InputKind::Options;
           });
}

bool canBeMarkedIncomplete(const InstrumentDefinition& definition)
{
    return std::any_of(definition.measures.cbegin(), definition.measures.cend(),
                       [](const MeasureDefinition& measure) { return measure.scoring.noScoreWhenMarkedIncomplete; });
}

} // namespace

InstrumentForm::InstrumentForm(const InstrumentDefinition& definition, const CourseScores* scores, qint64 visitId,
                               QWidget* parent)
    : QFrame(parent)
    , m_definition(definition)
    , m_scores(scores)
    , m_visitId(visitId)
{
    setObjectName(QStringLiteral("instrumentForm_") + definition.id);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(definition.name);

    auto* title = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(definition.shortName.toHtmlEscaped(), definition.name.toHtmlEscaped()),
        this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);
    m_recorded = new QCheckBox(tr("Record at this visit"), this);
    m_recorded->setObjectName(QStringLiteral("recordedCheck_") + definition.id);
    m_recorded->setAccessibleName(tr("Record %1 at this visit").arg(definition.shortName));
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_recorded, 0, Qt::AlignTop);

    QStringList about;
    if (!definition.recall.isEmpty())
        about.append(tr("Recall: %1.").arg(definition.recall));
    about.append(definition.missingRule);
    auto* rule = new QLabel(about.join(QLatin1Char(' ')), this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    const bool compact = isCompact(definition);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(compact ? 2 : 6);
    grid->setColumnStretch(1, 1);
    // Labels wrap rather than take the answers' room when the window is narrow (200 % scaling on a laptop).
    const int labelWidth = fontMetrics().averageCharWidth() * (compact ? 30 : 20);
    const int narrowestLabel = fontMetrics().averageCharWidth() * 14;
    int row = 0;
    for (const ItemDefinition& item : definition.items()) {
        ItemInput* input = ItemInput::create(item, compact, this);
        input->setObjectName(QStringLiteral("item_%1_%2").arg(definition.id, item.id));
        if (!definition.recall.isEmpty()) {
            QWidget* target = input->focusTarget();
            target->setAccessibleName(tr("%1 (%2)").arg(target->accessibleName(), definition.recall));
        }
        // Each item has a row below it for the message of a refused key, empty until there is one.
        const int inputRow = 2 * row;
        auto* notice = new InlineMessage(this);
        notice->setObjectName(QStringLiteral("itemNotice_%1_%2").arg(definition.id, item.id));
        grid->addWidget(notice, inputRow + 1, input->showsOwnLabel() ? 0 : 1, 1, input->showsOwnLabel() ? 2 : 1);
        if (input->showsOwnLabel()) {
            grid->addWidget(input, inputRow, 0, 1, 2);
        } else {
            auto* label = new QLabel(QStringLiteral("%1. %2").arg(item.number).arg(item.label), this);
            label->setWordWrap(true);
            label->setMinimumWidth(narrowestLabel);
            label->setMaximumWidth(labelWidth);
            label->setBuddy(input->focusTarget());
            if (!item.text.isEmpty())
                label->setToolTip(item.text);
            grid->addWidget(label, inputRow, 0, Qt::AlignVCenter);
            grid->addWidget(input, inputRow, 1);
        }
        const int index = int(m_inputs.size());
        connect(input, &ItemInput::answerChanged, this, [this, notice]() {
            if (m_shownNotice == notice)
                hideNotice();
            if (!m_recorded->isChecked())
                m_recorded->setChecked(true);
            refreshScore();
            refreshChecks();
            emit answersChanged();
        });
        connect(input, &ItemInput::refused, this, [this, notice, input](const QString& message) {
            hideNotice();
            notice->showMessage(tr("%1. %2 — %3").arg(input->item().number).arg(input->item().label, message));
            m_shownNotice = notice;
            m_noticeTimer.start();
        });
        connect(input, &ItemInput::answered, this, [this, index, input]() { step(index, 1, confirmation(input)); });
        connect(input, &ItemInput::stepRequested, this, [this, index](int direction) { step(index, direction); });
        m_inputs.append(input);
        ++row;
    }

    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel_") + definition.id);
    m_scoreLabel->setWordWrap(true);
    m_scoreLabel->setTextFormat(Qt::RichText);
    m_scoreLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addLayout(grid);
    m_checksMessage = new InlineMessage(this);
    m_checksMessage->setObjectName(QStringLiteral("checksMessage_") + definition.id);
    layout->addWidget(m_checksMessage);
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(kNoticeMs);
    connect(&m_noticeTimer, &QTimer::timeout, this, &InstrumentForm::hideNotice);
    if (canBeMarkedIncomplete(definition)) {
        m_incomplete = new QCheckBox(tr("The paper form was not fully filled in (no score)"), this);
        m_incomplete->setObjectName(QStringLiteral("incompleteCheck_") + definition.id);
        layout->addWidget(m_incomplete);
        connect(m_incomplete, &QCheckBox::toggled, this, [this]() {
            refreshScore();
            emit answersChanged();
        });
    }
    layout->addWidget(m_scoreLabel);
    connect(m_recorded, &QCheckBox::toggled, this, [this]() {
        refreshScore();
        emit answersChanged();
    });
    refreshScore();
}

AnswerSet InstrumentForm::answers() const
{
    const AnswerSet typed = typedAnswers();
    return typed == m_loadedAsTyped ? m_loaded : typed;
}

AnswerSet InstrumentForm::typedAnswers() const
{
    AnswerSet answers;
    for (const ItemInput* input : m_inputs) {
        const ItemAnswer answer = input->answer();
        if (answer.isAnswered())
            answers.set(input->item().id, answer);
    }
    answers.setMarkedIncomplete(m_incomplete && m_incomplete->isChecked());
    return answers;
}

void InstrumentForm::setAnswers(const AnswerSet& answers)
{
    for (ItemInput* input : m_inputs) {
        const ItemAnswer* answer = answers.find(input->item().id);
        input->setAnswer(answer ? *answer : ItemAnswer{});
    }
    if (m_incomplete) {
        const QSignalBlocker blocker(m_incomplete);
        m_incomplete->setChecked(answers.markedIncomplete());
    }
    const QSignalBlocker blocker(m_recorded);
    m_recorded->setChecked(true);
    m_loaded = answers;
    m_loadedAsTyped = typedAnswers();
    refreshScore();
    refreshChecks();
}

bool InstrumentForm::isRecorded() const
{
    return m_recorded->isChecked();
}

void InstrumentForm::setRecorded(bool recorded)
{
    m_recorded->setChecked(recorded);
}

QStringList InstrumentForm::problems() const
{
    QStringList messages;
    for (const ItemInput* input : m_inputs) {
        if (const QString problem = input->problem(); !problem.isEmpty())
            messages.append(m_definition.shortName + QStringLiteral(" ") + problem);
    }
    return messages;
}

void InstrumentForm::focusItem(int index, const QString& leadIn)
{
    if (index < 0 || index >= m_inputs.size())
        return;
    m_inputs[index]->setLeadIn(leadIn);
    m_inputs[index]->focusTarget()->setFocus(Qt::TabFocusReason);
}

QString InstrumentForm::confirmation(const ItemInput* input)
{
    const QString answer = input->answerInWords();
    if (answer.isEmpty())
        return {};
    QString text = tr("Recorded %1. %2: %3.").arg(input->item().number).arg(input->item().label, answer);
    if (!m_spokenScore.isEmpty() && m_spokenScore != m_announcedScore) {
        text += QLatin1Char(' ') + m_spokenScore + QLatin1Char('.');
        m_announcedScore = m_spokenScore;
    }
    return text;
}

void InstrumentForm::commitPending()
{
    for (ItemInput* input : m_inputs)
        input->commitPending();
}

void InstrumentForm::step(int from, int direction, const QString& leadIn)
{
    const int target = from + direction;
    if (target >= m_inputs.size())
        emit finished(leadIn);
    else if (target < 0)
        emit backedOut();
    else
        focusItem(target, leadIn);
}

void InstrumentForm::hideNotice()
{
    m_noticeTimer.stop();
    if (m_shownNotice)
        m_shownNotice->clearMessage();
    m_shownNotice = nullptr;
}

QStringList InstrumentForm::checkWarnings() const
{
    const AnswerSet typed = typedAnswers();
    const QLocale locale;
    const auto answerText = [&typed, &locale](const ItemDefinition* item) {
        return tr("%1. %2: %3")
            .arg(item->number)
            .arg(item->label, locale.toString(typed.value(item->id).value_or(0), 'f', item->decimals));
    };
    QStringList warnings;
    for (const AnswerCheck& check : m_definition.brokenChecks(typed)) {
        const ItemDefinition* first = m_definition.item(check.item);
        const ItemDefinition* second = m_definition.item(check.atMost);
        if (first->number > second->number)
            std::swap(first, second);
        warnings.append(tr("%1 (%2; %3)").arg(check.message, answerText(first), answerText(second)));
    }
    return warnings;
}

void InstrumentForm::refreshChecks()
{
    const QStringList warnings = checkWarnings();
    if (warnings.isEmpty())
        m_checksMessage->clearMessage();
    else if (warnings.join(QLatin1Char('\n')) != m_checksMessage->text())
        m_checksMessage->showMessage(warnings.join(QLatin1Char('\n')), InlineMessage::Kind::Warning);
}

void InstrumentForm::refreshScore()
{
    if (!isRecorded()) {
        m_score = ScoreResult{};
        m_spokenScore.clear();
        m_scoreLabel->setText(tr("Not recorded at this visit."));
        return;
    }
    m_score = ScoringEngine::score(m_definition, answers());
    QStringList lines;
    QStringList spoken;
    QStringList announced; // only scores there are: "no score yet" is not worth interrupting for
    for (const MeasureDefinition* measure : m_definition.reportedMeasures()) {
        const MeasureScore* score = m_score.find(measure->id);
        if (!score)
            continue;
        const QString scoreText = ScoreText::score(*measure, *score);
        QString line =
            QStringLiteral("<b>%1</b>&nbsp; %2").arg(measure->shortName.toHtmlEscaped(), scoreText.toHtmlEscaped());
        spoken.append(measure->shortName + QLatin1Char(' ') + scoreText);
        if (score->value)
            announced.append(measure->shortName + QLatin1Char(' ') + scoreText);
        if (score->value && m_scores) {
            if (const std::optional<MeasureChange> change =
                    m_scores->changeAt(*measure, m_definition.id, m_visitId, *score->value)) {
                const QString changeText = ScoreText::change(*measure, *change);
                line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;") + changeText.toHtmlEscaped();
                spoken.append(changeText);
            }
        }
        lines.append(line);
    }
    m_scoreLabel->setText(lines.join(QStringLiteral("<br>")));
    m_scoreLabel->setAccessibleName(tr("%1 score").arg(m_definition.shortName));
    m_spokenScore = announced.join(QStringLiteral(". "));
    m_scoreLabel->setAccessibleDescription(spoken.join(QStringLiteral(". ")));
}

} // namespace outcome
