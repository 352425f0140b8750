// One instrument filled in at one visit: the answers as entered and who entered them.
#pragma once

#include "AnswerSet.h"

#include <QDateTime>
#include <QString>

namespace outcome {

struct Assessment
{
    qint64 id = 0;
    qint64 visitId = 0;
    QString instrumentId;
    QString instrumentVersion;
    AnswerSet answers;
    QDateTime enteredAt;
    QString enteredBy;
    QDateTime updatedAt;
    int rowVersion = 0;
};

} // namespace outcome
