#include "TestStore.h"
#include "models/domain/Flag.h"
#include "models/domain/SearchText.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"
#include "models/storage/StoreMigrator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Options for a source that creates its store at path.
SqlSessionSource::Options newStore(const QString &path)
{
    SqlSessionSource::Options options;
    options.path = path;
    options.createIfMissing = true;
    options.pollIntervalMs = 0;
    return options;
}

// What the Users page should show for a user, computed from the raw tables without the
// maintained user_stats, so that the test checks the triggers as well as the queries.
struct Expected
{
    QString id, name, email, role, status, lastCity;
    int active = 0;
    int devices = 0;
    qint64 lastSeen = 0;
    int openFlags = 0;
    int flagSeverity = -1; // the highest of the open flags (FlagSeverity), -1 without
    int flagRank() const { return openFlags == 0 ? 0 : (flagSeverity + 1) * 10 + openFlags; }
};

QString foldAscii(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return folded;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

Q_DECLARE_METATYPE(std::optional<Role>)

class tst_SqlSessionSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aCutTrailIsFoundByThisComputer();
    void searchFoldsCaseAndAccentsInEveryScript();
    void init();
    void cleanup();

    void usersSortedAndPaged_data();
    void usersSortedAndPaged();
    void usersFiltered_data();
    void usersFiltered();
    void userByEmail();
    void sessionsOfUser();
    void signInsOfUser();
    void signInsFiltered_data();
    void signInsFiltered();
    void signInsFollowAnAddressTheApplicationChanged();
    void signInTotalsFollowEveryChange();
    void logoutUser();
    void logoutRequiresReason();
    void logoutUnknownUser();
    void logoutIsAtomicWithItsAuditEntry();
    void endSession();
    void writeAheadLogIsCheckpointed();
    void applicationWritesUpdateTheFigures();
    void expiredSessionsAreMarked();
    void otherWritersAreNoticed();
    void waitsForAnotherWriter();
    void refusesWhenTheLockPersists();
    void refusesUnusableStores_data();
    void refusesUnusableStores();
    void createsMissingStoreWhenAsked();
    void lostWatchIsReportedAndRecovered();
    void firstAccountBecomesAdministrator();
    void operatorsAreManagedAndAudited();
    void roleChangesReachTheConsole();
    void accountsThatAreNotOperatorsOnlyLook();
    void globalLogoutIsEnforcedByTheStore_data();
    void globalLogoutIsEnforcedByTheStore();
    void settingsAreSavedAndAudited();
    void settingsRefusals();
    void logoutSeveralUsers();
    void logoutAllPreviewAndEffect_data();
    void logoutAllPreviewAndEffect();
    void logoutAllIsAtomic();
    void logoutAllWaitsForTheLockThenRefuses();
    void twoConsolesSeeEachOther();
    void killedConnectionIsReportedAndRetried();
    void statementTimeoutChangesNothing();
    void serverRestartDuringLogoutAll();
    void rolesAreEnforced_data();
    void rolesAreEnforced();

private:
    QList<Expected> expectedUsers();
    QString userWithActiveSessions(int atLeast);
    int openSessions(const QString &userId) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_SqlSessionSource::initTestCase()
{
    qputenv("TZ", "UTC");
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(80, 5));
}

void tst_SqlSessionSource::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_SqlSessionSource::cleanup()
{
    m_source.reset();
    m_raw.close();
}

QList<Expected> tst_SqlSessionSource::expectedUsers()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, Expected> users;
    QSqlQuery query(m_raw);
    query.exec(u"SELECT id, display_name, email, role, status FROM users"_s);
    while (query.next()) {
        Expected e;
        e.id = query.value(0).toString();
        e.name = query.value(1).toString();
        e.email = query.value(2).toString();
        e.role = query.value(3).toString();
        e.status = query.value(4).toString();
        users.insert(e.id, e);
    }
    QHash<QString, QSet<QString>> devices;
    query.exec(
        u"SELECT user_id, last_seen_at, city, ended_at, expires_at, coalesce(device_id, user_agent, id) FROM sessions"_s);
    while (query.next()) {
        Expected &e = users[query.value(0).toString()];
        if (TestStore::ms(query.value(1)) > e.lastSeen) {
            e.lastSeen = TestStore::ms(query.value(1));
            e.lastCity = query.value(2).toString();
        }
        if (query.value(3).isNull() && TestStore::ms(query.value(4)) > now.toMSecsSinceEpoch()) {
            ++e.active;
            devices[e.id].insert(query.value(5).toString());
        }
    }
    for (auto it = devices.cbegin(); it != devices.cend(); ++it)
        users[it.key()].devices = int(it.value().size());
    query.exec(u"SELECT user_id, severity FROM flags WHERE status IN ('open', 'frozen')"_s);
    while (query.next()) {
        Expected &e = users[query.value(0).toString()];
        ++e.openFlags;
        e.flagSeverity = qMax(e.flagSeverity, int(Flag::severityFromKey(query.value(1).toString()).value()));
    }
    return users.values();
}

int tst_SqlSessionSource::openSessions(const QString &userId) const
{
    return TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {userId})
        .toInt();
}

// A test of what only SQLite has: file locks, the write-ahead log, file checks, the operators
// table (PostgreSQL's counterparts are tested in tst_postgres).
#define SQLITE_ONLY(why)                                                                                     \
    if (TestStore::postgres())                                                                               \
    QSKIP(why)

#define POSTGRES_ONLY(why)                                                                                   \
    if (!TestStore::postgres())                                                                              \
    QSKIP(why)

QString tst_SqlSessionSource::userWithActiveSessions(int atLeast)
{
    for (const Expected &e : expectedUsers()) {
        if (e.active >= atLeast)
            return e.id;
    }
    qFatal("no user with %d active sessions", atLeast);
}

void tst_SqlSessionSource::usersSortedAndPaged_data()
{
    QTest::addColumn<UserQuery::SortField>("field");
    QTest::addColumn<Qt::SortOrder>("order");
    for (auto field : {UserQuery::SortField::Name, UserQuery::SortField::Email, UserQuery::SortField::Role,
                       UserQuery::SortField::Status, UserQuery::SortField::Flags,
                       UserQuery::SortField::ActiveSessions, UserQuery::SortField::Devices,
                       UserQuery::SortField::LastActivity, UserQuery::SortField::LastLocation}) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name =
                UserQuery::sortFieldKey(field) + (order == Qt::AscendingOrder ? u" asc"_s : u" desc"_s);
            QTest::newRow(qPrintable(name)) << field << order;
        }
    }
}

void tst_SqlSessionSource::usersSortedAndPaged()
{
    QFETCH(UserQuery::SortField, field);
    QFETCH(Qt::SortOrder, order);
    if (field == UserQuery::SortField::Flags) {
        // The demo's planted patterns: users with one flag and with several, of different severities.
        const auto scan = TestStore::await(m_source->scanFlags(true));
        QVERIFY2(scan.ok(), TestStore::why(scan));
        QVERIFY(TestStore::scalar(m_raw, u"SELECT count(DISTINCT flag_rank) FROM users"_s).toInt() >= 3);
    }

    QList<Expected> expected = expectedUsers();
    auto key = [field](const Expected &e) -> QVariant {
        switch (field) {
        case UserQuery::SortField::Name:
            return foldAscii(e.name);
        case UserQuery::SortField::Email:
            return e.email;
        case UserQuery::SortField::Role:
            return e.role;
        case UserQuery::SortField::Status:
            return e.status;
        case UserQuery::SortField::Flags:
            return e.flagRank();
        case UserQuery::SortField::ActiveSessions:
            return e.active;
        case UserQuery::SortField::Devices:
            return e.devices;
        case UserQuery::SortField::LastActivity:
            return e.lastSeen;
        case UserQuery::SortField::LastLocation:
            return foldAscii(e.lastCity);
        }
        return {};
    };
    std::sort(expected.begin(), expected.end(), [&](const Expected &a, const Expected &b) {
        const int c = QVariant::compare(key(a), key(b)) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(key(a), key(b)) == QPartialOrdering::Greater ? 1
                                                                                       : a.id.compare(b.id);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });

    // Page through with a small page size: keyset paging must visit every user exactly once.
    UserQuery query;
    query.sortField = field;
    query.order = order;
    query.limit = 7;
    QList<User> seen;
    int pages = 0;
    do {
        const auto page = TestStore::await(m_source->users(query));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text));
        if (pages == 0)
            QCOMPARE(page.value().total, expected.size());
        else
            QCOMPARE(page.value().total, -1);
        QVERIFY(page.value().rows.size() <= 7);
        seen.append(page.value().rows);
        query.cursor = page.value().nextCursor;
        ++pages;
    } while (query.cursor.isValid());
    QCOMPARE(pages, (expected.size() + 6) / 7);
    QCOMPARE(seen.size(), expected.size());
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).id, expected.at(i).id);
        QCOMPARE(seen.at(i).activeSessions, expected.at(i).active);
        QCOMPARE(seen.at(i).devices, expected.at(i).devices);
        QCOMPARE(seen.at(i).lastActivity.isValid() ? seen.at(i).lastActivity.toMSecsSinceEpoch() : 0,
                 expected.at(i).lastSeen);
        QCOMPARE(seen.at(i).lastCity, expected.at(i).lastCity);
        QCOMPARE(seen.at(i).openFlags, expected.at(i).openFlags);
        QCOMPARE(seen.at(i).flagSeverity ? int(*seen.at(i).flagSeverity) : -1, expected.at(i).flagSeverity);
    }
}

void tst_SqlSessionSource::usersFiltered_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::newRow("name part, any case") << u"ANN"_s << QString();
    QTest::newRow("email domain") << u"@acme.example"_s << QString();
    QTest::newRow("percent is literal") << u"%"_s << QString();
    QTest::newRow("underscore is literal") << u"_"_s << QString();
    QTest::newRow("no match") << u"zzzzzz"_s << QString();
    QTest::newRow("frozen") << QString() << u"frozen"_s;
    QTest::newRow("active with text") << u"a"_s << u"active"_s;
}

