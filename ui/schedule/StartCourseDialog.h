// Starting a course: the template, the start date and a treatment label, with the visit plan shown before saving.
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
    void showError(const QString& message);

private:
    void refreshPlan();

    QList<CourseTemplate> m_templates;
    const InstrumentLibrary& m_instruments;
    QComboBox* m_template = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_label = nullptr;
    QTreeWidget* m_plan = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace outcome
