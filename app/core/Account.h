// Clinic accounts: who is signed in, what their role lets them do, and how long a failed sign-in makes them wait.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace outcome {

// Each role can do everything the one below it can.
enum class Role
{
    FrontDesk,     // the register and the schedule: names, contact details, appointments; no scores, notes or markers
    Clinician,     // clinical data: questionnaires, scores, notes, markers, reports, exports, backups
    Administrator, // accounts, clinic details, templates, restoring a backup; and all a clinician does
};

QString roleToCode(Role role); // "front-desk", "clinician", "administrator"
std::optional<Role> roleFromCode(QStringView code);
QStringList roleCodes();
QString roleDisplayName(Role role);

// What a command or a screen needs.
enum class Permission
{
    Register,      // read and change who the patients are and when they come
    Clinical,      // read and change answers, scores, notes, markers
    Administration // accounts, restore
};

bool roleAllows(Role role, Permission permission);
// For refusals: "clinical data (scores, notes and markers)".
QString permissionDescription(Permission permission);

struct Account
{
    qint64 id = 0;
    QString name; // as typed when made; sign-in matches it without regard to case
    Role role = Role::Clinician;
    bool disabled = false;
    int failedAttempts = 0; // in a row, since the last successful sign-in or password change
    QDateTime retryAfter;   // UTC; no attempt is checked before it (invalid: no wait)
    QString passwordHash;   // Argon2id (PasswordHash)
    QString pinHash;        // a short PIN for leaving the patient view; empty: the password is asked
    QDateTime createdAt;
    qint64 rowVersion = 0;

    // The name as it is compared and kept unique.
    static QString nameKey(const QString& name);
    // A usable account name: 1 to 40 characters, no line breaks or control characters, no leading or trailing
    // space. The message names the field.
    static Status checkName(const QString& name);

    // Sign-in failures in a row that cost nothing more than the hash; after them each further failure makes the
    // next attempt wait twice as long, from 2 seconds up to kLongestWaitSeconds. Nobody is locked out for good.
    static constexpr int kFreeAttempts = 3;
    static constexpr int kLongestWaitSeconds = 300;
    static int waitSecondsAfter(int failedAttempts);
};

} // namespace outcome
