#include "models/demo/DemoGenerator.h"
#include "models/domain/UserAgent.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

class Collector final : public DemoSink
{
public:
    bool addUser(const User &user) override
    {
        users.append(user);
        return true;
    }
    bool addSession(const Session &session) override
    {
        sessions.append(session);
        return true;
    }
    bool addLoginEvent(const LoginEvent &event) override
    {
        events.append(event);
        return true;
    }
    QList<User> users;
    QList<Session> sessions;
    QList<LoginEvent> events;
};

class StopAfter final : public DemoSink
{
public:
    bool addUser(const User &) override { return ++rows < 5; }
    bool addSession(const Session &) override { return ++rows < 5; }
    bool addLoginEvent(const LoginEvent &) override { return ++rows < 5; }
    int rows = 0;
};

DemoOptions options(int users, int sessions, int events, quint64 seed)
{
    DemoOptions demo;
    demo.users = users;
    demo.sessions = sessions;
    demo.events = events;
    demo.seed = seed;
    demo.now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    return demo;
}

double kilometres(const Origin &a, const Origin &b)
{
    constexpr double radius = 6371.0;
    const double toRad = M_PI / 180.0;
    const double dLat = (*b.latitude - *a.latitude) * toRad;
    const double dLon = (*b.longitude - *a.longitude) * toRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(*a.latitude * toRad) *
                                                                   std::cos(*b.latitude * toRad) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radius * std::asin(std::sqrt(h));
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactCounts_data();
    void exactCounts();
    void deterministicForSeed();
    void realistic();
    void sinkCanStop();
};

void tst_DemoGenerator::exactCounts_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("events");
    QTest::newRow("typical") << 50 << 200 << 600;
    QTest::newRow("fewer events than sessions") << 20 << 100 << 30;
    QTest::newRow("no sessions") << 10 << 0 << 25;
    QTest::newRow("nothing") << 0 << 0 << 0;
}

void tst_DemoGenerator::exactCounts()
{
    QFETCH(int, users);
    QFETCH(int, sessions);
    QFETCH(int, events);
    Collector sink;
    QVERIFY(DemoGenerator(options(users, sessions, events, 3)).generate(sink));
    QCOMPARE(sink.users.size(), users);
    QCOMPARE(sink.sessions.size(), sessions);
    QCOMPARE(sink.events.size(), events);
}

void tst_DemoGenerator::deterministicForSeed()
{
    Collector a, b, c;
    QVERIFY(DemoGenerator(options(100, 400, 1200, 9)).generate(a));
    QVERIFY(DemoGenerator(options(100, 400, 1200, 9)).generate(b));
    QVERIFY(DemoGenerator(options(100, 400, 1200, 10)).generate(c));
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.sessions, b.sessions);
    QCOMPARE(a.events, b.events);
    QVERIFY(a.users != c.users);
}

void tst_DemoGenerator::realistic()
{
    Collector sink;
    const DemoOptions demo = options(2000, 8000, 24000, 1);
    QVERIFY(DemoGenerator(demo).generate(sink));

    QSet<QString> emails, userIds, countries;
    QHash<QString, UserStatus> status;
    bool north = false, south = false, east = false, west = false;
    for (const User &user : std::as_const(sink.users)) {
        QVERIFY2(!emails.contains(user.email), qPrintable(user.email));
        emails.insert(user.email);
        userIds.insert(user.id);
        status.insert(user.id, user.status);
        QVERIFY(user.email.contains(u'@') && user.displayName.contains(u' '));
        QVERIFY(user.createdAt < demo.now);
    }
    QSet<UserStatus> statuses(status.cbegin(), status.cend());
    QCOMPARE(statuses.size(), 3);

    QSet<UserAgent::DeviceType> deviceTypes;
    QHash<QString, const Session *> sessionById;
    QSet<EndReason> endReasons;
    int active = 0;
    for (const Session &session : std::as_const(sink.sessions)) {
        QVERIFY(userIds.contains(session.userId));
        sessionById.insert(session.id, &session);
        countries.insert(session.origin.country);
        north |= *session.origin.latitude > 0;
        south |= *session.origin.latitude < 0;
        east |= *session.origin.longitude > 0;
        west |= *session.origin.longitude < 0;
        deviceTypes.insert(UserAgent::parse(session.origin.userAgent).deviceType());
        QVERIFY(session.createdAt <= session.lastSeenAt && session.lastSeenAt <= demo.now);
        QVERIFY(session.createdAt >= demo.now.addDays(-30));
        if (session.isActive(demo.now)) {
            ++active;
            QCOMPARE(status.value(session.userId), UserStatus::Active); // frozen users have no live session
        } else {
            QVERIFY(session.endReason.has_value());
            endReasons.insert(*session.endReason);
            // A session past its expiry is marked expired at its expiry time.
            if (session.expiresAt <= demo.now)
                QCOMPARE(session.endReason, EndReason::Expired);
        }
    }
    QVERIFY2(countries.size() >= 20, qPrintable(QString::number(countries.size())));
    QVERIFY(north && south && east && west);
    QVERIFY(deviceTypes.contains(UserAgent::DeviceType::Desktop));
    QVERIFY(deviceTypes.contains(UserAgent::DeviceType::Phone));
    QVERIFY(deviceTypes.contains(UserAgent::DeviceType::Tablet));
    QVERIFY(active > sink.sessions.size() / 4);
    QVERIFY(endReasons.contains(EndReason::Expired) && endReasons.contains(EndReason::UserLogout) &&
            endReasons.contains(EndReason::Frozen) && endReasons.contains(EndReason::Deactivated));

    // Successful logins open the sessions they name; failures come in bursts for some users.
    int failures = 0;
    QHash<QString, QList<QDateTime>> failuresByUser;
    for (const LoginEvent &event : std::as_const(sink.events)) {
        if (event.success) {
            const Session *session = sessionById.value(event.sessionId);
            QVERIFY(session);
            QCOMPARE(session->userId, event.userId);
            QCOMPARE(session->createdAt, event.at);
        } else {
            ++failures;
            QVERIFY(event.sessionId.isEmpty());
            failuresByUser[event.userId].append(event.at);
        }
    }
    QVERIFY(failures > 0);
    bool burst = false;
    for (auto times : std::as_const(failuresByUser)) {
        std::sort(times.begin(), times.end());
        for (int i = 9; i < times.size() && !burst; ++i)
            burst = times.at(i - 9).secsTo(times.at(i)) <= 15 * 60;
    }
    QVERIFY2(burst, "no user has 10 failed logins within 15 minutes");

    // Impossible travel: two logins of one user far apart in too little time.
    QHash<QString, QList<const Session *>> byUser;
    for (const Session &session : std::as_const(sink.sessions))
        byUser[session.userId].append(&session);
    bool impossible = false;
    for (const auto &list : std::as_const(byUser)) {
        for (int i = 0; i < list.size() && !impossible; ++i) {
            for (int j = 0; j < list.size() && !impossible; ++j) {
                const qint64 seconds = list.at(i)->createdAt.secsTo(list.at(j)->createdAt);
                if (seconds <= 0 || seconds > 3600)
                    continue;
                impossible = kilometres(list.at(i)->origin, list.at(j)->origin) / (seconds / 3600.0) > 805;
            }
        }
    }
    QVERIFY2(impossible, "no impossible-travel pair in the demo data");
}

void tst_DemoGenerator::sinkCanStop()
{
    StopAfter sink;
    QVERIFY(!DemoGenerator(options(50, 200, 600, 1)).generate(sink));
    QCOMPARE(sink.rows, 5);
}

QTEST_APPLESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
