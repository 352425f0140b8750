// A clinic's copy of the bundled pain NRS with German words for the patient (our own wording), as a clinic holding a
// translation would install it: its own version, the same item and scoring.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace outcome::test {

inline const QString kGermanNrsName = QStringLiteral("Numerische Schmerzskala");
inline const QString kGermanNrsInstructions =
    QStringLiteral("Wählen Sie die Zahl, die Ihre Schmerzen im Moment am besten beschreibt.");
inline const QString kGermanNrsLabel = QStringLiteral("Schmerzstärke jetzt");
inline const QString kGermanNrsLeast = QStringLiteral("Keine Schmerzen");
inline const QString kGermanNrsMost = QStringLiteral("Stärkste vorstellbare Schmerzen");

inline QByteArray germanNrsDefinition()
{
    QFile bundled(QStringLiteral(":/instruments/nrs.json"));
    if (!bundled.open(QIODevice::ReadOnly))
        return {};
    QJsonObject definition = QJsonDocument::fromJson(bundled.readAll()).object();
    definition.insert(QStringLiteral("version"), QStringLiteral("1+de"));
    const QJsonObject pain{{QStringLiteral("label"), kGermanNrsLabel},
                           {QStringLiteral("min_label"), kGermanNrsLeast},
                           {QStringLiteral("max_label"), kGermanNrsMost}};
    const QJsonObject german{{QStringLiteral("name"), kGermanNrsName},
                             {QStringLiteral("recall"), QStringLiteral("jetzt")},
                             {QStringLiteral("instructions"), kGermanNrsInstructions},
                             {QStringLiteral("items"), QJsonObject{{QStringLiteral("pain"), pain}}}};
    definition.insert(QStringLiteral("translations"), QJsonObject{{QStringLiteral("de"), german}});
    return QJsonDocument(definition).toJson();
}

// Writes the definition into `folder` (made if missing) as a clinic's file; false when it cannot.
inline bool installGermanNrs(const QString& folder)
{
    if (!QDir().mkpath(folder))
        return false;
    QFile file(QDir(folder).filePath(QStringLiteral("nrs-de.json")));
    const QByteArray json = germanNrsDefinition();
    return !json.isEmpty() && file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
}

} // namespace outcome::test
