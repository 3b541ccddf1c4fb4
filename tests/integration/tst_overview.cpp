// The Overview's figures: the builder's window and lists, and a SessionDesk store's own counts
// (SqlOverview, schema version 16) against the same figures counted from its listings
// (OverviewListings), on SQLite and PostgreSQL.
#include "TestStore.h"
#include "models/domain/Overview.h"
#include "models/sources/OverviewListings.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_Overview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builderWindowAndLists();
    void storeCountsAsItsListingsDo();
    void signInsPerHourFollowEveryWrite();
    void closedFlagsAndEndedSessionsLeave();
    void cliPrintsTheOverview();

private:
    qint64 signInsIn(const Overview &overview, const QDateTime &at, bool success) const;
    void addSignIn(const QDateTime &at, bool success);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_Overview::initTestCase()
{
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(300, 5));
    auto source = TestStore::open(m_template);
    QVERIFY(TestStore::await(source->scanFlags(true)).ok());
}

void tst_Overview::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_Overview::cleanup()
{
    m_source.reset();
    m_raw.close();
}

qint64 tst_Overview::signInsIn(const Overview &overview, const QDateTime &at, bool success) const
{
    for (const Overview::Hour &hour : overview.hours) {
        if (hour.start <= at && at < hour.start.addSecs(3600))
            return success ? hour.succeeded : hour.failed;
    }
    return -1;
}

void tst_Overview::addSignIn(const QDateTime &at, bool success)
{
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(query,
                       u"INSERT INTO login_events (user_id, at, success, ip) SELECT id, ?, ?, '192.0.2.1' "
                       "FROM users ORDER BY id LIMIT 1"_s,
                       {Sql::time(at), success}));
}

void tst_Overview::builderWindowAndLists()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(14, 25), Qt::UTC);
    OverviewBuilder builder(now);
    const Overview empty = OverviewBuilder(now).finish();
    QCOMPARE(empty.hours.size(), Overview::Hours);
    QCOMPARE(empty.hours.last().start, QDateTime(QDate(2026, 12, 7), QTime(14, 0), Qt::UTC));
    QCOMPARE(empty.hours.first().start, QDateTime(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC));
    QCOMPARE(empty.days.size(), Overview::Days);
    QCOMPARE(empty.days.last().date, QDate(2026, 12, 7)); // the tests run in UTC
    QCOMPARE(empty.activeSessions, 0);

    // Twelve countries: the ten largest by name, the rest and the unrecorded counted as others;
    // a code written in lower case or with spaces is the same country.
    const QStringList codes{u"DE"_s, u"FR"_s, u"BR"_s, u"US"_s, u"JP"_s, u"IN"_s,
                            u"KE"_s, u"NG"_s, u"AU"_s, u"CA"_s, u"MX"_s, u"ZA"_s};
    for (int i = 0; i < codes.size(); ++i)
        builder.addSessions(codes.at(i), {}, {}, std::nullopt, std::nullopt, 100 - i);
    builder.addSessions(u" de"_s, u"Kiel"_s, {}, 54.3, 10.1, 4);
    builder.addSessions(u"DE"_s, u"Kiel"_s, {}, 54.4, 10.2, 1);
    builder.addSessions({}, {}, {}, std::nullopt, std::nullopt, 50);
    const QString firefox = u"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"_s;
    const QString iphone = u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                           "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"_s;
    builder.addSessions(u"DE"_s, u"Berlin"_s, firefox, 52.5, 13.4, 7);
    builder.addSessions(u"DE"_s, {}, QString(firefox).replace(u"128.0"_s, u"115.0"_s), std::nullopt, 13.4, 3);
    builder.addSessions(u"FR"_s, u"Paris"_s, iphone, 48.9, 2.35, 2);
    builder.addSessions(u"FR"_s, u"Nowhere"_s, iphone, 95.0, 2.35, 0); // no such latitude

    builder.addSignIns(now, true, 4);
    builder.addSignIns(now.addSecs(-3600), false, 2);
    builder.addSignIns(now.addDays(-7), true, 99);   // before the window
    builder.addSignIns(now.addSecs(3600), true, 99); // after it
    builder.addFlags(Flag::Rule::NewCountry, Flag::Severity::Low, 2);
    builder.addFlags(Flag::Rule::ImpossibleTravel, Flag::Severity::High);
    builder.addFlags(Flag::Rule::ImpossibleTravel, Flag::Severity::Medium, 3);
    builder.addActions(now.addDays(-6), 5);
    builder.addActions(now.addDays(-7), 99);
    const Overview o = builder.finish();

    qint64 total = 0;
    for (int i = 0; i < codes.size(); ++i)
        total += 100 - i;
    QCOMPARE(o.activeSessions, total + 5 + 50 + 12);
    QCOMPARE(o.countries.size(), Overview::TopCountries);
    QCOMPARE(o.countries.first(), (Overview::Share{u"DE"_s, 100 + 5 + 10}));
    QCOMPARE(o.countries.at(1), (Overview::Share{u"FR"_s, 99 + 2}));
    QCOMPARE(o.countries.last().key, u"CA"_s);
    QCOMPARE(o.otherCountries, 90 + 89 + 50);
    QCOMPARE(o.browsers.first().key, QString()); // most sessions carry no user agent here
    QCOMPARE(o.browsers.at(1), (Overview::Share{u"Firefox"_s, 10}));
    QCOMPARE(o.browsers.at(2), (Overview::Share{u"Safari"_s, 2}));
    QCOMPARE(o.devices.at(1), (Overview::DeviceShare{UserAgent::DeviceType::Desktop, 10}));
    QCOMPARE(o.devices.at(2), (Overview::DeviceShare{UserAgent::DeviceType::Phone, 2}));
    // Places with coordinates only, each at the mean of its sessions', the most sessions first.
    QCOMPARE(o.places.size(), 3);
    QCOMPARE(o.places.at(0).city, u"Berlin"_s);
    QCOMPARE(o.places.at(1).city, u"Kiel"_s);
    QCOMPARE(o.places.at(1).country, u"DE"_s);
    QCOMPARE(o.places.at(1).count, 5);
    QVERIFY(qAbs(o.places.at(1).latitude - (54.3 * 4 + 54.4) / 5) < 1e-9);
    QCOMPARE(o.places.at(2).city, u"Paris"_s);
    QCOMPARE(o.hours.last().succeeded, 4);
    QCOMPARE(o.hours.at(Overview::Hours - 2).failed, 2);
    qint64 signIns = 0;
    for (const Overview::Hour &hour : o.hours)
        signIns += hour.succeeded + hour.failed;
    QCOMPARE(signIns, 6);
    QCOMPARE(o.openFlags,
             (QList<Overview::FlagCount>{{Flag::Rule::ImpossibleTravel, Flag::Severity::High, 1},
                                         {Flag::Rule::ImpossibleTravel, Flag::Severity::Medium, 3},
                                         {Flag::Rule::NewCountry, Flag::Severity::Low, 2}}));
    QCOMPARE(o.days.first().actions, 5);
    QCOMPARE(o.days.last().actions, 0);
}

