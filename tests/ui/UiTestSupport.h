// Shared fixtures for GUI tests: a clinic database with patients and courses, the main window on it, and helpers
// for typing into whatever has the keyboard and for answering a modal dialog that is about to open.
#pragma once

#include "AppSettings.h"
#include "CourseRepository.h"
#include "CourseTemplateRepository.h"
#include "MainWindow.h"
#include "PatientRepository.h"
#include "TestEngines.h"
#include "TestSupport.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace outcome::test {

inline qint64 addPatient(Database& db, const QString& chart, const QString& family, const QString& given)
{
    Result<qint64> id = PatientRepository(db).create(samplePatient(chart, family, given));
    return id ? *id : 0;
}

// Starts the standard course for a patient on the given day.
inline Course startStandardCourse(Database& db, qint64 patientId, const QDate& start)
{
    CourseTemplateRepository templates(db);
    Result<qint64> templateId = templates.ensureStandard();
    if (!templateId)
        return {};
    Result<CourseTemplate> standard = templates.find(*templateId);
    Result<Course> course = CourseRepository(db).start(patientId, *standard, start, QStringLiteral("test treatment"));
    return course ? *course : Course{};
}

// What most workflow tests start from: a new database in a temporary folder with one patient whose standard course
// began on `courseStart`, and the main window on it, shown, active and with the patient open (unless the account
// signed in by `beforeShow` is the front desk's).
struct PatientWindow
{
    // Where the database is made: an SQLite file unless the test chose an engine first (OT_SCRATCH_FOR_ENGINE).
    std::unique_ptr<ScratchDatabase> scratch;
    std::unique_ptr<MainWindow> window;
    qint64 patientId = 0;
    Course course;

    // `beforeShow` runs once the window has the database and before it is shown (accounts, a signed-in account).
    // False when anything failed.
    bool open(const QString& fileName, const QStringList& chartFamilyGiven, const QDate& courseStart,
              const std::function<bool(MainWindow&)>& beforeShow = {})
    {
        if (!scratch)
            scratch = std::make_unique<ScratchDatabase>(QString::fromLatin1(sqliteEngine()));
        auto db = openDatabase(scratch->location(fileName));
        if (!db || chartFamilyGiven.size() != 3)
            return false;
        patientId = addPatient(*db, chartFamilyGiven[0], chartFamilyGiven[1], chartFamilyGiven[2]);
        course = startStandardCourse(*db, patientId, courseStart);
        if (patientId <= 0 || course.id <= 0)
            return false;
        window = std::make_unique<MainWindow>(std::move(db));
        if (beforeShow && !beforeShow(*window))
            return false;
        window->show();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        // The front desk never opens a record (it would get the details form).
        if (!window->account() || roleAllows(window->account()->role, Permission::Clinical))
            window->openPatient(patientId);
        return true;
    }
    void close()
    {
        window.reset();
        scratch.reset();
    }
};

inline QList<Visit> visitsOf(Database& db, qint64 courseId)
{
    Result<QList<Visit>> visits = CourseRepository(db).visits(courseId);
    return visits ? *visits : QList<Visit>{};
}

// Brings a newly opened dialog to the front as a window manager would (the offscreen platform leaves that to us).
inline bool activated(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window]() { return window->isActiveWindow(); });
}

// Sends each character as a key press to whatever has the keyboard at that moment, as a person typing would.
inline void typeIntoFocus(const QString& text)
{
    for (const QChar character : text) {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard");
        QTest::keyClick(focus, character.toLatin1());
    }
}

inline void pressOnFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard");
    QTest::keyClick(focus, key, modifiers);
}

// Runs `answer` on the next modal dialog of type T once it is showing (dialogs opened with exec()).
template <typename T> void whenDialogOpens(std::function<void(T*)> answer)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer]() {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

// Whether `text` fits a list's cell on one line, between the margins the view keeps.
inline bool fitsOnOneLine(const QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    const QVariant fontData = index.data(Qt::FontRole);
    const QFontMetrics metrics(fontData.isValid() ? fontData.value<QFont>() : view->font());
    const int width = view->visualRect(index).width() -
                      2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    return metrics.horizontalAdvance(text) <= width;
}

// The text of a list's cell where it is not shown whole (cut or elided), else nothing: it must fit on one line, or,
// where the column's delegate wraps it, on lines that each fit the width and together fit the row.
inline QString cutCellText(const QAbstractItemView* view, const QModelIndex& index)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect cell = view->visualRect(index);
    const QVariant fontData = index.data(Qt::FontRole);
    const QFont font = fontData.isValid() ? fontData.value<QFont>() : view->font();
    const QFontMetrics metrics(font);
    const int width = cell.width() - 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    if (text.isEmpty() || fitsOnOneLine(view, index, text))
        return {};
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = cell;
    option.font = font;
    const int hinted = view->itemDelegateForIndex(index)->sizeHint(option, index).height();
    const QRect lines = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    const bool wrapsWhole = lines.width() <= width && lines.height() <= hinted && lines.height() <= cell.height();
    return wrapsWhole ? QString() : text;
}

} // namespace outcome::test
