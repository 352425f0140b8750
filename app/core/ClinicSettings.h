// What the clinic prints on letters and reports: letterhead, the treating clinician, the confidentiality line.
// Kept in the database, so every workstation of a clinic prints the same letterhead.
#pragma once

#include <QByteArray>
#include <QString>

namespace outcome {

struct ClinicSettings
{
    QString clinicName;
    QString address; // several lines
    QString phone;
    QString email;
    QString website;
    QByteArray logo; // PNG or JPEG bytes; empty: no logo
    QString clinicianName;
    QString clinicianTitle; // "Chiropractor", "Physiotherapist"
    QString confidentialityNotice;

    static QString defaultConfidentialityNotice();
    // The notice to print: the clinic's own, else the default.
    QString notice() const;
    bool operator==(const ClinicSettings& other) const = default;
};

} // namespace outcome
