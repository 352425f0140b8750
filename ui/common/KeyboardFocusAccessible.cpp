// Tab bars and item views whose items are focused only with the keyboard: a wrapper round Qt's own interfaces.
#include "KeyboardFocusAccessible.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QTabBar>
#include <QTreeView>
#include <QWidget>

namespace outcome {

namespace {

// The widgets whose items Qt reports focused by being current; subclasses are reached through these names.
bool isWrapped(const QString& className)
{
    static const QStringList names{QStringLiteral("QTabBar"),      QStringLiteral("QTableView"),
                                   QStringLiteral("QTreeView"),    QStringLiteral("QListView"),
                                   QStringLiteral("QTableWidget"), QStringLiteral("QTreeWidget"),
                                   QStringLiteral("QListWidget")};
    return names.contains(className);
}

class WidgetProxy;

// One tab or cell as Qt describes it, focused only while its widget has the keyboard.
class ItemProxy : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    ItemProxy(QWidget* widget, QAccessible::Id inner)
        : m_widget(widget)
        , m_inner(inner)
    {}

    QAccessibleInterface* inner() const { return QAccessible::accessibleInterface(m_inner); }
    WidgetProxy* owner() const;

    bool isValid() const override { return m_widget && inner() && inner()->isValid(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return inner() ? inner()->window() : nullptr; }
    QList<QPair<QAccessibleInterface*, QAccessible::Relation>> relations(QAccessible::Relation match) const override
    {
        return inner() ? inner()->relations(match) : QList<QPair<QAccessibleInterface*, QAccessible::Relation>>{};
    }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int index) const override;
    int childCount() const override { return inner() ? inner()->childCount() : 0; }
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override { return inner() ? inner()->text(t) : QString(); }
    void setText(QAccessible::Text t, const QString& text) override
    {
        if (inner())
            inner()->setText(t, text);
    }
    QRect rect() const override { return inner() ? inner()->rect() : QRect(); }
    QAccessible::Role role() const override { return inner() ? inner()->role() : QAccessible::NoRole; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state = inner()->state();
        state.focused = state.focused && m_widget->hasFocus();
        return state;
    }
    QColor foregroundColor() const override { return inner() ? inner()->foregroundColor() : QColor(); }
    QColor backgroundColor() const override { return inner() ? inner()->backgroundColor() : QColor(); }
    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (!inner())
            return nullptr;
        if (type == QAccessible::TableCellInterface)
            return inner()->tableCellInterface() ? static_cast<QAccessibleTableCellInterface*>(this) : nullptr;
        // Actions act on Qt's own item, which does the same thing.
        return inner()->interface_cast(type);
    }

    bool isSelected() const override { return cell() && cell()->isSelected(); }
    QList<QAccessibleInterface*> columnHeaderCells() const override;
    QList<QAccessibleInterface*> rowHeaderCells() const override;
    int columnIndex() const override { return cell() ? cell()->columnIndex() : -1; }
    int rowIndex() const override { return cell() ? cell()->rowIndex() : -1; }
    int columnExtent() const override { return cell() ? cell()->columnExtent() : 1; }
    int rowExtent() const override { return cell() ? cell()->rowExtent() : 1; }
    QAccessibleInterface* table() const override { return QAccessible::queryAccessibleInterface(m_widget.data()); }

private:
    QAccessibleTableCellInterface* cell() const { return inner() ? inner()->tableCellInterface() : nullptr; }

    QPointer<QWidget> m_widget;
    QAccessible::Id m_inner = 0;
};

// The tab bar or item view: Qt's interface, its items wrapped.
class WidgetProxy : public QAccessibleInterface, public QAccessibleTableInterface
{
public:
    WidgetProxy(QWidget* widget, QAccessibleInterface* inner)
        : m_widget(widget)
        , m_inner(QAccessible::uniqueId(inner))
    {}

    ~WidgetProxy() override
    {
        for (const QAccessible::Id id : std::as_const(m_items))
            QAccessible::deleteAccessibleInterface(id);
        QAccessible::deleteAccessibleInterface(m_inner);
    }

    QAccessibleInterface* inner() const { return QAccessible::accessibleInterface(m_inner); }

    // The proxy of an item Qt made; widgets of their own (scroll buttons, editors) are themselves.
    QAccessibleInterface* wrap(QAccessibleInterface* item) const
    {
        if (!item)
            return nullptr;
        if (item == inner())
            return const_cast<WidgetProxy*>(this);
        if (item->object() || dynamic_cast<ItemProxy*>(item))
            return item;
        const QAccessible::Id id = QAccessible::uniqueId(item);
        auto found = m_items.constFind(id);
        if (found == m_items.cend())
            found = m_items.insert(id, QAccessible::registerAccessibleInterface(new ItemProxy(m_widget, id)));
        return QAccessible::accessibleInterface(found.value());
    }

