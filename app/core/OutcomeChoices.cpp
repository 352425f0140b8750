// Gathering the filters' names in one pass over the courses.
#include "OutcomeChoices.h"

#include <QSet>

namespace outcome {

namespace {

QStringList sortedNames(const QSet<QString>& names)
{
    QStringList sorted(names.cbegin(), names.cend());
    sorted.removeAll(QString());
    sorted.sort();
    return sorted;
}

} // namespace

OutcomeChoices OutcomeChoices::of(const QList<OutcomeCourse>& courses)
{
    QSet<QString> templates;
    QSet<QString> treatments;
    QSet<QString> clinicians;
    QSet<QString> visits;
    for (const OutcomeCourse& course : courses) {
        templates.insert(course.templateName);
        treatments.insert(course.treatmentLabel);
        clinicians.insert(course.clinician);
        for (const OutcomeValue& value : course.values) {
            if (value.kind != VisitKind::Extra)
                visits.insert(value.visit);
        }
    }
    return {sortedNames(templates), sortedNames(treatments), sortedNames(clinicians), sortedNames(visits)};
}

} // namespace outcome
