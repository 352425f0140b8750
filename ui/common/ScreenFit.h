// Windows that fit the screen at any text size: a window opens no larger than the room its screen has, and a long
// dialog scrolls its contents while its buttons stay in view (large text on a laptop, a small screen).
#pragma once

#include <QList>
#include <QSize>

class QObject;
class QScrollArea;
class QWidget;

namespace outcome {

class ScreenFit
{
public:
    // The size a window of `widget` can take: the available part of its screen, less a title bar.
    static QSize room(const QWidget* widget);

    // Resizes the window to `wanted`, or to the room on its screen where that is smaller.
    static void resizeWithin(QWidget* window, const QSize& wanted);

    // Moves everything in `window`'s box layout except the items in `keep` (its buttons, a widget or a layout) into
    // a frameless scroll area in their place, then sizes the window to show it all where the screen allows.
    static QScrollArea* scrollContents(QWidget* window, const QList<const QObject*>& keep);
};

} // namespace outcome
