#include "models/connections/SourceFactory.h"

#include "models/sources/django/DjangoSessionSource.h"
#include "models/sources/keycloak/KeycloakDirectory.h"
#include "models/sources/keycloak/KeycloakSessionSource.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/rest/BetterAuthDirectory.h"
#include "models/sources/rest/RestSessionSource.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/sources/tables/TablesSessionSource.h"

using namespace Qt::Literals::StringLiterals;

QList<SourceFactory::Kind> SourceFactory::kinds()
{
    return {
        {u"postgresql"_s, tr("SessionDesk store in PostgreSQL"),
         u"postgresql://LOGIN@HOST:5432/DATABASE?sslmode=verify-full"_s},
        {u"better-auth+https"_s, tr("better-auth admin API"),
         u"better-auth+https://ADMIN-EMAIL@HOST/api/auth"_s},
        {u"better-auth+postgresql"_s, tr("better-auth tables in PostgreSQL"),
         u"better-auth+postgresql://LOGIN@HOST:5432/DATABASE"_s},
        {u"connect-pg-simple+postgresql"_s, tr("express-session with connect-pg-simple in PostgreSQL"),
         u"connect-pg-simple+postgresql://LOGIN@HOST:5432/DATABASE?userPath=userId"_s},
        {u"authjs+postgresql"_s, tr("Auth.js database sessions in PostgreSQL (@auth/pg-adapter)"),
         u"authjs+postgresql://LOGIN@HOST:5432/DATABASE"_s},
        {u"spring-session+postgresql"_s, tr("Spring Session JDBC in PostgreSQL"),
         u"spring-session+postgresql://LOGIN@HOST:5432/DATABASE"_s},
        {u"keycloak+https"_s, tr("Keycloak Admin API"), u"keycloak+https://ADMIN@HOST/REALM"_s},
        {u"django+postgresql"_s, tr("Django sessions in PostgreSQL"),
         u"django+postgresql://LOGIN@HOST:5432/DATABASE"_s},
        {u"django+sqlite"_s, tr("Django sessions in an SQLite file"),
         u"django+sqlite:///srv/app/db.sqlite3"_s},
    };
}

int SourceFactory::kindOf(const QString &url)
{
    QString scheme = url.section(u"://"_s, 0, 0).trimmed().toLower();
    if (scheme == u"postgres")
        scheme = u"postgresql"_s;
    else if (scheme.endsWith(u"+http"_s))
        scheme += u's'; // plain HTTP, for tests and local servers: the same kind
    const QList<Kind> all = kinds();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).scheme == scheme)
            return i;
    }
    return -1;
}

bool SourceFactory::isStoreUrl(const QString &url)
{
    return url.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           url.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

namespace {

// "auth.example.org:3000", "[::1]:8080"; without a port where the address names none.
QString hostAndPort(const QUrl &url)
{
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    return url.port() > 0 ? u"%1:%2"_s.arg(host).arg(url.port()) : host;
}

} // namespace

Result<SourceFactory::Target> SourceFactory::target(const QString &url)
{
    if (KeycloakSessionSource::isKeycloakUrl(url)) {
        const auto options = KeycloakSessionSource::fromUrl(url);
        if (!options.ok())
            return options.error();
        return Target{tr("Keycloak"),
                      options.value().username.isEmpty() ? options.value().clientId
                                                         : options.value().username,
                      hostAndPort(options.value().base), false};
    }
    if (RestSessionSource::isRestUrl(url)) {
        const auto options = RestSessionSource::fromUrl(url);
        if (!options.ok())
            return options.error();
        return Target{tr("better-auth"), options.value().email, hostAndPort(options.value().base), false};
    }
    if (DjangoDatabase::isDjangoUrl(url)) {
        const auto database = DjangoDatabase::fromUrl(url);
        if (!database.ok())
            return database.error();
        const auto &postgres = database.value().postgres;
        if (!postgres)
            return Target{tr("Django"), {}, database.value().where(), true, false};
        return Target{tr("Django"), postgres->user, postgres->hostAndPort(), true};
    }
    // Any other "kind+scheme://" names tables SessionDesk does not know: SessionTables says which it knows.
    if (SessionTables::isTablesUrl(url) || url.section(u"://"_s, 0, 0).contains(u'+')) {
        const auto tables = SessionTables::fromUrl(url);
        if (!tables.ok())
            return tables.error();
        return Target{tables.value().name(), tables.value().connection.user,
                      tables.value().connection.hostAndPort(), true};
    }
    const auto connection = PgConnection::fromUrl(url);
    if (!connection.ok())
        return connection.error();
    return Target{tr("PostgreSQL"), connection.value().user, connection.value().hostAndPort(), true};
}

std::optional<SourceError> SourceFactory::refusedUserSort(const QString &url, UserQuery::SortField field,
                                                          Qt::SortOrder order)
{
    if (KeycloakSessionSource::isKeycloakUrl(url))
        return KeycloakDirectory::refusedUserSort(field, order);
    if (RestSessionSource::isRestUrl(url))
        return BetterAuthDirectory::refusedUserSort(field);
    return std::nullopt;
}

std::unique_ptr<SessionSource> SourceFactory::create(const QString &url, const Secrets &secrets,
                                                     int pollIntervalMs,
                                                     const std::shared_ptr<const AddressPlaces> &places)
{
    if (SessionTables::isTablesUrl(url)) {
        TablesSessionSource::Options options;
        options.tables = SessionTables::fromUrl(url).value();
        options.password = secrets.password;
        options.trustedCertificate = secrets.trustedCertificate;
        options.places = places;
        return std::make_unique<TablesSessionSource>(options);
    }
    if (DjangoDatabase::isDjangoUrl(url)) {
        DjangoSessionSource::Options options;
        options.database = DjangoDatabase::fromUrl(url).value();
        options.password = secrets.password;
        return std::make_unique<DjangoSessionSource>(options);
    }
    if (KeycloakSessionSource::isKeycloakUrl(url)) {
        auto options = KeycloakSessionSource::fromUrl(url).value();
        options.secret = secrets.password;
        options.http.trustedCertificate = secrets.trustedCertificate;
        options.places = places;
        return std::make_unique<KeycloakSessionSource>(options);
    }
    if (RestSessionSource::isRestUrl(url)) {
        auto options = RestSessionSource::fromUrl(url).value();
        options.password = secrets.password;
        options.http.trustedCertificate = secrets.trustedCertificate;
        options.places = places;
        return std::make_unique<RestSessionSource>(options);
    }
    return createStore(url, secrets, pollIntervalMs);
}

std::unique_ptr<SqlSessionSource> SourceFactory::createStore(const QString &url, const Secrets &secrets,
                                                             int pollIntervalMs)
{
    SqlSessionSource::Options options;
    options.connectUrl = PgConnection::fromUrl(url).value().url();
    options.password = secrets.password;
    options.trustedCertificate = secrets.trustedCertificate;
    options.pollIntervalMs = pollIntervalMs;
    return std::make_unique<SqlSessionSource>(options);
}
