// The gaps of a visit saved as done.
#include "VisitCompleteness.h"

#include "InstrumentLibrary.h"
#include "OutcomeText.h"
#include "ScoringEngine.h"

#include <QCoreApplication>

#include <algorithm>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::VisitCompleteness)
};

const InstrumentDefinition* definitionOf(const Assessment& assessment, const InstrumentLibrary& library)
{
    const InstrumentDefinition* definition = library.find(assessment.instrumentId, assessment.instrumentVersion);
    return definition ? definition : library.find(assessment.instrumentId);
}

// "ODI has no score: 3 sections blank"; empty when a reported measure has a value.
QString missingScore(const InstrumentDefinition& definition, const AnswerSet& answers)
{
    const ScoreResult result = ScoringEngine::score(definition, answers);
    QString reason;
    for (const MeasureDefinition* measure : definition.reportedMeasures()) {
        const MeasureScore* score = result.find(measure->id);
        if (score && score->value)
            return {};
        if (score && reason.isEmpty())
            reason = score->reason;
    }
    const int blank = int(definition.items().size()) - answers.answeredCount();
    if (blank > 0 && !answers.markedIncomplete())
        return Tr::tr("%1 has no score: %2 %3 blank")
            .arg(definition.shortName)
            .arg(blank)
            .arg(definition.itemNoun(blank));
    return Tr::tr("%1 has no score: %2").arg(definition.shortName, reason);
}

} // namespace

QStringList VisitCompleteness::gaps(const VisitRecord& record, const InstrumentLibrary& library)
{
    const Visit& visit = record.visit;
    if (visit.status != VisitStatus::Done)
        return {};
    QStringList gaps;
    if (visit.actualDate.isValid() && visit.actualDate < visit.windowOpens()) {
        const int days = int(visit.actualDate.daysTo(visit.scheduledDate));
        // Every window opens at least three days early, so "days" is always plural.
        gaps.append(Tr::tr("%1 is planned for %2, %3 days after the day it took place")
                        .arg(visit.title(), OutcomeText::longDate(visit.scheduledDate))
                        .arg(days));
    }
    for (const QString& planned : visit.plannedInstruments) {
        if (record.assessment(planned))
            continue;
        const InstrumentDefinition* definition = library.find(planned);
        gaps.append(Tr::tr("%1 not entered").arg(definition ? definition->shortName : planned));
    }
    for (const Assessment& assessment : record.assessments) {
        if (const InstrumentDefinition* definition = definitionOf(assessment, library)) {
            if (const QString missing = missingScore(*definition, assessment.answers); !missing.isEmpty())
                gaps.append(missing);
        }
    }
    return gaps;
}

} // namespace outcome
