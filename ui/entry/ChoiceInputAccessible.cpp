// The answer cells' accessible group and its radio buttons.
#include "ChoiceInputAccessible.h"

#include "ChoiceInput.h"

#include <QPointer>

namespace outcome {

namespace {

// One answer option: a radio button that is never a widget of its own.
class AnswerOptionAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AnswerOptionAccessible(ChoiceInput* input, int index)
        : m_input(input)
        , m_index(index)
    {}

    bool isValid() const override { return m_input && m_index < m_input->optionCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_input ? m_input->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_input.data()); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::RadioButton; }
    void setText(QAccessible::Text, const QString&) override {}

    QString text(QAccessible::Text kind) const override
    {
        if (!m_input)
            return {};
        if (kind == QAccessible::Name)
            return m_input->optionText(m_index);
        return {};
    }

    QRect rect() const override
    {
        if (!m_input)
            return {};
        const QRect local = m_input->optionRect(m_index);
        return QRect(m_input->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_input) {
            state.invalid = true;
            return state;
        }
        state.checkable = true;
        state.focusable = true;
        state.checked = m_input->selectedOption() == m_index;
        state.focused = m_input->hasFocus() && state.checked;
        state.disabled = !m_input->isEnabled();
        state.invisible = !m_input->isVisible();
        state.offscreen = m_input->visibleRegion().isEmpty();
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

    void doAction(const QString& name) override
    {
        if (!m_input || (name != pressAction() && name != setFocusAction()))
            return;
        m_input->setFocus(Qt::OtherFocusReason);
        m_input->chooseOption(m_index);
    }

private:
    QPointer<ChoiceInput> m_input;
    int m_index = 0;
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("outcome::ChoiceInput") && object && object->isWidgetType())
        return new ChoiceInputAccessible(static_cast<ChoiceInput*>(object));
    return nullptr;
}

} // namespace

ChoiceInputAccessible::ChoiceInputAccessible(ChoiceInput* input)
    : QAccessibleWidget(input, QAccessible::Grouping)
{}

ChoiceInputAccessible::~ChoiceInputAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_options))
        QAccessible::deleteAccessibleInterface(id);
}

void ChoiceInputAccessible::install()
{
    static const bool installed = []() {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

ChoiceInput* ChoiceInputAccessible::input() const
{
    return static_cast<ChoiceInput*>(widget());
}

QAccessible::State ChoiceInputAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    // With an answer chosen, the chosen option has the keyboard, as in a radio group; only one object is focused.
    if (input()->selectedOption() >= 0)
        state.focused = false;
    return state;
}

int ChoiceInputAccessible::childCount() const
{
    return input()->optionCount();
}

QAccessibleInterface* ChoiceInputAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_options.size() < childCount()) {
        auto* option = new AnswerOptionAccessible(input(), int(m_options.size()));
        m_options.append(QAccessible::registerAccessibleInterface(option));
    }
    return QAccessible::accessibleInterface(m_options[index]);
}

int ChoiceInputAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (QAccessible::accessibleInterface(m_options[i]) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* ChoiceInputAccessible::focusChild() const
{
    if (!input()->hasFocus())
        return nullptr;
    const int selected = input()->selectedOption();
    return selected >= 0 ? child(selected) : const_cast<ChoiceInputAccessible*>(this);
}

QAccessibleInterface* ChoiceInputAccessible::childAt(int x, int y) const
{
    const QPoint local = input()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (input()->optionRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

} // namespace outcome
