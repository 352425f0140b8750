// The instruments this program knows: the bundled definitions plus those a clinic dropped into its folder.
#pragma once

#include "InstrumentDefinition.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace outcome {

// One line of `outcome-tracker-cli instruments`.
struct InstrumentSummary
{
    QString id;
    QString name;
    QString version;
    int itemCount = 0;
    DefinitionOrigin origin = DefinitionOrigin::Bundled;
    QString filePath;
    bool active = true; // false: a clinic definition of the same id replaces it for new entries
};

class InstrumentLibrary
{
public:
    // The bundled definitions (":/instruments/*.json"), then every *.json in `clinicFolder`, in file-name order.
    // A missing or empty folder is not a problem; a broken file is reported in problems() and skipped.
    static InstrumentLibrary load(const QString& clinicFolder = {});
    // Where a clinic keeps its own definition files: "instruments" in the application-data folder.
    static QString clinicFolder();

    // The definition used for new entries: the clinic's when it replaces a bundled one.
    const InstrumentDefinition* find(const QString& id) const;
    // An exact version, for recomputing scores stored with it.
    const InstrumentDefinition* find(const QString& id, const QString& version) const;
    // The active definitions, sorted by id.
    QList<const InstrumentDefinition*> definitions() const;
    // The languages the active definitions have texts in besides English, sorted.
    QStringList languages() const;
    // Every loaded definition, active or replaced, sorted by id then bundled first.
    QList<InstrumentSummary> summaries() const;
    // One message per file that was not loaded, naming the file, the field and the problem.
    const QList<Error>& problems() const { return m_problems; }

private:
    void add(InstrumentDefinition definition);
    bool isActive(const InstrumentDefinition& definition) const;

    std::deque<InstrumentDefinition> m_definitions; // a deque keeps the pointers handed out stable
    QList<Error> m_problems;
};

} // namespace outcome
