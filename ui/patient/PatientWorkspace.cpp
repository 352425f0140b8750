// The patient workspace: header and pages.
#include "PatientWorkspace.h"

#include "AppContext.h"
#include "ClinicalEventsView.h"
#include "Clock.h"
#include "CourseTimelineView.h"
#include "PatientLanguage.h"
#include "PatientRepository.h"
#include "StatusColors.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace outcome {

PatientWorkspace::PatientWorkspace(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("patientWorkspace"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientNameLabel"));
    m_name->setTextFormat(Qt::RichText);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    m_name->setFont(nameFont);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("patientDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeline = new CourseTimelineView(context, this);
    m_events = new ClinicalEventsView(context, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("patientPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_timeline, tr("&Course and visits"));
    m_pages->addTab(m_events, tr("Clinical e&vents"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_pages, 1);

    connect(m_timeline, &CourseTimelineView::courseChanged, this, &PatientWorkspace::courseChanged);
    connect(&context, &AppContext::recordsChanged, this, [this](qint64 patientId) {
        if (patientId == m_patient.id && patientId > 0) {
            if (Result<Patient> patient = PatientRepository(m_context.database()).find(patientId); patient) {
                m_patient = *patient;
                showHeader();
            }
        }
    });
}

bool PatientWorkspace::setPatient(qint64 patientId, qint64 courseId)
{
    Result<Patient> patient = PatientRepository(m_context.database()).find(patientId);
    if (!patient)
        return false;
    m_patient = std::move(patient).value();
    showHeader();
    m_timeline->setPatient(m_patient.id, m_patient.displayName(), courseId);
    m_events->setPatient(m_patient.id);
    emit patientOpened(m_patient.id);
    return true;
}

qint64 PatientWorkspace::currentCourseId() const
{
    return m_timeline->currentCourseId();
}

void PatientWorkspace::showHeader()
{
    QString name = m_patient.displayName().toHtmlEscaped();
    if (m_patient.archived)
        name += QStringLiteral(" &nbsp;<span style='color:%1'>[%2]</span>")
                    .arg(StatusColors::color(StatusColors::Tone::Muted, palette()).name(), tr("archived"));
    m_name->setText(QStringLiteral("<b>%1</b>").arg(name));
    const QLocale locale;
    QStringList details{tr("Chart %1").arg(m_patient.chartNumber),
                        tr("born %1 (%2 years)")
                            .arg(locale.toString(m_patient.birthDate, QLocale::LongFormat))
                            .arg(m_patient.ageOn(Clock::today())),
                        sexDisplayName(m_patient.sex)};
    // English is what every patient gets unless told otherwise, so only another language is worth the room.
    if (!m_patient.language.isEmpty())
        details.append(tr("questionnaires in %1").arg(PatientLanguage::displayName(m_patient.language)));
    if (!m_patient.phone.isEmpty())
        details.append(m_patient.phone);
    m_details->setText(details.join(QStringLiteral("  ·  ")));
}

int PatientWorkspace::addPage(QWidget* page, const QString& title)
{
    return m_pages->addTab(page, title);
}

void PatientWorkspace::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
    // The keyboard follows to the page's first input; otherwise it would stay on the page just hidden.
    for (QWidget* next = page->nextInFocusChain(); next != page; next = next->nextInFocusChain()) {
        if (page->isAncestorOf(next) && next->isVisibleTo(page) && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    page->setFocus(Qt::OtherFocusReason);
}

} // namespace outcome
