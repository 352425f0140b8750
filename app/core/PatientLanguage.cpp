// Patient language codes and their names.
#include "PatientLanguage.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace outcome::PatientLanguage {

QString normalized(const QString& code)
{
    const QString lower = code.trimmed().toLower();
    return lower == QLatin1String("en") ? QString() : lower;
}

bool isValid(const QString& code)
{
    if (code.isEmpty())
        return true;
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}$"));
    if (!pattern.match(code).hasMatch())
        return false;
    // QLocale falls back to the C locale for a code it does not know.
    const QLocale::Language language = QLocale::codeToLanguage(code);
    return language != QLocale::AnyLanguage && language != QLocale::C;
}

QString displayName(const QString& code)
{
    if (code.isEmpty())
        return QStringLiteral("English");
    const QLocale locale(QLocale::codeToLanguage(code));
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        name = QLocale::languageToString(locale.language());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QStringList commonCodes()
{
    QStringList codes{QStringLiteral("ar"), QStringLiteral("cs"), QStringLiteral("da"), QStringLiteral("de"),
                      QStringLiteral("el"), QStringLiteral("es"), QStringLiteral("fi"), QStringLiteral("fr"),
                      QStringLiteral("hr"), QStringLiteral("hu"), QStringLiteral("it"), QStringLiteral("nl"),
                      QStringLiteral("no"), QStringLiteral("pl"), QStringLiteral("pt"), QStringLiteral("ro"),
                      QStringLiteral("ru"), QStringLiteral("sr"), QStringLiteral("sv"), QStringLiteral("tr"),
                      QStringLiteral("uk"), QStringLiteral("zh")};
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    codes.prepend(QString());
    return codes;
}

} // namespace outcome::PatientLanguage
