// A chart in words, built from the same course outcomes the chart is drawn from: a description that lists every
// plotted value with its visit, date and band, and every event marked on it, for screen readers and the PDF's
// alternative text; and the same values as the rows of a table.
#pragma once

#include "CourseOutcomes.h"
#include "ExpectedCourse.h"

#include <QList>
#include <QStringList>

namespace outcome {

class ChartText
{
public:
    // Empty for a key the course has no chart for. `plainLanguage` uses the patient's words (visit names, bands).
    // An expected course that is shown is told after the values, with its rule, n and each visit's spread.
    static ChartText of(const CourseOutcomes& outcomes, const QString& key, bool plainLanguage,
                        const ExpectedCourse* expected = nullptr);

    bool isEmpty() const { return m_rows.isEmpty(); }
    // "ODI: Session 1, 02/03/2026: 36 % (Moderate disability); ... Marked: flare-up, 12 March 2026."
    const QString& description() const { return m_description; }
    const QStringList& columns() const { return m_columns; }
    const QList<QStringList>& rows() const { return m_rows; }

private:
    void describeSeries(const CourseOutcomes& outcomes, const MeasureSeries& series, bool plainLanguage);
    void describeProfile(const CourseOutcomes& outcomes, const QString& instrumentId);
    void addMarkers(const CourseOutcomes& outcomes, bool plainLanguage);
    void addExpected(const MeasureSeries& series, const ExpectedCourse& expected, bool plainLanguage);

    QString m_description;
    QStringList m_columns;
    QList<QStringList> m_rows;
};

} // namespace outcome
