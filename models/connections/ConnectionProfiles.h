#pragma once

#include "models/sources/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A saved connection: a name and the address of any source SourceFactory knows, as
// --connect takes it (host, port, database, user, TLS options in its query). Never a secret.
struct ConnectionProfile
{
    QString name;
    QString url;
    // A certificate the system does not trust, trusted for this connection by its SHA-256
    // fingerprint after the user checked it; empty: only what the system trusts.
    QString trustedCertificate;

    bool operator==(const ConnectionProfile &) const = default;
};

// The saved connections, in the user's settings (QSettings, shared by the console and the CLI).
// Their passwords and tokens live in the system keychain under secretKey(name) (SecretStore).
class ConnectionProfiles final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)

public:
    static QList<ConnectionProfile> all();
    static std::optional<ConnectionProfile> find(const QString &name);
    // Adds or replaces the profile; refuses an empty or unusable name and an address that
    // --connect would refuse (a password in it among them).
    static Result<ConnectionProfile> save(const ConnectionProfile &profile);
    static void remove(const QString &name);
    static QString secretKey(const QString &name);
};
