// The privacy bar.
#include "PrivacyNotice.h"

#include "BackupStore.h"
#include "InlineMessage.h"
#include "PrivateFile.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace outcome {

PrivacyNotice::PrivacyNotice(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_path(databasePath)
{
    setObjectName(QStringLiteral("privacyNotice"));
    m_message = new InlineMessage(this);
    m_makePrivate = new QPushButton(tr("Make private"), this);
    m_makePrivate->setObjectName(QStringLiteral("makePrivateButton"));
    m_makePrivate->setToolTip(tr("Let only your account read the database and its backups"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_makePrivate);
    connect(m_makePrivate, &QPushButton::clicked, this, &PrivacyNotice::makePrivate);
    refresh();
}

void PrivacyNotice::refresh()
{
    const bool exposed = PrivateFile::readableByOthers(m_path);
    if (exposed)
        m_message->showMessage(tr("Other accounts on this computer can read this database, and with it every "
                                  "patient's records."),
                               InlineMessage::Kind::Warning);
    setVisible(exposed);
}

void PrivacyNotice::makePrivate()
{
    if (Status status = BackupStore(m_path).makePrivate(); !status) {
        m_message->showMessage(status.error().message, InlineMessage::Kind::Error);
        return;
    }
    refresh();
}

} // namespace outcome
