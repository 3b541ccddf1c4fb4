#include "models/sources/tables/TablesSessionSource.h"

#include "models/Logging.h"
#include "models/detection/FlagDetector.h"
#include "models/domain/SearchText.h"
#include "models/sources/Futures.h"
#include "models/sources/pg/PgServerCertificate.h"
#include "models/sources/tables/SessionTablesQuery.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqlWorker.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

namespace {

using Capability = Capabilities::Capability;
using Futures::ready;

// A text[] literal for ?::text[].
QString textArray(const QStringList &items)
{
    QStringList quoted;
    for (QString item : items)
        quoted << u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"';
    return u'{' + quoted.join(u',') + u'}';
}

// id, email, name, role, frozen, frozen_reason, created_at (SessionTables::usersSelect), then
// active sessions, devices, last activity.
User userFrom(const QSqlQuery &row)
{
    User user;
    user.id = row.value(0).toString();
    user.email = row.value(1).toString();
    user.displayName = row.value(2).toString();
    user.role = row.value(3).toString();
    user.status = row.value(4).toBool() ? UserStatus::Frozen : UserStatus::Active;
    user.statusReason = row.value(5).toString();
    user.createdAt = Sql::fromMs(row.value(6));
    user.activeSessions = row.value(7).toInt();
    user.devices = row.value(8).toInt();
    user.lastActivity = Sql::fromMs(row.value(9));
    return user;
}

} // namespace

TablesSessionSource::TablesSessionSource(Options options, QObject *parent)
    : JournaledSource(parent)
    , m_options(std::move(options))
    , m_query(m_options.tables)
    , m_worker(new SqlWorker(u"sessiondesk-tables"_s, this))
{
    const PgConnection &pg = m_options.tables.connection;
    if (m_options.journalPath.isEmpty())
        m_options.journalPath =
            LocalJournal::defaultPath(m_options.tables.journalKind(), pg.host, pg.port, pg.database);
    setJournal(m_options.journalPath, description(), m_options.tables.name());
    usePlaces(m_options.places);
    m_operator = Operator::fromEnvironment();
    m_operator.id = pg.user;
    m_operator.role.reset();
}

TablesSessionSource::~TablesSessionSource()
{
    delete m_worker; // stops its thread before the options it uses go
}

QString TablesSessionSource::description() const
{
    const SessionTables &tables = m_options.tables;
    const QString where =
        tr("%1 at %2:%3").arg(tables.connection.database, tables.connection.host).arg(tables.connection.port);
    if (tables.kind == SessionTables::Kind::ConnectPgSimple)
        return tr("%1 sessions in %2 (user at %3)").arg(tables.name(), where, tables.userPath);
    return tr("%1 in %2").arg(tables.name(), where);
}

template<typename T, typename Job>
QFuture<Result<T>> TablesSessionSource::query(Job job)
{
    const PgConnection connection = m_options.tables.connection;
    const QString password = m_options.password;
    const QString name = u"sessiondesk-tables-%1"_s.arg(quintptr(this), 0, 16);
    return m_worker->run([connection, password, name, job = std::move(job)](QSqlDatabase &db) -> Result<T> {
        if (!db.isOpen()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            auto opened = connection.open(name, password);
            if (!opened.ok())
                return opened.error();
            db = opened.value();
        }
        Result<T> result = job(db);
        // A failed statement may have been a lost connection: the next job connects afresh.
        if (!result.ok())
            db.close();
        return result;
    });
}

