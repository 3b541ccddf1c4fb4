#pragma once

#include "demo/DemoOptions.h"
#include "sources/SessionSource.h"

#include <QTimer>

#include <atomic>

class SqlWorker;

// The native SessionDesk store in an SQLite file (DESIGN.md section 3). All SQL runs on a worker
// thread with its own connection; the file is in WAL mode so the application keeps writing while
// the console reads. Changes made by other programs are noticed by polling PRAGMA data_version.
class SqlSessionSource final : public SessionSource
{
    Q_OBJECT

public:
    struct Options
    {
        QString path;
        bool createIfMissing = false; // a missing or empty file becomes a new, empty store
        int busyTimeoutMs = 2000;     // how long one attempt waits for another program's lock
        int busyAttempts = 3;
        int pollIntervalMs = 1000;                    // 0: do not watch for changes (one-shot use, the CLI)
        Operator actor = Operator::fromEnvironment(); // who acts; the store gives the role
    };

    struct StoreInfo
    {
        QString path;
        int schemaVersion = 0;
        bool created = false;    // the store was created (or initialised from an empty file) now
        Operator actor;          // with the role the store gives the account
        qint64 dataVersion = -1; // PRAGMA data_version once open: later changes are noticed
    };

    struct DemoCounts
    {
        qint64 users = 0;
        qint64 sessions = 0;
        qint64 events = 0;
    };

    explicit SqlSessionSource(const Options &options, QObject *parent = nullptr);
    ~SqlSessionSource() override;

    // The store the GUI opens (and fills with demo data) when none is given, in the user's data
    // directory; the CLI uses it too when --store is not given.
    static QString defaultStorePath();

    // Opens the file, refuses what is not a usable store (missing, read-only, damaged, not a
    // SessionDesk store, newer schema) and applies pending migrations. Queries made before open()
    // has finished run after it, in order.
    QFuture<Result<StoreInfo>> open();
    // Fills an empty store with demo data in one transaction.
    QFuture<Result<DemoCounts>> generateDemo(const DemoOptions &options);

    QString description() const override;
    Operator currentOperator() const override { return m_operator; }
    Capabilities capabilities() const override { return Capabilities::forOperator(m_operator); }

    QFuture<Result<Page<User>>> users(const UserQuery &query) override;
    QFuture<Result<User>> userByEmail(const QString &email) override;
    QFuture<Result<Page<Session>>> sessions(const SessionQuery &query) override;
    QFuture<Result<QStringList>> roles() override;
    QFuture<Result<ActionResult>> logoutUsers(const QStringList &userIds,
                                              const ActionContext &context) override;
    QFuture<Result<LogoutAllPreview>> previewLogoutAll(const LogoutAllScope &scope) override;
    QFuture<Result<ActionResult>> logoutAll(const LogoutAllScope &scope,
                                            const ActionContext &context) override;
    QFuture<Result<ActionResult>> endSession(const QString &sessionId, const ActionContext &context) override;
    QFuture<Result<Page<Flag>>> flags(const FlagQuery &query) override;
    QFuture<Result<QList<FlagTransition>>> flagHistory(qint64 flagId) override;
    QFuture<Result<ScanResult>> scanFlags(bool full) override;
    QFuture<Result<ActionResult>> closeFlag(qint64 flagId, Flag::Status outcome,
                                            const ActionContext &context) override;
    QFuture<Result<ActionResult>> freezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> unfreezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<Settings>> settings() override;
    QFuture<Result<ActionResult>> saveSettings(const Settings &settings,
                                               const ActionContext &context) override;
    QFuture<Result<QList<OperatorAccount>>> operators() override;
    QFuture<Result<ActionResult>> planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                                                const QString &message,
                                                const ActionContext &context) override;
    QFuture<Result<ActionResult>> cancelPlannedLogout(qint64 id, const ActionContext &context) override;
    QFuture<Result<QList<PlannedLogout>>> plannedLogouts(bool pendingOnly) override;
    QFuture<Result<ActionResult>> runPlannedLogout(const PlannedLogout &plan) override;
    QFuture<Result<ActionResult>> addUser(const QString &email, const QString &displayName,
                                          const QString &role, const ActionContext &context) override;
    QFuture<Result<ActionResult>> deactivateUser(const QString &userId,
                                                 const ActionContext &context) override;
    QFuture<Result<ActionResult>> reactivateUser(const QString &userId,
                                                 const ActionContext &context) override;
    QFuture<Result<ActionResult>> removeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> setUserRole(const QString &userId, const QString &role,
                                              const ActionContext &context) override;
    QFuture<Result<ActionResult>> saveOperator(const QString &osAccount, Role role,
                                               const ActionContext &context) override;
    QFuture<Result<ActionResult>> removeOperator(const QString &osAccount,
                                                 const ActionContext &context) override;
    QFuture<Result<Page<AuditEntry>>> auditEntries(const AuditQuery &query) override;
    QFuture<Result<AuditVerification>> verifyAudit() override;
    QFuture<Result<ActionResult>> recordAuditExport(const QString &what, int count,
                                                    const ActionContext &context) override;
    QFuture<Result<Page<EndedSession>>> endedSessions(const EndedSessionQuery &query) override;

private:
    struct PollResult
    {
        qint64 dataVersion = 0;
        int expired = 0;
    };

    void poll();
    // Asks the store for the operator's role again (after changes here or elsewhere).
    void resolveOperator();
    void updateOperator(const Operator &op);
    // An incremental scan on the background connection; changed() when it raised or froze anything.
    void detectInBackground();
    // Copies committed changes from the WAL into the store file, off the interactive connection.
    void checkpointInBackground();
    // Runs job (T (QSqlDatabase &)) on the background connection, opened on first use once the
    // store has been accepted.
    template<typename Job>
    auto inBackground(Job job);
    // Runs an operator action on the worker: refused when the operator lacks the capability or
    // gives no reason; otherwise work(db, result, entries) and the action's audit entries commit
    // in one transaction, or nothing does. entries starts with one entry for the action; work
    // fills in its targets and counts, or replaces it with one entry per target.
    template<typename Work>
    QFuture<Result<ActionResult>> runAction(Capabilities::Capability capability, const ActionContext &context,
                                            const QString &action, const QString &reasonRequired, Work work);
    // Emits changed() once a successful write has finished.
    template<typename T>
    QFuture<Result<T>> notifyOnSuccess(QFuture<Result<T>> future);

    Options m_options;
    Operator m_operator;                  // the actor, with the role the store gives them once open
    SqlWorker *m_worker = nullptr;        // interactive queries and commands
    SqlWorker *m_background = nullptr;    // detection, so that a long scan never delays the pages
    std::atomic_bool m_storeOpen = false; // set by the open job once the store was accepted
    bool m_scanInFlight = false;
    bool m_scanPending = false;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    qint64 m_dataVersion = -1;
    QString m_liveProblem; // why polling fails, once said; empty while it works
    int m_failedPolls = 0; // in a row
};
