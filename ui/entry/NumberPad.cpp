// The keypad's keys and the rule that decides which of them may follow what was typed.
#include "NumberPad.h"

#include "ItemInput.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace outcome {

NumberPad::NumberPad(ItemInput* input, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
{
    setObjectName(QStringLiteral("numberPad"));
    setAccessibleName(tr("Keypad for a number between two marks"));
    const int touch = std::max(48, fontMetrics().height() * 2);

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("numberPadShown"));
    m_shown->setAccessibleName(tr("Number typed"));
    m_shown->setAlignment(Qt::AlignCenter);
    m_shown->setFrameShape(QFrame::StyledPanel);
    QFont large = font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_shown->setFont(large);
    m_shown->setFixedSize(QFontMetrics(large).horizontalAdvance(QStringLiteral("10.0")) + touch, touch);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_shown, 0, 0, 4, 1, Qt::AlignTop);
    grid->setColumnStretch(4, 1);
    const QString point = QLocale().decimalPoint();
    // The telephone's order, which people know from every keypad.
    const QList<std::pair<QChar, QString>> keys = {
        {u'7', QStringLiteral("7")},
        {u'8', QStringLiteral("8")},
        {u'9', QStringLiteral("9")},
        {u'4', QStringLiteral("4")},
        {u'5', QStringLiteral("5")},
        {u'6', QStringLiteral("6")},
        {u'1', QStringLiteral("1")},
        {u'2', QStringLiteral("2")},
        {u'3', QStringLiteral("3")},
        {u'0', QStringLiteral("0")},
        {u'.', point},
        {u'C', tr("Clear")},
    };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto& [key, text] = keys[i];
        auto* button = new QPushButton(text, this);
        button->setObjectName(
            QStringLiteral("numberPadKey_%1").arg(key == u'.' ? QStringLiteral("point") : QString(key)));
        button->setAccessibleName(key == u'.' ? tr("Decimal point") : key == u'C' ? tr("Clear the number") : text);
        button->setMinimumSize(std::max(touch, fontMetrics().horizontalAdvance(text) + touch / 2), touch);
        // The keyboard stays with the answer, so Enter still moves on and digits typed on a keyboard still count.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, key = key]() { press(key); });
        grid->addWidget(button, int(i / 3), 1 + int(i % 3));
    }
    const auto showAnswer = [this]() {
        const ItemAnswer given = m_input->answer();
        show(given.value ? QString::number(*given.value, 'f', m_input->item().decimals) : QString());
    };
    showAnswer();
    // An answer chosen on the scale or by the arrow keys replaces what the pad shows.
    connect(input, &ItemInput::answerChanged, this, showAnswer);
}

bool NumberPad::canBecomeAnswer(const QString& typed) const
{
    // Digits with at most one point and no more decimals than the item keeps, and never past its largest value.
    const ItemDefinition& item = m_input->item();
    const qsizetype point = typed.indexOf(QLatin1Char('.'));
    if (point >= 0 && (typed.indexOf(QLatin1Char('.'), point + 1) >= 0 || typed.size() - point - 1 > item.decimals))
        return false;
    if (point == 0)
        return true;
    bool ok = false;
    const double value = QStringView(typed).left(point >= 0 ? point : typed.size()).toDouble(&ok);
    return ok && (!item.max || value <= *item.max);
}

void NumberPad::press(QChar key)
{
    if (key == u'C') {
        show({});
        m_input->setAnswer({});
        return;
    }
    QString candidate = m_typed + key;
    // After an answer made whole, a new digit starts a new number, as on a calculator.
    if (m_typed.size() > 0 && key.isDigit() && !canBecomeAnswer(candidate))
        candidate = QString(key);
    if (!canBecomeAnswer(candidate)) {
        m_input->refuse(QString(candidate).replace(QLatin1Char('.'), QLocale().decimalPoint()));
        return;
    }
    show(candidate);
    bool ok = false;
    const double value = candidate.toDouble(&ok);
    const ItemDefinition& item = m_input->item();
    if (ok && value >= item.min && (!item.max || value <= *item.max))
        m_input->setAnswer({value, {}, Censoring::None});
}

void NumberPad::show(const QString& typed)
{
    m_typed = typed;
    QString shown = typed;
    shown.replace(QLatin1Char('.'), QLocale().decimalPoint());
    m_shown->setText(shown.isEmpty() ? QStringLiteral("–") : shown);
    m_shown->setAccessibleDescription(shown);
}

} // namespace outcome
