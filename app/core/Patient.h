// A person in the register: identity, contact and the archived flag (patients are never deleted).
#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace outcome {

enum class Sex
{
    Unknown,
    Female,
    Male,
    Other
};

QString sexToCode(Sex sex);
Sex sexFromCode(const QString& code);
QString sexDisplayName(Sex sex);

struct Patient
{
    qint64 id = 0;
    QString chartNumber;
    QString familyName;
    QString givenName;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString phone;
    QString email;
    QString address;
    QString notes;
    QString language; // questionnaires are given in it where a definition has it (PatientLanguage); empty: English
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;

    // "Family, Given" as the register lists it.
    QString displayName() const;
    // "Given Family" as a letter addresses the person.
    QString fullName() const;
    // Completed years on the given day; -1 without a birth date.
    int ageOn(const QDate& day) const;
};

// Checks the fields a clinician types; the message names the field and what is allowed.
Status validatePatient(const Patient& patient, const QDate& today);

} // namespace outcome
