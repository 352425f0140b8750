// Clinical event kinds.
#include "ClinicalEvent.h"

#include <QCoreApplication>

namespace outcome {

namespace {
struct KindName
{
    ClinicalEventKind kind;
    const char* code;
    const char* displayName;
};

constexpr KindName kKinds[] = {
    {ClinicalEventKind::FlareUp, "flare_up", QT_TRANSLATE_NOOP("outcome::ClinicalEvent", "Flare-up")},
    {ClinicalEventKind::Injection, "injection", QT_TRANSLATE_NOOP("outcome::ClinicalEvent", "Injection")},
    {ClinicalEventKind::TreatmentChange, "treatment_change",
     QT_TRANSLATE_NOOP("outcome::ClinicalEvent", "Change of treatment")},
    {ClinicalEventKind::Imaging, "imaging", QT_TRANSLATE_NOOP("outcome::ClinicalEvent", "Imaging")},
    {ClinicalEventKind::Other, "other", QT_TRANSLATE_NOOP("outcome::ClinicalEvent", "Other event")},
};
} // namespace

QString clinicalEventKindToCode(ClinicalEventKind kind)
{
    for (const KindName& entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.code);
    }
    return QStringLiteral("other");
}

ClinicalEventKind clinicalEventKindFromCode(const QString& code)
{
    for (const KindName& entry : kKinds) {
        if (code == QLatin1String(entry.code))
            return entry.kind;
    }
    return ClinicalEventKind::Other;
}

QString clinicalEventKindDisplayName(ClinicalEventKind kind)
{
    for (const KindName& entry : kKinds) {
        if (entry.kind == kind)
            return QCoreApplication::translate("outcome::ClinicalEvent", entry.displayName);
    }
    return {};
}

} // namespace outcome
