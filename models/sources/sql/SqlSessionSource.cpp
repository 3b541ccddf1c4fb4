#include "models/sources/sql/SqlSessionSource.h"

#include "models/Logging.h"
#include "models/audit/AuditBook.h"
#include "models/audit/AuditTrail.h"
#include "models/domain/SearchText.h"
#include "models/sources/Futures.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/pg/PgServerCertificate.h"
#include "models/sources/sql/SqlFlags.h"
#include "models/sources/sql/SqlPlannedLogouts.h"
#include "models/sources/sql/SqlScope.h"
#include "models/sources/sql/SqlTeam.h"
#include "models/storage/SchemaSuspension.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlPage.h"
#include "models/storage/SqlRows.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqlWorker.h"
#include "models/storage/SqliteStoreFile.h"
#include "models/storage/StoreMigrator.h"
#include "models/storage/StringPool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

// Opens the PostgreSQL store: a connection, the schema this build needs, and the role the
// database gives the login.
Result<SqlSessionSource::StoreInfo> openPostgres(QSqlDatabase &db, const QString &connectionName,
                                                 const SqlSessionSource::Options &options)
{
    if (auto error = SqlSessionSource::openConnection(db, connectionName, options))
        return *error;
    SqlSessionSource::StoreInfo info;
    info.path = options.connectUrl;
    auto failed = [&db](const SourceError &error) {
        db.close();
        return error;
    };
    const auto login = PgStore::login(db);
    if (!login.ok())
        return failed(login.error());
    const auto role = PgStore::roleOf(db);
    if (!role.ok())
        return failed(role.error());
    // Without a role the database lets the login read nothing of a store (the catalog still shows
    // there is one); an owner whose database holds none yet is told to initialize it.
    QSqlQuery store(db);
    const bool isStore = store.exec(u"SELECT to_regclass('sessiondesk_schema') IS NOT NULL"_s) &&
                         store.next() && store.value(0).toBool();
    if (role.value() || !isStore) {
        if (auto error = PgStore::checkSchema(db, info.path))
            return failed(*error);
    }
    // The database's owner reads everything and may add the store's operators (the first
    // administrator of a new store too) even without a role of its own.
    const auto owner = PgStore::ownsDatabase(db);
    if (!owner.ok())
        return failed(owner.error());
    info.databaseOwner = owner.value();
    if (!role.value() && !info.databaseOwner)
        return failed(
            SourceError{SourceError::Code::PermissionDenied,
                        SqlSessionSource::tr(
                            "The login %1 has none of the roles sessiondesk_admin, sessiondesk_support or "
                            "sessiondesk_auditor, so the database lets it read nothing of the store. %2")
                            .arg(login.value(), PgStore::howToAddOperator(login.value(), options.connectUrl)),
                        {}});
    info.schemaVersion = StoreMigrator(u":/sql/postgresql"_s).latestVersion();
    info.actor = options.actor;
    info.actor.id = login.value(); // the audit trail names the database login
    info.actor.role = role.value();
    if (info.actor.role) {
        if (auto kept = PgStore::keepCurrent(db); !kept.ok())
            qCInfo(lcSql) << "housekeeping skipped:" << kept.error().text;
        if (auto purged = PgStore::purgeRemovedUsers(db); !purged.ok())
            qCInfo(lcSql) << "purge of removed users skipped:" << purged.error().text;
    }
    qCInfo(lcSql).noquote() << "opened PostgreSQL store" << info.path << "as" << login.value();
    return info;
}

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

// Sort expression and its unique tie-breaker; both index-backed (see 001_native_schema.sql).
std::pair<QString, QString> userSortColumns(const QSqlDatabase &db, UserQuery::SortField field)
{
    switch (field) {
    case UserQuery::SortField::Name:
        return {Sql::noCase(db, u"u.display_name"_s), u"u.id"_s};
    case UserQuery::SortField::Email:
        return {u"u.email"_s, u"u.id"_s};
    case UserQuery::SortField::Role:
        return {u"u.role"_s, u"u.id"_s};
    case UserQuery::SortField::Status:
        return {u"u.status"_s, u"u.id"_s};
    case UserQuery::SortField::ActiveSessions:
        return {u"s.open_sessions"_s, u"s.user_id"_s};
    case UserQuery::SortField::Devices:
        return {u"s.devices"_s, u"s.user_id"_s};
    case UserQuery::SortField::LastActivity:
        return {u"s.last_seen_at"_s, u"s.user_id"_s};
    case UserQuery::SortField::LastLocation:
        return {Sql::noCase(db, u"s.last_city"_s), u"s.user_id"_s};
    }
    Q_UNREACHABLE();
}

QString sessionSortColumn(const QSqlDatabase &db, SessionQuery::SortField field)
{
    switch (field) {
    case SessionQuery::SortField::Device:
        return u"coalesce(user_agent, '')"_s;
    case SessionQuery::SortField::IpAddress:
        return u"coalesce(ip, '')"_s;
    case SessionQuery::SortField::Location:
        return u"coalesce(city, '')"_s;
    case SessionQuery::SortField::Started:
        return u"created_at"_s;
    case SessionQuery::SortField::LastActivity:
        return u"last_seen_at"_s;
    case SessionQuery::SortField::Expires:
        return u"expires_at"_s;
    case SessionQuery::SortField::Status:
        return u"coalesce(ended_at, %1)"_s.arg(Sql::zeroTime(db));
    }
    Q_UNREACHABLE();
}

// Marks sessions past their expiry as ended ('expired'), so that open means active. Cheap when
// there is nothing to do (a partial index); skipped without error while another program writes.
// The role the store gives an OS account; none when it is not an operator.
// The operator's role: by the operators table (SQLite), by the login's database roles (PostgreSQL).
Result<std::optional<Role>> roleOf(QSqlDatabase &db, const QString &osAccount)
{
    if (Sql::isPostgres(db))
        return PgStore::roleOf(db);
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT role FROM operators WHERE os_account = ?"_s, {osAccount}))
        return *error;
    return query.next() ? Operator::roleFromKey(query.value(0).toString()) : std::nullopt;
}

// The first account to open a store with no operators becomes its administrator.
std::optional<SourceError> adoptFirstOperator(QSqlDatabase &db, const QString &osAccount)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"INSERT INTO operators (os_account, role, added_at, added_by) "
                               "SELECT ?, 'administrator', ?, 'first operator' "
                               "WHERE NOT EXISTS (SELECT 1 FROM operators)"_s,
                               {osAccount, QDateTime::currentMSecsSinceEpoch()}))
        return error;
    if (query.numRowsAffected() > 0)
        qCInfo(lcSql).noquote() << osAccount << "is the first operator of the store: administrator";
    return std::nullopt;
}

