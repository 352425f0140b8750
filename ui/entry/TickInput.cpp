// Tick box input and its keys.
#include "TickInput.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>

namespace outcome {

namespace {
constexpr int kRingRoom = 2; // around the tick box, for the error ring
} // namespace

TickInput::TickInput(const ItemDefinition& item, QWidget* parent)
    : ItemInput(item, parent)
    , m_box(new QCheckBox(accessibleItemName(), this))
{
    m_box->setAccessibleName(accessibleItemName());
    m_box->installEventFilter(this);
    setHelpDescription(tr("Space ticks or unticks; 1 ticks and 0 leaves unticked, then moves on."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kRingRoom, kRingRoom, kRingRoom, kRingRoom);
    layout->addWidget(m_box);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, &ItemInput::answerChanged);
}

ItemAnswer TickInput::answer() const
{
    ItemAnswer result;
    result.value = m_box->isChecked() ? 1 : 0;
    return result;
}

void TickInput::setAnswer(const ItemAnswer& answer)
{
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(answer.value.value_or(0) != 0);
}

QWidget* TickInput::focusTarget()
{
    return m_box;
}

void TickInput::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintFlash(painter, QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
}

bool TickInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_box || event->type() != QEvent::KeyPress)
        return ItemInput::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const QString text = key->text().toLower();
    if (text == QLatin1String("1") || text == QLatin1String("y")) {
        m_box->setChecked(true);
        emit answered();
        return true;
    }
    if (text == QLatin1String("0") || text == QLatin1String("n")) {
        m_box->setChecked(false);
        emit answered();
        return true;
    }
    if (text.size() == 1 && text.at(0).isDigit()) {
        refuse(text);
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit answered();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        emit stepRequested(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    default:
        break;
    }
    return ItemInput::eventFilter(watched, event);
}

} // namespace outcome
