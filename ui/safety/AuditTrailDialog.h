// Every recorded change to one patient's clinical data, oldest first: when, who, what changed field by field, why.
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace outcome {

class Database;

class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(Database& db, qint64 patientId, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

    // "Item 3", "Actual date": a field name as the clinician reads it.
    static QString fieldTitle(const QString& field);

private:
    void load(Database& db, qint64 patientId);

    QLabel* m_heading = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace outcome
