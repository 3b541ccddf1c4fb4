#include "models/sources/local/JournaledSource.h"

#include "models/sources/Futures.h"
#include "models/storage/SqliteStoreFile.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

JournaledSource::JournaledSource(QObject *parent)
    : SessionSource(parent)
{
    // What is found may change with any change.
    connect(this, &SessionSource::changed, this, &JournaledSource::forgetFindings);
}

void JournaledSource::setJournal(const QString &path, const QString &serverName, const QString &sourceKind)
{
    m_journal = new LocalJournal(path, serverName, this);
    m_sourceKind = sourceKind;
}

QString JournaledSource::noUserFlags(const QString &serverName)
{
    return tr("%1 keeps no flags: SessionDesk finds them afresh on the Flagged page, so the users list "
              "cannot show them, sort by them or list the flagged users only.")
        .arg(serverName);
}

std::optional<SourceError> JournaledSource::refusedUserFlags(const UserQuery &query) const
{
    return missing(Capabilities::Capability::UserFlags,
                   query.flagged || query.sortField == UserQuery::SortField::Flags);
}

std::optional<SourceError> JournaledSource::refusedFilter(const SessionFilter &filter) const
{
    if (auto refused = filter.refusal())
        return refused;
    if (auto refused = refusedOrigin(filter.network, filter.country, filter.device))
        return refused;
    if (auto refused = missing(Capabilities::Capability::SessionStarts,
                               filter.startedFrom.isValid() || filter.startedTo.isValid()))
        return refused;
    return missing(Capabilities::Capability::SessionActivity,
                   filter.activeFrom.isValid() || filter.activeTo.isValid());
}

std::optional<SourceError> JournaledSource::refusedFilter(const LogoutAllScope &scope) const
{
    if (auto refused = refusedFilter(scope.matching))
        return refused;
    return missing(Capabilities::Capability::Roles, !scope.excludeRoles.isEmpty());
}

std::optional<SourceError> JournaledSource::refusedFilter(const SignInQuery &query) const
{
    if (auto refused = query.refusal())
        return refused;
    return refusedOrigin(query.network, query.country, query.device);
}

std::optional<SourceError> JournaledSource::refusedOrigin(const QString &network, const QString &country,
                                                          const QString &device) const
{
    if (auto refused = missing(Capabilities::Capability::Addresses, !network.trimmed().isEmpty()))
        return refused;
    if (auto refused = missing(Capabilities::Capability::SearchPlaces, !country.trimmed().isEmpty()))
        return refused;
    return missing(Capabilities::Capability::Devices, !device.trimmed().isEmpty());
}

void JournaledSource::denyPlaces(Capabilities &capabilities, const QString &serverName, bool recordsAddresses,
                                 bool searchedHere) const
{
    using Capability = Capabilities::Capability;
    if (!recordsAddresses) {
        const QString none = tr("%1 records no address or place for its sessions.").arg(serverName);
        capabilities.deny(Capability::Locations, none);
        capabilities.deny(Capability::Networks, none);
    } else {
        if (!m_places || !m_places->hasPlaces())
            capabilities.deny(Capability::Locations, AddressPlaces::withoutPlaces(serverName));
        if (!m_places || !m_places->hasNetworks())
            capabilities.deny(Capability::Networks,
                              tr("With an ASN database (Settings › Places, or --geoip-asn) SessionDesk names "
                                 "the network that owns each address."));
    }
    if (!capabilities.has(Capability::Locations))
        capabilities.deny(Capability::SearchPlaces, capabilities.reason(Capability::Locations));
    else if (!searchedHere)
        capabilities.deny(
            Capability::SearchPlaces,
            tr("%1 holds no places: the places SessionDesk finds from the addresses are shown, "
               "but the database cannot be searched by them. Filter by an address range instead.")
                .arg(serverName));
    capabilities.deny(Capability::LastLocations,
                      tr("%1 lists its users without their sessions, so the list cannot show, sort or "
                         "filter by where each user was last; each session's place is in the user's pane.")
                          .arg(serverName));
}

QStringList JournaledSource::files() const
{
    return m_journal ? SqliteStoreFile::withCompanions(m_journal->path()) : QStringList();
}

QString JournaledSource::auditTrailNote() const
{
    return m_journal->note(m_sourceKind);
}

QFuture<Result<Page<AuditEntry>>> JournaledSource::auditEntries(const AuditQuery &query)
{
    return m_journal->auditEntries(query);
}

