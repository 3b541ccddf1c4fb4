#pragma once

#include "models/sources/SessionSource.h"

#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class AuditBook;
class SqlWorker;
class StoreBackend;

// The native SessionDesk store (docs/store-contract.md), in an SQLite file or a PostgreSQL database.
// All SQL runs on worker threads with their own connections, and reads are the same SQL for both.
// What differs is a StoreBackend chosen when the store is made: how it opens, who its operators
// are, and how an action is carried out with its audit entry (SqliteStoreBackend: here, in one
// transaction; PostgresStoreBackend: the store's own functions, which check the login's role).
// SQLite changes made by other programs are noticed by polling PRAGMA data_version; PostgreSQL's
// arrive by LISTEN/NOTIFY, and a lost connection is retried with backoff.
class SqlSessionSource final : public SessionSource
{
    Q_OBJECT

public:
    struct Options
    {
        QString path;       // SQLite
        QString connectUrl; // PostgreSQL instead: postgresql://user@host:port/database
        QString password;   // for connectUrl; empty: libpq looks in PGPASSFILE. Kept in memory only.
        // For connectUrl: a server certificate the system does not trust, trusted by its SHA-256
        // fingerprint (PgServerCertificate pins it); any other is refused.
        QString trustedCertificate;
        bool createIfMissing = false; // a missing file becomes a new, empty store (never an empty one)
        int busyTimeoutMs = 2000;     // how long one attempt waits for another program's lock
        int busyAttempts = 3;
        // 0: do not watch for changes (one-shot use, the CLI). PostgreSQL: how often the listening
        // connection is checked (and expired sessions marked); changes themselves are notified.
        int pollIntervalMs = 1000;
        Operator actor = Operator::fromEnvironment(); // who acts; the store gives the role
        // Where this computer keeps the heads of audit trails it has seen (AuditWitness); empty:
        // the user's data directory.
        QString witnessPath;
    };

    struct StoreInfo
    {
        QString path;
        int schemaVersion = 0;
        bool created = false;       // the store was created (or initialised from an empty file) now
        Operator actor;             // with the role the store gives the account
        bool databaseOwner = false; // PostgreSQL: the login owns the database
        qint64 dataVersion = -1;    // PRAGMA data_version once open: later changes are noticed
    };

    explicit SqlSessionSource(const Options &options, QObject *parent = nullptr);
    ~SqlSessionSource() override;

    // The store the GUI opens (and fills with demo data) when none is given, in the user's data
    // directory; the CLI uses it too when --store is not given.
    static QString defaultStorePath();
    // Opens a connection named connectionName, on the calling thread, to the store options name
    // (a SQLite file or a PostgreSQL URL): the console's own, and another writer's such as the
    // demo's simulated application.
    static std::optional<SourceError> openConnection(QSqlDatabase &db, const QString &connectionName,
                                                     const Options &options);
    const Options &options() const { return m_options; }
    QStringList files() const override;
    // Changes made elsewhere reach this console: it listens (PostgreSQL) or has polled (SQLite),
    // and nothing stops it now.
    bool isLive() const { return m_live && m_liveProblem.isEmpty(); }

    // Opens the file, refuses what is not a usable store (missing, read-only, damaged, not a
    // SessionDesk store, newer schema) and applies pending migrations. Queries made before open()
    // has finished run after it, in order.
    QFuture<Result<StoreInfo>> open();
    // PostgreSQL: initializes or upgrades the store (the database's owner or an administrator
    // only), then opens it as open() does. A SQLite store is upgraded by open() itself.
    QFuture<Result<StoreInfo>> upgradeStore();
    // open(), answering with the operator only; PostgreSQL: with a trusted certificate pinned first,
    // and a refused one named by its fingerprint.
    QFuture<Result<Operator>> signIn() override;
    QString refusedCertificate() const override { return m_refused; }
    bool isPostgres() const;
    // Runs a bulk write (job) on the store's own connection, after open(), and changed() once it
    // succeeded: for tools that fill a store in bulk (DemoFiller), which own their transaction.
    QFuture<Result<bool>> bulkWrite(std::function<std::optional<SourceError>(QSqlDatabase &)> job);

