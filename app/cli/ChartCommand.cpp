// `chart`: draws one chart of a patient's course (or a whole panel) to PNG, SVG or PDF, without a display.
#include "ChartExport.h"
#include "ChartStyle.h"
#include "CommandArguments.h"
#include "CommandLine.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "ExpectedCourseReader.h"
#include "PatientRepository.h"
#include "PatientView.h"
#include "ProgressPanel.h"
#include "QCustomPlotHeader.h"
#include "StartVsNowSummary.h"

#include <QApplication>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStyle>

namespace outcome::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("outcome::cli::ChartCommand", text);
}

Result<ChartMedium> mediumOf(const CommandArguments& args)
{
    const QString medium = args.value(QStringLiteral("medium"));
    if (medium == QLatin1String("print"))
        return ChartMedium::Print;
    if (medium == QLatin1String("screen"))
        return ChartMedium::Screen;
    if (medium == QLatin1String("patient"))
        return ChartMedium::Patient;
    return args.usageError(tr("--medium must be screen, print or patient (got \"%1\").").arg(medium));
}

Result<QSize> sizeOf(const CommandArguments& args, const QSize& fallback)
{
    const QString text = args.value(QStringLiteral("size"));
    if (text.isEmpty())
        return fallback;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (!size.isValid() || size.width() < 200 || size.height() < 120 || size.width() > 8000 || size.height() > 8000)
        return args.usageError(
            tr("--size must be WIDTHxHEIGHT in pixels, 200x120 to 8000x8000 (got \"%1\").").arg(text));
    return size;
}

// The look of a desktop in light or dark mode, so that screen charts and panels can be checked in both.
Status applyTheme(const CommandArguments& args)
{
    const QString theme = args.value(QStringLiteral("theme"));
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return args.usageError(tr("--theme must be light or dark (got \"%1\").").arg(theme));
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return {};
    }
    const QColor window(0x2B, 0x2D, 0x31), base(0x23, 0x25, 0x29), text(0xF0, 0xF0, 0xF0);
    QPalette dark(text, window, window.lighter(130), window.darker(130), window.darker(110), text, text, base, window);
    dark.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB3));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    QApplication::setPalette(dark);
    return {};
}

Result<ChartStyle> styleOf(const CommandArguments& args)
{
    const Result<ChartMedium> medium = mediumOf(args);
    if (!medium)
        return medium.error();
    switch (*medium) {
    case ChartMedium::Print:
        return ChartStyle::print();
    case ChartMedium::Patient:
        return ChartStyle::patient(QApplication::palette(), QApplication::font());
    case ChartMedium::Screen:
        break;
    }
    return ChartStyle::screen(QApplication::palette(), QApplication::font());
}

// A whole panel as the clinician or the patient sees it, drawn offscreen to a PNG.
Status savePanel(const QString& view, Database& db, const InstrumentLibrary& library, const LoadedCourse& loaded,
                 const CommandArguments& args, const QString& path, const QSize& size)
{
    if (ChartExport::formatOf(path) != ExportFormat::Png)
        return args.usageError(tr("--view draws a PNG: --out must end in .png (got \"%1\").").arg(path));
    std::unique_ptr<QWidget> widget;
    if (view == QLatin1String("summary")) {
        auto summary = std::make_unique<StartVsNowSummary>();
        summary->setOutcomes(*loaded.outcomes);
        widget = std::move(summary);
    } else if (view == QLatin1String("progress")) {
        auto panel = std::make_unique<ProgressPanel>(db, library);
        panel->setOutcomes(loaded.outcomes);
        if (args.isSet(QStringLiteral("measure")))
            panel->showChart(args.value(QStringLiteral("measure")));
        widget = std::move(panel);
    } else if (view == QLatin1String("patient")) {
        auto patient = std::make_unique<PatientView>(db, library);
        patient->setOutcomes(loaded.patient, loaded.outcomes);
        const Result<int> page = args.integer(QStringLiteral("page"), 0, patient->pageCount() - 1);
        if (!page)
            return page.error();
        patient->showPage(*page);
        widget = std::move(patient);
    } else {
        return args.usageError(tr("--view must be summary, progress or patient (got \"%1\").").arg(view));
    }
    widget->resize(size);
    widget->show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (!widget->grab().save(path))
        return makeError(ErrorKind::Io,
                         tr("Could not write %1: check that the folder exists and is writable.").arg(path));
    return {};
}

} // namespace

