#pragma once

#include "models/sources/SourceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Small helpers every SQL job uses: run a parameterised statement, map driver errors to
// SourceError, and convert times between Qt and the store (epoch milliseconds in SQLite,
// timestamptz in PostgreSQL).
class IpRange;

class Sql final
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    // Prepares sql on query's connection, binds args by position and executes it.
    static std::optional<SourceError> exec(QSqlQuery &query, const QString &sql,
                                           const QVariantList &args = {});
    // what: the operation in the user's words, e.g. tr("Reading users"). SQLite's result codes and
    // PostgreSQL's SQLSTATEs both map to the same few codes.
    static SourceError error(const QSqlError &error, const QString &what);

    // A time to bind: exec() stores it as epoch milliseconds in SQLite and as a timestamptz in
    // PostgreSQL; invalid is NULL.
    static QVariant time(const QDateTime &time)
    {
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    }
    static bool isPostgres(const QSqlDatabase &db);
    // The few words the two engines spell differently: expr compared ignoring case (index-backed
    // in both), and the zero time.
    static QString noCase(const QSqlDatabase &db, const QString &expr);
    static QString zeroTime(const QSqlDatabase &db);
    // expr in lower case in every script (SQLite's lower() knows A to Z only): for comparing
    // addresses ignoring case. Not index-backed in SQLite.
    static QString lower(const QSqlDatabase &db, const QString &expr);
    // The condition "the address in column (ip, of table, maybe by an alias: s.ip) lies within
    // range", compared as addresses (IPv4 and IPv6, whatever form the writer stored), its values
    // appended to args. PostgreSQL: an index on sessiondesk_inet(ip) serves it. SQLite: the rows
    // of table written since are keyed first (ip_key, schema versions 13 and 14), and the index on
    // the key serves it; where they cannot be keyed now (another program is writing, the file is
    // read-only), the keys missing are computed row by row, slower but still exact.
    static QString withinRange(QSqlDatabase &db, const QString &table, const QString &column,
                               const IpRange &range, QVariantList &args);
    // A stored time: epoch milliseconds (SQLite), or a timestamptz the driver already made a
    // QDateTime of (PostgreSQL).
    static QDateTime fromMs(const QVariant &value)
    {
        if (value.isNull())
            return {};
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toUTC();
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    }
    static QVariant nullIfEmpty(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }
    // A LIKE pattern that finds text anywhere, with % and _ taken literally (ESCAPE '\\').
    static QString likePattern(const QString &text);
    // SQLite: gives a connection of SessionDesk's the functions sessiondesk_fold(text)
    // (SearchText::fold), which PostgreSQL stores define in SQL, for the stores' searches, and
    // sessiondesk_lower(text) (lower()).
    static void addFunctions(QSqlDatabase &db);

private:
    static SourceError postgresError(const QSqlError &error, const QString &sqlState, const QString &what);
};
