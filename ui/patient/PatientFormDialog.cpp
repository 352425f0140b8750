// Patient form: fields, validation messages and the save.
#include "PatientFormDialog.h"

#include "InlineMessage.h"
#include "InstrumentLibrary.h"
#include "LabelledComboBox.h"
#include "PatientLanguage.h"
#include "PatientRepository.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outcome {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& accessibleName, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& name, const QString& accessibleName, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().height() * 4);
    return edit;
}

} // namespace

void PatientFormDialog::hideNotes()
{
    m_form->setRowVisible(m_notes, false);
}

QDate PatientFormDialog::parseDate(const QString& input)
{
    const QString text = input.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"), QStringLiteral("d/M/yyyy"),
                                  QLocale().dateFormat(QLocale::ShortFormat)}) {
        const QDate date = QLocale().toDate(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

PatientFormDialog::PatientFormDialog(Database& db, const Patient& patient, QWidget* parent,
                                     const InstrumentLibrary* instruments)
    : QDialog(parent)
    , m_db(db)
    , m_instruments(instruments)
    , m_patient(patient)
{
    setObjectName(QStringLiteral("patientFormDialog"));
    setWindowTitle(patient.id == 0 ? tr("New patient") : tr("Edit %1").arg(patient.displayName()));
    m_chart = lineEdit(this, QStringLiteral("chartNumberEdit"), tr("Chart number (required)"), patient.chartNumber);
    if (patient.id == 0 && patient.chartNumber.isEmpty()) {
        // The next number in the clinic's pattern, selected: Tab takes it, typing replaces it.
        const Result<QString> next = PatientRepository(db).nextChartNumber();
        if (next && !next->isEmpty()) {
            m_chart->setText(*next);
            m_chart->selectAll();
            m_chart->setAccessibleDescription(
                tr("Suggested: %1, the next free number in this clinic's pattern. Type to replace it.").arg(*next));
            m_chart->setToolTip(m_chart->accessibleDescription());
        }
    }
    m_family = lineEdit(this, QStringLiteral("familyNameEdit"), tr("Family name (required)"), patient.familyName);
    m_given = lineEdit(this, QStringLiteral("givenNameEdit"), tr("Given name (required)"), patient.givenName);
    m_born = lineEdit(this, QStringLiteral("birthDateEdit"), tr("Date of birth (required)"),
                      patient.birthDate.isValid() ? patient.birthDate.toString(Qt::ISODate) : QString());
    m_born->setPlaceholderText(tr("for example 1970-05-31 or 31.05.1970"));
    m_sex = new LabelledComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->setAccessibleName(tr("Sex"));
    for (Sex sex : {Sex::Unknown, Sex::Female, Sex::Male, Sex::Other})
        m_sex->addItem(sexDisplayName(sex), int(sex));
    m_sex->setCurrentIndex(m_sex->findData(int(patient.sex)));
    m_language = new LabelledComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language of the questionnaires"));
    // The common languages, then any other the clinic's definitions are translated into, and the patient's own.
    QStringList codes = PatientLanguage::commonCodes();
    QStringList more = instruments ? instruments->languages() : QStringList();
    more.append(patient.language);
    for (const QString& code : std::as_const(more)) {
        if (!codes.contains(code))
            codes.append(code);
    }
    for (const QString& code : std::as_const(codes))
        m_language->addItem(PatientLanguage::displayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(patient.language)));
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PatientFormDialog::describeLanguage);
    describeLanguage();
    m_phone = lineEdit(this, QStringLiteral("phoneEdit"), tr("Phone"), patient.phone);
    m_email = lineEdit(this, QStringLiteral("emailEdit"), tr("Email"), patient.email);
    m_address = textEdit(this, QStringLiteral("addressEdit"), tr("Address"), patient.address);
    m_notes = textEdit(this, QStringLiteral("patientNotesEdit"), tr("Notes"), patient.notes);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("patientFormMessage"));

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Chart number *"), m_chart);
    form->addRow(tr("&Family name *"), m_family);
    form->addRow(tr("&Given name *"), m_given);
    form->addRow(tr("Date of &birth *"), m_born);
    form->addRow(tr("&Sex"), m_sex);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("N&otes"), m_notes);
    auto* required = new QLabel(tr("* required"), this);
    required->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePatientButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(required);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PatientFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    ScreenFit::scrollContents(this, {buttons});
}