    QList<QAccessibleInterface*> wrap(const QList<QAccessibleInterface*>& items) const
    {
        QList<QAccessibleInterface*> wrapped;
        for (QAccessibleInterface* item : items)
            wrapped.append(wrap(item));
        return wrapped;
    }

    static QAccessibleInterface* unwrap(const QAccessibleInterface* item)
    {
        if (const auto* proxy = dynamic_cast<const ItemProxy*>(item))
            return proxy->inner();
        return const_cast<QAccessibleInterface*>(item);
    }

    bool isValid() const override { return m_widget && inner() && inner()->isValid(); }
    QObject* object() const override { return m_widget.data(); }
    QWindow* window() const override { return inner() ? inner()->window() : nullptr; }
    QList<QPair<QAccessibleInterface*, QAccessible::Relation>> relations(QAccessible::Relation match) const override
    {
        return inner() ? inner()->relations(match) : QList<QPair<QAccessibleInterface*, QAccessible::Relation>>{};
    }

    // The current tab or cell, whether or not the widget has the keyboard. Worked out from the widget, not asked of
    // Qt's interface, whose answer asks this one for its state.
    QAccessibleInterface* currentItem() const
    {
        if (!inner())
            return nullptr;
        if (const auto* tabs = qobject_cast<const QTabBar*>(m_widget.data()))
            return tabs->currentIndex() >= 0 ? wrap(inner()->child(tabs->currentIndex())) : nullptr;
        const auto* view = qobject_cast<const QAbstractItemView*>(m_widget.data());
        const QModelIndex current = view ? view->currentIndex() : QModelIndex();
        if (!current.isValid() || !table())
            return nullptr;
        int row = current.row();
        // A tree counts its rows as shown, children under their parents.
        if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
            row = 0;
            const QModelIndex target = current.siblingAtColumn(0);
            QModelIndex shown = tree->model()->index(0, 0, tree->rootIndex());
            for (; shown.isValid() && shown != target; shown = tree->indexBelow(shown))
                ++row;
            if (!shown.isValid())
                return nullptr;
        }
        return wrap(table()->cellAt(row, current.column()));
    }

    QAccessibleInterface* focusChild() const override
    {
        if (!m_widget || !m_widget->hasFocus())
            return nullptr;
        QAccessibleInterface* current = currentItem();
        return current ? current : const_cast<WidgetProxy*>(this);
    }

    QAccessibleInterface* childAt(int x, int y) const override
    {
        return inner() ? wrap(inner()->childAt(x, y)) : nullptr;
    }
    QAccessibleInterface* parent() const override { return inner() ? inner()->parent() : nullptr; }
    QAccessibleInterface* child(int index) const override { return inner() ? wrap(inner()->child(index)) : nullptr; }
    int childCount() const override { return inner() ? inner()->childCount() : 0; }
    int indexOfChild(const QAccessibleInterface* child) const override
    {
        return inner() ? inner()->indexOfChild(unwrap(child)) : -1;
    }
    QString text(QAccessible::Text t) const override { return inner() ? inner()->text(t) : QString(); }
    void setText(QAccessible::Text t, const QString& text) override
    {
        if (inner())
            inner()->setText(t, text);
    }
    QRect rect() const override { return inner() ? inner()->rect() : QRect(); }
    QAccessible::Role role() const override { return inner() ? inner()->role() : QAccessible::NoRole; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        state = inner()->state();
        // With one of its items holding the keyboard, that item is the one focused object.
        if (state.focused && currentItem())
            state.focused = false;
        return state;
    }
    QColor foregroundColor() const override { return inner() ? inner()->foregroundColor() : QColor(); }
    QColor backgroundColor() const override { return inner() ? inner()->backgroundColor() : QColor(); }
    void* interface_cast(QAccessible::InterfaceType type) override
    {
        if (!inner())
            return nullptr;
        if (type == QAccessible::TableInterface)
            return table() ? static_cast<QAccessibleTableInterface*>(this) : nullptr;
        return inner()->interface_cast(type);
    }

    QAccessibleInterface* caption() const override { return table() ? wrap(table()->caption()) : nullptr; }
    QAccessibleInterface* summary() const override { return table() ? wrap(table()->summary()) : nullptr; }
    QAccessibleInterface* cellAt(int row, int column) const override
    {
        return table() ? wrap(table()->cellAt(row, column)) : nullptr;
    }
    int selectedCellCount() const override { return table() ? table()->selectedCellCount() : 0; }
    QList<QAccessibleInterface*> selectedCells() const override
    {
        return table() ? wrap(table()->selectedCells()) : QList<QAccessibleInterface*>{};
    }
    QString columnDescription(int column) const override
    {
        return table() ? table()->columnDescription(column) : QString();
    }
    QString rowDescription(int row) const override { return table() ? table()->rowDescription(row) : QString(); }
    int selectedColumnCount() const override { return table() ? table()->selectedColumnCount() : 0; }
    int selectedRowCount() const override { return table() ? table()->selectedRowCount() : 0; }
    int columnCount() const override { return table() ? table()->columnCount() : 0; }
    int rowCount() const override { return table() ? table()->rowCount() : 0; }
    QList<int> selectedColumns() const override { return table() ? table()->selectedColumns() : QList<int>{}; }
    QList<int> selectedRows() const override { return table() ? table()->selectedRows() : QList<int>{}; }
    bool isColumnSelected(int column) const override { return table() && table()->isColumnSelected(column); }
    bool isRowSelected(int row) const override { return table() && table()->isRowSelected(row); }
    bool selectRow(int row) override { return table() && table()->selectRow(row); }
    bool selectColumn(int column) override { return table() && table()->selectColumn(column); }
    bool unselectRow(int row) override { return table() && table()->unselectRow(row); }
    bool unselectColumn(int column) override { return table() && table()->unselectColumn(column); }
    void modelChange(QAccessibleTableModelChangeEvent* event) override
    {
        if (!table())
            return;
        table()->modelChange(event);
        // Qt drops the items it made for rows that changed; their proxies go with them.
        for (auto it = m_items.begin(); it != m_items.end();) {
            if (QAccessible::accessibleInterface(it.key())) {
                ++it;
                continue;
            }
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_items.erase(it);
        }
    }

