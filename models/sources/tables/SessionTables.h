#pragma once

#include "models/sources/Result.h"
#include "models/sources/pg/PgConnection.h"

#include <QCoreApplication>
#include <QString>

// Where an application keeps its sessions in its own PostgreSQL tables, and how to read them as
// SessionDesk's users and sessions: better-auth's "user" and session tables, express-session's
// connect-pg-simple table (the user inside the JSON at a configurable path), or Spring Session
// JDBC's SPRING_SESSION, or Auth.js's users and sessions tables (@auth/pg-adapter, database
// sessions). Addressed as
//   better-auth+postgresql://LOGIN@host:port/database
//   authjs+postgresql://LOGIN@host/database
//   connect-pg-simple+postgresql://LOGIN@host/database?userPath=passport.user&table=session
//   spring-session+postgresql://LOGIN@host/database?table=spring_session
// with libpq's own options (sslmode, sslrootcert, host) beside these.
class SessionTables final
{
    Q_DECLARE_TR_FUNCTIONS(SessionTables)

public:
    enum class Kind {
        BetterAuth,
        ConnectPgSimple,
        SpringSession,
        AuthJs,
    };

    static bool isTablesUrl(const QString &url);
    // InvalidInput with one sentence for an address that does not name usable tables.
    static Result<SessionTables> fromUrl(const QString &url);

    Kind kind = Kind::BetterAuth;
    PgConnection connection;
    QString table;    // the sessions table, as named in SQL (quoted where needed)
    QString userPath; // connect-pg-simple: where the user is in sess, e.g. passport.user

    // "connect-pg-simple"
    QString name() const;
    // The address again (for titles and logs; it holds no secret).
    QString url() const;
    // Journals are kept per kind, server and database.
    QString journalKind() const;

    // SELECT id, user_id, expires_at, created_at, last_seen, ip, user_agent: every session
    // that belongs to a user (anonymous ones are left out). Times are timestamptz; expires_at is
    // NULL for a session that never expires. The id is never a credential: connect-pg-simple's
    // sid (the cookie's value) appears as a digest, Spring's SESSION_ID as its PRIMARY_ID.
    QString sessionsSelect() const;
    // SELECT id, email, name, role, frozen, frozen_reason, created_at over the CTE "s"
    // (sessionsSelect): the application's accounts, or for tables without any, the users their
    // sessions name.
    QString usersSelect() const;
    // Expressions over a row of the sessions table, as "t": the session's id (as sessionsSelect
    // shows it), its user and its expiry (NULL: never).
    QString idOf() const;
    QString userOf() const;
    QString expiresOf() const;
    // Whether the row "t" belongs to a user: one its accounts table holds (a session of a deleted
    // account is no sign-in, as the application's adapter reads it), or any named user.
    QString owned() const;
    // The accounts table, as named in SQL ("user", users); empty for tables of sessions only.
    QString accountsTable() const;
    bool hasAccounts() const { return !accountsTable().isEmpty(); }
    // Whether the accounts can be frozen and have roles (better-auth's ban and role columns).
    bool hasAccountStatus() const { return kind == Kind::BetterAuth; }
    // Whether the tables record where sessions come from (address, user agent).
    bool hasOrigins() const { return kind == Kind::BetterAuth; }
    // Whether they record when each session started (connect-pg-simple and Auth.js do not) and
    // when it was last used (Auth.js does not).
    bool hasStarts() const { return kind == Kind::BetterAuth || kind == Kind::SpringSession; }
    bool hasActivity() const { return kind != Kind::AuthJs; }
};
