// Number field input.
#include "NumberInput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace outcome {

NumberInput::NumberInput(const ItemDefinition& item, QWidget* parent)
    : ItemInput(item, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setAccessibleName(accessibleItemName());
    m_edit->setAccessibleDescription(tr("Allowed: %1. Enter moves on.").arg(item.allowedAnswers()));
    m_edit->setPlaceholderText(item.allowedAnswers());
    m_edit->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
    connect(m_edit, &QLineEdit::returnPressed, this, &ItemInput::answered);
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

} // namespace outcome