void tst_SqlSessionSource::usersFiltered()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    int expected = 0;
    for (const Expected &e : expectedUsers()) {
        const bool textMatches = text.isEmpty() ||
                                 SearchText::fold(e.name).contains(SearchText::fold(text)) ||
                                 SearchText::fold(e.email).contains(SearchText::fold(text));
        if (textMatches && (status.isEmpty() || e.status == status))
            ++expected;
    }
    UserQuery query;
    query.text = text;
    if (!status.isEmpty())
        query.status = User::statusFromKey(status);
    query.limit = 1000;
    const auto page = TestStore::await(m_source->users(query));
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, expected);
    QCOMPARE(page.value().rows.size(), expected);
    for (const User &user : page.value().rows) {
        QVERIFY(text.isEmpty() || user.displayName.contains(text, Qt::CaseInsensitive) ||
                user.email.contains(text, Qt::CaseInsensitive));
        QVERIFY(status.isEmpty() || User::statusKey(user.status) == status);
    }
}

void tst_SqlSessionSource::userByEmail()
{
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users ORDER BY id LIMIT 1"_s).toString();
    const auto exact = TestStore::await(m_source->userByEmail(email));
    QVERIFY(exact.ok());
    QCOMPARE(exact.value().email, email);
    const auto upper = TestStore::await(m_source->userByEmail(email.toUpper()));
    QVERIFY(upper.ok());
    QCOMPARE(upper.value().id, exact.value().id);
    const auto missing = TestStore::await(m_source->userByEmail(u"nobody@nowhere.example"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, SourceError::Code::NotFound);
    QVERIFY(missing.error().text.contains(u"nobody@nowhere.example"_s));
}

void tst_SqlSessionSource::sessionsOfUser()
{
    const QString userId = userWithActiveSessions(2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int active =
        TestStore::scalar(m_raw,
                          u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                          "AND expires_at > ?"_s,
                          {userId, Sql::time(now)})
            .toInt();
    const int all =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {userId}).toInt();

    SessionQuery query;
    query.userId = userId;
    query.limit = 1;
    QList<Session> sessions;
    do {
        const auto page = TestStore::await(m_source->sessions(query));
        QVERIFY(page.ok());
        sessions.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    QCOMPARE(sessions.size(), active);
    for (int i = 0; i < sessions.size(); ++i) {
        QVERIFY(sessions.at(i).isActive(QDateTime::currentDateTimeUtc()));
        QCOMPARE(sessions.at(i).userId, userId);
        if (i > 0)
            QVERIFY(sessions.at(i - 1).lastSeenAt >= sessions.at(i).lastSeenAt); // newest activity first
    }

    query = SessionQuery();
    query.userId = userId;
    query.includeEnded = true;
    query.sortField = SessionQuery::SortField::Started;
    query.order = Qt::AscendingOrder;
    const auto everything = TestStore::await(m_source->sessions(query));
    QVERIFY(everything.ok());
    QCOMPARE(everything.value().total, all);
    for (int i = 1; i < everything.value().rows.size(); ++i)
        QVERIFY(everything.value().rows.at(i - 1).createdAt <= everything.value().rows.at(i).createdAt);
}

void tst_SqlSessionSource::signInsOfUser()
{
    // The user with the most sign-ins among those with a failed one.
    const QString userId =
        TestStore::scalar(m_raw,
                          u"SELECT user_id FROM login_events GROUP BY user_id HAVING "
                          "sum(CASE WHEN success THEN 0 ELSE 1 END) > 0 ORDER BY count(*) DESC, user_id "
                          "LIMIT 1"_s)
            .toString();
    QVERIFY(!userId.isEmpty());
    const qint64 all =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ?"_s, {userId})
            .toLongLong();
    const qint64 failed =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ? AND NOT success"_s,
                          {userId})
            .toLongLong();
    QVERIFY(all > 2);
    QVERIFY(m_source->capabilities().has(Capabilities::Capability::SignIns));

    SignInQuery query;
    query.userId = userId;
    query.limit = 2;
    QList<LoginEvent> events;
    qint64 total = -1;
    do {
        const auto page = TestStore::await(m_source->signIns(query));
        QVERIFY2(page.ok(), TestStore::why(page));
        if (!query.cursor.isValid())
            total = page.value().total;
        QVERIFY(page.value().rows.size() <= 2);
        events.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    QCOMPARE(total, all);
    QCOMPARE(events.size(), all);
    QSet<qint64> ids;
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).userId, userId);
        QVERIFY(events.at(i).at.isValid());
        ids.insert(events.at(i).id);
        if (i > 0) // newest first
            QVERIFY(events.at(i - 1).at >= events.at(i).at);
    }
    QCOMPARE(ids.size(), events.size()); // no page repeated a row
    QCOMPARE(std::count_if(events.begin(), events.end(), [](const LoginEvent &e) { return !e.success; }),
             failed);

    // Somebody without sign-ins has an empty history, not an error.
    query = SignInQuery();
    query.userId = u"no-such-user"_s;
    const auto none = TestStore::await(m_source->signIns(query));
    QVERIFY(none.ok());
    QCOMPARE(none.value().total, 0);
    QVERIFY(none.value().rows.isEmpty());
}

// Ranges compare addresses, not text: both ends of a range are in it, the neighbours outside are
// not, IPv4 stored in its IPv6-mapped form is the same address, text that is no address is in no
// range. The sign-ins are written as an application would, on a day of their own.
void tst_SqlSessionSource::signInsFiltered_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<int>("success"); // -1 either, 0 failed, 1 successful
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QStringList>("expected"); // the addresses found

    const QStringList inV4{u"10.20.0.0"_s, u"10.20.1.1"_s, u"::ffff:10.20.5.5"_s, u"10.20.255.255"_s};
    QTest::newRow("IPv4 /16, both ends") << u"10.20.0.0/16"_s << -1 << QString() << QString() << inV4;
    QTest::newRow("host bits ignored") << u"10.20.77.1/16"_s << -1 << QString() << QString() << inV4;
    QTest::newRow("IPv4 /16 written mapped")
        << u"::ffff:10.20.0.0/112"_s << -1 << QString() << QString() << inV4;
    QTest::newRow("one IPv4 address")
        << u"10.20.255.255"_s << -1 << QString() << QString() << QStringList{u"10.20.255.255"_s};
    QTest::newRow("mapped written as IPv4")
        << u"10.20.5.5"_s << -1 << QString() << QString() << QStringList{u"::ffff:10.20.5.5"_s};
    QTest::newRow("IPv6 /32, both ends")
        << u"2001:db8::/32"_s << -1 << QString() << QString()
        << QStringList{u"2001:db8::1"_s, u"2001:0DB8:ffff:ffff:ffff:ffff:ffff:ffff"_s};
    QTest::newRow("IPv6 /128") << u"2001:db8::1/128"_s << -1 << QString() << QString()
                               << QStringList{u"2001:db8::1"_s};
    QTest::newRow("everything IPv4") << u"0.0.0.0/0"_s << -1 << QString() << QString()
                                     << (inV4 + QStringList{u"10.19.255.255"_s, u"10.21.0.0"_s});
    QTest::newRow("a range with nothing in it")
        << u"192.0.2.0/24"_s << -1 << QString() << QString() << QStringList();
    QTest::newRow("failed ones in a range") << u"10.20.0.0/16"_s << 0 << QString() << QString()
                                            << QStringList{u"10.20.1.1"_s, u"10.20.255.255"_s};
    QTest::newRow("country in either case")
        << QString() << -1 << u"zz"_s << QString() << QStringList{u"2001:db8::1"_s};
    QTest::newRow("a leading zero is no address")
        << u"10.20.0.8/31"_s << -1 << QString() << QString() << QStringList();
    QTest::newRow("device words, each anywhere")
        << QString() << -1 << QString() << u"linux  FIREFOX"_s << QStringList{u"10.20.0.0"_s};
    QTest::newRow("device words in any case")
        << QString() << 1 << QString() << u"FIREFOX"_s << QStringList{u"10.20.0.0"_s, u"not an address"_s};
}