QFuture<Result<Operator>> TablesSessionSource::signIn()
{
    auto promise = Futures::started<Operator>();
    Futures::onResult(journal()->open(), this, [this, promise](const std::optional<SourceError> &unusable) {
        if (unusable)
            return Futures::settle(*promise, Result<Operator>(*unusable));
        // A certificate trusted by fingerprint: libpq verifies against exactly that one.
        PgServerCertificate::trust(m_options.tables.connection, m_options.trustedCertificate, this,
                                   [this, promise](const Result<PgConnection> &pinned, const QString &seen) {
                                       m_refused = pinned.ok() ? QString() : seen;
                                       if (!pinned.ok())
                                           return Futures::settle(*promise, Result<Operator>(pinned.error()));
                                       m_options.tables.connection = pinned.value();
                                       checkTables(promise);
                                   });
    });
    return promise->future();
}

QString TablesSessionSource::foldExpression(bool utf8, bool rootCollation)
{
    if (!utf8) // normalize() needs a UTF-8 database; the others hold no accents to fold
        return u"lower(%1)"_s;
    const QString lowered = rootCollation ? u"lower(%1 COLLATE \"und-x-icu\")"_s : u"lower(%1)"_s;
    return u"translate(regexp_replace(normalize(%1, NFD), '[' || chr(768) || '-' || chr(879) || ']', '', "
           u"'g'), "
           u"chr(962), chr(963))"_s.arg(lowered);
}

void TablesSessionSource::checkTables(std::shared_ptr<QPromise<Result<Operator>>> promise)
{
    struct Grants
    {
        QString login;
        bool canDelete = false;
        bool canUpdateUsers = false;
        QString fold;
    };
    const SessionTables tables = m_options.tables;
    auto checked = query<Grants>([tables](QSqlDatabase &db) -> Result<Grants> {
        QSqlQuery row(db);
        QStringList needed{tables.table};
        if (tables.hasAccounts())
            needed << tables.accountsTable();
        for (const QString &table : needed) {
            if (auto error = Sql::exec(row, u"SELECT to_regclass(?) IS NOT NULL"_s, {table}))
                return *error;
            if (!row.next() || !row.value(0).toBool())
                return SourceError{SourceError::Code::NotFound,
                                   tr("The database %1 has no table %2: is it the database of the %3 "
                                      "application, and the search path the one it uses?")
                                       .arg(tables.connection.database, table, tables.name()),
                                   {}};
        }
        if (auto error = Sql::exec(row,
                                   u"SELECT current_user, has_table_privilege(?, 'DELETE'), "
                                   u"has_table_privilege(?, 'SELECT'), "
                                   u"has_table_privilege(?, 'UPDATE')"_s,
                                   {tables.table, tables.table, needed.last()}))
            return *error;
        row.next();
        if (!row.value(2).toBool())
            return SourceError{
                SourceError::Code::PermissionDenied,
                tr("The login %1 may not read the table %2.").arg(row.value(0).toString(), tables.table),
                {}};
        Grants grants{row.value(0).toString(),
                      row.value(1).toBool(),
                      tables.hasAccountStatus() && row.value(3).toBool(),
                      {}};
        if (auto error = Sql::exec(row, u"SELECT current_setting('server_encoding') = 'UTF8', "
                                        u"EXISTS (SELECT FROM pg_collation WHERE collname = 'und-x-icu')"_s))
            return *error;
        row.next();
        grants.fold = foldExpression(row.value(0).toBool(), row.value(1).toBool());
        return grants;
    });
    Futures::onResult(checked, this, [this, promise](const Result<Grants> &grants) {
        if (!grants.ok()) {
            return PgServerCertificate::explain(
                m_options.tables.connection, grants.error(), this,
                [this, promise](const SourceError &error, const QString &seen) {
                    m_refused = seen;
                    Futures::settle(*promise, Result<Operator>(error));
                });
        }
        m_operator.id = grants.value().login;
        m_canDelete = grants.value().canDelete;
        m_canUpdateUsers = grants.value().canUpdateUsers;
        m_fold = grants.value().fold;
        m_operator.role = m_canDelete ? Role::Administrator : Role::Auditor;
        m_open = true;
        qCInfo(lcSql) << "opened" << m_options.tables.name() << "as" << m_operator.id;
        Q_EMIT operatorChanged();
        Futures::settle(*promise, Result<Operator>(m_operator));
    });
}