void tst_Overview::storeCountsAsItsListingsDo()
{
    // Sessions past their expiry are ended by the store; so are they here before counting, as
    // the listings leave them out by their expiry.
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(query,
                       u"UPDATE sessions SET ended_at = expires_at, end_reason = 'expired' "
                       "WHERE ended_at IS NULL AND expires_at <= ?"_s,
                       {Sql::time(QDateTime::currentDateTimeUtc())}));
    // Found by trying: coordinates written as text were counted as a place at 0, 0.
    if (!TestStore::postgres())
        QVERIFY(!Sql::exec(
            query, u"UPDATE sessions SET latitude = 'NaN', longitude = 'abc' WHERE id = (SELECT id FROM "
                   "sessions WHERE ended_at IS NULL AND latitude IS NOT NULL LIMIT 1)"_s));
    const auto counted = TestStore::await(m_source->overview());
    QVERIFY2(counted.ok(), TestStore::why(counted));
    for (const Overview::Place &place : counted.value().places)
        QVERIFY2(place.latitude != 0 || place.longitude != 0, qPrintable(place.city));
    const auto listed = TestStore::await(OverviewListings::collect(m_source.get()));
    QVERIFY2(listed.ok(), TestStore::why(listed));
    const Overview &c = counted.value();
    const Overview &l = listed.value();
    QVERIFY(c.activeSessions > 50);
    QVERIFY(c.signedInUsers > 20 && c.signedInUsers <= c.activeSessions);
    QCOMPARE(c.activeSessions, l.activeSessions);
    QCOMPARE(c.signedInUsers, l.signedInUsers);
    QCOMPARE(c.countries, l.countries);
    QCOMPARE(c.otherCountries, l.otherCountries);
    QCOMPARE(c.devices, l.devices);
    QCOMPARE(c.browsers, l.browsers);
    QCOMPARE(c.places.size(), l.places.size());
    QVERIFY(c.places.size() >= 3);
    for (int i = 0; i < c.places.size(); ++i) {
        const Overview::Place &a = c.places.at(i);
        const Overview::Place &b = l.places.at(i);
        QCOMPARE(std::tie(a.country, a.city, a.count), std::tie(b.country, b.city, b.count));
        QVERIFY(qAbs(a.latitude - b.latitude) < 1e-6 && qAbs(a.longitude - b.longitude) < 1e-6);
    }
    QVERIFY(c.countries.size() >= 3);
    QCOMPARE(c.hours, l.hours);
    qint64 failed = 0;
    for (const Overview::Hour &hour : c.hours)
        failed += hour.failed;
    QVERIFY(failed > 0);
    QCOMPARE(c.openFlags, l.openFlags);
    QVERIFY(!c.openFlags.isEmpty());
    QCOMPARE(c.days, l.days);
    for (const QString *missing : {&c.sessionsMissing, &c.placesMissing, &c.devicesMissing, &c.signInsMissing,
                                   &c.flagsMissing, &c.actionsMissing})
        QVERIFY(missing->isEmpty());
}

