// The clinician's main window: the register on the left, the chosen patient on the right.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace outcome {

class Database;
class PatientRegisterView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    Database& database() { return *m_db; }
    PatientRegisterView* registerView() const { return m_register; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void showPatient(qint64 patientId);
    void openDatabase();
    void updateTitle();

    std::unique_ptr<Database> m_db;
    PatientRegisterView* m_register = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_patientPanel = nullptr;
};

} // namespace outcome
