#include "models/Translations.h"
#include "models/detection/FlagDetector.h"
#include "models/detection/FlagExplainer.h"
#include "models/detection/GeoDistance.h"
#include "models/domain/DisplayFormat.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

struct Place
{
    const char16_t *city;
    const char16_t *country;
    double latitude;
    double longitude;
};
constexpr Place berlin{u"Berlin", u"DE", 52.5200, 13.4050};
constexpr Place munich{u"Munich", u"DE", 48.1351, 11.5820};
constexpr Place hamburg{u"Hamburg", u"DE", 53.5511, 9.9937};
constexpr Place saoPaulo{u"São Paulo", u"BR", -23.5505, -46.6333};
constexpr Place tokyo{u"Tokyo", u"JP", 35.6762, 139.6503};

LoginEvent signIn(qint64 id, qint64 minutes, const Place &place, bool success = true,
                  const QString &ip = u"198.51.100.7"_s)
{
    LoginEvent e;
    e.id = id;
    e.userId = u"u1"_s;
    e.at = t0.addSecs(minutes * 60);
    e.success = success;
    e.origin.city = QString::fromUtf16(place.city);
    e.origin.country = QString::fromUtf16(place.country);
    e.origin.latitude = place.latitude;
    e.origin.longitude = place.longitude;
    e.origin.ip = ip;
    return e;
}

Session session(const QString &id, const Place &place, const QString &device)
{
    Session s;
    s.id = id;
    s.userId = u"u1"_s;
    s.createdAt = t0;
    s.lastSeenAt = t0.addSecs(600);
    s.expiresAt = t0.addDays(14);
    s.origin.city = QString::fromUtf16(place.city);
    s.origin.country = QString::fromUtf16(place.country);
    s.origin.deviceId = device;
    return s;
}

} // namespace

class tst_FlagDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void distance_data();
    void distance();
    void impossibleTravel_data();
    void impossibleTravel();
    void concurrentLocations_data();
    void concurrentLocations();
    void deviceSpread_data();
    void deviceSpread();
    void concurrentNetworks_data();
    void concurrentNetworks();
    void failedLoginBurst_data();
    void failedLoginBurst();
    void newCountry_data();
    void newCountry();
    void detectCombinesRulesWithSeverities();
    void sessionFindingsUsePlacesFoundFromAddresses();
    void sessionFindingsWithoutPlacesAreThoseThatNeedNone();
    void placesFromAddressesAreOnlyAsGoodAsTheDatabase();
    void evidenceAsLabelledLines();
    void explanationNeedsItsEvidence();
    void explainedInTheOperatorsLanguage(); // last: installs German
};

void tst_FlagDetector::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

// Haversine on a 6371 km sphere, worked out independently for each pair.
void tst_FlagDetector::distance_data()
{
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("km");
    QTest::newRow("same place") << 52.52 << 13.405 << 52.52 << 13.405 << 0.0;
    QTest::newRow("one degree on the equator = 6371·π/180") << 0.0 << 0.0 << 0.0 << 1.0 << 111.195;
    QTest::newRow("pole to pole = 6371·π") << 90.0 << 0.0 << -90.0 << 0.0 << 20015.087;
    QTest::newRow("Berlin - Paris") << 52.5200 << 13.4050 << 48.8566 << 2.3522 << 877.463;
    QTest::newRow("Berlin - São Paulo") << 52.5200 << 13.4050 << -23.5505 << -46.6333 << 10252.865;
    QTest::newRow("Tokyo - Sydney") << 35.6762 << 139.6503 << -33.8688 << 151.2093 << 7825.819;
}

void tst_FlagDetector::distance()
{
    QFETCH(double, lat1);
    QFETCH(double, lon1);
    QFETCH(double, lat2);
    QFETCH(double, lon2);
    QFETCH(double, km);
    QVERIFY2(qAbs(GeoDistance::kilometres(lat1, lon1, lat2, lon2) - km) < 0.01,
             qPrintable(QString::number(GeoDistance::kilometres(lat1, lon1, lat2, lon2), 'f', 3)));
    // Symmetric.
    QVERIFY(qAbs(GeoDistance::kilometres(lat2, lon2, lat1, lon1) - km) < 0.01);
}

