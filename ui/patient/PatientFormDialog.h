// Creating and editing a patient: required fields marked, checked before saving; a taken chart number names the
// patient who has it. Nothing is saved until every field is acceptable. A new patient's chart number is suggested:
// the next free one in the clinic's pattern.
#pragma once

#include "Patient.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace outcome {

class Database;
class InlineMessage;
class InstrumentLibrary;

class PatientFormDialog : public QDialog
{
    Q_OBJECT

public:
    // A patient with id 0 is created; otherwise the patient is edited. With the instruments, the language field says
    // which questionnaires the chosen language has.
    PatientFormDialog(Database& db, const Patient& patient, QWidget* parent = nullptr,
                      const InstrumentLibrary* instruments = nullptr);

    // The saved patient's id after the dialog was accepted.
    qint64 savedPatientId() const { return m_patient.id; }
    const Patient& savedPatient() const { return m_patient; }

    // For the front desk, who keeps names and contact details but does not read the clinician's notes: the notes
    // field is left out, and what it holds is saved unchanged.
    void hideNotes();

    // Accepts "1970-05-31", "31.05.1970", "31/05/1970" and the locale's short date.
    static QDate parseDate(const QString& text);

public slots:
    void accept() override;

private:
    Patient fromFields() const;
    void showProblem(const Error& error);
    void describeLanguage();

    Database& m_db;
    const InstrumentLibrary* m_instruments = nullptr;
    Patient m_patient;
    QLineEdit* m_chart = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_born = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QFormLayout* m_form = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace outcome