void tst_SqlSessionSource::signInsFiltered()
{
    QFETCH(QString, network);
    QFETCH(int, success);
    QFETCH(QString, country);
    QFETCH(QString, device);
    QFETCH(QStringList, expected);
    const QString userId = TestStore::scalar(m_raw, u"SELECT id FROM users ORDER BY id LIMIT 1"_s).toString();
    const QDateTime day(QDate(2001, 1, 1), QTime(12, 0), Qt::UTC);
    const struct
    {
        const char *ip;
        bool success;
        const char *country;
        const char *agent;
    } written[] = {
        {"10.20.0.0", true, "DE", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"},
        {"10.20.1.1", false, "DE", "curl/8.0"},
        {"::ffff:10.20.5.5", true, "DE", "curl/8.0"},
        {"10.20.255.255", false, "DE", "curl/8.0"},
        {"10.19.255.255", true, "DE", "curl/8.0"},
        {"10.21.0.0", true, "DE", "curl/8.0"},
        {"2001:db8::1", true, "ZZ", "curl/8.0"},
        {"2001:0DB8:ffff:ffff:ffff:ffff:ffff:ffff", false, "DE", "curl/8.0"},
        {"2001:db9::", true, "DE", "curl/8.0"},
        {"not an address", true, "DE", "Firefox/128.0"},
        {"10.20.0.010", true, "DE", "curl/8.0"}, // not 10.20.0.8 (octal), nor 10.20.0.10: no address
    };
    int minute = 0;
    for (const auto &row : written) {
        QSqlQuery insert(m_raw);
        QVERIFY(!Sql::exec(insert,
                           u"INSERT INTO login_events (user_id, at, success, ip, user_agent, country) "
                           "VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {userId, Sql::time(day.addSecs(60 * ++minute)), row.success,
                            QString::fromLatin1(row.ip), QString::fromLatin1(row.agent),
                            QString::fromLatin1(row.country)}));
    }
    SignInQuery query;
    query.network = network;
    if (success >= 0)
        query.success = success == 1;
    query.country = country;
    query.device = device;
    query.from = day;
    query.to = day.addDays(1);
    query.limit = 3; // more than one page where there are more
    QStringList found;
    qint64 total = -1;
    do {
        const auto page = TestStore::await(m_source->signIns(query));
        QVERIFY2(page.ok(), TestStore::why(page));
        if (!query.cursor.isValid())
            total = page.value().total;
        for (const LoginEvent &event : page.value().rows) {
            found << event.origin.ip;
            QCOMPARE(event.userId, userId);
            QVERIFY(!event.userEmail.isEmpty()); // the listing names the user
        }
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    QCOMPARE(total, qint64(expected.size()));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

// The Sign-ins page's totals (PostgreSQL keeps them: schema version 15) after an application
// writes, from two connections, changes a result, deletes and empties the table.
void tst_SqlSessionSource::signInTotalsFollowEveryChange()
{
    const QString userId = TestStore::scalar(m_raw, u"SELECT id FROM users ORDER BY id LIMIT 1"_s).toString();
    const auto total = [this](std::optional<bool> success) {
        SignInQuery query;
        query.success = success;
        const auto page = TestStore::await(m_source->signIns(query));
        return page.ok() ? page.value().total : -1;
    };
    const auto check = [&, this] {
        for (const std::optional<bool> success :
             {std::optional<bool>(), std::optional(true), std::optional(false)}) {
            const QString where = !success ? u"TRUE"_s : *success ? u"success"_s : u"NOT success"_s;
            QCOMPARE(
                total(success),
                TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE "_s + where).toLongLong());
        }
    };
    check();
    QSqlDatabase other = TestStore::raw(m_path); // another connection of the application
    QSqlQuery insert(m_raw);
    QSqlQuery insertElsewhere(other);
    for (QSqlQuery *writer : {&insert, &insertElsewhere}) {
        QVERIFY(!Sql::exec(
            *writer,
            u"INSERT INTO login_events (user_id, at, success, ip) VALUES (?, ?, true, '203.0.113.1'), "
            "(?, ?, false, '203.0.113.2'), (?, ?, false, '203.0.113.3')"_s,
            {userId, Sql::time(QDateTime::currentDateTimeUtc()), userId,
             Sql::time(QDateTime::currentDateTimeUtc()), userId,
             Sql::time(QDateTime::currentDateTimeUtc())}));
    }
    check();
    QVERIFY(!Sql::exec(insert, u"UPDATE login_events SET success = NOT success WHERE ip = '203.0.113.2'"_s));
    QVERIFY(!Sql::exec(insert, u"UPDATE login_events SET country = 'DE' WHERE ip = '203.0.113.3'"_s));
    check();
    QVERIFY(!Sql::exec(insertElsewhere, u"DELETE FROM login_events WHERE ip = '203.0.113.1'"_s));
    check();
    QVERIFY(!Sql::exec(insert,
                       TestStore::postgres() ? u"TRUNCATE login_events"_s : u"DELETE FROM login_events"_s));
    check();
    QCOMPARE(total(std::nullopt), 0);
    insertElsewhere = QSqlQuery();
    other.close();
}

// An application that changes a sign-in's address after SessionDesk keyed it: the range finds it
// at its new address, not its old one.
void tst_SqlSessionSource::signInsFollowAnAddressTheApplicationChanged()
{
    const QString userId = TestStore::scalar(m_raw, u"SELECT id FROM users ORDER BY id LIMIT 1"_s).toString();
    QSqlQuery write(m_raw);
    QVERIFY(!Sql::exec(
        write, u"INSERT INTO login_events (user_id, at, success, ip) VALUES (?, ?, ?, '198.51.100.7')"_s,
        {userId, Sql::time(QDateTime(QDate(2001, 2, 1), QTime(9, 0), Qt::UTC)), true}));
    const auto found = [this](const QString &network) {
        SignInQuery query;
        query.network = network;
        query.to = QDateTime(QDate(2001, 3, 1), QTime(0, 0), Qt::UTC);
        const auto page = TestStore::await(m_source->signIns(query));
        return page.ok() ? page.value().total : -1;
    };
    QCOMPARE(found(u"198.51.100.0/24"_s), 1); // keyed now
    QVERIFY(!Sql::exec(write, u"UPDATE login_events SET ip = '203.0.113.9' WHERE ip = '198.51.100.7'"_s));
    QCOMPARE(found(u"198.51.100.0/24"_s), 0);
    QCOMPARE(found(u"203.0.113.0/24"_s), 1);
}

void tst_SqlSessionSource::logoutUser()
{
    const QString userId = userWithActiveSessions(2);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const int active =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL"_s,
                          {userId})
            .toInt();
    const int othersActive =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id <> ? AND ended_at IS NULL"_s,
                          {userId})
            .toInt();
    QSignalSpy changed(m_source.get(), &SessionSource::changed);

    const auto result =
        TestStore::await(m_source->logoutUsers({userId}, TestStore::context(u"Lost device"_s, u"SEC-7"_s)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text));
    QCOMPARE(result.value().sessionsEnded, active);
    QCOMPARE(result.value().usersAffected, 1);
    QVERIFY(result.value().at >= before.addMSecs(-1));
    QTRY_COMPARE(changed.count(), 1);

    const Operator op = TestStore::context().actor;
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(
        query, u"SELECT ended_at, end_reason, ended_by FROM sessions WHERE user_id = ? AND ended_at >= ?"_s,
        {userId, Sql::time(before.addMSecs(-1))}));
    int ended = 0;
    while (query.next()) {
        ++ended;
        QCOMPARE(TestStore::ms(query.value(0)), result.value().at.toMSecsSinceEpoch());
        QCOMPARE(query.value(1).toString(), u"admin_logout"_s);
        QCOMPARE(query.value(2).toString(), op.id);
    }
    QCOMPARE(ended, active);
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL"_s, {userId})
                 .toInt(),
             0);
    QCOMPARE(TestStore::ms(
                 TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {userId})),
             result.value().at.toMSecsSinceEpoch());
    QCOMPARE(openSessions(userId), 0);
    // Nobody else was touched.
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM sessions WHERE user_id <> ? AND ended_at IS NULL"_s, {userId})
                 .toInt(),
             othersActive);

    // The audit entry, written in the same transaction.
    QVERIFY(
        query.exec(u"SELECT id, at, operator, os_account, host, action, target_user, target_session, count, "
                   "reason, ticket, outcome FROM audit_log"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), result.value().auditEntryId);
    QCOMPARE(TestStore::ms(query.value(1)), result.value().at.toMSecsSinceEpoch());
    QCOMPARE(query.value(2).toString(), op.id);
    QCOMPARE(query.value(3).toString(), op.osAccount);
    QCOMPARE(query.value(4).toString(), op.host);
    QCOMPARE(query.value(5).toString(), u"logout_user"_s);
    QCOMPARE(query.value(6).toString(), userId);
    QVERIFY(query.value(7).isNull());
    QCOMPARE(query.value(8).toInt(), active);
    QCOMPARE(query.value(9).toString(), u"Lost device"_s);
    QCOMPARE(query.value(10).toString(), u"SEC-7"_s);
    QCOMPARE(query.value(11).toString(), u"success"_s);
    QVERIFY(!query.next());
}

void tst_SqlSessionSource::logoutRequiresReason()
{
    const QString userId = userWithActiveSessions(1);
    const auto result = TestStore::await(m_source->logoutUsers({userId}, TestStore::context(u"   "_s)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, SourceError::Code::InvalidInput);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    QVERIFY(
        TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {userId}).isNull());
}

void tst_SqlSessionSource::logoutUnknownUser()
{
    const auto result = TestStore::await(m_source->logoutUsers({u"usr_missing"_s}, TestStore::context()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, SourceError::Code::NotFound);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_SqlSessionSource::logoutIsAtomicWithItsAuditEntry()
{
    const QString userId = userWithActiveSessions(2);
    const int active =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt();
    // The audit insert fails after the sessions were updated in the same transaction.
    TestStore::failAuditInserts(m_raw, true);

    const auto result = TestStore::await(m_source->logoutUsers({userId}, TestStore::context()));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().text.contains(u"audit"_s) &&
                 result.error().text.contains(u"nothing was changed"_s),
             qPrintable(result.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt(),
             active);
    QVERIFY(
        TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {userId}).isNull());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    QVERIFY(openSessions(userId) >= 2);

    // Once the fault is gone the same action goes through.
    TestStore::failAuditInserts(m_raw, false);
    QVERIFY(TestStore::await(m_source->logoutUsers({userId}, TestStore::context())).ok());
}

void tst_SqlSessionSource::endSession()
{
    const QString userId = userWithActiveSessions(2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString sessionId =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                          "AND expires_at > ? LIMIT 1"_s,
                          {userId, Sql::time(now)})
            .toString();
    const int active = openSessions(userId);

    const auto result =
        TestStore::await(m_source->endSession(sessionId, TestStore::context(u"Suspicious"_s, QString())));
    QVERIFY(result.ok());
    QCOMPARE(result.value().sessionsEnded, 1);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {sessionId}).toString(),
        u"admin_logout"_s);
    QCOMPARE(openSessions(userId), active - 1);
    // Ending one session rejects no tokens: the user's other sessions keep working.
    QVERIFY(
        TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {userId}).isNull());
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT action || ' ' || target_user || ' ' || target_session || ' ' || count "
                        "|| ' ' || coalesce(ticket, '-') FROM audit_log"_s)
                 .toString(),
             u"end_session %1 %2 1 -"_s.arg(userId, sessionId));

    const auto again = TestStore::await(m_source->endSession(sessionId, TestStore::context()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, SourceError::Code::Conflict);
    QVERIFY(again.error().text.contains(u"already ended"_s));
    const auto unknown = TestStore::await(m_source->endSession(u"ses_nope"_s, TestStore::context()));
    QCOMPARE(unknown.error().code, SourceError::Code::NotFound);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
}

