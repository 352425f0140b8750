// The start-course dialog and its plan preview.
#include "StartCourseDialog.h"

#include "Clock.h"
#include "CourseSchedule.h"
#include "InlineMessage.h"
#include "LabelledComboBox.h"
#include "ScreenFit.h"
#include "VisitTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outcome {

StartCourseDialog::StartCourseDialog(const QList<CourseTemplate>& templates, const InstrumentLibrary& instruments,
                                     QWidget* parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_instruments(instruments)
{
    setObjectName(QStringLiteral("startCourseDialog"));
    setWindowTitle(tr("Start a course"));
    m_template = new LabelledComboBox(this);
    m_template->setObjectName(QStringLiteral("courseTemplateCombo"));
    m_template->setAccessibleName(tr("Course template"));
    for (const CourseTemplate& courseTemplate : templates)
        m_template->addItem(tr("%1 (version %2)").arg(courseTemplate.name).arg(courseTemplate.version));
    m_start = new QDateEdit(Clock::today(), this);
    m_start->setObjectName(QStringLiteral("courseStartEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start->setAccessibleName(tr("Course start date"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("treatmentLabelEdit"));
    m_label->setAccessibleName(tr("Treatment label"));
    m_label->setPlaceholderText(tr("Optional, for example \"mind-body treatment\""));
    m_clinician = new QComboBox(this);
    m_clinician->setObjectName(QStringLiteral("courseClinicianCombo"));
    m_clinician->setEditable(true);
    m_clinician->setInsertPolicy(QComboBox::NoInsert);
    m_clinician->setAccessibleName(tr("Clinician"));
    m_clinician->lineEdit()->setPlaceholderText(tr("Optional: who treats the patient in this course"));
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("coursePlanList"));
    m_plan->setAccessibleName(tr("Planned visits"));
    m_plan->setRootIsDecorated(false);
    m_plan->setHeaderLabels({tr("Visit"), tr("Planned"), tr("Instruments")});
    m_plan->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plan->setFocusPolicy(Qt::NoFocus);
    m_message = new InlineMessage(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Template"), m_template);
    form->addRow(tr("&Start date"), m_start);
    form->addRow(tr("T&reatment"), m_label);
    form->addRow(tr("C&linician"), m_clinician);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start course"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startCourseButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Visits this will plan:"), this));
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, &StartCourseDialog::refreshPlan);
    connect(m_start, &QDateEdit::dateChanged, this, &StartCourseDialog::refreshPlan);
    refreshPlan();
    ScreenFit::scrollContents(this, {buttons});
    ScreenFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30));
}

CourseTemplate StartCourseDialog::chosenTemplate() const
{
    const int index = m_template->currentIndex();
    return index >= 0 && index < m_templates.size() ? m_templates[index] : CourseTemplate{};
}

QDate StartCourseDialog::startDate() const
{
    return m_start->date();
}

QString StartCourseDialog::treatmentLabel() const
{
    return m_label->text().trimmed();
}

void StartCourseDialog::setClinicians(const QStringList& known, const QString& proposed)
{
    m_clinician->clear();
    m_clinician->addItems(known);
    m_clinician->setEditText(proposed);
}

QString StartCourseDialog::clinician() const
{
    return m_clinician->currentText().simplified();
}

void StartCourseDialog::showError(const QString& message)
{
    m_message->showMessage(message);
}

void StartCourseDialog::refreshPlan()
{
    m_plan->clear();
    if (m_template->currentIndex() < 0)
        return;
    for (const Visit& visit : CourseSchedule::plan(chosenTemplate(), startDate())) {
        m_plan->addTopLevelItem(new QTreeWidgetItem(
            {visit.title(), dayAndDate(visit.scheduledDate), plannedInstrumentsText(m_instruments, visit)}));
    }
}

} // namespace outcome
