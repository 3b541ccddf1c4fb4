#pragma once

#include "models/demo/DemoSink.h"
#include "models/sources/SourceError.h"

#include <QSqlDatabase>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// Writes demo rows into an SQLite store inside the caller's transaction. Millions of rows go
// through here, so it binds with SQLite's own API on the connection's handle: QSqlQuery's
// positional binding formats a placeholder name for every value, which made the large demo store
// take minutes. Values are still bound, never spliced into SQL.
class SqliteDemoWriter final : public DemoSink
{
public:
    explicit SqliteDemoWriter(QSqlDatabase &db);
    ~SqliteDemoWriter() override;

    bool addUser(const User &user) override;
    bool addSession(const Session &session) override;
    bool addLoginEvent(const LoginEvent &event) override;

    qint64 users() const { return m_users; }
    qint64 sessions() const { return m_sessions; }
    qint64 events() const { return m_events; }
    // Why writing stopped, if it did.
    std::optional<SourceError> error() const { return m_error; }

private:
    sqlite3_stmt *prepare(const char *sql);
    void bindText(sqlite3_stmt *statement, int column, const QString &text);
    void bindTime(sqlite3_stmt *statement, int column, const QDateTime &time);
    void bindOptional(sqlite3_stmt *statement, int column, std::optional<double> value);
    void bindOrigin(sqlite3_stmt *statement, int firstColumn, const Origin &origin);
    bool step(sqlite3_stmt *statement, qint64 &counter);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_user = nullptr;
    sqlite3_stmt *m_session = nullptr;
    sqlite3_stmt *m_event = nullptr;
    qint64 m_users = 0;
    qint64 m_sessions = 0;
    qint64 m_events = 0;
    std::optional<SourceError> m_error;
};
