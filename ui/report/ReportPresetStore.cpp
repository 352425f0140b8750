// Report presets as a JSON array in the database's settings table.
#include "ReportPresetStore.h"

#include "Database.h"
#include "SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ReportPresetStore)
};

const QString kPresetsKey = QStringLiteral("report.presets");

} // namespace

Result<QList<ReportOptions>> ReportPresetStore::saved()
{
    Result<QString> text = SettingsRepository(m_db).value(kPresetsKey);
    if (!text)
        return text.error();
    QList<ReportOptions> presets;
    // A damaged entry costs the clinic its own presets, never the standard ones or the report.
    for (const QJsonValue& entry : QJsonDocument::fromJson(text->toUtf8()).array()) {
        const ReportOptions preset = ReportOptions::fromJson(entry.toObject());
        if (!preset.presetId.isEmpty())
            presets.append(preset);
    }
    return presets;
}

Result<QList<ReportOptions>> ReportPresetStore::presets()
{
    Result<QList<ReportOptions>> own = saved();
    if (!own)
        return own.error();
    QList<ReportOptions> presets = ReportOptions::standardPresets();
    for (const ReportOptions& preset : std::as_const(*own)) {
        const auto same = std::find_if(presets.begin(), presets.end(),
                                       [&preset](const ReportOptions& p) { return p.presetId == preset.presetId; });
        if (same != presets.end())
            *same = preset;
        else
            presets.append(preset);
    }
    return presets;
}

Result<ReportOptions> ReportPresetStore::preset(const QString& id)
{
    Result<QList<ReportOptions>> all = presets();
    if (!all)
        return all.error();
    QStringList ids;
    for (const ReportOptions& preset : std::as_const(*all)) {
        if (preset.presetId == id)
            return preset;
        ids.append(preset.presetId);
    }
    return makeError(
        ErrorKind::NotFound,
        Tr::tr("There is no report preset \"%1\"; choose one of: %2.").arg(id, ids.join(QStringLiteral(", "))));
}

Status ReportPresetStore::save(const ReportOptions& preset)
{
    if (preset.presetId.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, Tr::tr("Preset name: enter a name to save the preset under."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Result<QList<ReportOptions>> own = saved();
    if (!own)
        return own.error();
    ReportOptions kept = preset;
    kept.presetId = preset.presetId.trimmed();
    kept.recipient.clear();
    kept.coverNote.clear();
    const auto same =
        std::find_if(own->begin(), own->end(), [&kept](const ReportOptions& p) { return p.presetId == kept.presetId; });
    if (same != own->end())
        *same = kept;
    else
        own->append(kept);
    QJsonArray array;
    for (const ReportOptions& entry : std::as_const(*own))
        array.append(entry.toJson());
    if (Status status = SettingsRepository(m_db).setValue(
            kPresetsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        !status)
        return status;
    return transaction.commit();
}

} // namespace outcome
