// The roles screen readers are told for widgets whose plain widget role says too little: a message line is a
// notification (read out when it appears), the full-screen patient view is a window with its title as name, a
// drop-down list is named by its label, not by its chosen entry; tabs and cells are focused only with the keyboard.
#pragma once

namespace outcome {

class AccessibleRoles
{
public:
    // Installed once, before the first such widget is asked for its interface.
    static void install();
};

} // namespace outcome