void tst_FlagDetector::impossibleTravel_data()
{
    QTest::addColumn<QList<LoginEvent>>("events");
    QTest::addColumn<QString>("explanation"); // empty: no flag
    QTest::addColumn<QString>("key");
    // Berlin → São Paulo 10,253 km in 38 min = 16,189 km/h.
    QTest::newRow("Berlin to São Paulo in 38 min")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 38, saoPaulo)}
        << u"Berlin → São Paulo, 10,253 km in 38 min = 16,189 km/h; threshold 805 km/h"_s << u"e1-e2"_s;
    // Berlin → Munich 504 km in 30 min = 1,009 km/h: over 805.
    QTest::newRow("Berlin to Munich in 30 min")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 30, munich)}
        << u"Berlin → Munich, 504 km in 30 min = 1,009 km/h; threshold 805 km/h"_s << u"e1-e2"_s;
    // 504 km in 60 min = 504 km/h: possible by plane.
    QTest::newRow("Berlin to Munich in an hour")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 60, munich)} << QString() << QString();
    // Berlin → Hamburg 255 km in 10 min = 1,532 km/h, but closer than 100 km? No: 255 km counts.
    QTest::newRow("Berlin to Hamburg in 10 min")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 10, hamburg)}
        << u"Berlin → Hamburg, 255 km in 10 min = 1,532 km/h; threshold 805 km/h"_s << u"e1-e2"_s;
    // A failed attempt in between is not a sign-in: the pair is Berlin (0) → São Paulo (900 min),
    // 10,253 km in 15 h = 684 km/h.
    QTest::newRow("failures do not count")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 5, tokyo, false), signIn(3, 900, saoPaulo)}
        << QString() << QString();
    // Only consecutive sign-ins: Berlin → Berlin → São Paulo 20 h later is fine.
    QTest::newRow("consecutive only")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 1, berlin), signIn(3, 1201, saoPaulo)}
        << QString() << QString();
    // Two violations: the latest pair is the evidence.
    QTest::newRow("latest pair is evidence")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 30, munich), signIn(3, 3000, berlin),
                             signIn(4, 3010, hamburg)}
        << u"Berlin → Hamburg, 255 km in 10 min = 1,532 km/h; threshold 805 km/h"_s << u"e3-e4"_s;
}

void tst_FlagDetector::impossibleTravel()
{
    QFETCH(QList<LoginEvent>, events);
    QFETCH(QString, explanation);
    QFETCH(QString, key);
    const auto flag = FlagDetector(DetectionThresholds()).impossibleTravel(u"u1"_s, events);
    QCOMPARE(flag.has_value(), !explanation.isEmpty());
    if (!flag)
        return;
    QCOMPARE(flag->explanation, explanation);
    QCOMPARE(flag->evidenceKey, key);
    QCOMPARE(flag->severity, Flag::Severity::High);
    QCOMPARE(flag->firstSeen, events.at(1).at);
    QCOMPARE(flag->lastSeen, events.last().at);
    QVERIFY(flag->evidence.value(u"speedKmh"_s).toDouble() > 805);
}

void tst_FlagDetector::concurrentLocations_data()
{
    QTest::addColumn<QList<Session>>("sessions");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("one country") << QList<Session>{session(u"s1"_s, berlin, u"d1"_s),
                                                   session(u"s2"_s, munich, u"d2"_s)}
                                 << 2 << QString();
    QTest::newRow("two countries")
        << QList<Session>{session(u"s1"_s, berlin, u"d1"_s), session(u"s2"_s, saoPaulo, u"d1"_s)} << 2
        << u"Active sessions in 2 countries at once: Brazil, Germany; threshold 2"_s;
    QTest::newRow("two of three required")
        << QList<Session>{session(u"s1"_s, berlin, u"d1"_s), session(u"s2"_s, tokyo, u"d1"_s)} << 3
        << QString();
}

