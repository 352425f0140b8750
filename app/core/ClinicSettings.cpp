// Clinic settings defaults.
#include "ClinicSettings.h"

#include <QCoreApplication>

namespace outcome {

QString ClinicSettings::defaultConfidentialityNotice()
{
    return QCoreApplication::translate("outcome::ClinicSettings",
                                       "Confidential: contains health information about the named patient. "
                                       "If you received it in error, tell the sender and destroy it.");
}

QString ClinicSettings::notice() const
{
    return confidentialityNotice.trimmed().isEmpty() ? defaultConfidentialityNotice() : confidentialityNotice;
}

} // namespace outcome
