// Loading bundled and clinic definitions, and the rule by which a clinic definition replaces a bundled one.
#include "InstrumentLibrary.h"

#include "InstrumentDefinitionReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::InstrumentLibrary)
};

} // namespace

QString InstrumentLibrary::clinicFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("instruments"));
}

InstrumentLibrary InstrumentLibrary::load(const QString& clinicFolder)
{
    InstrumentLibrary library;
    const auto loadFolder = [&library](const QString& folder, DefinitionOrigin origin) {
        const QFileInfoList files =
            QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& file : files) {
            Result<InstrumentDefinition> definition = InstrumentDefinitionReader::readFile(file.filePath(), origin);
            if (definition)
                library.add(std::move(definition).value());
            else
                library.m_problems.append(definition.error());
        }
    };
    loadFolder(QStringLiteral(":/instruments"), DefinitionOrigin::Bundled);
    if (!clinicFolder.isEmpty())
        loadFolder(clinicFolder, DefinitionOrigin::Clinic);
    return library;
}

void InstrumentLibrary::add(InstrumentDefinition definition)
{
    const QString fileName = QFileInfo(definition.filePath).fileName();
    for (const InstrumentDefinition& loaded : m_definitions) {
        if (loaded.id != definition.id)
            continue;
        if (loaded.origin == DefinitionOrigin::Clinic) {
            m_problems.append(makeError(ErrorKind::Conflict,
                                        Tr::tr("%1: id: \"%2\" is already defined by %3; keep one clinic file per "
                                               "instrument")
                                            .arg(fileName, definition.id, QFileInfo(loaded.filePath).fileName())));
            return;
        }
        // Stored scores name the version they were computed with, so a replacement must say it is different.
        if (loaded.version == definition.version) {
            m_problems.append(
                makeError(ErrorKind::Conflict, Tr::tr("%1: version: \"%2\" is the version of the bundled %3; a clinic "
                                                      "definition that replaces it needs a version of its own")
                                                   .arg(fileName, definition.version, definition.id)));
            return;
        }
    }
    m_definitions.push_back(std::move(definition));
}

bool InstrumentLibrary::isActive(const InstrumentDefinition& definition) const
{
    if (definition.origin == DefinitionOrigin::Clinic)
        return true;
    return std::none_of(m_definitions.begin(), m_definitions.end(), [&definition](const InstrumentDefinition& other) {
        return other.id == definition.id && other.origin == DefinitionOrigin::Clinic;
    });
}

const InstrumentDefinition* InstrumentLibrary::find(const QString& id) const
{
    for (const InstrumentDefinition& definition : m_definitions) {
        if (definition.id == id && isActive(definition))
            return &definition;
    }
    return nullptr;
}

const InstrumentDefinition* InstrumentLibrary::find(const QString& id, const QString& version) const
{
    for (const InstrumentDefinition& definition : m_definitions) {
        if (definition.id == id && definition.version == version)
            return &definition;
    }
    return nullptr;
}

QList<const InstrumentDefinition*> InstrumentLibrary::definitions() const
{
    QList<const InstrumentDefinition*> active;
    for (const InstrumentDefinition& definition : m_definitions) {
        if (isActive(definition))
            active.append(&definition);
    }
    std::sort(active.begin(), active.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    return active;
}

QStringList InstrumentLibrary::languages() const
{
    QStringList codes;
    for (const InstrumentDefinition* definition : definitions())
        codes.append(definition->languages());
    codes.sort();
    codes.removeDuplicates();
    return codes;
}

QList<InstrumentSummary> InstrumentLibrary::summaries() const
{
    QList<InstrumentSummary> summaries;
    for (const InstrumentDefinition& d : m_definitions) {
        summaries.append({d.id, d.name, d.version, int(d.items().size()), d.origin, d.filePath, isActive(d)});
    }
    std::stable_sort(summaries.begin(), summaries.end(), [](const InstrumentSummary& a, const InstrumentSummary& b) {
        return a.id != b.id ? a.id < b.id : a.origin < b.origin;
    });
    return summaries;
}

} // namespace outcome