void tst_SqlSessionSource::writeAheadLogIsCheckpointed()
{
    SQLITE_ONLY("SQLite only: the write-ahead log");
    // The source checkpoints after each of its writes (on its background connection), so that
    // the log starts over instead of growing with every action.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery active(m_raw);
    active.prepare(u"SELECT id FROM sessions WHERE ended_at IS NULL AND expires_at > ? LIMIT 30"_s);
    active.addBindValue(now.toMSecsSinceEpoch());
    QVERIFY(active.exec());
    QStringList ids;
    while (active.next())
        ids.append(active.value(0).toString());
    active.finish();
    QCOMPARE(ids.size(), 30);
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(TestStore::await(m_source->endSession(id, TestStore::context())).ok());
        // The checkpoint is queued on the background worker before this scan.
        QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    }
    QSqlQuery checkpoint(m_raw);
    QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && checkpoint.next());
    // One action writes about a dozen pages; without checkpoints the log would hold all thirty.
    const int frames = checkpoint.value(1).toInt();
    QVERIFY2(frames >= 0 && frames < 40, qPrintable(u"%1 pages in the log"_s.arg(frames)));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 30);
}

void tst_SqlSessionSource::applicationWritesUpdateTheFigures()
{
    // An application adds a user and signs them in on two devices, then signs one out.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestStore::scalar(m_raw,
                      u"INSERT INTO users (id, email, display_name, created_at) VALUES ('usr_new', "
                      "'new@app.example', 'Aaron Aardvark', ?)"_s,
                      {Sql::time(now)});
    for (const auto &[id, device, city] :
         {std::tuple{u"s_a"_s, u"d1"_s, u"Lyon"_s}, std::tuple{u"s_b"_s, u"d2"_s, u"Oslo"_s}}) {
        TestStore::scalar(
            m_raw,
            u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id, "
            "city, country) VALUES (?, 'usr_new', ?, ?, ?, ?, ?, 'FR')"_s,
            {id, Sql::time(now), Sql::time(id == u"s_a" ? now : now.addMSecs(5)),
             Sql::time(now.addSecs(3600)), device, city});
    }
    auto user = TestStore::await(m_source->userByEmail(u"new@app.example"_s));
    QVERIFY(user.ok());
    QCOMPARE(user.value().activeSessions, 2);
    QCOMPARE(user.value().devices, 2);
    QCOMPARE(user.value().lastCity, u"Oslo"_s);
    QCOMPARE(user.value().lastActivity, now.addMSecs(5));

    TestStore::scalar(m_raw,
                      u"UPDATE sessions SET ended_at = ?, end_reason = 'user_logout' WHERE id = 's_b'"_s,
                      {Sql::time(now.addMSecs(10))});
    user = TestStore::await(m_source->userByEmail(u"new@app.example"_s));
    QCOMPARE(user.value().activeSessions, 1);
    QCOMPARE(user.value().devices, 1);
    TestStore::scalar(m_raw, u"DELETE FROM sessions WHERE user_id = 'usr_new'"_s);
    user = TestStore::await(m_source->userByEmail(u"new@app.example"_s));
    QCOMPARE(user.value().activeSessions, 0);
    QVERIFY(!user.value().lastActivity.isValid());
}

void tst_SqlSessionSource::expiredSessionsAreMarked()
{
    const QString userId = userWithActiveSessions(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestStore::scalar(
        m_raw,
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) "
        "VALUES ('s_old', ?, ?, ?, ?)"_s,
        {userId, Sql::time(now.addSecs(-7200)), Sql::time(now.addSecs(-7200)), Sql::time(now.addSecs(-60))});
    m_source.reset();
    m_source = TestStore::open(m_path); // opening sweeps
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = 's_old'"_s).toString(),
             u"expired"_s);
    QCOMPARE(TestStore::ms(TestStore::scalar(m_raw, u"SELECT ended_at FROM sessions WHERE id = 's_old'"_s)),
             now.addSecs(-60).toMSecsSinceEpoch());
    QVERIFY(TestStore::scalar(m_raw, u"SELECT ended_by FROM sessions WHERE id = 's_old'"_s).isNull());
}

void tst_SqlSessionSource::otherWritersAreNoticed()
{
    m_source.reset();
    m_source = TestStore::open(m_path, 100);
    QSignalSpy changed(m_source.get(), &SessionSource::changed);
    // Opening starts detection, which announces the flags it raises; let that settle, then
    // nothing changes by itself.
    int seen = -1;
    for (int i = 0; i < 25 && seen != changed.count(); ++i) {
        seen = int(changed.count());
        QTest::qWait(400);
    }
    changed.clear();
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
    const QString userId = userWithActiveSessions(1);
    TestStore::scalar(m_raw,
                      u"UPDATE sessions SET ended_at = ?, end_reason = 'user_logout' WHERE user_id = ?"_s,
                      {Sql::time(QDateTime::currentDateTimeUtc()), userId});
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 2000);
}

void tst_SqlSessionSource::waitsForAnotherWriter()
{
    SQLITE_ONLY("SQLite only: the file lock of another writer");
    const QString applicationUser = userWithActiveSessions(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString appSession =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                          "AND expires_at > ? LIMIT 1"_s,
                          {applicationUser, Sql::time(now)})
            .toString();
    QString operatorTarget;
    for (const Expected &e : expectedUsers()) {
        if (e.id != applicationUser && e.active > 0)
            operatorTarget = e.id;
    }
    QVERIFY(!operatorTarget.isEmpty());

    QProcess application;
    application.start(TestStore::helper(u"store-writer"_s), {m_path, appSession, u"1500"_s});
    QVERIFY(application.waitForReadyRead(10'000));
    QCOMPARE(application.readAllStandardOutput().trimmed(), QByteArray("locked"));

    const auto result = TestStore::await(m_source->logoutUsers({operatorTarget}, TestStore::context()));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text));
    QTRY_COMPARE_WITH_TIMEOUT(application.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(application.exitCode(), 0);
    // Both writers' changes are there.
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {appSession}).toString(),
        u"user_logout"_s);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL"_s,
                               {operatorTarget})
                 .toInt(),
             0);
}

void tst_SqlSessionSource::refusesWhenTheLockPersists()
{
    SQLITE_ONLY("SQLite only: the file lock of another writer");
    m_source.reset();
    m_source = TestStore::open(m_path, 0, 250, 2);
    const QString userId = userWithActiveSessions(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString appSession =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE ended_at IS NULL AND expires_at > ? "
                          "AND user_id <> ? LIMIT 1"_s,
                          {Sql::time(now), userId})
            .toString();
    const int active = openSessions(userId);

    QProcess application;
    application.start(TestStore::helper(u"store-writer"_s), {m_path, appSession, u"4000"_s});
    QVERIFY(application.waitForReadyRead(10'000));

    const auto result = TestStore::await(m_source->logoutUsers({userId}, TestStore::context()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, SourceError::Code::Busy);
    QVERIFY2(result.error().text.contains(u"locked by another program"_s) &&
                 result.error().text.contains(u"Nothing was changed"_s),
             qPrintable(result.error().text));
    QTRY_COMPARE_WITH_TIMEOUT(application.state(), QProcess::NotRunning, 10'000);
    QCOMPARE(openSessions(userId), active);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);

    // With the lock gone the action succeeds.
    QVERIFY(TestStore::await(m_source->logoutUsers({userId}, TestStore::context())).ok());
}

void tst_SqlSessionSource::refusesUnusableStores_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<SourceError::Code>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing") << u"missing"_s << SourceError::Code::NotFound << u"no store"_s;
    QTest::newRow("read-only") << u"read-only"_s << SourceError::Code::PermissionDenied << u"read-only"_s;
    QTest::newRow("not a database") << u"garbage"_s << SourceError::Code::Corrupt
                                    << u"damaged or is not a database"_s;
    QTest::newRow("truncated") << u"truncated"_s << SourceError::Code::Corrupt << u"damaged"_s;
    QTest::newRow("another program's database")
        << u"foreign"_s << SourceError::Code::NotAStore << u"not a SessionDesk store"_s;
    QTest::newRow("newer schema") << u"newer"_s << SourceError::Code::NewerSchema << u"newer SessionDesk"_s;
    QTest::newRow("empty file") << u"empty"_s << SourceError::Code::NotFound << u"empty"_s;
    // The console creates a store where there is none, but never in a file the user named that
    // happens to be empty: the CLI and the console say the same.
    QTest::newRow("empty file, creating")
        << u"empty"_s << SourceError::Code::NotFound
        << u"is an empty file, not a SessionDesk store; nothing was written"_s;
    QTest::newRow("folder") << u"folder"_s << SourceError::Code::NotFound << u"is a folder"_s;
    QTest::newRow("folder, creating") << u"folder"_s << SourceError::Code::NotFound << u"is a folder"_s;
}

void tst_SqlSessionSource::refusesUnusableStores()
{
    SQLITE_ONLY("SQLite only: files that are no usable store");
    QFETCH(QString, kind);
    QFETCH(SourceError::Code, code);
    QFETCH(QString, words);
    m_source.reset();
    m_raw.close();
    const QString path = m_dir.filePath(u"bad-"_s + kind);
    if (kind == u"read-only") {
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    } else if (kind == u"garbage") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            file.putChar(char(i * 7919 % 251));
    } else if (kind == u"truncated") {
        QFile source(m_template);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray head = source.read(100); // a valid SQLite header …
        head += QByteArray(8192, '\xAB');   // … and pages of rubbish
        file.write(head);
    } else if (kind == u"foreign") {
        QSqlDatabase db = TestStore::raw(path);
        QSqlQuery(db).exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s);
        db.close();
    } else if (kind == u"newer") {
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QSqlDatabase db = TestStore::raw(path);
        QSqlQuery(db).exec(u"INSERT INTO sessiondesk_schema VALUES (99, 'future', 0)"_s);
        db.close();
    } else if (kind == u"empty") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray hashBefore = fileHash(path);

    SqlSessionSource::Options options;
    options.path = path;
    options.pollIntervalMs = 0;
    options.createIfMissing = QByteArray(QTest::currentDataTag()).endsWith("creating");
    SqlSessionSource source(options);
    const auto opened = TestStore::await(source.open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
    QVERIFY2(opened.error().text.contains(words), qPrintable(opened.error().text));
    QCOMPARE(fileHash(path), hashBefore); // refused, never repaired
    // Queries after a failed open say so instead of touching anything.
    const auto users = TestStore::await(source.users(UserQuery()));
    QVERIFY(!users.ok());
    QVERIFY(!QFile::exists(path + u"-wal"_s) || kind == u"newer");
}

void tst_SqlSessionSource::createsMissingStoreWhenAsked()
{
    SQLITE_ONLY("SQLite only: a new store file");
    const QString path = m_dir.filePath(u"sub/dir/new.sqlite"_s);
    SqlSessionSource source(newStore(path));
    const auto opened = TestStore::await(source.open());
    QVERIFY(opened.ok());
    QVERIFY(opened.value().created);
    QCOMPARE(opened.value().schemaVersion, StoreMigrator(u":/sql/sqlite"_s).latestVersion());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup),
             QFile::Permissions());
    const auto users = TestStore::await(source.users(UserQuery()));
    QVERIFY(users.ok());
    QCOMPARE(users.value().total, 0);
}

