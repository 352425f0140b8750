// View ▸ Clinic outcomes: how the clinic's courses went on one measure, per visit and group, with filters, the
// table, the differences between groups, the charts, and the table exported as CSV.
#pragma once

#include "ClinicOutcomes.h"
#include "InstrumentLibrary.h"

#include <QHash>
#include <QPageSize>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace outcome {

class ChartView;
class Database;

class ClinicOutcomesView : public QWidget
{
    Q_OBJECT

public:
    // The database and library must outlive the view.
    ClinicOutcomesView(Database& db, const InstrumentLibrary& library, QWidget* parent = nullptr);

    // Shows one measure ("odi/total"); false for a key the library does not have.
    bool setMeasure(const QString& key);
    void setGrouping(OutcomeGrouping grouping);
    // Recomputes from the database (after saves elsewhere); filters stay as they are.
    void reload();

    const std::optional<ClinicOutcomes>& outcomes() const { return m_outcomes; }
    // The table as CSV: one row per group and visit, every figure unrounded.
    QByteArray csv() const;
    Status exportCsv(const QString& path) const;
    // The clinic outcomes report of what the view shows (measure, filters, groups) as a PDF; the page count.
    Result<int> exportPdf(const QString& path, const QPageSize& paper) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilterChoices();
    void recompute();
    void fillTable();
    const MeasureDefinition* currentMeasure() const;
    OutcomeFilter currentFilter() const;

    Database& m_db;
    const InstrumentLibrary& m_library;
    // Every course with its values, per measure key: read once, filtered and grouped in memory.
    QHash<QString, QList<OutcomeCourse>> m_courses;
    std::optional<ClinicOutcomes> m_outcomes;
    QComboBox* m_measure = nullptr;
    QComboBox* m_grouping = nullptr;
    QComboBox* m_template = nullptr;
    QComboBox* m_treatment = nullptr;
    QComboBox* m_clinician = nullptr;
    QComboBox* m_completeAt = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_comparisons = nullptr;
    ChartView* m_meansChart = nullptr;
    ChartView* m_ratesChart = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitPlaced = false;
};

} // namespace outcome
