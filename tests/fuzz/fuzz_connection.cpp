// Connection addresses as typed after --connect or into the Connections dialog: every kind the
// factory knows. Properties: nothing crashes; an accepted PostgreSQL address given back by url()
// names the same connection; libpq reads our connection options exactly as we meant them (a
// path cannot smuggle in another option); the SQL names taken from application-table addresses
// are plain identifiers and key paths.
#include "FuzzSupport.h"
#include "models/connections/SourceFactory.h"
#include "models/sources/keycloak/KeycloakSessionSource.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/rest/RestSessionSource.h"
#include "models/sources/tables/SessionTables.h"

#include <QHash>
#include <QRegularExpression>

#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const PgConnection &c)
{
    return u"host=[%1] port=%2 db=[%3] user=[%4] sslmode=[%5] ca=[%6]"_s.arg(c.host).arg(c.port).arg(
        c.database, c.user, c.sslMode, c.caFile);
}

bool same(const PgConnection &a, const PgConnection &b)
{
    return describe(a) == describe(b);
}

// libpq's own reading of the options, as Qt's driver hands them over (';' becomes ' ').
void checkOptions(const PgConnection &connection)
{
    QString options = connection.connectOptions();
    options.replace(u';', u' ');
    char *error = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(options.toUtf8().constData(), &error);
    Fuzz::check(parsed != nullptr, "libpq cannot read the connection options",
                options + u" / "_s + QString::fromUtf8(error));
    QHash<QString, QString> values;
    for (PQconninfoOption *option = parsed; option->keyword; ++option)
        if (option->val)
            values.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    PQconninfoFree(parsed);
    QHash<QString, QString> expected{{u"connect_timeout"_s, u"10"_s},
                                     {u"application_name"_s, u"SessionDesk"_s}};
    if (!connection.sslMode.isEmpty())
        expected.insert(u"sslmode"_s, connection.sslMode);
    if (!connection.caFile.isEmpty())
        expected.insert(u"sslrootcert"_s, connection.caFile);
    Fuzz::check(values == expected, "libpq reads other options than the connection's", options);
}

void checkTables(const SessionTables &tables)
{
    static const QRegularExpression table(
        uR"(\A("?)[A-Za-z_][A-Za-z0-9_]*\1(\.("?)[A-Za-z_][A-Za-z0-9_]*\3)?\z)"_s);
    Fuzz::check(table.match(tables.table).hasMatch(), "a table name that is not a plain identifier",
                tables.table);
    static const QRegularExpression path(uR"(\A[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*\z)"_s);
    Fuzz::check(tables.userPath.isEmpty() || path.match(tables.userPath).hasMatch(),
                "a user path with more than keys joined by dots", tables.userPath);
    const auto again = SessionTables::fromUrl(tables.url());
    Fuzz::check(again.ok() && again.value().table == tables.table &&
                    again.value().userPath == tables.userPath && again.value().kind == tables.kind &&
                    same(again.value().connection, tables.connection),
                "url() of accepted tables names other tables", tables.url());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString url = Fuzz::text(data, size);
    SourceFactory::kindOf(url);
    (void)SourceFactory::target(url);
    (void)RestSessionSource::fromUrl(url);
    (void)KeycloakSessionSource::fromUrl(url);
    if (const auto connection = PgConnection::fromUrl(url); connection.ok()) {
        const auto again = PgConnection::fromUrl(connection.value().url());
        Fuzz::check(again.ok() && same(again.value(), connection.value()),
                    "url() of an accepted connection names another",
                    describe(connection.value()) + u" -> "_s + connection.value().url());
        (void)connection.value().hostAndPort();
        checkOptions(connection.value());
    }
    if (const auto tables = SessionTables::fromUrl(url); tables.ok())
        checkTables(tables.value());
    return 0;
}