// Refuses to take the administrator role from account when no other administrator is left.
std::optional<SourceError> keepAnAdministrator(QSqlDatabase &db, const QString &account)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT count(*) FROM operators WHERE role = 'administrator' AND os_account <> ?"_s,
            {account}))
        return error;
    query.next();
    if (query.value(0).toInt() > 0)
        return std::nullopt;
    return SourceError{
        SourceError::Code::Conflict,
        SqlSessionSource::tr("%1 is the last administrator of this store; make another operator "
                             "administrator first.")
            .arg(account),
        {}};
}

// An operator entry as the audit trail records it before and after a change.
QString operatorJson(const QString &account, std::optional<Role> role)
{
    const QJsonObject object{{u"account"_s, account},
                             {u"role"_s, role ? QJsonValue(Operator::roleKey(*role)) : QJsonValue()}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<int> expireSessions(QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT EXISTS (SELECT 1 FROM sessions WHERE ended_at IS NULL AND expires_at <= ?)"_s,
            {Sql::time(now)}))
        return *error;
    if (!query.next() || !query.value(0).toBool())
        return 0;
    return SqlTransaction(1, 0).run<int>(db, [&](QSqlDatabase &) -> Result<int> {
        if (auto error = Sql::exec(query,
                                   u"UPDATE sessions SET ended_at = expires_at, end_reason = 'expired' "
                                   "WHERE ended_at IS NULL AND expires_at <= ?"_s,
                                   {Sql::time(now)}))
            return *error;
        qCDebug(lcSql) << "marked" << query.numRowsAffected() << "sessions as expired";
        return query.numRowsAffected();
    });
}

// The stored settings; values a person broke by hand fall back to their defaults, with a warning.
Result<Settings> settingsFrom(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT key, value FROM settings"_s))
        return *error;
    Settings settings;
    while (query.next()) {
        if (auto invalid = settings.set(query.value(0).toString(), query.value(1).toString()))
            qCWarning(lcSql).noquote() << "ignoring stored setting:" << *invalid;
    }
    return settings;
}

// Deletes what removed users left behind once the setting's period has passed.
Result<int> purgeRemovedUsers(QSqlDatabase &db, const QDateTime &now)
{
    const auto stored = settingsFrom(db);
    if (!stored.ok())
        return stored.error();
    const int days = stored.value().value(QString::fromLatin1(Settings::RemovedHistoryDays)).toInt();
    return SqlTransaction(1, 0).run<int>(
        db, [&](QSqlDatabase &) { return SqlTeam::purgeRemoved(db, now, days); });
}

// Ends every active session outside scope as actorId, in the caller's transaction, and describes
// it in entry; plannedId names the planned logout this carries out (0: an immediate one).
std::optional<SourceError> logOutEveryone(QSqlDatabase &db, const LogoutAllScope &scope,
                                          const QString &actorId, qint64 plannedId, ActionResult &result,
                                          AuditEntry &entry)
{
    if (auto refused = SqlScope::check(db, scope))
        return refused;
    const QVariant now = Sql::time(result.at);
    const auto [spared, sparedArgs] = SqlScope::spared(scope);
    // Nobody spared (the usual case): no condition at all. Otherwise the few spared users
    // are excluded; a condition listing everyone else would cost a lookup per session.
    const bool sparing = !scope.keepUserIds.isEmpty() || !scope.excludeRoles.isEmpty();
    auto outside = [&, spared = spared](const QString &column) {
        return sparing ? u" AND %1 NOT IN (SELECT u.id FROM users u WHERE %2)"_s.arg(column, spared)
                       : QString();
    };
    const QVariantList args = sparing ? sparedArgs : QVariantList();
    QSqlQuery query(db);
    // Sessions already past their expiry are marked so first, so that afterwards every
    // affected user has no open session left and their figures can be reset directly.
    if (auto error = Sql::exec(query,
                               u"UPDATE sessions SET ended_at = expires_at, end_reason = 'expired' "
                               "WHERE ended_at IS NULL AND expires_at <= ?"_s,
                               {now}))
        return error;
    auto restore = SchemaSuspension::suspend(
        query,
        u"(type = 'trigger' AND "_s + SchemaSuspension::ownTriggers() +
            u") OR (type = 'index' AND tbl_name = 'sessions' AND sql LIKE '%WHERE ended_at IS NULL%')"_s);
    if (!restore.ok())
        return restore.error();
    QSqlQuery(db).exec(u"PRAGMA cache_size = -65536"_s); // a third of the table changes
    auto error = Sql::exec(query,
                           u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout_all', ended_by = ? "
                           "WHERE ended_at IS NULL AND expires_at > ?"_s +
                               outside(u"user_id"_s),
                           QVariantList{now, actorId, now} + args);
    QSqlQuery(db).exec(u"PRAGMA cache_size = -2000"_s);
    if (error)
        return error;
    result.sessionsEnded = query.numRowsAffected();
    for (const QString &statement : std::as_const(restore.value())) {
        if (auto failed = Sql::exec(query, statement))
            return failed;
    }

    if (auto failed =
            Sql::exec(query,
                      u"UPDATE user_stats SET open_sessions = 0, devices = 0 WHERE open_sessions > 0"_s +
                          outside(u"user_id"_s),
                      args))
        return failed;
    result.usersAffected = query.numRowsAffected(); // every user who had an active session
    if (scope.revokeTokens) {
        if (auto failed =
                Sql::exec(query, u"UPDATE users SET tokens_not_before = ? WHERE 1"_s + outside(u"id"_s),
                          QVariantList{now} + args))
            return failed;
    }
    entry.count = result.sessionsEnded;
    QJsonObject value = scope.toJson();
    value.insert(u"users"_s, result.usersAffected);
    if (plannedId > 0)
        value.insert(u"planned"_s, plannedId);
    entry.newValue = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    return std::nullopt;
}

// Remembers the trail's head after an action appended to it, unless the head this computer saw
// before is gone or changed (then the next verification must say so, not a newer head hide it).
} // namespace

SqlSessionSource::SqlSessionSource(const Options &options, QObject *parent)
    : SessionSource(parent)
    , m_options(options)
    , m_postgres(!options.connectUrl.isEmpty())
    , m_operator{options.actor.id, options.actor.osAccount, options.actor.host, std::nullopt}
    , m_worker(new SqlWorker(u"sessiondesk-sql"_s, this))
    , m_background(new SqlWorker(u"sessiondesk-detect"_s, this))
{
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this,
            m_postgres ? &SqlSessionSource::watchPostgres : &SqlSessionSource::poll);
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

