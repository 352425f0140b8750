// What de-identified outputs keep of a course: free text (treatment label, course and visit notes, visit labels,
// clinical-event texts) may name people, so it goes, and follow-ups and extra visits are named by their planned day.
#pragma once

#include "ClinicalEvent.h"
#include "Course.h"
#include "Visit.h"

#include <QList>

namespace outcome {

class FreeText
{
public:
    // "Day 28": the name a follow-up or extra visit gets instead of its label; other visits keep their title.
    static QString dayLabel(const Visit& visit, const QDate& courseStart);
    // The visit with dayLabel() as its label (follow-ups and extras) and no note.
    static Visit withoutFreeText(const Visit& visit, const QDate& courseStart);
    // Clears the course's treatment label and notes, the visits' labels and notes and the events' notes.
    static void remove(Course& course, QList<Visit>& visits, QList<ClinicalEvent>& events);
};

} // namespace outcome
