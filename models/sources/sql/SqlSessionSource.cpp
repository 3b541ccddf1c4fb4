#include "models/sources/sql/SqlSessionSource.h"

#include "models/Logging.h"
#include "models/audit/AuditBook.h"
#include "models/audit/AuditTrail.h"
#include "models/sources/Futures.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/pg/PgServerCertificate.h"
#include "models/sources/pg/PgStore.h"
#include "models/sources/sql/SqlFlags.h"
#include "models/sources/sql/SqlOverview.h"
#include "models/sources/sql/SqlPlannedLogouts.h"
#include "models/sources/sql/SqlReads.h"
#include "models/sources/sql/SqliteStoreBackend.h"
#include "models/sources/sql/StoreBackend.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlRows.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqlWorker.h"
#include "models/storage/SqliteStoreFile.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

// Checks a PostgreSQL connection with a trivial query and, when it was lost (a server restart, a
// terminated backend), opens it again; reopened says so.
std::optional<SourceError> keepConnected(QSqlDatabase &db, bool &reopened)
{
    reopened = false;
    if (QSqlQuery(db).exec(u"SELECT 1"_s))
        return std::nullopt;
    db.close();
    if (!db.open())
        return SourceError{
            SourceError::Code::Failed,
            SqlSessionSource::tr("The connection to the PostgreSQL server was lost; retrying."),
            db.lastError().text()};
    reopened = true;
    return std::nullopt;
}

} // namespace

template<typename Job>
auto SqlSessionSource::reading(Job job)
{
    using T = std::invoke_result_t<Job, QSqlDatabase &>;
    return m_worker->run([job = std::move(job)](QSqlDatabase &db) -> T {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return job(db);
    });
}

SqlSessionSource::SqlSessionSource(const Options &options, QObject *parent)
    : SessionSource(parent)
    , m_options(options)
    , m_backend(StoreBackend::forOptions(options))
    , m_operator{options.actor.id, options.actor.osAccount, options.actor.host, std::nullopt}
    , m_worker(new SqlWorker(u"sessiondesk-sql"_s, this))
    , m_background(new SqlWorker(u"sessiondesk-detect"_s, this))
{
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this,
            m_backend->isPostgres() ? &SqlSessionSource::watchPostgres : &SqlSessionSource::poll);
    m_notifyCoalesce.setSingleShot(true);
    m_notifyCoalesce.setInterval(100);
    connect(&m_notifyCoalesce, &QTimer::timeout, this, [this] {
        Q_EMIT changed();
        detectInBackground();
    });
}

SqlSessionSource::~SqlSessionSource() = default;

QString SqlSessionSource::defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.sqlite"_s;
}

std::optional<SourceError> SqlSessionSource::openConnection(QSqlDatabase &db, const QString &connectionName,
                                                            const Options &options)
{
    if (!options.connectUrl.isEmpty()) {
        const auto connection = PgConnection::fromUrl(options.connectUrl);
        if (!connection.ok())
            return connection.error();
        auto opened = connection.value().open(connectionName, options.password);
        if (!opened.ok())
            return opened.error();
        db = opened.value();
        return std::nullopt;
    }
    return SqliteStoreFile::connect(db, connectionName, options.path, options.busyTimeoutMs);
}

QStringList SqlSessionSource::files() const
{
    return isPostgres() ? QStringList() : SqliteStoreFile::withCompanions(m_options.path);
}

bool SqlSessionSource::isPostgres() const
{
    return m_backend->isPostgres();
}

SessionSource::OperatorAccounts SqlSessionSource::operatorAccounts() const
{
    return m_backend->operatorAccounts();
}

QString SqlSessionSource::description() const
{
    return m_backend->description(m_options);
}

Capabilities SqlSessionSource::capabilities() const
{
    Capabilities capabilities = m_backend->capabilities(m_operator, m_databaseOwner, m_options);
    capabilities.deny(Capabilities::Capability::Networks,
                      tr("A SessionDesk store records each session's place itself; the networks that own "
                         "addresses are named for the sources whose places SessionDesk finds from the "
                         "addresses."));
    return capabilities;
}

QFuture<Result<SqlSessionSource::StoreInfo>> SqlSessionSource::open()
{
    return opening(false);
}

