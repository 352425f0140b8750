// Counting a database's contents through a read-only connection.
#include "DatabaseSummary.h"

#include "Database.h"
#include "SealedFile.h"
#include "SqlValue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace outcome {

namespace {

// Free functions and methods here share this context; lupdate reads it from the macro.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::DatabaseSummary)
};

} // namespace

DatabaseSummary DatabaseSummary::of(const QString& path)
{
    DatabaseSummary summary;
    if (Database::isServerAddress(path)) {
        Result<std::unique_ptr<Database>> opened = Database::open(path, OpenOptions::asItIs());
        if (!opened) {
            summary.path = path;
            summary.exists = true;
            summary.problem = opened.error().message;
            return summary;
        }
        return ofDatabase(**opened);
    }
    const QFileInfo info(path);
    summary.path = info.absoluteFilePath();
    summary.exists = info.exists();
    if (!summary.exists) {
        summary.problem = Tr::tr("There is no file at %1.").arg(path);
        return summary;
    }
    summary.bytes = info.size();
    summary.modified = info.lastModified().toUTC();
    if (SealedFile::isSealed(path)) {
        summary.encrypted = true;
        summary.problem = Tr::tr("It is encrypted: its passphrase is asked for when it is restored.");
        return summary;
    }

    // Never upgrade a file that is only being described.
    Result<std::unique_ptr<Database>> opened = Database::open(path, OpenOptions::asItIs());
    if (!opened) {
        summary.problem = opened.error().message;
        return summary;
    }
    DatabaseSummary counted = ofDatabase(**opened);
    counted.path = summary.path;
    counted.bytes = summary.bytes;
    counted.modified = summary.modified;
    return counted;
}

DatabaseSummary DatabaseSummary::ofDatabase(Database& db)
{
    DatabaseSummary summary;
    summary.path = db.path();
    summary.exists = true;
    summary.schemaVersion = db.schemaVersion();
    QSqlQuery& query = db.prepared(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM patients), (SELECT COUNT(*) FROM patients WHERE archived = 1), "
        "(SELECT COUNT(*) FROM courses), (SELECT COUNT(*) FROM assessments), (SELECT MAX(at) FROM audit_log)"));
    if (Status status = db.exec(query, {}, Tr::tr("count the records")); !status) {
        summary.problem = status.error().message;
        return summary;
    }
    if (query.next()) {
        summary.patients = query.value(0).toInt();
        summary.archivedPatients = query.value(1).toInt();
        summary.courses = query.value(2).toInt();
        summary.assessments = query.value(3).toInt();
        if (!query.value(4).isNull())
            summary.lastChange = sql::toDateTime(query.value(4));
    }
    query.finish();
    return summary;
}

} // namespace outcome