QString SqlSessionSource::description() const
{
    if (m_postgres)
        return tr("PostgreSQL store %1").arg(m_options.connectUrl);
    return tr("SQLite store %1").arg(QDir::toNativeSeparators(m_options.path));
}

Capabilities SqlSessionSource::capabilities() const
{
    if (m_postgres && !m_operator.role && m_databaseOwner) {
        Capabilities owner = Capabilities::none(
            tr("The login %1 owns the database but holds none of the store's roles: it may add operators, "
               "itself too, and nothing else. %2")
                .arg(m_operator.id, PgStore::howToAddOperator(m_operator.id, m_options.connectUrl)));
        owner.allow(Capabilities::Capability::ManageOperators);
        return owner;
    }
    if (m_postgres && !m_operator.role)
        return Capabilities::none(
            tr("The login %1 is not an operator of this store (any longer): it has none of the roles "
               "sessiondesk_admin, sessiondesk_support or sessiondesk_auditor. %2")
                .arg(m_operator.id, PgStore::howToAddOperator(m_operator.id, m_options.connectUrl)));
    Capabilities capabilities = Capabilities::forOperator(m_operator);
    capabilities.deny(Capabilities::Capability::TimedFreeze,
                      tr("A SessionDesk store keeps an account frozen until it is unfrozen."));
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
    auto future = m_worker->run([options, connectionName, upgradeFirst,
                                 &storeOpen](QSqlDatabase &db) -> Result<StoreInfo> {
        if (upgradeFirst) {
            if (options.connectUrl.isEmpty())
                return SourceError{
                    SourceError::Code::InvalidInput, tr("A SQLite store is upgraded when it is opened."), {}};
            const auto connection = PgConnection::fromUrl(options.connectUrl);
            if (!connection.ok())
                return connection.error();
            const auto upgraded =
                PgStore::upgrade(connection.value(), options.password, connectionName + u"-upgrade"_s);
            if (!upgraded.ok())
                return upgraded.error();
        }
        if (!options.connectUrl.isEmpty()) {
            auto opened = openPostgres(db, connectionName, options);
            storeOpen = opened.ok();
            return opened;
        }
        const SqlTransaction transaction(options.busyAttempts, options.busyTimeoutMs);
        // Upgrading to version 3 chains the audit entries written before.
        const auto file =
            SqliteStoreFile::open(db, connectionName, options.path, options.createIfMissing, transaction,
                                  options.busyTimeoutMs, {{3, AuditTrail::chainUnchained}});
        if (!file.ok())
            return file.error();
        // Checkpoints run on the background connection after writes, so that an action returns
        // once committed (see checkpointInBackground()).
        QSqlQuery(db).exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        StoreInfo info;
        info.path = file.value().path;
        info.schemaVersion = file.value().schemaVersion;
        info.created = file.value().created;
        auto role =
            transaction.run<std::optional<Role>>(db, [&](QSqlDatabase &) -> Result<std::optional<Role>> {
                if (auto error = adoptFirstOperator(db, options.actor.osAccount))
                    return *error;
                return roleOf(db, options.actor.osAccount);
            });
        if (!role.ok()) {
            db.close();
            return role.error();
        }
        info.actor = options.actor;
        info.actor.role = role.value();
        if (auto expired = expireSessions(db, QDateTime::currentDateTimeUtc()); !expired.ok())
            qCInfo(lcSql) << "expiry sweep skipped:" << expired.error().text;
        if (auto purged = purgeRemovedUsers(db, QDateTime::currentDateTimeUtc()); !purged.ok())
            qCInfo(lcSql) << "purge of removed users skipped:" << purged.error().text;
        QSqlQuery version(db);
        if (version.exec(u"PRAGMA data_version"_s) && version.next())
            info.dataVersion = version.value(0).toLongLong();
        storeOpen = true;
        qCInfo(lcSql) << "opened" << info.path << "schema" << info.schemaVersion
                      << (info.created ? "(new)" : "");
        return info;
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
                if (m_postgres)
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
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<User>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        QStringList conditions;
        QVariantList args;
        if (const QString text = query.text.trimmed(); !text.isEmpty()) {
            if (auto tooLong = UserQuery::refuseLongText(text))
                return *tooLong;
            // Case and accents folded (SearchText): the users' keys, which a PostgreSQL store keeps
            // itself; in SQLite those the application changed are folded again first, and one
            // that could not be yet (another program writing) is matched as it is.
            const QString folded = Sql::likePattern(SearchText::fold(text));
            if (Sql::isPostgres(db)) {
                conditions << u"u.search_key LIKE ? ESCAPE '\\'"_s;
                args << folded;
            } else {
                QSqlQuery(db).exec(
                    u"UPDATE users SET search_key = sessiondesk_fold(display_name) || char(10) || "
                    "sessiondesk_fold(email) WHERE search_key IS NULL"_s);
                conditions << u"(u.search_key LIKE ? ESCAPE '\\' OR (u.search_key IS NULL AND "
                              "(u.email LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\')))"_s;
                args << folded << Sql::likePattern(text) << Sql::likePattern(text);
            }
        }
        if (query.status) {
            conditions << u"u.status = ?"_s;
            args << User::statusKey(*query.status);
        }
        // Removed users are gone for the console.
        QString countSql;
        QVariantList countArgs;
        if (Sql::isPostgres(db) && query.text.trimmed().isEmpty()) {
            // PostgreSQL keeps the numbers by status (schema version 8).
            countSql = u"SELECT coalesce(sum(c.users), 0) FROM user_counts c WHERE NOT c.removed"_s;
            if (query.status)
                countSql += u" AND c.status = ?"_s;
            countArgs = args;
        } else {
            // All matches less the few removed ones (a small partial index), so that the count
            // reads narrow indexes as before instead of every row for its removed_at.
            const QString matching = conditions.isEmpty() ? u"TRUE"_s : conditions.join(u" AND ");
            countSql = u"SELECT (SELECT count(*) FROM users u WHERE %1) - (SELECT count(*) FROM users u "
                       "WHERE u.removed_at IS NOT NULL AND %1)"_s.arg(matching);
            countArgs = args + args;
        }
        conditions.prepend(u"u.removed_at IS NULL"_s);

        const auto [sortColumn, idColumn] = userSortColumns(db, query.sortField);
        const QString direction = SqlPage::direction(query.order);
        if (query.cursor.isValid()) {
            conditions << SqlPage::keysetCondition(sortColumn, idColumn, query.order);
            args << SqlPage::keysetArgs(query.cursor);
        }
        const QString select = u"SELECT "_s + SqlRows::userColumns() + u", "_s + sortColumn +
                               u" FROM users u JOIN user_stats s ON s.user_id = u.id WHERE "_s +
                               conditions.join(u" AND ") +
                               u" ORDER BY %1 %3, %2 %3 LIMIT ?"_s.arg(sortColumn, idColumn, direction);
        auto page =
            SqlPage::fetch<User>(db, select, args, query.limit, query.cursor.isValid() ? QString() : countSql,
                                 countArgs, SqlRows::userFrom);
        if (!page.ok())
            return SourceError{page.error().code, tr("Reading users failed. %1").arg(page.error().text),
                               page.error().detail};
        return page;
    });
}

