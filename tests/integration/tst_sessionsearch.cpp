#include "TestStore.h"
#include "models/audit/AuditText.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// The sessions the tests write (the demo's are ended first): ids s1…, three users, addresses
// on both sides of each range's ends, another country, two user agents and four start times.
struct Written
{
    const char *id;
    int user; // index into the test's three users
    const char *ip;
    const char *country;
    const char *agent;
    int startedHoursAgo;
    int activeMinutesAgo;
    bool open = true; // false: ended (or, with expired, past its expiry) and never found
    bool expired = false;
};

const Written written[] = {
    {"s1", 0, "10.20.0.0", "DE", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", 1, 5},
    {"s2", 0, "10.20.255.255", "DE", "curl/8.0", 30, 50},
    {"s3", 1, "::ffff:10.20.5.5", "DE", "curl/8.0", 2, 10},
    {"s4", 1, "10.19.255.255", "DE", "curl/8.0", 3, 15},
    {"s5", 2, "10.21.0.0", " br", "curl/8.0", 4, 20}, // as an application may write it
    {"s6", 2, "2001:db8::1", "BR", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0", 50, 200},
    {"s7", 0, "2001:0DB8:ffff:ffff:ffff:ffff:ffff:ffff", "BR", "curl/8.0", 5, 25},
    {"s8", 1, "2001:db9::", "DE", "curl/8.0", 6, 30},
    {"s9", 2, "not an address", "DE", "Firefox/128.0", 7, 35},
    {"e1", 0, "10.20.1.1", "DE", "curl/8.0", 8, 40, false},
    {"e2", 1, "10.20.1.2", "DE", "curl/8.0", 9, 45, false, true},
};

} // namespace

// Searching the active sessions of all users by address range (IPv4 and IPv6, compared as
// addresses), country, device words and times, and ending what a filter matches: the preview,
// sparing users and roles, the tokens, the figures, the audit entry, and every refusal leaving
// the store as it was. On SQLite, and on PostgreSQL (SESSIONDESK_TEST_BACKEND=postgresql).
class tst_SessionSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchFinds_data();
    void searchFinds();
    void searchRefusesWhatIsNoFilter_data();
    void searchRefusesWhatIsNoFilter();
    void endMatchingEndsThoseOnly();
    void endMatchingSparesUsersAndRoles();
    void endMatchingRefusals_data();
    void endMatchingRefusals();
    void endMatchingIsAtomic();
    void endMatchingIsForAdministrators();
    void userByEmailNeverPicksAnotherCase();
    void moreThanPreviewedIsRefused();

private:
    QStringList found(SessionFilter filter, qint64 *total = nullptr);
    QStringList openIds() const;
    int auditEntries() const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QStringList m_users; // three user ids
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_SessionSearch::initTestCase()
{
    qputenv("TZ", "UTC");
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(20, 7));
}

void tst_SessionSearch::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(
        query, u"UPDATE sessions SET ended_at = ?, end_reason = 'user_logout' WHERE ended_at IS NULL"_s,
        {Sql::time(now)}));
    m_users = TestStore::column(m_raw, u"SELECT id FROM users WHERE status = 'active' ORDER BY id LIMIT 3"_s);
    QCOMPARE(m_users.size(), 3);
    // Three different roles, for sparing by role.
    const QStringList roles{u"admin"_s, u"member"_s, u"viewer"_s};
    for (int i = 0; i < 3; ++i)
        QVERIFY(!Sql::exec(query, u"UPDATE users SET role = ? WHERE id = ?"_s, {roles.at(i), m_users.at(i)}));
    for (const Written &row : written) {
        const QDateTime started = now.addSecs(-3600 * row.startedHoursAgo);
        QVERIFY(!Sql::exec(
            query,
            u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, "
            "user_agent, country, ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {QString::fromLatin1(row.id), m_users.at(row.user), Sql::time(started),
             Sql::time(now.addSecs(-60 * row.activeMinutesAgo)),
             Sql::time(row.expired ? now.addSecs(-60) : now.addDays(7)), QString::fromLatin1(row.ip),
             QString::fromLatin1(row.agent), QString::fromLatin1(row.country),
             row.open || row.expired ? QVariant() : Sql::time(now.addSecs(-30)),
             row.open || row.expired ? QVariant() : u"user_logout"_s}));
    }
}

void tst_SessionSearch::cleanup()
{
    m_source.reset();
    m_raw.close();
}

