#include "models/storage/Sql.h"

#include "models/Logging.h"
#include "models/domain/IpRange.h"
#include "models/domain/SearchText.h"
#include "models/storage/StoreRefusals.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

std::optional<SourceError> Sql::exec(QSqlQuery &query, const QString &sql, const QVariantList &args)
{
    query.setForwardOnly(true);
    const bool postgres = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    auto failed = [&](const QString &what) -> std::optional<SourceError> {
        const QSqlError lastError = query.lastError();
        // libpq reports a connection that is gone (server down, backend ended) without SQLSTATE.
        if (postgres && lastError.nativeErrorCode().isEmpty())
            return postgresError(lastError, u"08006"_s, what);
        return error(lastError, what);
    };
    // Without arguments, run it as it is: PostgreSQL cannot prepare BEGIN or most DDL.
    if (args.isEmpty()) {
        if (!query.exec(sql))
            return failed(tr("Running a query"));
        return std::nullopt;
    }
    if (!query.prepare(sql))
        return failed(tr("Preparing a query"));
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &arg = args.at(i);
        // SQLite keeps times as epoch milliseconds; QPSQL sends a QDateTime as a timestamptz.
        if (!postgres && arg.typeId() == QMetaType::QDateTime)
            query.bindValue(i, arg.toDateTime().toMSecsSinceEpoch());
        else
            query.bindValue(i, arg);
    }
    if (!query.exec())
        return failed(tr("Running a query"));
    return std::nullopt;
}

