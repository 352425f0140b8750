// Light, dark or the system's colours for the whole application, chosen in the View menu and kept in settings.
#pragma once

#include <QString>

namespace outcome {

class ColorScheme
{
public:
    // "system" keeps the platform's palette; "light" and "dark" use the Fusion style with a calm palette of ours.
    static void apply(const QString& scheme);
    static QStringList names();
};

} // namespace outcome
