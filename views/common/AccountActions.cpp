#include "views/common/AccountActions.h"

#include "models/domain/ActionContext.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

void AccountActions::confirm(QWidget *parent, SessionSource *source, MessageBanner *banner, Action action,
                             const Account &account)
{
    const QString who = tr("%1 <%2>").arg(account.name, account.email);
    const Capabilities capabilities = source->capabilities();
    QString title, message, button;
    switch (action) {
    case Action::LogOut:
        title = tr("Log out %1").arg(account.name);
        message =
            tr("Log out %1? Every active session ends.").arg(who) + u' ' + capabilities.tokensAfterLogout();
        button = tr("Log Out");
        break;
    case Action::Freeze:
        title = tr("Freeze %1").arg(account.name);
        message = tr("Freeze the account of %1? Every session ends and the user cannot sign in until the "
                     "account is unfrozen.")
                      .arg(who) +
                  u' ' + capabilities.tokensAfterLogout();
        button = tr("Freeze");
        break;
    case Action::Unfreeze:
        title = tr("Unfreeze %1").arg(account.name);
        message = tr("Unfreeze the account of %1? The user can sign in again.").arg(who);
        if (const QString flags = capabilities.flagsAfterUnfreeze(); !flags.isEmpty())
            message += u' ' + flags;
        button = tr("Unfreeze");
        break;
    }
    auto *dialog = new ReasonDialog(title, message, button, parent);
    // Where the source can, a freeze may end by itself.
    QDateTimeEdit *until = nullptr;
    if (action == Action::Freeze && capabilities.has(Capabilities::Capability::TimedFreeze)) {
        auto *ends = new QWidget(dialog);
        auto *layout = new QHBoxLayout(ends);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *timed = new QCheckBox(tr("At"), ends);
        timed->setObjectName(u"freezeUntilCheck"_s);
        until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), ends);
        until->setObjectName(u"freezeUntilEdit"_s);
        until->setCalendarPopup(true);
        until->setMinimumDateTime(QDateTime::currentDateTime());
        until->setEnabled(false);
        QObject::connect(timed, &QCheckBox::toggled, until, &QWidget::setEnabled);
        layout->addWidget(timed);
        layout->addWidget(until, 1);
        ends->setToolTip(tr("Unticked: frozen until someone unfreezes the account"));
        dialog->addField(tr("Ends:"), ends);
    }
    const QPointer<MessageBanner> said = banner;
    QObject::connect(dialog, &QDialog::accepted, parent, [=] {
        const ActionContext context{source->currentOperator(), dialog->reason(), dialog->ticket()};
        QFuture<Result<ActionResult>> future;
        switch (action) {
        case Action::LogOut:
            future = source->logoutUsers({account.userId}, context);
            break;
        case Action::Freeze:
            future = until && until->isEnabled()
                         ? source->freezeUserUntil(account.userId, until->dateTime().toUTC(), context)
                         : source->freezeUser(account.userId, context);
            break;
        case Action::Unfreeze:
            future = source->unfreezeUser(account.userId, context);
            break;
        }
        Futures::onResult(future, parent, [said](const Result<ActionResult> &result) {
            if (!said)
                return;
            if (result.ok())
                said->showMessage(MessageBanner::Kind::Success,
                                  tr("Done (audit entry %1).").arg(result.value().auditEntryId));
            else
                said->showError(result.error());
        });
    });
    dialog->open();
}
