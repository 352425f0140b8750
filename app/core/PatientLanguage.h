// The language a patient reads questionnaires in: stored as a two- or three-letter ISO 639 code, with English
// (the definitions' own text) stored as no code at all.
#pragma once

#include <QString>
#include <QStringList>

namespace outcome::PatientLanguage {

// The stored form of what a person or a file gave: trimmed, lower case, and empty for English ("en", "EN", "").
QString normalized(const QString& code);
// Whether a normalized code names a language Qt knows; empty (English) is valid.
bool isValid(const QString& code);
// The language's own name with a capital ("Deutsch", "Français"); "English" for the empty code.
QString displayName(const QString& code);
// The languages a clinic is offered first when recording a patient's: the common ones of European and nearby
// clinics, English first, the rest by display name.
QStringList commonCodes();

} // namespace outcome::PatientLanguage
