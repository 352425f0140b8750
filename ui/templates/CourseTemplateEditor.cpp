// The course template editor.
#include "CourseTemplateEditor.h"

#include "AppContext.h"
#include "Clock.h"
#include "CourseSchedule.h"
#include "CourseTemplateRepository.h"
#include "InlineMessage.h"
#include "InstrumentLibrary.h"
#include "ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

enum FollowUpColumn
{
    NameColumn,
    AmountColumn,
    UnitColumn,
    AnchorColumn,
    ClosesColumn,
    FollowUpColumnCount
};

// Instrument columns: baseline, sessions, then one per follow-up.
constexpr int kBaselineColumn = 0;
constexpr int kSessionColumn = 1;
constexpr int kFirstFollowUpColumn = 2;

Qt::CheckState stateOf(const QList<PlannedInstrument>& instruments, const QString& id)
{
    for (const PlannedInstrument& planned : instruments) {
        if (planned.instrumentId == id)
            return planned.optional ? Qt::PartiallyChecked : Qt::Checked;
    }
    return Qt::Unchecked;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* created = new QPushButton(text, parent);
    created->setObjectName(name);
    created->setAutoDefault(false);
    return created;
}

} // namespace

CourseTemplateEditor::CourseTemplateEditor(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("courseTemplateEditor"));
    setWindowTitle(tr("Course templates"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Course templates"));
    QPushButton* create = button(tr("&New template"), QStringLiteral("newTemplateButton"), this);
    QPushButton* retireButton = button(tr("Re&tire"), QStringLiteral("retireTemplateButton"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(create);
    listButtons->addWidget(retireButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setAccessibleName(tr("Template name"));
    m_sessions = new QSpinBox(this);
    m_sessions->setObjectName(QStringLiteral("sessionCountSpin"));
    m_sessions->setAccessibleName(tr("Number of sessions"));
    m_sessions->setRange(0, 100);
    m_perWeek = new QSpinBox(this);
    m_perWeek->setObjectName(QStringLiteral("sessionsPerWeekSpin"));
    m_perWeek->setAccessibleName(tr("Sessions per week"));
    m_perWeek->setRange(1, 7);
    auto* weekdayRow = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("weekdayCheck%1").arg(day));
        box->setAccessibleName(tr("Sessions on %1").arg(QLocale().dayName(day)));
        m_weekdays.append(box);
        weekdayRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this]() {
            if (m_filling)
                return;
            m_editing.weekdays.clear();
            for (int i = 0; i < m_weekdays.size(); ++i) {
                if (m_weekdays[i]->isChecked())
                    m_editing.weekdays.append(i + 1);
            }
            refreshPreview();
        });
    }
    weekdayRow->addStretch(1);
    auto* weekdayHint =
        new QLabel(tr("No weekday ticked: sessions are spread evenly from the start date's weekday."), this);
    weekdayHint->setForegroundRole(QPalette::PlaceholderText);
    weekdayHint->setWordWrap(true);

    m_followUps = new QTableWidget(0, FollowUpColumnCount, this);
    m_followUps->setObjectName(QStringLiteral("followUpTable"));
    m_followUps->setTabKeyNavigation(false); // arrow keys move between cells; Tab leaves the table
    m_followUps->setAccessibleName(tr("Follow-up visits"));
    m_followUps->setHorizontalHeaderLabels(
        {tr("Follow-up"), tr("After"), tr("Unit"), tr("Counted from"), tr("Closes course")});
    m_followUps->verticalHeader()->hide();
    m_followUps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_followUps->setSelectionBehavior(QAbstractItemView::SelectRows);
    QPushButton* addButton = button(tr("&Add follow-up"), QStringLiteral("addFollowUpButton"), this);
    QPushButton* removeButton = button(tr("Remo&ve follow-up"), QStringLiteral("removeFollowUpButton"), this);
    auto* followUpButtons = new QHBoxLayout;
    followUpButtons->addWidget(addButton);
    followUpButtons->addWidget(removeButton);
    followUpButtons->addStretch(1);

    m_instruments = new QTableWidget(this);
    m_instruments->setObjectName(QStringLiteral("templateInstrumentTable"));
    m_instruments->setTabKeyNavigation(false);
    m_instruments->setAccessibleName(tr("Instruments at each visit"));
    m_instruments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_instruments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* legend =
        new QLabel(tr("Click or press Space to cycle: empty = not taken, dash = optional, tick = always taken."), this);
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setWordWrap(true);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    auto* counts = new QHBoxLayout;
    counts->addWidget(m_sessions);
    auto* perWeekLabel = new QLabel(tr("sessions, &per week"), this);
    perWeekLabel->setBuddy(m_perWeek);
    counts->addWidget(perWeekLabel);
    counts->addWidget(m_perWeek);
    counts->addStretch(1);
    auto* sessionsLabel = new QLabel(tr("&Sessions"), this);
    sessionsLabel->setBuddy(m_sessions);
    form->addRow(sessionsLabel, counts);
    form->addRow(tr("Weekdays"), weekdayRow);
    form->addRow(QString(), weekdayHint);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(tr("<b>Follow-ups</b>"), this));
    // Room for four follow-ups before the table scrolls.
    m_followUps->setMinimumHeight(m_followUps->horizontalHeader()->sizeHint().height() +
                                  4 * (fontMetrics().height() + 14));
    right->addWidget(m_followUps, 2);
    right->addLayout(followUpButtons);
    right->addWidget(new QLabel(tr("<b>Instruments at each visit</b>"), this));
    right->addWidget(m_instruments, 3);
    right->addWidget(legend);
    right->addWidget(m_preview);
    right->addWidget(m_message);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 4);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    auto* versionNote = new QLabel(tr("Courses already started keep the template version they began with."), this);
    versionNote->setForegroundRole(QPalette::PlaceholderText);
    versionNote->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(versionNote, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);
    ScreenFit::scrollContents(this, {bottom});

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CourseTemplateEditor::save);
    connect(create, &QPushButton::clicked, this, &CourseTemplateEditor::newTemplate);
    connect(retireButton, &QPushButton::clicked, this, &CourseTemplateEditor::retire);
    connect(addButton, &QPushButton::clicked, this, &CourseTemplateEditor::addFollowUp);
    connect(removeButton, &QPushButton::clicked, this, [this]() {
        const int row = m_followUps->currentRow();
        if (row < 0 || row >= m_editing.followUps.size())
            return;
        m_editing.followUps.removeAt(row);
        fillFollowUps();
        fillInstruments();
        refreshPreview();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_templates.size())
            edit(m_templates[row]);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) { m_editing.name = text; });
    connect(m_sessions, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_filling) {
            m_editing.sessionCount = value;
            refreshPreview();
        }
    });
    connect(m_perWeek, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_filling) {
            m_editing.sessionsPerWeek = value;
            refreshPreview();
        }
    });
    connect(m_followUps, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            readFollowUp(item->row());
    });
    connect(m_instruments, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling)
            readInstrument(item->row(), item->column());
    });

    if (Result<qint64> standard = CourseTemplateRepository(context.database()).ensureStandard(); !standard)
        m_message->showMessage(standard.error().message);
    reloadList(QString());
    ScreenFit::resizeWithin(this, QSize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 40));
}

