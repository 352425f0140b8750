// The full-screen patient view: an overview of plain sentences, then a page per measure with its large chart.
#include "PatientView.h"

#include "AccessibleRoles.h"
#include "ChartView.h"
#include "CourseCharts.h"
#include "CourseOutcomesLoader.h"
#include "HoldToConfirmButton.h"
#include "OutcomeText.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

// Type sizes for reading at arm's length, in points.
constexpr double kGreetingPoints = 30;
constexpr double kSentencePoints = 22;
// The overview steps its sentences down to this size, a step at a time, before it scrolls on a small screen.
constexpr double kLeastSentencePoints = 14;
constexpr double kSentenceStep = 2;
// Space between the overview's sentences at full size; it shrinks with them.
constexpr int kSentenceSpacing = 24;
constexpr double kHeadingPoints = 24;
constexpr double kButtonPoints = 18;
constexpr double kSmallPoints = 13;
constexpr int kButtonHeight = 64;
constexpr const char* kChartKeyProperty = "outcomeChartKey";

QFont sized(QFont font, double points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QLabel* wrappedLabel(const QString& text, double points, bool bold, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFont(sized(label->font(), points, bold));
    return label;
}

// A sign beside each sentence, so the direction reads without colour too.
QString verdictSign(const std::optional<ChangeVerdict>& verdict)
{
    if (!verdict)
        return QStringLiteral("•");
    if (isImprovement(*verdict))
        return QStringLiteral("✓");
    if (isWorsening(*verdict))
        return QStringLiteral("!");
    return QStringLiteral("=");
}

// What the sign says, for screen readers: the sign itself is read as a symbol name ("check mark", "bullet").
QString verdictWords(const std::optional<ChangeVerdict>& verdict)
{
    if (!verdict)
        return PatientView::tr("Not compared yet");
    if (isImprovement(*verdict))
        return PatientView::tr("Better");
    if (isWorsening(*verdict))
        return PatientView::tr("Worse");
    return PatientView::tr("About the same");
}

} // namespace