Capabilities TablesSessionSource::capabilities() const
{
    const SessionTables &tables = m_options.tables;
    if (!m_open)
        return Capabilities::none(tr("Not connected to %1 yet.").arg(tables.name()));
    Capabilities capabilities = Capabilities::forRole(Role::Administrator);
    if (!m_canDelete) {
        const QString readOnly = tr("The login %1 may read the table %2 but not delete from it, so it can "
                                    "only look; the database's owner can GRANT DELETE.")
                                     .arg(m_operator.id, tables.table);
        for (const auto capability : Capabilities::operatorCapabilities()) {
            if (capability != Capability::Export)
                capabilities.deny(capability, readOnly);
        }
    }
    if (!tables.hasAccounts())
        capabilities.deny(Capability::Freeze, tr("%1 keeps sessions only, no accounts to freeze; freeze the "
                                                 "user in the application.")
                                                  .arg(tables.name()));
    else if (!tables.hasAccountStatus())
        capabilities.deny(Capability::Freeze,
                          tr("%1 keeps no account status to freeze: block the user in the application (for "
                             "Auth.js, in its signIn callback), then log them out here.")
                              .arg(tables.name()));
    else if (!m_canUpdateUsers)
        capabilities.deny(Capability::Freeze,
                          tr("The login %1 may not update better-auth's \"user\" table.").arg(m_operator.id));
    capabilities.deny(
        Capability::ChangeSettings,
        tr("%1 has no global-logout setting: a user's sign-out ends that session only.").arg(tables.name()));
    capabilities.deny(Capability::ResolveFlags,
                      tr("Flags are found in %1's sessions each time they are shown; they cannot be resolved "
                         "or dismissed here. Log the user out instead.")
                          .arg(tables.name()));
    capabilities.deny(Capability::ManageOperators,
                      tr("Who may act is what the database grants the login on %1.").arg(tables.table));
    capabilities.deny(Capability::ManageUsers,
                      tr("%1's users are added and removed by its application.").arg(tables.name()));
    if (tables.kind == SessionTables::Kind::AuthJs)
        capabilities.deny(Capability::RevokeTokens,
                          tr("Deleting a session's row ends that database session. Sessions of Auth.js's JWT "
                             "strategy live only in the browser's cookie: they cannot be ended anywhere, "
                             "here or by Auth.js, and last until they expire."));
    else
        capabilities.deny(Capability::RevokeTokens,
                          tr("This source cannot revoke issued access tokens: deleting a session's row ends "
                             "that session, but tokens the application issued from it stay valid until they "
                             "expire."));
    denyPlaces(capabilities, tables.name(), tables.hasOrigins(), false);
    if (!tables.hasOrigins()) {
        const QString none = tr("%1 records no address or user agent for its sessions.").arg(tables.name());
        capabilities.deny(Capability::Devices, none);
        capabilities.deny(Capability::Addresses, none);
    }
    if (!tables.hasAccountStatus()) {
        const QString noRoles = tr("%1 keeps no roles for its users.").arg(tables.name());
        capabilities.deny(Capability::Roles, noRoles);
        capabilities.deny(Capability::ChangeRoles, noRoles);
        capabilities.deny(Capability::TimedFreeze, capabilities.reason(Capability::Freeze));
    }
    if (!tables.hasStarts())
        capabilities.deny(
            Capability::SessionStarts,
            tables.hasActivity()
                ? tr("%1 records no start for its sessions: filter by their last activity instead.")
                      .arg(tables.name())
                : tr("%1 records no start for its sessions.").arg(tables.name()));
    if (!tables.hasActivity()) {
        const QString noActivity =
            tr("%1 records no session's last use (it only moves the expiry on).").arg(tables.name());
        capabilities.deny(Capability::SessionActivity, noActivity);
        capabilities.deny(Capability::UserActivity, noActivity);
    }
    capabilities.deny(Capability::PlanLogouts, tr("A logout of all users at a later time needs a SessionDesk "
                                                  "store to keep the plan and announce it."));
    capabilities.deny(
        Capability::SignIns,
        tr("%1 records sessions, not each sign-in attempt: there is no sign-in history to show.")
            .arg(tables.name()));
    capabilities.deny(Capability::UserFlags, noUserFlags(tables.name()));
    capabilities.deny(
        Capability::LiveUpdates,
        tr("%1 does not report changes; press Refresh (F5) to read them again.").arg(tables.name()));
    return capabilities;
}