void CourseTemplateEditor::reloadList(const QString& selectKey)
{
    Result<QList<CourseTemplate>> current = CourseTemplateRepository(m_context.database()).current();
    if (!current) {
        m_message->showMessage(current.error().message);
        return;
    }
    m_templates = std::move(current).value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selected = 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        m_list->addItem(tr("%1 (version %2)").arg(m_templates[i].name).arg(m_templates[i].version));
        if (m_templates[i].key == selectKey)
            selected = i;
    }
    if (!m_templates.isEmpty()) {
        m_list->setCurrentRow(selected);
        edit(m_templates[selected]);
    }
}

void CourseTemplateEditor::edit(const CourseTemplate& courseTemplate)
{
    m_editing = courseTemplate;
    m_message->clearMessage();
    showFields();
}

void CourseTemplateEditor::showFields()
{
    m_filling = true;
    m_name->setText(m_editing.name);
    m_sessions->setValue(m_editing.sessionCount);
    m_perWeek->setValue(m_editing.sessionsPerWeek);
    for (int i = 0; i < m_weekdays.size(); ++i)
        m_weekdays[i]->setChecked(m_editing.weekdays.contains(i + 1));
    m_filling = false;
    fillFollowUps();
    fillInstruments();
    refreshPreview();
}

void CourseTemplateEditor::fillFollowUps()
{
    m_filling = true;
    m_followUps->setRowCount(0);
    for (int row = 0; row < m_editing.followUps.size(); ++row) {
        const FollowUpRule& rule = m_editing.followUps[row];
        m_followUps->insertRow(row);
        m_followUps->setItem(row, NameColumn, new QTableWidgetItem(rule.label));
        auto* amount = new QSpinBox(m_followUps);
        amount->setRange(1, 3660);
        amount->setValue(rule.amount);
        amount->setAccessibleName(tr("Offset of %1").arg(rule.label));
        m_followUps->setCellWidget(row, AmountColumn, amount);
        auto* unit = new QComboBox(m_followUps);
        unit->addItem(tr("days"), int(OffsetUnit::Days));
        unit->addItem(tr("weeks"), int(OffsetUnit::Weeks));
        unit->addItem(tr("months"), int(OffsetUnit::Months));
        unit->setCurrentIndex(unit->findData(int(rule.unit)));
        unit->setAccessibleName(tr("Unit of the offset of %1").arg(rule.label));
        m_followUps->setCellWidget(row, UnitColumn, unit);
        auto* anchor = new QComboBox(m_followUps);
        anchor->addItem(tr("course start"), int(FollowUpAnchor::CourseStart));
        anchor->addItem(tr("last session"), int(FollowUpAnchor::LastSession));
        anchor->setCurrentIndex(anchor->findData(int(rule.anchor)));
        anchor->setAccessibleName(tr("What the offset of %1 counts from").arg(rule.label));
        m_followUps->setCellWidget(row, AnchorColumn, anchor);
        auto* closes = new QTableWidgetItem;
        closes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        closes->setCheckState(rule.closesCourse ? Qt::Checked : Qt::Unchecked);
        m_followUps->setItem(row, ClosesColumn, closes);
        connect(amount, &QSpinBox::valueChanged, this, [this, row]() { readFollowUp(row); });
        connect(unit, &QComboBox::currentIndexChanged, this, [this, row]() { readFollowUp(row); });
        connect(anchor, &QComboBox::currentIndexChanged, this, [this, row]() { readFollowUp(row); });
    }
    m_filling = false;
}

