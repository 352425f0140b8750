// Register view: search, list, keyboard movement between the two.
#include "PatientRegisterView.h"

#include "AppSettings.h"
#include "ColumnFit.h"
#include "ListTable.h"
#include "ListTableView.h"
#include "PatientListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace outcome {

namespace {

// "1 patient", "400 patients": the English forms spelt out, so that no reader sees "patient(s)".
QString patientCount(int count)
{
    return count == 1 ? PatientRegisterView::tr("1 patient")
                      : PatientRegisterView::tr("%1 patients").arg(QLocale().toString(count));
}

} // namespace

PatientRegisterView::PatientRegisterView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_model(new PatientListModel(db, this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, chart number or date of birth"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has an icon and no words: screen readers would find an unnamed button.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear search"));
    for (QToolButton* button : m_search->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear search"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setAccessibleDescription(tr("Type part of a name, a chart number or a date of birth; the list below "
                                          "updates as you type. Press Down to move into the list."));
    m_search->installEventFilter(this);

    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    m_showArchived->setChecked(AppSettings::instance().value(AppSettings::Key::ShowArchived).toBool());

    m_table = new ListTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients"));
    m_table->setModel(m_model);
    ListTable::prepare(m_table);
    // Column widths from the rows on screen only: measuring every row on every keystroke costs a frame.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    // The course fills the row; when the list is narrow it gives way first, then the name (elided in the middle).
    // The age goes first of all: the birth date beside it says the same. Where even so the names would be cut (a
    // narrow register in large text), the course and then the birth date go too, so the chart number and the whole
    // name stay readable; the open patient's page shows both.
    ColumnFit* fit = ColumnFit::install(m_table, m_table->horizontalHeader(), PatientListModel::CourseColumn,
                                        {PatientListModel::CourseColumn, PatientListModel::NameColumn});
    fit->setDropWhenNarrow({PatientListModel::AgeColumn, PatientListModel::CourseColumn, PatientListModel::BornColumn});
    // A narrow course column says when the patient is next due rather than the phase of the course.
    fit->setShortWhenNarrow({PatientListModel::CourseColumn});
    m_table->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("patientCountLabel"));
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_model, [this](const QString& text) { m_model->search(text); });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool checked) {
        AppSettings::instance().setValue(AppSettings::Key::ShowArchived, checked);
        m_model->setIncludeArchived(checked);
    });
    // Counting every match of a broad word in a large register takes longer than a keystroke may; it waits for a
    // pause in typing.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(300);
    connect(m_countTimer, &QTimer::timeout, this, [this]() { updateSummary(true); });
    connect(m_model, &PatientListModel::searched, this, [this]() {
        updateSummary();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            emit currentPatientChanged(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const PatientListEntry* entry = m_model->entry(current.row());
                emit currentPatientChanged(entry ? entry->patient.id : 0);
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const PatientListEntry* entry = m_model->entry(index.row()))
            emit patientActivated(entry->patient.id);
    });

    m_model->setIncludeArchived(m_showArchived->isChecked());
    m_model->search(QString());
    setFocusProxy(m_search);
}

qint64 PatientRegisterView::currentPatientId() const
{
    const PatientListEntry* entry = m_model->entry(m_table->currentIndex().row());
    return entry ? entry->patient.id : 0;
}

void PatientRegisterView::selectPatient(qint64 patientId)
{
    const int row = m_model->rowOfPatient(patientId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void PatientRegisterView::showPatient(const Patient& patient)
{
    if (m_model->rowOfPatient(patient.id) < 0) {
        if (patient.archived && !m_showArchived->isChecked())
            m_showArchived->setChecked(true);
        m_search->setText(patient.chartNumber);
    }
    selectPatient(patient.id);
}

void PatientRegisterView::refresh()
{
    const qint64 current = currentPatientId();
    m_model->refresh();
    selectPatient(current);
}

void PatientRegisterView::updateSummary(bool countAll)
{
    m_countTimer->stop();
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(m_model->lastError());
        return;
    }
    const int shown = m_model->rowCount();
    if (m_model->hasMore()) {
        if (!countAll) {
            m_summary->setText(
                tr("More than %L1 patients; scroll for more, or type more to narrow the list.").arg(shown));
            m_countTimer->start();
            return;
        }
        const Result<int> total = m_model->matchCount();
        if (!total) {
            m_summary->setText(total.error().message);
            return;
        }
        m_summary->setText(patientCount(*total));
    } else if (shown == 0 && !m_search->text().trimmed().isEmpty()) {
        m_summary->setText(tr("No patient matches \"%1\".").arg(m_search->text().trimmed()));
    } else {
        m_summary->setText(patientCount(shown));
    }
}

bool PatientRegisterView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        // Down moves into the list; Enter opens the highlighted patient without leaving the search box.
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentPatientId() > 0) {
            emit patientActivated(currentPatientId());
            return true;
        }
    } else if (watched == m_table) {
        if (key->key() == Qt::Key_Up && m_table->currentIndex().row() <= 0) {
            m_search->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentPatientId() > 0) {
            emit patientActivated(currentPatientId());
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() == Qt::NoModifier) {
            // Typing in the list continues the search.
            m_search->setFocus();
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace outcome
