// The register's table: one indexed query per search for the first page, later pages read as the list scrolls
// (each from where the last stopped, along the name index), so a keystroke costs a screenful at any register size.
#pragma once

#include "PatientRepository.h"

#include <QAbstractTableModel>

#include <optional>

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
    // The row of a patient among those read so far; -1 if not (yet) there.
    int rowOfPatient(qint64 patientId) const;
    // True when the search matches more patients than the rows read so far.
    bool hasMore() const { return m_hasMore; }
    // How many patients the search matches in all (one counting query, kept until the next search).
    Result<int> matchCount();
    QString lastError() const { return m_lastError; }
    // A screenful on a large monitor: one keystroke reads no more than this.
    static constexpr int kPageSize = 60;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void searched();

private:
    bool readFirstRows(const QString& text, int rows);
    // Up to `rows` rows of the current search (after `after`, if given); `more` tells whether others follow.
    Result<QList<PatientListEntry>> readPage(int rows, const Patient* after, bool& more);
    QString courseText(const PatientListEntry& entry) const;
    // When the patient is next due, for a narrow column: "Next 27 Dec", "Due 1 Dec" (overdue), "Due today".
    QString shortCourseText(const PatientListEntry& entry) const;

    Database& m_db;
    QList<PatientListEntry> m_entries;
    QString m_text;
    bool m_includeArchived = false;
    bool m_hasMore = false;
    std::optional<int> m_matchCount;
    QString m_lastError;
    QDate m_today;
};

} // namespace outcome