void tst_FlagDetector::concurrentLocations()
{
    QFETCH(QList<Session>, sessions);
    QFETCH(int, threshold);
    QFETCH(QString, explanation);
    DetectionThresholds thresholds;
    thresholds.concurrentCountries = threshold;
    const auto flag = FlagDetector(thresholds).concurrentLocations(u"u1"_s, sessions);
    QCOMPARE(flag.has_value(), !explanation.isEmpty());
    if (flag) {
        QCOMPARE(flag->explanation, explanation);
        QCOMPARE(flag->evidenceKey, u"BR,DE"_s);
    }
}

void tst_FlagDetector::deviceSpread_data()
{
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("sessionsPerDevice");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("3 devices: allowed") << 3 << 2 << false;
    QTest::newRow("4 devices: one too many") << 4 << 1 << true;
    QTest::newRow("many sessions, few devices") << 2 << 6 << false;
}

void tst_FlagDetector::deviceSpread()
{
    QFETCH(int, devices);
    QFETCH(int, sessionsPerDevice);
    QFETCH(bool, flagged);
    QList<Session> sessions;
    for (int d = 0; d < devices; ++d)
        for (int s = 0; s < sessionsPerDevice; ++s)
            sessions << session(u"s%1-%2"_s.arg(d).arg(s), berlin, u"device-%1"_s.arg(d));
    const auto flag = FlagDetector(DetectionThresholds()).deviceSpread(u"u1"_s, sessions);
    QCOMPARE(flag.has_value(), flagged);
    if (flag) {
        QCOMPARE(flag->explanation,
                 u"4 devices with active sessions; at most 3 allowed (shared credentials?)"_s);
        QCOMPARE(flag->severity, Flag::Severity::Medium);
        // The same devices give the same key whatever the order.
        std::reverse(sessions.begin(), sessions.end());
        QCOMPARE(FlagDetector(DetectionThresholds()).deviceSpread(u"u1"_s, sessions)->evidenceKey,
                 flag->evidenceKey);
    }
}

void tst_FlagDetector::concurrentNetworks_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("one /16") << QStringList{u"203.0.113.7"_s, u"203.0.200.9"_s} << QString();
    QTest::newRow("two /16")
        << QStringList{u"203.0.113.7"_s, u"198.51.100.7"_s, u"203.0.1.1"_s}
        << u"Active sessions from 2 networks at once: 198.51.0.0/16, 203.0.0.0/16; threshold 2"_s;
    QTest::newRow("IPv6 /48 and IPv4")
        << QStringList{u"2001:db8:1:5::1"_s, u"2001:db8:1:ffff::2"_s, u"192.0.2.1"_s}
        << u"Active sessions from 2 networks at once: 192.0.0.0/16, 2001:db8:1::/48; threshold 2"_s;
    QTest::newRow("no addresses") << QStringList{QString(), QString()} << QString();
}

void tst_FlagDetector::concurrentNetworks()
{
    QFETCH(QStringList, addresses);
    QFETCH(QString, explanation);
    QList<Session> sessions;
    for (int i = 0; i < addresses.size(); ++i) {
        sessions << session(u"s%1"_s.arg(i), berlin, u"device-%1"_s.arg(i));
        sessions.last().origin.ip = addresses.at(i);
    }
    const auto flag = FlagDetector(DetectionThresholds()).concurrentNetworks(u"u1"_s, sessions);
    QCOMPARE(flag.has_value(), !explanation.isEmpty());
    if (flag) {
        QCOMPARE(flag->explanation, explanation);
        QCOMPARE(flag->rule, Flag::Rule::ConcurrentNetworks);
        QCOMPARE(Flag::ruleFromKey(u"concurrent_networks"_s), Flag::Rule::ConcurrentNetworks);
    }
}

