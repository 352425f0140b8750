// The stored form of a result, and keeping it.
#include "StoredScores.h"

#include "Database.h"
#include "ScoringEngine.h"

#include <QCoreApplication>

#include <cmath>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::StoredScores)
};

constexpr QChar kSeparator = QLatin1Char(';');
constexpr QChar kBelow = QLatin1Char('<');
constexpr QChar kAbove = QLatin1Char('>');

// A kept row is also an entry of the readers' index, which a server takes up to about 2,700 bytes: a result of
// an instrument with very many measures that would not fit is not kept.
constexpr qsizetype kLongestKeptRow = 2000;

bool fitsTheIndex(const StoredScore& score)
{
    const qsizetype characters =
        score.instrumentId.size() + score.assessmentUpdatedAt.size() + score.scoredWith.size() + score.scores.size();
    if (characters * 3 <= kLongestKeptRow) // however many bytes each character takes
        return true;
    return score.instrumentId.toUtf8().size() + score.assessmentUpdatedAt.toUtf8().size() +
               score.scoredWith.toUtf8().size() + score.scores.toUtf8().size() <=
           kLongestKeptRow;
}

// Most scores are whole numbers ("32"): read those directly, exactly as the general reading would.
std::optional<double> smallWholeNumber(QStringView number)
{
    const qsizetype sign = number.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (number.size() <= sign || number.size() - sign > 15)
        return std::nullopt;
    if (sign && number.size() == 2 && number[1] == u'0')
        return std::nullopt; // "-0" is the negative zero
    qint64 whole = 0;
    for (qsizetype i = sign; i < number.size(); ++i) {
        const char16_t digit = number[i].unicode();
        if (digit < u'0' || digit > u'9')
            return std::nullopt;
        whole = whole * 10 + (digit - u'0');
    }
    return double(sign ? -whole : whole);
}

} // namespace

QString StoredScores::scoredWith(const InstrumentDefinition& definition)
{
    return definition.digest + QLatin1Char('/') + QString::number(ScoringEngine::kRevision);
}

QString StoredScores::encode(const ScoreResult& result)
{
    QString text;
    for (const MeasureScore& measure : result.measures) {
        if (!measure.value)
            continue;
        if (!text.isEmpty())
            text += kSeparator;
        // Seventeen significant digits read back as the same double; Qt writes a negative zero as "0".
        const double value = *measure.value;
        text += measure.measureId + QLatin1Char('=') +
                (value == 0 && std::signbit(value) ? QStringLiteral("-0") : QString::number(value, 'g', 17));
        if (measure.censoring == Censoring::BelowLimit)
            text += kBelow;
        else if (measure.censoring == Censoring::AboveLimit)
            text += kAbove;
    }
    return text;
}

std::vector<std::optional<StoredValue>> StoredScores::decode(QStringView text, const QStringList& measureIds)
{
    std::vector<std::optional<StoredValue>> values(size_t(measureIds.size()));
    decode(text, measureIds, values.data());
    return values;
}

void StoredScores::decode(QStringView text, const QStringList& measureIds, std::optional<StoredValue>* values)
{
    for (QStringView entry : text.tokenize(kSeparator, Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QStringView id = entry.left(equals);
        const qsizetype index = measureIds.indexOf(id);
        if (index < 0)
            continue;
        QStringView number = entry.mid(equals + 1);
        StoredValue value;
        if (number.endsWith(kBelow))
            value.censoring = Censoring::BelowLimit;
        else if (number.endsWith(kAbove))
            value.censoring = Censoring::AboveLimit;
        if (value.censoring != Censoring::None)
            number.chop(1);
        bool ok = true;
        if (const std::optional<double> whole = smallWholeNumber(number))
            value.value = *whole;
        else
            value.value = number.toDouble(&ok);
        if (ok)
            values[index] = value;
    }
}

Status StoredScores::store(Database& db, const std::vector<StoredScore>& scores)
{
    if (scores.empty())
        return {};
    static const QStringList columns{QStringLiteral("instrument_id"),      QStringLiteral("assessment_id"),
                                     QStringLiteral("assessment_version"), QStringLiteral("assessment_updated_at"),
                                     QStringLiteral("scored_with"),        QStringLiteral("scores")};
    QList<QVariantList> rows;
    rows.reserve(qsizetype(scores.size()));
    for (const StoredScore& score : scores) {
        if (!fitsTheIndex(score))
            continue; // scored from its answers each time instead
        rows.append({score.instrumentId, score.assessmentId, score.assessmentVersion, score.assessmentUpdatedAt,
                     score.scoredWith, score.scores});
    }
    if (rows.isEmpty())
        return {};
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    // Both engines take the same upsert.
    const Result<QList<qint64>> kept = db.insertRows(
        QStringLiteral("assessment_scores"), columns, rows, Tr::tr("keep the computed scores"), false,
        QStringLiteral(" ON CONFLICT (assessment_id) DO UPDATE SET instrument_id = excluded.instrument_id,"
                       " assessment_version = excluded.assessment_version,"
                       " assessment_updated_at = excluded.assessment_updated_at,"
                       " scored_with = excluded.scored_with, scores = excluded.scores"));
    if (!kept)
        return kept.error();
    return transaction.commit();
}

} // namespace outcome
