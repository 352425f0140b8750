// Locks the program's windows after a while without input, or on Ctrl+L: every window is covered so no patient
// detail shows, and the signed-in account's password (or another account's: switching user) opens them again.
// Nothing underneath is closed, so a form not yet saved is there as it was.
#pragma once

#include "Account.h"
#include "SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace outcome {

class Database;

class ScreenLock : public QObject
{
    Q_OBJECT

public:
    ScreenLock(Database& db, const Account& account, QWidget* window);
    ~ScreenLock() override;

    const Account& account() const { return m_account; }
    bool isLocked() const { return m_dialog != nullptr; }
    // Without input for this long the windows lock; zero never. The preference, limited by the clinic's maximum.
    void setIdleTimeout(int milliseconds);
    int idleTimeout() const { return m_idle.interval(); }
    // The dialog asking for the password while locked.
    SignInDialog* dialog() const { return m_dialog; }

public slots:
    void lock();
    // Locks with the name field open for another account.
    void switchUser();

signals:
    void locked();
    // The windows are open again; `account` is who signed in (another one after switching user).
    void unlocked(const Account& account);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lockFor(bool anotherAccount);
    void cover();
    // Takes the covers away; with `clinicalToo` false only the main window's (a front-desk account signed in).
    void uncover(bool clinicalToo);

    Database& m_db;
    Account m_account;
    QPointer<QWidget> m_window;
    QTimer m_idle;
    QPointer<SignInDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace outcome
