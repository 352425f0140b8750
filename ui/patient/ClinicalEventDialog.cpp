// The clinical event form.
#include "ClinicalEventDialog.h"

#include "Clock.h"
#include "InlineMessage.h"
#include "LabelledComboBox.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace outcome {

ClinicalEventDialog::ClinicalEventDialog(const ClinicalEvent& event, const QList<Course>& courses, QWidget* parent)
    : QDialog(parent)
    , m_event(event)
{
    setObjectName(QStringLiteral("clinicalEventDialog"));
    setWindowTitle(event.id == 0 ? tr("Add clinical event") : tr("Edit clinical event"));
    m_date = new QDateEdit(event.date.isValid() ? event.date : Clock::today(), this);
    m_date->setObjectName(QStringLiteral("eventDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Event date"));
    m_kind = new LabelledComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKindCombo"));
    m_kind->setAccessibleName(tr("Kind of event"));
    for (ClinicalEventKind kind :
         {ClinicalEventKind::FlareUp, ClinicalEventKind::Injection, ClinicalEventKind::TreatmentChange,
          ClinicalEventKind::Imaging, ClinicalEventKind::Other})
        m_kind->addItem(clinicalEventKindDisplayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_course = new LabelledComboBox(this);
    m_course->setObjectName(QStringLiteral("eventCourseCombo"));
    m_course->setAccessibleName(tr("Course the event belongs to"));
    m_course->addItem(tr("Not tied to a course"), 0);
    for (const Course& course : courses)
        m_course->addItem(
            tr("%1 — from %2").arg(course.templateName, QLocale().toString(course.startDate, QLocale::ShortFormat)),
            course.id);
    m_course->setCurrentIndex(std::max(0, m_course->findData(event.courseId)));
    m_note = new QPlainTextEdit(event.note, this);
    m_note->setObjectName(QStringLiteral("eventNoteEdit"));
    m_note->setAccessibleName(tr("Event note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().height() * 5);
    m_message = new InlineMessage(this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Course"), m_course);
    form->addRow(tr("&Note"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::scrollContents(this, {buttons});
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

ClinicalEvent ClinicalEventDialog::event() const
{
    ClinicalEvent result = m_event;
    result.date = m_date->date();
    result.kind = ClinicalEventKind(m_kind->currentData().toInt());
    result.courseId = m_course->currentData().toLongLong();
    result.note = m_note->toPlainText().trimmed();
    return result;
}

void ClinicalEventDialog::showError(const QString& message)
{
    m_message->showMessage(message);
}

} // namespace outcome
