// Desktop start-up.
#include "GuiApplication.h"

#include "AppSettings.h"
#include "ColorScheme.h"
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>

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
    ColorScheme::apply(AppSettings::instance().value(AppSettings::Key::ColorScheme).toString());

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (path.isEmpty())
        path = AppSettings::instance().value(AppSettings::Key::LastDatabase).toString();
    if (path.isEmpty())
        path = Database::defaultPath();
    path = QDir::cleanPath(QDir::current().absoluteFilePath(path));

    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("outcome::GuiApplication", "Cannot open the database"),
                              db.error().message);
        return db.error().kind == ErrorKind::Refused ? 3 : 1;
    }
    AppSettings::instance().setValue(AppSettings::Key::LastDatabase, path);

    MainWindow window(std::move(db).value());
    window.show();
    return app.exec();
}

} // namespace outcome
