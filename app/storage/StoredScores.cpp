// The stored form of a result, and keeping it.
#include "StoredScores.h"

#include "Database.h"
#include "ScoringEngine.h"

#include <QCoreApplication>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::StoredScores)
};

constexpr QChar kSeparator = QLatin1Char(';');
constexpr QChar kBelow = QLatin1Char('<');
constexpr QChar kAbove = QLatin1Char('>');

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
        // Seventeen significant digits read back as the same double.
        text += measure.measureId + QLatin1Char('=') + QString::number(*measure.value, 'g', 17);
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
        bool ok = false;
        value.value = number.toDouble(&ok);
        if (ok)
            values[size_t(index)] = value;
    }
    return values;
}

Status StoredScores::store(Database& db, const std::vector<StoredScore>& scores)
{
    if (scores.empty())
        return {};
    static const QStringList columns{QStringLiteral("assessment_id"), QStringLiteral("assessment_version"),
                                     QStringLiteral("assessment_updated_at"), QStringLiteral("scored_with"),
                                     QStringLiteral("scores")};
    QList<QVariantList> rows;
    rows.reserve(qsizetype(scores.size()));
    for (const StoredScore& score : scores)
        rows.append(
            {score.assessmentId, score.assessmentVersion, score.assessmentUpdatedAt, score.scoredWith, score.scores});
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    // Both engines take the same upsert.
    const Result<QList<qint64>> kept = db.insertRows(
        QStringLiteral("assessment_scores"), columns, rows, Tr::tr("keep the computed scores"), false,
        QStringLiteral(" ON CONFLICT (assessment_id) DO UPDATE SET assessment_version = excluded.assessment_version,"
                       " assessment_updated_at = excluded.assessment_updated_at,"
                       " scored_with = excluded.scored_with, scores = excluded.scores"));
    if (!kept)
        return kept.error();
    return transaction.commit();
}

} // namespace outcome
