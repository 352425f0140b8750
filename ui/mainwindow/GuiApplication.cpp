// Desktop start-up.
#include "GuiApplication.h"

#include "AccountRepository.h"
#include "AppSettings.h"
#include "ColorScheme.h"
#include "Database.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "PendingRestore.h"
#include "PrivateFile.h"
#include "SignInDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>

#include <cstdio>

namespace outcome {

int runGuiApplication(int argc, char** argv)
{
    QElapsedTimer started;
    started.start();
    // Where start-up time goes, for --report-startup: each stage's milliseconds since the one before.
    QByteArray stages;
    qint64 stageStart = 0;
    const auto endStage = [&](const char* name) {
        const qint64 now = started.elapsed();
        stages += ' ' + QByteArray(name) + '=' + QByteArray::number(now - stageStart);
        stageStart = now;
    };
    // Everything this program writes (the database, its logs, backups, reports) holds patient data.
    PrivateFile::restrictNewFiles();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OutcomeTracker"));
    QApplication::setApplicationName(QStringLiteral("outcome-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outcome Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(OT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(OT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outcome-tracker.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "outcome::GuiApplication", "Outcome Tracker: clinical outcomes over a course of care."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("outcome::GuiApplication",
                                                              "The database file to open, or a clinic "
                                                              "server: postgresql://USER@HOST:PORT/"
                                                              "DATABASE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("outcome::GuiApplication", "Keep settings in this file instead of the usual place."),
        QStringLiteral("FILE"));
    const QCommandLineOption patientOption(
        QStringLiteral("patient"),
        QApplication::translate("outcome::GuiApplication", "Open the patient with this chart number."),
        QStringLiteral("CHART"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("outcome::GuiApplication",
                                "With --patient: the page to show, \"timeline\" (the default), \"progress\" "
                                "or \"patient\" (the view shown to the patient). Without: \"outcomes\" opens the "
                                "clinic outcomes."),
        QStringLiteral("PAGE"));
    const QCommandLineOption selfEntryOption(
        QStringLiteral("self-entry"),
        QApplication::translate("outcome::GuiApplication",
                                "With --patient: the patient answers the questionnaires of their next planned visit "
                                "themselves, full screen."));
    const QCommandLineOption startupOption(
        QStringLiteral("report-startup"),
        QApplication::translate("outcome::GuiApplication",
                                "Print \"ready\", the milliseconds since start and each start-up stage's "
                                "milliseconds once the window is shown and filled (for measuring start-up)."));
    parser.addOption(dbOption);
    parser.addOption(settingsOption);
    parser.addOption(patientOption);
    parser.addOption(pageOption);
    parser.addOption(selfEntryOption);
    parser.addOption(startupOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("outcome::GuiApplication", "A database file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && page != QLatin1String("timeline") && page != QLatin1String("progress") &&
        page != QLatin1String("patient") && page != QLatin1String("outcomes")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("outcome::GuiApplication",
                                                        "--page: \"%1\" is not a page; use \"timeline\", "
                                                        "\"progress\", \"patient\" or \"outcomes\".")
                                    .arg(page)));
        return 2;
    }
    if (parser.isSet(selfEntryOption) && !parser.isSet(patientOption)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate(
                         "outcome::GuiApplication", "--self-entry: say whose questionnaires with --patient CHART.")));
        return 2;
    }
    endStage("application");
    if (parser.isSet(settingsOption))
        AppSettings::useFile(parser.value(settingsOption));
    // Before the first widget, so every window and message is in the chosen language; a change waits for a restart.
    Translations::install(Translations::choose(AppSettings::instance().value(AppSettings::Key::Language).toString()));
    ColorScheme::apply(AppSettings::instance().value(AppSettings::Key::ColorScheme).toString());
    endStage("settings_language_colours");

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (path.isEmpty())
        path = AppSettings::instance().value(AppSettings::Key::LastDatabase).toString();
    if (path.isEmpty())
        path = Database::defaultPath();
    if (!Database::isServerAddress(path))
        path = QDir::cleanPath(QDir::current().absoluteFilePath(path));

    // The window is opened again on the restored file when a restore was confirmed while it was open.
    for (;;) {
        DatabaseStartup startup(path);
        std::unique_ptr<Database> db = startup.open();
        if (!db)
            return startup.exitCode();
        AppSettings::instance().setValue(AppSettings::Key::LastDatabase, path);
        endStage("database_opened");
        // With accounts on, nothing of the clinic shows before someone has signed in.
        std::optional<Account> account;
        if (Result<bool> accounts = AccountRepository(*db).anyExist(); !accounts || *accounts) {
            SignInDialog signIn(*db, SignInDialog::Purpose::StartUp,
                                AppSettings::instance().value(AppSettings::Key::LastAccount).toString());
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            account = signIn.account();
            AppSettings::instance().setValue(AppSettings::Key::LastAccount, account->name);
        }
        int exitCode = 0;
        {
            MainWindow window(std::move(db));
            if (account)
                window.setAccount(*account);
            startup.watch(&window);
            endStage("window_built");
            window.show();
            if (page == QLatin1String("outcomes") && !parser.isSet(patientOption)) {
                window.showClinicOutcomes();
            } else if (parser.isSet(selfEntryOption)) {
                if (Result<SelfEntryView*> view = window.startSelfEntry(parser.value(patientOption)); !view)
                    std::fprintf(stderr, "--self-entry: %s\n", qPrintable(view.error().message));
            } else if (parser.isSet(patientOption) && !window.openPatient(parser.value(patientOption), page)) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QApplication::translate("outcome::GuiApplication",
                                                                "--patient: no patient has chart number \"%1\".")
                                            .arg(parser.value(patientOption))));
            }
            endStage("window_shown");
            if (parser.isSet(startupOption)) {
                // Queued, so it runs once the shown window's first events are through; the repaint makes sure
                // the first picture is drawn before "ready" is printed, with the stages after it.
                QMetaObject::invokeMethod(
                    &window,
                    [&]() {
                        window.repaint();
                        endStage("first_paint");
                        std::printf("ready %lld%s\n", static_cast<long long>(started.elapsed()), stages.constData());
                        std::fflush(stdout);
                    },
                    Qt::QueuedConnection);
            }
            exitCode = app.exec();
            startup.backUpOnClose(window.database());
        }
        const std::optional<QString> backup = PendingRestore::take();
        if (!backup)
            return exitCode;
        DatabaseStartup::restore(path, *backup, nullptr);
    }
}

} // namespace outcome
