#include "models/sources/sql/SqlReads.h"

#include "models/domain/IpRange.h"
#include "models/domain/SearchText.h"
#include "models/sources/sql/SqlScope.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlPage.h"
#include "models/storage/SqlRows.h"
#include "models/storage/StringPool.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

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
    case UserQuery::SortField::Flags:
        return {u"u.flag_rank"_s, u"u.id"_s};
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

} // namespace

Result<Page<User>> SqlReads::users(QSqlDatabase &db, const UserQuery &query)
{
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
            QSqlQuery(db).exec(u"UPDATE users SET search_key = sessiondesk_fold(display_name) || char(10) || "
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
    if (query.flagged)
        conditions << u"u.flag_rank > 0"_s; // schema version 15
    // Removed users are gone for the console.
    QString countSql;
    QVariantList countArgs;
    if (Sql::isPostgres(db) && query.text.trimmed().isEmpty() && !query.flagged) {
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
}

Result<User> SqlReads::userByEmail(QSqlDatabase &db, const QString &email)
{
    QSqlQuery query(db);
    StringPool pool;
    const QString select =
        u"SELECT "_s + SqlRows::userColumns() + u" FROM users u JOIN user_stats s ON s.user_id = u.id "_s;
    // Exact match first (indexed); then ignoring case, where several are refused (UserQuery::byEmail).
    const QString anyCase = u"WHERE %1 = %2"_s.arg(Sql::lower(db, u"u.email"_s), Sql::lower(db, u"?"_s));
    QList<User> found;
    for (const QString &condition : {u"WHERE u.email = ? LIMIT 1"_s, QString(anyCase + u" LIMIT 10"_s)}) {
        if (auto error = Sql::exec(query, select + condition, {email.trimmed()}))
            return *error;
        while (query.next())
            found << SqlRows::userFrom(query, pool);
        if (!found.isEmpty())
            break;
    }
    return UserQuery::byEmail(found, email);
}

Result<Page<Session>> SqlReads::sessions(QSqlDatabase &db, const SessionQuery &query)
{
    // One user's sessions, or the active ones of everybody the filter matches, with their users.
    const bool search = query.userId.isEmpty();
    if (auto refused = query.filter.refusal(); refused && search)
        return *refused;
    QStringList conditions;
    QVariantList args;
    if (!search) {
        conditions << u"user_id = ?"_s;
        args << query.userId;
    }
    if (search || !query.includeEnded) {
        conditions << u"ended_at IS NULL AND expires_at > ?"_s;
        args << Sql::time(QDateTime::currentDateTimeUtc());
    }
    if (search)
        conditions << SqlScope::matching(db, query.filter, args);
    const QVariantList countArgs = args;
    const QString countSql = u"SELECT count(*) FROM sessions s WHERE "_s + conditions.join(u" AND ");
    const QString sortColumn = sessionSortColumn(db, query.sortField);
    const QString direction = SqlPage::direction(query.order);
    if (query.cursor.isValid()) {
        conditions << SqlPage::keysetCondition(sortColumn, u"id"_s, query.order);
        args << SqlPage::keysetArgs(query.cursor);
    }
    const QString select = u"SELECT "_s + SqlRows::sessionColumns() +
                           u", (SELECT u.email FROM users u WHERE u.id = s.user_id), "
                           "(SELECT u.display_name FROM users u WHERE u.id = s.user_id), "_s +
                           sortColumn + u" FROM sessions s WHERE "_s + conditions.join(u" AND ") +
                           u" ORDER BY %1 %2, id %2 LIMIT ?"_s.arg(sortColumn, direction);
    const int named = int(SqlRows::sessionColumns().count(u',')) + 1;
    auto page =
        SqlPage::fetch<Session>(db, select, args, query.limit, query.cursor.isValid() ? QString() : countSql,
                                countArgs, [named](const QSqlQuery &row, StringPool &pool) {
                                    Session session = SqlRows::sessionFrom(row, pool);
                                    session.userEmail = row.value(named).toString();
                                    session.userName = row.value(named + 1).toString();
                                    return session;
                                });
    if (!page.ok())
        return SourceError{page.error().code, tr("Reading sessions failed. %1").arg(page.error().text),
                           page.error().detail};
    return page;
}

Result<QStringList> SqlReads::roles(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT DISTINCT role FROM users ORDER BY role"_s))
        return *error;
    QStringList roles;
    while (query.next())
        roles << query.value(0).toString();
    return roles;
}

Result<LogoutAllPreview> SqlReads::previewLogoutAll(QSqlDatabase &db, const LogoutAllScope &scope)
{
    if (auto refused = scope.matching.refusal())
        return *refused;
    if (auto refused = SqlScope::check(db, scope))
        return *refused;
    const auto [spared, sparedArgs] = SqlScope::spared(scope);
    QVariantList args{Sql::time(QDateTime::currentDateTimeUtc())};
    args << sparedArgs;
    const QStringList matching = SqlScope::matching(db, scope.matching, args);
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"SELECT count(*), count(DISTINCT s.user_id) FROM sessions s "
                               "JOIN users u ON u.id = s.user_id "
                               "WHERE s.ended_at IS NULL AND s.expires_at > ? AND NOT ("_s +
                                   spared + u')' +
                                   (matching.isEmpty() ? QString() : u" AND "_s + matching.join(u" AND ")),
                               args))
        return *error;
    query.next();
    LogoutAllPreview preview;
    preview.sessions = query.value(0).toLongLong();
    preview.users = query.value(1).toLongLong();
    // Ending matching sessions rejects the tokens of the users whose sessions end.
    if (!matching.isEmpty()) {
        preview.tokenUsers = scope.revokeTokens ? preview.users : 0;
    } else if (scope.revokeTokens) {
        if (auto error =
                Sql::exec(query, u"SELECT count(*) FROM users u WHERE NOT ("_s + spared + u')', sparedArgs))
            return *error;
        query.next();
        preview.tokenUsers = query.value(0).toLongLong();
    }
    return preview;
}

