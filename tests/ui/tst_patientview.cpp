// The patient view for a known patient: the plain sentences, only that patient's name anywhere on any page, no
// way elsewhere, keyboard paging, and a close that needs the clinician's press and hold.
#include "ChartView.h"
#include "HoldToConfirmButton.h"
#include "PatientView.h"
#include "QCustomPlotHeader.h"
#include "SampleDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace outcome;
using namespace outcome::test;

class TestPatientView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sentencesForTheKnownPatient();
    void onlyThisPatientsName();
    void nothingLeadsElsewhere();
    void keyboardPaging();
    void chartsDrawnLargeAndPlain();
    void healthSummariesAgainstTheAverage();
    void chartsReadableOnEveryScreen_data();
    void chartsReadableOnEveryScreen();
    void sentencesWrapWholeOnEveryScreen_data();
    void sentencesWrapWholeOnEveryScreen();
    void closingNeedsTheClinician();
    void clinicianClosesByKeyboard();

private:
    // Everything readable in the view, on every page: labels, buttons, chart words, names for screen readers.
    QStringList everyText();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StoredSample m_sample;
    std::unique_ptr<PatientView> m_view;
};

void TestPatientView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openDatabase(m_dir.filePath(QStringLiteral("patientview.db")));
    QVERIFY(m_db);
    // Another patient with the same course, entered first: nothing of theirs may show.
    storeSampleCourse(*m_db,
                      samplePatient(QStringLiteral("C000007"), QStringLiteral("Otherperson"), QStringLiteral("Olaf")));
    m_sample = storeSampleCourse(*m_db);
}

void TestPatientView::init()
{
    m_view = std::make_unique<PatientView>(*m_db, bundledLibrary());
    const Status loaded = m_view->setCourse(m_sample.patientId);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    m_view->present();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestPatientView::cleanup()
{
    m_view.reset();
}

QStringList TestPatientView::everyText()
{
    QStringList texts{m_view->windowTitle(), m_view->accessibleName()};
    for (int page = 0; page < m_view->pageCount(); ++page) {
        m_view->showPage(page);
        for (const QLabel* label : m_view->findChildren<QLabel*>())
            texts.append(label->text());
        for (const QAbstractButton* button : m_view->findChildren<QAbstractButton*>())
            texts << button->text() << button->accessibleName();
        for (ChartView* chart : m_view->findChildren<ChartView*>()) {
            texts.append(chart->accessibleName());
            for (int i = 0; i < chart->itemCount(); ++i) {
                if (auto* text = qobject_cast<QCPItemText*>(chart->item(i)))
                    texts.append(text->text());
            }
            for (QCPAxisRect* rect : chart->axisRects()) {
                for (QCPAxis* axis : rect->axes()) {
                    texts.append(axis->label());
                    if (auto names = axis->ticker().dynamicCast<QCPAxisTickerText>())
                        texts.append(names->ticks().values());
                }
            }
        }
    }
    return texts;
}

void TestPatientView::sentencesForTheKnownPatient()
{
    QCOMPARE(m_view->currentPage(), 0);
    QCOMPARE(m_view->pageCount(), 1 + m_view->sentences().size());
    auto* pain = m_view->findChild<QLabel*>(QStringLiteral("sentence_nrs/score"));
    QVERIFY(pain && pain->isVisible());
    QCOMPARE(pain->text(), u"Your pain went from 7 to 3 — 57 % better."_qs);
    auto* daily = m_view->findChild<QLabel*>(QStringLiteral("sentence_odi/total"));
    QVERIFY(daily && daily->isVisible());
    QCOMPARE(daily->text(),
             u"Your back problems affect daily life much less than at the start (moderate → minimal)."_qs);
    auto* greeting = m_view->findChild<QLabel*>(QStringLiteral("patientGreeting"));
    QCOMPARE(greeting->text(), QStringLiteral("Jane, your progress since 2 March 2026"));
}

void TestPatientView::onlyThisPatientsName()
{
    const QStringList texts = everyText();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Jane")));
    QVERIFY(!all.contains(QStringLiteral("Olaf")));
    QVERIFY(!all.contains(QStringLiteral("Otherperson")));
    QVERIFY(!all.contains(QStringLiteral("C000007")));
    // Nothing a patient would have to decode.
    for (const QString& code : {QStringLiteral("NRS"), QStringLiteral("ODI"), QStringLiteral("QVAS"),
                                QStringLiteral("RAND"), QStringLiteral("PCS"), QStringLiteral("MCS"),
                                QStringLiteral("S6"), QStringLiteral("B · S1"), QStringLiteral("3 mo\n")})
        QVERIFY2(!all.contains(code), qPrintable(code));
}

void TestPatientView::nothingLeadsElsewhere()
{
    QVERIFY(m_view->isFullScreen());
    QVERIFY(m_view->findChildren<QMenuBar*>().isEmpty());
    QVERIFY(m_view->findChildren<QMenu*>().isEmpty());
    m_view->showPage(1);
    const QList<ChartView*> charts = m_view->findChildren<ChartView*>();
    QCOMPARE(charts.size(), 1);
    QCOMPARE(charts.first()->contextMenuPolicy(), Qt::NoContextMenu);
    QStringList buttons;
    for (const QAbstractButton* button : m_view->findChildren<QAbstractButton*>())
        buttons.append(button->objectName());
    buttons.sort();
    QCOMPARE(buttons, (QStringList{QStringLiteral("patientBackButton"), QStringLiteral("patientCloseButton"),
                                   QStringLiteral("patientNextButton")}));
}

void TestPatientView::keyboardPaging()
{
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentPage(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentPage(), m_view->pageCount() - 1);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentPage(), m_view->pageCount() - 1);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentPage(), 0);
    auto* next = m_view->findChild<QAbstractButton*>(QStringLiteral("patientNextButton"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_view->currentPage(), 1);
    auto* pageLabel = m_view->findChild<QLabel*>(QStringLiteral("patientPageLabel"));
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of %1").arg(m_view->pageCount()));
}