void CourseTemplateEditor::readFollowUp(int row)
{
    if (m_filling || row < 0 || row >= m_editing.followUps.size())
        return;
    FollowUpRule& rule = m_editing.followUps[row];
    const QString oldLabel = rule.label;
    rule.label = m_followUps->item(row, NameColumn)->text().trimmed();
    rule.amount = qobject_cast<QSpinBox*>(m_followUps->cellWidget(row, AmountColumn))->value();
    rule.unit = OffsetUnit(qobject_cast<QComboBox*>(m_followUps->cellWidget(row, UnitColumn))->currentData().toInt());
    rule.anchor =
        FollowUpAnchor(qobject_cast<QComboBox*>(m_followUps->cellWidget(row, AnchorColumn))->currentData().toInt());
    rule.closesCourse = m_followUps->item(row, ClosesColumn)->checkState() == Qt::Checked;
    if (rule.label != oldLabel)
        fillInstruments();
    refreshPreview();
}

void CourseTemplateEditor::fillInstruments()
{
    m_filling = true;
    QStringList ids;
    QStringList names;
    for (const InstrumentDefinition* definition : m_context.instruments().definitions()) {
        ids.append(definition->id);
        names.append(QStringLiteral("%1 — %2").arg(definition->shortName, definition->name));
    }
    QStringList columns{tr("Baseline"), tr("Sessions")};
    for (const FollowUpRule& rule : m_editing.followUps)
        columns.append(rule.label);
    m_instruments->clear();
    m_instruments->setRowCount(int(ids.size()));
    m_instruments->setColumnCount(int(columns.size()));
    m_instruments->setHorizontalHeaderLabels(columns);
    m_instruments->setVerticalHeaderLabels(names);
    for (int row = 0; row < ids.size(); ++row) {
        for (int column = 0; column < columns.size(); ++column) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsUserTristate);
            item->setData(Qt::UserRole, ids[row]);
            item->setCheckState(stateOf(*instrumentsOfColumn(column), ids[row]));
            m_instruments->setItem(row, column, item);
        }
    }
    m_filling = false;
}