QString TablesSessionSource::active() const
{
    return u"(%1 IS NULL OR %1 > now())"_s.arg(m_options.tables.expiresOf());
}

QFuture<Result<Page<User>>> TablesSessionSource::users(const UserQuery &userQuery)
{
    if (auto refused = refusedUserFlags(userQuery))
        return ready<Page<User>>(*refused);
    QString sort;
    switch (userQuery.sortField) {
    case UserQuery::SortField::Name:
        sort = u"lower(u.name)"_s;
        break;
    case UserQuery::SortField::Email:
        sort = u"lower(u.email)"_s;
        break;
    case UserQuery::SortField::Role:
        if (!m_options.tables.hasAccountStatus())
            return unsupported<Page<User>>(capabilities().reason(Capability::Roles));
        sort = u"u.role"_s;
        break;
    case UserQuery::SortField::Status:
        sort = u"u.frozen"_s;
        break;
    case UserQuery::SortField::ActiveSessions:
        sort = u"active_sessions"_s;
        break;
    case UserQuery::SortField::Devices:
        if (!m_options.tables.hasOrigins())
            return unsupported<Page<User>>(capabilities().reason(Capability::Devices));
        sort = u"devices"_s;
        break;
    case UserQuery::SortField::LastActivity:
        if (!m_options.tables.hasActivity())
            return unsupported<Page<User>>(capabilities().reason(Capability::UserActivity));
        sort = u"last_activity"_s;
        break;
    case UserQuery::SortField::LastLocation:
        return unsupported<Page<User>>(capabilities().reason(Capability::LastLocations));
    case UserQuery::SortField::Flags:
        return unsupported<Page<User>>(noUserFlags(m_options.tables.name()));
    }
    QStringList where{u"true"_s};
    QVariantList args;
    if (!userQuery.text.isEmpty()) {
        // Folded as SessionDesk folds (SearchText), in SQL: the application's tables have no
        // folded column, and no function of ours may be added to its database.
        // Or the id, exactly: how a user without an address is named on the command line.
        where << u"(%1 LIKE ? ESCAPE '\\' OR %2 LIKE ? ESCAPE '\\' OR u.id = ?)"_s.arg(
            m_fold.arg(u"u.email"_s), m_fold.arg(u"u.name"_s));
        const QString pattern = Sql::likePattern(SearchText::fold(userQuery.text));
        args << pattern << pattern << userQuery.text.trimmed();
    }
    // Accounts without a status are all active: asking for others is refused, not answered empty.
    if (userQuery.status && *userQuery.status != UserStatus::Active && !m_options.tables.hasAccountStatus())
        return unsupported<Page<User>>(capabilities().reason(Capability::Freeze));
    if (userQuery.status)
        where << (*userQuery.status == UserStatus::Frozen   ? u"u.frozen"_s
                  : *userQuery.status == UserStatus::Active ? u"NOT u.frozen"_s
                                                            : u"false"_s);
    const QString direction = userQuery.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString sql = uR"(WITH s AS (%1), u AS (%2),
                a AS (SELECT user_id, count(*) FILTER (WHERE active) AS active_sessions,
                             count(DISTINCT user_agent) FILTER (WHERE active) AS devices,
                             max(last_seen) AS last_activity
                      FROM (SELECT *, (expires_at IS NULL OR expires_at > now()) AS active FROM s) x
                      GROUP BY user_id)
            SELECT u.id, u.email, u.name, u.role, u.frozen, u.frozen_reason, u.created_at,
                   coalesce(a.active_sessions, 0) AS active_sessions, coalesce(a.devices, 0) AS devices,
                   a.last_activity, count(*) OVER () AS total
            FROM u LEFT JOIN a ON a.user_id = u.id
            WHERE %3
            ORDER BY %4 %5 NULLS LAST, u.id %5
            LIMIT ? OFFSET ?)"_s.arg(m_options.tables.sessionsSelect(), m_options.tables.usersSelect(),
                                     where.join(u" AND "_s), sort, direction);
    const int offset = userQuery.cursor.toInt();
    args << userQuery.limit << offset;
    return query<Page<User>>(
        [sql, args, offset, limit = userQuery.limit](QSqlDatabase &db) -> Result<Page<User>> {
            QSqlQuery row(db);
            if (auto error = Sql::exec(row, sql, args))
                return *error;
            Page<User> page;
            page.total = 0;
            while (row.next()) {
                page.rows.append(userFrom(row));
                page.total = row.value(10).toLongLong();
            }
            if (offset + page.rows.size() < page.total && page.rows.size() == limit)
                page.nextCursor = int(offset + page.rows.size());
            return page;
        });
}