void TestPatientView::chartsDrawnLargeAndPlain()
{
    QVERIFY(m_view->findChildren<ChartView*>().isEmpty()); // the overview opens with sentences only
    const int odiPage =
        1 + int(std::find_if(m_view->sentences().cbegin(), m_view->sentences().cend(),
                             [](const PatientSentence& s) { return s.key == QLatin1String("odi/total"); }) -
                m_view->sentences().cbegin());
    m_view->showPage(odiPage);
    auto* chart = m_view->findChild<ChartView*>(QStringLiteral("patientChart_odi/total"));
    QVERIFY(chart);
    QTRY_VERIFY(chart->isVisible());
    QStringList words;
    for (int i = 0; i < chart->itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(chart->item(i))) {
            words.append(text->text());
            QVERIFY(text->font().pointSizeF() >= 14);
        }
    }
    QVERIFY(words.contains(QStringLiteral("at the start: 40 %")));
    QVERIFY(words.contains(QStringLiteral("missed session 6")));
    QVERIFY(chart->accessibleName().contains(QStringLiteral("Daily life with your back")));
}

void TestPatientView::healthSummariesAgainstTheAverage()
{
    for (const QString& key : {QStringLiteral("rand36/pcs"), QStringLiteral("rand36/mcs")}) {
        const auto sentence = std::find_if(m_view->sentences().cbegin(), m_view->sentences().cend(),
                                           [&](const PatientSentence& s) { return s.key == key; });
        QVERIFY(sentence != m_view->sentences().cend());
        m_view->showPage(1 + int(sentence - m_view->sentences().cbegin()));
        auto* chart = m_view->findChild<ChartView*>(QStringLiteral("patientChart_") + key);
        QVERIFY(chart);
        QTRY_VERIFY(chart->isVisible());
        QStringList words;
        for (int i = 0; i < chart->itemCount(); ++i) {
            if (auto* text = qobject_cast<QCPItemText*>(chart->item(i)))
                words.append(text->text());
        }
        QVERIFY2(words.contains(QStringLiteral("average for adults: 50")), qPrintable(key));
        // The last visit's name is on the axis and fits on the chart, where QCustomPlot would leave it out.
        QCPAxis* axis = chart->axisRects().last()->axis(QCPAxis::atBottom);
        const auto names = axis->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
        QCOMPARE(names.last(), QStringLiteral("6 months"));
        const double right = axis->coordToPixel(names.lastKey()) +
                             QFontMetricsF(axis->tickLabelFont()).horizontalAdvance(names.last()) / 2;
        QVERIFY2(right <= chart->width(), qPrintable(key));
    }
}

void TestPatientView::chartsReadableOnEveryScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x600") << QSize(1024, 600);
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestPatientView::chartsReadableOnEveryScreen()
{
    QFETCH(QSize, size);
    m_view->showNormal();
    m_view->resize(size);
    for (int page = 1; page < m_view->pageCount(); ++page) {
        m_view->showPage(page);
        QCoreApplication::processEvents();
        // The whole page fits on the screen (a full-screen window cannot grow past it) ...
        QVERIFY2(m_view->minimumSizeHint().height() <= size.height(), qPrintable(QString::number(page)));
        QVERIFY(m_view->minimumSizeHint().width() <= size.width());
        // ... with no chart below its readable size.
        for (const ChartView* chart : m_view->findChildren<ChartView*>()) {
            if (!chart->isVisible())
                continue;
            QVERIFY2(chart->width() >= chart->minimumSizeHint().width(), qPrintable(chart->objectName()));
            QVERIFY2(chart->height() >= chart->minimumSizeHint().height(), qPrintable(chart->objectName()));
        }
    }
}

void TestPatientView::sentencesWrapWholeOnEveryScreen_data()
{
    chartsReadableOnEveryScreen_data();
}

