// Adding or editing a clinical event (flare-up, injection, change of treatment, imaging) for a patient.
#pragma once

#include "ClinicalEvent.h"
#include "Course.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace outcome {

class InlineMessage;

class ClinicalEventDialog : public QDialog
{
    Q_OBJECT

public:
    ClinicalEventDialog(const ClinicalEvent& event, const QList<Course>& courses, QWidget* parent = nullptr);

    ClinicalEvent event() const;
    void showError(const QString& message);

private:
    ClinicalEvent m_event;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_course = nullptr;
    QPlainTextEdit* m_note = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace outcome
