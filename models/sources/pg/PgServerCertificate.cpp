#include "models/sources/pg/PgServerCertificate.h"

#include "models/sources/CertificateTrust.h"
#include "models/sources/Futures.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QSslSocket>
#include <QTimer>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace {

QString serverName(const PgConnection &connection)
{
    return PgServerCertificate::tr("PostgreSQL at %1:%2").arg(connection.host).arg(connection.port);
}

} // namespace

QFuture<Result<QSslCertificate>> PgServerCertificate::fetch(const QString &host, int port, QObject *context)
{
    auto promise = Futures::started<QSslCertificate>();
    if (host.startsWith(u'/')) {
        Futures::settle(*promise, Result<QSslCertificate>(SourceError{
                                      SourceError::Code::InvalidInput,
                                      tr("A connection over the local socket %1 uses no TLS.").arg(host),
                                      {}}));
        return promise->future();
    }
    auto *socket = new QSslSocket(context);
    socket->setPeerVerifyMode(QSslSocket::QueryPeer); // read the certificate, do not judge it here
    auto settled = std::make_shared<bool>(false);
    const auto finish = [socket, promise, settled](Result<QSslCertificate> result) {
        if (*settled)
            return;
        *settled = true;
        Futures::settle(*promise, std::move(result));
        socket->abort();
        socket->deleteLater();
    };
    const auto fail = [finish, host, port](const QString &why) {
        finish(SourceError{
            SourceError::Code::Failed,
            tr("Cannot read the certificate of PostgreSQL at %1:%2: %3.").arg(host).arg(port).arg(why),
            {}});
    };
    QObject::connect(socket, &QSslSocket::connected, socket, [socket] {
        // SSLRequest: length 8, code 80877103.
        QByteArray request(8, '\0');
        qToBigEndian<qint32>(8, request.data());
        qToBigEndian<qint32>(80877103, request.data() + 4);
        socket->write(request);
    });
    QObject::connect(socket, &QSslSocket::readyRead, socket, [socket, fail] {
        if (socket->mode() != QSslSocket::UnencryptedMode)
            return;
        char answer = 0;
        socket->read(&answer, 1);
        if (answer != 'S')
            return fail(tr("the server offers no TLS"));
        socket->startClientEncryption();
    });
    QObject::connect(socket, &QSslSocket::encrypted, socket,
                     [socket, finish] { finish(Result<QSslCertificate>(socket->peerCertificate())); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket,
                     [socket, fail](QAbstractSocket::SocketError) { fail(socket->errorString()); });
    QTimer::singleShot(10'000, socket, [fail] { fail(tr("no answer within ten seconds")); });
    socket->connectToHost(host, quint16(port));
    return promise->future();
}

Result<PgConnection> PgServerCertificate::pin(PgConnection connection, const QSslCertificate &shown,
                                              const QString &trustedFingerprint)
{
    const QString seen = CertificateTrust::fingerprint(shown);
    if (!CertificateTrust::isTrusted(shown, trustedFingerprint))
        return CertificateTrust::changed(serverName(connection), trustedFingerprint, seen);
    const QString dir = QDir::tempPath() + u"/sessiondesk-certificates"_s;
    QDir().mkpath(dir);
    QFile file(dir + u'/' + QString(seen).remove(u':') + u".pem"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(shown.toPem()) < 0)
        return SourceError{
            SourceError::Code::Failed,
            tr("Cannot write the trusted certificate to %1: %2.").arg(file.fileName(), file.errorString()),
            {}};
    connection.sslMode = u"verify-ca"_s;
    connection.caFile = file.fileName();
    return connection;
}

void PgServerCertificate::trust(const PgConnection &connection, const QString &trustedFingerprint,
                                QObject *context,
                                std::function<void(const Result<PgConnection> &, const QString &)> then)
{
    if (trustedFingerprint.trimmed().isEmpty())
        return then(connection, QString());
    Futures::onResult(fetch(connection.host, connection.port, context), context,
                      [connection, trustedFingerprint, then](const Result<QSslCertificate> &shown) {
                          if (!shown.ok())
                              return then(Result<PgConnection>(shown.error()), QString());
                          then(pin(connection, shown.value(), trustedFingerprint),
                               CertificateTrust::fingerprint(shown.value()));
                      });
}

void PgServerCertificate::explain(const PgConnection &connection, const SourceError &error, QObject *context,
                                  std::function<void(const SourceError &, const QString &)> then)
{
    // libpq says why; the server's certificate says what the user would trust.
    if (!error.text.contains(u"certificate"_s, Qt::CaseInsensitive) || connection.host.startsWith(u'/'))
        return then(error, QString());
    Futures::onResult(
        fetch(connection.host, connection.port, context), context,
        [connection, error, then](const Result<QSslCertificate> &shown) {
            if (!shown.ok())
                return then(error, QString());
            const QString seen = CertificateTrust::fingerprint(shown.value());
            then(CertificateTrust::untrusted(serverName(connection), error.text, seen, error.detail), seen);
        });
}