void tst_FlagDetector::failedLoginBurst_data()
{
    QTest::addColumn<QList<int>>("minutes"); // failure times
    QTest::addColumn<QString>("explanation");
    QList<int> tenInNine;
    for (int i = 0; i < 10; ++i)
        tenInNine << i;
    QTest::newRow("10 in 9 min") << tenInNine
                                 << u"10 failed sign-ins in 9 min from 1 address, the first from "
                                    "198.51.100.7; threshold 10 in 15 min"_s;
    QList<int> spread;
    for (int i = 0; i < 10; ++i)
        spread << i * 2; // 10 failures over 18 minutes
    QTest::newRow("10 in 18 min") << spread << QString();
    QTest::newRow("9 in 5 min") << QList<int>{0, 0, 1, 1, 2, 2, 3, 4, 5} << QString();
    QList<int> twelve = tenInNine;
    twelve << 14 << 15;
    QTest::newRow("12 within 15 min") << twelve
                                      << u"12 failed sign-ins in 15 min from 1 address, the first from "
                                         "198.51.100.7; threshold 10 in 15 min"_s;
}

void tst_FlagDetector::failedLoginBurst()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QString, explanation);
    QList<LoginEvent> events{signIn(100, -60, berlin)}; // a success before does not matter
    for (int i = 0; i < minutes.size(); ++i)
        events << signIn(i + 1, minutes.at(i), tokyo, false);
    const auto flag = FlagDetector(DetectionThresholds()).failedLoginBurst(u"u1"_s, events);
    QCOMPARE(flag.has_value(), !explanation.isEmpty());
    if (flag) {
        QCOMPARE(flag->explanation, explanation);
        QCOMPARE(flag->evidenceKey, u"e1"_s);
    }
}

void tst_FlagDetector::newCountry_data()
{
    QTest::addColumn<QList<LoginEvent>>("events");
    QTest::addColumn<QString>("explanation");
    const int day = 24 * 60;
    QTest::newRow("first sign-in ever: nothing to compare")
        << QList<LoginEvent>{signIn(1, 0, tokyo)} << QString();
    QTest::newRow("home country again")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 5 * day, munich)} << QString();
    QTest::newRow("new country")
        << QList<LoginEvent>{signIn(1, 0, berlin), signIn(2, 5 * day, tokyo)}
        << u"Signed in from Japan (Tokyo), not seen for this user in the previous 90 days"_s;
    QTest::newRow("seen within 90 days")
        << QList<LoginEvent>{signIn(1, 0, tokyo), signIn(2, day, berlin), signIn(3, 80 * day, tokyo)}
        << u"Signed in from Germany (Berlin), not seen for this user in the previous 90 days"_s;
    QTest::newRow("seen only before the lookback")
        << QList<LoginEvent>{signIn(1, 0, tokyo), signIn(2, 95 * day, berlin), signIn(3, 100 * day, tokyo)}
        << u"Signed in from Japan (Tokyo), not seen for this user in the previous 90 days"_s;
}

void tst_FlagDetector::newCountry()
{
    QFETCH(QList<LoginEvent>, events);
    QFETCH(QString, explanation);
    const auto flag = FlagDetector(DetectionThresholds()).newCountry(u"u1"_s, events);
    QCOMPARE(flag.has_value(), !explanation.isEmpty());
    if (flag) {
        QCOMPARE(flag->explanation, explanation);
        QCOMPARE(flag->severity, Flag::Severity::Low);
    }
}

