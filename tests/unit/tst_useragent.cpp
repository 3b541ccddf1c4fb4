#include "models/domain/UserAgent.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_UserAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void summary_data();
    void summary();
};

void tst_UserAgent::parse_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<UserAgent::DeviceType>("device");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("browser");

    using D = UserAgent::DeviceType;
    QTest::newRow("chrome-windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"_s
        << D::Desktop << u"Windows"_s << u"Chrome 124"_s;
    QTest::newRow("edge-windows")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51"_s
        << D::Desktop << u"Windows"_s << u"Edge 124"_s;
    QTest::newRow("firefox-windows7")
        << u"Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0"_s << D::Desktop
        << u"Windows 7"_s << u"Firefox 115"_s;
    QTest::newRow("safari-mac")
        << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"_s
        << D::Desktop << u"macOS"_s << u"Safari 17.4"_s;
    QTest::newRow("firefox-ubuntu")
        << u"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"_s << D::Desktop
        << u"Ubuntu"_s << u"Firefox 125"_s;
    QTest::newRow("chromeos")
        << u"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"_s
        << D::Desktop << u"ChromeOS"_s << u"Chrome 124"_s;
    QTest::newRow("safari-iphone")
        << u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"_s
        << D::Phone << u"iOS 17.4"_s << u"Safari 17.4"_s;
    QTest::newRow("chrome-iphone")
        << u"Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1"_s
        << D::Phone << u"iOS 16.7"_s << u"Chrome 124"_s;
    QTest::newRow("chrome-android-phone")
        << u"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"_s
        << D::Phone << u"Android 14"_s << u"Chrome 124"_s;
    QTest::newRow("samsung-browser")
        << u"Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"_s
        << D::Phone << u"Android 13"_s << u"Samsung Internet 24"_s;
    QTest::newRow("ipad")
        << u"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"_s
        << D::Tablet << u"iPadOS 17.4"_s << u"Safari 17.4"_s;
    QTest::newRow("android-tablet")
        << u"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Safari/537.36"_s
        << D::Tablet << u"Android 14"_s << u"Chrome 124"_s;
    QTest::newRow("opera")
        << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0"_s
        << D::Desktop << u"Windows"_s << u"Opera 106"_s;
    QTest::newRow("curl") << u"curl/8.5.0"_s << D::Unknown << QString() << u"curl 8"_s;
    QTest::newRow("empty") << QString() << D::Unknown << QString() << QString();
    QTest::newRow("garbage") << u"%%%%"_s << D::Unknown << QString() << QString();
}

void tst_UserAgent::parse()
{
    QFETCH(QString, header);
    QFETCH(UserAgent::DeviceType, device);
    QFETCH(QString, os);
    QFETCH(QString, browser);
    const UserAgent agent = UserAgent::parse(header);
    QCOMPARE(agent.deviceType(), device);
    QCOMPARE(agent.os(), os);
    QCOMPARE(agent.browser(), browser);
}

void tst_UserAgent::summary_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("summary");
    QTest::newRow("both") << u"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"_s
                          << u"Firefox 125 on Linux"_s;
    QTest::newRow("browser only") << u"curl/8.5.0"_s << u"curl 8"_s;
    QTest::newRow("nothing") << u"python-requests/2.31.0"_s << u"Unknown client"_s;
    // Found by fuzzing: a version of a hundred digits made a summary wider than any table.
    QTest::newRow("absurd version")
        << u"Mozilla/5.0 (iPad; CPU OS %1_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"_s
               .arg(QString(100, u'3'))
        << u"Safari 16.6"_s;
}

void tst_UserAgent::summary()
{
    QFETCH(QString, header);
    QFETCH(QString, summary);
    QCOMPARE(UserAgent::parse(header).summary(), summary);
}

QTEST_APPLESS_MAIN(tst_UserAgent)
#include "tst_useragent.moc"
