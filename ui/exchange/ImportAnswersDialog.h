// File > Import answers: a CSV file checked first (what it adds, every problem with its line and column), then
// imported in one transaction with the reason asked for, through the same CsvImport the command line uses.
#pragma once

#include "CsvImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace outcome {

class Database;
class InstrumentLibrary;

class ImportAnswersDialog : public QDialog
{
    Q_OBJECT

public:
    ImportAnswersDialog(Database& db, const InstrumentLibrary& library, QWidget* parent = nullptr);

    // Reads the file and shows what an import would do; nothing is written.
    void setFile(const QString& path);
    QString file() const { return m_path; }
    // What the last import added, once it succeeded.
    std::optional<ImportSummary> imported() const { return m_imported; }

private:
    void chooseFile();
    void check();
    void runImport();
    void showProblems(const QString& problems);
    void showLine(QListWidgetItem* item);
    void showProgress(qint64 done, qint64 total);
    void updateButtons();
    QString summaryText(const ImportSummary& summary) const;

    Database& m_db;
    const InstrumentLibrary& m_library;
    QString m_path;
    QByteArray m_bytes;
    QString m_eventsPath;
    QByteArray m_events;
    bool m_checked = false;
    std::optional<ImportSummary> m_imported;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QPlainTextEdit* m_line = nullptr;
    QCheckBox* m_keepExisting = nullptr;
    QCheckBox* m_withEvents = nullptr; // shown when the folder has an events.csv
    QLineEdit* m_reason = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace outcome
