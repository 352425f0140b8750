// Number field input: what cannot become an answer is refused as it is typed.
#include "NumberInput.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QValidator>

namespace outcome {

namespace {

constexpr int kRingRoom = 3; // around the field, for the error ring

// Lets through only text that is, or can still grow into, an answer the item allows: on a 0-100 scale "15" is let
// through and "150" refused, as is a second decimal where one is allowed. A number below the lowest answer ("3" on
// 5-100) is let through, since the next key may lift it.
class AnswerValidator : public QValidator
{
public:
    AnswerValidator(const ItemDefinition& item, QObject* parent)
        : QValidator(parent)
        , m_item(item)
    {}

    State validate(QString& input, int&) const override
    {
        const State state = check(input.trimmed());
        if (state == Invalid)
            m_refused = input.trimmed();
        return state;
    }

    // The text the last refused key would have made.
    QString refused() const { return m_refused; }

private:
    State check(QString text) const
    {
        if (text.isEmpty())
            return Intermediate;
        text.replace(QLocale().decimalPoint(), QStringLiteral("."));
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        static const QRegularExpression shape(QStringLiteral("^(-?)(\\d*)(\\.?)(\\d*)$"));
        const QRegularExpressionMatch match = shape.match(text);
        if (!match.hasMatch())
            return Invalid;
        const bool negative = !match.captured(1).isEmpty();
        if (negative && m_item.min >= 0)
            return Invalid;
        const bool hasPoint = !match.captured(3).isEmpty();
        if (hasPoint && (m_item.decimals == 0 || match.captured(4).size() > m_item.decimals))
            return Invalid;
        if (match.captured(2).isEmpty() && match.captured(4).isEmpty())
            return Intermediate;
        const double value = QLocale::c().toDouble(text);
        // More digits only move a number further from zero: past the far end there is no way back.
        if ((!negative && m_item.max && value > *m_item.max) || (negative && value < m_item.min))
            return Invalid;
        return m_item.allows(value) ? Acceptable : Intermediate;
    }

    ItemDefinition m_item;
    mutable QString m_refused;
};

} // namespace

NumberInput::NumberInput(const ItemDefinition& item, QWidget* parent)
    : ItemInput(item, parent)
    , m_edit(new QLineEdit(this))
{
    auto* validator = new AnswerValidator(item, m_edit);
    m_edit->setValidator(validator);
    m_edit->setAccessibleName(accessibleItemName());
    m_edit->setPlaceholderText(item.allowedAnswers());
    m_edit->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_edit->installEventFilter(this);
    setHelpDescription(tr("Allowed: %1. Enter moves on.").arg(allowedInWords()));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kRingRoom, kRingRoom, kRingRoom, kRingRoom);
    layout->addWidget(m_edit);
    if (!item.minLabel.isEmpty() || !item.maxLabel.isEmpty()) {
        auto* ends = new QLabel(tr("%1 = %2, %3 = %4")
                                    .arg(QLocale().toString(item.min), item.minLabel,
                                         QLocale().toString(item.max.value_or(item.min)), item.maxLabel),
                                this);
        ends->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(ends);
    }
    layout->addStretch(1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ItemInput::answerChanged);
    connect(m_edit, &QLineEdit::inputRejected, this, [this, validator]() { refuse(validator->refused()); });
}

ItemAnswer NumberInput::answer() const
{
    ItemAnswer result;
    const std::optional<double> value = parseNumber(m_edit->text());
    if (value && item().check(ItemAnswer{value, {}, Censoring::None}).ok())
        result.value = value;
    return result;
}

void NumberInput::setAnswer(const ItemAnswer& answer)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(answer.value ? QLocale().toString(*answer.value, 'f', item().decimals) : QString());
}

QWidget* NumberInput::focusTarget()
{
    return m_edit;
}

QString NumberInput::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return tr("item %1: \"%2\" is not a number (allowed: %3)")
            .arg(item().number)
            .arg(text, item().allowedAnswers());
    const Status status = item().check(ItemAnswer{value, {}, Censoring::None});
    return status ? QString() : status.error().message;
}

bool NumberInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Enter on an empty field skips the item; on a number still short of the scale ("3" on 5-100) it
            // stays and says why.
            const QString text = m_edit->text().trimmed();
            if (text.isEmpty() || m_edit->hasAcceptableInput())
                emit answered();
            else
                refuse(text);
            return true;
        }
    }
    return ItemInput::eventFilter(watched, event);
}

void NumberInput::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintFlash(painter, QRectF(m_edit->geometry()).adjusted(-1.5, -1.5, 1.5, 1.5));
}

} // namespace outcome
