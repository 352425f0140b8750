// Large text: at a scale factor of 2 on a 1366×768 screen (683×384 logical pixels, the default here) or another
// screen and scale given as OT_LARGE_TEXT_SCREEN="1024x768@1.5", the main window and every dialog open within the
// screen, scroll only their contents, and keep their buttons in view.
#include "AboutDialog.h"
#include "AppContext.h"
#include "AuditTrailDialog.h"
#include "BackupDialog.h"
#include "ChoiceInput.h"
#include "ClinicDetailsDialog.h"
#include "ClinicalEventDialog.h"
#include "ColumnFit.h"
#include "CourseTemplateEditor.h"
#include "CourseTemplateRepository.h"
#include "CourseTimelineView.h"
#include "DemoClinic.h"
#include "ExportDialog.h"
#include "FixedClock.h"
#include "ImportAnswersDialog.h"
#include "InstrumentForm.h"
#include "PatientFormDialog.h"
#include "PatientListModel.h"
#include "PatientRepository.h"
#include "PatientWorkspace.h"
#include "PreferencesDialog.h"
#include "ReasonDialog.h"
#include "ReportExportDialog.h"
#include "ShortcutsDialog.h"
#include "StartCourseDialog.h"
#include "UiTestSupport.h"
#include "VisitDateDialog.h"
#include "VisitEntryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

using namespace outcome;
using namespace outcome::test;

namespace {

const QDate kToday(2026, 12, 4);

// Each dialog a clinician can open, by the name a failure reports.
const QStringList kDialogs{
    QStringLiteral("results form"),   QStringLiteral("new patient"),    QStringLiteral("edit patient"),
    QStringLiteral("start course"),   QStringLiteral("visit date"),     QStringLiteral("extra visit"),
    QStringLiteral("clinical event"), QStringLiteral("export"),         QStringLiteral("import answers"),
    QStringLiteral("report export"),  QStringLiteral("clinic details"), QStringLiteral("backups"),
    QStringLiteral("audit trail"),    QStringLiteral("preferences"),    QStringLiteral("course templates"),
    QStringLiteral("shortcuts"),      QStringLiteral("about"),          QStringLiteral("reason")};

QString sizeText(const QSize& size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

class TestLargeText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theScreenIsSmall();
    void theMainWindowFits();
    void everyDialogFits_data();
    void everyDialogFits();
    void everyAnswerOptionIsReadableInTheResultsForm();

private:
    // The dialog called `name`, shown over the main window with a patient open.
    QWidget* open(const QString& name);
    QPointer<VisitEntryDialog> openEntryWithEveryInstrument();
    // The window lies within the room its screen has, and every button of its button boxes is in view, whole.
    void checkFits(QWidget* window, const QString& where);

    const FixedClock m_clock{kToday};
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QWidget>> m_opened;
};

void TestLargeText::initTestCase()
{
    AppSettings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    DemoOptions options;
    options.patients = 40;
    options.seed = 2;
    options.today = kToday;
    const Status made = DemoClinic::generate(*db, options);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
}

void TestLargeText::init()
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(db);
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLargeText::cleanup()
{
    m_opened.clear();
    m_window.reset();
}

void TestLargeText::theScreenIsSmall()
{
    // What the test stands for: the screen as the program sees it after scaling.
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    const QByteArray wanted = qgetenv("OT_LARGE_TEXT_SCREEN");
    if (wanted.isEmpty())
        QCOMPARE(room.size(), QSize(683, 384));
    QVERIFY2(room.width() <= 683 && room.height() <= 512, qPrintable(sizeText(room.size())));
}

void TestLargeText::checkFits(QWidget* window, const QString& where)
{
    const QRect room = window->screen()->availableGeometry();
    QVERIFY2(room.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1 opens at %2 at (%3, %4) on a screen of %5")
                            .arg(where, sizeText(window->frameGeometry().size()))
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(sizeText(room.size()))));
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(least.width() <= room.width() && least.height() <= room.height(),
             qPrintable(QStringLiteral("%1 needs at least %2").arg(where, sizeText(least))));
    int buttons = 0;
    for (QDialogButtonBox* box : window->findChildren<QDialogButtonBox*>()) {
        if (!box->isVisible())
            continue;
        for (QAbstractButton* button : box->buttons()) {
            if (!button->isVisible())
                continue;
            // Not cut by the window nor scrolled away inside it.
            QVERIFY2(button->visibleRegion().boundingRect() == button->rect(),
                     qPrintable(QStringLiteral("%1: button \"%2\" is not wholly in view")
                                    .arg(where, button->text().remove(QLatin1Char('&')))));
            QVERIFY2(button->width() >= button->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: button \"%2\" is cut").arg(where, button->text())));
            ++buttons;
        }
    }
    QVERIFY2(buttons > 0, qPrintable(where));
}

