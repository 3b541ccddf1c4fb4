#include "models/sources/tables/SessionTables.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Scheme
{
    const char *prefix;
    SessionTables::Kind kind;
};
constexpr Scheme schemes[] = {
    {"better-auth+postgresql", SessionTables::Kind::BetterAuth},
    {"connect-pg-simple+postgresql", SessionTables::Kind::ConnectPgSimple},
    {"spring-session+postgresql", SessionTables::Kind::SpringSession},
    {"authjs+postgresql", SessionTables::Kind::AuthJs},
};

// A (schema-qualified) table name: plain identifiers only, quoted as written.
const QRegularExpression tableName(u"^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$"_s);
// One step of a JSON path: a key or an index, without what would need quoting in a text[].
const QRegularExpression pathStep(u"^[A-Za-z0-9_$-]{1,64}$"_s);

QString quoted(const QString &name)
{
    QStringList parts = name.split(u'.');
    for (QString &part : parts)
        part = u'"' + part + u'"';
    return parts.join(u'.');
}

} // namespace

bool SessionTables::isTablesUrl(const QString &url)
{
    return std::any_of(std::begin(schemes), std::end(schemes), [&url](const Scheme &scheme) {
        return url.startsWith(QLatin1StringView(scheme.prefix) + u"://", Qt::CaseInsensitive);
    });
}

Result<SessionTables> SessionTables::fromUrl(const QString &url)
{
    const qsizetype plus = url.indexOf(u'+');
    const qsizetype colon = url.indexOf(u"://"_s);
    const QString prefix = url.left(colon).toLower();
    SessionTables tables;
    const auto scheme = std::find_if(std::begin(schemes), std::end(schemes), [&prefix](const Scheme &s) {
        return prefix == QLatin1StringView(s.prefix);
    });
    if (plus < 0 || colon < plus || scheme == std::end(schemes))
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("'%1' names no session tables SessionDesk knows; write better-auth+postgresql://, "
               "connect-pg-simple+postgresql://, spring-session+postgresql://, authjs+postgresql:// or "
               "django+postgresql:// followed by LOGIN@host/database, or django+sqlite:///PATH.")
                .arg(url),
            {}};
    tables.kind = scheme->kind;
    QUrl pg(url.mid(plus + 1), QUrl::StrictMode);
    QUrlQuery query(pg);
    QUrlQuery libpq;
    const auto invalid = [&url](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, tr("'%1' cannot be used: %2").arg(url, why), {}};
    };
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"table") {
            if (!tableName.match(value).hasMatch())
                return invalid(tr("the table must be a plain name such as session or app.session, not '%1'.")
                                   .arg(value));
            tables.table = quoted(value);
        } else if (key == u"userPath") {
            if (tables.kind != Kind::ConnectPgSimple)
                return invalid(tr("userPath is an option of connect-pg-simple tables only."));
            const QStringList steps = value.split(u'.');
            if (!std::all_of(steps.begin(), steps.end(),
                             [](const QString &step) { return pathStep.match(step).hasMatch(); }))
                return invalid(tr("userPath is the keys to the user inside sess, joined by dots (userId, "
                                  "passport.user), not '%1'.")
                                   .arg(value));
            tables.userPath = value;
        } else {
            libpq.addQueryItem(key, value);
        }
    }
    if (tables.kind == Kind::BetterAuth && !tables.table.isEmpty())
        return invalid(tr("better-auth's tables are always \"user\" and session."));
    if (tables.kind == Kind::AuthJs && !tables.table.isEmpty())
        return invalid(tr("Auth.js's PostgreSQL adapter always keeps its tables as users and sessions."));
    pg.setQuery(libpq);
    auto connection = PgConnection::fromUrl(pg.toString());
    if (!connection.ok())
        return connection.error();
    tables.connection = connection.value();
    if (tables.table.isEmpty()) {
        tables.table = tables.kind == Kind::SpringSession ? u"\"spring_session\""_s
                       : tables.kind == Kind::AuthJs      ? u"\"sessions\""_s
                                                          : u"\"session\""_s;
    }
    if (tables.kind == Kind::ConnectPgSimple && tables.userPath.isEmpty())
        tables.userPath = u"userId"_s;
    return tables;
}

QString SessionTables::name() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return tr("better-auth tables");
    case Kind::ConnectPgSimple:
        return tr("connect-pg-simple");
    case Kind::SpringSession:
        return tr("Spring Session JDBC");
    case Kind::AuthJs:
        return tr("Auth.js");
    }
    return {};
}

QString SessionTables::accountsTable() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return u"\"user\""_s;
    case Kind::AuthJs:
        return u"\"users\""_s;
    case Kind::ConnectPgSimple:
    case Kind::SpringSession:
        break;
    }
    return {};
}

QString SessionTables::journalKind() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return u"better-auth-sql"_s;
    case Kind::ConnectPgSimple:
        return u"connect-pg-simple"_s;
    case Kind::SpringSession:
        return u"spring-session"_s;
    case Kind::AuthJs:
        return u"authjs"_s;
    }
    return {};
}