QFuture<Result<Operator>> SqlSessionSource::signIn()
{
    auto promise = Futures::started<Operator>();
    const auto connected = [this, promise] {
        Futures::onResult(open(), this, [this, promise](const Result<StoreInfo> &opened) {
            if (opened.ok() || m_options.connectUrl.isEmpty())
                return Futures::settle(*promise, opened.ok() ? Result<Operator>(opened.value().actor)
                                                             : Result<Operator>(opened.error()));
            PgServerCertificate::explain(PgConnection::fromUrl(m_options.connectUrl).value(), opened.error(),
                                         this,
                                         [this, promise](const SourceError &error, const QString &seen) {
                                             m_refused = seen;
                                             Futures::settle(*promise, Result<Operator>(error));
                                         });
        });
    };
    if (m_options.connectUrl.isEmpty()) {
        connected();
        return promise->future();
    }
    // A certificate trusted by fingerprint: libpq verifies against exactly that one.
    PgServerCertificate::trust(
        PgConnection::fromUrl(m_options.connectUrl).value(), m_options.trustedCertificate, this,
        [this, promise, connected](const Result<PgConnection> &pinned, const QString &seen) {
            m_refused = pinned.ok() ? QString() : seen;
            if (!pinned.ok())
                return Futures::settle(*promise, Result<Operator>(pinned.error()));
            m_options.connectUrl = pinned.value().url();
            connected();
        });
    return promise->future();
}

QFuture<Result<SqlSessionSource::StoreInfo>> SqlSessionSource::upgradeStore()
{
    return opening(true);
}

QFuture<Result<SqlSessionSource::StoreInfo>> SqlSessionSource::opening(bool upgradeFirst)
{
    const Options options = m_options;
    const QString connectionName = foregroundConnection();
    std::atomic_bool &storeOpen = m_storeOpen;
    auto future = m_worker->run([backend = m_backend, options, connectionName, upgradeFirst,
                                 &storeOpen](QSqlDatabase &db) -> Result<StoreInfo> {
        auto opened = backend->open(db, connectionName, options, upgradeFirst);
        storeOpen = opened.ok();
        return opened;
    });
    // Settled once the console has taken the operator over, so that whoever waits for the
    // opening finds its role and capabilities current.
    auto promise = Futures::started<StoreInfo>();
    Futures::onResult(future, this, [this, promise](const Result<StoreInfo> &result) {
        if (result.ok()) {
            m_dataVersion = result.value().dataVersion;
            m_databaseOwner = result.value().databaseOwner;
            updateOperator(result.value().actor);
            if (m_options.pollIntervalMs > 0) {
                m_pollTimer.start();
                if (m_backend->isPostgres())
                    watchPostgres();
                detectInBackground();
            }
        }
        Futures::settle(*promise, result);
    });
    return promise->future();
}

QFuture<Result<bool>>
SqlSessionSource::bulkWrite(std::function<std::optional<SourceError>(QSqlDatabase &)> job)
{
    return notifyOnSuccess(m_worker->run([job = std::move(job)](QSqlDatabase &db) -> Result<bool> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        if (auto error = job(db))
            return *error;
        return true;
    }));
}

QFuture<Result<Page<User>>> SqlSessionSource::users(const UserQuery &query)
{
    return reading([query](QSqlDatabase &db) { return SqlReads::users(db, query); });
}

QFuture<Result<User>> SqlSessionSource::userByEmail(const QString &email)
{
    return reading([email](QSqlDatabase &db) { return SqlReads::userByEmail(db, email); });
}

QFuture<Result<Page<Session>>> SqlSessionSource::sessions(const SessionQuery &query)
{
    return reading([query](QSqlDatabase &db) { return SqlReads::sessions(db, query); });
}

QFuture<Result<Page<LoginEvent>>> SqlSessionSource::signIns(const SignInQuery &query)
{
    return reading([query](QSqlDatabase &db) { return SqlReads::signIns(db, query); });
}

QFuture<Result<QStringList>> SqlSessionSource::roles()
{
    return reading([](QSqlDatabase &db) { return SqlReads::roles(db); });
}

QFuture<Result<ActionResult>> SqlSessionSource::logoutUsers(const QStringList &userIds,
                                                            const ActionContext &context)
{
    return perform(Capabilities::Capability::LogoutUser, context,
                   tr("A reason is required to log a user out."), m_backend->logoutUsers(userIds));
}

QFuture<Result<LogoutAllPreview>> SqlSessionSource::previewLogoutAll(const LogoutAllScope &scope)
{
    return reading([scope](QSqlDatabase &db) { return SqlReads::previewLogoutAll(db, scope); });
}