// Sources that record addresses only (better-auth, the tables): with places found from the
// addresses, the rules that need places run between the sessions' starts, and say where the places
// came from.
void tst_FlagDetector::sessionFindingsUsePlacesFoundFromAddresses()
{
    Session nairobi = session(u"s-nbo"_s, {u"Nairobi", u"KE", -1.2841, 36.8155}, u"d1"_s);
    nairobi.origin.latitude = -1.2841;
    nairobi.origin.longitude = 36.8155;
    nairobi.origin.ip = u"41.90.75.98"_s;
    nairobi.origin.placeFromAddress = true;
    Session kiel = session(u"s-kel"_s, {u"Kiel", u"DE", 54.3233, 10.1228}, u"d2"_s);
    kiel.origin.latitude = 54.3233;
    kiel.origin.longitude = 10.1228;
    kiel.origin.ip = u"2a02:8108::1"_s;
    kiel.origin.placeFromAddress = true;
    kiel.createdAt = t0.addSecs(40 * 60); // 40 minutes after Nairobi, 6,300 km away
    User user;
    user.id = u"u1"_s;
    user.email = u"ines@example.com"_s;

    const FlagDetector detector{DetectionThresholds()};
    const QList<Flag> found = detector.sessionFindings(user, {kiel, nairobi}); // in any order
    QHash<Flag::Rule, Flag> byRule;
    for (const Flag &flag : found)
        byRule.insert(flag.rule, flag);
    QVERIFY2(byRule.contains(Flag::Rule::ImpossibleTravel), "two starts 6,300 km apart in 40 minutes");
    QVERIFY(byRule.contains(Flag::Rule::ConcurrentLocations));
    const Flag travel = byRule.value(Flag::Rule::ImpossibleTravel);
    QCOMPARE(travel.evidence.value(u"from"_s).toObject().value(u"session"_s).toString(), u"s-nbo"_s);
    QCOMPARE(travel.evidence.value(u"to"_s).toObject().value(u"session"_s).toString(), u"s-kel"_s);
    QVERIFY(!travel.evidence.value(u"from"_s).toObject().contains(u"event"_s));
    QCOMPARE(travel.evidence.value(u"placesFrom"_s).toString(), u"addresses"_s);
    QCOMPARE(travel.evidenceKey, u"ss-nbo-ss-kel"_s);
    QVERIFY2(travel.explanation.startsWith(u"Nairobi → Kiel"_s), qPrintable(travel.explanation));
    QVERIFY2(travel.explanation.endsWith(u"(places found from the IP addresses)"_s),
             qPrintable(travel.explanation));
    QVERIFY(FlagExplainer::evidenceText(travel.rule, travel.evidence)
                .contains(u"Places: found from the IP addresses in a place database"_s));
    QCOMPARE(travel.id, Flag::findingId(user.id, Flag::ruleKey(Flag::Rule::ImpossibleTravel)));
    QCOMPARE(byRule.value(Flag::Rule::ConcurrentLocations).evidence.value(u"placesFrom"_s).toString(),
             u"addresses"_s);

    // A third start from a country none of the earlier ones came from: a new country.
    Session third = session(u"s-tyo"_s, tokyo, u"d3"_s);
    third.createdAt = t0.addDays(2);
    third.origin.placeFromAddress = true;
    const QList<Flag> withTokyo = detector.sessionFindings(user, {nairobi, kiel, third});
    const auto newCountry = std::find_if(withTokyo.begin(), withTokyo.end(), [](const Flag &flag) {
        return flag.rule == Flag::Rule::NewCountry;
    });
    QVERIFY(newCountry != withTokyo.end());
    QCOMPARE(newCountry->evidence.value(u"session"_s).toString(), u"s-tyo"_s);
    QCOMPARE(newCountry->evidence.value(u"country"_s).toString(), u"JP"_s);

    // Places the store recorded are not said to come from addresses.
    nairobi.origin.placeFromAddress = kiel.origin.placeFromAddress = false;
    const QList<Flag> recorded = detector.sessionFindings(user, {nairobi, kiel});
    QCOMPARE(recorded.size(), found.size());
    for (const Flag &flag : recorded) {
        QVERIFY2(!flag.evidence.contains(u"placesFrom"_s), qPrintable(Flag::ruleKey(flag.rule)));
        QVERIFY(!flag.explanation.contains(u"IP addresses"_s));
    }
}