Result<Page<LoginEvent>> SqlReads::signIns(QSqlDatabase &db, const SignInQuery &query)
{
    if (auto refused = query.refusal())
        return *refused;
    QStringList conditions;
    QVariantList args;
    if (!query.userId.isEmpty()) {
        conditions << u"user_id = ?"_s;
        args << query.userId;
    }
    if (query.success) {
        conditions << (*query.success ? u"success"_s : u"NOT success"_s);
    }
    if (!query.network.isEmpty()) {
        conditions << Sql::withinRange(db, u"login_events"_s, u"ip"_s, *IpRange::parse(query.network), args);
    }
    if (!query.country.isEmpty()) {
        conditions << u"upper(trim(country)) = ?"_s;
        args << query.country.toUpper();
    }
    if (query.from.isValid()) {
        conditions << u"at >= ?"_s;
        args << Sql::time(query.from);
    }
    if (query.to.isValid()) {
        conditions << u"at < ?"_s;
        args << Sql::time(query.to);
    }
    // Each word anywhere in the user agent: "chrome windows" finds Chrome on Windows.
    for (const QString &word : query.device.toLower().split(u' ', Qt::SkipEmptyParts)) {
        conditions << Sql::lower(db, u"user_agent"_s) + u" LIKE ? ESCAPE '\\'"_s;
        args << Sql::likePattern(word);
    }
    QVariantList countArgs = args;
    // No WHERE at all without a filter: SQLite counts a whole table from its b-tree, many times
    // faster than row by row ("WHERE TRUE").
    const auto where = [&conditions] {
        return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND ");
    };
    QString countSql = u"SELECT count(*) FROM login_events"_s + where();
    // PostgreSQL keeps the numbers by result (schema version 15), which it counts slowly.
    if (Sql::isPostgres(db) && conditions.size() == (query.success ? 1 : 0)) {
        countSql =
            u"SELECT coalesce(sum(events), 0) FROM sign_in_counts"_s +
            (query.success ? (*query.success ? u" WHERE success"_s : u" WHERE NOT success"_s) : QString());
        countArgs.clear();
    }
    const QString direction = SqlPage::direction(query.order);
    if (query.cursor.isValid()) {
        conditions << SqlPage::keysetCondition(u"at"_s, u"id"_s, query.order);
        args << SqlPage::keysetArgs(query.cursor);
    }
    // The user's address and name with each (the primary key, for the page's rows only).
    const QString select = u"SELECT "_s + SqlRows::loginEventColumns() +
                           u", (SELECT u.email FROM users u WHERE u.id = login_events.user_id), "
                           "(SELECT u.display_name FROM users u WHERE u.id = login_events.user_id), at "
                           "FROM login_events"_s +
                           where() + u" ORDER BY at %1, id %1 LIMIT ?"_s.arg(direction);
    const int named = int(SqlRows::loginEventColumns().count(u',')) + 1;
    auto page = SqlPage::fetch<LoginEvent>(db, select, args, query.limit,
                                           query.cursor.isValid() ? QString() : countSql, countArgs,
                                           [named](const QSqlQuery &row, StringPool &pool) {
                                               LoginEvent event = SqlRows::loginEventFrom(row, pool);
                                               event.userEmail = row.value(named).toString();
                                               event.userName = row.value(named + 1).toString();
                                               return event;
                                           });
    if (!page.ok())
        return SourceError{page.error().code, tr("Reading sign-ins failed. %1").arg(page.error().text),
                           page.error().detail};
    return page;
}
