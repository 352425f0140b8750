// The register's table: one indexed query per search, at most a screenful-plus of rows held at a time.
#pragma once

#include "PatientRepository.h"

#include <QAbstractTableModel>

namespace outcome {

class Database;

class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChartColumn,
        NameColumn,
        BornColumn,
        AgeColumn,
        CourseColumn,
        ColumnCount
    };
    enum Role
    {
        PatientIdRole = Qt::UserRole + 1
    };

    explicit PatientListModel(Database& db, QObject* parent = nullptr);

    // Runs the search; returns false and keeps the old rows if the database failed (see lastError()).
    bool search(const QString& text);
    void setIncludeArchived(bool include);
    bool includeArchived() const { return m_includeArchived; }
    void refresh();

    const PatientListEntry* entry(int row) const;
    int rowOfPatient(qint64 patientId) const;
    // True when the search found more rows than the model holds.
    bool isTruncated() const { return m_truncated; }
    QString lastError() const { return m_lastError; }
    // A few screens' worth: enough to scroll, small enough that one keystroke stays within a frame.
    static constexpr int kRowLimit = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void searched();

private:
    QString courseText(const PatientListEntry& entry) const;

    Database& m_db;
    QList<PatientListEntry> m_entries;
    QString m_text;
    bool m_includeArchived = false;
    bool m_truncated = false;
    QString m_lastError;
    QDate m_today;
};

} // namespace outcome