    QString description() const override;
    Operator currentOperator() const override { return m_operator; }
    Capabilities capabilities() const override;

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
    QFuture<Result<Overview>> overview() override;
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
    OperatorAccounts operatorAccounts() const override;
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
    QFuture<Result<AuditVerification>>
    verifyAudit(const std::optional<AuditCheckpoint> &against = {}) override;
    // Appends entries, in one transaction, for actions taken elsewhere: this store as the local
    // journal of a source that keeps no audit trail of its own. Answers the first entry's id.
    QFuture<Result<qint64>> appendAudit(const QList<AuditEntry> &entries);
    QFuture<Result<ActionResult>> recordExport(Export kind, const QString &what, int count,
                                               const ActionContext &context) override;
    QFuture<Result<Page<EndedSession>>> endedSessions(const EndedSessionQuery &query) override;
    QFuture<Result<Page<LoginEvent>>> signIns(const SignInQuery &query) override;

private:
    // Opens the store (after initializing or upgrading it, for upgradeStore()), then takes the
    // operator over and watches the store for changes.
    QFuture<Result<StoreInfo>> opening(bool upgradeFirst);
    // The name of the worker's connection to the store.
    QString foregroundConnection() const
    {
        return QStringLiteral("sessiondesk-%1").arg(quintptr(this), 0, 16);
    }

    void poll();
    // PostgreSQL: checks the connections (reopening them after a loss, with backoff) and listens
    // for the store's change notifications.
    void watchPostgres();
    void notified();
    // Says why the store cannot be watched (empty: it can again), once per change; whether it changed.
    bool setLiveProblem(const QString &problem);
    // Asks the store for the operator's role again (after changes here or elsewhere).
    void resolveOperator();
    void updateOperator(const Operator &op);
    // An incremental scan on the background connection; changed() when it raised or froze anything.
    void detectInBackground();
    // Copies committed changes from the WAL into the store file, off the interactive connection.
    void checkpointInBackground();
    // Runs job (Result<T> (QSqlDatabase &)) on the interactive connection, once the store is open.
    template<typename Job>
    auto reading(Job job);
    // Runs job (T (QSqlDatabase &)) on the background connection, opened on first use once the
    // store has been accepted.
    template<typename Job>
    auto inBackground(Job job);
    // Runs an operator action on the worker: refused when the operator lacks the capability
    // (askFirst: as this console knows the role; the backend asks the store again) or gives no
    // reason; otherwise act, which commits the action with its audit entries or nothing.
    // Act: StoreBackend::Act.
    template<typename Act>
    QFuture<Result<ActionResult>> perform(Capabilities::Capability capability, const ActionContext &context,
                                          const QString &reasonRequired, Act act, bool askFirst = true);
    // How checkpoints and this computer's witness name the store: its file, or its server and
    // database (not the login).
    QString storeIdentity() const;
    // The audit trail with this computer's witness over it.
    AuditBook auditBook() const;
    // Emits changed() once a successful write has finished.
    template<typename T>
    QFuture<Result<T>> notifyOnSuccess(QFuture<Result<T>> future);

    Options m_options;
    // SQLite or PostgreSQL, chosen once; shared with the jobs on the workers, which may outlive it.
    std::shared_ptr<const StoreBackend> m_backend;
    Operator m_operator;                  // the actor, with the role the store gives them once open
    bool m_databaseOwner = false;         // PostgreSQL: the login owns the database (may add operators)
    QString m_refused;                    // the fingerprint of a certificate refused at sign-in
    SqlWorker *m_worker = nullptr;        // interactive queries and commands
    SqlWorker *m_background = nullptr;    // detection, so that a long scan never delays the pages
    std::atomic_bool m_storeOpen = false; // set by the open job once the store was accepted
    bool m_scanInFlight = false;
    bool m_scanPending = false;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    qint64 m_dataVersion = -1;
    QString m_liveProblem;    // why polling fails, once said; empty while it works
    int m_failedPolls = 0;    // in a row
    bool m_listening = false; // PostgreSQL: subscribed to the change channel
    bool m_live = false;      // listened or polled once
    QTimer m_notifyCoalesce;  // PostgreSQL: one refresh for a burst of notifications
};
