// Clinic settings SQL: one row per key.
#include "ClinicSettingsRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::ClinicSettingsRepository)
};

// Every text field with its key; the logo is stored separately as base64.
struct Field
{
    const char* key;
    QString ClinicSettings::*member;
};

constexpr Field kFields[] = {
    {"clinic.name", &ClinicSettings::clinicName},
    {"clinic.address", &ClinicSettings::address},
    {"clinic.phone", &ClinicSettings::phone},
    {"clinic.email", &ClinicSettings::email},
    {"clinic.website", &ClinicSettings::website},
    {"clinic.clinician_name", &ClinicSettings::clinicianName},
    {"clinic.clinician_title", &ClinicSettings::clinicianTitle},
    {"clinic.confidentiality_notice", &ClinicSettings::confidentialityNotice},
};
const QString kLogoKey = QStringLiteral("clinic.logo");

} // namespace

Result<QString> ClinicSettingsRepository::value(const QString& key)
{
    QSqlQuery& query = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (Status status = m_db.exec(query, {key}, Tr::tr("read the clinic settings")); !status)
        return status.error();
    const QString result = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return result;
}

Status ClinicSettingsRepository::setValue(const QString& key, const QString& value)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery& remove = m_db.prepared(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    if (Status status = m_db.exec(remove, {key}, Tr::tr("save the clinic settings")); !status)
        return status;
    if (!value.isEmpty()) {
        QSqlQuery& insert = m_db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        if (Status status = m_db.exec(insert, {key, value}, Tr::tr("save the clinic settings")); !status)
            return status;
    }
    return transaction.commit();
}

Result<ClinicSettings> ClinicSettingsRepository::load()
{
    ClinicSettings settings;
    for (const Field& field : kFields) {
        Result<QString> text = value(QString::fromLatin1(field.key));
        if (!text)
            return text.error();
        settings.*field.member = *text;
    }
    Result<QString> logo = value(kLogoKey);
    if (!logo)
        return logo.error();
    settings.logo = QByteArray::fromBase64(logo->toLatin1());
    return settings;
}

Status ClinicSettingsRepository::save(const ClinicSettings& settings)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (const Field& field : kFields) {
        if (Status status = setValue(QString::fromLatin1(field.key), (settings.*field.member).trimmed()); !status)
            return status;
    }
    if (Status status = setValue(kLogoKey, QString::fromLatin1(settings.logo.toBase64())); !status)
        return status;
    return transaction.commit();
}

} // namespace outcome
