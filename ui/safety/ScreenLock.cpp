// Idle watching, covers over every window, and the unlock dialog.
#include "ScreenLock.h"

#include "SignInDialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWidget>

namespace outcome {

namespace {

// An opaque sheet over one window while the program is locked.
class LockCover : public QWidget
{
public:
    explicit LockCover(QWidget* host)
        : QWidget(host)
    {
        setObjectName(QStringLiteral("lockCover"));
        setAccessibleName(QApplication::translate("outcome::ScreenLock", "Locked"));
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Window);
        auto* label = new QLabel(QApplication::translate("outcome::ScreenLock", "Outcome Tracker is locked."), this);
        label->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(label);
        setGeometry(host->rect());
        host->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Kept over the whole window, and above anything the window adds while locked.
        if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded ||
                                    event->type() == QEvent::LayoutRequest)) {
            setGeometry(parentWidget()->rect());
            raise();
        }
        return false;
    }
};

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

ScreenLock::ScreenLock(Database& db, const Account& account, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_account(account)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ScreenLock::lock);
    qApp->installEventFilter(this);
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
    uncover(true);
}

void ScreenLock::setIdleTimeout(int milliseconds)
{
    m_idle.stop();
    m_idle.setInterval(milliseconds);
    if (milliseconds > 0 && !isLocked())
        m_idle.start();
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    if (!isLocked() && m_idle.interval() > 0 && isInput(event->type()))
        m_idle.start();
    return QObject::eventFilter(watched, event);
}

void ScreenLock::lock()
{
    lockFor(false);
}

void ScreenLock::switchUser()
{
    lockFor(true);
}

void ScreenLock::cover()
{
    for (QWidget* top : QApplication::topLevelWidgets()) {
        const bool covered = top->findChild<QWidget*>(QStringLiteral("lockCover"), Qt::FindDirectChildrenOnly);
        if (top->isVisible() && top != m_dialog && !covered)
            m_covers.append(new LockCover(top));
    }
}

void ScreenLock::uncover(bool clinicalToo)
{
    QList<QPointer<QWidget>> kept;
    for (const QPointer<QWidget>& cover : std::as_const(m_covers)) {
        if (!cover)
            continue;
        QWidget* host = cover->parentWidget();
        // The main window limits itself to what the account may see; any other window (a visit form, an audit
        // trail) holds clinical data, so it stays covered and out of reach until a clinician signs in again. It is
        // not closed: its work is kept for them.
        if (clinicalToo || host == m_window) {
            host->setEnabled(true);
            delete cover.data();
        } else {
            host->setEnabled(false);
            kept.append(cover);
        }
    }
    m_covers = kept;
}

void ScreenLock::lockFor(bool anotherAccount)
{
    if (isLocked()) {
        if (anotherAccount && m_dialog)
            m_dialog->nameField()->setFocus();
        return;
    }
    m_idle.stop();
    m_dialog =
        new SignInDialog(m_db, anotherAccount ? SignInDialog::Purpose::SwitchUser : SignInDialog::Purpose::Unlock,
                         m_account.name, m_window);
    cover();
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this]() {
        m_account = *m_dialog->account();
        uncover(roleAllows(m_account.role, Permission::Clinical));
        m_dialog = nullptr;
        if (m_idle.interval() > 0)
            m_idle.start();
        emit unlocked(m_account);
    });
    m_dialog->open();
    emit locked();
}

} // namespace outcome