QFuture<Result<ActionResult>> SqlSessionSource::logoutAll(const LogoutAllScope &scope,
                                                          const ActionContext &context)
{
    if (auto refused = scope.matching.refusal()) // before the store is asked, on either backend
        return QtFuture::makeReadyFuture(Result<ActionResult>(*refused));
    if (!scope.matching.isEmpty() && currentOperator().role &&
        !capabilities().has(Capabilities::Capability::LogoutAll))
        return QtFuture::makeReadyFuture(Result<ActionResult>(LogoutAllScope::administratorsOnly()));
    return perform(Capabilities::Capability::LogoutAll, context,
                   tr("A reason is required to log out all users."), m_backend->logoutAll(scope));
}

QFuture<Result<ActionResult>> SqlSessionSource::planLogoutAll(const LogoutAllScope &scope,
                                                              const QDateTime &runAt, const QString &message,
                                                              const ActionContext &context)
{
    return perform(Capabilities::Capability::LogoutAll, context,
                   tr("A reason is required to plan a logout of all users."),
                   m_backend->planLogoutAll(scope, runAt, message));
}

QFuture<Result<ActionResult>> SqlSessionSource::cancelPlannedLogout(qint64 id, const ActionContext &context)
{
    return perform(Capabilities::Capability::LogoutAll, context,
                   tr("A reason is required to cancel a planned logout."),
                   m_backend->cancelPlannedLogout(id));
}

QFuture<Result<QList<PlannedLogout>>> SqlSessionSource::plannedLogouts(bool pendingOnly)
{
    return reading([pendingOnly](QSqlDatabase &db) { return SqlPlannedLogouts::list(db, pendingOnly); });
}

QFuture<Result<ActionResult>> SqlSessionSource::runPlannedLogout(const PlannedLogout &plan)
{
    // As the administrator who planned it: the store checks their role, not this console's.
    ActionContext context{m_operator, plan.reason, plan.ticket};
    context.actor.id = plan.createdBy;
    context.actor.osAccount = plan.createdByAccount;
    auto future = perform(Capabilities::Capability::LogoutAll, context,
                          tr("A reason is required to log out all users."),
                          m_backend->runPlannedLogout(plan, m_operator), false);
    // A plan that failed may have been marked failed for good: shown as it is now.
    Futures::onResult(future, this, [this](const Result<ActionResult> &result) {
        if (!result.ok())
            Q_EMIT changed();
    });
    return future;
}

QFuture<Result<ActionResult>> SqlSessionSource::endSession(const QString &sessionId,
                                                           const ActionContext &context)
{
    return perform(Capabilities::Capability::EndSession, context,
                   tr("A reason is required to end a session."), m_backend->endSession(sessionId));
}

QFuture<Result<Page<Flag>>> SqlSessionSource::flags(const FlagQuery &query)
{
    return reading([query](QSqlDatabase &db) { return SqlFlags::list(db, query); });
}

QFuture<Result<Overview>> SqlSessionSource::overview()
{
    return reading([](QSqlDatabase &db) { return SqlOverview::read(db, QDateTime::currentDateTimeUtc()); });
}

QFuture<Result<QList<FlagTransition>>> SqlSessionSource::flagHistory(qint64 flagId)
{
    return reading([flagId](QSqlDatabase &db) { return SqlFlags::history(db, flagId); });
}

template<typename Job>
auto SqlSessionSource::inBackground(Job job)
{
    const Options options = m_options;
    const QString connectionName = u"sessiondesk-background-%1"_s.arg(quintptr(this), 0, 16);
    const std::atomic_bool &storeOpen = m_storeOpen;
    using T = std::invoke_result_t<Job, QSqlDatabase &>;
    return m_background->run([options, connectionName, &storeOpen, job](QSqlDatabase &db) -> T {
        if (!storeOpen)
            return SqlRows::notOpen();
        if (!db.isOpen()) {
            // Opened on first use; opened again with the same settings after the driver closed it
            // (a PostgreSQL connection that was lost).
            if (!db.isValid()) {
                if (auto error = openConnection(db, connectionName, options))
                    return *error;
            } else if (!db.open()) {
                return Sql::error(db.lastError(), tr("Opening the store"));
            }
        }
        return job(db);
    });
}

