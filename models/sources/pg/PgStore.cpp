#include "models/sources/pg/PgStore.h"

#include "models/Logging.h"
#include "models/sources/pg/PgConnection.h"
#include "models/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// The store's roles, strongest first.
const QList<std::pair<QString, Role>> storeRoles{{u"sessiondesk_admin"_s, Role::Administrator},
                                                 {u"sessiondesk_support"_s, Role::Support},
                                                 {u"sessiondesk_auditor"_s, Role::Auditor}};

// Adds what one audit entry says was done to result.
void tally(const QString &action, int count, const QString &newValue, ActionResult &result)
{
    if (action == u"logout_all" || action == u"end_matching") {
        result.sessionsEnded += count;
        result.usersAffected += QJsonDocument::fromJson(newValue.toUtf8()).object().value(u"users"_s).toInt();
    } else if (action == u"logout_user" || action == u"freeze_user" || action == u"end_session") {
        result.sessionsEnded += count;
        ++result.usersAffected;
    } else if (action == u"user_deactivate") {
        result.sessionsEnded += count;
        ++result.usersAffected;
    } else if (action == u"unfreeze_user" || action.startsWith(u"user_")) {
        ++result.usersAffected;
    } else if (action == u"change_settings") {
        result.settingsChanged += count;
    } else if (action == u"logout_all_planned") {
        result.createdId = QJsonDocument::fromJson(newValue.toUtf8()).object().value(u"id"_s).toInteger();
    }
}

// Adds what the audit entry entryId says was done to result.
std::optional<SourceError> tallyEntry(QSqlQuery &query, qint64 entryId, ActionResult &result)
{
    if (auto error =
            Sql::exec(query, u"SELECT action, count, new_value, at FROM audit_log WHERE id = ?"_s, {entryId}))
        return error;
    if (!query.next())
        return SourceError{
            SourceError::Code::Failed, PgStore::tr("The store's function wrote no audit entry."), {}};
    tally(query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(), result);
    if (result.auditEntryId == 0) {
        result.auditEntryId = entryId;
        result.at = Sql::fromMs(query.value(3));
    }
    return std::nullopt;
}

} // namespace

std::optional<SourceError> PgStore::checkSchema(QSqlDatabase &db, const QString &url)
{
    const StoreMigrator migrator(u":/sql/postgresql"_s);
    const auto installed = migrator.installedVersion(db, true);
    if (!installed.ok())
        return installed.error();
    if (installed.value() == migrator.latestVersion())
        return std::nullopt;
    const QString how = tr("An administrator applies it with Initialize / Upgrade Store, or with "
                           "sessiondesk-cli --connect %1 store migrate.")
                            .arg(url);
    if (installed.value() == 0)
        return SourceError{SourceError::Code::OlderSchema,
                           tr("The database holds no SessionDesk store yet. %1").arg(how),
                           {}};
    return SourceError{SourceError::Code::OlderSchema,
                       tr("The store is at schema version %1 and this SessionDesk needs version %2. %3")
                           .arg(installed.value())
                           .arg(migrator.latestVersion())
                           .arg(how),
                       {}};
}

Result<StoreMigrator::Outcome> PgStore::upgrade(const PgConnection &connection, const QString &password,
                                                const QString &connectionName)
{
    QSqlDatabase db;
    {
        const auto opened = connection.open(connectionName, password);
        if (!opened.ok())
            return opened.error();
        db = opened.value(); // the only handle left, so that the connection can be removed at the end
    }
    const auto result = [&]() -> Result<StoreMigrator::Outcome> {
        QSqlQuery query(db);
        if (auto error = Sql::exec(
                query,
                u"SELECT session_user = pg_get_userbyid(datdba) OR (EXISTS (SELECT FROM pg_roles WHERE "
                "rolname = 'sessiondesk_admin') AND pg_has_role(session_user, 'sessiondesk_admin', "
                "'MEMBER')) FROM pg_database WHERE datname = current_database()"_s))
            return *error;
        if (!query.next() || !query.value(0).toBool())
            return SourceError{SourceError::Code::PermissionDenied,
                               tr("Only the database's owner or a member of sessiondesk_admin can initialize "
                                  "or upgrade the store; %1 is neither.")
                                   .arg(connection.user),
                               {}};
        return StoreMigrator(u":/sql/postgresql"_s).migrate(db, true, SqlTransaction(1, 0));
    }();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    if (result.ok())
        qCInfo(lcSql).noquote() << "PostgreSQL store" << connection.url() << "at schema version"
                                << result.value().toVersion;
    return result;
}

Result<QString> PgStore::login(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT session_user"_s))
        return *error;
    query.next();
    return query.value(0).toString();
}

Result<bool> PgStore::ownsDatabase(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT session_user = pg_get_userbyid(datdba) FROM pg_database "
                                      "WHERE datname = current_database()"_s))
        return *error;
    return query.next() && query.value(0).toBool();
}

QString PgStore::howToAddOperator(const QString &login, const QString &url)
{
    return tr("An administrator of the store, or the database's owner, adds it under Settings → Operators "
              "of this store, or with sessiondesk-cli --connect %2 operators set %1 --role support --reason "
              "TEXT (audited).")
        .arg(login, url);
}

Result<std::optional<Role>> PgStore::roleOf(QSqlDatabase &db)
{
    // By the roles that exist: a database that was never migrated has none of them.
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT rolname FROM pg_roles WHERE rolname IN ('sessiondesk_admin', "
                                      "'sessiondesk_support', 'sessiondesk_auditor') "
                                      "AND pg_has_role(session_user, oid, 'MEMBER')"_s))
        return *error;
    QStringList held;
    while (query.next())
        held << query.value(0).toString();
    for (const auto &[name, role] : storeRoles) {
        if (held.contains(name))
            return std::optional<Role>(role);
    }
    return std::optional<Role>();
}

