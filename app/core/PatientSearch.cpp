// Folding and splitting for patient search.
#include "PatientSearch.h"

#include <QDate>
#include <QRegularExpression>

namespace outcome {

namespace {

QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00F0: // ð
        return QStringLiteral("d");
    case 0x00FE: // þ
        return QStringLiteral("th");
    case 0x0131: // ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

QStringList words(const QString& folded)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return folded.split(separators, Qt::SkipEmptyParts);
}

} // namespace

QString PatientSearch::fold(const QString& text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QString replacement = spelledOut(c);
        if (replacement.isEmpty())
            result.append(c);
        else
            result.append(replacement);
    }
    return result;
}

QStringList PatientSearch::termsFor(const Patient& patient)
{
    QStringList terms;
    const auto addWords = [&terms](const QString& text) {
        static const QRegularExpression nameSeparators(QStringLiteral("[\\s,;'\\-]+"));
        const QString folded = fold(text);
        // "O'Brien-Smith" is found by "obrien", "brien", "smith" and the whole "o'brien-smith".
        for (const QString& word : words(folded)) {
            terms.append(word);
            const QStringList parts = word.split(nameSeparators, Qt::SkipEmptyParts);
            if (parts.size() > 1) {
                terms.append(parts);
                terms.append(parts.join(QString()));
            }
        }
    };
    addWords(patient.familyName);
    addWords(patient.givenName);
    const QString chart = fold(patient.chartNumber.trimmed());
    if (!chart.isEmpty()) {
        terms.append(chart);
        static const QRegularExpression leadingNonDigits(QStringLiteral("^[^0-9]*0*"));
        QString digits = chart;
        digits.remove(leadingNonDigits);
        if (!digits.isEmpty() && digits != chart)
            terms.append(digits);
    }
    if (patient.birthDate.isValid())
        terms.append(patient.birthDate.toString(Qt::ISODate));
    terms.removeDuplicates();
    return terms;
}

QStringList PatientSearch::queryTerms(const QString& query)
{
    QStringList terms;
    for (const QString& word : words(fold(query))) {
        static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
        const QRegularExpressionMatch match = dayFirst.match(word);
        if (match.hasMatch()) {
            const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
            if (date.isValid()) {
                terms.append(date.toString(Qt::ISODate));
                continue;
            }
        }
        terms.append(word);
    }
    terms.removeDuplicates();
    return terms;
}

} // namespace outcome