int runChart(const QStringList& arguments, Console& console)
{
    CommandArguments args(QStringLiteral("chart"),
                          tr("Draws a chart of a patient's course to a PNG, SVG or PDF file (no display needed).\n"
                             "Charts are named by instrument and measure (odi/total, nrs/score, markers/crp) or "
                             "rand36/profile; --list prints the names a course has."));
    args.addDatabaseOption();
    args.addSignInOption(Permission::Clinical);
    args.addOption(QStringLiteral("patient"), tr("The patient's chart number."), QStringLiteral("CHART"));
    args.addOption(QStringLiteral("course"), tr("The course id (default: the patient's latest course)."),
                   QStringLiteral("ID"), QStringLiteral("0"));
    args.addOption(QStringLiteral("measure"), tr("The chart to draw, for example odi/total."), QStringLiteral("NAME"));
    args.addOption(QStringLiteral("out"), tr("The file to write; .png, .svg or .pdf chooses the format."),
                   QStringLiteral("FILE"));
    args.addOption(QStringLiteral("medium"), tr("screen, print or patient (default: print)."), QStringLiteral("MEDIUM"),
                   QStringLiteral("print"));
    args.addOption(QStringLiteral("theme"), tr("light or dark, for the screen and patient styles (default: light)."),
                   QStringLiteral("THEME"), QStringLiteral("light"));
    args.addOption(QStringLiteral("size"), tr("WIDTHxHEIGHT in pixels at 96 dpi (default: the style's size)."),
                   QStringLiteral("SIZE"));
    args.addFlag(QStringLiteral("expected-course"),
                 tr("With --measure: shade how the clinic's own completed courses that started like this one went "
                    "(median and middle half per visit, where at least 20 similar courses exist)."));
    args.addFlag(QStringLiteral("list"), tr("Print the names of the course's charts, one a line, and stop."));
    args.addOption(QStringLiteral("view"),
                   tr("Draw a whole panel to a PNG instead of one chart: summary, progress or patient."),
                   QStringLiteral("VIEW"));
    args.addOption(QStringLiteral("page"), tr("With --view patient: the page to show (0 is the overview)."),
                   QStringLiteral("N"), QStringLiteral("0"));
    int exitCode = 0;
    if (!args.parse(arguments, console, exitCode))
        return exitCode;
    const Result<QString> chart = args.required(QStringLiteral("patient"));
    if (!chart)
        return console.fail(chart.error());
    const Result<int> courseId = args.integer(QStringLiteral("course"), 0, std::numeric_limits<int>::max());
    if (!courseId)
        return console.fail(courseId.error());
    const bool list = args.isSet(QStringLiteral("list"));
    const Result<QString> out = list ? Result<QString>(QString()) : args.required(QStringLiteral("out"));
    if (!out)
        return console.fail(out.error());
    if (!list && !ChartExport::formatOf(*out))
        return console.fail(args.usageError(tr("--out must end in .png, .svg or .pdf (got \"%1\").").arg(*out)));
    if (const Status themed = applyTheme(args); !themed)
        return console.fail(themed.error());
    const Result<ChartStyle> style = styleOf(args);
    if (!style)
        return console.fail(style.error());

    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    Result<std::unique_ptr<Database>> db = args.openDatabase(options);
    if (!db)
        return console.fail(db.error());
    const Result<Patient> patient = PatientRepository(**db).findByChartNumber(*chart);
    if (!patient)
        return console.fail(patient.error());
    const InstrumentLibrary library = InstrumentLibrary::load(InstrumentLibrary::clinicFolder());
    const Result<LoadedCourse> loaded = CourseOutcomesLoader(**db, library).load(patient->id, *courseId);
    if (!loaded)
        return console.fail(loaded.error());
    const QStringList keys = CourseCharts::keys(*loaded->outcomes);
    if (list) {
        for (const QString& key : keys)
            console.out() << key << '\n';
        console.out().flush();
        return kExitSuccess;
    }

    if (args.isSet(QStringLiteral("view"))) {
        const Result<QSize> size = sizeOf(args, QSize(1366, 768));
        if (!size)
            return console.fail(size.error());
        const Status saved = savePanel(args.value(QStringLiteral("view")), **db, library, *loaded, args, *out, *size);
        return saved ? kExitSuccess : console.fail(saved.error());
    }
    const Result<QString> key = args.required(QStringLiteral("measure"));
    if (!key)
        return console.fail(key.error());
    const Result<QSize> size = sizeOf(args, CourseCharts::naturalSize(*key, *style));
    if (!size)
        return console.fail(size.error());
    // Labels find their places at the size the chart is drawn at.
    ChartStyle sized = *style;
    sized.size = *size;
    ExpectedCourses expected;
    if (args.isSet(QStringLiteral("expected-course"))) {
        Result<ExpectedCourses> read =
            ExpectedCourseReader(**db, library).read(*loaded->outcomes, key->section(QLatin1Char('/'), 0, 0));
        if (!read)
            return console.fail(read.error());
        expected = std::move(*read);
    }
    const auto found = expected.constFind(*key);
    QCustomPlot plot;
    if (!CourseCharts::build(plot, *loaded->outcomes, *key, sized, found == expected.cend() ? nullptr : &*found))
        return console.fail(args.usageError(
            tr("--measure: this course has no chart \"%1\" (it has: %2).").arg(*key, keys.join(QStringLiteral(", ")))));
    if (const Status saved = ChartExport::save(plot, *out, *size); !saved)
        return console.fail(saved.error());
    return kExitSuccess;
}

} // namespace outcome::cli
