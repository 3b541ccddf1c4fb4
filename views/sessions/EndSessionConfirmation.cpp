#include "views/sessions/EndSessionConfirmation.h"

#include "models/domain/ActionContext.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/UserAgent.h"
#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("EndSessionConfirmation", text, disambiguation);
}

} // namespace

void EndSessionConfirmation::open(QWidget *parent, SessionSource *source, MessageBanner *banner,
                                  const Session &session, const QString &userName)
{
    const Capabilities capabilities = source->capabilities();
    // What the source records of the session, and nothing it does not (no "started never").
    QStringList known;
    if (capabilities.has(Capabilities::Capability::Devices))
        known << tr("on %1").arg(UserAgent::parse(session.origin.userAgent).summary());
    if (capabilities.has(Capabilities::Capability::Addresses)) {
        const QString where = DisplayFormat::place(session.origin.city, session.origin.country);
        known << tr("from %1 (%2)")
                     .arg(where.isEmpty() ? tr("an unknown place") : where,
                          session.origin.ip.isEmpty() ? tr("no IP address") : session.origin.ip);
    }
    if (session.createdAt.isValid())
        known << tr("started %1").arg(DisplayFormat::exactTime(session.createdAt));
    else if (session.expiresAt.isValid())
        known << tr("expiring %1").arg(DisplayFormat::exactTime(session.expiresAt));
    auto *dialog =
        new ReasonDialog(tr("End session"),
                         known.isEmpty() ? tr("End the session %1 of %2?").arg(session.id, userName)
                                         : tr("End the session %1 of %2 (%3)?",
                                              "%1 session id, %2 user, %3 what is known of the session")
                                               .arg(session.id, userName, known.join(u", "_s)),
                         tr("End Session"), parent);
    const bool own = session.thisConsole;
    if (own)
        dialog->setNote(tr("This console is signed in with this session: ending it signs the console out, "
                           "and the console closes."));
    else
        dialog->setNote(
            capabilities.has(Capabilities::Capability::RevokeTokens)
                ? tr("Only this session ends; the user's other sessions stay signed in. Access tokens "
                     "already issued to this session stay valid until they expire: use Log out on the "
                     "user to reject them.")
                : tr("Only this session ends; the user's other sessions stay signed in.") + u' ' +
                      capabilities.reason(Capabilities::Capability::RevokeTokens));
    const QString sessionId = session.id;
    const QPointer<QWidget> asking = parent;
    const QPointer<MessageBanner> said = banner;
    QObject::connect(dialog, &QDialog::accepted, parent, [=] {
        const ActionContext context{source->currentOperator(), dialog->reason(), dialog->ticket()};
        Futures::onResult(source->endSession(sessionId, context), parent,
                          [asking, said, userName, own](const Result<ActionResult> &result) {
                              if (!said || !asking)
                                  return;
                              if (!result.ok())
                                  said->showError(result.error());
                              else if (own)
                                  asking->window()->close(); // signed out: nothing more can be done here
                              else
                                  said->showMessage(MessageBanner::Kind::Success,
                                                    tr("Ended one session of %1.").arg(userName));
                          });
    });
    dialog->open();
}