QFuture<Result<User>> SqlSessionSource::userByEmail(const QString &email)
{
    return m_worker->run([email](QSqlDatabase &db) -> Result<User> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        QSqlQuery query(db);
        StringPool pool;
        const QString select =
            u"SELECT "_s + SqlRows::userColumns() + u" FROM users u JOIN user_stats s ON s.user_id = u.id "_s;
        // Exact match first (indexed); then ignoring case.
        for (const QString &condition : {u"WHERE u.email = ?"_s, u"WHERE lower(u.email) = lower(?)"_s}) {
            if (auto error = Sql::exec(query, select + condition, {email.trimmed()}))
                return *error;
            if (query.next())
                return SqlRows::userFrom(query, pool);
        }
        return SourceError{
            SourceError::Code::NotFound, tr("There is no user with the email address %1.").arg(email), {}};
    });
}

QFuture<Result<Page<Session>>> SqlSessionSource::sessions(const SessionQuery &query)
{
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<Session>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        QStringList conditions{u"user_id = ?"_s};
        QVariantList args{query.userId};
        if (!query.includeEnded) {
            conditions << u"ended_at IS NULL AND expires_at > ?"_s;
            args << Sql::time(QDateTime::currentDateTimeUtc());
        }
        const QVariantList countArgs = args;
        const QString countSql = u"SELECT count(*) FROM sessions WHERE "_s + conditions.join(u" AND ");
        const QString sortColumn = sessionSortColumn(db, query.sortField);
        const QString direction = SqlPage::direction(query.order);
        if (query.cursor.isValid()) {
            conditions << SqlPage::keysetCondition(sortColumn, u"id"_s, query.order);
            args << SqlPage::keysetArgs(query.cursor);
        }
        const QString select = u"SELECT "_s + SqlRows::sessionColumns() + u", "_s + sortColumn +
                               u" FROM sessions WHERE "_s + conditions.join(u" AND ") +
                               u" ORDER BY %1 %2, id %2 LIMIT ?"_s.arg(sortColumn, direction);
        auto page = SqlPage::fetch<Session>(db, select, args, query.limit,
                                            query.cursor.isValid() ? QString() : countSql, countArgs,
                                            SqlRows::sessionFrom);
        if (!page.ok())
            return SourceError{page.error().code, tr("Reading sessions failed. %1").arg(page.error().text),
                               page.error().detail};
        return page;
    });
}