QStringList tst_SessionSearch::found(SessionFilter filter, qint64 *total)
{
    SessionQuery query;
    query.filter = std::move(filter);
    query.limit = 2; // several pages where there are more
    QStringList ids;
    do {
        const auto page = TestStore::await(m_source->sessions(query));
        if (!page.ok())
            return {u"error: "_s + page.error().text};
        if (!query.cursor.isValid() && total)
            *total = page.value().total;
        for (const Session &session : page.value().rows) {
            ids << session.id;
            if (session.userEmail.isEmpty() || !session.isActive(QDateTime::currentDateTimeUtc()))
                return {u"unnamed or ended: "_s + session.id};
        }
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    ids.sort();
    return ids;
}

QStringList tst_SessionSearch::openIds() const
{
    return TestStore::column(
        m_raw, u"SELECT id FROM sessions WHERE ended_at IS NULL AND id LIKE 's%' ORDER BY id"_s);
}

int tst_SessionSearch::auditEntries() const
{
    return TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt();
}

void tst_SessionSearch::searchFinds_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("user");               // -1 anybody
    QTest::addColumn<int>("startedWithinHours"); // 0: any
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s6"_s, u"s7"_s, u"s8"_s, u"s9"_s};
    QTest::newRow("no filter: every open session") << QString() << QString() << QString() << -1 << 0 << all;
    QTest::newRow("IPv4 /16, both ends, mapped form")
        << u"10.20.0.0/16"_s << QString() << QString() << -1 << 0 << QStringList{u"s1"_s, u"s2"_s, u"s3"_s};
    QTest::newRow("host bits ignored")
        << u"10.20.99.1/16"_s << QString() << QString() << -1 << 0 << QStringList{u"s1"_s, u"s2"_s, u"s3"_s};
    QTest::newRow("one address") << u"10.20.255.255"_s << QString() << QString() << -1 << 0
                                 << QStringList{u"s2"_s};
    QTest::newRow("IPv6 /32, both ends")
        << u"2001:db8::/32"_s << QString() << QString() << -1 << 0 << QStringList{u"s6"_s, u"s7"_s};
    QTest::newRow("a range with nothing open in it")
        << u"10.20.1.0/24"_s << QString() << QString() << -1 << 0 << QStringList();
    QTest::newRow("country, either case")
        << QString() << u"br"_s << QString() << -1 << 0 << QStringList{u"s5"_s, u"s6"_s, u"s7"_s};
    QTest::newRow("range and country")
        << u"2001:db8::/32"_s << u"BR"_s << QString() << -1 << 0 << QStringList{u"s6"_s, u"s7"_s};
    QTest::newRow("device words, each anywhere, any case")
        << QString() << QString() << u"firefox  LINUX"_s << -1 << 0 << QStringList{u"s1"_s};
    QTest::newRow("one user") << QString() << QString() << QString() << 2 << 0
                              << QStringList{u"s5"_s, u"s6"_s, u"s9"_s};
    QTest::newRow("started within 4 hours")
        << QString() << QString() << QString() << -1 << 4 << QStringList{u"s1"_s, u"s3"_s, u"s4"_s, u"s5"_s};
}

void tst_SessionSearch::searchFinds()
{
    QFETCH(QString, network);
    QFETCH(QString, country);
    QFETCH(QString, device);
    QFETCH(int, user);
    QFETCH(int, startedWithinHours);
    QFETCH(QStringList, expected);
    SessionFilter filter;
    filter.network = network;
    filter.country = country;
    filter.device = device;
    if (user >= 0)
        filter.userId = m_users.at(user);
    if (startedWithinHours > 0)
        filter.startedFrom = QDateTime::currentDateTimeUtc().addSecs(-3600 * startedWithinHours - 60);
    qint64 total = -1;
    QCOMPARE(found(filter, &total), expected);
    QCOMPARE(total, qint64(expected.size()));
}

void tst_SessionSearch::searchRefusesWhatIsNoFilter_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("words");
    QTest::newRow("no address") << u"10.20.0.0/33"_s << QString() << u"10.20.0.0/33"_s;
    QTest::newRow("leading zero") << u"10.020.0.0/16"_s << QString() << u"10.020.0.0/16"_s;
    QTest::newRow("no country") << QString() << u"Germany"_s << u"Germany"_s;
}

void tst_SessionSearch::searchRefusesWhatIsNoFilter()
{
    QFETCH(QString, network);
    QFETCH(QString, country);
    QFETCH(QString, words);
    SessionQuery query;
    query.filter.network = network;
    query.filter.country = country;
    const auto page = TestStore::await(m_source->sessions(query));
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, SourceError::Code::InvalidInput);
    QVERIFY2(page.error().text.contains(words), qPrintable(page.error().text));
}