private:
    QAccessibleTableInterface* table() const { return inner() ? inner()->tableInterface() : nullptr; }

    QPointer<QWidget> m_widget;
    QAccessible::Id m_inner = 0;
    mutable QHash<QAccessible::Id, QAccessible::Id> m_items; // Qt's item → its proxy
};

WidgetProxy* ItemProxy::owner() const
{
    return dynamic_cast<WidgetProxy*>(QAccessible::queryAccessibleInterface(m_widget.data()));
}

QAccessibleInterface* ItemProxy::parent() const
{
    WidgetProxy* proxy = owner();
    return proxy && inner() ? proxy->wrap(inner()->parent()) : nullptr;
}

QAccessibleInterface* ItemProxy::child(int index) const
{
    WidgetProxy* proxy = owner();
    return proxy && inner() ? proxy->wrap(inner()->child(index)) : nullptr;
}

int ItemProxy::indexOfChild(const QAccessibleInterface* child) const
{
    return inner() ? inner()->indexOfChild(WidgetProxy::unwrap(child)) : -1;
}

QList<QAccessibleInterface*> ItemProxy::columnHeaderCells() const
{
    WidgetProxy* proxy = owner();
    return proxy && cell() ? proxy->wrap(cell()->columnHeaderCells()) : QList<QAccessibleInterface*>{};
}

QList<QAccessibleInterface*> ItemProxy::rowHeaderCells() const
{
    WidgetProxy* proxy = owner();
    return proxy && cell() ? proxy->wrap(cell()->rowHeaderCells()) : QList<QAccessibleInterface*>{};
}

// A plain container that hands the keyboard to a control inside (its focus proxy): Qt reports it focused along with
// that control, as if it had the keyboard itself.
class ContainerAccessible : public QAccessibleWidget
{
public:
    using QAccessibleWidget::QAccessibleWidget;

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        if (widget()->focusProxy())
            state.focused = false;
        return state;
    }
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if ((className == QLatin1String("QWidget") || className == QLatin1String("QFrame")) && widget->focusProxy())
        return new ContainerAccessible(widget);
    // Qt's own interface is asked for from inside: this factory then stands aside.
    static bool askingQt = false;
    if (askingQt || !isWrapped(className))
        return nullptr;
    askingQt = true;
    QAccessibleInterface* own = QAccessible::queryAccessibleInterface(object);
    askingQt = false;
    return own ? new WidgetProxy(widget, own) : nullptr;
}

} // namespace

void KeyboardFocusAccessible::install()
{
    static const bool installed = []() {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace outcome