void tst_SqlSessionSource::globalLogoutIsEnforcedByTheStore_data()
{
    QTest::addColumn<bool>("on");
    QTest::newRow("off: only that session ends") << false;
    QTest::newRow("on: every session of the user ends") << true;
}

void tst_SqlSessionSource::globalLogoutIsEnforcedByTheStore()
{
    QFETCH(bool, on);
    if (on) {
        Settings settings = TestStore::await(m_source->settings()).value();
        QVERIFY(!settings.set(QString::fromLatin1(Settings::GlobalLogout), u"on"_s));
        QVERIFY(TestStore::await(m_source->saveSettings(settings, TestStore::context(u"Policy"_s))).ok());
    }
    const QString userId = userWithActiveSessions(3);
    const QString otherUser = userWithActiveSessions(1) == userId ? QString() : userWithActiveSessions(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int active = openSessions(userId);
    const int othersActive =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id <> ? AND ended_at IS NULL"_s,
                          {userId})
            .toInt();
    const QString signedOut =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                          "AND expires_at > ? LIMIT 1"_s,
                          {userId, Sql::time(now)})
            .toString();

    // Exactly what an application does when the user clicks "sign out", from its own connection.
    QSqlQuery app(m_raw);
    QVERIFY(!Sql::exec(app, u"UPDATE sessions SET ended_at = ?, end_reason = 'user_logout' WHERE id = ?"_s,
                       {Sql::time(now), signedOut}));
    QCOMPARE(app.numRowsAffected(), 1);

    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {signedOut}).toString(),
        u"user_logout"_s);
    const int globallyEnded = TestStore::scalar(m_raw,
                                                u"SELECT count(*) FROM sessions WHERE user_id = ? AND "
                                                "end_reason = 'global_logout' AND ended_at = ?"_s,
                                                {userId, Sql::time(now)})
                                  .toInt();
    QCOMPARE(globallyEnded, on ? active - 1 : 0);
    QCOMPARE(openSessions(userId), on ? 0 : active - 1);
    // Nobody else is affected either way.
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM sessions WHERE user_id <> ? AND ended_at IS NULL"_s, {userId})
                 .toInt(),
             othersActive);
    // An administrator's logout is not a user's sign-out: it never triggers global logout.
    if (on && !otherUser.isEmpty()) {
        QVERIFY(TestStore::await(
                    m_source->endSession(
                        TestStore::scalar(m_raw,
                                          u"SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                                          "LIMIT 1"_s,
                                          {otherUser})
                            .toString(),
                        TestStore::context()))
                    .ok());
        QCOMPARE(TestStore::scalar(
                     m_raw,
                     u"SELECT count(*) FROM sessions WHERE user_id = ? AND end_reason = 'global_logout'"_s,
                     {otherUser})
                     .toInt(),
                 0);
    }
}

void tst_SqlSessionSource::settingsAreSavedAndAudited()
{
    const auto stored = TestStore::await(m_source->settings());
    QVERIFY(stored.ok());
    QVERIFY(!stored.value().isOn(Settings::GlobalLogout));
    QCOMPARE(stored.value().number(Settings::ImpossibleTravelKmh), 805);

    Settings changed = stored.value();
    QVERIFY(!changed.set(QString::fromLatin1(Settings::GlobalLogout), u"ON"_s));
    QVERIFY(!changed.set(QString::fromLatin1(Settings::DeviceSpreadMax), u"5"_s));
    const auto saved =
        TestStore::await(m_source->saveSettings(changed, TestStore::context(u"New policy"_s, u"POL-3"_s)));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text));
    QCOMPARE(saved.value().settingsChanged, 2);

    const auto reread = TestStore::await(m_source->settings());
    QVERIFY(reread.value().isOn(Settings::GlobalLogout));
    QCOMPARE(reread.value().number(Settings::DeviceSpreadMax), 5);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT updated_by FROM settings WHERE key = 'global_logout'"_s).toString(),
        TestStore::context().actor.id);
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT action || '|' || reason || '|' || ticket || '|' || old_value || '|' || "
                        "new_value FROM audit_log"_s)
                 .toString(),
             u"change_settings|New policy|POL-3|{\"device_spread_max\":\"3\",\"global_logout\":\"off\"}|"
             "{\"device_spread_max\":\"5\",\"global_logout\":\"on\"}"_s);
}

void tst_SqlSessionSource::settingsRefusals()
{
    Settings settings = TestStore::await(m_source->settings()).value();
    // Nothing changed: nothing to save, nothing audited.
    auto result = TestStore::await(m_source->saveSettings(settings, TestStore::context()));
    QCOMPARE(result.error().code, SourceError::Code::InvalidInput);
    QVERIFY(!settings.set(QString::fromLatin1(Settings::GlobalLogout), u"on"_s));
    result = TestStore::await(m_source->saveSettings(settings, TestStore::context(QString())));
    QCOMPARE(result.error().code, SourceError::Code::InvalidInput);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT value FROM settings WHERE key = 'global_logout'"_s).toString(),
             u"off"_s);
    // Bad values never get in.
    QVERIFY(settings.set(QString::fromLatin1(Settings::GlobalLogout), u"maybe"_s));
    QVERIFY(settings.set(QString::fromLatin1(Settings::ImpossibleTravelKmh), u"10"_s));
    QVERIFY(settings.set(u"no_such_key"_s, u"1"_s));
}

void tst_SqlSessionSource::logoutSeveralUsers()
{
    QStringList ids;
    int sessions = 0;
    for (const Expected &e : expectedUsers()) {
        if (e.active > 0 && ids.size() < 3) {
            ids << e.id;
            sessions += e.active;
        }
    }
    const auto result = TestStore::await(m_source->logoutUsers(ids, TestStore::context(u"Offboarding"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result.value().usersAffected, 3);
    QCOMPARE(result.value().sessionsEnded, sessions);
    for (const QString &id : ids)
        QCOMPARE(openSessions(id), 0);
    // One audit entry per user, so that each user's history shows it.
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log WHERE action = 'logout_user'"_s).toInt(),
        3);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT sum(count) FROM audit_log"_s).toInt(), sessions);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT min(id) FROM audit_log"_s).toLongLong(),
             result.value().auditEntryId);
    // Unknown user among them: nothing at all happens.
    const auto missing = TestStore::await(
        m_source->logoutUsers({userWithActiveSessions(1), u"usr_gone"_s}, TestStore::context()));
    QCOMPARE(missing.error().code, SourceError::Code::NotFound);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 3);
}

void tst_SqlSessionSource::logoutAllPreviewAndEffect_data()
{
    QTest::addColumn<bool>("keepOne");
    QTest::addColumn<QString>("excludeRole");
    QTest::addColumn<bool>("revokeTokens");
    QTest::newRow("everyone") << false << QString() << true;
    QTest::newRow("keep one user, spare a role") << true << u"viewer"_s << true;
    QTest::newRow("sessions only, tokens stay") << false << QString() << false;
}

