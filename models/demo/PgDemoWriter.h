#pragma once

#include "models/demo/DemoSink.h"
#include "models/sources/SourceError.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

struct pg_conn;
struct pg_result;

// Writes demo rows of one table into a PostgreSQL store with COPY, inside the caller's
// transaction, on the connection's libpq handle (QPSQL has no COPY). COPY takes one table at a
// time, so the generator runs once per table with the same options (it makes the same data each
// time) and the writer keeps the rows of its table only: users, then sessions, then login events.
class PgDemoWriter final : public DemoSink
{
public:
    enum class Table {
        Users,
        Sessions,
        LoginEvents,
    };

    PgDemoWriter(QSqlDatabase &db, Table table);
    ~PgDemoWriter() override;

    bool addUser(const User &user) override;
    bool addSession(const Session &session) override;
    bool addLoginEvent(const LoginEvent &event) override;
    // Ends the COPY; false (see error()) when the server refused the rows.
    bool finish();

    qint64 rows() const { return m_rows; }
    std::optional<SourceError> error() const { return m_error; }

private:
    void text(const QString &value); // empty: NULL
    void origin(const Origin &origin);
    void time(const QDateTime &value);
    void number(std::optional<double> value);
    bool endRow();
    bool flush();
    // result: the server's answer, if there was one.
    void fail(const pg_result *result);

    pg_conn *m_conn = nullptr;
    Table m_table;
    bool m_copying = false;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    std::optional<SourceError> m_error;
};