bool Sql::isPostgres(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

QString Sql::noCase(const QSqlDatabase &db, const QString &expr)
{
    return isPostgres(db) ? u"lower(%1)"_s.arg(expr) : expr + u" COLLATE NOCASE"_s;
}

QString Sql::zeroTime(const QSqlDatabase &db)
{
    return isPostgres(db) ? u"'epoch'::timestamptz"_s : u"0"_s;
}

namespace {

// What a SQLSTATE means for the caller, whoever said it (the store's functions or the server).
SourceError::Code codeOf(const QString &sqlState)
{
    const QString sqlClass = sqlState.left(2);
    if (sqlState == u"42501" || sqlClass == u"28")
        return SourceError::Code::PermissionDenied;
    if (sqlState == u"P0002")
        return SourceError::Code::NotFound;
    if (sqlClass == u"22")
        return SourceError::Code::InvalidInput;
    if (sqlState == u"55000" || sqlClass == u"23")
        return SourceError::Code::Conflict;
    if (sqlState == u"40001" || sqlState == u"40P01" || sqlState == u"55P03")
        return SourceError::Code::Busy;
    return SourceError::Code::Failed;
}

} // namespace

SourceError Sql::error(const QSqlError &error, const QString &what)
{
    // SQLite reports extended result codes (at most four digits); the primary code is the low
    // byte. PostgreSQL reports five-character SQLSTATEs, which must not be read as SQLite's.
    const QString native = error.nativeErrorCode();
    const QString detail = error.text();
    qCInfo(lcSql).noquote() << what << "failed:" << detail << "(code" << error.nativeErrorCode() << ")";
    if (native.size() == 5)
        return postgresError(error, native, what);
    switch (native.toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {SourceError::Code::Busy,
                tr("The store is locked by another program. Try again when it has finished."), detail};
    case 8: // SQLITE_READONLY
        return {SourceError::Code::PermissionDenied,
                tr("The store cannot be written: the file or its folder is read-only."), detail};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {SourceError::Code::Corrupt,
                tr("The store file is damaged or is not a database. SessionDesk does not repair stores; "
                   "restore it from a backup."),
                detail};
    case 13: // SQLITE_FULL
        // A failed statement changes nothing, and a transaction it was part of is rolled back.
        return {SourceError::Code::Failed,
                tr("%1 failed: the disk holding the store is full, so nothing was changed. Free some space "
                   "and try again.")
                    .arg(what),
                detail};
    case 19: // SQLITE_CONSTRAINT: a key, a check, or one of the store's triggers refusing
        if (const auto refusal = StoreRefusals::translate(error.databaseText()))
            return {SourceError::Code::Conflict,
                    tr("%1 failed, so nothing was changed: %2").arg(what, *refusal), detail};
        if (native.toInt() == 1811) // SQLITE_CONSTRAINT_TRIGGER: maybe an application's, in its own words
            return {SourceError::Code::Conflict,
                    tr("%1 failed in a trigger or function of the database, so nothing was changed: %2")
                        .arg(what, error.databaseText()),
                    detail};
        return {
            SourceError::Code::Conflict,
            tr("%1 failed: the change breaks one of the store's rules, so nothing was changed.").arg(what),
            detail};
    default: // SQLite's sentence is English: it goes into the detail
        return {SourceError::Code::Failed,
                native.isEmpty() ? tr("%1 failed.").arg(what)
                                 : tr("%1 failed with SQLite's error %2.").arg(what, native),
                detail};
    }
}

SourceError Sql::postgresError(const QSqlError &error, const QString &sqlState, const QString &what)
{
    // The server's own sentence: the first line of its message, without "ERROR:" and the SQLSTATE.
    // It is English (the server's language), so it goes into the detail; the operator reads the
    // store's own refusals translated, and a sentence of ours for everything the server says.
    QString message = error.databaseText().section(u'\n', 0, 0).trimmed();
    message.remove(QRegularExpression(u"^(ERROR|FATAL):\\s*"_s));
    message.remove(QRegularExpression(u"\\s*\\(\\w{5}\\)$"_s));
    const QString detail = error.text();
    const QString sqlClass = sqlState.left(2);
    const SourceError::Code code = codeOf(sqlState);
    if (const auto refusal = StoreRefusals::translate(message)) // the store's own sentence, translated
        return {code,
                code == SourceError::Code::Failed // raised in the transaction, which is undone
                    ? tr("%1 failed, so nothing was changed: %2").arg(what, *refusal)
                    : *refusal,
                detail};
    // Otherwise a sentence of ours for what the server says.
    const auto sentence = [&]() -> QString {
        if (sqlState == u"42501") { // insufficient privilege: a grant the login lacks
            static const QRegularExpression object(u"^permission denied for \\w+ (.+)$"_s);
            const QRegularExpressionMatch named = object.match(message);
            return named.hasMatch()
                       ? tr("The database does not allow this to your login (no permission for %1).")
                             .arg(named.captured(1))
                       : tr("The database does not allow this to your login.");
        }
        if (sqlState == u"P0002")
            return tr("%1 failed: what it names is not in the store.").arg(what);
        if (sqlClass == u"P0") // raised by a trigger or function, maybe an application's: its own words
            return tr("%1 failed in a trigger or function of the database, so nothing was changed: %2")
                .arg(what, message);
        if (sqlClass == u"22")
            return tr("%1 failed: the database refused a value as invalid, so nothing was changed.")
                .arg(what);
        if (sqlState == u"23505")
            return tr("%1 failed: the store already holds a record with the same key, so nothing was "
                      "changed.")
                .arg(what);
        if (sqlClass == u"23")
            return tr("%1 failed: the change breaks one of the store's rules, so nothing was changed.")
                .arg(what);
        if (sqlState == u"55000")
            return tr("%1 failed: the store is not in the state this needs, so nothing was changed.")
                .arg(what);
        if (sqlState == u"40001" || sqlState == u"40P01" || sqlState == u"55P03")
            return tr("Another session held what this needed, so nothing was changed. Try again.");
        if (sqlState == u"57014")
            return tr("%1 took longer than the server allows (statement timeout), so nothing was changed.")
                .arg(what);
        if (sqlClass == u"08" || sqlState == u"57P01" || sqlState == u"57P02" || sqlState == u"57P03")
            return tr("The connection to the PostgreSQL server was lost, so nothing was changed.");
        if (sqlState == u"25006")
            return tr("%1 failed: the database server accepts no changes now (a read-only server or "
                      "transaction), so nothing was changed.")
                .arg(what);
        if (sqlState == u"53100")
            return tr("%1 failed: the disk of the database server is full, so nothing was changed.")
                .arg(what);
        if (sqlClass == u"53")
            return tr("%1 failed: the database server is out of memory or connections, so nothing was "
                      "changed. Try again later.")
                .arg(what);
        if (sqlClass == u"42")
            return tr("%1 failed: the database lacks a table, column or function SessionDesk needs; is it a "
                      "SessionDesk store of this version?")
                .arg(what);
        if (sqlClass == u"28")
            return tr("The PostgreSQL server refused the login: a wrong password, or a login that may not "
                      "connect to this database.");
        return tr("%1 failed with the database's error %2, so nothing was changed.").arg(what, sqlState);
    };
    return {code, sentence(), detail};
}

QString Sql::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

namespace {

void foldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray folded =
        SearchText::fold(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

// Lower case for every script, as PostgreSQL's lower() is in a UTF-8 database; SQLite's own
// lower() changes A to Z only, so that INÈS and inès were two different addresses.
void lowerFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray lowered = QString::fromUtf8(text, sqlite3_value_bytes(values[0])).toLower().toUtf8();
    sqlite3_result_text(context, lowered.constData(), int(lowered.size()), SQLITE_TRANSIENT);
}

// An IP address as the 16-byte key IpRange compares (IPv4 mapped), NULL for text that is no
// address: "ip within a range" is a comparison of keys, whatever form the writer stored.
void ipKeyFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const QByteArray key = IpRange::key(QString::fromUtf8(text, sqlite3_value_bytes(values[0])));
    if (key.isEmpty())
        sqlite3_result_null(context);
    else
        sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

QString Sql::lower(const QSqlDatabase &db, const QString &expr)
{
    return isPostgres(db) ? u"lower(%1)"_s.arg(expr) : u"sessiondesk_lower(%1)"_s.arg(expr);
}

void Sql::addFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_create_function_v2(connection, "sessiondesk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               foldFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(connection, "sessiondesk_lower", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, lowerFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(connection, "sessiondesk_ip_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                               nullptr, ipKeyFunction, nullptr, nullptr, nullptr);
}

QString Sql::withinRange(QSqlDatabase &db, const QString &table, const QString &column, const IpRange &range,
                         QVariantList &args)
{
    if (isPostgres(db)) {
        // The addresses sessiondesk_inet gives are hosts (/32, /128), ordered as addresses: a range
        // is the span between its ends, which the index on the expression answers alone ("<<="
        // would call the function again for every row found, 0.2 s for 12,000 sessions).
        const auto [first, last] = range.ends();
        args << first << last;
        return u"sessiondesk_inet(%1) BETWEEN CAST(? AS inet) AND CAST(? AS inet)"_s.arg(column);
    }
    args << range.firstKey() << range.lastKey();
    // Keyed now, in the caller's transaction or just before its query: the index alone answers
    // (an OR with the keys missing would make SQLite read every row instead, 0.9 s at a million
    // sessions). The rows without a key are found by their partial index, which SQLite's planner
    // would pass over for a scan of the whole table (0.15 s at a million sessions).
    if (QSqlQuery(db).exec(
            u"UPDATE %1 INDEXED BY %1_ip_key_missing SET ip_key = coalesce(sessiondesk_ip_key(ip), "
            "X'') WHERE ip_key IS NULL"_s.arg(table)))
        return u"%1_key BETWEEN ? AND ?"_s.arg(column);
    args << range.firstKey() << range.lastKey();
    return u"(%1_key BETWEEN ? AND ? OR (%1_key IS NULL AND sessiondesk_ip_key(%1) BETWEEN ? AND ?))"_s.arg(
        column);
}
