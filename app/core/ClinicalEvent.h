// Something that happened to a patient outside the schedule (flare-up, injection, imaging), shown on every chart.
#pragma once

#include <QDate>
#include <QString>

namespace outcome {

enum class ClinicalEventKind
{
    FlareUp,
    Injection,
    TreatmentChange,
    Imaging,
    Other
};

QString clinicalEventKindToCode(ClinicalEventKind kind);
ClinicalEventKind clinicalEventKindFromCode(const QString& code);
QString clinicalEventKindDisplayName(ClinicalEventKind kind);

struct ClinicalEvent
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 courseId = 0; // 0: not tied to a course
    QDate date;
    ClinicalEventKind kind = ClinicalEventKind::Other;
    QString note;
    int rowVersion = 0;
};

} // namespace outcome