PatientView::PatientView(Database& db, const InstrumentLibrary& library, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_library(library)
{
    AccessibleRoles::install();
    setObjectName(QStringLiteral("patientView"));
    setWindowTitle(tr("Your progress"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAutoFillBackground(true);

    m_greeting = wrappedLabel({}, kGreetingPoints, true, this);
    m_greeting->setObjectName(QStringLiteral("patientGreeting"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("patientPages"));

    m_back = new QPushButton(tr("◀  Back"), this);
    m_back->setObjectName(QStringLiteral("patientBackButton"));
    m_next = new QPushButton(tr("Next  ▶"), this);
    m_next->setObjectName(QStringLiteral("patientNextButton"));
    for (QPushButton* button : {m_back, m_next}) {
        button->setFont(sized(button->font(), kButtonPoints, true));
        button->setMinimumSize(200, kButtonHeight);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_back->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    connect(m_back, &QPushButton::clicked, this, [this]() { showPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this]() { showPage(currentPage() + 1); });
    m_pageLabel = wrappedLabel({}, kButtonPoints, false, this);
    m_pageLabel->setObjectName(QStringLiteral("patientPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);

    m_close = new HoldToConfirmButton(tr("Clinician: hold to close"), this);
    m_close->setObjectName(QStringLiteral("patientCloseButton"));
    m_close->setAccessibleName(tr("Close the patient view: press and hold for two seconds"));
    m_close->setToolTip(tr("Press and hold for two seconds, or hold %1.").arg(HoldToConfirmButton::chordText()));
    m_close->setFont(sized(m_close->font(), kSmallPoints));
    connect(m_close, &HoldToConfirmButton::confirmed, this, &PatientView::finish);
    m_hint = wrappedLabel({}, kSmallPoints, false, this);
    m_hint->setObjectName(QStringLiteral("patientHint"));

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(m_pageLabel, 1);
    navigation->addWidget(m_next);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_hint, 1);
    footer->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 16);
    layout->setSpacing(20);
    layout->addWidget(m_greeting);
    layout->addWidget(m_pages, 1);
    layout->addLayout(navigation);
    layout->addLayout(footer);
    setTabOrder(m_back, m_next);
    setTabOrder(m_next, m_close);
}

PatientView::~PatientView() = default;

Status PatientView::setCourse(qint64 patientId, qint64 courseId)
{
    Result<LoadedCourse> loaded = CourseOutcomesLoader(m_db, m_library).load(patientId, courseId);
    if (!loaded)
        return loaded.error();
    setOutcomes(loaded->patient, std::move(loaded->outcomes));
    return {};
}

void PatientView::setOutcomes(const Patient& patient, std::shared_ptr<const CourseOutcomes> outcomes)
{
    m_patient = patient;
    m_outcomes = std::move(outcomes);
    m_expected.clear();
    m_sentences = PatientSentences::build(*m_outcomes);
    const QString since = OutcomeText::longDate(m_outcomes->course().startDate);
    m_greeting->setText(m_patient.givenName.isEmpty()
                            ? tr("Your progress since %1").arg(since)
                            : tr("%1, your progress since %2").arg(m_patient.givenName, since));
    buildPages();
}

void PatientView::buildPages()
{
    m_overview = nullptr;
    m_overviewLabels.clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_pages->addWidget(overviewPage());
    for (const PatientSentence& sentence : std::as_const(m_sentences))
        m_pages->addWidget(measurePage(sentence));
    showPage(0);
}

QWidget* PatientView::overviewPage()
{
    // Each sentence wraps into whole lines at the width there is; when they are more than a small screen holds, the
    // page scrolls instead of squeezing them.
    auto* area = new QScrollArea;
    m_overview = area;
    m_overviewLabels.clear();
    area->viewport()->installEventFilter(this);
    area->setObjectName(QStringLiteral("patientOverviewArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusPolicy(Qt::NoFocus);
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("patientOverview"));
    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(kSentenceSpacing);
    if (m_sentences.isEmpty())
        layout->addWidget(wrappedLabel(tr("There is nothing to compare yet. After your next visits this page "
                                          "will show how you are doing."),
                                       kSentencePoints, false, page));
    const ChartPalette palette = ChartPalette::fromPalette(this->palette());
    for (const PatientSentence& sentence : std::as_const(m_sentences)) {
        auto* row = new QHBoxLayout;
        QLabel* sign = wrappedLabel(verdictSign(sentence.verdict), kHeadingPoints, true, page);
        sign->setWordWrap(false);
        sign->setFixedWidth(48);
        sign->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        sign->setAccessibleName(verdictWords(sentence.verdict));
        QPalette signColour = sign->palette();
        signColour.setColor(QPalette::WindowText, palette.verdictColor(sentence.verdict));
        sign->setPalette(signColour);
        QLabel* text = wrappedLabel(sentence.text, kSentencePoints, false, page);
        text->setObjectName(QStringLiteral("sentence_") + sentence.key);
        m_overviewLabels << sign << text;
        row->addWidget(sign);
        row->addWidget(text, 1);
        layout->addLayout(row);
    }
    layout->addStretch(1);
    area->setWidget(page);
    return area;
}

void PatientView::fitOverview()
{
    if (!m_overview || !m_overview->widget() || m_fittingOverview)
        return;
    m_fittingOverview = true;
    QWidget* page = m_overview->widget();
    const QSize room = m_overview->maximumViewportSize();
    for (double points = kSentencePoints; points >= kLeastSentencePoints; points -= kSentenceStep) {
        for (QLabel* label : std::as_const(m_overviewLabels)) {
            // The signs stay a little larger than the words beside them.
            const bool sign = !label->wordWrap();
            label->setFont(sized(label->font(), sign ? points + kSentenceStep : points, sign));
        }
        page->layout()->setSpacing(int(kSentenceSpacing * points / kSentencePoints));
        page->layout()->activate();
        const int height = page->hasHeightForWidth() ? page->heightForWidth(room.width()) : page->sizeHint().height();
        if (height <= room.height())
            break;
    }
    m_fittingOverview = false;
}

QWidget* PatientView::measurePage(const PatientSentence& sentence)
{
    auto* page = new QWidget;
    page->setProperty(kChartKeyProperty, sentence.key);
    auto* layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    // The chart below carries the heading; the page leads with what it means.
    QLabel* text = wrappedLabel(sentence.text, kSentencePoints, false, page);
    text->setObjectName(QStringLiteral("pageSentence_") + sentence.key);
    layout->addWidget(text);
    return page;
}

// Charts are drawn when their page is first shown: opening the view costs the sentences only.
void PatientView::ensureChart(int page)
{
    QWidget* widget = m_pages->widget(page);
    const QString key = widget ? widget->property(kChartKeyProperty).toString() : QString();
    if (key.isEmpty() || widget->findChild<ChartView*>())
        return;
    auto* view = new ChartView(widget);
    view->setObjectName(QStringLiteral("patientChart_") + key);
    view->setContextMenuPolicy(Qt::NoContextMenu); // no saving or copying from the patient's screen
    view->setMedium(ChartMedium::Patient);
    const std::shared_ptr<const CourseOutcomes> outcomes = m_outcomes;
    const ExpectedCourse* expected = expectedOf(key);
    const std::shared_ptr<const ExpectedCourses> keepAlive =
        expected ? m_expected.value(key.section(QLatin1Char('/'), 0, 0)) : nullptr;
    view->setChart([outcomes, keepAlive, expected, key](QCustomPlot& plot, const ChartStyle& style) {
        CourseCharts::build(plot, *outcomes, key, style, keepAlive ? expected : nullptr);
    });
    // Read out in the patient's words; T shows the values as a table, the arrow keys still turn the pages.
    view->setText(ChartText::of(*outcomes, key, true, expected));
    auto* layout = static_cast<QVBoxLayout*>(widget->layout());
    const MeasureSeries* series = outcomes->find(key);
    if (const QString words = expected && series ? PatientSentences::expectedCourse(*series, *expected) : QString();
        !words.isEmpty()) {
        QLabel* text = wrappedLabel(words, kSentencePoints * 0.8, false, widget);
        text->setObjectName(QStringLiteral("expectedSentence_") + key);
        layout->addWidget(text);
    }
    layout->addWidget(view, 1);
}

const ExpectedCourse* PatientView::expectedOf(const QString& key)
{
    if (!m_showExpected || !m_outcomes)
        return nullptr;
    const QString instrumentId = key.section(QLatin1Char('/'), 0, 0);
    auto found = m_expected.find(instrumentId);
    if (found == m_expected.end()) {
        Result<ExpectedCourses> read =
            ExpectedCourseReader(m_db, m_library).read(*m_outcomes, instrumentId, m_completedCourses);
        found =
            m_expected.insert(instrumentId, read ? std::make_shared<const ExpectedCourses>(std::move(*read)) : nullptr);
    }
    if (!found.value())
        return nullptr;
    const auto course = found.value()->constFind(key);
    return course == found.value()->cend() || !course->isShown() ? nullptr : &course.value();
}

int PatientView::pageCount() const
{
    return m_pages->count();
}

int PatientView::currentPage() const
{
    return m_pages->currentIndex();
}

void PatientView::showPage(int page)
{
    if (page < 0 || page >= m_pages->count())
        return;
    ensureChart(page);
    m_pages->setCurrentIndex(page);
    updateNavigation();
}

void PatientView::updateNavigation()
{
    const int page = currentPage();
    m_back->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pageCount());
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    m_hint->clear();
}

void PatientView::present()
{
    showPage(0);
    // The whole screen also where no window manager makes a full-screen window so (a kiosk session).
    if (const QScreen* shown = screen())
        setGeometry(shown->geometry());
    showFullScreen();
    raise();
    activateWindow();
    m_next->setFocus();
}

QList<QPair<QString, QString>> PatientView::keys()
{
    return {{tr("Right, Page Down"), tr("Next page")},
            {tr("Left, Page Up"), tr("Previous page")},
            {tr("Home, End"), tr("First page, last page")},
            {tr("%1, held for two seconds").arg(HoldToConfirmButton::chordText()),
             tr("Close the patient view (the clinician)")}};
}

bool PatientView::event(QEvent* event)
{
    // The chord is the view's own, whatever a menu elsewhere may bind to it.
    if (event->type() == QEvent::ShortcutOverride && HoldToConfirmButton::isChord(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    // A key let go while another window had the keyboard never reaches the view: leaving the window lets go too.
    if (event->type() == QEvent::WindowDeactivate && m_close->isHeld())
        m_close->cancelHold();
    return QWidget::event(event);
}

bool PatientView::eventFilter(QObject* watched, QEvent* event)
{
    if (m_overview && watched == m_overview->viewport() && event->type() == QEvent::Resize)
        fitOverview();
    return QWidget::eventFilter(watched, event);
}

void PatientView::keyPressEvent(QKeyEvent* event)
{
    if (m_close->holdByChord(event))
        return;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        showPage(currentPage() + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        showPage(currentPage() - 1);
        return;
    case Qt::Key_Home:
        showPage(0);
        return;
    case Qt::Key_End:
        showPage(pageCount() - 1);
        return;
    case Qt::Key_Escape:
        m_hint->setText(tr("Your clinician will close this view."));
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PatientView::keyReleaseEvent(QKeyEvent* event)
{
    if (m_close->releaseByChord(event))
        return;
    QWidget::keyReleaseEvent(event);
}

void PatientView::closeEvent(QCloseEvent* event)
{
    // Alt+F4, the window manager's close button: only the clinician's hold closes this view.
    if (!m_leaving) {
        m_hint->setText(tr("Your clinician will close this view."));
        event->ignore();
        return;
    }
    event->accept();
}

void PatientView::finish()
{
    if (m_leaveCheck && !m_leaveCheck())
        return;
    m_leaving = true;
    close();
    m_leaving = false;
    emit closed();
}

} // namespace outcome
