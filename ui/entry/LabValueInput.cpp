// Lab value input.
#include "LabValueInput.h"

#include "LabelledComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

namespace outcome {

LabValueInput::LabValueInput(const ItemDefinition& item, QWidget* parent)
    : ItemInput(item, parent)
    , m_value(new QLineEdit(this))
    , m_unit(new LabelledComboBox(this))
    , m_belowLimit(new QCheckBox(tr("Below detection limit"), this))
{
    m_value->setAccessibleName(accessibleItemName());
    m_value->setAccessibleDescription(
        tr("The value as the lab reported it; \"< 0.5\" marks a value below the detection limit. Enter moves on."));
    m_value->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_unit->addItems(item.acceptedUnits());
    m_unit->setAccessibleName(tr("Unit of %1").arg(item.label));
    m_belowLimit->setAccessibleName(tr("%1 below detection limit").arg(item.label));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_value);
    layout->addWidget(m_unit);
    layout->addWidget(m_belowLimit);
    layout->addStretch(1);
    setFocusProxy(m_value);
    setTabOrder(m_value, m_unit);
    setTabOrder(m_unit, m_belowLimit);
    connect(m_value, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().startsWith(QLatin1Char('<')))
            m_belowLimit->setChecked(true);
        emit answerChanged();
    });
    connect(m_value, &QLineEdit::returnPressed, this, &ItemInput::answered);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ItemInput::answerChanged);
    connect(m_belowLimit, &QCheckBox::toggled, this, &ItemInput::answerChanged);
}

ItemAnswer LabValueInput::typed() const
{
    QString text = m_value->text().trimmed();
    ItemAnswer answer;
    if (text.startsWith(QLatin1Char('<'))) {
        answer.censoring = Censoring::BelowLimit;
        text = text.mid(1);
    } else if (text.startsWith(QLatin1Char('>'))) {
        answer.censoring = Censoring::AboveLimit;
        text = text.mid(1);
    } else if (m_belowLimit->isChecked()) {
        answer.censoring = Censoring::BelowLimit;
    }
    answer.value = parseNumber(text);
    answer.unit = m_unit->currentText();
    return answer;
}

ItemAnswer LabValueInput::answer() const
{
    const ItemAnswer answer = typed();
    return answer.value && item().check(answer).ok() ? answer : ItemAnswer{};
}

void LabValueInput::setAnswer(const ItemAnswer& answer)
{
    const QSignalBlocker valueBlocker(m_value);
    const QSignalBlocker unitBlocker(m_unit);
    const QSignalBlocker limitBlocker(m_belowLimit);
    QString text = answer.value ? QLocale().toString(*answer.value) : QString();
    if (answer.censoring == Censoring::AboveLimit)
        text.prepend(QLatin1Char('>'));
    m_value->setText(text);
    m_belowLimit->setChecked(answer.censoring == Censoring::BelowLimit);
    const QString unit = item().acceptedUnit(answer.unit);
    m_unit->setCurrentIndex(unit.isEmpty() ? 0 : m_unit->findText(unit));
}

QWidget* LabValueInput::focusTarget()
{
    return m_value;
}

QString LabValueInput::problem() const
{
    const QString text = m_value->text().trimmed();
    if (text.isEmpty())
        return {};
    const ItemAnswer answer = typed();
    if (!answer.value)
        return tr("item %1: \"%2\" is not a number").arg(item().number).arg(text);
    const Status status = item().check(answer);
    return status ? QString() : status.error().message;
}

} // namespace outcome