QFuture<Result<ScanResult>> SqlSessionSource::scanFlags(bool full)
{
    // Detection writes flags: an auditor's console (or a login that is no operator) writes nothing.
    if (const Capabilities allowed = capabilities(); !allowed.has(Capabilities::Capability::ResolveFlags))
        return QtFuture::makeReadyFuture(
            Result<ScanResult>(SourceError{SourceError::Code::PermissionDenied,
                                           allowed.reason(Capabilities::Capability::ResolveFlags),
                                           {}}));
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const Options options = m_options;
    const Operator actor = m_operator;
    auto future = inBackground([backend = m_backend, transaction, full, options, actor](QSqlDatabase &db) {
        return backend->scan(db, full, transaction, actor, options);
    });
    Futures::onResult(future, this, [this](const Result<ScanResult> &result) {
        if (result.ok() && (result.value().flagsRaised > 0 || result.value().flagsUpdated > 0))
            Q_EMIT changed();
    });
    return future;
}

void SqlSessionSource::checkpointInBackground()
{
    inBackground([backend = m_backend](QSqlDatabase &db) -> Result<bool> {
        if (auto error = backend->checkpoint(db))
            return *error;
        return true;
    });
}

void SqlSessionSource::detectInBackground()
{
    if (!capabilities().has(Capabilities::Capability::ResolveFlags))
        return;
    if (m_scanInFlight) {
        m_scanPending = true;
        return;
    }
    m_scanInFlight = true;
    Futures::onResult(scanFlags(false), this, [this](const Result<ScanResult> &result) {
        m_scanInFlight = false;
        if (!result.ok())
            qCInfo(lcSql) << "background detection failed:" << result.error().text;
        if (m_scanPending) {
            m_scanPending = false;
            detectInBackground();
        }
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::closeFlag(qint64 flagId, Flag::Status outcome,
                                                          const ActionContext &context)
{
    if (outcome != Flag::Status::Resolved && outcome != Flag::Status::Dismissed)
        return QtFuture::makeReadyFuture(Result<ActionResult>(SourceError{
            SourceError::Code::InvalidInput, tr("A flag is closed as resolved or dismissed."), {}}));
    return perform(Capabilities::Capability::ResolveFlags, context,
                   outcome == Flag::Status::Resolved ? tr("A note is required to resolve a flag.")
                                                     : tr("A note is required to dismiss a flag."),
                   m_backend->closeFlag(flagId, outcome));
}

QFuture<Result<ActionResult>> SqlSessionSource::freezeUser(const QString &userId,
                                                           const ActionContext &context)
{
    return perform(Capabilities::Capability::Freeze, context,
                   tr("A reason is required to freeze an account."), m_backend->freezeUser(userId));
}

QFuture<Result<ActionResult>> SqlSessionSource::unfreezeUser(const QString &userId,
                                                             const ActionContext &context)
{
    return perform(Capabilities::Capability::Freeze, context,
                   tr("A reason is required to unfreeze an account."), m_backend->unfreezeUser(userId));
}

QFuture<Result<ActionResult>> SqlSessionSource::addUser(const QString &email, const QString &displayName,
                                                        const QString &role, const ActionContext &context)
{
    return perform(Capabilities::Capability::ManageUsers, context, tr("A reason is required to add a user."),
                   m_backend->addUser(email, displayName, role));
}

QFuture<Result<ActionResult>> SqlSessionSource::deactivateUser(const QString &userId,
                                                               const ActionContext &context)
{
    return perform(Capabilities::Capability::ManageUsers, context,
                   tr("A reason is required to deactivate a user."), m_backend->deactivateUser(userId));
}

QFuture<Result<ActionResult>> SqlSessionSource::reactivateUser(const QString &userId,
                                                               const ActionContext &context)
{
    return perform(Capabilities::Capability::ManageUsers, context,
                   tr("A reason is required to reactivate a user."), m_backend->reactivateUser(userId));
}

QFuture<Result<ActionResult>> SqlSessionSource::removeUser(const QString &userId,
                                                           const ActionContext &context)
{
    return perform(Capabilities::Capability::ManageUsers, context,
                   tr("A reason is required to remove a user."), m_backend->removeUser(userId));
}

QFuture<Result<ActionResult>> SqlSessionSource::setUserRole(const QString &userId, const QString &role,
                                                            const ActionContext &context)
{
    return perform(Capabilities::Capability::ChangeRoles, context,
                   tr("A reason is required to change a user's role."), m_backend->setUserRole(userId, role));
}

QFuture<Result<Settings>> SqlSessionSource::settings()
{
    return reading([](QSqlDatabase &db) { return StoreBackend::settings(db); });
}

QFuture<Result<ActionResult>> SqlSessionSource::saveSettings(const Settings &settings,
                                                             const ActionContext &context)
{
    return perform(Capabilities::Capability::ChangeSettings, context,
                   tr("A reason is required to change settings."), m_backend->saveSettings(settings));
}

template<typename Act>
QFuture<Result<ActionResult>> SqlSessionSource::perform(Capabilities::Capability capability,
                                                        const ActionContext &context,
                                                        const QString &reasonRequired, Act act, bool askFirst)
{
    // The store checks the role again and refuses the same; asking first keeps the console's
    // sentence, and spares an operator who may not act the question for a reason.
    const QString denied = askFirst ? capabilities().reason(capability) : QString();
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const AuditBook book = auditBook();
    return notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<ActionResult> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        if (!denied.isEmpty())
            return SourceError{SourceError::Code::PermissionDenied, denied, {}};
        if (context.reason.trimmed().isEmpty())
            return SourceError{SourceError::Code::InvalidInput, reasonRequired, {}};
        auto done = act(db, StoreBackend::ActionRun{context, capability, transaction});
        if (done.ok())
            book.rememberHead(db);
        return done;
    }));
}

