// The clinic details form.
#include "ClinicDetailsDialog.h"

#include "ClinicSettingsRepository.h"
#include "InlineMessage.h"
#include "ScreenFit.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace outcome {

namespace {

// A logo is printed about 16 mm high: this many pixels are sharp at print resolution and keep the database small.
constexpr int kLogoMaxHeight = 400;
constexpr int kLogoMaxWidth = 1200;

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, const QString& text,
                         int lines)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

ClinicDetailsDialog::ClinicDetailsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("clinicDetailsDialog"));
    setWindowTitle(tr("Clinic details"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("clinicDetailsMessage"));
    if (Result<ClinicSettings> loaded = ClinicSettingsRepository(db).load(); loaded)
        m_loaded = *loaded;
    else
        m_message->showMessage(loaded.error().message);
    m_logo = m_loaded.logo;

    m_name = lineEdit(this, QStringLiteral("clinicNameEdit"), tr("Clinic name"), m_loaded.clinicName);
    m_address = textEdit(this, QStringLiteral("clinicAddressEdit"), tr("Address"), m_loaded.address, 3);
    m_phone = lineEdit(this, QStringLiteral("clinicPhoneEdit"), tr("Phone"), m_loaded.phone);
    m_email = lineEdit(this, QStringLiteral("clinicEmailEdit"), tr("Email"), m_loaded.email);
    m_website = lineEdit(this, QStringLiteral("clinicWebsiteEdit"), tr("Website"), m_loaded.website);
    m_clinician = lineEdit(this, QStringLiteral("clinicianNameEdit"), tr("Treating clinician"), m_loaded.clinicianName);
    m_clinician->setPlaceholderText(tr("as signed on reports, e.g. Dr Ana Silva"));
    m_clinicianTitle =
        lineEdit(this, QStringLiteral("clinicianTitleEdit"), tr("Clinician's profession"), m_loaded.clinicianTitle);
    m_clinicianTitle->setPlaceholderText(tr("e.g. Chiropractor, Physiotherapist"));
    m_notice = textEdit(this, QStringLiteral("confidentialityNoticeEdit"), tr("Confidentiality line"),
                        m_loaded.confidentialityNotice, 3);
    m_notice->setPlaceholderText(ClinicSettings::defaultConfidentialityNotice());

    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("clinicLogoPreview"));
    m_logoPreview->setMinimumHeight(48);
    auto* chooseLogo = new QPushButton(tr("C&hoose logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogo = new QPushButton(tr("&Remove logo"), this);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_chooseLogo = [this]() {
        return QFileDialog::getOpenFileName(this, tr("Choose the clinic's logo"),
                                            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                            tr("Images (*.png *.jpg *.jpeg)"));
    };
    connect(chooseLogo, &QPushButton::clicked, this, [this]() {
        const QString path = m_chooseLogo();
        if (!path.isEmpty())
            useLogoFile(path);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this]() {
        m_logo.clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Clinic &name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Website"), m_website);
    form->addRow(tr("Lo&go"), logoRow);
    // A label of a row of several widgets has no buddy of its own: without one it would show its "&".
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(logoRow)))
        label->setBuddy(chooseLogo);
    form->addRow(tr("&Treating clinician"), m_clinician);
    form->addRow(tr("Pro&fession"), m_clinicianTitle);
    form->addRow(tr("&Confidentiality line"), m_notice);
    auto* hint = new QLabel(tr("Printed on every report. Leave the confidentiality line empty to use the standard "
                               "one shown in grey."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("clinicDetailsSaveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ScreenFit::scrollContents(this, {buttons});
    connect(buttons, &QDialogButtonBox::accepted, this, &ClinicDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    showLogo();
}

ClinicSettings ClinicDetailsDialog::settings() const
{
    ClinicSettings settings = m_loaded;
    settings.clinicName = m_name->text().trimmed();
    settings.address = m_address->toPlainText().trimmed();
    settings.phone = m_phone->text().trimmed();
    settings.email = m_email->text().trimmed();
    settings.website = m_website->text().trimmed();
    settings.logo = m_logo;
    settings.clinicianName = m_clinician->text().trimmed();
    settings.clinicianTitle = m_clinicianTitle->text().trimmed();
    settings.confidentialityNotice = m_notice->toPlainText().trimmed();
    return settings;
}

bool ClinicDetailsDialog::useLogoFile(const QString& path)
{
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        m_message->showMessage(tr("Logo: %1 could not be read as an image (%2). Choose a PNG or JPEG file.")
                                   .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    if (image.height() > kLogoMaxHeight || image.width() > kLogoMaxWidth)
        image = image.scaled(kLogoMaxWidth, kLogoMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logo = bytes;
    m_message->clearMessage();
    showLogo();
    return true;
}

void ClinicDetailsDialog::showLogo()
{
    const QImage logo = QImage::fromData(m_logo);
    m_removeLogo->setEnabled(!logo.isNull());
    if (logo.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo: the clinic's name heads the letter alone."));
        return;
    }
    m_logoPreview->setText({});
    m_logoPreview->setPixmap(QPixmap::fromImage(logo.scaledToHeight(48, Qt::SmoothTransformation)));
}

void ClinicDetailsDialog::accept()
{
    if (Status saved = ClinicSettingsRepository(m_db).save(settings()); !saved) {
        m_message->showMessage(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace outcome