// Without places only the rules that need none: the networks (and the devices).
void tst_FlagDetector::sessionFindingsWithoutPlacesAreThoseThatNeedNone()
{
    Session a = session(u"a"_s, berlin, u"d1"_s);
    Session b = session(u"b"_s, saoPaulo, u"d2"_s);
    for (Session *s : {&a, &b}) {
        s->origin.city.clear();
        s->origin.country.clear();
    }
    a.origin.ip = u"41.90.75.98"_s;
    b.origin.ip = u"2a02:8108::1"_s;
    b.createdAt = t0.addSecs(60);
    User user;
    user.id = u"u1"_s;
    QList<Flag::Rule> rules;
    for (const Flag &flag : FlagDetector{DetectionThresholds()}.sessionFindings(user, {a, b}))
        rules << flag.rule;
    QCOMPARE(rules, QList<Flag::Rule>{Flag::Rule::ConcurrentNetworks});
}

// Places found from addresses are only as good as the database's accuracy radius: a distance
// within the two radii is no travel; organisations, not prefixes, are networks where an ASN
// database names them; a country alone is said once.
void tst_FlagDetector::placesFromAddressesAreOnlyAsGoodAsTheDatabase()
{
    const FlagDetector detector{DetectionThresholds()};
    LoginEvent here = signIn(1, 0, berlin);
    LoginEvent there = signIn(2, 10, hamburg); // 255 km in 10 minutes: 1,530 km/h
    QVERIFY(detector.impossibleTravel(u"u1"_s, {here, there}));
    here.origin.accuracyKm = 100;
    there.origin.accuracyKm = 100; // at least 55 km apart: under the 100 km minimum
    QVERIFY(!detector.impossibleTravel(u"u1"_s, {here, there}));
    here.origin.accuracyKm = there.origin.accuracyKm = 50; // at least 155 km in 10 minutes: 930 km/h
    QVERIFY(detector.impossibleTravel(u"u1"_s, {here, there}));

    Session a = session(u"a"_s, berlin, u"d1"_s);
    Session b = session(u"b"_s, berlin, u"d2"_s);
    a.origin.ip = u"2a02:8108:1::1"_s;
    b.origin.ip = u"2a02:8108:2::1"_s;                     // two /48 prefixes of one organisation
    QVERIFY(detector.concurrentNetworks(u"u1"_s, {a, b})); // without an ASN database: two networks
    a.origin.asn = b.origin.asn = 31334;
    a.origin.network = b.origin.network = u"Vodafone GmbH"_s;
    QVERIFY(!detector.concurrentNetworks(u"u1"_s, {a, b}));
    b.origin.asn = 3320;
    b.origin.network = u"Deutsche Telekom AG"_s;
    const auto two = detector.concurrentNetworks(u"u1"_s, {a, b});
    QVERIFY(two);
    QVERIFY2(two->explanation.contains(u"AS31334 Vodafone GmbH"_s), qPrintable(two->explanation));

    QCOMPARE(FlagExplainer::explanation(
                 Flag::Rule::NewCountry,
                 {{u"country"_s, u"US"_s}, {u"city"_s, QString()}, {u"lookbackDays"_s, 90}}),
             u"Signed in from United States, not seen for this user in the previous 90 days"_s);
}

void tst_FlagDetector::detectCombinesRulesWithSeverities()
{
    QList<LoginEvent> events{signIn(1, 0, berlin), signIn(2, 38, saoPaulo)};
    QList<Session> sessions{session(u"s1"_s, berlin, u"d1"_s), session(u"s2"_s, saoPaulo, u"d2"_s)};
    const QList<Flag> flags = FlagDetector(DetectionThresholds()).detect(u"u1"_s, events, sessions);
    QList<Flag::Rule> rules;
    for (const Flag &flag : flags) {
        rules << flag.rule;
        QCOMPARE(flag.severity, Flag::severityOf(flag.rule));
        QCOMPARE(flag.userId, u"u1"_s);
    }
    QCOMPARE(rules, (QList<Flag::Rule>{Flag::Rule::ImpossibleTravel, Flag::Rule::ConcurrentLocations,
                                       Flag::Rule::NewCountry}));
}

