#include "models/domain/IpRange.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Addresses and ranges as an operator writes them, compared as addresses: both ends of a range
// are in it, their neighbours are not, IPv4 in its IPv6-mapped form is the same address, and
// what is no address or range is refused.
class tst_IpRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contains_data();
    void contains();
    void refuses_data();
    void refuses();
    void cidrAsPostgresReadsIt_data();
    void cidrAsPostgresReadsIt();
};

void tst_IpRange::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");
    QTest::newRow("first of /16") << u"10.20.0.0/16"_s << u"10.20.0.0"_s << true;
    QTest::newRow("last of /16") << u"10.20.0.0/16"_s << u"10.20.255.255"_s << true;
    QTest::newRow("just before") << u"10.20.0.0/16"_s << u"10.19.255.255"_s << false;
    QTest::newRow("just after") << u"10.20.0.0/16"_s << u"10.21.0.0"_s << false;
    QTest::newRow("not text order") << u"10.2.0.0/16"_s << u"10.20.0.1"_s << false;
    QTest::newRow("mapped inside") << u"10.20.0.0/16"_s << u"::ffff:10.20.3.4"_s << true;
    QTest::newRow("mapped range, IPv4 address") << u"::ffff:10.20.0.0/112"_s << u"10.20.9.9"_s << true;
    QTest::newRow("one address") << u"203.0.113.7"_s << u"203.0.113.7"_s << true;
    QTest::newRow("one address, another") << u"203.0.113.7"_s << u"203.0.113.8"_s << false;
    QTest::newRow("/0 holds every IPv4") << u"0.0.0.0/0"_s << u"255.255.255.255"_s << true;
    QTest::newRow("/0 IPv4 holds no IPv6") << u"0.0.0.0/0"_s << u"2001:db8::1"_s << false;
    QTest::newRow("IPv6 first") << u"2001:db8::/32"_s << u"2001:db8::"_s << true;
    QTest::newRow("IPv6 last, long form")
        << u"2001:db8::/32"_s << u"2001:0DB8:FFFF:ffff:ffff:ffff:ffff:ffff"_s << true;
    QTest::newRow("IPv6 after") << u"2001:db8::/32"_s << u"2001:db9::"_s << false;
    QTest::newRow("IPv6 holds no IPv4") << u"::/0"_s << u"10.0.0.1"_s << true; // mapped: ::ffff:10.0.0.1
    QTest::newRow("no address") << u"10.0.0.0/8"_s << u"not an address"_s << false;
    QTest::newRow("empty") << u"10.0.0.0/8"_s << QString() << false;
    QTest::newRow("shorthand is no address") << u"10.0.0.0/8"_s << u"10.1"_s << false;
    QTest::newRow("leading zero is no address") << u"10.0.0.0/8"_s << u"10.0.0.010"_s << false;
    QTest::newRow("IPv6 leading zeros are hex") << u"2001:db8::/32"_s << u"2001:0db8::0100"_s << true;
}

void tst_IpRange::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    QFETCH(bool, inside);
    const auto parsed = IpRange::parse(range);
    QVERIFY(parsed);
    QCOMPARE(parsed->contains(address), inside);
    const QByteArray key = IpRange::key(address);
    QCOMPARE(!key.isEmpty() && key >= parsed->firstKey() && key <= parsed->lastKey(), inside);
}

void tst_IpRange::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix too long, IPv4") << u"10.0.0.0/33"_s;
    QTest::newRow("prefix too long, IPv6") << u"2001:db8::/129"_s;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s;
    QTest::newRow("plus prefix") << u"10.0.0.0/+8"_s;
    QTest::newRow("no prefix after the slash") << u"10.0.0.0/"_s;
    QTest::newRow("host name") << u"example.com"_s;
    QTest::newRow("three parts") << u"10.0.0/8"_s;
    QTest::newRow("octet past 255") << u"10.0.0.256"_s;
    QTest::newRow("scoped") << u"fe80::1%eth0"_s;
    QTest::newRow("huge") << QString(5000, u'1');
    // Read as octal by some (010 is 8): no address at all.
    QTest::newRow("leading zero") << u"10.0.0.010"_s;
    QTest::newRow("leading zero, mapped") << u"::ffff:010.0.0.1"_s;
    // ::/8, every IPv4 address and more: not the IPv4 /8 it looks like.
    QTest::newRow("mapped with an IPv4 prefix") << u"::ffff:10.0.0.0/8"_s;
}

void tst_IpRange::refuses()
{
    QFETCH(QString, text);
    QVERIFY(!IpRange::parse(text));
    if (!text.isEmpty() && text.size() < 100)
        QVERIFY(IpRange::refusal(text).contains(text));
    if (text == u"::ffff:10.0.0.0/8")
        QVERIFY2(IpRange::refusal(text).contains(u"write 10.0.0.0/8 (or ::ffff:10.0.0.0/104)"_s),
                 qPrintable(IpRange::refusal(text)));
}

void tst_IpRange::cidrAsPostgresReadsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("host bits cleared")
        << u"10.20.77.1/16"_s << u"10.20.0.0/16"_s << u"10.20.0.0"_s << u"10.20.255.255"_s;
    QTest::newRow("one address") << u" 203.0.113.7 "_s << u"203.0.113.7/32"_s << u"203.0.113.7"_s
                                 << u"203.0.113.7"_s;
    QTest::newRow("IPv6") << u"2001:DB8:0:0:1::/64"_s << u"2001:db8::/64"_s << u"2001:db8::"_s
                          << u"2001:db8::ffff:ffff:ffff:ffff"_s;
    QTest::newRow("mapped is IPv4") << u"::ffff:10.20.0.0/112"_s << u"10.20.0.0/16"_s << u"10.20.0.0"_s
                                    << u"10.20.255.255"_s;
}

void tst_IpRange::cidrAsPostgresReadsIt()
{
    QFETCH(QString, text);
    QFETCH(QString, cidr);
    const auto parsed = IpRange::parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->cidr(), cidr);
    // Its ends, which PostgreSQL compares the hosts sessiondesk_inet gives with.
    QFETCH(QString, first);
    QFETCH(QString, last);
    QCOMPARE(parsed->ends(), std::pair(first, last));
}

QTEST_APPLESS_MAIN(tst_IpRange)
#include "tst_iprange.moc"
