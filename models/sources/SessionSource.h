#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/EndedSession.h"
#include "models/domain/Flag.h"
#include "models/domain/FlagTransition.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Operator.h"
#include "models/domain/Overview.h"
#include "models/domain/Session.h"
#include "models/domain/Settings.h"
#include "models/domain/User.h"
#include "models/sources/AuditCheckpoint.h"
#include "models/sources/AuditQuery.h"
#include "models/sources/AuditVerification.h"
#include "models/sources/Capabilities.h"
#include "models/sources/EndedSessionQuery.h"
#include "models/sources/FlagQuery.h"
#include "models/sources/LogoutAllPreview.h"
#include "models/sources/LogoutAllScope.h"
#include "models/sources/Page.h"
#include "models/sources/PlannedLogout.h"
#include "models/sources/Result.h"
#include "models/sources/ScanResult.h"
#include "models/sources/SessionQuery.h"
#include "models/sources/SignInQuery.h"
#include "models/sources/UserQuery.h"

#include <QFuture>
#include <QObject>

#include <atomic>

// The seam between the console and the place where sessions live (docs/architecture.md).
// Every query and command answers asynchronously with a QFuture of a Result; errors are values.
// Futures resolve on the source's own thread; consumers take them with Futures::onResult().
// What every source offers is pure virtual; what only some can do answers Unsupported here, with
// a sentence saying what the source lacks, unless the source overrides it.
class SessionSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Connects or signs in, and learns who the operator is and what they may do; queries and
    // actions come after it has answered.
    virtual QFuture<Result<Operator>> signIn() = 0;
    // Ends what signIn started at the source, where it started something there (better-auth: the
    // console's own session); the source is not used afterwards. Finishes when the source has
    // answered, or at once.
    virtual QFuture<void> signOut();
    // Asks an action that goes user by user (a logout fanned out over a server's API) to stop
    // before its next user; it then answers how far it got. Actions done in one transaction finish
    // and answer as usual. The command line's Ctrl-C; any thread may ask.
    void requestStop() { m_stopRequested.store(true); }
    bool stopRequested() const { return m_stopRequested.load(); }
    // The SHA-256 fingerprint of a TLS certificate the last sign-in refused as untrusted, for the
    // user to check and trust explicitly; empty when none was (or the source uses no TLS of its own).
    virtual QString refusedCertificate() const { return {}; }
    // "SQLite store /home/anna/.local/share/SessionDesk/demo.sqlite"
    virtual QString description() const = 0;
    // The files the source keeps on this computer (a SQLite store or a local journal, each with
    // its write-ahead log and journal): no export may replace them.
    virtual QStringList files() const { return {}; }
    // Who is acting; the role is the one the source gives them (none until it has said).
    virtual Operator currentOperator() const = 0;
    virtual Capabilities capabilities() const = 0;

    virtual QFuture<Result<Page<User>>> users(const UserQuery &query) = 0;
    virtual QFuture<Result<User>> userByEmail(const QString &email) = 0;
    virtual QFuture<Result<Page<Session>>> sessions(const SessionQuery &query) = 0;
    // The application roles users have, for choosing whom to spare.
    virtual QFuture<Result<QStringList>> roles() = 0;

    // Ends every active session of each user and rejects their tokens issued before now; one
    // audit entry per user.
    virtual QFuture<Result<ActionResult>> logoutUsers(const QStringList &userIds,
                                                      const ActionContext &context) = 0;
    virtual QFuture<Result<LogoutAllPreview>> previewLogoutAll(const LogoutAllScope &scope) = 0;
    // Ends every active session of every user outside scope, in one transaction with its audit entry.
    virtual QFuture<Result<ActionResult>> logoutAll(const LogoutAllScope &scope,
                                                    const ActionContext &context) = 0;
    // Plans a logout of all users at runAt (at least the configured notice ahead) and announces
    // message to users until then; audited. Cancelling is audited too and only for pending ones.
    virtual QFuture<Result<ActionResult>> planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                                                        const QString &message, const ActionContext &context);
    virtual QFuture<Result<ActionResult>> cancelPlannedLogout(qint64 id, const ActionContext &context);
    // Pending ones only, or all, by time.
    virtual QFuture<Result<QList<PlannedLogout>>> plannedLogouts(bool pendingOnly);
    // Carries out a due planned logout exactly as an immediate one, as the administrator who
    // planned it (refused, and marked failed, if they no longer are one); refused if it has run or
    // been cancelled meanwhile.
    virtual QFuture<Result<ActionResult>> runPlannedLogout(const PlannedLogout &plan);
    // Ends one session; the user's other sessions stay.
    virtual QFuture<Result<ActionResult>> endSession(const QString &sessionId,
                                                     const ActionContext &context) = 0;

    virtual QFuture<Result<Page<Flag>>> flags(const FlagQuery &query);
    virtual QFuture<Result<QList<FlagTransition>>> flagHistory(qint64 flagId);
    // Runs detection over the login events added since the last scan (all of them when full),
    // raising new flags and updating open ones. Sources detect on their own after changes too.
    virtual QFuture<Result<ScanResult>> scanFlags(bool full);
    // Closes a flag as resolved or dismissed; the context's reason is the note.
    virtual QFuture<Result<ActionResult>> closeFlag(qint64 flagId, Flag::Status outcome,
                                                    const ActionContext &context);
    // Freezing ends the user's sessions, rejects their tokens and marks their open flags frozen.
    virtual QFuture<Result<ActionResult>> freezeUser(const QString &userId, const ActionContext &context) = 0;
    // A freeze that ends by itself at until (in the future); refused, with the reason, by sources
    // whose freezes last until unfrozen (Capabilities::TimedFreeze).
    virtual QFuture<Result<ActionResult>> freezeUserUntil(const QString &userId, const QDateTime &until,
                                                          const ActionContext &context);
    virtual QFuture<Result<ActionResult>> unfreezeUser(const QString &userId,
                                                       const ActionContext &context) = 0;

    // The team's accounts. Adding refuses an address that already has an account; deactivating
    // ends every active session and rejects old tokens; reactivating restores the status only;
    // removing takes a deactivated account only, and anonymises it when history refers to it.
    virtual QFuture<Result<ActionResult>> addUser(const QString &email, const QString &displayName,
                                                  const QString &role, const ActionContext &context);
    virtual QFuture<Result<ActionResult>> deactivateUser(const QString &userId, const ActionContext &context);
    virtual QFuture<Result<ActionResult>> reactivateUser(const QString &userId, const ActionContext &context);
    virtual QFuture<Result<ActionResult>> removeUser(const QString &userId, const ActionContext &context);
    virtual QFuture<Result<ActionResult>> setUserRole(const QString &userId, const QString &role,
                                                      const ActionContext &context);

    virtual QFuture<Result<Settings>> settings();
    // Stores the changed settings; one audit entry holds the old and new values.
    virtual QFuture<Result<ActionResult>> saveSettings(const Settings &settings,
                                                       const ActionContext &context);

    // What names an operator of this source: an account of the computer (a SQLite store, whose
    // file's permissions are the boundary) or a login of the database server (PostgreSQL).
    enum class OperatorAccounts {
        OsAccounts,
        DatabaseLogins,
    };
    virtual OperatorAccounts operatorAccounts() const { return OperatorAccounts::OsAccounts; }
    // The accounts that may operate this store, and their roles.
    virtual QFuture<Result<QList<OperatorAccount>>> operators();
    // Adds an operator or changes their role; the last administrator keeps the role.
    virtual QFuture<Result<ActionResult>> saveOperator(const QString &osAccount, Role role,
                                                       const ActionContext &context);
    virtual QFuture<Result<ActionResult>> removeOperator(const QString &osAccount,
                                                         const ActionContext &context);

    // Where the audit trail is kept when it is not the source's own (a local journal), in one
    // sentence for the Audit page; empty for a trail the source keeps itself.
    virtual QString auditTrailNote() const { return {}; }
    virtual QFuture<Result<Page<AuditEntry>>> auditEntries(const AuditQuery &query);
    // Recomputes the whole hash chain; never on the thread that serves the pages.
    virtual QFuture<Result<AuditVerification>>
    verifyAudit(const std::optional<AuditCheckpoint> &against = {});
    // What an export holds.
    enum class Export {
        AuditTrail, // audit entries (the action "audit_export")
        SignIns,    // sign-in attempts (the action "sign_ins_export")
    };
    // The audit action that records an export of that kind.
    static QString exportAction(Export kind);
    // Records in the trail that count rows of that kind, those `what` says (the format, the file,
    // the filter), were exported (Capability::Export).
    virtual QFuture<Result<ActionResult>> recordExport(Export kind, const QString &what, int count,
                                                       const ActionContext &context);
    virtual QFuture<Result<Page<EndedSession>>> endedSessions(const EndedSessionQuery &query);
    // Sign-in attempts, failed ones too, newest first (Capability::SignIns).
    virtual QFuture<Result<Page<LoginEvent>>> signIns(const SignInQuery &query);
    // The Overview page's figures now. Counted from the listings above (OverviewListings) unless
    // the source counts them itself.
    virtual QFuture<Result<Overview>> overview();

