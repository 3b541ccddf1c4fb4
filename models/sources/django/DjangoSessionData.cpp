#include "models/sources/django/DjangoSessionData.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype maxInflated = 1 << 20;

// zlib's stream inflated, or nothing when it is damaged or would grow past maxInflated.
QByteArray inflated(const QByteArray &compressed)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray out;
    int status = Z_OK;
    char chunk[16384];
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > maxInflated || (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0))
            break;
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

QString userIn(const QByteArray &json)
{
    const QJsonValue user = QJsonDocument::fromJson(json).object().value(u"_auth_user_id");
    if (user.isString())
        return user.toString();
    if (user.isDouble())
        return QString::number(qint64(user.toDouble()));
    return {};
}

} // namespace

QString DjangoSessionData::userOf(const QString &sessionData)
{
    const QString data = sessionData.trimmed();
    if (data.contains(u':')) {
        // Signed: the payload before the timestamp and signature.
        QString payload = data.section(u':', 0, 0);
        const bool compressed = payload.startsWith(u'.');
        if (compressed)
            payload.remove(0, 1);
        const auto decoded = QByteArray::fromBase64Encoding(
            payload.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                    QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const QString user = userIn(compressed ? inflated(*decoded) : *decoded);
            if (!user.isEmpty())
                return user;
        }
    }
    // The format before Django 3.1: BASE64(HASH:JSON).
    const auto legacy =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!legacy)
        return {};
    const qsizetype colon = legacy.decoded.indexOf(':');
    return colon < 0 ? QString() : userIn(legacy.decoded.mid(colon + 1));
}
