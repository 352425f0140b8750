// The one-screen "start vs now" summary across all measures of a course, coloured by direction: the view a
// clinician opens first. Activating a row asks for that measure's chart.
#pragma once

#include "CourseOutcomes.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace outcome {

class StartVsNowModel;

class StartVsNowSummary : public QWidget
{
    Q_OBJECT

public:
    explicit StartVsNowSummary(QWidget* parent = nullptr);

    void setOutcomes(const CourseOutcomes& outcomes);
    void clear(const QString& message = {});

    QTableView* table() const { return m_table; }
    StartVsNowModel* model() const { return m_model; }

signals:
    // A row was chosen (double-click or Enter): the key of its chart, "odi/total".
    void chartRequested(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_heading = nullptr;
    QTableView* m_table = nullptr;
    StartVsNowModel* m_model = nullptr;
};

} // namespace outcome
