// The accounts list and the small dialogs that change one account.
#include "AccountsDialog.h"

#include "AccountRepository.h"
#include "Database.h"
#include "InlineMessage.h"
#include "WaitCursor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outcome {

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    PinColumn,
    StatusColumn,
    ColumnCount
};

QLineEdit* secretEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

AccountEditDialog::AccountEditDialog(Database& db, Purpose purpose, const QString& name,
                                     const std::optional<Account>& signedIn, Argon2Cost cost, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_purpose(purpose)
    , m_name(name)
    , m_own(signedIn && purpose != Purpose::NewAccount && Account::nameKey(signedIn->name) == Account::nameKey(name))
    , m_cost(cost)
{
    setObjectName(QStringLiteral("accountEditDialog"));
    auto* form = new QFormLayout;
    QString intro;
    if (purpose == Purpose::NewAccount) {
        setWindowTitle(tr("Add account"));
        intro = tr("Each person who uses Outcome Tracker gets an account of their own, so the audit trail names who "
                   "entered or changed each record.");
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(QStringLiteral("accountNameEdit"));
        m_nameEdit->setAccessibleName(tr("Account name"));
        m_nameEdit->setMaxLength(40);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("accountRoleCombo"));
        m_role->setAccessibleName(tr("Role"));
        for (Role role : {Role::Clinician, Role::FrontDesk, Role::Administrator})
            m_role->addItem(roleDisplayName(role), roleToCode(role));
        form->addRow(tr("&Name:"), m_nameEdit);
        form->addRow(tr("&Role:"), m_role);
    } else {
        setWindowTitle(purpose == Purpose::NewPassword ? tr("New password for %1").arg(name)
                                                       : tr("PIN for %1").arg(name));
        intro = purpose == Purpose::NewPassword
                    ? tr("A new password also ends any wait after wrong passwords.")
                    : tr("A PIN of %1 to 8 digits leaves the patient view instead of the password.")
                          .arg(PasswordHash::kMinimumPinLength);
        if (m_own) {
            m_current = secretEdit(QStringLiteral("accountCurrentPassword"), tr("Your current password"), this);
            form->addRow(tr("&Current password:"), m_current);
        }
    }
    const bool pin = purpose == Purpose::NewPin;
    m_secret = secretEdit(QStringLiteral("accountSecretEdit"), pin ? tr("New PIN") : tr("New password"), this);
    m_repeat =
        secretEdit(QStringLiteral("accountRepeatEdit"), pin ? tr("New PIN again") : tr("New password again"), this);
    if (pin) {
        m_secret->setMaxLength(8);
        m_repeat->setMaxLength(8);
    }
    form->addRow(pin ? tr("New &PIN:") : tr("&Password:"), m_secret);
    form->addRow(tr("&Again:"), m_repeat);

    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("accountEditMessage"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("accountEditButtons"));
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::NewAccount ? tr("&Add account")
                  : pin                          ? tr("&Set PIN")
                                                 : tr("&Set password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_secret->setMinimumWidth(280);
    (m_nameEdit ? m_nameEdit : m_current ? m_current : m_secret)->setFocus();
}

void AccountEditDialog::setOnlyAdministrator()
{
    if (!m_role)
        return;
    m_role->setCurrentIndex(m_role->findData(roleToCode(Role::Administrator)));
    m_role->setEnabled(false);
    m_role->setToolTip(tr("The first account is an administrator, who then adds the others."));
}

void AccountEditDialog::accept()
{
    const Status saved = save();
    m_secret->clear();
    m_repeat->clear();
    if (m_current)
        m_current->clear();
    if (!saved) {
        m_message->showMessage(saved.error().message);
        adjustSize();
        return;
    }
    QDialog::accept();
}

Status AccountEditDialog::save()
{
    const bool pin = m_purpose == Purpose::NewPin;
    if (m_secret->text() != m_repeat->text()) {
        m_repeat->setFocus();
        return makeError(ErrorKind::Invalid,
                         pin ? tr("Again: the two PINs differ; type the same PIN twice.")
                             : tr("Again: the two passwords differ; type the same password twice."));
    }
    const Passphrase secret(m_secret->text());
    AccountRepository accounts(m_db, m_cost);
    WaitCursor busy;
    if (m_purpose == Purpose::NewAccount) {
        const std::optional<Role> role = roleFromCode(m_role->currentData().toString());
        Result<Account> added = accounts.add(m_nameEdit->text().trimmed(), role.value_or(Role::Clinician), secret);
        if (!added) {
            (added.error().message.startsWith(tr("Name")) ? m_nameEdit : m_secret)->setFocus();
            return added.error();
        }
        m_saved = *added;
        return {};
    }
    if (m_current) {
        // The signed-in account proves it is still the one at the keyboard; a wrong password counts as any other.
        Result<Account> checked = accounts.signIn(m_name, Passphrase(m_current->text()));
        if (!checked) {
            m_current->setFocus();
            return checked.error();
        }
    }
    const Status changed = pin ? accounts.setPin(m_name, &secret) : accounts.setPassword(m_name, secret);
    if (!changed) {
        m_secret->setFocus();
        return changed;
    }
    Result<Account> found = accounts.find(m_name);
    if (!found)
        return found.error();
    m_saved = *found;
    return {};
}

AccountsDialog::AccountsDialog(Database& db, const std::optional<Account>& signedIn, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_signedIn(signedIn)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("accountsIntro"));
    m_intro->setWordWrap(true);
    updateIntro();

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Name"), tr("Role"), tr("PIN"), tr("Status")});
    m_table->header()->setStretchLastSection(true);
    m_table->setMinimumHeight(fontMetrics().height() * 9);

    m_add = new QPushButton(tr("&Add account…"), this);
    m_add->setObjectName(QStringLiteral("addAccountButton"));
    m_password = new QPushButton(tr("New &password…"), this);
    m_password->setObjectName(QStringLiteral("accountPasswordButton"));
    m_pin = new QPushButton(tr("Set P&IN…"), this);
    m_pin->setObjectName(QStringLiteral("accountPinButton"));
    m_clearPin = new QPushButton(tr("&Remove PIN"), this);
    m_clearPin->setObjectName(QStringLiteral("accountClearPinButton"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("accountDisableButton"));
    auto* side = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_password, m_pin, m_clearPin, m_disable}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch();
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_password, &QPushButton::clicked, this, [this]() { editSecret(AccountEditDialog::Purpose::NewPassword); });
    connect(m_pin, &QPushButton::clicked, this, [this]() { editSecret(AccountEditDialog::Purpose::NewPin); });
    connect(m_clearPin, &QPushButton::clicked, this, &AccountsDialog::clearPin);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);

    auto* idle = new QGroupBox(tr("Idle lock on every workstation"), this);
    m_idleGroup = idle;
    m_idleLimited = new QCheckBox(tr("&Lock after at most"), idle);
    m_idleLimited->setObjectName(QStringLiteral("idleLockMaximumCheck"));
    m_idleLimited->setAccessibleName(tr("Enforce a longest idle time for every workstation"));
    m_idleMinutes = new QSpinBox(idle);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockMaximumSpin"));
    m_idleMinutes->setAccessibleName(tr("Longest idle time before any workstation locks"));
    m_idleMinutes->setRange(1, AccountRepository::kLongestIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setKeyboardTracking(false);
    auto* idleNote = new QLabel(tr("Each workstation may choose a shorter time in its preferences, never a longer "
                                   "one."),
                                idle);
    idleNote->setWordWrap(true);
    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleLimited);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addStretch();
    auto* idleLayout = new QVBoxLayout(idle);
    idleLayout->addLayout(idleRow);
    idleLayout->addWidget(idleNote);
    connect(m_idleLimited, &QCheckBox::toggled, this, &AccountsDialog::saveIdleLockMaximum);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, &AccountsDialog::saveIdleLockMaximum);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(idle);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    idle->setVisible(m_signedIn.has_value());
    idle->setEnabled(administrator());
    resize(fontMetrics().averageCharWidth() * 100, sizeHint().height());

    reload();
    if (m_signedIn)
        selectAccount(m_signedIn->name);
    m_table->setFocus();
}