QPointer<VisitEntryDialog> TestLargeText::openEntryWithEveryInstrument()
{
    if (!m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")))
        return nullptr;
    CourseTimelineView* timeline = m_window->patientWorkspace()->timeline();
    QPointer<VisitEntryDialog> dialog = timeline->enterResults(timeline->currentVisitId());
    if (!dialog || !activated(dialog))
        return nullptr;
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("addInstrumentCombo"));
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addInstrumentButton"));
    while (choice && add && choice->count() > 0)
        add->click();
    return dialog;
}

QWidget* TestLargeText::open(const QString& name)
{
    if (!m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")))
        return nullptr;
    Database& db = m_window->database();
    const InstrumentLibrary& instruments = m_window->context().instruments();
    PatientWorkspace* workspace = m_window->patientWorkspace();
    QWidget* parent = m_window.get();
    std::unique_ptr<QWidget> dialog;
    if (name == QLatin1String("results form")) {
        return openEntryWithEveryInstrument();
    } else if (name == QLatin1String("new patient")) {
        dialog = std::make_unique<PatientFormDialog>(db, Patient{}, parent);
    } else if (name == QLatin1String("edit patient")) {
        Result<Patient> patient = PatientRepository(db).find(workspace->patientId());
        if (!patient)
            return nullptr;
        dialog = std::make_unique<PatientFormDialog>(db, *patient, parent);
    } else if (name == QLatin1String("start course")) {
        CourseTemplateRepository templates(db);
        if (!templates.ensureStandard())
            return nullptr;
        Result<QList<CourseTemplate>> current = templates.current();
        if (!current)
            return nullptr;
        dialog = std::make_unique<StartCourseDialog>(*current, instruments, parent);
    } else if (name == QLatin1String("visit date")) {
        dialog = std::make_unique<VisitDateDialog>(QStringLiteral("Session 7"), kToday, parent);
    } else if (name == QLatin1String("extra visit")) {
        dialog = std::make_unique<VisitDateDialog>(instruments, kToday, parent);
    } else if (name == QLatin1String("clinical event")) {
        dialog = std::make_unique<ClinicalEventDialog>(ClinicalEvent{}, QList<Course>{}, parent);
    } else if (name == QLatin1String("export")) {
        dialog = std::make_unique<ExportDialog>(db, instruments, workspace->patientId(), QList<qint64>{}, parent);
    } else if (name == QLatin1String("import answers")) {
        dialog = std::make_unique<ImportAnswersDialog>(db, instruments, parent);
    } else if (name == QLatin1String("report export")) {
        dialog = std::make_unique<ReportExportDialog>(db, instruments, workspace->patientId(),
                                                      workspace->currentCourseId(), parent);
    } else if (name == QLatin1String("clinic details")) {
        dialog = std::make_unique<ClinicDetailsDialog>(db, parent);
    } else if (name == QLatin1String("backups")) {
        dialog = std::make_unique<BackupDialog>(db, parent);
    } else if (name == QLatin1String("audit trail")) {
        dialog = std::make_unique<AuditTrailDialog>(db, workspace->patientId(), parent);
    } else if (name == QLatin1String("preferences")) {
        dialog = std::make_unique<PreferencesDialog>(AppSettings::instance(), parent);
    } else if (name == QLatin1String("course templates")) {
        dialog = std::make_unique<CourseTemplateEditor>(m_window->context(), parent);
    } else if (name == QLatin1String("shortcuts")) {
        dialog = std::make_unique<ShortcutsDialog>(m_window->menuBar(), parent);
    } else if (name == QLatin1String("about")) {
        dialog = std::make_unique<AboutDialog>(instruments, db.path(), parent);
    } else if (name == QLatin1String("reason")) {
        dialog = std::make_unique<ReasonDialog>(QStringLiteral("Cancel visit"),
                                                QStringLiteral("Why is the visit cancelled?"), parent);
    }
    if (!dialog)
        return nullptr;
    dialog->show();
    if (!activated(dialog.get()))
        return nullptr;
    m_opened.push_back(std::move(dialog));
    return m_opened.back().get();
}

void TestLargeText::theMainWindowFits()
{
    const QRect room = m_window->screen()->availableGeometry();
    for (QWidget* w : m_window->findChildren<QWidget*>())
        if (w->minimumSizeHint().expandedTo(w->minimumSize()).width() > 250)
            // Opened for the first time, the window takes the small screen whole, and nothing in it asks for more.
            QTRY_VERIFY2(room.contains(m_window->frameGeometry()),
                         qPrintable(sizeText(m_window->frameGeometry().size())));
    const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(least.width() <= room.width() && least.height() <= room.height(), qPrintable(sizeText(least)));
    QVERIFY(m_window->openPatient(QStringLiteral("C000040"), QStringLiteral("timeline")));
    QTabWidget* pages = m_window->patientWorkspace()->pages();
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QCoreApplication::processEvents();
        QVERIFY2(room.contains(m_window->frameGeometry()), qPrintable(pages->tabText(page)));
    }
    // The register keeps each column at least as wide as its header, and shows the names whole.
    auto* patients = m_window->findChild<QTableView*>(QStringLiteral("patientTable"));
    QVERIFY(patients && patients->isVisible());
    QCoreApplication::processEvents(); // the fit that waits for a change of rows
    QHeaderView* header = patients->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            QVERIFY2(header->sectionSize(column) >= ColumnFit::headerWidth(header, column),
                     qPrintable(patients->model()->headerData(column, Qt::Horizontal).toString()));
    }
    QVERIFY(!header->isSectionHidden(PatientListModel::ChartColumn));
    QVERIFY(!header->isSectionHidden(PatientListModel::NameColumn));
    for (int row = 0; row < patients->model()->rowCount(); ++row) {
        const QString cut = cutCellText(patients, patients->model()->index(row, PatientListModel::NameColumn));
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
    }
    // Every tool bar shows all of its buttons, without an overflow menu.
    for (QToolBar* bar : m_window->findChildren<QToolBar*>()) {
        if (!bar->isVisible())
            continue;
        for (QToolButton* more : bar->findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
            QVERIFY2(!more->isVisible(), qPrintable(bar->objectName()));
    }
}