Result<QList<OperatorAccount>> PgStore::operators(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // Who gave the role and when, from the trail's last operator_set for the login (the catalog
    // knows only the grantor, the store's owner, whose function granted it); the grantor for roles
    // granted outside SessionDesk.
    if (auto error = Sql::exec(
            query,
            u"SELECT m.rolname, r.rolname, coalesce(s.operator, g.rolname), s.at FROM pg_auth_members a "
            "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "JOIN pg_roles g ON g.oid = a.grantor "
            "LEFT JOIN LATERAL (SELECT l.operator, l.at FROM audit_log l WHERE l.action = 'operator_set' "
            "  AND l.new_value::json->>'account' = m.rolname ORDER BY l.id DESC LIMIT 1) s ON true "
            "WHERE r.rolname IN ('sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor') "
            "ORDER BY m.rolname"_s))
        return *error;
    QList<OperatorAccount> accounts;
    while (query.next()) {
        const QString login = query.value(0).toString();
        Role role = Role::Auditor;
        for (const auto &[name, candidate] : storeRoles) {
            if (name == query.value(1).toString())
                role = candidate;
        }
        // A login with several roles is listed once, with the strongest (the order of storeRoles).
        if (!accounts.isEmpty() && accounts.last().osAccount == login) {
            accounts.last().role = std::min(accounts.last().role, role);
            continue;
        }
        accounts.append({login, role, query.value(3).toDateTime().toUTC(), query.value(2).toString()});
    }
    return accounts;
}

Result<ActionResult> PgStore::act(QSqlDatabase &db, const QList<Call> &calls, const ActionContext &context)
{
    ActionResult result;
    result.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    for (const Call &call : calls) {
        QStringList marks(call.args.size() + 4, u"?"_s);
        const QVariantList args = call.args + QVariantList{context.reason, context.ticket,
                                                           context.actor.osAccount, context.actor.host};
        if (auto error = Sql::exec(
                query, u"SELECT sessiondesk_%1(%2)"_s.arg(call.function, marks.join(u", "_s)), args))
            return *error;
        query.next();
        const qint64 entryId = query.value(0).toLongLong();
        if (!call.readBack) {
            result.auditEntryId = result.auditEntryId ? result.auditEntryId : entryId;
            continue;
        }
        if (auto error = tallyEntry(query, entryId, result))
            return *error;
    }
    qCInfo(lcSql).noquote() << "PostgreSQL action by" << context.actor.osAccount << "ended"
                            << result.sessionsEnded << "sessions";
    return result;
}

Result<PgStore::PlanRun> PgStore::runPlanned(QSqlDatabase &db, qint64 id, const Operator &runner)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT sessiondesk_run_planned_logout(?, ?, ?)"_s,
                               {id, runner.osAccount, runner.host}))
        return *error;
    query.next();
    if (query.isNull(0)) {
        if (auto error = Sql::exec(query, u"SELECT outcome FROM planned_logouts WHERE id = ?"_s, {id}))
            return *error;
        query.next();
        return PlanRun{std::nullopt, query.value(0).toString()};
    }
    ActionResult result;
    if (auto error = tallyEntry(query, query.value(0).toLongLong(), result))
        return *error;
    qCInfo(lcSql).noquote() << "PostgreSQL planned logout" << id << "ended" << result.sessionsEnded
                            << "sessions";
    return PlanRun{result, QString()};
}

Result<ScanResult> PgStore::recordScan(QSqlDatabase &db, const QList<Flag> &findings, qint64 newest,
                                       const QString &freezeNote, const Operator &actor)
{
    QJsonArray rows;
    for (const Flag &finding : findings) {
        rows.append(QJsonObject{
            {u"user"_s, finding.userId},
            {u"rule"_s, Flag::ruleKey(finding.rule)},
            {u"evidence"_s,
             QString::fromUtf8(QJsonDocument(finding.evidence).toJson(QJsonDocument::Compact))},
            {u"firstSeen"_s, finding.firstSeen.toMSecsSinceEpoch()},
        });
    }
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT sessiondesk_record_scan(?, ?, ?, ?, ?)"_s,
                               {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)), newest,
                                freezeNote, actor.osAccount, actor.host}))
        return *error;
    query.next();
    const QJsonObject counts = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    ScanResult result;
    result.flagsRaised = counts.value(u"raised"_s).toInt();
    result.flagsUpdated = counts.value(u"updated"_s).toInt();
    result.usersFrozen = counts.value(u"frozen"_s).toInt();
    result.findingsRefused = counts.value(u"refused"_s).toInt();
    if (result.findingsRefused > 0)
        qCWarning(lcSql) << "the store refused" << result.findingsRefused
                         << "finding(s) its sign-ins and sessions do not support (scan"
                         << counts.value(u"scan"_s).toInteger() << "of detection_scans)";
    return result;
}

namespace {

// Runs one of the store's housekeeping functions, which return a count.
Result<int> housekeeping(QSqlDatabase &db, const QString &function)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT sessiondesk_%1()"_s.arg(function)))
        return *error;
    query.next();
    return query.value(0).toInt();
}

} // namespace

Result<int> PgStore::keepCurrent(QSqlDatabase &db)
{
    const auto expired = housekeeping(db, u"expire_sessions"_s);
    if (!expired.ok())
        return expired;
    if (const auto folded = housekeeping(db, u"fold_user_counts"_s); !folded.ok())
        return folded.error();
    return expired;
}

Result<int> PgStore::purgeRemovedUsers(QSqlDatabase &db)
{
    return housekeeping(db, u"purge_removed"_s);
}