void AccountsDialog::updateIntro()
{
    if (!m_signedIn)
        m_intro->setText(tr("Nobody signs in yet. Add the first account, an administrator: from then on Outcome "
                            "Tracker starts at a sign-in screen, every change is recorded under the account that made "
                            "it, and an unattended window locks itself."));
    else if (administrator())
        m_intro->setText(tr("Administrators manage accounts, clinic details, templates and restores; clinicians work "
                            "with clinical data; the front desk keeps the register and the schedule and sees no "
                            "scores, notes or markers. Nobody is deleted: disable an account instead, so the audit "
                            "trail keeps its name."));
    else
        m_intro->setText(tr("Your own password and PIN. An administrator adds and disables accounts."));
}

bool AccountsDialog::administrator() const
{
    return m_signedIn && roleAllows(m_signedIn->role, Permission::Administration);
}

std::optional<QString> AccountsDialog::selectedName() const
{
    const QTreeWidgetItem* item = m_table->currentItem();
    if (!item)
        return std::nullopt;
    return item->text(NameColumn);
}

const Account* AccountsDialog::selectedAccount() const
{
    const std::optional<QString> name = selectedName();
    if (!name)
        return nullptr;
    const auto found = std::find_if(m_accounts.cbegin(), m_accounts.cend(), [&](const Account& candidate) {
        return Account::nameKey(candidate.name) == Account::nameKey(*name);
    });
    return found == m_accounts.cend() ? nullptr : &*found;
}

