// Column name cleaning.
#include "ColumnNames.h"

namespace outcome {

QString ColumnNames::safe(const QString& text)
{
    QString name;
    bool lastWasUnderscore = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            name += c;
            lastWasUnderscore = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter: "é" becomes "e"
        } else if (!lastWasUnderscore && !name.isEmpty()) {
            name += QLatin1Char('_');
            lastWasUnderscore = true;
        }
    }
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    if (name.isEmpty() || !name.front().isLetter())
        name.prepend(QLatin1Char('v'));
    name.truncate(kMaxLength);
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    return name;
}

QString ColumnNames::unique(const QString& text)
{
    const QString base = safe(text);
    QString name = base;
    for (int number = 2; m_taken.contains(name); ++number) {
        const QString suffix = QLatin1Char('_') + QString::number(number);
        name = base.left(kMaxLength - suffix.size()) + suffix;
    }
    m_taken.insert(name);
    return name;
}

} // namespace outcome
