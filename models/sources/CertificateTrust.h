#pragma once

#include "models/sources/SourceError.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>

// Trusting a TLS certificate the system does not trust (a self-signed server), explicitly and by
// its SHA-256 fingerprint, the same way for every server SessionDesk reaches: HTTPS APIs and
// PostgreSQL. server names the server in messages ("better-auth at auth.example:443").
class CertificateTrust final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateTrust)

public:
    // Hex pairs with colons, upper case: as `openssl x509 -fingerprint -sha256` shows it.
    static QString fingerprint(const QSslCertificate &certificate);
    // Whether certificate is the one trusted by fingerprint; an empty fingerprint trusts none.
    static bool isTrusted(const QSslCertificate &certificate, const QString &trustedFingerprint);
    // A certificate refused for why, named by its fingerprint to check before trusting it.
    static SourceError untrusted(const QString &server, const QString &why, const QString &seen,
                                 const QString &detail = {});
    // A server showing another certificate than the one trusted.
    static SourceError changed(const QString &server, const QString &trustedFingerprint, const QString &seen,
                               const QString &detail = {});
};