void tst_Overview::signInsPerHourFollowEveryWrite()
{
    // An application writes, corrects and deletes sign-ins; the hours follow each change.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hourAgo = now.addSecs(-3600);
    const Overview before = TestStore::await(m_source->overview()).value();
    addSignIn(now, true);
    addSignIn(now, false);
    addSignIn(hourAgo, false);
    Overview after = TestStore::await(m_source->overview()).value();
    QCOMPARE(signInsIn(after, now, true), signInsIn(before, now, true) + 1);
    QCOMPARE(signInsIn(after, now, false), signInsIn(before, now, false) + 1);
    QCOMPARE(signInsIn(after, hourAgo, false), signInsIn(before, hourAgo, false) + 1);

    QSqlQuery query(m_raw);
    // A failure read again as a success, and one moved to the hour before.
    QVERIFY(!Sql::exec(
        query, u"UPDATE login_events SET success = ? WHERE id = (SELECT max(id) - 1 FROM login_events)"_s,
        {true}));
    QVERIFY(!Sql::exec(query,
                       u"UPDATE login_events SET at = ? WHERE id = (SELECT max(id) - 2 FROM login_events)"_s,
                       {Sql::time(hourAgo)}));
    after = TestStore::await(m_source->overview()).value();
    QCOMPARE(signInsIn(after, now, true), signInsIn(before, now, true) + 1);
    QCOMPARE(signInsIn(after, now, false), signInsIn(before, now, false));
    QCOMPARE(signInsIn(after, hourAgo, true), signInsIn(before, hourAgo, true) + 1);
    QCOMPARE(signInsIn(after, hourAgo, false), signInsIn(before, hourAgo, false) + 1);

    QVERIFY(!Sql::exec(query, u"DELETE FROM login_events WHERE at >= ?"_s, {Sql::time(hourAgo.addSecs(-1))}));
    after = TestStore::await(m_source->overview()).value();
    QCOMPARE(signInsIn(after, now, true) + signInsIn(after, now, false), 0);
    // What the listings count agrees once more.
    QCOMPARE(after.hours, TestStore::await(OverviewListings::collect(m_source.get())).value().hours);
}

void tst_Overview::closedFlagsAndEndedSessionsLeave()
{
    const Overview before = TestStore::await(m_source->overview()).value();
    QVERIFY(!before.openFlags.isEmpty());
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(query, u"UPDATE flags SET status = 'dismissed' WHERE rule = ?"_s,
                       {Flag::ruleKey(before.openFlags.first().rule)}));
    const QString country = before.countries.first().key;
    const qint64 fromThere = before.countries.first().count;
    const auto ended = TestStore::await(m_source->logoutAll(
        [&] {
            LogoutAllScope scope;
            scope.matching.country = country;
            return scope;
        }(),
        TestStore::context()));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    const Overview after = TestStore::await(m_source->overview()).value();
    for (const Overview::FlagCount &count : after.openFlags)
        QVERIFY(count.rule != before.openFlags.first().rule);
    QCOMPARE(after.activeSessions, before.activeSessions - fromThere);
    for (const Overview::Share &share : after.countries)
        QVERIFY(share.key != country);
    // The logout is an operator action of today.
    QVERIFY(after.days.last().actions > before.days.last().actions);
}

void tst_Overview::cliPrintsTheOverview()
{
    if (TestStore::postgres())
        QSKIP("The command line is run on the SQLite store.");
    const Overview counted = TestStore::await(m_source->overview()).value();
    m_source.reset(); // the command line opens the store itself
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const auto cli = [&environment](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(SESSIONDESK_CLI), arguments);
        process.waitForFinished(60'000);
        return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
    };
    const auto [code, out] = cli({u"--store"_s, m_path, u"--json"_s, u"overview"_s});
    QCOMPARE(code, 0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json[u"activeSessions"_s].toInteger(), counted.activeSessions);
    QCOMPARE(json[u"signedInUsers"_s].toInteger(), counted.signedInUsers);
    QCOMPARE(json[u"countries"_s].toArray().first().toObject()[u"country"_s].toString(),
             counted.countries.first().key);
    QCOMPARE(json[u"signInsPerHour"_s].toArray().size(), Overview::Hours);
    QCOMPARE(json[u"places"_s].toArray().size(), counted.places.size());
    QCOMPARE(json[u"openFlags"_s].toArray().first().toObject()[u"rule"_s].toString(),
             Flag::ruleKey(counted.openFlags.first().rule));
    QVERIFY(json[u"missing"_s].toObject().isEmpty());
    const auto [textCode, text] = cli({u"--store"_s, m_path, u"overview"_s});
    QCOMPARE(textCode, 0);
    QVERIFY2(text.contains(
                 u"Active sessions: %1 ("_s.arg(QLocale(QLocale::English).toString(counted.activeSessions))),
             qPrintable(text));
    QVERIFY2(text.contains(u"Open flags: "_s + Flag::ruleText(counted.openFlags.first().rule)),
             qPrintable(text));
    // It takes no arguments.
    QCOMPARE(cli({u"--store"_s, m_path, u"overview"_s, u"now"_s}).first, 2);
}

QTEST_GUILESS_MAIN(tst_Overview)
#include "tst_overview.moc"
