// Translator installation.
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace outcome {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Translations::choose(const QString& setting, const QLocale& system)
{
    if (available().contains(setting))
        return setting;
    for (const QString& name : system.uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (available().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString& language)
{
    // The source language has no regional flavour of ours; QLocale would call it "American English".
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

bool Translations::install(const QString& language)
{
    if (language == QLatin1String("en"))
        return true;
    // Parented to the application, so they live as long as it does.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/outcome-tracker_") + language))
        return false;
    QCoreApplication::installTranslator(ours);
    // A chosen language also formats dates and numbers its way, unless the system already speaks it
    // (Austrian German keeps its own date format).
    if (QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace outcome
