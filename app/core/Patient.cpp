// Patient helpers: display names, age and field validation.
#include "Patient.h"

#include "PatientLanguage.h"

#include <QCoreApplication>

namespace outcome {

namespace {
// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::Patient)
};
} // namespace

QString sexToCode(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Sex sexFromCode(const QString& code)
{
    if (code == QLatin1String("female"))
        return Sex::Female;
    if (code == QLatin1String("male"))
        return Sex::Male;
    if (code == QLatin1String("other"))
        return Sex::Other;
    return Sex::Unknown;
}

QString sexDisplayName(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return Tr::tr("Female");
    case Sex::Male:
        return Tr::tr("Male");
    case Sex::Other:
        return Tr::tr("Other");
    case Sex::Unknown:
        break;
    }
    return Tr::tr("Not recorded");
}

QString Patient::displayName() const
{
    if (givenName.isEmpty())
        return familyName;
    return familyName + QStringLiteral(", ") + givenName;
}

QString Patient::fullName() const
{
    if (givenName.isEmpty())
        return familyName;
    return givenName + QLatin1Char(' ') + familyName;
}

int Patient::ageOn(const QDate& day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

Status validatePatient(const Patient& patient, const QDate& today)
{
    const auto invalid = [](const QString& message) {
        return Status(makeError(ErrorKind::Invalid, message));
    };
    if (patient.chartNumber.trimmed().isEmpty())
        return invalid(Tr::tr("Chart number is required."));
    if (patient.chartNumber.trimmed().size() > 32)
        return invalid(Tr::tr("Chart number: at most 32 characters."));
    if (patient.familyName.trimmed().isEmpty())
        return invalid(Tr::tr("Family name is required."));
    if (patient.givenName.trimmed().isEmpty())
        return invalid(Tr::tr("Given name is required."));
    if (!patient.birthDate.isValid())
        return invalid(Tr::tr("Date of birth is required (for example 1970-05-31)."));
    if (patient.birthDate > today)
        return invalid(Tr::tr("Date of birth cannot be in the future."));
    if (patient.birthDate < today.addYears(-130))
        return invalid(Tr::tr("Date of birth: more than 130 years ago; please check the year."));
    if (!patient.email.isEmpty() && !patient.email.contains(QLatin1Char('@')))
        return invalid(Tr::tr("Email: \"%1\" is not an email address (name@example.org).").arg(patient.email));
    if (!PatientLanguage::isValid(patient.language))
        return invalid(Tr::tr("Language: \"%1\" is not a language code; use two or three letters such as de, fr or es.")
                           .arg(patient.language));
    return {};
}

} // namespace outcome
