#pragma once

#include "models/sources/Result.h"
#include "models/sources/SessionSource.h"
#include "models/sources/UserQuery.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class AddressPlaces;
class SqlSessionSource;

// Builds the session source an address names, the same way for the console, the CLI and the
// Connections dialog: a SessionDesk store in PostgreSQL (postgresql://), better-auth's admin API
// (better-auth+https://), a Keycloak realm (keycloak+https://), or an application's own session tables
// (better-auth+postgresql://, connect-pg-simple+postgresql://, spring-session+postgresql://,
// authjs+postgresql://; SessionTables),
// or a Django application's database (django+postgresql://, django+sqlite:///PATH; DjangoDatabase).
// A SQLite store is a file path, not an address. Nothing here asks for a password or reads the keychain.
class SourceFactory final
{
    Q_DECLARE_TR_FUNCTIONS(SourceFactory)

public:
    // Who signs in where, to ask for the password before connecting.
    struct Target
    {
        QString kind;    // what the source is, for the password dialog's title: "better-auth"
        QString account; // the login or the administrator's email
        QString host;    // with the port where the address names one: "auth.example.org:3000"
        // A PostgreSQL login's password may come from PGPASSFILE, which libpq reads itself.
        bool passwordOptional = false;
        // A file opened with the computer account's own permissions asks for none.
        bool needsPassword = true;
    };

    // A kind of source, as the Connections dialog offers them: the address's scheme, a name, and
    // an example address to start from.
    struct Kind
    {
        QString scheme;
        QString name;
        QString example;
    };
    static QList<Kind> kinds();
    // The index in kinds() of the kind url names by its scheme; -1 for none.
    static int kindOf(const QString &url);

    // postgresql:// (or postgres://): a SessionDesk store.
    static bool isStoreUrl(const QString &url);
    // InvalidInput with one sentence for an address that names no source.
    static Result<Target> target(const QString &url);

    // Why the source url names cannot list users sorted so, known before signing in (so that a
    // command line is refused before a password is asked for); nothing for sources that can.
    static std::optional<SourceError> refusedUserSort(const QString &url, UserQuery::SortField field,
                                                      Qt::SortOrder order);

    struct Secrets
    {
        QString password;           // kept in memory only
        QString trustedCertificate; // a TLS certificate trusted by its SHA-256 fingerprint
    };
    // The source for a url target() accepted; connect it with signIn(). pollIntervalMs: how often
    // a store is watched for changes (0: not at all, for one-shot use). places names the places
    // and networks of addresses for the sources that record addresses but no places.
    static std::unique_ptr<SessionSource> create(const QString &url, const Secrets &secrets,
                                                 int pollIntervalMs,
                                                 const std::shared_ptr<const AddressPlaces> &places);
    // create() for an address isStoreUrl() accepts, as the store it is: for what the console and
    // the CLI do with a SessionDesk store beyond the seam (create, upgrade, fill with demo data),
    // so that nothing has to cast a source to find out.
    static std::unique_ptr<SqlSessionSource> createStore(const QString &url, const Secrets &secrets,
                                                         int pollIntervalMs);
};
