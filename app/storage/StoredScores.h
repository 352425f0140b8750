// Scores kept beside the answers they were computed from, so that reading a clinic's worth of one measure need not
// parse and score every answer set again. Derived data: a stored row counts only while its assessment is at the
// version and moment it was scored from, and while the definition and the scoring are what they were.
#pragma once

#include "AnswerSet.h"
#include "InstrumentDefinition.h"
#include "Result.h"
#include "ScoreResult.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace outcome {

class Database;

// One measure's value as kept.
struct StoredValue
{
    double value = 0;
    Censoring censoring = Censoring::None;
};

// One assessment's scores, with what they were computed from.
struct StoredScore
{
    QString instrumentId;
    qint64 assessmentId = 0;
    int assessmentVersion = 0;   // the assessment's row version
    QString assessmentUpdatedAt; // and its last change, so that a reused id is never taken for the old row
    QString scoredWith;          // scoredWith() of the definition used
    QString scores;              // encode() of the result
};

class StoredScores
{
public:
    // What stored scores must name to count for answers scored with `definition`: its digest and the scoring's
    // revision. A changed definition file or a program that scores differently makes every such row stale.
    static QString scoredWith(const InstrumentDefinition& definition);
    // Every measure with a value, as "id=value" joined by ';' ("<" or ">" after a censored value), the values
    // written so that they read back as the same doubles.
    static QString encode(const ScoreResult& result);
    // The values of `measureIds` in encoded `text`, in that order; a measure it does not hold has none.
    static std::vector<std::optional<StoredValue>> decode(QStringView text, const QStringList& measureIds);
    // The same into `values`, which holds measureIds.size() places (left as they are for a measure not held).
    static void decode(QStringView text, const QStringList& measureIds, std::optional<StoredValue>* values);

    // Keeps `scores`, replacing what was kept for the same assessments, in one transaction of its own. Refused
    // (and nothing kept) where the database may not be written: the scores are computed again next time.
    static Status store(Database& db, const std::vector<StoredScore>& scores);
};

} // namespace outcome
