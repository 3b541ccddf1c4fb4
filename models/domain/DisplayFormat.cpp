#include "models/domain/DisplayFormat.h"

#include "models/domain/UserAgent.h"

#include <QHostAddress>
#include <QLocale>

#include <unicode/uloc.h>

using namespace Qt::Literals::StringLiterals;

QString DisplayFormat::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return tr("never");
    const qint64 seconds = time.secsTo(now);
    const qint64 magnitude = qAbs(seconds);
    const bool future = seconds < 0;
    if (magnitude < 45)
        return future ? tr("in a moment") : tr("just now");
    if (magnitude < 3600) {
        const int minutes = int(qMax<qint64>(1, (magnitude + 30) / 60));
        return future ? tr("in %Ln min", nullptr, minutes) : tr("%Ln min ago", nullptr, minutes);
    }
    if (magnitude < 86400) {
        const int hours = int((magnitude + 1800) / 3600);
        return future ? tr("in %Ln h", nullptr, hours) : tr("%Ln h ago", nullptr, hours);
    }
    if (magnitude < 30 * 86400) {
        const int days = int((magnitude + 43200) / 86400);
        return future ? tr("in %Ln day(s)", nullptr, days) : tr("%Ln day(s) ago", nullptr, days);
    }
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayFormat::exactTime(const QDateTime &time)
{
    if (!time.isValid())
        return tr("never");
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s);
}

QString DisplayFormat::device(const QString &userAgent)
{
    const UserAgent agent = UserAgent::parse(userAgent);
    return tr("%1 · %2").arg(UserAgent::deviceTypeText(agent.deviceType()), agent.summary());
}

QString DisplayFormat::address(const QString &ip)
{
    // IPv4, and IPv6 with an IPv4 part (::ffff:10.0.0.1, 64:ff9b::10.0.0.12), stay as stored:
    // rewritten they would read as another address (010 as octal) or in hex.
    if (ip.contains(u'.') || !ip.contains(u':'))
        return ip;
    const QHostAddress address(ip);
    return address.isNull() ? ip : address.toString();
}

QString DisplayFormat::hourRange(const QDateTime &start)
{
    const QDateTime local = start.toLocalTime();
    const QLocale locale;
    return tr("%1, %2–%3")
        .arg(locale.toString(local.date(), QLocale::ShortFormat),
             locale.toString(local.time(), QLocale::ShortFormat),
             locale.toString(local.addSecs(3600).time(), QLocale::ShortFormat));
}

QString DisplayFormat::place(const QString &city, const QString &countryCode)
{
    const QString country = countryName(countryCode);
    if (city.isEmpty())
        return country;
    if (country.isEmpty())
        return city;
    return tr("%1, %2", "city, country").arg(city, country);
}

QString DisplayFormat::placeToolTip(const Origin &origin)
{
    const QString where = place(origin.city, origin.country);
    if (where.isEmpty() || !origin.placeFromAddress)
        return where;
    return tr("%1\nFound from the address %2 in a place database: the place of the address's network, "
              "not of the device.")
        .arg(where, address(origin.ip));
}

QString DisplayFormat::networkToolTip(const Origin &origin)
{
    if (origin.asn == 0)
        return {};
    return tr("AS%1 %2, the network of %3").arg(origin.asn).arg(origin.network, address(origin.ip));
}

QString DisplayFormat::countryName(const QString &countryCode)
{
    // Stores write "de" or " DE " too: the same country.
    const QString code = countryCode.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    // ICU's name in the language of the current locale; Qt's own names are English only.
    const QByteArray territory = "und_" + code.toLatin1();
    const QByteArray language = QLocale().name().toLatin1();
    UChar name[96];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayCountry(territory.constData(), language.constData(), name,
                                                  int32_t(std::size(name)), &status);
    if (U_FAILURE(status) || length <= 0)
        return code;
    return QString(reinterpret_cast<const QChar *>(name), length);
}

QString DisplayFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DisplayFormat::sessions(qint64 n)
{
    return tr("%Ln session(s)", nullptr, int(n));
}

QString DisplayFormat::users(qint64 n)
{
    return tr("%Ln user(s)", nullptr, int(n));
}

QString DisplayFormat::loginEvents(qint64 n)
{
    return tr("%Ln login event(s)", nullptr, int(n));
}