void tst_SqlSessionSource::logoutAllPreviewAndEffect()
{
    QFETCH(bool, keepOne);
    QFETCH(QString, excludeRole);
    QFETCH(bool, revokeTokens);
    LogoutAllScope scope;
    if (keepOne)
        scope.keepUserIds << userWithActiveSessions(2);
    if (!excludeRole.isEmpty())
        scope.excludeRoles << excludeRole;
    scope.revokeTokens = revokeTokens;

    // What should happen, from the raw tables.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(
        u"CREATE TEMP TABLE spared AS SELECT id FROM users WHERE id IN ('%1') OR role IN ('%2')"_s.arg(
            scope.keepUserIds.value(0), excludeRole)));
    const int sessions =
        TestStore::scalar(m_raw,
                          u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ? "
                          "AND user_id NOT IN (SELECT id FROM spared)"_s,
                          {Sql::time(now)})
            .toInt();
    const int users =
        TestStore::scalar(m_raw,
                          u"SELECT count(DISTINCT user_id) FROM sessions WHERE ended_at IS NULL "
                          "AND expires_at > ? AND user_id NOT IN (SELECT id FROM spared)"_s,
                          {Sql::time(now)})
            .toInt();
    const int sparedActive = TestStore::scalar(m_raw,
                                               u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND "
                                               "expires_at > ? AND user_id IN (SELECT id FROM spared)"_s,
                                               {Sql::time(now)})
                                 .toInt();
    const int schemaObjects = TestStore::schemaObjects(m_raw);
    QVERIFY(sessions > 0);
    QCOMPARE(sparedActive > 0, keepOne);

    const auto preview = TestStore::await(m_source->previewLogoutAll(scope));
    QVERIFY(preview.ok());
    QCOMPARE(preview.value().sessions, sessions);
    QCOMPARE(preview.value().users, users);
    QCOMPARE(preview.value().tokenUsers,
             revokeTokens
                 ? TestStore::scalar(m_raw,
                                     u"SELECT count(*) FROM users WHERE id NOT IN (SELECT id FROM spared)"_s)
                       .toLongLong()
                 : 0);

    // An application's own trigger must keep seeing every session that ends.
    TestStore::addApplicationTrigger(m_raw);

    const auto result =
        TestStore::await(m_source->logoutAll(scope, TestStore::context(u"Security incident"_s, u"INC-9"_s)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text));
    QCOMPARE(result.value().sessionsEnded, sessions);
    QCOMPARE(result.value().usersAffected, users);
    const QVariant at = Sql::time(result.value().at);

    QCOMPARE(TestStore::scalar(
                 m_raw,
                 u"SELECT count(*) FROM sessions WHERE end_reason = 'admin_logout_all' AND ended_at = ?"_s,
                 {at})
                 .toInt(),
             sessions);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM app_log WHERE reason = 'admin_logout_all'"_s).toInt(),
        sessions);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ? AND "
                               "user_id IN (SELECT id FROM spared)"_s,
                               {at})
                 .toInt(),
             sparedActive);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE tokens_not_before = ?"_s, {at})
                 .toLongLong(),
             preview.value().tokenUsers);
    // The maintained figures are exactly what they would be computed from scratch.
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT count(*) FROM user_stats s JOIN user_stats_source v USING (user_id) "
                               "WHERE s.open_sessions <> v.open_sessions OR s.devices <> v.devices"_s)
                 .toInt(),
             0);
    // SessionDesk's triggers and indexes are all back (and the application's trigger too).
    QCOMPARE(TestStore::schemaObjects(m_raw), schemaObjects + 2);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT action || '|' || count || '|' || reason || '|' || ticket "
                                      "FROM audit_log"_s)
                 .toString(),
             u"logout_all|%1|Security incident|INC-9"_s.arg(sessions));
    QJsonObject recorded = scope.toJson();
    recorded.insert(u"users"_s, users);
    QCOMPARE(QJsonDocument::fromJson(
                 TestStore::scalar(m_raw, u"SELECT new_value FROM audit_log"_s).toString().toUtf8())
                 .object(),
             recorded);
}

void tst_SqlSessionSource::logoutAllIsAtomic()
{
    const int active =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt();
    const int schema = TestStore::schemaObjects(m_raw);
    TestStore::failAuditInserts(m_raw, true);
    const auto result = TestStore::await(m_source->logoutAll(LogoutAllScope(), TestStore::context()));
    QVERIFY(!result.ok());
    QVERIFY(result.error().text.contains(u"nothing was changed"_s));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt(),
             active);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(),
        0);
    TestStore::failAuditInserts(m_raw, false);
    // The suspended triggers and indexes came back with the rollback.
    QCOMPARE(TestStore::schemaObjects(m_raw), schema);
}

