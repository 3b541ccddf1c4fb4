#pragma once

#include "models/sources/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

// JSON over HTTP for the REST sources. Every answer is checked before it is handed on: HTTP status,
// content type, size (capped) and JSON syntax, each failure turned into one clear sentence that
// names the server. 429 and 5xx answers are retried with backoff (Retry-After honoured). The bearer
// token is sent but never logged; only method, path and status are.
class RestClient final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30'000;                 // per attempt, from the request to the last byte
        qint64 maxBodyBytes = 16 * 1024 * 1024; // larger answers are refused, not read
        int retries = 3;                        // further attempts after a 429 or 5xx
        int backoffMs = 500;                    // before the first retry; doubles each time
        int maxWaitMs = 60'000;                 // the longest Retry-After honoured
        // A certificate the system does not trust (self-signed), trusted for this server by its
        // SHA-256 fingerprint (hex pairs with colons); any other certificate is refused.
        QString trustedCertificate;
    };

    struct Reply
    {
        int status = 0;
        QJsonDocument json; // null for an empty body
        QList<QNetworkReply::RawHeaderPair> headers;

        // The value of a header (name in any case), empty when absent.
        QByteArray header(const QByteArray &name) const;
    };

    // Refuses plain HTTP to anything but this computer (the loopback): an administrator's password
    // or client secret would cross the network unencrypted. text is the address as written.
    static std::optional<SourceError> refusePlainHttp(const QUrl &base, const QString &text);

    // base: scheme, host, port and path prefix; serverName: how messages name the server
    // ("better-auth at 127.0.0.1:3000").
    RestClient(const QUrl &base, const QString &serverName, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Sent as "Authorization: Bearer …" from now on; empty to stop.
    void setBearerToken(const QByteArray &token) { m_token = token; }
    QString serverName() const { return m_serverName; }
    // The fingerprint of the last certificate refused as untrusted, to show before trusting it.
    QString refusedCertificate() const { return m_refusedCertificate; }

    QFuture<Result<Reply>> get(const QString &path, const QUrlQuery &query = {});
    QFuture<Result<Reply>> post(const QString &path, const QJsonObject &body);
    // An HTML form (application/x-www-form-urlencoded), as OAuth token endpoints take it.
    QFuture<Result<Reply>> postForm(const QString &path, const QUrlQuery &form);
    QFuture<Result<Reply>> put(const QString &path, const QJsonObject &body);
    QFuture<Result<Reply>> remove(const QString &path);

private:
    struct Call;
    QFuture<Result<Reply>> start(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                 const QByteArray &body, const QByteArray &contentType);
    void send(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    // Retries a 429 or 5xx while attempts remain; true when it did.
    bool retryLater(const std::shared_ptr<Call> &call, int status, const QByteArray &retryAfter);
    SourceError httpError(int status, const QJsonDocument &json) const;

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_serverName;
    QString m_refusedCertificate;
    QByteArray m_token;
    Options m_options;
};