QList<PlannedInstrument>* CourseTemplateEditor::instrumentsOfColumn(int column)
{
    if (column == kBaselineColumn)
        return &m_editing.baselineInstruments;
    if (column == kSessionColumn)
        return &m_editing.sessionInstruments;
    return &m_editing.followUps[column - kFirstFollowUpColumn].instruments;
}

void CourseTemplateEditor::readInstrument(int row, int column)
{
    QTableWidgetItem* item = m_instruments->item(row, column);
    if (!item || column < 0 || column >= kFirstFollowUpColumn + m_editing.followUps.size())
        return;
    const QString id = item->data(Qt::UserRole).toString();
    QList<PlannedInstrument>* instruments = instrumentsOfColumn(column);
    const auto it = std::find_if(instruments->begin(), instruments->end(),
                                 [&id](const PlannedInstrument& planned) { return planned.instrumentId == id; });
    const Qt::CheckState state = item->checkState();
    if (state == Qt::Unchecked) {
        if (it != instruments->end())
            instruments->erase(it);
    } else if (it != instruments->end()) {
        it->optional = state == Qt::PartiallyChecked;
    } else {
        instruments->append({id, state == Qt::PartiallyChecked});
    }
}

void CourseTemplateEditor::addFollowUp()
{
    FollowUpRule rule;
    rule.label = tr("12 months");
    rule.amount = 12;
    rule.unit = OffsetUnit::Months;
    if (!m_editing.followUps.isEmpty())
        rule.instruments = m_editing.followUps.last().instruments;
    m_editing.followUps.append(rule);
    fillFollowUps();
    fillInstruments();
    refreshPreview();
    m_followUps->setCurrentCell(int(m_editing.followUps.size()) - 1, NameColumn);
    m_followUps->setFocus();
}

void CourseTemplateEditor::newTemplate()
{
    CourseTemplate created = m_editing;
    created.id = 0;
    created.key.clear();
    created.version = 1;
    created.name = tr("%1 (copy)").arg(m_editing.name);
    edit(created);
    m_list->clearSelection();
    m_name->setFocus();
    m_name->selectAll();
}

void CourseTemplateEditor::refreshPreview()
{
    if (Status status = validateCourseTemplate(m_editing); !status) {
        m_preview->setText(status.error().message);
        return;
    }
    const QDate start = Clock::today();
    const QList<Visit> visits = CourseSchedule::plan(m_editing, start);
    QStringList dates;
    for (const Visit& visit : visits) {
        if (visit.kind != VisitKind::Baseline)
            dates.append(QStringLiteral("%1 %2").arg(visit.shortTitle(),
                                                     QLocale().toString(visit.scheduledDate, QStringLiteral("d MMM"))));
    }
    m_preview->setText(tr("A course starting today would have %1 visits: baseline %2, then %3.")
                           .arg(visits.size())
                           .arg(QLocale().toString(start, QStringLiteral("d MMM")), dates.join(QStringLiteral(", "))));
}

bool CourseTemplateEditor::save()
{
    m_editing.name = m_name->text().trimmed();
    Result<CourseTemplate> saved = CourseTemplateRepository(m_context.database()).save(m_editing);
    if (!saved) {
        m_message->showMessage(saved.error().message);
        return false;
    }
    const QString key = saved->key;
    reloadList(key);
    m_message->showMessage(tr("Saved \"%1\" as version %2.").arg(saved->name).arg(saved->version),
                           InlineMessage::Kind::Information);
    m_context.notifyRecordsChanged(0);
    return true;
}

void CourseTemplateEditor::retire()
{
    if (m_editing.key.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Retire template"),
                              tr("Retire \"%1\"? It is no longer offered for new courses; courses started from it are "
                                 "not changed.")
                                  .arg(m_editing.name)) != QMessageBox::Yes)
        return;
    if (Status status = CourseTemplateRepository(m_context.database()).retire(m_editing.key); !status) {
        m_message->showMessage(status.error().message);
        return;
    }
    reloadList(QString());
}

} // namespace outcome
