#include "views/users/TeamActions.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// An editable list of the application's roles, with `current` chosen.
QComboBox *roleCombo(SessionSource *source, const QString &current)
{
    auto *combo = new QComboBox;
    combo->setObjectName(u"userRoleCombo"_s);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(current);
    Futures::onResult(source->roles(), combo, [combo, current](const Result<QStringList> &roles) {
        if (!roles.ok())
            return;
        for (const QString &role : roles.value()) {
            if (role != current)
                combo->addItem(role);
        }
    });
    return combo;
}

} // namespace

TeamActions::TeamActions(SessionSource *source, MessageBanner *banner, QWidget *parent)
    : QObject(parent)
    , m_source(source)
    , m_banner(banner)
    , m_parent(parent)
{}

void TeamActions::add()
{
    auto *dialog = new ReasonDialog(tr("Add a user"),
                                    tr("Give each person their own account: shared accounts cannot be "
                                       "audited and cannot be ended for one person only."),
                                    tr("Add User"), m_parent);
    dialog->setReasons({tr("New team member"), tr("Replaces a shared account"), tr("Contractor")});
    auto *email = new QLineEdit;
    email->setObjectName(u"newUserEmailEdit"_s);
    email->setPlaceholderText(tr("name@example.com"));
    auto *name = new QLineEdit;
    name->setObjectName(u"newUserNameEdit"_s);
    auto *role = roleCombo(m_source, u"member"_s);
    dialog->addField(tr("&Email:"), email);
    dialog->addField(tr("&Name:"), name);
    dialog->addField(tr("R&ole:"), role);
    email->setFocus();
    connect(dialog, &QDialog::accepted, this, [this, dialog, email, name, role] {
        const QString address = email->text().trimmed();
        const QString who = u"%1 <%2>"_s.arg(name->text().simplified(), address);
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        auto future = m_source->addUser(address, name->text(), role->currentText(), context);
        report(future, [who](const ActionResult &done) {
            return tr("Added %1 (audit entry %2).").arg(who).arg(done.auditEntryId);
        });
        Futures::onResult(future, this, [this, address](const Result<ActionResult> &result) {
            if (result.ok())
                Q_EMIT added(address);
        });
    });
    dialog->open();
}

void TeamActions::changeRole(const User &user)
{
    auto *dialog = new ReasonDialog(tr("Change the role of %1").arg(user.displayName),
                                    tr("The role is the application's own: it decides what %1 may do "
                                       "there. It does not change what they may do in SessionDesk.")
                                        .arg(user.displayName),
                                    tr("Change Role"), m_parent);
    auto *role = roleCombo(m_source, user.role);
    dialog->addField(tr("R&ole:"), role);
    const QString id = user.id;
    const QString name = user.displayName;
    connect(dialog, &QDialog::accepted, this, [this, dialog, role, id, name] {
        const QString newRole = role->currentText().trimmed();
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        report(m_source->setUserRole(id, newRole, context), [name, newRole](const ActionResult &done) {
            return tr("%1 now has the role %2 (audit entry %3).").arg(name, newRole).arg(done.auditEntryId);
        });
    });
    dialog->open();
}

void TeamActions::deactivate(const User &user)
{
    auto *dialog =
        new ReasonDialog(tr("Deactivate %1").arg(user.displayName),
                         tr("Deactivate %1 <%2>? Their %Ln active session(s) end, access tokens issued "
                            "before now are rejected, and they cannot sign in until reactivated.",
                            nullptr, user.activeSessions)
                             .arg(user.displayName, user.email),
                         tr("Deactivate"), m_parent);
    dialog->setReasons({tr("Left the organisation"), tr("Extended leave"), tr("Account no longer needed"),
                        tr("Termination or suspension")});
    const QString id = user.id;
    const QString name = user.displayName;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        report(m_source->deactivateUser(id, context), [name](const ActionResult &done) {
            return tr("Deactivated %1: %Ln session(s) ended (audit entry %2).", nullptr, done.sessionsEnded)
                .arg(name)
                .arg(done.auditEntryId);
        });
    });
    dialog->open();
}

void TeamActions::reactivate(const User &user)
{
    auto *dialog =
        new ReasonDialog(tr("Reactivate %1").arg(user.displayName),
                         tr("%1 may sign in again. Their ended sessions stay ended.").arg(user.displayName),
                         tr("Reactivate"), m_parent);
    dialog->setReasons({tr("Returned to the organisation"), tr("Deactivated by mistake")});
    const QString id = user.id;
    const QString name = user.displayName;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        report(m_source->reactivateUser(id, context), [name](const ActionResult &done) {
            return tr("Reactivated %1 (audit entry %2).").arg(name).arg(done.auditEntryId);
        });
    });
    dialog->open();
}

void TeamActions::remove(const User &user)
{
    auto *dialog = new ReasonDialog(
        tr("Remove %1").arg(user.displayName),
        tr("Remove %1 <%2> from the list of users? If they have sessions, sign-ins or flags on record, the "
           "account is anonymised and that history is kept for the period set under Settings, then deleted.")
            .arg(user.displayName, user.email),
        tr("Remove"), m_parent);
    dialog->setReasons({tr("Left the organisation"), tr("Duplicate account"), tr("Data deletion request")});
    dialog->requireConfirmation(tr("REMOVE"));
    const QString id = user.id;
    const QString name = user.displayName;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, name] {
        const ActionContext context{m_source->currentOperator(), dialog->reason(), dialog->ticket()};
        report(m_source->removeUser(id, context), [name](const ActionResult &done) {
            return tr("Removed %1 (audit entry %2).").arg(name).arg(done.auditEntryId);
        });
    });
    dialog->open();
}

void TeamActions::report(const QFuture<Result<ActionResult>> &future,
                         const std::function<QString(const ActionResult &)> &done)
{
    Futures::onResult(future, this, [this, done](const Result<ActionResult> &result) {
        if (result.ok())
            m_banner->showMessage(MessageBanner::Kind::Success, done(result.value()));
        else
            m_banner->showError(result.error());
    });
}
