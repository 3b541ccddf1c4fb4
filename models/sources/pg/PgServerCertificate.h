#pragma once

#include "models/sources/Result.h"
#include "models/sources/pg/PgConnection.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSslCertificate>

#include <functional>

class QObject;

// The certificate a PostgreSQL server shows in its TLS handshake (after its protocol's
// SSLRequest), read without verifying it: to show its fingerprint before the user trusts it, and to
// pin a trusted one. libpq verifies by CA files only, so a pinned server is reached with
// sslmode=verify-ca against a file holding exactly the trusted certificate: libpq then refuses any
// other. Certificates are public; the file is in the temporary directory.
class PgServerCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(PgServerCertificate)

public:
    // Answers on context's thread; fails for a socket directory (no TLS there), a server that
    // offers no TLS, or no answer within ten seconds.
    static QFuture<Result<QSslCertificate>> fetch(const QString &host, int port, QObject *context);
    // connection, verifying against shown once it is the trusted one (by SHA-256 fingerprint);
    // refused, naming both fingerprints, when the server shows another.
    static Result<PgConnection> pin(PgConnection connection, const QSslCertificate &shown,
                                    const QString &trustedFingerprint);
    // Reads the server's certificate and pins connection to it when it is the trusted one; seen is
    // the fingerprint the server showed (empty when it could not be read). Without a trusted
    // fingerprint, answers with connection as it is, at once.
    static void trust(const PgConnection &connection, const QString &trustedFingerprint, QObject *context,
                      std::function<void(const Result<PgConnection> &pinned, const QString &seen)> then);
    // When libpq refused the connection over the server's certificate, the sentence that says so
    // with the certificate's fingerprint, to check before trusting it; other errors as they are.
    static void explain(const PgConnection &connection, const SourceError &error, QObject *context,
                        std::function<void(const SourceError &explained, const QString &seen)> then);
};