void TestPatientView::sentencesWrapWholeOnEveryScreen()
{
    QFETCH(QSize, size);
    m_view->showNormal();
    m_view->resize(size);
    m_view->showPage(0);
    QCoreApplication::processEvents();
    QVERIFY(m_view->minimumSizeHint().height() <= size.height());
    auto* overview = m_view->findChild<QWidget*>(QStringLiteral("patientOverview"));
    QVERIFY(overview);
    QList<QLabel*> sentences;
    for (QLabel* label : overview->findChildren<QLabel*>()) {
        if (label->objectName().startsWith(QLatin1String("sentence_")))
            sentences.append(label);
    }
    QCOMPARE(sentences.size(), m_view->sentences().size());
    std::sort(sentences.begin(), sentences.end(), [](const QLabel* a, const QLabel* b) { return a->y() < b->y(); });
    int below = 0;
    for (const QLabel* label : std::as_const(sentences)) {
        const QString what = QStringLiteral("%1 at %2×%3").arg(label->text()).arg(size.width()).arg(size.height());
        QVERIFY2(label->isVisible(), qPrintable(what));
        // Tall enough for all of its wrapped lines, in large type, and below the sentence before it.
        QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(what));
        QVERIFY2(label->font().pointSizeF() >= 14, qPrintable(what));
        QVERIFY2(label->y() >= below, qPrintable(what));
        QVERIFY2(label->geometry().right() <= overview->width(), qPrintable(what));
        below = label->geometry().bottom();
    }
    // On each of these screens the type steps down far enough that every sentence is in view without scrolling.
    auto* area = m_view->findChild<QScrollArea*>(QStringLiteral("patientOverviewArea"));
    QVERIFY(area);
    QVERIFY2(below <= area->viewport()->height(), qPrintable(QString::number(below)));
}

void TestPatientView::closingNeedsTheClinician()
{
    QSignalSpy closed(m_view.get(), &PatientView::closed);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(m_view->isVisible());
    QVERIFY(!m_view->close());
    QVERIFY(m_view->isVisible());
    auto* hint = m_view->findChild<QLabel*>(QStringLiteral("patientHint"));
    QVERIFY(hint->text().contains(QStringLiteral("clinician")));

    HoldToConfirmButton* hold = m_view->closeButton();
    hold->setHoldDuration(300);
    QTest::mouseClick(hold, Qt::LeftButton); // a tap does nothing
    QTest::qWait(400);
    QVERIFY(m_view->isVisible());
    QCOMPARE(closed.count(), 0);
    QTest::mousePress(hold, Qt::LeftButton);
    QTest::qWait(100);
    QTest::mouseRelease(hold, Qt::LeftButton); // let go too early
    QTest::qWait(400);
    QVERIFY(m_view->isVisible());
    QTest::mousePress(hold, Qt::LeftButton);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!m_view->isVisible());
}

void TestPatientView::clinicianClosesByKeyboard()
{
    QSignalSpy closed(m_view.get(), &PatientView::closed);
    HoldToConfirmButton* hold = m_view->closeButton();
    hold->setHoldDuration(300);
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QWidget* focused = QApplication::focusWidget();
    QVERIFY(focused && m_view->isAncestorOf(focused)); // the keys arrive where they would: at the focused button
    const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::ShiftModifier;

    // A patient's stray keys: Q alone, Ctrl+Q, and the chord tapped.
    QTest::keyClick(focused, Qt::Key_Q);
    QTest::keyClick(focused, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(focused, Qt::Key_Q, chord);
    QTest::qWait(400);
    QVERIFY(m_view->isVisible());
    QCOMPARE(closed.count(), 0);

    // Held, but Shift let go too early.
    QTest::keyPress(focused, Qt::Key_Q, chord);
    QTest::qWait(100);
    QVERIFY(hold->progress() > 0);
    QTest::keyRelease(focused, Qt::Key_Shift, Qt::ControlModifier);
    QTest::qWait(400);
    QVERIFY(m_view->isVisible());
    QCOMPARE(closed.count(), 0);

    // Held through the key's own repeats: the view closes.
    QTest::keyPress(focused, Qt::Key_Q, chord);
    QKeyEvent repeatRelease(QEvent::KeyRelease, Qt::Key_Q, chord, QString(), true);
    QKeyEvent repeatPress(QEvent::KeyPress, Qt::Key_Q, chord, QString(), true);
    QTest::qWait(100);
    QApplication::sendEvent(focused, &repeatRelease);
    QApplication::sendEvent(focused, &repeatPress);
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(!m_view->isVisible());

    // The shortcuts page lists the chord.
    bool listed = false;
    for (const auto& [keys, what] : PatientView::keys())
        listed = listed || (keys.contains(QStringLiteral("Ctrl+Shift+Q")) && what.contains(QStringLiteral("Close")));
    QVERIFY(listed);
}

QTEST_MAIN(TestPatientView)
#include "tst_patientview.moc"
