// The shipped translations: complete for the current sources, placeholders kept, and the German one loads and is
// used by the main window, with one mnemonic per letter in each menu.
#include "AppSettings.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Visit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace outcome;

namespace {

struct Message
{
    QString context;
    QString source;
    bool unfinished = false;
    QStringList forms;
};

QList<Message> readMessages(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    bool numerus = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append({context, {}, false, {}});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            messages.last().unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!numerus)
                messages.last().forms.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            messages.last().forms.append(xml.readElementText());
        }
    }
    return messages;
}

// Placeholders a translation must keep: every %1..%99 and %L1 of the source in every form; the count (%n, %Ln)
// in at least one form, as a singular may spell it out ("eine Änderung").
QStringList missingPlaceholders(const Message& message)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList missing;
    for (auto match = placeholder.globalMatch(message.source); match.hasNext();) {
        const QString wanted = match.next().captured();
        const auto has = [&wanted](const QString& form) {
            // "%1" must not be satisfied by "%10".
            return form.contains(QRegularExpression(QRegularExpression::escape(wanted) + QStringLiteral("(?!\\d)")));
        };
        const bool kept = wanted.endsWith(QLatin1Char('n'))
                              ? std::any_of(message.forms.cbegin(), message.forms.cend(), has)
                              : std::all_of(message.forms.cbegin(), message.forms.cend(), has);
        if (!kept && !missing.contains(wanted))
            missing.append(wanted);
    }
    return missing;
}

QStringList mnemonicClashes(const QString& where, const QList<QAction*>& actions)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QMap<QChar, QString> seen;
    QStringList clashes;
    for (const QAction* action : actions) {
        const QRegularExpressionMatch match = mnemonic.match(action->text());
        if (action->isSeparator() || !match.hasMatch())
            continue;
        const QChar key = match.captured(1).at(0).toLower();
        if (seen.contains(key))
            clashes.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, seen.value(key), action->text()));
        seen.insert(key, action->text());
    }
    return clashes;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chooseFollowsSettingThenSystem_data();
    void chooseFollowsSettingThenSystem();
    void completeForTheSources_data();
    void completeForTheSources();
    void germanLoadsAndIsUsed();
    void qtOwnStringsFollowTheLanguage();
};

void TestTranslations::chooseFollowsSettingThenSystem_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("setting wins") << "de"
                                  << "en_US"
                                  << "de";
    QTest::newRow("English chosen on a German system") << "en"
                                                       << "de_DE"
                                                       << "en";
    QTest::newRow("system default, Austrian German") << ""
                                                     << "de_AT"
                                                     << "de";
    QTest::newRow("system default, French") << ""
                                            << "fr_FR"
                                            << "en";
    QTest::newRow("a language we do not have") << "fr"
                                               << "de_CH"
                                               << "de";
}

void TestTranslations::chooseFollowsSettingThenSystem()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, chosen);
    QCOMPARE(Translations::choose(setting, QLocale(system)), chosen);
}

void TestTranslations::completeForTheSources_data()
{
    QTest::addColumn<QString>("tsFile");
    const QDir dir(QStringLiteral(OT_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY2(files.contains(QStringLiteral("outcome-tracker_de.ts")), qPrintable(dir.path()));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::completeForTheSources()
{
    QFETCH(QString, tsFile);
    // lupdate on a copy: strings added to the sources since the last update turn up as unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(OT_LUPDATE), {QStringLiteral("-locations"), QStringLiteral("none"),
                                               QStringLiteral("@" OT_TRANSLATED_SOURCES), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> messages = readMessages(copy);
    QVERIFY2(messages.size() > 100, qPrintable(copy));
    QStringList problems;
    for (const Message& message : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source);
        // A tr() outside any class lands in the namespace's context, which the running program never asks for.
        if (!message.context.startsWith(QLatin1String("outcome::")))
            problems.append(where + QStringLiteral(": tr() outside a class; use the file's Tr::tr()"));
        else if (message.unfinished)
            problems.append(where + QStringLiteral(": unfinished"));
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            problems.append(where + QStringLiteral(": not translated"));
        else if (const QStringList missing = missingPlaceholders(message); !missing.isEmpty())
            problems.append(where + QStringLiteral(": translation lacks ") + missing.join(QStringLiteral(", ")));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages need work (update with the update_translations target, then "
                                       "resources/translations/tsfill.py):\n")
                            .arg(problems.size())
                            .arg(messages.size()) +
                        problems.join(QLatin1Char('\n'))));
}

void TestTranslations::germanLoadsAndIsUsed()
{
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(Translations::install(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("outcome::MainWindow", "&File"), QStringLiteral("&Datei"));

    MainWindow window(test::openDatabase(dir.filePath(QStringLiteral("clinic.db"))));
    const QList<QAction*> menus = window.menuBar()->actions();
    QStringList titles;
    for (const QAction* menu : menus)
        titles.append(menu->text());
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
    QCOMPARE(window.menu(MainWindow::Menu::Help)->title(), QStringLiteral("&Hilfe"));

    // Follow-ups named as the standard template names them read in German whatever language made the template; a
    // clinic's own name stays as written.
    Visit followUp;
    followUp.kind = VisitKind::FollowUp;
    followUp.label = QStringLiteral("3 months");
    QCOMPARE(followUp.title(), QStringLiteral("3 Monate"));
    followUp.label = QStringLiteral("1 month");
    QCOMPARE(followUp.title(), QStringLiteral("1 Monat"));
    followUp.label = QStringLiteral("6 weeks");
    QCOMPARE(followUp.title(), QStringLiteral("6 Wochen"));
    followUp.label = QStringLiteral("Review in 3 months");
    QCOMPARE(followUp.title(), QStringLiteral("Review in 3 months"));

    // Preferences sit in the Edit menu with a shortcut, so the keyboard shortcuts page lists them.
    const auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QVERIFY(!preferences->shortcut().isEmpty());
    const QString listed = preferences->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(ShortcutsDialog::menuShortcuts(window.menuBar())
                .contains({QStringLiteral("Bearbeiten › Einstellungen…"), listed}));

    QStringList clashes = mnemonicClashes(QStringLiteral("menu bar"), menus);
    for (const QAction* menu : menus)
        clashes += mnemonicClashes(menu->text(), menu->menu()->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// Qt's own strings (standard buttons, file and message dialogs) come from Qt's translations, installed beside ours;
// without them a German window offers "Close" and "Cancel".
void TestTranslations::qtOwnStringsFollowTheLanguage()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(qtTranslations).filePath(QStringLiteral("qtbase_de.qm"))))
        QSKIP(qPrintable(QStringLiteral("Qt's German translation (qtbase_de.qm) is not in %1; on Debian it comes with "
                                        "the qt6-translations-l10n package")
                             .arg(qtTranslations)));
    QTemporaryDir dir;
    AppSettings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(Translations::install(QStringLiteral("de")));

    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), QStringLiteral("Schließen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ja"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
