#include "models/sources/CertificateTrust.h"

QString CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool CertificateTrust::isTrusted(const QSslCertificate &certificate, const QString &trustedFingerprint)
{
    const QString trusted = trustedFingerprint.trimmed().toUpper();
    return !trusted.isEmpty() && fingerprint(certificate) == trusted;
}

SourceError CertificateTrust::untrusted(const QString &server, const QString &why, const QString &seen,
                                        const QString &detail)
{
    return {SourceError::Code::PermissionDenied,
            tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3; trust it for this "
               "connection only after checking it with the server's administrator.")
                .arg(server, why, seen),
            detail};
}

SourceError CertificateTrust::changed(const QString &server, const QString &trustedFingerprint,
                                      const QString &seen, const QString &detail)
{
    return {
        SourceError::Code::PermissionDenied,
        tr("The certificate of %1 changed: the trusted one has the fingerprint %2, this one %3. SessionDesk "
           "refuses it; check with the server's administrator before trusting the new one.")
            .arg(server, trustedFingerprint.trimmed().toUpper(), seen),
        detail};
}