void tst_FlagDetector::evidenceAsLabelledLines()
{
    const auto travel = FlagDetector(DetectionThresholds())
                            .impossibleTravel(u"u1"_s, {signIn(1, 0, berlin),
                                                        signIn(2, 38, saoPaulo, true, u"203.0.113.9"_s)});
    QVERIFY(travel);
    QCOMPARE(FlagExplainer::evidenceText(travel->rule, travel->evidence),
             u"From: Berlin, Germany · 198.51.100.7 · %1\n"
             "To: São Paulo, Brazil · 203.0.113.9 · %2\n"
             "Distance: 10,253 km\n"
             "Time between: 38 min\n"
             "Speed: 16,189 km/h\n"
             "Threshold: 805 km/h"_s.arg(DisplayFormat::exactTime(t0),
                                         DisplayFormat::exactTime(t0.addSecs(38 * 60))));

    QList<LoginEvent> failures;
    for (int i = 0; i < 10; ++i)
        failures << signIn(i + 1, i, berlin, false);
    const auto burst = FlagDetector(DetectionThresholds()).failedLoginBurst(u"u1"_s, failures);
    QVERIFY(burst);
    const QString lines = FlagExplainer::evidenceText(burst->rule, burst->evidence);
    QVERIFY2(lines.startsWith(u"Failed sign-ins: 10\n"_s), qPrintable(lines));
    QVERIFY2(lines.contains(u"\nFirst from: 198.51.100.7\nAddresses: 198.51.100.7\nThreshold: 10 in 15 min\n"
                            "First event: 1"_s),
             qPrintable(lines));
    // A field this version does not know is still shown.
    QJsonObject extra = burst->evidence;
    extra.insert(u"asn"_s, u"AS64500"_s);
    QVERIFY(FlagExplainer::evidenceText(burst->rule, extra).endsWith(u"\nasn: AS64500"_s));
}

void tst_FlagDetector::explanationNeedsItsEvidence()
{
    // Flags written by another tool may carry less: no line is made up from what is missing.
    QVERIFY(FlagExplainer::explanation(Flag::Rule::ConcurrentLocations, {}).isEmpty());
    QVERIFY(FlagExplainer::explanation(Flag::Rule::ImpossibleTravel,
                                       {{u"from"_s, QJsonObject{{u"city"_s, u"Berlin"_s}}}})
                .isEmpty());
    QCOMPARE(FlagExplainer::explanation(Flag::Rule::DeviceSpread, {{u"devices"_s, 6}, {u"threshold"_s, 3}}),
             u"6 devices with active sessions; at most 3 allowed (shared credentials?)"_s);
}

void tst_FlagDetector::explainedInTheOperatorsLanguage()
{
    const auto flag = FlagDetector(DetectionThresholds())
                          .concurrentLocations(u"u1"_s, {session(u"s1"_s, berlin, u"d1"_s),
                                                         session(u"s2"_s, saoPaulo, u"d2"_s)});
    QVERIFY(flag);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::German));
    QCOMPARE(FlagExplainer::explanation(flag->rule, flag->evidence),
             u"Aktive Sitzungen in 2 Ländern gleichzeitig: Brasilien, Deutschland; Schwelle 2"_s);
    QVERIFY(FlagExplainer::evidenceText(flag->rule, flag->evidence)
                .startsWith(u"Länder: Brasilien, Deutschland\n"_s));
}

QTEST_GUILESS_MAIN(tst_FlagDetector)
#include "tst_flagdetector.moc"