template<typename T>
QFuture<Result<T>> SqlSessionSource::notifyOnSuccess(QFuture<Result<T>> future)
{
    Futures::onResult(future, this, [this](const Result<T> &result) {
        if (!result.ok())
            return;
        checkpointInBackground();
        Q_EMIT changed();
    });
    return future;
}

void SqlSessionSource::poll()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    auto future = reading([](QSqlDatabase &db) { return SqliteStoreBackend::poll(db); });
    Futures::onResult(future, this, [this](const Result<SqliteStoreBackend::Poll> &result) {
        m_pollInFlight = false;
        if (!result.ok()) {
            // One failed poll may be a passing moment (a checkpoint); two in a row are worth saying.
            if (++m_failedPolls >= 2)
                setLiveProblem(result.error().text);
            return;
        }
        m_failedPolls = 0;
        m_live = true;
        if (setLiveProblem(QString()))
            Q_EMIT changed(); // whatever happened meanwhile
        const bool changedElsewhere = m_dataVersion >= 0 && result.value().dataVersion != m_dataVersion;
        m_dataVersion = result.value().dataVersion;
        if (changedElsewhere || result.value().expired > 0)
            Q_EMIT changed();
        if (changedElsewhere) {
            detectInBackground();
            resolveOperator();
        }
    });
}

