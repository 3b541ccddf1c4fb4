#include "sources/SourceFactory.h"

#include "sources/keycloak/KeycloakSessionSource.h"
#include "sources/pg/PgConnection.h"
#include "sources/rest/RestSessionSource.h"
#include "sources/sql/SqlSessionSource.h"
#include "sources/tables/TablesSessionSource.h"

using namespace Qt::Literals::StringLiterals;

bool SourceFactory::isStoreUrl(const QString &url)
{
    return url.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           url.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<SourceFactory::Target> SourceFactory::target(const QString &url)
{
    if (KeycloakSessionSource::isKeycloakUrl(url)) {
        const auto options = KeycloakSessionSource::fromUrl(url);
        if (!options.ok())
            return options.error();
        return Target{tr("Keycloak"),
                      options.value().username.isEmpty() ? options.value().clientId
                                                         : options.value().username,
                      options.value().base.host(), false};
    }
    if (RestSessionSource::isRestUrl(url)) {
        const auto options = RestSessionSource::fromUrl(url);
        if (!options.ok())
            return options.error();
        return Target{tr("better-auth"), options.value().email, options.value().base.host(), false};
    }
    // Any other "kind+scheme://" names tables SessionDesk does not know: SessionTables says which it knows.
    if (SessionTables::isTablesUrl(url) || url.section(u"://"_s, 0, 0).contains(u'+')) {
        const auto tables = SessionTables::fromUrl(url);
        if (!tables.ok())
            return tables.error();
        return Target{tables.value().name(), tables.value().connection.user, tables.value().connection.host,
                      true};
    }
    const auto connection = PgConnection::fromUrl(url);
    if (!connection.ok())
        return connection.error();
    return Target{tr("PostgreSQL"), connection.value().user, connection.value().host, true};
}

std::unique_ptr<SessionSource> SourceFactory::create(const QString &url, const Secrets &secrets,
                                                     int pollIntervalMs)
{
    if (SessionTables::isTablesUrl(url)) {
        TablesSessionSource::Options options;
        options.tables = SessionTables::fromUrl(url).value();
        options.password = secrets.password;
        return std::make_unique<TablesSessionSource>(options);
    }
    if (KeycloakSessionSource::isKeycloakUrl(url)) {
        auto options = KeycloakSessionSource::fromUrl(url).value();
        options.secret = secrets.password;
        options.http.trustedCertificate = secrets.trustedCertificate;
        return std::make_unique<KeycloakSessionSource>(options);
    }
    if (RestSessionSource::isRestUrl(url)) {
        auto options = RestSessionSource::fromUrl(url).value();
        options.password = secrets.password;
        options.http.trustedCertificate = secrets.trustedCertificate;
        return std::make_unique<RestSessionSource>(options);
    }
    SqlSessionSource::Options options;
    options.connectUrl = PgConnection::fromUrl(url).value().url();
    options.password = secrets.password;
    options.pollIntervalMs = pollIntervalMs;
    return std::make_unique<SqlSessionSource>(options);
}
