// Shared test fixtures: a fresh database file in a temporary folder, and sample records.
#pragma once

#include "Database.h"
#include "Patient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace outcome::test {

inline std::unique_ptr<Database> openDatabase(const QString& path, const OpenOptions& options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

inline Patient samplePatient(const QString& chart = QStringLiteral("C000001"),
                             const QString& family = QStringLiteral("Example"),
                             const QString& given = QStringLiteral("Jane"), const QDate& born = QDate(1970, 5, 31))
{
    Patient patient;
    patient.chartNumber = chart;
    patient.familyName = family;
    patient.givenName = given;
    patient.birthDate = born;
    patient.sex = Sex::Female;
    return patient;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace outcome::test
