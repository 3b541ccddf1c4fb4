#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

// An IP address or a CIDR range, IPv4 or IPv6, as an operator writes it to filter by
// ("203.0.113.7", "10.20.0.0/16", "2001:db8::/32"). Addresses are compared as addresses, not as
// text: a range is the span of 16-byte keys from its first address to its last, IPv4 addresses
// taking the IPv4-mapped form (::ffff:a.b.c.d), so that one ordering serves both families.
class IpRange final
{
    Q_DECLARE_TR_FUNCTIONS(IpRange)

public:
    // The range text names; none for anything else (a host name, a prefix beyond the family's
    // length, bits set past the prefix are allowed and ignored: "10.20.3.4/16" is 10.20.0.0/16).
    static std::optional<IpRange> parse(const QString &text);
    // Why text is not an address or range, in one sentence naming it.
    static QString refusal(const QString &text);

    // The 16-byte key of an address as a source stores it ("::ffff:203.0.113.7" and
    // "203.0.113.7" are the same key); empty for text that is no address.
    static QByteArray key(const QString &address);

    QByteArray firstKey() const { return m_first; }
    QByteArray lastKey() const { return m_last; }
    bool contains(const QString &address) const;
    // The range as PostgreSQL's cidr reads it, its host bits cleared: "10.20.0.0/16".
    QString cidr() const;
    // Its first and last addresses in the family cidr() has: "10.20.0.0" and "10.20.255.255".
    std::pair<QString, QString> ends() const;

private:
    QHostAddress m_network;
    int m_prefix = 0;
    QByteArray m_first;
    QByteArray m_last;
};