protected:
    template<typename T>
    static QFuture<Result<T>> unsupported(const QString &text)
    {
        return QtFuture::makeReadyFuture(Result<T>(SourceError{SourceError::Code::Unsupported, text, {}}));
    }
    // For sources that can only search users: the one the search for email finds with exactly that
    // address, or whose id it is (sources that know users by what their sessions name them).
    QFuture<Result<User>> userFromSearch(const QString &email);
    // Why an action is refused before anything is sent, for sources that check themselves: the
    // operator lacks the capability, or gave no reason (every action is recorded with one).
    std::optional<SourceError> refusal(Capabilities::Capability capability,
                                       const ActionContext &context) const;
    // For sources without the capability: when asked for what it covers (the sessions of all
    // users, a filter, a sort), its refusal with the reason; nothing asked for is ignored.
    std::optional<SourceError> missing(Capabilities::Capability capability, bool asked) const;

Q_SIGNALS:
    // Something changed in the source, here or elsewhere; open pages refresh what they show.
    void changed();
    // The operator's role is known or changed: what the console allows changed with it.
    void operatorChanged();
    // Watching for changes made elsewhere failed (problem says why, in one sentence), or works
    // again (problem is empty; changed() follows, since changes may have been missed).
    void liveProblem(const QString &problem);

private:
    std::atomic_bool m_stopRequested = false;
};
