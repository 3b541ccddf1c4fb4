#include "models/sources/sql/PostgresStoreBackend.h"

#include "models/Logging.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/sql/SqlFlags.h"
#include "models/sources/sql/SqlPlannedLogouts.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/StoreMigrator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// Opens the PostgreSQL store: a connection, the schema this build needs, and the role the
// database gives the login.
Result<StoreBackend::StoreInfo> openStore(QSqlDatabase &db, const QString &connectionName,
                                          const StoreBackend::Options &options)
{
    if (auto error = SqlSessionSource::openConnection(db, connectionName, options))
        return *error;
    StoreBackend::StoreInfo info;
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
                        PostgresStoreBackend::tr(
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

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString PostgresStoreBackend::description(const Options &options) const
{
    return tr("PostgreSQL store %1").arg(options.connectUrl);
}

Capabilities PostgresStoreBackend::capabilities(const Operator &op, bool databaseOwner,
                                                const Options &options) const
{
    if (!op.role && databaseOwner) {
        Capabilities owner = Capabilities::none(
            tr("The login %1 owns the database but holds none of the store's roles: it may add operators, "
               "itself too, and nothing else. %2")
                .arg(op.id, PgStore::howToAddOperator(op.id, options.connectUrl)));
        owner.allow(Capabilities::Capability::ManageOperators);
        return owner;
    }
    if (!op.role)
        return Capabilities::none(
            tr("The login %1 is not an operator of this store (any longer): it has none of the roles "
               "sessiondesk_admin, sessiondesk_support or sessiondesk_auditor. %2")
                .arg(op.id, PgStore::howToAddOperator(op.id, options.connectUrl)));
    return operatorCapabilities(op);
}

QString PostgresStoreBackend::storeIdentity(const Options &options) const
{
    const auto connection = PgConnection::fromUrl(options.connectUrl);
    if (!connection.ok())
        return options.connectUrl;
    return u"postgresql://%1:%2/%3"_s.arg(connection.value().host)
        .arg(connection.value().port)
        .arg(connection.value().database);
}

Result<StoreBackend::StoreInfo> PostgresStoreBackend::open(QSqlDatabase &db, const QString &connectionName,
                                                           const Options &options, bool upgradeFirst) const
{
    if (upgradeFirst) {
        const auto connection = PgConnection::fromUrl(options.connectUrl);
        if (!connection.ok())
            return connection.error();
        const auto upgraded =
            PgStore::upgrade(connection.value(), options.password, connectionName + u"-upgrade"_s);
        if (!upgraded.ok())
            return upgraded.error();
    }
    return openStore(db, connectionName, options);
}

Result<std::optional<Role>> PostgresStoreBackend::roleOf(QSqlDatabase &db, const QString &) const
{
    return PgStore::roleOf(db);
}

Result<QList<OperatorAccount>> PostgresStoreBackend::operators(QSqlDatabase &db) const
{
    return PgStore::operators(db);
}

std::optional<SourceError> PostgresStoreBackend::checkpoint(QSqlDatabase &) const
{
    return std::nullopt;
}

Result<ScanResult> PostgresStoreBackend::scan(QSqlDatabase &db, bool full, const SqlTransaction &transaction,
                                              const Operator &actor, const Options &options) const
{
    // A PostgreSQL connection streams one result at a time: the active sessions come over a
    // second connection of this thread (closed with the worker's own).
    const QString name = db.connectionName() + u"-sessions"_s;
    QSqlDatabase sessions = QSqlDatabase::database(name, false);
    if (!sessions.isOpen()) {
        sessions = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (auto error = SqlSessionSource::openConnection(sessions, name, options))
            return *error;
    }
    const auto found = SqlFlags::find(db, sessions, full, QDateTime::currentDateTimeUtc());
    if (!found.ok())
        return found.error();
    const SqlFlags::Scan &scan = found.value();
    if (scan.nothingNew)
        return scan.counts;
    // The store's function keeps only the findings its own rows support, and records them.
    return transaction.run<ScanResult>(db, [&](QSqlDatabase &) -> Result<ScanResult> {
        auto recorded = PgStore::recordScan(db, scan.findings, scan.newest, SqlFlags::freezeNote(), actor);
        if (!recorded.ok())
            return recorded.error();
        recorded.value().usersScanned = scan.counts.usersScanned;
        recorded.value().eventsScanned = scan.counts.eventsScanned;
        return recorded;
    });
}

StoreBackend::Act PostgresStoreBackend::calling(MakeCalls makeCalls, Check check)
{
    return [makeCalls = std::move(makeCalls),
            check = std::move(check)](QSqlDatabase &db, const ActionRun &run) -> Result<ActionResult> {
        return run.transaction.run<ActionResult>(db, [&](QSqlDatabase &) -> Result<ActionResult> {
            const auto calls = makeCalls(db);
            if (!calls.ok())
                return calls.error();
            if (calls.value().isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No user was chosen."), {}};
            const auto done = PgStore::act(db, calls.value(), run.context);
            if (done.ok() && check) {
                if (auto refused = check(done.value()))
                    return *refused;
            }
            return done;
        });
    };
}

StoreBackend::Act PostgresStoreBackend::calling(const QList<PgStore::Call> &calls, Check check)
{
    return calling([calls](QSqlDatabase &) -> Result<QList<PgStore::Call>> { return calls; },
                   std::move(check));
}

StoreBackend::Act PostgresStoreBackend::logoutUsers(const QStringList &userIds) const
{
    QList<PgStore::Call> calls;
    for (const QString &userId : userIds)
        calls.append({u"logout_user"_s, {userId}});
    return calling(calls);
}

StoreBackend::Act PostgresStoreBackend::logoutAll(const LogoutAllScope &scope) const
{
    // Ending the sessions a filter matches is a function of its own (schema version 14).
    // More ended than the operator saw counted: rolled back, its entry with it.
    return calling(
        {{scope.matching.isEmpty() ? u"logout_all"_s : u"end_matching"_s, {compact(scope.toJson())}}},
        [scope](const ActionResult &done) { return scope.refuseGrown(done.sessionsEnded); });
}

StoreBackend::Act PostgresStoreBackend::planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                                                      const QString &message) const
{
    return calling([=](QSqlDatabase &db) -> Result<QList<PgStore::Call>> {
        if (auto refused =
                SqlPlannedLogouts::check(db, scope, runAt, message, QDateTime::currentDateTimeUtc()))
            return *refused;
        return QList<PgStore::Call>{{u"plan_logout_all"_s, {compact(scope.toJson()), runAt, message}}};
    });
}

StoreBackend::Act PostgresStoreBackend::cancelPlannedLogout(qint64 id) const
{
    return calling({{u"cancel_planned_logout"_s, {id}}});
}

StoreBackend::Act PostgresStoreBackend::runPlannedLogout(const PlannedLogout &plan,
                                                         const Operator &runner) const
{
    // Any operator's console runs what is due; the store acts as the planner and checks their role.
    const qint64 id = plan.id;
    return [id, runner](QSqlDatabase &db, const ActionRun &run) -> Result<ActionResult> {
        // A plan that failed for good is marked so in a transaction that commits.
        const auto ran = run.transaction.run<PgStore::PlanRun>(
            db, [&](QSqlDatabase &) { return PgStore::runPlanned(db, id, runner); });
        if (!ran.ok())
            return ran.error();
        if (!ran.value().done)
            return SourceError{SourceError::Code::PermissionDenied, ran.value().failure, {}};
        return *ran.value().done;
    };
}

StoreBackend::Act PostgresStoreBackend::endSession(const QString &sessionId) const
{
    return calling({{u"end_session"_s, {sessionId}}});
}

StoreBackend::Act PostgresStoreBackend::closeFlag(qint64 flagId, Flag::Status outcome) const
{
    return calling({{u"close_flag"_s, {flagId, Flag::statusKey(outcome)}}});
}

StoreBackend::Act PostgresStoreBackend::freezeUser(const QString &userId) const
{
    return calling({{u"freeze_user"_s, {userId}}});
}

StoreBackend::Act PostgresStoreBackend::unfreezeUser(const QString &userId) const
{
    return calling({{u"unfreeze_user"_s, {userId}}});
}

StoreBackend::Act PostgresStoreBackend::addUser(const QString &email, const QString &displayName,
                                                const QString &role) const
{
    return calling({{u"add_user"_s, {email, displayName, role}}});
}

StoreBackend::Act PostgresStoreBackend::deactivateUser(const QString &userId) const
{
    return calling({{u"deactivate_user"_s, {userId}}});
}

StoreBackend::Act PostgresStoreBackend::reactivateUser(const QString &userId) const
{
    return calling({{u"reactivate_user"_s, {userId}}});
}

StoreBackend::Act PostgresStoreBackend::removeUser(const QString &userId) const
{
    return calling({{u"remove_user"_s, {userId}}});
}

StoreBackend::Act PostgresStoreBackend::setUserRole(const QString &userId, const QString &role) const
{
    return calling({{u"set_user_role"_s, {userId, role}}});
}

StoreBackend::Act PostgresStoreBackend::saveSettings(const Settings &settings) const
{
    return calling([settings](QSqlDatabase &db) -> Result<QList<PgStore::Call>> {
        const auto stored = StoreBackend::settings(db);
        if (!stored.ok())
            return stored.error();
        QJsonObject changes;
        for (const QString &key : stored.value().changedKeys(settings))
            changes.insert(key, settings.value(key));
        if (changes.isEmpty())
            return SourceError{SourceError::Code::InvalidInput, tr("No setting was changed."), {}};
        return QList<PgStore::Call>{{u"set_settings"_s, {compact(changes)}}};
    });
}

StoreBackend::Act PostgresStoreBackend::saveOperator(const QString &account, Role role) const
{
    return calling({{u"set_operator"_s, {account.trimmed(), Operator::roleKey(role)}}});
}

StoreBackend::Act PostgresStoreBackend::removeOperator(const QString &account) const
{
    return calling({{u"remove_operator"_s, {account.trimmed()}, false}});
}

StoreBackend::Act PostgresStoreBackend::recordExport(const QString &action, const QString &what,
                                                     int count) const
{
    // sessiondesk_record_export (audit_export), sessiondesk_record_sign_ins_export (schema 15).
    return calling({{action == u"audit_export" ? u"record_export"_s : u"record_"_s + action, {what, count}}});
}
