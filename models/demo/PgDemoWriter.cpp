#include "models/demo/PgDemoWriter.h"

#include "models/storage/Sql.h"

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype flushAt = 1 << 20;

const char *copyStatement(PgDemoWriter::Table table)
{
    switch (table) {
    case PgDemoWriter::Table::Users:
        return "COPY users (id, email, display_name, role, status, status_reason, created_at) FROM STDIN";
    case PgDemoWriter::Table::Sessions:
        return "COPY sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent, device_id, "
               "country, city, latitude, longitude, ended_at, end_reason, ended_by) FROM STDIN";
    case PgDemoWriter::Table::LoginEvents:
        return "COPY login_events (user_id, at, success, session_id, ip, user_agent, device_id, country, "
               "city, "
               "latitude, longitude) FROM STDIN";
    }
    Q_UNREACHABLE();
}

} // namespace

PgDemoWriter::PgDemoWriter(QSqlDatabase &db, Table table)
    : m_table(table)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_conn = *static_cast<PGconn *const *>(handle.constData());
    if (!m_conn) {
        m_error =
            SourceError{SourceError::Code::Failed, Sql::tr("The store connection is not PostgreSQL."), {}};
        return;
    }
    PGresult *result = PQexec(m_conn, copyStatement(table));
    m_copying = PQresultStatus(result) == PGRES_COPY_IN;
    if (!m_copying)
        fail(result);
    PQclear(result);
    m_buffer.reserve(flushAt + 4096);
}

PgDemoWriter::~PgDemoWriter()
{
    if (m_copying) // abandoned: the server discards the rows
        PQputCopyEnd(m_conn, "abandoned");
}

void PgDemoWriter::fail(const PGresult *result)
{
    // Mapped like every other store error: by the SQLSTATE of the server's answer, or as a lost
    // connection when libpq could not even send.
    const char *sqlState = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    m_error =
        Sql::error(QSqlError(QString(), QString::fromUtf8(PQerrorMessage(m_conn)), QSqlError::StatementError,
                             sqlState ? QString::fromLatin1(sqlState) : u"08006"_s),
                   Sql::tr("Writing demo data"));
}

// COPY's text format: tab-separated, \N for NULL (an empty text, as SqliteDemoWriter stores it),
// backslash escapes.
void PgDemoWriter::text(const QString &value)
{
    if (!m_buffer.isEmpty() && !m_buffer.endsWith('\n'))
        m_buffer += '\t';
    if (value.isEmpty()) {
        m_buffer += "\\N";
        return;
    }
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void PgDemoWriter::time(const QDateTime &value)
{
    text(value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString());
}

void PgDemoWriter::number(std::optional<double> value)
{
    text(value ? QString::number(*value, 'g', 17) : QString());
}

void PgDemoWriter::origin(const Origin &origin)
{
    for (const QString &value : {origin.ip, origin.userAgent, origin.deviceId, origin.country, origin.city})
        text(value);
    number(origin.latitude);
    number(origin.longitude);
}

bool PgDemoWriter::endRow()
{
    m_buffer += '\n';
    ++m_rows;
    return m_buffer.size() < flushAt || flush();
}

bool PgDemoWriter::flush()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        fail(nullptr);
        return false;
    }
    m_buffer.clear();
    return true;
}

bool PgDemoWriter::finish()
{
    if (m_error || !flush())
        return false;
    m_copying = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1) {
        fail(nullptr);
        return false;
    }
    bool ok = true;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            fail(result);
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}

bool PgDemoWriter::addUser(const User &user)
{
    if (m_error)
        return false;
    if (m_table != Table::Users)
        return true;
    text(user.id);
    text(user.email);
    text(user.displayName);
    text(user.role);
    text(User::statusKey(user.status));
    text(user.statusReason);
    time(user.createdAt);
    return endRow();
}

bool PgDemoWriter::addSession(const Session &session)
{
    if (m_error)
        return false;
    if (m_table != Table::Sessions)
        return true;
    text(session.id);
    text(session.userId);
    time(session.createdAt);
    time(session.lastSeenAt);
    time(session.expiresAt);
    origin(session.origin);
    time(session.endedAt);
    text(session.endReason ? Session::endReasonKey(*session.endReason) : QString());
    text(session.endedBy);
    return endRow();
}

bool PgDemoWriter::addLoginEvent(const LoginEvent &event)
{
    if (m_error)
        return false;
    if (m_table != Table::LoginEvents)
        return true;
    text(event.userId);
    time(event.at);
    text(event.success ? u"t"_s : u"f"_s);
    text(event.sessionId);
    origin(event.origin);
    return endRow();
}