QFuture<Result<QStringList>> SqlSessionSource::roles()
{
    return m_worker->run([](QSqlDatabase &db) -> Result<QStringList> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        QSqlQuery query(db);
        if (auto error = Sql::exec(query, u"SELECT DISTINCT role FROM users ORDER BY role"_s))
            return *error;
        QStringList roles;
        while (query.next())
            roles << query.value(0).toString();
        return roles;
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::logoutUsers(const QStringList &userIds,
                                                            const ActionContext &context)
{
    if (m_postgres) {
        QList<PgStore::Call> calls;
        for (const QString &userId : userIds)
            calls.append({u"logout_user"_s, {userId}});
        return callStore(Capabilities::Capability::LogoutUser, context,
                         tr("A reason is required to log a user out."), calls);
    }
    return runAction(
        Capabilities::Capability::LogoutUser, context, u"logout_user"_s,
        tr("A reason is required to log a user out."),
        [userIds, context](QSqlDatabase &db, ActionResult &result,
                           QList<AuditEntry> &entries) -> std::optional<SourceError> {
            if (userIds.isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No user was chosen."), {}};
            const AuditEntry action = entries.takeFirst();
            const QVariant now = Sql::time(result.at);
            QSqlQuery query(db);
            for (const QString &userId : userIds) {
                if (auto error = Sql::exec(query, u"UPDATE users SET tokens_not_before = ? WHERE id = ?"_s,
                                           {now, userId}))
                    return error;
                if (query.numRowsAffected() == 0)
                    return SourceError{SourceError::Code::NotFound, tr("The user no longer exists."), {}};
                if (auto error = Sql::exec(
                        query,
                        u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout', ended_by = ? "
                        "WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?"_s,
                        {now, context.actor.id, userId, now}))
                    return error;
                AuditEntry entry = action;
                entry.targetUser = userId;
                entry.count = query.numRowsAffected();
                entries.append(entry);
                result.sessionsEnded += entry.count;
                ++result.usersAffected;
            }
            return std::nullopt;
        });
}

QFuture<Result<LogoutAllPreview>> SqlSessionSource::previewLogoutAll(const LogoutAllScope &scope)
{
    return m_worker->run([scope](QSqlDatabase &db) -> Result<LogoutAllPreview> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        if (auto refused = SqlScope::check(db, scope))
            return *refused;
        const auto [spared, sparedArgs] = SqlScope::spared(scope);
        const QVariant now = Sql::time(QDateTime::currentDateTimeUtc());
        QSqlQuery query(db);
        if (auto error = Sql::exec(query,
                                   u"SELECT count(*), count(DISTINCT s.user_id) FROM sessions s "
                                   "JOIN users u ON u.id = s.user_id "
                                   "WHERE s.ended_at IS NULL AND s.expires_at > ? AND NOT ("_s +
                                       spared + u')',
                                   QVariantList{now} + sparedArgs))
            return *error;
        query.next();
        LogoutAllPreview preview;
        preview.sessions = query.value(0).toLongLong();
        preview.users = query.value(1).toLongLong();
        if (scope.revokeTokens) {
            if (auto error = Sql::exec(query, u"SELECT count(*) FROM users u WHERE NOT ("_s + spared + u')',
                                       sparedArgs))
                return *error;
            query.next();
            preview.tokenUsers = query.value(0).toLongLong();
        }
        return preview;
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::logoutAll(const LogoutAllScope &scope,
                                                          const ActionContext &context)
{
    if (m_postgres)
        return callStore(
            Capabilities::Capability::LogoutAll, context, tr("A reason is required to log out all users."),
            {{u"logout_all"_s,
              {QString::fromUtf8(QJsonDocument(scope.toJson()).toJson(QJsonDocument::Compact))}}});
    return runAction(Capabilities::Capability::LogoutAll, context, u"logout_all"_s,
                     tr("A reason is required to log out all users."),
                     [scope, context](QSqlDatabase &db, ActionResult &result,
                                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         return logOutEveryone(db, scope, context.actor.id, 0, result, entries.first());
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::planLogoutAll(const LogoutAllScope &scope,
                                                              const QDateTime &runAt, const QString &message,
                                                              const ActionContext &context)
{
    const QString reasonRequired = tr("A reason is required to plan a logout of all users.");
    if (m_postgres)
        return callStore(
            Capabilities::Capability::LogoutAll, context, reasonRequired,
            [=](QSqlDatabase &db) -> Result<QList<PgStore::Call>> {
                if (auto refused =
                        SqlPlannedLogouts::check(db, scope, runAt, message, QDateTime::currentDateTimeUtc()))
                    return *refused;
                return QList<PgStore::Call>{
                    {u"plan_logout_all"_s,
                     {QString::fromUtf8(QJsonDocument(scope.toJson()).toJson(QJsonDocument::Compact)), runAt,
                      message}}};
            });
    return runAction(Capabilities::Capability::LogoutAll, context, u"logout_all_planned"_s, reasonRequired,
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         return SqlPlannedLogouts::plan(db, scope, runAt, message, context, result.at, result,
                                                        entries.first());
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::cancelPlannedLogout(qint64 id, const ActionContext &context)
{
    const QString reasonRequired = tr("A reason is required to cancel a planned logout.");
    if (m_postgres)
        return callStore(Capabilities::Capability::LogoutAll, context, reasonRequired,
                         {{u"cancel_planned_logout"_s, {id}}});
    return runAction(Capabilities::Capability::LogoutAll, context, u"logout_all_cancel"_s, reasonRequired,
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         return SqlPlannedLogouts::cancel(db, id, context, result.at, entries.first());
                     });
}

QFuture<Result<QList<PlannedLogout>>> SqlSessionSource::plannedLogouts(bool pendingOnly)
{
    return m_worker->run([pendingOnly](QSqlDatabase &db) -> Result<QList<PlannedLogout>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return SqlPlannedLogouts::list(db, pendingOnly);
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::runPlannedLogout(const PlannedLogout &plan)
{
    if (m_postgres)
        return runPlannedInStore(plan.id);
    // As the administrator who planned it (the store checks their role now); the entry names the
    // OS account and host of the console that ran it.
    ActionContext context{m_operator, plan.reason, plan.ticket};
    context.actor.id = plan.createdBy;
    context.actor.osAccount = plan.createdByAccount;
    const Operator runner = m_operator;
    const QString ranBy = tr("%1 on %2").arg(runner.osAccount, runner.host);
    const qint64 id = plan.id;
    auto future = runAction(
        Capabilities::Capability::LogoutAll, context, u"logout_all"_s,
        tr("A reason is required to log out all users."),
        [id, context, runner, ranBy](QSqlDatabase &db, ActionResult &result,
                                     QList<AuditEntry> &entries) -> std::optional<SourceError> {
            // Still pending inside this transaction, which holds the write lock: it runs once.
            const auto current = SqlPlannedLogouts::pending(db, id);
            if (!current.ok())
                return current.error();
            if (const QString missed = current.value().missed(result.at); !missed.isEmpty())
                return SourceError{SourceError::Code::InvalidInput, missed, {}};
            AuditEntry &entry = entries.first();
            entry.osAccount = runner.osAccount;
            entry.host = runner.host;
            if (auto error = logOutEveryone(db, current.value().scope, context.actor.id, id, result, entry))
                return error;
            return SqlPlannedLogouts::finish(
                db, id, PlannedLogout::Status::Done, result.at,
                tr("Ended %Ln session(s); users affected: %1.", nullptr, result.sessionsEnded)
                    .arg(result.usersAffected),
                ranBy);
        });
    Futures::onResult(future, this, [this, id, ranBy](const Result<ActionResult> &result) {
        using Code = SourceError::Code;
        if (result.ok() ||
            !QList{Code::PermissionDenied, Code::NotFound, Code::InvalidInput}.contains(result.error().code))
            return;
        // The planner may no longer do this, or the scope spares someone who is gone: the plan
        // fails for good, saying why.
        const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
        notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<bool> {
            return transaction.run<bool>(db, [&](QSqlDatabase &) -> Result<bool> {
                if (auto error = SqlPlannedLogouts::finish(db, id, PlannedLogout::Status::Failed,
                                                           QDateTime::currentDateTimeUtc(),
                                                           result.error().text, ranBy))
                    return *error;
                return true;
            });
        }));
    });
    return future;
}

QFuture<Result<ActionResult>> SqlSessionSource::endSession(const QString &sessionId,
                                                           const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::EndSession, context,
                         tr("A reason is required to end a session."), {{u"end_session"_s, {sessionId}}});
    return runAction(
        Capabilities::Capability::EndSession, context, u"end_session"_s,
        tr("A reason is required to end a session."),
        [sessionId, context](QSqlDatabase &db, ActionResult &result,
                             QList<AuditEntry> &entries) -> std::optional<SourceError> {
            AuditEntry &entry = entries.first();
            QSqlQuery query(db);
            if (auto error = Sql::exec(
                    query, u"SELECT "_s + SqlRows::sessionColumns() + u" FROM sessions WHERE id = ?"_s,
                    {sessionId}))
                return error;
            if (!query.next())
                return SourceError{
                    SourceError::Code::NotFound, tr("There is no session %1.").arg(sessionId), {}};
            StringPool pool;
            const Session session = SqlRows::sessionFrom(query, pool);
            if (!session.isActive(result.at)) {
                const QString why = Session::endReasonText(session.endReason.value_or(EndReason::Expired));
                return SourceError{SourceError::Code::Conflict,
                                   tr("Session %1 has already ended (%2).").arg(sessionId, why),
                                   {}};
            }
            if (auto error =
                    Sql::exec(query,
                              u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout', ended_by = ? "
                              "WHERE id = ? AND ended_at IS NULL"_s,
                              {Sql::time(result.at), context.actor.id, sessionId}))
                return error;
            result.usersAffected = 1;
            result.sessionsEnded = query.numRowsAffected();
            entry.targetUser = session.userId;
            entry.targetSession = sessionId;
            entry.count = result.sessionsEnded;
            return std::nullopt;
        });
}

QFuture<Result<Page<Flag>>> SqlSessionSource::flags(const FlagQuery &query)
{
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<Flag>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return SqlFlags::list(db, query);
    });
}

QFuture<Result<QList<FlagTransition>>> SqlSessionSource::flagHistory(qint64 flagId)
{
    return m_worker->run([flagId](QSqlDatabase &db) -> Result<QList<FlagTransition>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return SqlFlags::history(db, flagId);
    });
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
    auto future = inBackground([transaction, full, options, actor](QSqlDatabase &db) -> Result<ScanResult> {
        if (!Sql::isPostgres(db))
            return SqlFlags::scan(db, db, full, QDateTime::currentDateTimeUtc(), transaction, actor);
        // A PostgreSQL connection streams one result at a time: the active sessions come over a
        // second connection of this thread (closed with the worker's own).
        const QString name = db.connectionName() + u"-sessions"_s;
        QSqlDatabase sessions = QSqlDatabase::database(name, false);
        if (!sessions.isOpen()) {
            sessions = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (auto error = openConnection(sessions, name, options))
                return *error;
        }
        return SqlFlags::scan(db, sessions, full, QDateTime::currentDateTimeUtc(), transaction, actor);
    });
    Futures::onResult(future, this, [this](const Result<ScanResult> &result) {
        if (result.ok() && (result.value().flagsRaised > 0 || result.value().flagsUpdated > 0))
            Q_EMIT changed();
    });
    return future;
}

void SqlSessionSource::checkpointInBackground()
{
    // Passive: copies what it can without waiting for, or blocking, readers and writers.
    inBackground([](QSqlDatabase &db) -> Result<int> {
        QSqlQuery query(db);
        if (auto error = Sql::exec(query, u"PRAGMA wal_checkpoint(PASSIVE)"_s))
            return *error;
        return 0;
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
    const bool resolve = outcome == Flag::Status::Resolved;
    if (m_postgres)
        return callStore(Capabilities::Capability::ResolveFlags, context,
                         resolve ? tr("A note is required to resolve a flag.")
                                 : tr("A note is required to dismiss a flag."),
                         {{u"close_flag"_s, {flagId, Flag::statusKey(outcome)}}});
    return runAction(
        Capabilities::Capability::ResolveFlags, context, resolve ? u"resolve_flag"_s : u"dismiss_flag"_s,
        resolve ? tr("A note is required to resolve a flag.") : tr("A note is required to dismiss a flag."),
        [flagId, outcome, context](QSqlDatabase &db, ActionResult &result,
                                   QList<AuditEntry> &entries) -> std::optional<SourceError> {
            if (outcome != Flag::Status::Resolved && outcome != Flag::Status::Dismissed)
                return SourceError{
                    SourceError::Code::InvalidInput, tr("A flag is closed as resolved or dismissed."), {}};
            return SqlFlags::close(db, flagId, outcome, context.actor.id, context.reason.trimmed(), result.at,
                                   entries.first());
        });
}

QFuture<Result<ActionResult>> SqlSessionSource::freezeUser(const QString &userId,
                                                           const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::Freeze, context,
                         tr("A reason is required to freeze an account."), {{u"freeze_user"_s, {userId}}});
    return runAction(Capabilities::Capability::Freeze, context, u"freeze_user"_s,
                     tr("A reason is required to freeze an account."),
                     [userId, context](QSqlDatabase &db, ActionResult &result,
                                       QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         auto error = SqlFlags::freeze(db, userId, context.actor.id, context.reason.trimmed(),
                                                       result.at, result);
                         entries.first().count = result.sessionsEnded;
                         return error;
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::unfreezeUser(const QString &userId,
                                                             const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::Freeze, context,
                         tr("A reason is required to unfreeze an account."),
                         {{u"unfreeze_user"_s, {userId}}});
    return runAction(Capabilities::Capability::Freeze, context, u"unfreeze_user"_s,
                     tr("A reason is required to unfreeze an account."),
                     [userId, context](QSqlDatabase &db, ActionResult &result,
                                       QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         return SqlFlags::unfreeze(db, userId, context.actor.id, context.reason.trimmed(),
                                                   result.at, result);
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::addUser(const QString &email, const QString &displayName,
                                                        const QString &role, const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ManageUsers, context,
                         tr("A reason is required to add a user."),
                         {{u"add_user"_s, {email, displayName, role}}});
    return runAction(Capabilities::Capability::ManageUsers, context, u"user_add"_s,
                     tr("A reason is required to add a user."),
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         return SqlTeam::add(db, email, displayName, role, result.at, result,
                                             entries.first());
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::deactivateUser(const QString &userId,
                                                               const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ManageUsers, context,
                         tr("A reason is required to deactivate a user."),
                         {{u"deactivate_user"_s, {userId}}});
    return runAction(Capabilities::Capability::ManageUsers, context, u"user_deactivate"_s,
                     tr("A reason is required to deactivate a user."),
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         auto error = SqlTeam::deactivate(db, userId, context.actor.id,
                                                          context.reason.trimmed(), result.at, result);
                         entries.first().count = result.sessionsEnded;
                         return error;
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::reactivateUser(const QString &userId,
                                                               const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ManageUsers, context,
                         tr("A reason is required to reactivate a user."),
                         {{u"reactivate_user"_s, {userId}}});
    return runAction(Capabilities::Capability::ManageUsers, context, u"user_reactivate"_s,
                     tr("A reason is required to reactivate a user."),
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         return SqlTeam::reactivate(db, userId, result);
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::removeUser(const QString &userId,
                                                           const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ManageUsers, context,
                         tr("A reason is required to remove a user."), {{u"remove_user"_s, {userId}}});
    return runAction(Capabilities::Capability::ManageUsers, context, u"user_remove"_s,
                     tr("A reason is required to remove a user."),
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         return SqlTeam::remove(db, userId, result.at, result, entries.first());
                     });
}

QFuture<Result<ActionResult>> SqlSessionSource::setUserRole(const QString &userId, const QString &role,
                                                            const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ChangeRoles, context,
                         tr("A reason is required to change a user's role."),
                         {{u"set_user_role"_s, {userId, role}}});
    return runAction(Capabilities::Capability::ChangeRoles, context, u"user_set_role"_s,
                     tr("A reason is required to change a user's role."),
                     [=](QSqlDatabase &db, ActionResult &result,
                         QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         entries.first().targetUser = userId;
                         return SqlTeam::setRole(db, userId, role, result, entries.first());
                     });
}

QFuture<Result<Settings>> SqlSessionSource::settings()
{
    return m_worker->run([](QSqlDatabase &db) -> Result<Settings> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return settingsFrom(db);
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::saveSettings(const Settings &settings,
                                                             const ActionContext &context)
{
    if (m_postgres)
        return callStore(
            Capabilities::Capability::ChangeSettings, context, tr("A reason is required to change settings."),
            [settings](QSqlDatabase &db) -> Result<QList<PgStore::Call>> {
                const auto stored = settingsFrom(db);
                if (!stored.ok())
                    return stored.error();
                QJsonObject changes;
                for (const QString &key : stored.value().changedKeys(settings))
                    changes.insert(key, settings.value(key));
                if (changes.isEmpty())
                    return SourceError{SourceError::Code::InvalidInput, tr("No setting was changed."), {}};
                return QList<PgStore::Call>{
                    {u"set_settings"_s,
                     {QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))}}};
            });
    return runAction(
        Capabilities::Capability::ChangeSettings, context, u"change_settings"_s,
        tr("A reason is required to change settings."),
        [settings, context](QSqlDatabase &db, ActionResult &result,
                            QList<AuditEntry> &entries) -> std::optional<SourceError> {
            AuditEntry &entry = entries.first();
            const auto stored = settingsFrom(db);
            if (!stored.ok())
                return stored.error();
            const QStringList changed = stored.value().changedKeys(settings);
            if (changed.isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No setting was changed."), {}};
            QJsonObject before, after;
            QSqlQuery query(db);
            for (const QString &key : changed) {
                before.insert(key, stored.value().value(key));
                after.insert(key, settings.value(key));
                if (auto error = Sql::exec(
                        query,
                        u"INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                        {key, settings.value(key), Sql::time(result.at), context.actor.id}))
                    return error;
            }
            result.settingsChanged = int(changed.size());
            entry.oldValue = QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact));
            entry.newValue = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
            return std::nullopt;
        });
}

QFuture<Result<ActionResult>> SqlSessionSource::callStore(Capabilities::Capability capability,
                                                          const ActionContext &context,
                                                          const QString &reasonRequired,
                                                          const QList<PgStore::Call> &calls)
{
    return callStore(capability, context, reasonRequired,
                     [calls](QSqlDatabase &) -> Result<QList<PgStore::Call>> { return calls; });
}

QFuture<Result<ActionResult>> SqlSessionSource::callStore(Capabilities::Capability capability,
                                                          const ActionContext &context,
                                                          const QString &reasonRequired,
                                                          const MakeCalls &makeCalls)
{
    // The database checks the role again and refuses the same; asking first keeps its sentence
    // for those who bypass the console.
    const QString denied = capabilities().reason(capability);
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const AuditBook book = auditBook();
    return notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<ActionResult> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        if (!denied.isEmpty())
            return SourceError{SourceError::Code::PermissionDenied, denied, {}};
        if (context.reason.trimmed().isEmpty())
            return SourceError{SourceError::Code::InvalidInput, reasonRequired, {}};
        auto done = transaction.run<ActionResult>(db, [&](QSqlDatabase &) -> Result<ActionResult> {
            const auto calls = makeCalls(db);
            if (!calls.ok())
                return calls.error();
            if (calls.value().isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No user was chosen."), {}};
            return PgStore::act(db, calls.value(), context);
        });
        if (done.ok())
            book.rememberHead(db);
        return done;
    }));
}

QFuture<Result<ActionResult>> SqlSessionSource::runPlannedInStore(qint64 id)
{
    // Any operator's console runs what is due; the store acts as the planner and checks their role.
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const Operator runner = m_operator;
    const AuditBook book = auditBook();
    return notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<ActionResult> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        // A plan that failed for good is marked so in a transaction that commits.
        const auto ran = transaction.run<PgStore::PlanRun>(
            db, [&](QSqlDatabase &) { return PgStore::runPlanned(db, id, runner); });
        if (!ran.ok())
            return ran.error();
        if (!ran.value().done)
            return SourceError{SourceError::Code::PermissionDenied, ran.value().failure, {}};
        book.rememberHead(db);
        return *ran.value().done;
    }));
}

template<typename Work>
QFuture<Result<ActionResult>> SqlSessionSource::runAction(Capabilities::Capability capability,
                                                          const ActionContext &context, const QString &action,
                                                          const QString &reasonRequired, Work work)
{
    const SqlTransaction transaction(m_options.busyAttempts, m_options.busyTimeoutMs);
    const AuditBook book = auditBook();
    return notifyOnSuccess(m_worker->run([=](QSqlDatabase &db) -> Result<ActionResult> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        if (context.reason.trimmed().isEmpty())
            return SourceError{SourceError::Code::InvalidInput, reasonRequired, {}};
        auto done = transaction.run<ActionResult>(db, [&](QSqlDatabase &) -> Result<ActionResult> {
            // The store decides what the operator may do, as of now, not the role they claim.
            Operator actor = context.actor;
            auto role = roleOf(db, actor.osAccount);
            if (!role.ok())
                return role.error();
            actor.role = role.value();
            if (const QString denied = Capabilities::forOperator(actor).reason(capability); !denied.isEmpty())
                return SourceError{SourceError::Code::PermissionDenied, denied, {}};
            ActionResult result;
            result.at = QDateTime::currentDateTimeUtc();
            QList<AuditEntry> entries{AuditTrail::entryFor(context, action, result.at)};
            if (auto error = work(db, result, entries))
                return *error;
            const auto audit = AuditTrail::append(db, entries);
            if (!audit.ok())
                return audit.error();
            if (result.auditEntryId == 0)
                result.auditEntryId = audit.value();
            qCInfo(lcSql).noquote() << action << "by" << context.actor.id << "ended" << result.sessionsEnded
                                    << "sessions";
            return result;
        });
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
    auto future = m_worker->run([](QSqlDatabase &db) -> Result<PollResult> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        PollResult result;
        auto expired = expireSessions(db, QDateTime::currentDateTimeUtc());
        if (!expired.ok())
            return expired.error();
        result.expired = expired.value();
        QSqlQuery query(db);
        if (auto error = Sql::exec(query, u"PRAGMA data_version"_s))
            return *error;
        query.next();
        result.dataVersion = query.value(0).toLongLong();
        return result;
    });
    Futures::onResult(future, this, [this](const Result<PollResult> &result) {
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
    Futures::onResult(m_worker->run([account](QSqlDatabase &db) -> Result<std::optional<Role>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return roleOf(db, account);
    }),
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
    if (m_postgres)
        return m_worker->run([](QSqlDatabase &db) -> Result<QList<OperatorAccount>> {
            if (!db.isOpen())
                return SqlRows::notOpen();
            return PgStore::operators(db);
        });
    return m_worker->run([](QSqlDatabase &db) -> Result<QList<OperatorAccount>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        QSqlQuery query(db);
        if (auto error = Sql::exec(
                query, u"SELECT os_account, role, added_at, added_by FROM operators ORDER BY os_account"_s))
            return *error;
        QList<OperatorAccount> accounts;
        while (query.next()) {
            accounts.append({query.value(0).toString(),
                             Operator::roleFromKey(query.value(1).toString()).value_or(Role::Auditor),
                             Sql::fromMs(query.value(2)), query.value(3).toString()});
        }
        return accounts;
    });
}

QFuture<Result<ActionResult>> SqlSessionSource::saveOperator(const QString &osAccount, Role role,
                                                             const ActionContext &context)
{
    const QString account = osAccount.trimmed();
    const QString reasonRequired =
        tr("Give a reason for changing the operators: it is written to the audit trail.");
    auto future =
        m_postgres
            ? callStore(Capabilities::Capability::ManageOperators, context, reasonRequired,
                        {{u"set_operator"_s, {account, Operator::roleKey(role)}}})
            : runAction(
                  Capabilities::Capability::ManageOperators, context, u"operator_set"_s, reasonRequired,
                  [=](QSqlDatabase &db, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      if (account.isEmpty() || account.contains(QRegularExpression(u"\\s"_s)))
                          return SourceError{SourceError::Code::InvalidInput,
                                             tr("'%1' is not an OS account name.").arg(osAccount),
                                             {}};
                      if (!Operator::accountExists(account))
                          return SourceError{
                              SourceError::Code::NotFound,
                              tr("This computer has no account %1; operators of a SQLite store "
                                 "are the accounts that sign in to the computer.")
                                  .arg(account),
                              {}};
                      auto before = roleOf(db, account);
                      if (!before.ok())
                          return before.error();
                      if (before.value() == role)
                          return SourceError{
                              SourceError::Code::Conflict,
                              tr("%1 is already %2; nothing changed.").arg(account, Operator::roleText(role)),
                              {}};
                      if (before.value() == Role::Administrator)
                          if (auto error = keepAnAdministrator(db, account))
                              return error;
                      QSqlQuery query(db);
                      if (auto error = Sql::exec(
                              query,
                              u"INSERT INTO operators (os_account, role, added_at, added_by) VALUES (?, ?, "
                              u"?, ?) "
                              "ON CONFLICT (os_account) DO UPDATE SET role = excluded.role"_s,
                              {account, Operator::roleKey(role), Sql::time(result.at), context.actor.id}))
                          return error;
                      AuditEntry &entry = entries.first();
                      entry.oldValue = operatorJson(account, before.value());
                      entry.newValue = operatorJson(account, role);
                      return std::nullopt;
                  });
    Futures::onResult(future, this, [this](const Result<ActionResult> &result) {
        if (result.ok())
            resolveOperator();
    });
    return future;
}

QFuture<Result<ActionResult>> SqlSessionSource::removeOperator(const QString &osAccount,
                                                               const ActionContext &context)
{
    const QString reasonRequired =
        tr("Give a reason for changing the operators: it is written to the audit trail.");
    auto future =
        m_postgres
            ? callStore(Capabilities::Capability::ManageOperators, context, reasonRequired,
                        {{u"remove_operator"_s, {osAccount.trimmed()}}})
            : runAction(Capabilities::Capability::ManageOperators, context, u"operator_remove"_s,
                        reasonRequired,
                        [=](QSqlDatabase &db, ActionResult &,
                            QList<AuditEntry> &entries) -> std::optional<SourceError> {
                            auto before = roleOf(db, osAccount);
                            if (!before.ok())
                                return before.error();
                            if (!before.value())
                                return SourceError{SourceError::Code::NotFound,
                                                   tr("%1 is not an operator of this store.").arg(osAccount),
                                                   {}};
                            if (before.value() == Role::Administrator)
                                if (auto error = keepAnAdministrator(db, osAccount))
                                    return error;
                            QSqlQuery query(db);
                            if (auto error = Sql::exec(query, u"DELETE FROM operators WHERE os_account = ?"_s,
                                                       {osAccount}))
                                return error;
                            AuditEntry &entry = entries.first();
                            entry.oldValue = operatorJson(osAccount, before.value());
                            entry.newValue = operatorJson(osAccount, std::nullopt);
                            return std::nullopt;
                        });
    Futures::onResult(future, this, [this](const Result<ActionResult> &result) {
        if (result.ok())
            resolveOperator();
    });
    return future;
}

QFuture<Result<Page<AuditEntry>>> SqlSessionSource::auditEntries(const AuditQuery &query)
{
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<AuditEntry>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return AuditTrail::list(db, query);
    });
}

QString SqlSessionSource::storeIdentity() const
{
    if (!m_postgres) {
        const QFileInfo file(m_options.path);
        return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    }
    const auto connection = PgConnection::fromUrl(m_options.connectUrl);
    if (!connection.ok())
        return m_options.connectUrl;
    return u"postgresql://%1:%2/%3"_s.arg(connection.value().host)
        .arg(connection.value().port)
        .arg(connection.value().database);
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

QFuture<Result<ActionResult>> SqlSessionSource::recordAuditExport(const QString &what, int count,
                                                                  const ActionContext &context)
{
    if (m_postgres)
        return callStore(Capabilities::Capability::ExportAudit, context,
                         tr("Give a reason for the export: it is written to the audit trail."),
                         {{u"record_export"_s, {what, count}}});
    return runAction(Capabilities::Capability::ExportAudit, context, u"audit_export"_s,
                     tr("Give a reason for the export: it is written to the audit trail."),
                     [what, count](QSqlDatabase &, ActionResult &,
                                   QList<AuditEntry> &entries) -> std::optional<SourceError> {
                         AuditEntry &entry = entries.first();
                         entry.count = count;
                         entry.newValue = what;
                         return std::nullopt;
                     });
}

QFuture<Result<Page<EndedSession>>> SqlSessionSource::endedSessions(const EndedSessionQuery &query)
{
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<EndedSession>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return AuditTrail::endedSessions(db, query);
    });
}
