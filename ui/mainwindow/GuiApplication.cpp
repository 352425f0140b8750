// Desktop start-up.
#include "GuiApplication.h"

#include "AppSettings.h"
#include "ColorScheme.h"
#include "Database.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "PendingRestore.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

namespace outcome {

int runGuiApplication(int argc, char** argv)
{
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
                                      QApplication::translate("outcome::GuiApplication", "The database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QApplication::translate("outcome::GuiApplication", "Keep settings in this file instead of the usual place."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(settingsOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("outcome::GuiApplication", "A database file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    if (parser.isSet(settingsOption))
        AppSettings::useFile(parser.value(settingsOption));
    // Before the first widget, so every window and message is in the chosen language; a change waits for a restart.
    Translations::install(Translations::choose(AppSettings::instance().value(AppSettings::Key::Language).toString()));
    ColorScheme::apply(AppSettings::instance().value(AppSettings::Key::ColorScheme).toString());

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (path.isEmpty())
        path = AppSettings::instance().value(AppSettings::Key::LastDatabase).toString();
    if (path.isEmpty())
        path = Database::defaultPath();
    path = QDir::cleanPath(QDir::current().absoluteFilePath(path));

    // The window is opened again on the restored file when a restore was confirmed while it was open.
    for (;;) {
        DatabaseStartup startup(path);
        std::unique_ptr<Database> db = startup.open();
        if (!db)
            return startup.exitCode();
        AppSettings::instance().setValue(AppSettings::Key::LastDatabase, path);
        int exitCode = 0;
        {
            MainWindow window(std::move(db));
            startup.watch(&window);
            window.show();
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