QFuture<Result<User>> TablesSessionSource::userByEmail(const QString &email)
{
    return userFromSearch(email);
}

QFuture<Result<Page<Session>>> TablesSessionSource::sessions(const SessionQuery &sessionQuery)
{
    if (sessionQuery.userId.isEmpty()) {
        if (auto refused = refusedFilter(sessionQuery.filter))
            return ready<Page<Session>>(*refused);
    }
    QVariantList args;
    const QString sql = m_query.page(sessionQuery, &args);
    return query<Page<Session>>([sql, args, offset = sessionQuery.cursor.toInt(), limit = sessionQuery.limit,
                                 places = m_options.places](QSqlDatabase &db) -> Result<Page<Session>> {
        QSqlQuery row(db);
        if (auto error = Sql::exec(row, sql, args))
            return *error;
        Page<Session> page;
        page.total = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        while (row.next()) {
            page.rows.append(SessionTablesQuery::session(row, now, places.get()));
            page.total = row.value(9).toLongLong();
        }
        if (offset + page.rows.size() < page.total && page.rows.size() == limit)
            page.nextCursor = int(offset + page.rows.size());
        return page;
    });
}

QFuture<Result<QStringList>> TablesSessionSource::roles()
{
    if (!m_options.tables.hasAccountStatus())
        return ready<QStringList>(QStringList());
    return query<QStringList>([](QSqlDatabase &db) -> Result<QStringList> {
        QSqlQuery row(db);
        if (auto error =
                Sql::exec(row, uR"(SELECT DISTINCT trim(r) FROM "user", unnest(string_to_array(role, ',')) r
                                            WHERE trim(r) <> '' ORDER BY 1)"_s))
            return *error;
        QStringList roles;
        while (row.next())
            roles << row.value(0).toString();
        return roles;
    });
}

Result<QList<TablesSessionSource::UserOutcome>>
TablesSessionSource::outcomesFor(QSqlDatabase &db, const QStringList &userIds) const
{
    QList<UserOutcome> outcomes;
    QSqlQuery row(db);
    for (const QString &id : userIds) {
        UserOutcome outcome{id, id, 0};
        if (m_options.tables.hasAccounts()) {
            // The address, as the application signs users in with it; the name or id without one.
            if (auto error = Sql::exec(
                    row,
                    u"SELECT coalesce(nullif(email, ''), name, id::text) FROM %1 WHERE id::text = ?"_s.arg(
                        m_options.tables.accountsTable()),
                    {id}))
                return *error;
            if (!row.next())
                return SourceError{SourceError::Code::NotFound, tr("There is no user %1.").arg(id), {}};
            outcome.label = row.value(0).toString();
        }
        outcomes << outcome;
    }
    return outcomes;
}

Result<QList<TablesSessionSource::UserOutcome>>
TablesSessionSource::endSessionsOf(QSqlDatabase &db, const QStringList &userIds) const
{
    auto outcomes = outcomesFor(db, userIds);
    if (!outcomes.ok())
        return outcomes;
    const SessionTables &tables = m_options.tables;
    QSqlQuery row(db);
    for (UserOutcome &outcome : outcomes.value()) {
        if (auto error = Sql::exec(
                row, u"DELETE FROM %1 t WHERE %2 = ? AND %3"_s.arg(tables.table, tables.userOf(), active()),
                {outcome.userId}))
            return *error;
        outcome.sessionsEnded = row.numRowsAffected();
    }
    return outcomes;
}

QFuture<Result<ActionResult>>
TablesSessionSource::act(const ActionContext &context, Capability capability, const QString &action,
                         std::function<Result<QList<UserOutcome>>(QSqlDatabase &)> work,
                         const std::optional<LogoutAllScope> &scope, const QString &targetSession,
                         const std::function<QString(const QString &)> &label)
{
    if (const auto refused = refusal(capability, context))
        return ready<ActionResult>(*refused);
    auto done = query<QList<UserOutcome>>(
        [work](QSqlDatabase &db) { return SqlTransaction(1, 0).run<QList<UserOutcome>>(db, work); });
    auto promise = Futures::started<ActionResult>();
    Futures::onResult(done, this,
                      [this, promise, context, action, scope, targetSession,
                       label](const Result<QList<UserOutcome>> &outcomes) {
                          settleOutcomes(promise, context, action, outcomes, scope, targetSession, label);
                      });
    return promise->future();
}

QFuture<Result<ActionResult>> TablesSessionSource::logoutUsers(const QStringList &userIds,
                                                               const ActionContext &context)
{
    return act(context, Capability::LogoutUser, u"logout_user"_s,
               [this, userIds](QSqlDatabase &db) { return endSessionsOf(db, userIds); });
}

QString TablesSessionSource::unspared(const LogoutAllScope &scope, QVariantList *args) const
{
    const SessionTables &tables = m_options.tables;
    QString condition =
        u"%1 AND %2 AND NOT (%3 = ANY(?::text[]))"_s.arg(tables.owned(), active(), tables.userOf());
    *args << textArray(scope.keepUserIds);
    if (tables.hasAccountStatus() && !scope.excludeRoles.isEmpty()) {
        condition += uR"( AND NOT EXISTS (SELECT 1 FROM "user" u, unnest(string_to_array(u.role, ',')) r
                                          WHERE u.id = %1 AND trim(r) = ANY(?::text[])))"_s.arg(
            tables.userOf());
        *args << textArray(scope.excludeRoles);
    }
    if (!scope.matching.isEmpty())
        condition += u" AND "_s + m_query.matching(scope.matching, args);
    return condition;
}

