// Main window layout, menus and state.
#include "MainWindow.h"

#include "AppSettings.h"
#include "Database.h"
#include "PatientRegisterView.h"
#include "PatientRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

namespace outcome {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_register = new PatientRegisterView(*m_db, this);

    m_patientPanel = new QLabel(this);
    m_patientPanel->setObjectName(QStringLiteral("patientPanel"));
    m_patientPanel->setAlignment(Qt::AlignCenter);
    m_patientPanel->setWordWrap(true);
    m_patientPanel->setTextFormat(Qt::RichText);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_register);
    m_splitter->addWidget(m_patientPanel);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    connect(m_register, &PatientRegisterView::currentPatientChanged, this, &MainWindow::showPatient);

    updateTitle();
    const QByteArray geometry = AppSettings::instance().value(AppSettings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.9);
        move(available.center() - rect().center());
    }
    restoreState(AppSettings::instance().value(AppSettings::Key::WindowState).toByteArray());
    showPatient(m_register->currentPatientId());
    m_register->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    QAction* find = patient->addAction(tr("&Find patient"), this, [this]() {
        m_register->searchEdit()->setFocus();
        m_register->searchEdit()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::showPatient(qint64 patientId)
{
    if (patientId <= 0) {
        m_patientPanel->setText(tr("<p style='font-size:large'>Find a patient</p>"
                                   "<p>Type a name, chart number or date of birth in the search box.</p>"));
        return;
    }
    Result<Patient> patient = PatientRepository(*m_db).find(patientId);
    if (!patient) {
        m_patientPanel->setText(patient.error().message.toHtmlEscaped());
        return;
    }
    const QLocale locale;
    m_patientPanel->setText(tr("<p style='font-size:x-large'><b>%1</b></p><p>Chart %2 · born %3 (%4 years)</p>")
                                .arg(patient->fullName().toHtmlEscaped(), patient->chartNumber.toHtmlEscaped(),
                                     locale.toString(patient->birthDate, QLocale::LongFormat))
                                .arg(patient->ageOn(QDate::currentDate())));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Outcome Tracker databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // Each database gets its own window process, so nothing of this one is left half-open.
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--db"), path}))
        close();
    else
        QMessageBox::warning(this, tr("Open database"), tr("Could not start Outcome Tracker for %1.").arg(path));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Outcome Tracker").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings& settings = AppSettings::instance();
    settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    settings.setValue(AppSettings::Key::WindowState, saveState());
    settings.sync();
    event->accept();
}

} // namespace outcome