void tst_SessionSearch::endMatchingEndsThoseOnly()
{
    LogoutAllScope scope;
    scope.matching.network = u"10.20.0.0/16"_s;
    const auto preview = TestStore::await(m_source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().sessions, 3);
    QCOMPARE(preview.value().users, 2);
    QCOMPARE(preview.value().tokenUsers, 2);

    const int entriesBefore = auditEntries();
    const auto result =
        TestStore::await(m_source->logoutAll(scope, TestStore::context(u"Stuffing from 10.20/16"_s)));
    QVERIFY2(result.ok(), TestStore::why(result));
    QCOMPARE(result.value().sessionsEnded, 3);
    QCOMPARE(result.value().usersAffected, 2);
    QCOMPARE(openIds(), (QStringList{u"s4"_s, u"s5"_s, u"s6"_s, u"s7"_s, u"s8"_s, u"s9"_s}));
    QCOMPARE(TestStore::column(m_raw,
                               u"SELECT DISTINCT end_reason FROM sessions WHERE id IN ('s1', 's2', 's3')"_s),
             QStringList{u"admin_logout"_s});
    // The tokens of the two users whose sessions ended, not of the third.
    QCOMPARE(
        TestStore::column(m_raw, u"SELECT id FROM users WHERE tokens_not_before IS NOT NULL ORDER BY id"_s),
        (QStringList{m_users.at(0), m_users.at(1)}));
    // The figures: each user's open sessions as they are now.
    for (const QString &user : std::as_const(m_users))
        QCOMPARE(TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {user})
                     .toInt(),
                 TestStore::scalar(
                     m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL"_s, {user})
                     .toInt());
    // One entry, with the filter and the counts.
    QCOMPARE(auditEntries(), entriesBefore + 1);
    AuditQuery query;
    query.limit = 1;
    const auto entries = TestStore::await(m_source->auditEntries(query));
    QVERIFY2(entries.ok(), TestStore::why(entries));
    const AuditEntry entry = entries.value().rows.constFirst();
    QCOMPARE(entry.action, u"end_matching"_s);
    QCOMPARE(entry.count, 3);
    QCOMPARE(entry.reason, u"Stuffing from 10.20/16"_s);
    const QJsonObject value = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
    QCOMPARE(value.value(u"matching"_s).toObject().value(u"network"_s).toString(), u"10.20.0.0/16"_s);
    QCOMPARE(value.value(u"users"_s).toInt(), 2);
    QVERIFY2(AuditText::change(entry).contains(u"10.20.0.0/16"_s), qPrintable(AuditText::change(entry)));
    QCOMPARE(AuditText::action(entry.action), u"Ended matching sessions"_s);

    // Everything that matches is spared: said so.
    LogoutAllScope spared;
    spared.matching.country = u"BR"_s;
    spared.excludeRoles << u"viewer"_s << u"admin"_s; // users 2 and 0: s5 s6 s7
    const auto none = TestStore::await(m_source->logoutAll(spared, TestStore::context()));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, SourceError::Code::NotFound);
    QVERIFY2(none.error().text.contains(u"but those of the users and roles spared"_s), TestStore::why(none));

    // The same again: nothing matches any more, and that is said, not recorded as done.
    const auto again = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, SourceError::Code::NotFound);
    QCOMPARE(auditEntries(), entriesBefore + 1);
}

void tst_SessionSearch::endMatchingSparesUsersAndRoles()
{
    LogoutAllScope scope;
    scope.matching.country = u"de"_s; // s1 s2 (user 0), s3 s4 s8 (user 1), s9 (user 2)
    scope.keepUserIds << m_users.at(0);
    scope.excludeRoles << u"viewer"_s; // user 2
    scope.revokeTokens = false;
    const auto preview = TestStore::await(m_source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().sessions, 3);
    QCOMPARE(preview.value().users, 1);
    QCOMPARE(preview.value().tokenUsers, 0);
    const auto result = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY2(result.ok(), TestStore::why(result));
    QCOMPARE(openIds(), (QStringList{u"s1"_s, u"s2"_s, u"s5"_s, u"s6"_s, u"s7"_s, u"s9"_s}));
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(),
        0);
    // The entry names the kept user by address, for people to read.
    AuditQuery query;
    query.limit = 1;
    const auto entries = TestStore::await(m_source->auditEntries(query));
    QVERIFY2(entries.ok(), TestStore::why(entries));
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {m_users.at(0)}).toString();
    QVERIFY2(AuditText::change(entries.value().rows.constFirst()).contains(email),
             qPrintable(AuditText::change(entries.value().rows.constFirst())));
}

void tst_SessionSearch::endMatchingRefusals_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    const int invalid = int(SourceError::Code::InvalidInput);
    const int notFound = int(SourceError::Code::NotFound);
    QTest::newRow("matches nothing") << u"192.0.2.0/24"_s << QString() << u"x"_s << notFound
                                     << u"No active session matches"_s;
    QTest::newRow("invalid range") << u"10.20.0.0/99"_s << QString() << u"x"_s << invalid
                                   << u"10.20.0.0/99"_s;
    QTest::newRow("a role nobody has")
        << u"10.20.0.0/16"_s << u"admins"_s << u"x"_s << notFound << u"admins"_s;
    QTest::newRow("no reason") << u"10.20.0.0/16"_s << QString() << QString() << invalid << u"reason"_s;
}

