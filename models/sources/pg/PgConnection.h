#pragma once

#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Where a PostgreSQL store is and how to reach it, read from a URL in libpq's form:
// postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path/ca.pem
// A password is never taken from the URL (it would sit in shell history and process lists): it
// is asked for, or libpq finds it in PGPASSFILE.
class PgConnection final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)

public:
    QString host = QStringLiteral("localhost"); // a name, an address, or a socket directory
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // libpq's: disable, allow, prefer, require, verify-ca, verify-full
    QString caFile;  // sslrootcert

    // InvalidInput with one sentence when the URL is not a usable postgresql:// URL.
    static Result<PgConnection> fromUrl(const QString &url);
    // The URL again, for titles and logs; it has no secret to leave out.
    QString url() const;
    // Where the server listens, for a password prompt: "db.example.org:5432", "[::1]:5433",
    // "port 5432 in /run/postgresql".
    QString hostAndPort() const;

    // libpq's connection options for Qt's driver (which joins them with ';'), quoted.
    QString connectOptions() const;
    // Opens a QPSQL connection named connectionName; an empty password lets libpq look in
    // PGPASSFILE. A failure says libpq's reason in one sentence.
    Result<QSqlDatabase> open(const QString &connectionName, const QString &password) const;
};
