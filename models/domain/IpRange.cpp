#include "models/domain/IpRange.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// The address in IPv6 form, IPv4 mapped into ::ffff:0:0/96.
Q_IPV6ADDR asIpv6(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(u"::ffff:"_s + address.toString()).toIPv6Address();
    return address.toIPv6Address();
}

QByteArray bytes(const Q_IPV6ADDR &address)
{
    return QByteArray(reinterpret_cast<const char *>(address.c), 16);
}

// An address in one of its usual forms only: IPv4 as four decimal parts without leading zeros
// (QHostAddress also takes "10.0.0" and "10.1" for 10.0.0.0 and 10.0.0.1, and reads "010" as
// octal 8: none of which anybody means), IPv6 without a scope.
bool readAddress(const QString &text, QHostAddress &address)
{
    if (text.isEmpty() || text.size() > 45)
        return false;
    // The dotted IPv4 part: all of an IPv4 address, the end of an IPv6 one (::ffff:10.0.0.1).
    const QString dotted = text.contains(u'.') ? text.section(u':', -1) : QString();
    if (!dotted.isEmpty() || !text.contains(u':')) {
        const QStringList parts = dotted.isEmpty() ? text.split(u'.') : dotted.split(u'.');
        if (parts.size() != 4 || std::any_of(parts.begin(), parts.end(), [](const QString &part) {
                return part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')) ||
                       std::any_of(part.begin(), part.end(), [](QChar c) { return c < u'0' || c > u'9'; });
            }))
            return false;
    }
    return address.setAddress(text) && address.scopeId().isEmpty() &&
           (address.protocol() == QAbstractSocket::IPv4Protocol ||
            address.protocol() == QAbstractSocket::IPv6Protocol);
}

} // namespace

std::optional<IpRange> IpRange::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return std::nullopt;
    QHostAddress address;
    int prefix = -1;
    if (trimmed.contains(u'/')) {
        const QString length = trimmed.section(u'/', 1);
        bool ok = false;
        prefix = length.toInt(&ok);
        if (!ok || length.startsWith(u'+') || length.startsWith(u'-'))
            return std::nullopt;
        if (!readAddress(trimmed.section(u'/', 0, 0), address))
            return std::nullopt;
    } else if (!readAddress(trimmed, address)) {
        return std::nullopt;
    }
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int bits = v4 ? 32 : 128;
    if (prefix < 0)
        prefix = bits;
    if (prefix > bits)
        return std::nullopt;
    // An IPv4 address in its mapped form with a prefix shorter than the mapping's 96 bits is a
    // range of IPv6 addresses (::ffff:10.0.0.0/8 is ::/8, every IPv4 address among them): surely
    // not what was meant, and refused (refusal() says what to write).
    const Q_IPV6ADDR written = address.toIPv6Address();
    if (!v4 && prefix < 96 && std::all_of(written.c, written.c + 10, [](quint8 b) { return b == 0; }) &&
        written.c[10] == 0xff && written.c[11] == 0xff)
        return std::nullopt;
    IpRange range;
    range.m_prefix = prefix;
    // The first and last addresses of the range, in the 128-bit key space.
    Q_IPV6ADDR first = asIpv6(address);
    Q_IPV6ADDR last = first;
    const int keyPrefix = prefix + (v4 ? 96 : 0);
    for (int bit = keyPrefix; bit < 128; ++bit) {
        const quint8 mask = quint8(0x80 >> (bit % 8));
        first.c[bit / 8] &= quint8(~mask);
        last.c[bit / 8] |= mask;
    }
    range.m_first = bytes(first);
    range.m_last = bytes(last);
    if (v4) {
        quint32 network = 0;
        for (int i = 12; i < 16; ++i)
            network = (network << 8) | first.c[i];
        range.m_network = QHostAddress(network);
    } else {
        range.m_network = QHostAddress(first);
    }
    return range;
}

QString IpRange::refusal(const QString &text)
{
    static const QRegularExpression mapped(u"^\\s*::ffff:(\\d+\\.\\d+\\.\\d+\\.\\d+)/(\\d+)\\s*$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = mapped.match(text);
        match.hasMatch() && match.captured(2).toInt() < 96)
        return tr("'%1' is a range of IPv6 addresses, not of IPv4 ones: for the IPv4 range write %2/%3 "
                  "(or ::ffff:%2/%4).")
            .arg(text, match.captured(1), match.captured(2))
            .arg(96 + match.captured(2).toInt());
    return tr("'%1' is not an IP address or range; write one such as 203.0.113.7, 10.20.0.0/16 or "
              "2001:db8::/32.")
        .arg(text);
}

QByteArray IpRange::key(const QString &address)
{
    QHostAddress parsed;
    if (!readAddress(address.trimmed(), parsed))
        return {};
    return bytes(asIpv6(parsed));
}

bool IpRange::contains(const QString &address) const
{
    const QByteArray k = key(address);
    return !k.isEmpty() && k >= m_first && k <= m_last;
}

std::pair<QString, QString> IpRange::ends() const
{
    const auto address = [](const QByteArray &key) {
        Q_IPV6ADDR bytes;
        std::copy(key.cbegin(), key.cend(), bytes.c);
        const QHostAddress host(bytes);
        bool mapped = false;
        const quint32 v4 = host.toIPv4Address(&mapped);
        return mapped ? QHostAddress(v4).toString() : host.toString();
    };
    return {address(m_first), address(m_last)};
}

QString IpRange::cidr() const
{
    // An IPv6-mapped range of IPv4 addresses is that IPv4 range, as the stores compare them.
    bool mapped = false;
    const quint32 v4 = m_network.toIPv4Address(&mapped);
    if (m_network.protocol() == QAbstractSocket::IPv6Protocol && mapped && m_prefix >= 96)
        return u"%1/%2"_s.arg(QHostAddress(v4).toString()).arg(m_prefix - 96);
    return u"%1/%2"_s.arg(m_network.toString()).arg(m_prefix);
}