QFuture<Result<LogoutAllPreview>> TablesSessionSource::previewLogoutAll(const LogoutAllScope &scope)
{
    if (auto refused = refusedFilter(scope))
        return ready<LogoutAllPreview>(*refused);
    QVariantList args;
    const QString sql = u"SELECT count(DISTINCT %1), count(*) FROM %2 t WHERE %3"_s.arg(
        m_options.tables.userOf(), m_options.tables.table, unspared(scope, &args));
    return query<LogoutAllPreview>([sql, args](QSqlDatabase &db) -> Result<LogoutAllPreview> {
        QSqlQuery row(db);
        if (auto error = Sql::exec(row, sql, args))
            return *error;
        row.next();
        LogoutAllPreview preview;
        preview.users = row.value(0).toInt();
        preview.sessions = row.value(1).toInt();
        return preview;
    });
}

QFuture<Result<ActionResult>> TablesSessionSource::logoutAll(const LogoutAllScope &scope,
                                                             const ActionContext &context)
{
    if (auto refused = refusedFilter(scope))
        return ready<ActionResult>(*refused);
    QVariantList args;
    const QString sql = u"DELETE FROM %1 t WHERE %2 RETURNING %3"_s.arg(
        m_options.tables.table, unspared(scope, &args), m_options.tables.userOf());
    // What the entry calls the users the scope names (kept, the filter's), read with the rest.
    auto names = std::make_shared<QHash<QString, QString>>();
    return act(
        context, Capability::LogoutAll, scope.matching.isEmpty() ? u"logout_all"_s : u"end_matching"_s,
        [this, sql, args, scope, names](QSqlDatabase &db) -> Result<QList<UserOutcome>> {
            QSqlQuery row(db);
            if (auto error = Sql::exec(row, sql, args))
                return *error;
            QHash<QString, int> ended;
            while (row.next())
                ++ended[row.value(0).toString()];
            if (ended.isEmpty() && !scope.matching.isEmpty())
                return scope.nothingMatches(); // refused, and not journaled
            qint64 count = 0;
            for (const int each : std::as_const(ended))
                count += each;
            if (auto grown = scope.refuseGrown(count))
                return *grown; // rolled back
            QStringList named = scope.keepUserIds;
            if (!scope.matching.userId.isEmpty())
                named << scope.matching.userId;
            if (const auto labels = outcomesFor(db, named); labels.ok()) {
                for (const UserOutcome &user : labels.value())
                    names->insert(user.userId, user.label);
            }
            QList<UserOutcome> outcomes;
            for (auto it = ended.cbegin(); it != ended.cend(); ++it)
                outcomes << UserOutcome{it.key(), it.key(), it.value()};
            return outcomes;
        },
        scope, {}, [names](const QString &id) { return names->value(id, id); });
}