void tst_SqlSessionSource::logoutAllWaitsForTheLockThenRefuses()
{
    SQLITE_ONLY("SQLite only: the file lock of another writer");
    m_source.reset();
    m_source = TestStore::open(m_path, 0, 250, 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString appSession =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE ended_at IS NULL AND expires_at > ? LIMIT 1"_s,
                          {Sql::time(now)})
            .toString();
    const int active =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt();
    QProcess application;
    application.start(TestStore::helper(u"store-writer"_s), {m_path, appSession, u"3000"_s});
    QVERIFY(application.waitForReadyRead(10'000));
    const auto result = TestStore::await(m_source->logoutAll(LogoutAllScope(), TestStore::context()));
    QCOMPARE(result.error().code, SourceError::Code::Busy);
    QTRY_COMPARE_WITH_TIMEOUT(application.state(), QProcess::NotRunning, 10'000);
    // Only the application's own change happened.
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt(),
             active - 1);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_SqlSessionSource::lostWatchIsReportedAndRecovered()
{
    SQLITE_ONLY("SQLite only: polling the file; PostgreSQL reconnects (tst_postgres)");
    // With a rollback journal (a store an application created that way), a writer's exclusive lock
    // keeps everyone else from reading.
    m_source.reset();
    QVERIFY(QSqlQuery(m_raw).exec(u"PRAGMA journal_mode = DELETE"_s));
    m_source = TestStore::open(m_path, 100, 250, 1);
    QSignalSpy problems(m_source.get(), &SessionSource::liveProblem);
    QSignalSpy changed(m_source.get(), &SessionSource::changed);
    const QString appSession =
        TestStore::scalar(m_raw,
                          u"SELECT id FROM sessions WHERE ended_at IS NULL AND expires_at > ? LIMIT 1"_s,
                          {QDateTime::currentMSecsSinceEpoch()})
            .toString();
    // Another program takes the store for itself for two seconds.
    QProcess application;
    application.start(TestStore::helper(u"store-writer"_s), {m_path, appSession, u"2000"_s});
    QVERIFY2(application.waitForReadyRead(10'000), application.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 5000);
    const QString problem = problems.first().first().toString();
    QVERIFY2(problem.contains(u"locked by another program"_s), qPrintable(problem));
    const qsizetype changesBefore = changed.count();
    QTRY_COMPARE_WITH_TIMEOUT(application.state(), QProcess::NotRunning, 10'000);
    // Once it lets go, watching works again, and what changed meanwhile is announced.
    QTRY_VERIFY_WITH_TIMEOUT(problems.last().first().toString().isEmpty(), 5000);
    QTRY_VERIFY(changed.count() > changesBefore);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {appSession}).toString(),
        u"user_logout"_s);
}

void tst_SqlSessionSource::firstAccountBecomesAdministrator()
{
    SQLITE_ONLY("SQLite only: the operators table; PostgreSQL has database roles");
    const SqlSessionSource::Options options = newStore(m_dir.filePath(u"first.sqlite"_s));
    SqlSessionSource source(options);
    QSignalSpy operatorChanged(&source, &SessionSource::operatorChanged);
    QVERIFY(!source.currentOperator().role); // unknown until the store says
    QVERIFY(!source.capabilities().has(Capabilities::Capability::LogoutUser));
    QVERIFY(TestStore::await(source.open()).ok());
    QCOMPARE(source.currentOperator().role, std::optional<Role>(Role::Administrator));
    QCOMPARE(operatorChanged.count(), 1);
    QVERIFY(source.capabilities().has(Capabilities::Capability::ManageOperators));
    const auto operators = TestStore::await(source.operators());
    QVERIFY(operators.ok());
    QCOMPARE(operators.value().size(), 1);
    QCOMPARE(operators.value().first().osAccount, Operator::fromEnvironment().osAccount);
    QCOMPARE(operators.value().first().role, Role::Administrator);
    QCOMPARE(operators.value().first().addedBy, u"first operator"_s);

    // The next account to open it is no operator: only the first one is adopted.
    SqlSessionSource::Options other = options;
    other.actor.osAccount = u"mallory"_s;
    SqlSessionSource second(other);
    QVERIFY(TestStore::await(second.open()).ok());
    QVERIFY(!second.currentOperator().role);
    QCOMPARE(TestStore::await(second.operators()).value().size(), 1);
}

void tst_SqlSessionSource::operatorsAreManagedAndAudited()
{
    SQLITE_ONLY("SQLite only: the operators table; PostgreSQL has database roles");
    // Operators of a SQLite store are this computer's accounts: real ones every Linux system has.
    const QString me = Operator::fromEnvironment().osAccount;
    QVERIFY(TestStore::await(
                m_source->saveOperator(u"daemon"_s, Role::Support, TestStore::context(u"New hire"_s)))
                .ok());
    QVERIFY(
        TestStore::await(m_source->saveOperator(u"daemon"_s, Role::Auditor, TestStore::context(u"Moved"_s)))
            .ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT role FROM operators WHERE os_account = 'daemon'"_s).toString(),
             u"auditor"_s);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT group_concat(action || ' ' || coalesce(old_value, '-') || ' ' || "
                                 "new_value || ' ' || reason, '|') FROM audit_log"_s)
            .toString(),
        u"operator_set {\"account\":\"daemon\",\"role\":null} {\"account\":\"daemon\",\"role\":\"support\"} "
        u"New hire|"
        "operator_set {\"account\":\"daemon\",\"role\":\"support\"} {\"account\":\"daemon\",\"role\":\"auditor\"} Moved"_s);
    const auto same =
        TestStore::await(m_source->saveOperator(u"daemon"_s, Role::Auditor, TestStore::context()));
    QCOMPARE(same.error().code, SourceError::Code::Conflict);
    const auto badName =
        TestStore::await(m_source->saveOperator(u"two words"_s, Role::Auditor, TestStore::context()));
    QCOMPARE(badName.error().code, SourceError::Code::InvalidInput);
    // Found by trying: an account this computer does not have was saved as an operator.
    const auto noSuchAccount =
        TestStore::await(m_source->saveOperator(u"nosuchaccount"_s, Role::Support, TestStore::context()));
    QCOMPARE(noSuchAccount.error().code, SourceError::Code::NotFound);
    QVERIFY2(noSuchAccount.error().text.contains(u"no account nosuchaccount"_s),
             qPrintable(noSuchAccount.error().text));
    const auto noReason =
        TestStore::await(m_source->saveOperator(u"bin"_s, Role::Auditor, TestStore::context(u" "_s)));
    QCOMPARE(noReason.error().code, SourceError::Code::InvalidInput);

    QVERIFY(TestStore::await(m_source->removeOperator(u"daemon"_s, TestStore::context(u"Left"_s))).ok());
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM operators WHERE os_account = 'daemon'"_s).toInt(), 0);
    const auto unknown = TestStore::await(m_source->removeOperator(u"daemon"_s, TestStore::context()));
    QCOMPARE(unknown.error().code, SourceError::Code::NotFound);

    // The last administrator keeps the role.
    QVERIFY(TestStore::await(m_source->removeOperator(u"second-admin"_s, TestStore::context())).ok());
    const auto demote = TestStore::await(m_source->saveOperator(me, Role::Support, TestStore::context()));
    QCOMPARE(demote.error().code, SourceError::Code::Conflict);
    QVERIFY2(demote.error().text.contains(u"last administrator"_s), qPrintable(demote.error().text));
    const auto remove = TestStore::await(m_source->removeOperator(me, TestStore::context()));
    QCOMPARE(remove.error().code, SourceError::Code::Conflict);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT role FROM operators WHERE os_account = ?"_s, {me}).toString(),
             u"administrator"_s);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 4);
}

void tst_SqlSessionSource::roleChangesReachTheConsole()
{
    if (!TestStore::postgres()) { // PostgreSQL: the database administrator grants roles
        // Demoting oneself takes effect at once.
        QSignalSpy operatorChanged(m_source.get(), &SessionSource::operatorChanged);
        QVERIFY(TestStore::await(m_source->saveOperator(Operator::fromEnvironment().osAccount, Role::Support,
                                                        TestStore::context()))
                    .ok());
        QTRY_COMPARE(m_source->currentOperator().role, std::optional<Role>(Role::Support));
        QVERIFY(operatorChanged.count() >= 1);
        QVERIFY(!m_source->capabilities().has(Capabilities::Capability::LogoutAll));
        QCOMPARE(TestStore::await(m_source->logoutAll(LogoutAllScope(), TestStore::context())).error().code,
                 SourceError::Code::PermissionDenied);
    }

    // A change made elsewhere arrives with the next poll (PostgreSQL: the next connection check).
    auto watching = TestStore::open(m_path, 100, 2000, 3, Role::Support);
    QCOMPARE(watching->currentOperator().role, std::optional<Role>(Role::Support));
    TestStore::setRole(m_path, Role::Auditor);
    // PostgreSQL checks on the background connection, after the detection that opening started:
    // under the sanitizers, with the fuzzing build beside, that took longer than 5 s once.
    QTRY_COMPARE_WITH_TIMEOUT(watching->currentOperator().role, std::optional<Role>(Role::Auditor), 30'000);
    QVERIFY(!watching->capabilities().has(Capabilities::Capability::LogoutUser));
}

void tst_SqlSessionSource::accountsThatAreNotOperatorsOnlyLook()
{
    // SQLite: an OS account missing from the operators table; PostgreSQL: a login without any of
    // the sessiondesk_* roles (raw SQL for such logins is refused in tst_postgres).
    SqlSessionSource::Options options = TestStore::options(m_path);
    options.pollIntervalMs = 0;
    options.actor.osAccount = u"mallory"_s;
    options.actor.id = u"mallory"_s;
    SqlSessionSource source(options);
    if (TestStore::postgres()) {
        // The database does not even let such a login read: the console says so and opens nothing.
        TestStore::setRole(m_path, std::nullopt);
        const auto refused = TestStore::await(source.open());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, SourceError::Code::PermissionDenied);
        QVERIFY2(refused.error().text.contains(TestStore::context().actor.id) &&
                     refused.error().text.contains(u"sessiondesk_support"_s),
                 qPrintable(refused.error().text));
        return;
    }
    QVERIFY(TestStore::await(source.open()).ok());
    QVERIFY(!source.currentOperator().role);
    QVERIFY(TestStore::await(source.users(UserQuery())).value().total > 0);
    ActionContext context = TestStore::context();
    context.actor = source.currentOperator();
    // Claiming a role does not help: the store decides.
    context.actor.role = Role::Administrator;
    const auto logout = TestStore::await(source.logoutUsers({userWithActiveSessions(1)}, context));
    QCOMPARE(logout.error().code, SourceError::Code::PermissionDenied);
    QVERIFY2(logout.error().text.contains(u"mallory is not an operator of this store"_s),
             qPrintable(logout.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_SqlSessionSource::twoConsolesSeeEachOther()
{
    // SQLite: polled every 100 ms. PostgreSQL: the connection is checked only every 20 s, so what
    // arrives within a second came by notification.
    const int pollMs = TestStore::postgres() ? 20'000 : 100;
    auto left = TestStore::open(m_path, pollMs);
    auto right = TestStore::open(m_path, pollMs);
    QTRY_VERIFY_WITH_TIMEOUT(left->isLive() && right->isLive(), 5000); // listening, or polled once
    // The detection scans that follow opening are over, so that what right hears next is left's.
    QVERIFY(TestStore::await(left->scanFlags(false)).ok());
    QVERIFY(TestStore::await(right->scanFlags(false)).ok());
    QSignalSpy rightChanged(right.get(), &SessionSource::changed);
    const QString userId = userWithActiveSessions(1);
    const auto result = TestStore::await(left->logoutUsers({userId}, TestStore::context()));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text));
    QTRY_VERIFY_WITH_TIMEOUT(rightChanged.count() >= 1, 1000);
    SessionQuery query;
    query.userId = userId;
    const auto seen = TestStore::await(right->sessions(query));
    QVERIFY(seen.ok());
    QCOMPARE(seen.value().total, 0);
}

void tst_SqlSessionSource::killedConnectionIsReportedAndRetried()
{
    POSTGRES_ONLY("PostgreSQL only: a server connection");
    m_source.reset();
    m_source = TestStore::open(m_path, 200);
    QSignalSpy changed(m_source.get(), &SessionSource::changed);
    // The detection scan that follows opening is over (the next one waits for it), and what it
    // notified has been told.
    QVERIFY(TestStore::await(m_source->scanFlags(false)).ok());
    QTest::qWait(300);
    changed.clear();
    TestStore::scalar(m_raw, u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE application_name = 'SessionDesk' AND pid <> pg_backend_pid()"_s);
    const QString userId = userWithActiveSessions(1);
    const auto lost = TestStore::await(m_source->logoutUsers({userId}, TestStore::context()));
    QVERIFY(!lost.ok());
    QVERIFY2(lost.error().text.contains(u"connection to the PostgreSQL server was lost"_s) &&
                 lost.error().text.contains(u"nothing was changed"_s),
             qPrintable(lost.error().text));
    QVERIFY(openSessions(userId) > 0);
    // The watch opened both connections again, and everything is read anew.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
    QVERIFY(TestStore::await(m_source->logoutUsers({userId}, TestStore::context())).ok());
    QCOMPARE(openSessions(userId), 0);
}

void tst_SqlSessionSource::statementTimeoutChangesNothing()
{
    POSTGRES_ONLY("PostgreSQL only: the server's statement timeout");
    // Another session holds the users' rows; the server gives up on the logout after 300 ms.
    TestStore::scalar(m_raw,
                      u"ALTER ROLE %1 SET statement_timeout = '300ms'"_s.arg(TestStore::context().actor.id));
    m_source.reset();
    m_source = TestStore::open(m_path);
    QSqlDatabase holder = TestStore::raw(m_path);
    TestStore::scalar(holder, u"BEGIN"_s);
    TestStore::scalar(holder, u"LOCK TABLE users IN EXCLUSIVE MODE"_s);
    const QString userId = userWithActiveSessions(1);
    const auto result = TestStore::await(m_source->logoutUsers({userId}, TestStore::context()));
    TestStore::scalar(holder, u"ROLLBACK"_s);
    TestStore::scalar(m_raw, u"ALTER ROLE %1 RESET statement_timeout"_s.arg(TestStore::context().actor.id));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().text.contains(u"statement timeout"_s) &&
                 result.error().text.contains(u"nothing was changed"_s),
             qPrintable(result.error().text));
    QVERIFY(openSessions(userId) > 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_SqlSessionSource::serverRestartDuringLogoutAll()
{
    POSTGRES_ONLY("PostgreSQL only: a server restart");
    m_source.reset();
    m_source = TestStore::open(m_path, 200);
    QSignalSpy problems(m_source.get(), &SessionSource::liveProblem);
    const int active =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt();
    // Another session holds the sessions table, so the logout-all is inside its transaction,
    // waiting, when the server goes down (at once, as in a crash); then it comes back.
    QSqlDatabase holder = TestStore::raw(m_path);
    TestStore::scalar(holder, u"BEGIN"_s);
    TestStore::scalar(holder, u"LOCK TABLE sessions IN EXCLUSIVE MODE"_s);
    auto running = m_source->logoutAll(LogoutAllScope(), TestStore::context(u"Incident"_s));
    // The logout is inside its transaction, waiting for the lock.
    QTRY_VERIFY_WITH_TIMEOUT(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM pg_stat_activity WHERE "
                                 "application_name = 'SessionDesk' AND wait_event_type = 'Lock'"_s)
                .toInt() == 1,
        5000);
    QVERIFY(!running.isFinished());
    TestStore::haltServer();
    const auto result = TestStore::await(running);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().text.contains(u"connection to the PostgreSQL server was lost"_s) &&
                 result.error().text.contains(u"nothing was changed"_s),
             qPrintable(result.error().text));
    // The status bar's signal: not live while the server is away, live again once it is back.
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty() && !problems.last().first().toString().isEmpty(), 5000);
    TestStore::resumeServer();
    QTRY_VERIFY_WITH_TIMEOUT(problems.last().first().toString().isEmpty(), 40'000);
    m_raw = TestStore::raw(m_path); // the old connection died with the server
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt(),
             active);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    // The retry does it all, with its one audit entry.
    const auto retried =
        TestStore::await(m_source->logoutAll(LogoutAllScope(), TestStore::context(u"Incident"_s)));
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().text));
    QVERIFY(retried.value().sessionsEnded > 0);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log WHERE action = 'logout_all'"_s).toInt(), 1);
}

