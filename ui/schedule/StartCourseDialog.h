// Starting a course: the template, the start date, a treatment label and the clinician, with the visit plan shown
// before saving.
#pragma once

#include "CourseTemplate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTreeWidget;

namespace outcome {

class InlineMessage;
class InstrumentLibrary;

class StartCourseDialog : public QDialog
{
    Q_OBJECT

public:
    StartCourseDialog(const QList<CourseTemplate>& templates, const InstrumentLibrary& instruments,
                      QWidget* parent = nullptr);

    CourseTemplate chosenTemplate() const;
    QDate startDate() const;
    QString treatmentLabel() const;
    // The clinicians to choose from (any other name can be typed) and the one proposed.
    void setClinicians(const QStringList& known, const QString& proposed);
    QString clinician() const;
    void showError(const QString& message);

private:
    void refreshPlan();

    QList<CourseTemplate> m_templates;
    const InstrumentLibrary& m_instruments;
    QComboBox* m_template = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_label = nullptr;
    QComboBox* m_clinician = nullptr;
    QTreeWidget* m_plan = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace outcome
