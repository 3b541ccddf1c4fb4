#include "models/sources/SessionSource.h"

#include "models/sources/Futures.h"
#include "models/sources/OverviewListings.h"

namespace {

QString noPlans()
{
    return SessionSource::tr(
        "This source cannot plan logouts for later; only a SessionDesk store keeps plans.");
}

QString noFlags()
{
    return SessionSource::tr("This source keeps no flags; SessionDesk raises flags in its own store.");
}

QString noTeam()
{
    return SessionSource::tr("Accounts of this source are added, deactivated and removed in its own "
                             "application, not here.");
}

QString noSettings()
{
    return SessionSource::tr("This source has no account-level settings such as the global-logout switch.");
}

QString noOperators()
{
    return SessionSource::tr("This source decides itself who may administer it; SessionDesk keeps no "
                             "operators for it.");
}

QString noAudit()
{
    return SessionSource::tr("This source keeps no audit trail that SessionDesk can read.");
}

} // namespace

QFuture<Result<ActionResult>> SessionSource::planLogoutAll(const LogoutAllScope &, const QDateTime &,
                                                           const QString &, const ActionContext &)
{
    return unsupported<ActionResult>(noPlans());
}

QFuture<Result<ActionResult>> SessionSource::cancelPlannedLogout(qint64, const ActionContext &)
{
    return unsupported<ActionResult>(noPlans());
}

QFuture<Result<QList<PlannedLogout>>> SessionSource::plannedLogouts(bool)
{
    return unsupported<QList<PlannedLogout>>(noPlans());
}

QFuture<Result<ActionResult>> SessionSource::runPlannedLogout(const PlannedLogout &)
{
    return unsupported<ActionResult>(noPlans());
}

QFuture<Result<Page<Flag>>> SessionSource::flags(const FlagQuery &)
{
    return unsupported<Page<Flag>>(noFlags());
}

QFuture<Result<QList<FlagTransition>>> SessionSource::flagHistory(qint64)
{
    return unsupported<QList<FlagTransition>>(noFlags());
}

QFuture<Result<ScanResult>> SessionSource::scanFlags(bool)
{
    return unsupported<ScanResult>(noFlags());
}

QFuture<Result<ActionResult>> SessionSource::closeFlag(qint64, Flag::Status, const ActionContext &)
{
    return unsupported<ActionResult>(noFlags());
}

QFuture<Result<ActionResult>> SessionSource::addUser(const QString &, const QString &, const QString &,
                                                     const ActionContext &)
{
    return unsupported<ActionResult>(noTeam());
}

QFuture<Result<ActionResult>> SessionSource::deactivateUser(const QString &, const ActionContext &)
{
    return unsupported<ActionResult>(noTeam());
}

QFuture<Result<ActionResult>> SessionSource::reactivateUser(const QString &, const ActionContext &)
{
    return unsupported<ActionResult>(noTeam());
}

QFuture<Result<ActionResult>> SessionSource::removeUser(const QString &, const ActionContext &)
{
    return unsupported<ActionResult>(noTeam());
}

QFuture<Result<ActionResult>> SessionSource::setUserRole(const QString &, const QString &,
                                                         const ActionContext &)
{
    return unsupported<ActionResult>(noTeam());
}

QFuture<Result<Settings>> SessionSource::settings()
{
    return unsupported<Settings>(noSettings());
}

QFuture<Result<ActionResult>> SessionSource::saveSettings(const Settings &, const ActionContext &)
{
    return unsupported<ActionResult>(noSettings());
}

QFuture<Result<QList<OperatorAccount>>> SessionSource::operators()
{
    return unsupported<QList<OperatorAccount>>(noOperators());
}

QFuture<void> SessionSource::signOut()
{
    return QtFuture::makeReadyFuture();
}

QFuture<Result<ActionResult>> SessionSource::saveOperator(const QString &, Role, const ActionContext &)
{
    return unsupported<ActionResult>(noOperators());
}

QFuture<Result<ActionResult>> SessionSource::removeOperator(const QString &, const ActionContext &)
{
    return unsupported<ActionResult>(noOperators());
}

QFuture<Result<Page<AuditEntry>>> SessionSource::auditEntries(const AuditQuery &)
{
    return unsupported<Page<AuditEntry>>(noAudit());
}

QFuture<Result<AuditVerification>> SessionSource::verifyAudit(const std::optional<AuditCheckpoint> &)
{
    return unsupported<AuditVerification>(noAudit());
}

QString SessionSource::exportAction(Export kind)
{
    return kind == Export::AuditTrail ? QStringLiteral("audit_export") : QStringLiteral("sign_ins_export");
}

QFuture<Result<ActionResult>> SessionSource::recordExport(Export, const QString &, int, const ActionContext &)
{
    return unsupported<ActionResult>(noAudit());
}

QFuture<Result<Page<EndedSession>>> SessionSource::endedSessions(const EndedSessionQuery &)
{
    return unsupported<Page<EndedSession>>(noAudit());
}

QFuture<Result<Page<LoginEvent>>> SessionSource::signIns(const SignInQuery &)
{
    return unsupported<Page<LoginEvent>>(capabilities().reason(Capabilities::Capability::SignIns));
}

std::optional<SourceError> SessionSource::refusal(Capabilities::Capability capability,
                                                  const ActionContext &context) const
{
    const Capabilities allowed = capabilities();
    if (!allowed.has(capability))
        return SourceError{SourceError::Code::PermissionDenied, allowed.reason(capability), {}};
    if (context.reason.trimmed().isEmpty())
        return SourceError{
            SourceError::Code::InvalidInput, tr("Give a reason: every action is recorded with it."), {}};
    return std::nullopt;
}

std::optional<SourceError> SessionSource::missing(Capabilities::Capability capability, bool asked) const
{
    const Capabilities allowed = capabilities();
    if (!asked || allowed.has(capability))
        return std::nullopt;
    return SourceError{SourceError::Code::Unsupported, allowed.reason(capability), {}};
}

QFuture<Result<ActionResult>> SessionSource::freezeUserUntil(const QString &, const QDateTime &,
                                                             const ActionContext &)
{
    return unsupported<ActionResult>(capabilities().reason(Capabilities::Capability::TimedFreeze));
}

QFuture<Result<Overview>> SessionSource::overview()
{
    return OverviewListings::collect(this);
}

QFuture<Result<User>> SessionSource::userFromSearch(const QString &email)
{
    const QString wanted = email.trimmed();
    UserQuery query;
    query.text = wanted;
    auto promise = Futures::started<User>();
    Futures::onResult(users(query), this, [promise, wanted](const Result<Page<User>> &found) {
        Futures::settle(*promise, found.ok() ? UserQuery::byEmail(found.value().rows, wanted)
                                             : Result<User>(found.error()));
    });
    return promise->future();
}
