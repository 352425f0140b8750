// The item-level answers file of a database, as rows of named fields that a test changes before importing it.
#pragma once

#include "CsvExport.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "PatientRecordReader.h"

#include <functional>

namespace outcome::test {

inline QByteArray exportedAnswers(Database& db, const InstrumentLibrary& library)
{
    const Result<ExportIdentity> identity = ExportIdentity::load(db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(db).read();
    if (!identity || !records)
        qFatal("export failed");
    return CsvExport(library, *identity, ExportOptions{}).answers(*records);
}

// The clinical events file of a database, as export writes it beside the answers.
inline QByteArray exportedEvents(Database& db, const InstrumentLibrary& library)
{
    const Result<ExportIdentity> identity = ExportIdentity::load(db);
    const Result<QList<PatientRecord>> records = PatientRecordReader(db).read();
    if (!identity || !records)
        qFatal("export failed");
    return CsvExport(library, *identity, ExportOptions{}).events(*records);
}

// A CSV file as rows of named fields, to change a few fields and write it again.
class AnswersFile
{
public:
    explicit AnswersFile(const QByteArray& bytes)
    {
        QList<CsvRecord> records = *CsvReader::parse(bytes);
        m_header = records.takeFirst().fields;
        for (const CsvRecord& record : records)
            m_rows.append(record.fields);
    }
    int rows() const { return int(m_rows.size()); }
    QString field(int row, const QString& column) const { return m_rows[row][indexOf(column)]; }
    void set(int row, const QString& column, const QString& value) { m_rows[row][indexOf(column)] = value; }
    // The first row for which `matches` holds, -1 if none.
    int find(const std::function<bool(const AnswersFile&, int)>& matches) const
    {
        for (int row = 0; row < rows(); ++row) {
            if (matches(*this, row))
                return row;
        }
        return -1;
    }
    // A copy of a row added at the end; returns its index.
    int duplicate(int row)
    {
        m_rows.append(m_rows[row]);
        return rows() - 1;
    }
    void remove(int row) { m_rows.removeAt(row); }
    // The file line of a row: the header is line 1 and no field holds a line break here.
    static int lineOf(int row) { return row + 2; }
    int columnOf(const QString& column) const { return indexOf(column) + 1; }
    QByteArray bytes() const
    {
        CsvWriter writer(m_header);
        for (const QStringList& row : m_rows)
            writer.addRow(row);
        return writer.bytes();
    }

private:
    int indexOf(const QString& name) const { return int(m_header.indexOf(name)); }
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace outcome::test