void tst_SessionSearch::endMatchingRefusals()
{
    QFETCH(QString, network);
    QFETCH(QString, role);
    QFETCH(QString, reason);
    QFETCH(int, code);
    QFETCH(QString, words);
    LogoutAllScope scope;
    scope.matching.network = network;
    if (!role.isEmpty())
        scope.excludeRoles << role;
    const QStringList open = openIds();
    const int entries = auditEntries();
    const auto result = TestStore::await(m_source->logoutAll(scope, TestStore::context(reason)));
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error().code), code);
    QVERIFY2(result.error().text.contains(words), qPrintable(result.error().text));
    QCOMPARE(openIds(), open);
    QCOMPARE(auditEntries(), entries);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(),
        0);
}

void tst_SessionSearch::endMatchingIsAtomic()
{
    const QStringList open = openIds();
    const int schema = TestStore::schemaObjects(m_raw);
    TestStore::failAuditInserts(m_raw, true);
    LogoutAllScope scope;
    scope.matching.country = u"DE"_s;
    const auto result = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().text.contains(u"nothing was changed"_s), qPrintable(result.error().text));
    TestStore::failAuditInserts(m_raw, false);
    QCOMPARE(openIds(), open);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(),
        0);
    QCOMPARE(TestStore::schemaObjects(m_raw), schema); // the suspended trigger came back
    // And it works afterwards (no table of the failed attempt is left in the way).
    const auto retried = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY2(retried.ok(), TestStore::why(retried));
    QCOMPARE(retried.value().sessionsEnded, 6);
}

void tst_SessionSearch::endMatchingIsForAdministrators()
{
    m_source.reset();
    TestStore::setRole(m_path, Role::Support);
    m_source = TestStore::open(m_path, 0, 2000, 3, Role::Support);
    LogoutAllScope scope;
    scope.matching.country = u"DE"_s;
    // Support may search, not end the sessions of many users at once.
    QCOMPARE(found(scope.matching).size(), 6);
    const auto result = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, SourceError::Code::PermissionDenied);
    QCOMPARE(result.error().text, u"Only administrators can end the sessions of many users at once."_s);
    QCOMPARE(openIds().size(), 9);
}

void tst_SessionSearch::userByEmailNeverPicksAnotherCase()
{
    QSqlQuery query(m_raw);
    const QStringList emails{u"Case@Example.com"_s, u"case@example.com"_s, u"Solo@Example.com"_s};
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            !Sql::exec(query, u"UPDATE users SET email = ? WHERE id = ?"_s, {emails.at(i), m_users.at(i)}));
    const auto user = [this](const QString &email) {
        return TestStore::await(m_source->userByEmail(email));
    };
    // Written exactly: that one, whoever else differs in case.
    QCOMPARE(user(u"case@example.com"_s).value().id, m_users.at(1));
    QCOMPARE(user(u" Case@Example.com "_s).value().id, m_users.at(0));
    // In another case: the only one there is, or none picked among several.
    QCOMPARE(user(u"solo@EXAMPLE.com"_s).value().id, m_users.at(2));
    const auto several = user(u"CASE@example.com"_s);
    QCOMPARE(several.error().code, SourceError::Code::Conflict);
    QVERIFY2(several.error().text.contains(u"Case@Example.com"_s) &&
                 several.error().text.contains(u"case@example.com"_s),
             qPrintable(several.error().text));
    QCOMPARE(user(u"nobody@example.com"_s).error().code, SourceError::Code::NotFound);
}

void tst_SessionSearch::moreThanPreviewedIsRefused()
{
    // The operator confirmed ending the sessions counted; one more began since: nothing is ended.
    LogoutAllScope scope;
    scope.matching.country = u"DE"_s;
    const auto preview = TestStore::await(m_source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().sessions, 6);
    scope.previewedSessions = preview.value().sessions - 1;
    const QStringList open = openIds();
    const int entries = auditEntries();
    const auto grown = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QCOMPARE(grown.error().code, SourceError::Code::Conflict);
    QVERIFY2(grown.error().text.startsWith(u"More sessions match now than the preview counted (6, not 5)"_s),
             qPrintable(grown.error().text));
    QCOMPARE(openIds(), open);
    QCOMPARE(auditEntries(), entries);
    // As many as counted (or fewer): ended.
    scope.previewedSessions = preview.value().sessions;
    const auto ended = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 6);
}

QTEST_GUILESS_MAIN(tst_SessionSearch)
#include "tst_sessionsearch.moc"