void tst_SqlSessionSource::rolesAreEnforced_data()
{
    // The roles (docs/store-contract.md), every command of the source for every role, the role as the store
    // gives it at the moment of the action (a raw change of the operators table takes effect).
    QTest::addColumn<QString>("action");
    QTest::addColumn<std::optional<Role>>("role");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        const char *action;
        bool administrator, support, auditor;
    } rows[] = {
        {"logout users", true, true, false},     {"end session", true, true, false},
        {"logout all", true, false, false},      {"freeze", true, true, false},
        {"unfreeze", true, true, false},         {"close flag", true, true, false},
        {"save settings", true, false, false},   {"save operator", true, false, false},
        {"remove operator", true, false, false}, {"add user", true, false, false},
        {"deactivate user", true, false, false}, {"reactivate user", true, false, false},
        {"remove user", true, false, false},     {"set user role", true, false, false},
    };
    for (const auto &row : rows) {
        const QString action = QString::fromLatin1(row.action);
        QTest::addRow("%s: administrator", row.action)
            << action << std::optional<Role>(Role::Administrator) << row.administrator;
        QTest::addRow("%s: support", row.action)
            << action << std::optional<Role>(Role::Support) << row.support;
        QTest::addRow("%s: auditor", row.action)
            << action << std::optional<Role>(Role::Auditor) << row.auditor;
        QTest::addRow("%s: not an operator", row.action) << action << std::optional<Role>() << false;
    }
}

void tst_SqlSessionSource::rolesAreEnforced()
{
    QFETCH(QString, action);
    QFETCH(std::optional<Role>, role);
    QFETCH(bool, allowed);
    if (TestStore::postgres() && QStringList{u"save operator"_s, u"remove operator"_s}.contains(action))
        QSKIP("PostgreSQL: operators are the server's logins (tst_postgres operatorsAreTheStoresRoles)");
    Settings settings = TestStore::await(m_source->settings()).value();
    QVERIFY(!settings.set(QString::fromLatin1(Settings::AutoFreezeHigh), u"on"_s));
    TestStore::setRole(m_path, role);
    const ActionContext context = TestStore::context();
    const QString userId = userWithActiveSessions(1);
    const QString sessionId =
        TestStore::scalar(m_raw, u"SELECT id FROM sessions WHERE user_id = ? AND ended_at IS NULL LIMIT 1"_s,
                          {userId})
            .toString();
    const QHash<QString, std::function<QFuture<Result<ActionResult>>()>> actions{
        {u"logout users"_s,
         [&] {
             return m_source->logoutUsers({userId}, context);
         }},
        {u"end session"_s,
         [&] {
             return m_source->endSession(sessionId, context);
         }},
        {u"logout all"_s,
         [&] {
             return m_source->logoutAll(LogoutAllScope(), context);
         }},
        {u"freeze"_s,
         [&] {
             return m_source->freezeUser(userId, context);
         }},
        {u"unfreeze"_s,
         [&] {
             return m_source->unfreezeUser(userId, context);
         }},
        {u"close flag"_s,
         [&] {
             return m_source->closeFlag(424242, Flag::Status::Resolved, context);
         }},
        {u"save settings"_s,
         [&] {
             return m_source->saveSettings(settings, context);
         }},
        {u"save operator"_s,
         [&] {
             return m_source->saveOperator(u"daemon"_s, Role::Support, context);
         }},
        {u"remove operator"_s,
         [&] {
             return m_source->removeOperator(u"second-admin"_s, context);
         }},
        {u"add user"_s,
         [&] {
             return m_source->addUser(u"new.member@example.com"_s, u"New Member"_s, u"member"_s, context);
         }},
        {u"deactivate user"_s,
         [&] {
             return m_source->deactivateUser(userId, context);
         }},
        {u"reactivate user"_s,
         [&] {
             return m_source->reactivateUser(userId, context);
         }},
        {u"remove user"_s,
         [&] {
             return m_source->removeUser(userId, context);
         }},
        {u"set user role"_s,
         [&] {
             return m_source->setUserRole(userId, u"billing"_s, context);
         }},
    };
    QVERIFY(actions.contains(action));
    const int entries = TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt();
    const auto result = TestStore::await(actions.value(action)());
    // Allowed actions may still fail for their own reasons (an unknown flag, a user not frozen),
    // but never for want of permission.
    const bool denied = !result.ok() && result.error().code == SourceError::Code::PermissionDenied;
    QVERIFY2(denied != allowed, qPrintable(result.ok() ? u"ok"_s : result.error().text));
    if (denied) {
        QVERIFY(!result.error().text.isEmpty());
        QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), entries);
    }
}

void tst_SqlSessionSource::aCutTrailIsFoundByThisComputer()
{
    // On either store: the newest entry removed by someone who may set the sealing triggers
    // aside (the file's owner, the database's owner) leaves a chain that verifies by itself;
    // this computer saw that entry after appending it, and the verification says so.
    const QString userId = userWithActiveSessions(1);
    QVERIFY(TestStore::await(m_source->logoutUsers({userId}, TestStore::context(u"Lost phone"_s))).ok());
    QVERIFY(TestStore::await(m_source->freezeUser(userId, TestStore::context(u"Fraud"_s))).ok());
    const qint64 last = TestStore::scalar(m_raw, u"SELECT max(id) FROM audit_log"_s).toLongLong();
    const QStringList cut = TestStore::postgres()
                                ? QStringList{u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_sealed"_s,
                                              u"DELETE FROM audit_log WHERE id = %1"_s.arg(last),
                                              u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_sealed"_s}
                                : QStringList{u"DROP TRIGGER audit_log_sealed_delete"_s,
                                              u"DELETE FROM audit_log WHERE id = %1"_s.arg(last)};
    for (const QString &statement : cut)
        TestStore::scalar(m_raw, statement);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toLongLong(), last - 1);
    const auto verified = TestStore::await(m_source->verifyAudit());
    QVERIFY(verified.ok());
    QVERIFY(!verified.value().intact);
    QCOMPARE(verified.value().firstBadId, last);
    QVERIFY2(verified.value().problem.startsWith(
                 u"The trail ends at entry %1; entry %2 (hash "_s.arg(last - 1).arg(last)),
             qPrintable(verified.value().problem));
}

void tst_SqlSessionSource::searchFoldsCaseAndAccentsInEveryScript()
{
    // Users the application wrote with plain SQL; every spelling of a name finds the same users.
    QSqlQuery app(m_raw);
    QVERIFY(!Sql::exec(
        app,
        u"INSERT INTO users (id, email, display_name, created_at) VALUES "
        "('f1', 'ines.martin@x.example', 'Inès Martin', ?), ('f2', 'lea@x.example', 'Léa Roux', ?), "
        "('f3', 'lukasz@x.example', 'Łukasz Nowak', ?), ('f4', 'ali@x.example', 'Ali Öztürk', ?), "
        "('f5', 'maria@x.example', 'Мария Иванова', ?), ('f6', 'anna@x.example', 'Άννα Νικολάου', ?), "
        "('f7', 'INES.CAPS@X.EXAMPLE', 'Someone Else', ?)"_s,
        QVariantList(7, Sql::time(QDateTime::currentDateTimeUtc()))));
    const auto found = [&](const QString &text) {
        UserQuery query;
        query.text = text;
        query.limit = 1000;
        const auto page = TestStore::await(m_source->users(query));
        QStringList ids;
        for (const User &user : page.value().rows)
            ids << user.id;
        ids.sort();
        return ids;
    };
    const QList<std::pair<QStringList, QString>> spellings{
        {{u"INÈS"_s, u"Inès"_s, u"ines"_s, u"inès"_s, u"INES"_s}, u"f1"_s},
        {{u"LÉA"_s, u"lea"_s, u"Léa"_s}, u"f2"_s},
        {{u"ŁUKASZ"_s, u"łukasz"_s, u"Łukasz"_s}, u"f3"_s},
        {{u"ÖZTÜRK"_s, u"öztürk"_s, u"ozturk"_s}, u"f4"_s},
        {{u"МАРИЯ"_s, u"мария"_s, u"Мария"_s}, u"f5"_s},
        {{u"ΆΝΝΑ"_s, u"άννα"_s, u"αννα"_s, u"ΝΙΚΟΛΆΟΥ"_s}, u"f6"_s},
    };
    for (const auto &[forms, id] : spellings) {
        const QStringList first = found(forms.first());
        QVERIFY2(first.contains(id), qPrintable(forms.first() + u": "_s + first.join(u' ')));
        for (const QString &form : forms)
            QCOMPARE(found(form), first);
    }
    QVERIFY(found(u"INÈS"_s).contains(u"f7"_s));  // the address, in capitals
    QCOMPARE(found(u"Ivanova"_s), QStringList()); // folding is not transliteration
    // The application renames a user: the new name is found, the old one no longer.
    QVERIFY(!Sql::exec(app, u"UPDATE users SET display_name = 'Léa Dubois' WHERE id = 'f2'"_s));
    QVERIFY(found(u"DUBOIS"_s).contains(u"f2"_s));
    QVERIFY(!found(u"roux"_s).contains(u"f2"_s));
}

QTEST_GUILESS_MAIN(tst_SqlSessionSource)
#include "tst_sqlsessionsource.moc"