QFuture<Result<AuditVerification>> JournaledSource::verifyAudit(const std::optional<AuditCheckpoint> &against)
{
    return m_journal->verifyAudit(against);
}

QFuture<Result<ActionResult>> JournaledSource::recordExport(Export kind, const QString &what, int count,
                                                            const ActionContext &context)
{
    return m_journal->recordExport(exportAction(kind), what, count, context);
}

QFuture<Result<Page<EndedSession>>> JournaledSource::endedSessions(const EndedSessionQuery &query)
{
    return m_journal->endedSessions(query);
}

void JournaledSource::settleJournaled(std::shared_ptr<QPromise<Result<ActionResult>>> promise,
                                      Result<ActionResult> result, const QList<AuditEntry> &entries)
{
    Futures::onResult(m_journal->record(result, entries), this,
                      [this, promise](const Result<ActionResult> &recorded) {
                          Q_EMIT changed();
                          Futures::settle(*promise, recorded);
                      });
}

void JournaledSource::settleOutcomes(std::shared_ptr<QPromise<Result<ActionResult>>> promise,
                                     const ActionContext &context, const QString &action,
                                     const Result<QList<UserOutcome>> &outcomes,
                                     const std::optional<LogoutAllScope> &scope, const QString &targetSession,
                                     const std::function<QString(const QString &)> &label,
                                     const QString &failedTarget)
{
    if (scope && !outcomes.ok() &&
        (outcomes.error() == scope->nothingMatches() || outcomes.error().code == SourceError::Code::Conflict))
        return Futures::settle(*promise, Result<ActionResult>(outcomes.error()));
    ActionResult total;
    total.at = QDateTime::currentDateTimeUtc();
    QList<AuditEntry> entries;
    if (outcomes.ok()) {
        for (const UserOutcome &outcome : outcomes.value()) {
            total.usersAffected += scope && outcome.sessionsEnded == 0 ? 0 : 1;
            total.sessionsEnded += outcome.sessionsEnded;
            if (!scope) {
                AuditEntry entry =
                    LocalJournal::entry(context, action, outcome.label,
                                        ActionResult{1, outcome.sessionsEnded, 0, 0, 0, total.at});
                entry.targetSession = targetSession;
                entries << entry;
            }
        }
    } else if (!scope) {
        AuditEntry entry = LocalJournal::entry(context, action, failedTarget, outcomes.error());
        entry.targetSession = targetSession;
        entries << entry;
    }
    const Result<ActionResult> result =
        outcomes.ok() ? Result<ActionResult>(total) : Result<ActionResult>(outcomes.error());
    if (scope) {
        AuditEntry entry = LocalJournal::entry(context, action, {}, result);
        QJsonObject value = LocalJournal::scopeValue(
            *scope, label ? label : [](const QString &id) { return id; });
        if (!result.ok())
            value.insert(u"error"_s, result.error().text);
        entry.newValue = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
        entries << entry;
    }
    settleJournaled(promise, result, entries);
}

QFuture<Result<Page<Flag>>> JournaledSource::findingsPage(const QFuture<Result<QList<Flag>>> &findings,
                                                          const FlagQuery &query)
{
    auto promise = Futures::started<Page<Flag>>();
    Futures::onResult(findings, this, [query, promise](const Result<QList<Flag>> &found) {
        Futures::settle(*promise, found.ok() ? Result<Page<Flag>>(query.pageOf(found.value()))
                                             : Result<Page<Flag>>(found.error()));
    });
    return promise->future();
}

QFuture<Result<QList<Flag>>>
JournaledSource::keptFindings(const std::function<QFuture<Result<QList<Flag>>>()> &find)
{
    if (m_findingsAt.isValid() && m_findingsAt.secsTo(QDateTime::currentDateTimeUtc()) < 30)
        return QtFuture::makeReadyFuture(Result<QList<Flag>>(m_findings));
    auto promise = Futures::started<QList<Flag>>();
    Futures::onResult(find(), this, [this, promise](const Result<QList<Flag>> &found) {
        if (found.ok()) {
            m_findings = found.value();
            m_findingsAt = QDateTime::currentDateTimeUtc();
        }
        Futures::settle(*promise, found);
    });
    return promise->future();
}

QFuture<Result<QList<FlagTransition>>> JournaledSource::flagHistory(qint64)
{
    return QtFuture::makeReadyFuture(Result<QList<FlagTransition>>(QList<FlagTransition>()));
}
