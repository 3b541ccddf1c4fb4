#pragma once

#include "models/places/AddressPlaces.h"
#include "models/sources/SessionSource.h"
#include "models/sources/local/LocalJournal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPromise>

#include <functional>
#include <memory>

// A session source whose audit trail is a local journal (LocalJournal) because the place it
// administers keeps none: the Audit page's entries, their verification, export records and ended
// sessions are the journal's, and every action is settled only once the journal has it.
class JournaledSource : public SessionSource
{
    Q_OBJECT

public:
    // What an action done in one transaction did to one user: their label in the journal (email,
    // else id) and the sessions ended.
    struct UserOutcome
    {
        QString userId;
        QString label;
        int sessionsEnded = 0;
    };

    QString auditTrailNote() const override;
    QStringList files() const override;
    QFuture<Result<Page<AuditEntry>>> auditEntries(const AuditQuery &query) override;
    QFuture<Result<AuditVerification>>
    verifyAudit(const std::optional<AuditCheckpoint> &against = {}) override;
    QFuture<Result<ActionResult>> recordExport(Export kind, const QString &what, int count,
                                               const ActionContext &context) override;
    QFuture<Result<Page<EndedSession>>> endedSessions(const EndedSessionQuery &query) override;
    // These sources find their flags afresh from what the server holds now: no flag has a history.
    QFuture<Result<QList<FlagTransition>>> flagHistory(qint64 flagId) override;

protected:
    explicit JournaledSource(QObject *parent = nullptr);

    // The journal at path for the source serverName names in messages; sourceKind names it in the
    // Audit page's note ("better-auth").
    void setJournal(const QString &path, const QString &serverName, const QString &sourceKind);
    LocalJournal *journal() const { return m_journal; }
    // The place and network databases that name the places of this source's addresses; none:
    // the source shows addresses only.
    void usePlaces(std::shared_ptr<const AddressPlaces> places) { m_places = std::move(places); }
    const AddressPlaces *places() const { return m_places.get(); }
    // What the places of a source (serverName) that records addresses (or not) but no place allow:
    // Locations with a city database, and SearchPlaces too where the source is searched here
    // (searchedHere; a database searched in SQL cannot be by places it does not hold); Networks with
    // an ASN database; never LastLocations (its users are listed without their sessions).
    void denyPlaces(Capabilities &capabilities, const QString &serverName, bool recordsAddresses,
                    bool searchedHere) const;
    // Journals entries, then says the source changed and settles promise with result
    // (LocalJournal::record: with the first entry's id, or why the journal could not keep it).
    void settleJournaled(std::shared_ptr<QPromise<Result<ActionResult>>> promise, Result<ActionResult> result,
                         const QList<AuditEntry> &entries);
    // Journals what an action did and settles promise: one entry per user as action, or one entry
    // for all when scope is given (logout_all, end_matching), naming the scope's users with label
    // (their id where none is given). A scope's refusal (nothing matches, more than previewed)
    // ended nothing and is not journaled; another failure is, naming failedTarget where the action
    // was meant for one user.
    void settleOutcomes(std::shared_ptr<QPromise<Result<ActionResult>>> promise, const ActionContext &context,
                        const QString &action, const Result<QList<UserOutcome>> &outcomes,
                        const std::optional<LogoutAllScope> &scope, const QString &targetSession,
                        const std::function<QString(const QString &)> &label,
                        const QString &failedTarget = {});
    // What an action on one user did when the server answers with nothing to count: one user
    // changed, or the server's refusal.
    template<typename Reply>
    static Result<ActionResult> oneUserChanged(const Result<Reply> &reply)
    {
        if (!reply.ok())
            return Result<ActionResult>(reply.error());
        return Result<ActionResult>(ActionResult{1, 0, 0, 0, 0, QDateTime::currentDateTimeUtc()});
    }
    // Why the users list of a source that finds flags afresh each time (on the Flagged page) shows
    // no flags: the source serverName names keeps none to read with a page of users.
    static QString noUserFlags(const QString &serverName);
    // The refusal of a users query that asks for flags (a sort or a filter) this source has not.
    std::optional<SourceError> refusedUserFlags(const UserQuery &query) const;
    // Why filter cannot be asked of this source: its own refusal, or a filter on what the source
    // does not record (an address range without addresses, a country without places, a device
    // without user agents, a start or a last activity without them). A filter is never ignored.
    std::optional<SourceError> refusedFilter(const SessionFilter &filter) const;
    // The same for a scope of Log Out All: its filter, and roles to spare where users have none.
    std::optional<SourceError> refusedFilter(const LogoutAllScope &scope) const;
    // The same for the filters of sign-ins.
    std::optional<SourceError> refusedFilter(const SignInQuery &query) const;
    // For sources that find flags afresh each time: the page query asks for, of what findings holds.
    QFuture<Result<Page<Flag>>> findingsPage(const QFuture<Result<QList<Flag>>> &findings,
                                             const FlagQuery &query);
    // What find() finds, kept for half a minute unless the source changed or forgetFindings() was
    // called, so that the pages of one look ask the server once.
    QFuture<Result<QList<Flag>>> keptFindings(const std::function<QFuture<Result<QList<Flag>>>()> &find);
    void forgetFindings() { m_findingsAt = QDateTime(); }
    // The findings found last (what an operator acts on).
    const QList<Flag> &lastFindings() const { return m_findings; }

private:
    // Why an address range, a country or device words cannot be asked of a source that does not
    // record addresses, cannot be searched by place or records no user agents; none when each that
    // is set can.
    std::optional<SourceError> refusedOrigin(const QString &network, const QString &country,
                                             const QString &device) const;

    LocalJournal *m_journal = nullptr;
    std::shared_ptr<const AddressPlaces> m_places;
    QString m_sourceKind;
    QList<Flag> m_findings;
    QDateTime m_findingsAt; // when m_findings were found; invalid: find again
};
