// What screen readers see of tab bars and item views: Qt's own interface, except that the current tab or cell says
// it is focused only while its bar or view has the keyboard, and the bar or view itself not while one of its items
// does. Qt 6.4 marks the current tab and the current cell focused whatever has the keyboard, so several objects
// reported focus at once (an old tab, a register cell) and a screen reader could not tell where the keyboard was.
// Likewise a plain container that hands the keyboard to a control inside is not focused itself.
#pragma once

namespace outcome {

class KeyboardFocusAccessible
{
public:
    // Installed once, before a tab bar or item view is first asked for its interface.
    static void install();
};

} // namespace outcome
