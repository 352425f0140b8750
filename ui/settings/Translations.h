// The user-interface language: the system's unless the clinician chose one, with Qt's own strings translated too.
#pragma once

#include <QLocale>
#include <QStringList>

namespace outcome {

class Translations
{
public:
    // Language codes the program is translated into; English is the source language.
    static QStringList available();
    // The language to use for a setting: the setting when it is one we have, else the system's when we have it,
    // else English.
    static QString choose(const QString& setting, const QLocale& system = QLocale::system());
    // A language's name in that language ("Deutsch"), as people look for their own language in a list.
    static QString nativeName(const QString& language);
    // Installs the translators for `language` into the running application; returns false when our own
    // translation could not be loaded (English is used).
    static bool install(const QString& language);
};

} // namespace outcome
