// Role codes, what each role may do, and the wait after failed sign-ins.
#include "Account.h"

#include "EnumCode.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::Account)
};

constexpr std::array<EnumCode<Role>, 3> kRoleCodes{{
    {Role::Administrator, "administrator"},
    {Role::Clinician, "clinician"},
    {Role::FrontDesk, "front-desk"},
}};

constexpr int kLongestName = 40;

} // namespace

QString roleToCode(Role role)
{
    return codeOf(kRoleCodes, role);
}

std::optional<Role> roleFromCode(QStringView code)
{
    return enumOf(kRoleCodes, code);
}

QStringList roleCodes()
{
    return codesOf(kRoleCodes);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return Tr::tr("Administrator");
    case Role::Clinician:
        return Tr::tr("Clinician");
    case Role::FrontDesk:
        return Tr::tr("Front desk");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::Register:
        return true;
    case Permission::Clinical:
        return role == Role::Clinician || role == Role::Administrator;
    case Permission::Administration:
        return role == Role::Administrator;
    }
    return false;
}

QString permissionDescription(Permission permission)
{
    switch (permission) {
    case Permission::Register:
        return Tr::tr("the patient register");
    case Permission::Clinical:
        return Tr::tr("clinical data (scores, notes and markers)");
    case Permission::Administration:
        return Tr::tr("administration (accounts and restoring backups)");
    }
    return {};
}

QString Account::nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

Status Account::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Name: an account needs a name."));
    if (name != name.trimmed())
        return makeError(ErrorKind::Invalid, Tr::tr("Name: \"%1\" starts or ends with a space.").arg(name));
    if (name.size() > kLongestName)
        return makeError(ErrorKind::Invalid, Tr::tr("Name: \"%1\" is %2 characters long; at most %3 are allowed.")
                                                 .arg(name)
                                                 .arg(name.size())
                                                 .arg(kLongestName));
    const bool control =
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (control)
        return makeError(ErrorKind::Invalid, Tr::tr("Name: line breaks and control characters are not allowed."));
    return {};
}

int Account::waitSecondsAfter(int failedAttempts)
{
    if (failedAttempts < kFreeAttempts)
        return 0;
    const int doublings = failedAttempts - kFreeAttempts;
    if (doublings >= 9) // 2^9 s is past the longest wait already
        return kLongestWaitSeconds;
    return std::min(2 << doublings, kLongestWaitSeconds);
}

} // namespace outcome