Patient PatientFormDialog::fromFields() const
{
    Patient patient = m_patient;
    patient.chartNumber = m_chart->text().trimmed();
    patient.familyName = m_family->text().trimmed();
    patient.givenName = m_given->text().trimmed();
    patient.birthDate = parseDate(m_born->text());
    patient.sex = Sex(m_sex->currentData().toInt());
    patient.language = m_language->currentData().toString();
    patient.phone = m_phone->text().trimmed();
    patient.email = m_email->text().trimmed();
    patient.address = m_address->toPlainText().trimmed();
    patient.notes = m_notes->toPlainText().trimmed();
    return patient;
}

void PatientFormDialog::showProblem(const Error& error)
{
    QString message = error.message;
    if (message.startsWith(tr("Date of birth")) && !m_born->text().trimmed().isEmpty() &&
        !parseDate(m_born->text()).isValid())
        message = tr("Date of birth: \"%1\" is not a date; type it as 1970-05-31 or 31.05.1970.")
                      .arg(m_born->text().trimmed());
    // Put the cursor where the message points: its first words name the field.
    const QList<QPair<QString, QLineEdit*>> fields{{tr("Chart number"), m_chart},
                                                   {tr("Family name"), m_family},
                                                   {tr("Given name"), m_given},
                                                   {tr("Date of birth"), m_born},
                                                   {tr("Email"), m_email}};
    QLineEdit* target = error.kind == ErrorKind::Conflict ? m_chart : nullptr;
    for (const auto& [name, edit] : fields) {
        if (!target && message.startsWith(name))
            target = edit;
    }
    if (target) {
        // Screen readers hear why along with the field the keyboard lands on, until it is edited. Qt 6.4 has no
        // "invalid entry" state to set, so the description says it in words before the reason.
        const char* usualProperty = "usualAccessibleDescription";
        if (!target->property(usualProperty).isValid())
            target->setProperty(usualProperty, target->accessibleDescription());
        const QString usual = target->property(usualProperty).toString();
        const QString invalid = tr("Invalid entry: %1").arg(message);
        target->setAccessibleDescription(usual.isEmpty() ? invalid : invalid + QLatin1Char(' ') + usual);
        connect(
            target, &QLineEdit::textEdited, this,
            [target, usualProperty]() {
                target->setAccessibleDescription(target->property(usualProperty).toString());
                target->setProperty(usualProperty, QVariant());
            },
            Qt::SingleShotConnection);
        target->setFocus();
        target->selectAll();
    }
    // Shown after the keyboard has moved, so the move does not cut the notification short when it is read out.
    m_message->showMessage(message);
}

void PatientFormDialog::describeLanguage()
{
    const QString code = m_language->currentData().toString();
    const QString name = m_language->currentText();
    QString note;
    if (code.isEmpty()) {
        note = tr("Self-entry and printed questionnaires are in English.");
    } else if (m_instruments) {
        QStringList translated;
        int asked = 0;
        for (const InstrumentDefinition* definition : m_instruments->definitions()) {
            if (!definition->asksPatient())
                continue;
            ++asked;
            if (definition->translations.count(code))
                translated.append(definition->shortName);
        }
        if (translated.isEmpty())
            note = tr("No questionnaire has a text in %1 yet: self-entry and printed questionnaires are in English.")
                       .arg(name);
        else if (translated.size() == asked)
            note = tr("Self-entry and printed questionnaires are in %1.").arg(name);
        else
            note = tr("In %1: %2. The other questionnaires are in English.")
                       .arg(name, QLocale().createSeparatedList(translated));
    } else {
        note = tr("Questionnaires are in %1 where their definitions have it, else in English.").arg(name);
    }
    m_languageNote->setText(note);
    m_language->setAccessibleDescription(note);
}

void PatientFormDialog::accept()
{
    const Patient patient = fromFields();
    PatientRepository patients(m_db);
    if (patient.id == 0) {
        Result<qint64> created = patients.create(patient);
        if (!created) {
            showProblem(created.error());
            return;
        }
        m_patient = patient;
        m_patient.id = *created;
    } else {
        if (Status status = patients.update(patient); !status) {
            showProblem(status.error());
            return;
        }
        m_patient = patient;
    }
    QDialog::accept();
}

} // namespace outcome
