// Table-by-table copy between two open databases, and the figures that prove the copy whole.
#include "DatabaseCopy.h"

#include "Database.h"
#include "PostgresDialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace outcome {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(outcome::DatabaseCopy)
};

// The order rows are read in: their key, which both engines sort alike (text by its bytes).
QString keyOrder(const QString& table)
{
    if (table == QLatin1String("patient_search_terms"))
        return QStringLiteral("term, patient_id");
    if (table == QLatin1String("settings"))
        return QStringLiteral("key");
    return QStringLiteral("id");
}

// A table's columns in name order, so that two databases whose columns were added in another order still agree.
Result<QStringList> columnsOf(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return makeError(
            ErrorKind::Io,
            Tr::tr("Could not read the columns of %1 in %2: %3").arg(table, db.path(), query.lastError().text()));
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    std::sort(columns.begin(), columns.end());
    return columns;
}

// Each value as text, NULL told apart from empty text.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    if (value.isNull()) {
        hash.addData(QByteArrayView("\x01N", 2));
    } else {
        hash.addData(QByteArrayView("\x01V", 2));
        hash.addData(value.toString().toUtf8());
    }
}

// Every row of a table in key order, `columns` each, into `query`.
Status readRows(QSqlQuery& query, Database& db, const QString& table, const QStringList& columns)
{
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns.join(QStringLiteral(", ")), table, keyOrder(table))))
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not read %1 in %2: %3").arg(table, db.path(), query.lastError().text()));
    return {};
}

Result<TableFigures> figuresOf(Database& db, const QString& table)
{
    const Result<QStringList> columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    QSqlQuery query(db.connection());
    if (Status status = readRows(query, db, table, *columns); !status)
        return status.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(columns->join(QLatin1Char(',')).toUtf8());
    TableFigures figures;
    figures.table = table;
    while (query.next()) {
        ++figures.rows;
        hash.addData(QByteArrayView("\x02", 1));
        for (int i = 0; i < columns->size(); ++i)
            addValue(hash, query.value(i));
    }
    figures.checksum = hash.result().toHex();
    return figures;
}

Status copyTable(Database& source, Database& target, const QString& table)
{
    const Result<QStringList> columns = columnsOf(source, table);
    if (!columns)
        return columns.error();
    const Result<QStringList> targetColumns = columnsOf(target, table);
    if (!targetColumns)
        return targetColumns.error();
    if (*targetColumns != *columns)
        return makeError(ErrorKind::Refused,
                         Tr::tr("The table %1 has other columns in %2 than in %3; both must be at the same database "
                                "version.")
                             .arg(table, target.path(), source.path()));
    QSqlQuery read(source.connection());
    if (Status status = readRows(read, source, table, *columns); !status)
        return status;
    // Rows go over in statements of several rows each, within the parameter limits of both engines.
    const qsizetype perStatement = std::max<qsizetype>(1, 800 / columns->size());
    const QString tuple =
        QLatin1Char('(') + QStringList(columns->size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns->join(QStringLiteral(", ")));
    QVariantList values;
    qsizetype pending = 0;
    const auto flush = [&]() -> Status {
        if (pending == 0)
            return {};
        QSqlQuery& insert = target.prepared(head + QStringList(pending, tuple).join(QLatin1Char(',')));
        const Status status = target.exec(insert, values, Tr::tr("copy %1").arg(table));
        insert.finish();
        values.clear();
        pending = 0;
        return status;
    };
    while (read.next()) {
        for (int i = 0; i < columns->size(); ++i) {
            const QVariant value = read.value(i);
            values.append(value.isNull() ? QVariant::fromValue(nullptr) : value);
        }
        if (++pending == perStatement) {
            if (Status status = flush(); !status)
                return status;
        }
    }
    if (read.lastError().isValid())
        return makeError(ErrorKind::Io,
                         Tr::tr("Could not read %1 in %2: %3").arg(table, source.path(), read.lastError().text()));
    if (Status status = flush(); !status)
        return status;
    // A server's identity column hands out the next id from its own counter: it starts after the copied ones.
    if (target.isServer() && keyOrder(table) == QLatin1String("id")) {
        QSqlQuery next(target.connection());
        if (!next.exec(PostgresDialect::continueIdsAfterCopy(table)))
            return makeError(ErrorKind::Io,
                             Tr::tr("Could not set where new ids of %1 start: %2").arg(table, next.lastError().text()));
    }
    return {};
}

} // namespace

QStringList DatabaseCopy::tables()
{
    return {QStringLiteral("patients"),         QStringLiteral("patient_search_terms"),
            QStringLiteral("course_templates"), QStringLiteral("courses"),
            QStringLiteral("visits"),           QStringLiteral("assessments"),
            QStringLiteral("clinical_events"),  QStringLiteral("settings"),
            QStringLiteral("accounts"),         QStringLiteral("audit_log")};
}

Result<QList<TableFigures>> DatabaseCopy::figures(Database& db)
{
    QList<TableFigures> all;
    for (const QString& table : tables()) {
        Result<TableFigures> one = figuresOf(db, table);
        if (!one)
            return one.error();
        all.append(*one);
    }
    return all;
}

Result<QList<TableFigures>> DatabaseCopy::copy(Database& source, Database& target,
                                               const std::function<void(const TableFigures&)>& progress)
{
    if (source.schemaVersion() != target.schemaVersion())
        return makeError(ErrorKind::Refused, Tr::tr("%1 is at database version %2 and %3 at version %4; open the "
                                                    "older one once in this version of Outcome Tracker first.")
                                                 .arg(source.path())
                                                 .arg(source.schemaVersion())
                                                 .arg(target.path())
                                                 .arg(target.schemaVersion()));
    Transaction transaction(target);
    if (!transaction.started())
        return transaction.started().error();
    // Read inside the transaction, which keeps every other writer out until the copy is done.
    const Result<QList<TableFigures>> before = figures(target);
    if (!before)
        return before.error();
    for (const TableFigures& table : *before) {
        if (table.rows > 0)
            return makeError(ErrorKind::Refused,
                             Tr::tr("%1 already holds records (%2 rows in %3). Records are moved only into an empty "
                                    "database, so that nothing there is mixed with or overwritten by them.")
                                 .arg(target.path())
                                 .arg(table.rows)
                                 .arg(table.table));
    }
    const Result<QList<TableFigures>> expected = figures(source);
    if (!expected)
        return expected.error();
    for (const TableFigures& table : *expected) {
        if (Status status = copyTable(source, target, table.table); !status)
            return status.error();
        const Result<TableFigures> copied = figuresOf(target, table.table);
        if (!copied)
            return copied.error();
        if (!(*copied == table))
            return makeError(ErrorKind::Internal,
                             Tr::tr("The copy of %1 does not match the original (%2 rows, checksum %3; the original "
                                    "has %4 rows, checksum %5). Nothing was written.")
                                 .arg(table.table)
                                 .arg(copied->rows)
                                 .arg(QString::fromLatin1(copied->checksum.left(12)))
                                 .arg(table.rows)
                                 .arg(QString::fromLatin1(table.checksum.left(12))));
        if (progress)
            progress(*copied);
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    // The copy is complete and checked; statistics only speed up what comes next, so their failure is not the copy's.
    (void)target.gatherStatistics();
    return *expected;
}

} // namespace outcome
