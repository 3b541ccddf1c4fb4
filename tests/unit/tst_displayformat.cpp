#include "models/Translations.h"
#include "models/domain/DisplayFormat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relativeTime_data();
    void relativeTime();
    void place_data();
    void place();
    void exactTime();
    void addressesAsWritten();
    void countryNamesInTheOperatorsLanguage();
};

void tst_DisplayFormat::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void tst_DisplayFormat::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << u"just now"_s;
    QTest::newRow("44s") << qint64(44) << u"just now"_s;
    QTest::newRow("1min") << qint64(60) << u"1 min ago"_s;
    QTest::newRow("59min") << qint64(59 * 60) << u"59 min ago"_s;
    QTest::newRow("1h") << qint64(3600) << u"1 h ago"_s;
    QTest::newRow("23h") << qint64(23 * 3600) << u"23 h ago"_s;
    QTest::newRow("1day") << qint64(86400) << u"1 day ago"_s;
    QTest::newRow("4days") << qint64(4 * 86400) << u"4 days ago"_s;
    QTest::newRow("future 2h") << qint64(-2 * 3600) << u"in 2 h"_s;
    QTest::newRow("future 1day") << qint64(-86400) << u"in 1 day"_s;
    QTest::newRow("future 12days") << qint64(-12 * 86400) << u"in 12 days"_s;
}

void tst_DisplayFormat::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);
    const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(DisplayFormat::relativeTime(now.addSecs(-secondsAgo), now), text);
}

void tst_DisplayFormat::place_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("text");
    QTest::newRow("both") << u"Berlin"_s << u"DE"_s << u"Berlin, Germany"_s;
    QTest::newRow("accents") << u"São Paulo"_s << u"BR"_s << u"São Paulo, Brazil"_s;
    QTest::newRow("country only") << QString() << u"JP"_s << u"Japan"_s;
    QTest::newRow("city only") << u"Atlantis"_s << QString() << u"Atlantis"_s;
    QTest::newRow("unknown code kept") << u"Nowhere"_s << u"QQ"_s << u"Nowhere, QQ"_s;
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void tst_DisplayFormat::place()
{
    QFETCH(QString, city);
    QFETCH(QString, country);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::place(city, country), text);
}

void tst_DisplayFormat::exactTime()
{
    qputenv("TZ", "UTC");
    const QDateTime time(QDate(2026, 11, 21), QTime(14, 3, 12), Qt::UTC);
    QCOMPARE(DisplayFormat::exactTime(time), u"2026-11-21 14:03:12 UTC"_s);
    QCOMPARE(DisplayFormat::exactTime(QDateTime()), u"never"_s);
}

void tst_DisplayFormat::countryNamesInTheOperatorsLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayFormat::countryName(u"DE"_s), u"Deutschland"_s);
    QCOMPARE(DisplayFormat::countryName(u"KR"_s), u"Südkorea"_s);
    QCOMPARE(DisplayFormat::countryName(u"QQ"_s), u"QQ"_s);
    // As applications write them (found by trying: " DE " was shown as "SpaceDE").
    QCOMPARE(DisplayFormat::countryName(u" de "_s), u"Deutschland"_s);
    QCOMPARE(DisplayFormat::place(u"Kiel"_s, u" DE "_s), u"Kiel, Deutschland"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(DisplayFormat::countryName(u"DE"_s), u"Allemagne"_s);
    QLocale::setDefault(before);
}

// IPv6 shortened as it is usually written; IPv4 and IPv6 with an IPv4 part as stored, so that
// nothing reads as another address (found by a helper: 10.0.0.010 showed as 10.0.0.8, and
// 64:ff9b::10.0.0.12 in hex).
void tst_DisplayFormat::addressesAsWritten()
{
    QCOMPARE(DisplayFormat::address(u"2001:0db8:0000:0000:0000:0000:0000:7334"_s), u"2001:db8::7334"_s);
    QCOMPARE(DisplayFormat::address(u"10.0.0.010"_s), u"10.0.0.010"_s);
    QCOMPARE(DisplayFormat::address(u"64:ff9b::10.0.0.12"_s), u"64:ff9b::10.0.0.12"_s);
    QCOMPARE(DisplayFormat::address(u"::ffff:10.0.0.11"_s), u"::ffff:10.0.0.11"_s);
    QCOMPARE(DisplayFormat::address(u"not an address"_s), u"not an address"_s);
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
