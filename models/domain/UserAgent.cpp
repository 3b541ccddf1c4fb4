#include "models/domain/UserAgent.h"

#include <QRegularExpression>

#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

QString capture(const QString &text, const QRegularExpression &re)
{
    const auto match = re.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString dotted(QString version)
{
    return version.replace(u'_', u'.');
}

QString parseOs(const QString &ua)
{
    static const QRegularExpression windows(u"Windows NT (\\d{1,4}(?!\\d)\\.\\d{1,4}(?!\\d))"_s);
    static const QRegularExpression ipad(u"iPad.*CPU OS (\\d{1,4}(?!\\d)(?:_\\d{1,4}(?!\\d))?)"_s);
    static const QRegularExpression iphone(u"iPhone OS (\\d{1,4}(?!\\d)(?:_\\d{1,4}(?!\\d))?)"_s);
    static const QRegularExpression android(u"Android (\\d{1,4}(?!\\d)(?:\\.\\d{1,4}(?!\\d))?)"_s);

    if (const auto nt = capture(ua, windows); !nt.isEmpty()) {
        if (nt == u"10.0")
            return u"Windows"_s; // Windows 10 and 11 both report NT 10.0
        if (nt == u"6.3")
            return u"Windows 8.1"_s;
        if (nt == u"6.1")
            return u"Windows 7"_s;
        return u"Windows NT "_s + nt;
    }
    if (const auto v = capture(ua, ipad); !v.isEmpty())
        return u"iPadOS "_s + dotted(v);
    if (const auto v = capture(ua, iphone); !v.isEmpty())
        return u"iOS "_s + dotted(v);
    if (const auto v = capture(ua, android); !v.isEmpty())
        return u"Android "_s + v;
    if (ua.contains(u"CrOS"))
        return u"ChromeOS"_s;
    if (ua.contains(u"Macintosh") || ua.contains(u"Mac OS X"))
        return u"macOS"_s;
    if (ua.contains(u"Ubuntu"))
        return u"Ubuntu"_s;
    if (ua.contains(u"Linux") || ua.contains(u"X11"))
        return u"Linux"_s;
    return {};
}

// The browser's name and major version; empty when unknown.
std::pair<QString, QString> parseBrowser(const QString &ua)
{
    // Order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari".
    static const struct
    {
        QRegularExpression re;
        QString name;
    } browsers[] = {
        {QRegularExpression(u"Edg(?:e|A|iOS)?/(\\d{1,4}(?!\\d))"_s), u"Edge"_s},
        {QRegularExpression(u"OPR/(\\d{1,4}(?!\\d))"_s), u"Opera"_s},
        {QRegularExpression(u"SamsungBrowser/(\\d{1,4}(?!\\d))"_s), u"Samsung Internet"_s},
        {QRegularExpression(u"(?:Firefox|FxiOS)/(\\d{1,4}(?!\\d))"_s), u"Firefox"_s},
        {QRegularExpression(u"CriOS/(\\d{1,4}(?!\\d))"_s), u"Chrome"_s},
        {QRegularExpression(u"Chrome/(\\d{1,4}(?!\\d))"_s), u"Chrome"_s},
        {QRegularExpression(u"Version/(\\d{1,4}(?!\\d)(?:\\.\\d{1,4}(?!\\d))?).*Safari/"_s), u"Safari"_s},
        {QRegularExpression(u"^curl/(\\d{1,4}(?!\\d))"_s), u"curl"_s},
        {QRegularExpression(u"^okhttp/(\\d{1,4}(?!\\d))"_s), u"okhttp"_s},
    };
    for (const auto &browser : browsers) {
        if (const auto version = capture(ua, browser.re); !version.isEmpty())
            return {browser.name, version};
    }
    return {};
}

} // namespace

UserAgent UserAgent::parse(const QString &header)
{
    UserAgent result;
    if (header.trimmed().isEmpty())
        return result;
    result.m_os = parseOs(header);
    std::tie(result.m_browserName, result.m_browserVersion) = parseBrowser(header);
    if (header.contains(u"iPad") || header.contains(u"Tablet") ||
        (header.contains(u"Android") && !header.contains(u"Mobile")))
        result.m_deviceType = DeviceType::Tablet;
    else if (header.contains(u"Mobile") || header.contains(u"iPhone"))
        result.m_deviceType = DeviceType::Phone;
    else if (!result.m_os.isEmpty())
        result.m_deviceType = DeviceType::Desktop;
    return result;
}

QString UserAgent::summary() const
{
    if (browser().isEmpty() && m_os.isEmpty())
        return tr("Unknown client");
    if (m_os.isEmpty())
        return browser();
    if (browser().isEmpty())
        return m_os;
    return tr("%1 on %2").arg(browser(), m_os);
}

QString UserAgent::deviceTypeText(DeviceType type)
{
    switch (type) {
    case DeviceType::Unknown:
        return tr("Unknown device");
    case DeviceType::Desktop:
        return tr("Desktop");
    case DeviceType::Phone:
        return tr("Phone");
    case DeviceType::Tablet:
        return tr("Tablet");
    }
    Q_UNREACHABLE();
}
