#pragma once

#include "models/domain/Session.h"
#include "models/domain/User.h"
#include "models/sources/Result.h"
#include "models/sources/pg/PgConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

// A Django application's database with its database-backed sessions (django.contrib.sessions) and
// its users (django.contrib.auth), addressed as
//   django+postgresql://LOGIN@host:port/database[?users=TABLE&sslmode=…]
//   django+sqlite:///PATH/TO/db.sqlite3[?users=TABLE&timezone=Area/City]
// users names the table of a custom user model (default auth_user): it needs an id and a username
// or an email column; AbstractUser's others (is_active, is_staff, is_superuser, last_login,
// date_joined) are read where it has them. timezone is the application's TIME_ZONE where it runs
// with USE_TZ = False: Django then writes its local time into SQLite, else UTC. (PostgreSQL keeps
// the zone with each time.)
// The sessions' users are inside their signed data (DjangoSessionData), so they are read and
// matched here, not in SQL.
class DjangoDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(DjangoDatabase)

public:
    static bool isDjangoUrl(const QString &url);
    // InvalidInput with one sentence for an address that names no usable database.
    static Result<DjangoDatabase> fromUrl(const QString &url);

    std::optional<PgConnection> postgres; // none: the SQLite file
    QString file;
    QString usersTable = QStringLiteral("auth_user");
    QTimeZone timeZone = QTimeZone::utc(); // of the times Django wrote into SQLite
    // The columns of usersTable SessionDesk reads (lower case), as check() found them.
    QStringList userColumns;

    // The address again (for titles and logs; it holds no secret).
    QString url() const;
    // "django at db.example.org:5432", "/srv/app/db.sqlite3"
    QString where() const;
    QString journalPath() const;
    // Opens the connection (an SQLite file read-only when it may not be written; never created).
    Result<QSqlDatabase> open(const QString &connectionName, const QString &password) const;

    // What the connection may do, checked once when it opens.
    struct Access
    {
        QString login;               // the PostgreSQL login; empty for a file
        bool canDelete = false;      // from django_session
        bool canUpdateUsers = false; // and the table has is_active
        QStringList userColumns;
    };
    // Checks that both tables are there, what the user table's columns are and what the login (or
    // the file's permissions) allow.
    Result<Access> check(QSqlDatabase &db) const;

    // Every user, and every session that names one (expired rows included until Django's
    // clearsessions deletes them), each user counting their active sessions.
    struct Snapshot
    {
        QList<User> users;
        QList<Session> sessions;          // id: a digest of the key, never the key (the cookie's value)
        QHash<QString, QString> keyOf;    // session id → session_key
        QHash<QString, qsizetype> userAt; // user id → index in users
        const User *user(const QString &id) const;
        // What the journal and messages call the user: their username (their address where the
        // table has none), else the id.
        QString label(const QString &id) const;
    };
    Result<Snapshot> read(QSqlDatabase &db) const;
    // Deletes the sessions whose keys are given, in the caller's transaction; how many went.
    Result<int> deleteSessions(QSqlDatabase &db, const QStringList &keys) const;
    // Sets the user's is_active; NotFound when there is no such user.
    std::optional<SourceError> setActive(QSqlDatabase &db, const QString &userId, bool active) const;

    // What SessionDesk calls a session: a digest of its key, never the key (the cookie's value).
    static QString idOf(const QString &sessionKey);
    // A user's roles as Django names them: "staff", "superuser", joined by ", ".
    static QStringList rolesOf(const User &user);
};