QFuture<Result<ActionResult>> TablesSessionSource::endSession(const QString &sessionId,
                                                              const ActionContext &context)
{
    const SessionTables &tables = m_options.tables;
    const QString sql = u"DELETE FROM %1 t WHERE %2 = ? AND %3 RETURNING %4"_s.arg(
        tables.table, tables.idOf(), active(), tables.userOf());
    return act(
        context, Capability::EndSession, u"end_session"_s,
        [this, sql, sessionId, table = tables.table,
         id = tables.idOf()](QSqlDatabase &db) -> Result<QList<UserOutcome>> {
            QSqlQuery row(db);
            if (auto error = Sql::exec(row, sql, {sessionId}))
                return *error;
            if (!row.next()) {
                if (auto error =
                        Sql::exec(row, u"SELECT FROM %1 t WHERE %2 = ?"_s.arg(table, id), {sessionId}))
                    return *error;
                return SourceError{
                    SourceError::Code::NotFound,
                    row.next() ? tr("The session %1 has already ended or expired.").arg(sessionId)
                               : tr("There is no session %1: it has ended, or never existed.").arg(sessionId),
                    {}};
            }
            auto outcomes = outcomesFor(db, {row.value(0).toString()});
            if (outcomes.ok())
                outcomes.value().first().sessionsEnded = 1;
            return outcomes;
        },
        std::nullopt, sessionId);
}

QFuture<Result<ActionResult>> TablesSessionSource::freezeUser(const QString &userId,
                                                              const ActionContext &context)
{
    return freeze(userId, {}, context);
}

