#include "models/demo/SqliteDemoWriter.h"

#include "models/storage/Sql.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

SqliteDemoWriter::SqliteDemoWriter(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db) {
        m_error = SourceError{SourceError::Code::Failed, Sql::tr("The store connection is not SQLite."), {}};
        return;
    }
    m_user = prepare("INSERT INTO users (id, email, display_name, role, status, status_reason, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    m_session =
        prepare("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent, "
                "device_id, country, city, latitude, longitude, ended_at, end_reason, ended_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_event =
        prepare("INSERT INTO login_events (user_id, at, success, session_id, ip, user_agent, device_id, "
                "country, city, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

SqliteDemoWriter::~SqliteDemoWriter()
{
    sqlite3_finalize(m_user);
    sqlite3_finalize(m_session);
    sqlite3_finalize(m_event);
}

sqlite3_stmt *SqliteDemoWriter::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (!m_error && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_db);
        m_error = Sql::error(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                       QSqlError::StatementError, QString::number(code)),
                             Sql::tr("Preparing demo data"));
    }
    return statement;
}

void SqliteDemoWriter::bindText(sqlite3_stmt *statement, int column, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(statement, column);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteDemoWriter::bindTime(sqlite3_stmt *statement, int column, const QDateTime &time)
{
    if (time.isValid())
        sqlite3_bind_int64(statement, column, time.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(statement, column);
}

void SqliteDemoWriter::bindOptional(sqlite3_stmt *statement, int column, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(statement, column, *value);
    else
        sqlite3_bind_null(statement, column);
}

void SqliteDemoWriter::bindOrigin(sqlite3_stmt *statement, int firstColumn, const Origin &origin)
{
    bindText(statement, firstColumn, origin.ip);
    bindText(statement, firstColumn + 1, origin.userAgent);
    bindText(statement, firstColumn + 2, origin.deviceId);
    bindText(statement, firstColumn + 3, origin.country);
    bindText(statement, firstColumn + 4, origin.city);
    bindOptional(statement, firstColumn + 5, origin.latitude);
    bindOptional(statement, firstColumn + 6, origin.longitude);
}

bool SqliteDemoWriter::step(sqlite3_stmt *statement, qint64 &counter)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (result != SQLITE_DONE) {
        m_error =
            Sql::error(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                 QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db))),
                       Sql::tr("Writing demo data"));
        return false;
    }
    ++counter;
    return true;
}

bool SqliteDemoWriter::addUser(const User &user)
{
    if (m_error)
        return false;
    bindText(m_user, 1, user.id);
    bindText(m_user, 2, user.email);
    bindText(m_user, 3, user.displayName);
    bindText(m_user, 4, user.role);
    bindText(m_user, 5, User::statusKey(user.status));
    bindText(m_user, 6, user.statusReason);
    bindTime(m_user, 7, user.createdAt);
    return step(m_user, m_users);
}

bool SqliteDemoWriter::addSession(const Session &session)
{
    if (m_error)
        return false;
    bindText(m_session, 1, session.id);
    bindText(m_session, 2, session.userId);
    bindTime(m_session, 3, session.createdAt);
    bindTime(m_session, 4, session.lastSeenAt);
    bindTime(m_session, 5, session.expiresAt);
    bindOrigin(m_session, 6, session.origin);
    bindTime(m_session, 13, session.endedAt);
    bindText(m_session, 14, session.endReason ? Session::endReasonKey(*session.endReason) : QString());
    bindText(m_session, 15, session.endedBy);
    return step(m_session, m_sessions);
}

bool SqliteDemoWriter::addLoginEvent(const LoginEvent &event)
{
    if (m_error)
        return false;
    bindText(m_event, 1, event.userId);
    bindTime(m_event, 2, event.at);
    sqlite3_bind_int(m_event, 3, event.success ? 1 : 0);
    bindText(m_event, 4, event.sessionId);
    bindOrigin(m_event, 5, event.origin);
    return step(m_event, m_events);
}