void TestLargeText::everyDialogFits_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : kDialogs)
        QTest::newRow(qPrintable(name)) << name;
}

void TestLargeText::everyDialogFits()
{
    QFETCH(QString, name);
    QWidget* dialog = open(name);
    QVERIFY(dialog);
    checkFits(dialog, name);
    // A label with a mnemonic ("&Write to:") has a buddy for it; without one the "&" shows as it is.
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->isVisible() && !rich && label->text().remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(name + QStringLiteral(": ") + label->text()));
    }
    if (auto* entry = qobject_cast<VisitEntryDialog*>(dialog))
        delete entry;
}

void TestLargeText::everyAnswerOptionIsReadableInTheResultsForm()
{
    QPointer<VisitEntryDialog> dialog = openEntryWithEveryInstrument();
    QVERIFY(dialog);
    QCoreApplication::processEvents(); // the layout of the forms just added
    int inputs = 0;
    for (InstrumentForm* form : dialog->forms()) {
        for (ItemInput* input : form->inputs()) {
            // An item is never narrower than its options need: long options wrap, none is cut.
            QVERIFY2(input->width() >= input->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 is %2 px wide, needs %3")
                                    .arg(input->objectName())
                                    .arg(input->width())
                                    .arg(input->minimumSizeHint().width())));
            ++inputs;
        }
    }
    QVERIFY(inputs > 50);
    // The form scrolls sideways only when the screen is narrower than the widest item.
    auto* scroll = dialog->findChild<QScrollArea*>(QStringLiteral("entryScrollArea"));
    QVERIFY(scroll);
    delete dialog;
}

// The screen and scale are set before the application starts, as a person's desktop settings would.
int main(int argc, char** argv)
{
    QByteArray wanted = qgetenv("OT_LARGE_TEXT_SCREEN");
    if (wanted.isEmpty())
        wanted = "1366x768@2";
    const QList<QByteArray> sizeAndScale = wanted.split('@');
    const QList<QByteArray> size = sizeAndScale.value(0).split('x');
    QTemporaryDir configDir;
    const QString configPath = configDir.filePath(QStringLiteral("screen.json"));
    QFile config(configPath);
    if (size.size() != 2 || sizeAndScale.size() != 2 || !config.open(QIODevice::WriteOnly)) {
        qWarning("OT_LARGE_TEXT_SCREEN: expected WIDTHxHEIGHT@SCALE, for example 1024x768@1.5");
        return 2;
    }
    QJsonObject screen{{QStringLiteral("name"), QStringLiteral("laptop")},
                       {QStringLiteral("x"), 0},
                       {QStringLiteral("y"), 0},
                       {QStringLiteral("width"), size.at(0).toInt()},
                       {QStringLiteral("height"), size.at(1).toInt()},
                       {QStringLiteral("logicalDpi"), 96}};
    config.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson());
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(configPath));
    qputenv("QT_SCALE_FACTOR", sizeAndScale.at(1));
    QApplication app(argc, argv);
    TestLargeText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_largetext.moc"