QFuture<Result<ActionResult>> TablesSessionSource::freezeUserUntil(const QString &userId,
                                                                   const QDateTime &until,
                                                                   const ActionContext &context)
{
    if (until <= QDateTime::currentDateTimeUtc())
        return QtFuture::makeReadyFuture(Result<ActionResult>(
            SourceError{SourceError::Code::InvalidInput, tr("A freeze must end in the future."), {}}));
    return freeze(userId, until, context);
}

QFuture<Result<ActionResult>> TablesSessionSource::freeze(const QString &userId, const QDateTime &until,
                                                          const ActionContext &context)
{
    const QString reason = context.reason.trimmed();
    return act(context, Capability::Freeze, u"freeze_user"_s,
               [this, userId, reason, until](QSqlDatabase &db) -> Result<QList<UserOutcome>> {
                   QSqlQuery row(db);
                   if (auto error = Sql::exec(row, uR"(UPDATE "user" SET banned = true, "banReason" = ?,
                                                  "banExpires" = ?, "updatedAt" = now() WHERE id = ?)"_s,
                                              {reason, Sql::time(until), userId}))
                       return *error;
                   return endSessionsOf(db, {userId});
               });
}

QFuture<Result<ActionResult>> TablesSessionSource::unfreezeUser(const QString &userId,
                                                                const ActionContext &context)
{
    return act(context, Capability::Freeze, u"unfreeze_user"_s,
               [this, userId](QSqlDatabase &db) -> Result<QList<UserOutcome>> {
                   QSqlQuery row(db);
                   if (auto error = Sql::exec(row, uR"(UPDATE "user" SET banned = false, "banReason" = NULL,
                                                  "banExpires" = NULL, "updatedAt" = now() WHERE id = ?)"_s,
                                              {userId}))
                       return *error;
                   return outcomesFor(db, {userId});
               });
}

QFuture<Result<Settings>> TablesSessionSource::settings()
{
    return unsupported<Settings>(capabilities().reason(Capability::ChangeSettings));
}

QFuture<Result<Page<Flag>>> TablesSessionSource::flags(const FlagQuery &flagQuery)
{
    const SessionTables &tables = m_options.tables;
    if (!tables.hasOrigins())
        return unsupported<Page<Flag>>(
            tr("%1 records no address or device for its sessions, so no rule can find anything in them.")
                .arg(tables.name()));
    const QString sql = uR"(WITH s AS (%1), u AS (%2)
            SELECT s.id, s.user_id, s.expires_at, s.created_at, s.last_seen, s.ip, s.user_agent,
                   u.email, u.name, u.frozen
            FROM s JOIN u ON u.id = s.user_id
            WHERE (s.expires_at IS NULL OR s.expires_at > now()) AND (CAST(? AS text) IS NULL OR s.user_id = ?)
            ORDER BY s.user_id)"_s.arg(tables.sessionsSelect(), tables.usersSelect());
    return query<Page<Flag>>(
        [sql, flagQuery, places = m_options.places](QSqlDatabase &db) -> Result<Page<Flag>> {
            QSqlQuery row(db);
            // One user's flags need only that user's sessions.
            if (auto error = Sql::exec(row, sql, {Sql::nullIfEmpty(flagQuery.userId), flagQuery.userId}))
                return *error;
            const FlagDetector detector{DetectionThresholds()};
            QList<Flag> found;
            User user;
            QList<Session> active;
            const auto finishUser = [&] {
                if (!active.isEmpty())
                    found << detector.sessionFindings(user, active);
                active.clear();
            };
            while (row.next()) {
                const Session session =
                    SessionTablesQuery::session(row, QDateTime::currentDateTimeUtc(), places.get());
                if (session.userId != user.id) {
                    finishUser();
                    user = User();
                    user.id = session.userId;
                    user.email = row.value(7).toString();
                    user.displayName = row.value(8).toString();
                    user.status = row.value(9).toBool() ? UserStatus::Frozen : UserStatus::Active;
                }
                active << session;
            }
            finishUser();
            return flagQuery.pageOf(found);
        });
}
