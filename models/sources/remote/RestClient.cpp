#include "models/sources/remote/RestClient.h"

#include "models/Logging.h"
#include "models/sources/CertificateTrust.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

struct RestClient::Call
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    int attempt = 0;
    QPromise<Result<Reply>> promise;
};

QByteArray RestClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<SourceError> RestClient::refusePlainHttp(const QUrl &base, const QString &text)
{
    if (base.scheme() != u"http")
        return std::nullopt;
    const QString host = base.host();
    const QHostAddress address(host);
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
        return std::nullopt;
    return SourceError{
        SourceError::Code::InvalidInput,
        tr("Plain HTTP is only for a server on this computer (localhost, 127.0.0.1, ::1): to %1 "
           "the administrator's password would travel unencrypted. Use https.")
            .arg(host),
        text};
}

RestClient::RestClient(const QUrl &base, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_serverName(serverName)
{
    m_network.setAutoDeleteReplies(true);
}

QFuture<Result<RestClient::Reply>> RestClient::start(const QByteArray &method, const QString &path,
                                                     const QUrlQuery &query, const QByteArray &body,
                                                     const QByteArray &contentType)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->path = path;
    call->query = query;
    call->body = body;
    call->contentType = contentType;
    call->promise.start();
    auto future = call->promise.future();
    send(call);
    return future;
}

QFuture<Result<RestClient::Reply>> RestClient::get(const QString &path, const QUrlQuery &query)
{
    return start("GET", path, query, {}, {});
}

QFuture<Result<RestClient::Reply>> RestClient::post(const QString &path, const QJsonObject &body)
{
    return start("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

QFuture<Result<RestClient::Reply>> RestClient::postForm(const QString &path, const QUrlQuery &form)
{
    return start("POST", path, {}, form.toString(QUrl::FullyEncoded).toUtf8(),
                 "application/x-www-form-urlencoded");
}

QFuture<Result<RestClient::Reply>> RestClient::put(const QString &path, const QJsonObject &body)
{
    return start("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

QFuture<Result<RestClient::Reply>> RestClient::remove(const QString &path)
{
    return start("DELETE", path, {}, {}, {});
}

void RestClient::send(const std::shared_ptr<Call> &call)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + call->path);
    url.setQuery(call->query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    // The bearer token authenticates; cookies are neither kept nor sent (a cookie would also make
    // servers such as better-auth demand a browser's Origin header).
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    // Named, so that the server's own session lists say which sessions are SessionDesk's.
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"SessionDesk/%1"_s.arg(QCoreApplication::applicationVersion()));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!call->contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(call->contentType));
    QNetworkReply *reply = call->method == "GET"
                               ? m_network.get(request)
                               : m_network.sendCustomRequest(request, call->method, call->body);

    // Refuse what is too large as soon as it shows, before it is all read into memory.
    const qint64 cap = m_options.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            reply->setProperty("sessiondesk.tooLarge", true);
            reply->abort();
        }
    });
    // TLS verification stays on; a certificate it rejects passes only when it is the one trusted
    // for this server by fingerprint, and only for the errors a self-signed one causes.
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate shown = reply->sslConfiguration().peerCertificate();
        if (CertificateTrust::isTrusted(shown, m_options.trustedCertificate)) {
            reply->ignoreSslErrors(errors);
            return;
        }
        m_refusedCertificate = CertificateTrust::fingerprint(shown);
        QStringList why;
        for (const QSslError &error : errors)
            why << error.errorString();
        reply->setProperty("sessiondesk.certificate", why.join(u"; "_s));
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void RestClient::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcRest) << call->method << call->path << "->" << status << reply->error();
    const auto fail = [&call](SourceError error) {
        call->promise.addResult(Result<Reply>(std::move(error)));
        call->promise.finish();
    };
    const QString detail =
        u"%1 %2: %3"_s.arg(QString::fromLatin1(call->method), call->path, reply->errorString());

    if (reply->property("sessiondesk.tooLarge").toBool()) {
        return fail({SourceError::Code::Failed,
                     tr("%1 sent an answer larger than %2 MiB; SessionDesk did not read it.")
                         .arg(m_serverName)
                         .arg(m_options.maxBodyBytes / (1024 * 1024)),
                     detail});
    }
    if (const QString why = reply->property("sessiondesk.certificate").toString(); !why.isEmpty()) {
        return fail(m_options.trustedCertificate.trimmed().isEmpty()
                        ? CertificateTrust::untrusted(m_serverName, why, m_refusedCertificate, detail)
                        : CertificateTrust::changed(m_serverName, m_options.trustedCertificate,
                                                    m_refusedCertificate, detail));
    }
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            if (retryLater(call, 504, {}))
                return;
            return fail(
                {SourceError::Code::Failed,
                 tr("%1 did not answer within %Ln second(s).", nullptr, (m_options.timeoutMs + 999) / 1000)
                     .arg(m_serverName),
                 detail});
        }
        // OpenSSL's words ("error:0A00010B:SSL routines::wrong version number") for what the
        // operator can fix: an https address of a server that speaks plain HTTP.
        if (reply->error() == QNetworkReply::SslHandshakeFailedError &&
            reply->errorString().contains(u"wrong version number"_s))
            return fail(
                {SourceError::Code::Failed,
                 tr("%1 does not speak HTTPS on that port; if it is a plain HTTP server on this computer, "
                    "write http instead of https in the address.")
                     .arg(m_serverName),
                 detail});
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            return fail({SourceError::Code::Failed,
                         tr("The secure connection to %1 could not be set up (%2).")
                             .arg(m_serverName, reply->errorString()),
                         detail});
        return fail({SourceError::Code::Failed,
                     tr("Cannot reach %1: %2.").arg(m_serverName, reply->errorString()), detail});
    }

    const QByteArray body = reply->readAll();
    const QByteArray length = reply->rawHeader("Content-Length");
    if (reply->error() == QNetworkReply::RemoteHostClosedError ||
        (!length.isEmpty() && length.toLongLong() > body.size())) {
        return fail({SourceError::Code::Failed,
                     tr("%1 closed the connection before its whole answer arrived (%2 of %3 bytes).")
                         .arg(m_serverName)
                         .arg(body.size())
                         .arg(length.isEmpty() ? tr("unknown") : QString::fromLatin1(length)),
                     detail});
    }

    Reply answer;
    answer.status = status;
    answer.headers = reply->rawHeaderPairs();
    if (!body.isEmpty()) {
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (!type.startsWith("application/json")) {
            if (status >= 400 && retryLater(call, status, reply->rawHeader("Retry-After")))
                return;
            return fail({SourceError::Code::Failed,
                         status >= 400
                             ? tr("%1 answered HTTP %2 with %3 instead of JSON.")
                                   .arg(m_serverName)
                                   .arg(status)
                                   .arg(type.isEmpty() ? tr("no content type") : QString::fromLatin1(type))
                             : tr("%1 answered with %2 instead of JSON.")
                                   .arg(m_serverName,
                                        type.isEmpty() ? tr("no content type") : QString::fromLatin1(type)),
                         detail});
        }
        QJsonParseError parseError;
        answer.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail({SourceError::Code::Failed,
                         tr("%1 sent malformed JSON (%2 at byte %3).")
                             .arg(m_serverName, parseError.errorString())
                             .arg(parseError.offset),
                         detail});
        }
    }
    if (status >= 400) {
        if (retryLater(call, status, reply->rawHeader("Retry-After")))
            return;
        return fail(httpError(status, answer.json));
    }
    call->promise.addResult(Result<Reply>(std::move(answer)));
    call->promise.finish();
}

