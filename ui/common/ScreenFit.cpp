// Sizes windows to their screen and moves a dialog's contents into a scroll area.
#include "ScreenFit.h"

#include <QBoxLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QWidget>

namespace outcome {

namespace {

constexpr int kBorder = 4; // each side of a window, as most window managers draw it

} // namespace

QSize ScreenFit::room(const QWidget* widget)
{
    const QScreen* screen = widget->screen() ? widget->screen() : QGuiApplication::primaryScreen();
    // The window manager's frame is not known before the window is shown: a title bar and a thin border.
    const int titleBar = widget->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, widget);
    const int border = 2 * kBorder;
    return screen->availableGeometry().size() - QSize(border, titleBar + border);
}

void ScreenFit::resizeWithin(QWidget* window, const QSize& wanted)
{
    window->resize(wanted.boundedTo(room(window)));
}

QScrollArea* ScreenFit::scrollContents(QWidget* window, const QList<const QObject*>& keep)
{
    auto* layout = qobject_cast<QBoxLayout*>(window->layout());
    if (!layout)
        return nullptr;
    // The size that shows everything, taken while the contents are still laid out in the window.
    const QSize natural = window->sizeHint().expandedTo(window->minimumSize());
    auto* contents = new QWidget;
    contents->setObjectName(window->objectName() + QStringLiteral("Contents"));
    auto* inner = new QBoxLayout(layout->direction(), contents);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->setSpacing(layout->spacing());
    int at = -1;
    for (int i = 0; i < layout->count();) {
        QLayoutItem* item = layout->itemAt(i);
        const QObject* thing =
            item->widget() ? static_cast<const QObject*>(item->widget()) : static_cast<const QObject*>(item->layout());
        if (thing && keep.contains(thing)) {
            ++i;
            continue;
        }
        if (at < 0)
            at = i;
        const int stretch = layout->stretch(i);
        layout->takeAt(i);
        if (QWidget* widget = item->widget()) {
            inner->addWidget(widget, stretch, item->alignment());
            delete item;
        } else if (QLayout* child = item->layout()) {
            child->setParent(nullptr);
            inner->addLayout(child, stretch); // takes the layout's widgets along
        } else {
            inner->addItem(item);
        }
    }
    auto* area = new QScrollArea(window);
    area->setObjectName(window->objectName() + QStringLiteral("ScrollArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // a stop for the keyboard only in the way: the fields inside take it
    area->setWidget(contents);
    layout->insertWidget(std::max(at, 0), area, 1);
    // Moved, the contents come after the buttons in the Tab order, which wraps round; the keyboard starts on the
    // first field, as it did.
    QWidget* focus = window->focusWidget();
    if (!focus || !contents->isAncestorOf(focus)) {
        for (QWidget* widget = contents->nextInFocusChain(); contents->isAncestorOf(widget);
             widget = widget->nextInFocusChain()) {
            if (widget->focusPolicy() & Qt::TabFocus) {
                widget->setFocus();
                break;
            }
        }
    }
    resizeWithin(window, natural);
    return area;
}

} // namespace outcome
