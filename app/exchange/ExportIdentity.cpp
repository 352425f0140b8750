// HMAC-SHA-256 pseudonyms and name-based (version 5) UUIDs under the database's own namespace.
#include "ExportIdentity.h"

#include "SettingsRepository.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace outcome {

namespace {

const QString kKeySetting = QStringLiteral("exchange.pseudonym_key");
const QString kNamespaceSetting = QStringLiteral("exchange.namespace");

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toHex());
}

} // namespace

Result<ExportIdentity> ExportIdentity::load(Database& db)
{
    SettingsRepository settings(db);
    Result<QString> key = settings.valueOrCreate(kKeySetting, []() { return randomHex(32); });
    if (!key)
        return key.error();
    Result<QString> space =
        settings.valueOrCreate(kNamespaceSetting, []() { return QUuid::createUuid().toString(QUuid::WithoutBraces); });
    if (!space)
        return space.error();
    ExportIdentity identity;
    identity.m_key = QByteArray::fromHex(key->toLatin1());
    identity.m_namespace = QUuid::fromString(*space);
    return identity;
}

QString ExportIdentity::pseudonym(const Patient& patient) const
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(patient.chartNumber.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QLatin1Char('P') + QString::fromLatin1(mac.toHex().left(12)).toUpper();
}

QString ExportIdentity::urn(const QString& kind, qint64 id) const
{
    const QUuid uuid = QUuid::createUuidV5(m_namespace, kind + QLatin1Char('/') + QString::number(id));
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

ExportIdentity ExportIdentity::withUnlinkableIds() const
{
    ExportIdentity copy = *this;
    copy.m_namespace = QUuid::createUuid();
    return copy;
}

} // namespace outcome
