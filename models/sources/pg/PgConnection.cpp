#include "models/sources/pg/PgConnection.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList sslModes{u"disable"_s, u"allow"_s,     u"prefer"_s,
                           u"require"_s, u"verify-ca"_s, u"verify-full"_s};

// libpq's message without its "connection to server at … failed:" preamble, severity words and
// line breaks: the reason itself, as one sentence.
QString reasonOf(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (const qsizetype failed = text.lastIndexOf(u"failed: "_s); failed >= 0)
        text = text.mid(failed + 8);
    text.remove(u"FATAL:"_s).remove(u"ERROR:"_s);
    text = text.simplified();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

Result<PgConnection> PgConnection::fromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const auto invalid = [&url](const QString &why) {
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("'%1' is not a PostgreSQL URL such as postgresql://anna@db.example:5432/sessions: "
               "%2.")
                .arg(url, why),
            {}};
    };
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres"))
        return invalid(tr("it must start with postgresql://"));
    if (!parsed.password().isEmpty())
        return SourceError{
            SourceError::Code::InvalidInput,
            tr("The URL contains a password. Leave it out: SessionDesk asks for it, or reads it "
               "from PGPASSFILE, so that it never appears in a command line or a file of ours."),
            {}};
    PgConnection connection;
    if (!parsed.host().isEmpty())
        connection.host = parsed.host();
    if (parsed.port() > 0)
        connection.port = parsed.port();
    connection.user = parsed.userName();
    connection.database = parsed.path().mid(1);
    if (connection.user.isEmpty())
        return invalid(tr("it names no user (postgresql://USER@host/database)"));
    if (connection.database.isEmpty() || connection.database.contains(u'/'))
        return invalid(tr("it names no database (postgresql://user@host/DATABASE)"));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!sslModes.contains(value))
                return invalid(tr("sslmode is one of %1, not '%2'").arg(sslModes.join(u", "), value));
            connection.sslMode = value;
        } else if (key == u"sslrootcert") {
            // Qt's driver turns every ';' of its options into a space, even inside quotes.
            if (value.contains(u';'))
                return invalid(tr("the path in sslrootcert cannot contain ';'"));
            connection.caFile = value;
        } else if (key == u"host") {
            // libpq's form for a socket directory; a server's name goes after the '@'.
            if (!value.startsWith(u'/'))
                return invalid(
                    tr("host= names a socket directory such as /run/postgresql, not '%1'").arg(value));
            connection.host = value;
        } else {
            return invalid(tr("SessionDesk does not know the option '%1'").arg(key));
        }
    }
    return connection;
}

QString PgConnection::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        url.setHost(host);
    url.setPort(port);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, caFile);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded); // a path with a space in it, too, reads back as itself
}

QString PgConnection::hostAndPort() const
{
    if (host.startsWith(u'/'))
        return tr("port %1 in %2").arg(port).arg(host);
    return u"%1:%2"_s.arg(host.contains(u':') ? u'[' + host + u']' : host).arg(port);
}

QString PgConnection::connectOptions() const
{
    // libpq's keyword='value' form, quoted: a path with a space or a quote in it stays one value
    // (unquoted, "/ca.pem sslmode=disable" would switch TLS off).
    const auto option = [](const QString &key, QString value) -> QString {
        value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        return key + u"='"_s + value + u'\'';
    };
    QStringList options{option(u"connect_timeout"_s, u"10"_s),
                        option(u"application_name"_s, u"SessionDesk"_s)};
    if (!sslMode.isEmpty())
        options << option(u"sslmode"_s, sslMode);
    if (!caFile.isEmpty())
        options << option(u"sslrootcert"_s, caFile);
    return options.join(u';');
}

Result<QSqlDatabase> PgConnection::open(const QString &connectionName, const QString &password) const
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return SourceError{SourceError::Code::Failed,
                           tr("Qt's PostgreSQL driver is not installed (package libqt6sql6-psql)."),
                           {}};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setConnectOptions(connectOptions());
    if (!db.open(user, password)) {
        const QString reason = reasonOf(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        // libpq says no SQLSTATE before the connection stands, only its sentence.
        const bool refused = reason.contains(u"password authentication failed"_s) ||
                             reason.contains(u"no password supplied"_s);
        return SourceError{
            refused ? SourceError::Code::SignInRefused : SourceError::Code::Failed,
            tr("Cannot connect to PostgreSQL at %1:%2 as %3: %4.").arg(host).arg(port).arg(user, reason),
            {}};
    }
    return db;
}