bool RestClient::retryLater(const std::shared_ptr<Call> &call, int status, const QByteArray &retryAfter)
{
    if ((status != 429 && status < 500) || call->attempt >= m_options.retries)
        return false;
    int waitMs = m_options.backoffMs << call->attempt;
    bool seconds = false;
    const int asked = retryAfter.trimmed().toInt(&seconds);
    if (seconds && asked >= 0) // a number of seconds, however large the server's
        waitMs = int(std::min<qint64>(qint64(asked) * 1000, std::numeric_limits<int>::max()));
    if (waitMs > m_options.maxWaitMs)
        return false;
    ++call->attempt;
    qCInfo(lcRest) << call->method << call->path << "answered" << status << "- retrying in" << waitMs << "ms";
    QTimer::singleShot(waitMs, this, [this, call] { send(call); });
    return true;
}

SourceError RestClient::httpError(int status, const QJsonDocument &json) const
{
    // better-auth says "message"; Keycloak "errorMessage", or OAuth's "error_description" and "error".
    const QJsonObject object = json.object();
    QString message;
    for (const auto key : {u"message", u"errorMessage", u"error_description", u"error"}) {
        message = object.value(key).toString();
        if (!message.isEmpty())
            break;
    }
    const QString code = object.value(u"code").toString();
    const QString said =
        message.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1: %2").arg(status).arg(message);
    const QString detail = code.isEmpty() ? said : said + u" ("_s + code + u')';
    switch (status) {
    case 400:
        return {SourceError::Code::InvalidInput, tr("%1 refused the request (%2).").arg(m_serverName, said),
                detail};
    case 401:
        return {SourceError::Code::SignInRefused,
                tr("%1 did not accept the credentials (HTTP 401); sign in again.").arg(m_serverName), detail};
    case 403:
        return {SourceError::Code::PermissionDenied,
                tr("%1 does not allow this account to do that (%2).").arg(m_serverName, said), detail};
    case 404:
        return {SourceError::Code::NotFound, tr("%1 knows no such thing (%2).").arg(m_serverName, said),
                detail};
    case 429:
        return {SourceError::Code::RateLimited,
                tr("%1 is still asking to slow down (HTTP 429) after %Ln attempt(s); try again later.",
                   nullptr, m_options.retries + 1)
                    .arg(m_serverName),
                detail};
    default:
        if (status >= 500) {
            return {SourceError::Code::Failed,
                    tr("%1 failed (%2), also after %Ln attempt(s).", nullptr, m_options.retries + 1)
                        .arg(m_serverName, said),
                    detail};
        }
        return {SourceError::Code::Failed, tr("%1 answered %2.").arg(m_serverName, said), detail};
    }
}