void AccountsDialog::selectAccount(const QString& name)
{
    for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
        if (Account::nameKey(m_table->topLevelItem(row)->text(NameColumn)) == Account::nameKey(name))
            m_table->setCurrentItem(m_table->topLevelItem(row));
    }
}

void AccountsDialog::reload()
{
    const std::optional<QString> selected = selectedName();
    AccountRepository accounts(m_db);
    Result<QList<Account>> all = accounts.list();
    if (!all) {
        m_message->showMessage(all.error().message);
        return;
    }
    m_accounts = *all;
    m_table->clear();
    for (const Account& account : std::as_const(m_accounts)) {
        // Someone who is not an administrator sees only their own account.
        if (m_signedIn && !administrator() && account.id != m_signedIn->id)
            continue;
        QString status = account.disabled ? tr("Disabled") : tr("Active");
        if (!account.disabled && account.failedAttempts > 0)
            status = account.failedAttempts == 1
                         ? tr("Active; 1 wrong password")
                         : tr("Active; %1 wrong passwords in a row").arg(account.failedAttempts);
        auto* item = new QTreeWidgetItem(m_table, {account.name, roleDisplayName(account.role),
                                                   account.pinHash.isEmpty() ? tr("No") : tr("Yes"), status});
        if (account.disabled) {
            QFont font = item->font(NameColumn);
            font.setItalic(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, font);
        }
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_table->resizeColumnToContents(column);
    if (selected)
        selectAccount(*selected);
    if (!m_table->currentItem() && m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(0));

    Result<std::optional<int>> maximum = accounts.idleLockMaximum();
    m_loading = true;
    m_idleLimited->setChecked(maximum && maximum->has_value());
    m_idleMinutes->setValue(maximum && maximum->has_value() ? **maximum : 15);
    m_idleMinutes->setEnabled(m_idleLimited->isChecked());
    m_loading = false;
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const Account* account = selectedAccount();
    const bool chosen = account != nullptr;
    const bool own = chosen && m_signedIn && account->id == m_signedIn->id;
    const bool manage = administrator();
    m_add->setEnabled(manage || !m_signedIn);
    m_add->setVisible(manage || !m_signedIn);
    m_password->setEnabled(chosen && (manage || own));
    m_pin->setEnabled(chosen && (manage || own) && !account->disabled);
    m_clearPin->setEnabled(chosen && (manage || own) && !account->pinHash.isEmpty());
    m_disable->setVisible(manage);
    m_disable->setEnabled(chosen && manage && !own);
    m_disable->setText(chosen && account->disabled ? tr("&Enable") : tr("&Disable"));
    m_disable->setToolTip(own ? tr("You cannot disable the account you are signed in with.") : QString());
}

void AccountsDialog::report(const Status& status, const QString& done)
{
    if (status)
        m_message->showMessage(done, InlineMessage::Kind::Information);
    else
        m_message->showMessage(status.error().message);
    reload();
}

void AccountsDialog::addAccount()
{
    AccountEditDialog dialog(m_db, AccountEditDialog::Purpose::NewAccount, QString(), m_signedIn, m_cost, this);
    const bool first = !m_signedIn;
    if (first)
        dialog.setOnlyAdministrator();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Account added = dialog.saved();
    if (first) {
        m_signedIn = added;
        m_db.setActor(added.name);
        emit firstAccountMade(added);
        report({}, tr("Added %1, an administrator. You are signed in as %1; Outcome Tracker will ask for the "
                      "password from now on.")
                       .arg(added.name));
        m_idleGroup->setVisible(true);
        m_idleGroup->setEnabled(true);
        updateIntro();
    } else {
        report({}, tr("Added %1 (%2).").arg(added.name, roleDisplayName(added.role)));
    }
    selectAccount(added.name);
}

void AccountsDialog::editSecret(AccountEditDialog::Purpose purpose)
{
    const std::optional<QString> name = selectedName();
    if (!name)
        return;
    AccountEditDialog dialog(m_db, purpose, *name, m_signedIn, m_cost, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report({}, purpose == AccountEditDialog::Purpose::NewPin ? tr("The PIN of %1 is set.").arg(*name)
                                                             : tr("The password of %1 is changed.").arg(*name));
}

void AccountsDialog::clearPin()
{
    const std::optional<QString> name = selectedName();
    if (!name)
        return;
    report(AccountRepository(m_db, m_cost).setPin(*name, nullptr),
           tr("%1 has no PIN; leaving the patient view asks for the password.").arg(*name));
}

void AccountsDialog::toggleDisabled()
{
    const Account* account = selectedAccount();
    if (!account)
        return;
    const QString name = account->name;
    const bool disabling = !account->disabled;
    if (disabling &&
        QMessageBox::question(this, tr("Disable account"),
                              tr("Disable %1? The account can no longer sign in; its name stays in the audit trail, "
                                 "and it can be enabled again.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    report(AccountRepository(m_db, m_cost).setDisabled(name, disabling),
           disabling ? tr("%1 is disabled; it can no longer sign in.").arg(name)
                     : tr("%1 can sign in again.").arg(name));
}

void AccountsDialog::saveIdleLockMaximum()
{
    m_idleMinutes->setEnabled(m_idleLimited->isChecked());
    if (m_loading || !administrator())
        return;
    const std::optional<int> minutes =
        m_idleLimited->isChecked() ? std::optional<int>(m_idleMinutes->value()) : std::nullopt;
    const Status saved = AccountRepository(m_db, m_cost).setIdleLockMaximum(minutes);
    if (!saved) {
        m_message->showMessage(saved.error().message);
        return;
    }
    m_message->showMessage(minutes
                               ? tr("Every workstation now locks after at most %1 minutes without input.").arg(*minutes)
                               : tr("No clinic-wide maximum: each workstation's own preference applies."),
                           InlineMessage::Kind::Information);
    emit idleLockMaximumChanged();
}

} // namespace outcome
