#pragma once

#include "models/domain/Session.h"
#include "models/sources/SessionFilter.h"
#include "models/sources/SessionQuery.h"
#include "models/sources/tables/SessionTables.h"

#include <QVariantList>

class AddressPlaces;
class QSqlQuery;

// The SQL that reads, counts and ends the sessions of an application's tables (SessionTables) that
// a query or a filter selects: one user's, or every user's active ones a SessionFilter matches,
// compared as the stores compare: an address as an address within the range (IPv4 and IPv6, an
// IPv4 range also holding its IPv4-mapped IPv6 addresses; text that is no address matches no
// range), each device word anywhere in the user agent in either case, times from inclusive and to
// exclusive. No function is added to the application's database: all of it is plain SQL.
class SessionTablesQuery final
{
public:
    explicit SessionTablesQuery(SessionTables tables);

    // SELECT id, user_id, expires_at, created_at, last_seen, ip, user_agent, email, name, total:
    // the page query asks for (one user's sessions, or with no user every user's active sessions its
    // filter matches), sorted and paged; its arguments appended to args.
    QString page(const SessionQuery &query, QVariantList *args) const;
    // A row of page() as a session (with its user's email and name), ended if it has expired; its
    // place and network from places where it has them.
    static Session session(const QSqlQuery &row, const QDateTime &now, const AddressPlaces *places);
    // A condition on a row of the sessions table as "t": filter matches that session (true for no
    // filter); its arguments appended to args.
    QString matching(const SessionFilter &filter, QVariantList *args) const;

private:
    // The filter's conditions on a row of sessionsSelect() as "s" ("true" for none).
    QString conditions(const SessionFilter &filter, QVariantList *args) const;
    // s.ip as an inet where it is an address, else NULL: a cast never fails on what an application
    // wrote (an empty text, "unknown", two addresses).
    static QString address();

    SessionTables m_tables;
};