void SqlSessionSource::watchPostgres()
{
    if (m_pollInFlight)
        return;
    m_pollInFlight = true;
    struct Watch
    {
        bool reopened = false;
        std::optional<Role> role;
    };
    const bool listening = m_listening;
    auto future = inBackground([this, listening](QSqlDatabase &db) -> Result<Watch> {
        Watch watch;
        if (auto error = keepConnected(db, watch.reopened))
            return *error;
        QSqlDriver *driver = db.driver();
        if (!driver->subscribedToNotifications().contains(PgStore::changeChannel())) {
            // A connection that was listening and no longer is, is a new one: what was notified
            // meanwhile is lost.
            watch.reopened = watch.reopened || listening;
            connect(driver, &QSqlDriver::notification, this, &SqlSessionSource::notified,
                    Qt::UniqueConnection);
            if (!driver->subscribeToNotification(PgStore::changeChannel()))
                return Sql::error(driver->lastError(), tr("Listening for changes"));
        }
        const auto role = PgStore::roleOf(db);
        if (!role.ok())
            return role.error();
        watch.role = role.value();
        if (watch.role) {
            if (auto kept = PgStore::keepCurrent(db); !kept.ok())
                return kept.error();
        }
        return watch;
    });
    Futures::onResult(future, this, [this](const Result<Watch> &result) {
        m_pollInFlight = false;
        if (!result.ok()) {
            // Retried with backoff, up to half a minute apart, until the server answers again.
            m_listening = false;
            m_pollTimer.setInterval(std::min(m_pollTimer.interval() * 2, 30'000));
            setLiveProblem(result.error().text);
            return;
        }
        m_listening = true;
        m_live = true;
        m_pollTimer.setInterval(m_options.pollIntervalMs);
        Operator op = m_operator;
        op.role = result.value().role;
        updateOperator(op);
        if (!result.value().reopened && m_liveProblem.isEmpty())
            return;
        // The interactive connection was most likely lost too: open it again, then read everything
        // again, since notifications sent meanwhile are gone.
        auto reconnected = m_worker->run([](QSqlDatabase &db) -> Result<bool> {
            bool reopened = false;
            if (auto error = keepConnected(db, reopened))
                return *error;
            return reopened;
        });
        Futures::onResult(reconnected, this, [this](const Result<bool> &reopened) {
            if (!reopened.ok())
                return;
            setLiveProblem(QString());
            Q_EMIT changed();
        });
    });
}

bool SqlSessionSource::setLiveProblem(const QString &problem)
{
    if (problem == m_liveProblem)
        return false;
    m_liveProblem = problem;
    Q_EMIT liveProblem(m_liveProblem);
    return true;
}

void SqlSessionSource::notified()
{
    m_notifyCoalesce.start();
}

void SqlSessionSource::resolveOperator()
{
    const QString account = m_operator.osAccount;
    Futures::onResult(
        reading([backend = m_backend, account](QSqlDatabase &db) { return backend->roleOf(db, account); }),
        this, [this](const Result<std::optional<Role>> &role) {
            if (!role.ok())
                return;
            Operator op = m_operator;
            op.role = role.value();
            updateOperator(op);
        });
}

void SqlSessionSource::updateOperator(const Operator &op)
{
    if (op == m_operator)
        return;
    m_operator = op;
    Q_EMIT operatorChanged();
}

QFuture<Result<QList<OperatorAccount>>> SqlSessionSource::operators()
{
    return reading([backend = m_backend](QSqlDatabase &db) { return backend->operators(db); });
}

QFuture<Result<ActionResult>> SqlSessionSource::saveOperator(const QString &osAccount, Role role,
                                                             const ActionContext &context)
{
    auto future = perform(Capabilities::Capability::ManageOperators, context,
                          tr("Give a reason for changing the operators: it is written to the audit trail."),
                          m_backend->saveOperator(osAccount, role));
    Futures::onResult(future, this, [this](const Result<ActionResult> &result) {
        if (result.ok())
            resolveOperator();
    });
    return future;
}

QFuture<Result<ActionResult>> SqlSessionSource::removeOperator(const QString &osAccount,
                                                               const ActionContext &context)
{
    auto future = perform(Capabilities::Capability::ManageOperators, context,
                          tr("Give a reason for changing the operators: it is written to the audit trail."),
                          m_backend->removeOperator(osAccount));
    Futures::onResult(future, this, [this](const Result<ActionResult> &result) {
        if (result.ok())
            resolveOperator();
    });
    return future;
}

QFuture<Result<Page<AuditEntry>>> SqlSessionSource::auditEntries(const AuditQuery &query)
{
    return reading([query](QSqlDatabase &db) { return AuditTrail::list(db, query); });
}

QString SqlSessionSource::storeIdentity() const
{
    return m_backend->storeIdentity(m_options);
}

AuditBook SqlSessionSource::auditBook() const
{
    return AuditBook(storeIdentity(), m_options.witnessPath);
}

QFuture<Result<AuditVerification>>
SqlSessionSource::verifyAudit(const std::optional<AuditCheckpoint> &against)
{
    return inBackground([book = auditBook(), against](QSqlDatabase &db) { return book.verify(db, against); });
}

QFuture<Result<qint64>> SqlSessionSource::appendAudit(const QList<AuditEntry> &entries)
{
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const AuditBook book = auditBook();
    return notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<qint64> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return book.append(db, transaction, entries);
    }));
}

QFuture<Result<ActionResult>> SqlSessionSource::recordExport(Export kind, const QString &what, int count,
                                                             const ActionContext &context)
{
    return perform(Capabilities::Capability::Export, context,
                   tr("Give a reason for the export: it is written to the audit trail."),
                   m_backend->recordExport(exportAction(kind), what, count));
}

QFuture<Result<Page<EndedSession>>> SqlSessionSource::endedSessions(const EndedSessionQuery &query)
{
    return reading([query](QSqlDatabase &db) { return AuditTrail::endedSessions(db, query); });
}