QString SessionTables::url() const
{
    QUrl address(connection.url());
    QUrlQuery query(address);
    if (!hasAccounts())
        query.addQueryItem(u"table"_s, QString(table).remove(u'"'));
    if (kind == Kind::ConnectPgSimple)
        query.addQueryItem(u"userPath"_s, userPath);
    address.setQuery(query);
    return QString::fromLatin1(std::find_if(std::begin(schemes), std::end(schemes),
                                            [this](const Scheme &s) { return s.kind == kind; })
                                   ->prefix)
               .section(u'+', 0, 0) +
           u'+' + address.toString();
}

QString SessionTables::idOf() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return u"t.id"_s;
    case Kind::ConnectPgSimple:
        // A digest: the sid is what the signed cookie carries.
        return u"left(encode(sha256(convert_to(t.sid, 'UTF8')), 'hex'), 16)"_s;
    case Kind::SpringSession:
        // Not SESSION_ID, which is the cookie's value.
        return u"t.primary_id::text"_s;
    case Kind::AuthJs:
        // Not sessionToken, which is the cookie's value.
        return u"t.id::text"_s;
    }
    return {};
}

QString SessionTables::userOf() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return u"t.\"userId\""_s;
    case Kind::ConnectPgSimple:
        return u"(t.sess #>> '{%1}')"_s.arg(QString(userPath).replace(u'.', u','));
    case Kind::SpringSession:
        return u"t.principal_name"_s;
    case Kind::AuthJs:
        return u"t.\"userId\"::text"_s;
    }
    return {};
}

QString SessionTables::expiresOf() const
{
    switch (kind) {
    case Kind::BetterAuth:
        return u"t.\"expiresAt\""_s;
    case Kind::ConnectPgSimple:
        // express-session writes the server's local time, without a zone.
        return u"t.expire::timestamptz"_s;
    case Kind::SpringSession:
        // Epoch milliseconds; a negative MAX_INACTIVE_INTERVAL never expires.
        return u"(CASE WHEN t.max_inactive_interval < 0 THEN NULL ELSE "
               u"to_timestamp((t.last_access_time + t.max_inactive_interval * 1000::bigint) / 1000.0) END)"_s;
    case Kind::AuthJs:
        return u"t.expires"_s;
    }
    return {};
}

QString SessionTables::owned() const
{
    if (!hasAccounts())
        return u"%1 IS NOT NULL"_s.arg(userOf());
    return u"EXISTS (SELECT FROM %1 a WHERE a.id::text = %2)"_s.arg(accountsTable(), userOf());
}

QString SessionTables::sessionsSelect() const
{
    QString rest;
    switch (kind) {
    case Kind::BetterAuth:
        rest = uR"(t."createdAt" AS created_at, t."updatedAt" AS last_seen, t."ipAddress" AS ip,
                   t."userAgent" AS user_agent)"_s;
        break;
    case Kind::ConnectPgSimple:
        // Saved or touched last the cookie's original max age before it expires.
        rest = uR"(NULL::timestamptz AS created_at,
                   t.expire::timestamptz
                       - make_interval(secs => (t.sess #>> '{cookie,originalMaxAge}')::float8 / 1000) AS last_seen,
                   NULL::text AS ip, NULL::text AS user_agent)"_s;
        break;
    case Kind::SpringSession:
        rest = uR"(to_timestamp(t.creation_time / 1000.0) AS created_at,
                   to_timestamp(t.last_access_time / 1000.0) AS last_seen, NULL::text AS ip,
                   NULL::text AS user_agent)"_s;
        break;
    case Kind::AuthJs:
        // Auth.js moves the expiry on as the session is used, but keeps neither its start nor
        // its last use.
        rest = u"NULL::timestamptz AS created_at, NULL::timestamptz AS last_seen, NULL::text AS ip, "
               u"NULL::text AS user_agent"_s;
        break;
    }
    return u"SELECT %1 AS id, %2 AS user_id, %3 AS expires_at, %4 FROM %5 t WHERE %6"_s.arg(
        idOf(), userOf(), expiresOf(), rest, table, owned());
}

QString SessionTables::usersSelect() const
{
    if (kind == Kind::BetterAuth)
        return uR"(SELECT id, email, name, role,
                   coalesce(banned, false) AND ("banExpires" IS NULL OR "banExpires" > now()) AS frozen,
                   "banReason" AS frozen_reason, "createdAt" AS created_at
            FROM "user")"_s;
    if (kind == Kind::AuthJs)
        return uR"(SELECT id::text AS id, coalesce(email, '') AS email, coalesce(name, email, id::text) AS name,
                   NULL::text AS role, false AS frozen, NULL::text AS frozen_reason,
                   NULL::timestamptz AS created_at
            FROM "users")"_s;
    return uR"(SELECT user_id AS id, CASE WHEN user_id LIKE '%@%' THEN user_id ELSE '' END AS email,
                   user_id AS name, NULL::text AS role, false AS frozen, NULL::text AS frozen_reason,
                   min(created_at) AS created_at
            FROM s GROUP BY user_id)"_s;
}
