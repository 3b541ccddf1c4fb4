// Every user's sessions searched and ended by filter in applications' own tables, in the throwaway
// PostgreSQL cluster: better-auth's (sessions opened by signing in to the real server of
// fixtures/better-auth, plus rows whose address no application should write) and connect-pg-simple's
// (the real Express application of fixtures/express-session, which records neither addresses nor
// starts).
#include "BetterAuthApp.h"
#include "CookieApp.h"
#include "TestStore.h"
#include "models/audit/AuditText.h"
#include "models/sources/tables/TablesSessionSource.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using C = Capabilities::Capability;

namespace {

template<typename T>
T await(const QFuture<T> &future)
{
    return TestStore::await(future, 60'000);
}

} // namespace

class tst_TablesSessionSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void betterAuthSearchesAndEndsMatchingSessions();
    void connectPgSimpleRefusesWhatItDoesNotRecord();

private:
    std::unique_ptr<TablesSessionSource> open(const QString &url);
    QString userId(TablesSessionSource &source, const QString &email);

    std::unique_ptr<BetterAuthApp> m_betterAuth;
    CookieApp m_express{"SESSIONDESK_TEST_EXPRESS"};
    QTemporaryDir m_journals;
};

void tst_TablesSessionSearch::initTestCase()
{
    if (!BetterAuthApp::available() || !m_express.available())
        QSKIP("No better-auth or Express test application (run through ctest, fixtures better_auth and "
              "express_session).");
    m_betterAuth = std::make_unique<BetterAuthApp>();
}

void tst_TablesSessionSearch::init()
{
    QSqlQuery reset(m_betterAuth->database());
    QVERIFY(reset.exec(u"DELETE FROM session"_s));
    QSqlQuery express(TestStore::postgresDatabase(u"express_session"_s));
    QVERIFY(express.exec(u"DELETE FROM session"_s));
}

std::unique_ptr<TablesSessionSource> tst_TablesSessionSearch::open(const QString &url)
{
    auto source = TestStore::tables(
        url, m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
    const auto opened = await(source->signIn());
    if (!opened.ok())
        qWarning() << "sign-in failed:" << opened.error().text;
    return source;
}

QString tst_TablesSessionSearch::userId(TablesSessionSource &source, const QString &email)
{
    const auto user = await(source.userByEmail(email));
    return user.ok() ? user.value().id : QString();
}

void tst_TablesSessionSearch::betterAuthSearchesAndEndsMatchingSessions()
{
    const auto member = [](int n) {
        return BetterAuthApp::memberEmail(n);
    };
    const QString password = BetterAuthApp::memberPassword();
    const QByteArray aLinux = m_betterAuth->signIn(member(11), password, "Firefox on Linux", "203.0.113.5");
    const QByteArray aWindows =
        m_betterAuth->signIn(member(11), password, "Chrome on Windows", "198.51.100.9");
    const QByteArray bLinux = m_betterAuth->signIn(member(12), password, "Firefox on Linux", "203.0.113.255");
    const QByteArray cPhone = m_betterAuth->signIn(member(13), password, "Safari on iPhone", "2001:db8::5");
    const QByteArray spared = m_betterAuth->signIn(member(14), password, "Firefox on Linux", "203.0.113.0");
    const QByteArray outside = m_betterAuth->signIn(member(16), password, "Firefox on Linux", "203.0.114.0");
    for (const QByteArray &token : {aLinux, aWindows, bLinux, cPhone, spared, outside})
        QVERIFY(!token.isEmpty());
    // What else an application may have written as an address: none of it is one in the range,
    // except the IPv4-mapped form of one, and none of it may break the search.
    QSqlQuery odd(m_betterAuth->database());
    QVERIFY(odd.prepare(uR"(INSERT INTO session (id, token, "userId", "expiresAt", "createdAt", "updatedAt",
                                                 "ipAddress", "userAgent")
                            SELECT ?, ?, id, now() + interval '1 day', now(), now(), ?, 'curl/8.5'
                            FROM "user" WHERE email = ?)"_s));
    const QStringList addresses{u""_s,
                                u"unknown"_s,
                                u"999.1.1.1"_s,
                                u"203.0.113.07"_s,
                                u":::"_s,
                                u"203.0.113.5, 10.0.0.1"_s,
                                u"1:2:3:4:5:6:7:8:9"_s,
                                u"::ffff:203.0.113.66"_s};
    for (int i = 0; i < addresses.size(); ++i) {
        odd.addBindValue(u"odd-%1"_s.arg(i));
        odd.addBindValue(u"odd-token-%1"_s.arg(i));
        odd.addBindValue(addresses.at(i));
        odd.addBindValue(member(15));
        QVERIFY2(odd.exec(), qPrintable(odd.lastError().text()));
        QCOMPARE(odd.numRowsAffected(), 1);
    }

    auto source = open(u"better-auth+"_s + TestStore::postgresUrl(u"better_auth"_s));
    QVERIFY(source->capabilities().has(C::SearchSessions));
    SessionFilter range; // its first and last addresses are in it; the next one is not
    range.network = u"203.0.113.0/24"_s;
    QCOMPARE(TestStore::searched(*source, range),
             QStringList({member(11) + u" 203.0.113.5"_s, member(12) + u" 203.0.113.255"_s,
                          member(14) + u" 203.0.113.0"_s, member(15) + u" ::ffff:203.0.113.66"_s})
                 .join(u", "_s));
    SessionFilter host;
    host.network = u"203.0.113.5"_s;
    QCOMPARE(TestStore::searched(*source, host), member(11) + u" 203.0.113.5"_s);
    SessionFilter v6;
    v6.network = u"2001:db8::/32"_s;
    // better-auth keeps an IPv6 address masked to its /64, written out in full.
    QVERIFY2(TestStore::searched(*source, v6).startsWith(member(13) + u" 2001:0db8:"_s),
             qPrintable(TestStore::searched(*source, v6)));
    QVERIFY(!TestStore::searched(*source, v6).contains(u", "_s));
    SessionFilter words;
    words.device = u"WINDOWS chrome"_s;
    QCOMPARE(TestStore::searched(*source, words), member(11) + u" 198.51.100.9"_s);
    SessionFilter percent; // a LIKE wildcard is a character like any other
    percent.device = u"%"_s;
    QCOMPARE(TestStore::searched(*source, percent), QString());
    SessionFilter theirs;
    theirs.userId = userId(*source, member(11));
    theirs.network = u"203.0.113.0/24"_s;
    QCOMPARE(TestStore::searched(*source, theirs), member(11) + u" 203.0.113.5"_s);
    SessionFilter later;
    later.activeFrom = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(TestStore::searched(*source, later), QString());
    SessionFilter started;
    started.startedFrom = QDateTime::currentDateTimeUtc().addSecs(-3600);
    started.network = u"2001:db8::/32"_s;
    QVERIFY(TestStore::searched(*source, started).startsWith(member(13)));
    SessionFilter country;
    country.country = u"DE"_s;
    QCOMPARE(TestStore::searched(*source, country),
             u"error: "_s + source->capabilities().reason(C::Locations));
    SessionFilter invalid;
    invalid.network = u"203.0.113.0/33"_s;
    QVERIFY2(TestStore::searched(*source, invalid).startsWith(u"error: "_s),
             qPrintable(TestStore::searched(*source, invalid)));

    LogoutAllScope scope;
    scope.matching = range;
    scope.keepUserIds << userId(*source, member(14));
    AuditEntry entry;
    const QString ended = TestStore::endMatchingAsCounted(*source, scope, 3, 3, &entry);
    QVERIFY2(ended.isEmpty(), qPrintable(ended));
    QVERIFY(m_betterAuth->session(aLinux).isEmpty());
    QVERIFY(m_betterAuth->session(bLinux).isEmpty());
    QVERIFY(!m_betterAuth->session(aWindows).isEmpty()); // the same user's other session stays
    QVERIFY(!m_betterAuth->session(cPhone).isEmpty());
    QVERIFY(!m_betterAuth->session(spared).isEmpty());
    QVERIFY(!m_betterAuth->session(outside).isEmpty());
    QCOMPARE(
        TestStore::scalar(m_betterAuth->database(), u"SELECT count(*) FROM session WHERE id LIKE 'odd-%'"_s)
            .toInt(),
        int(addresses.size()) - 1);
    // The kept user by address, for people to read (the tables' ids mean nothing to them).
    QVERIFY2(AuditText::change(entry).contains(u"kept: "_s + member(14)),
             qPrintable(AuditText::change(entry)));
}

void tst_TablesSessionSearch::connectPgSimpleRefusesWhatItDoesNotRecord()
{
    const QByteArray bo = m_express.logIn(u"bo"_s);
    const QByteArray cy = m_express.logIn(u"cy"_s);
    auto source = open(u"connect-pg-simple+"_s + TestStore::postgresUrl(u"express_session"_s) +
                       u"&userPath=passport.user"_s);
    QVERIFY(source->capabilities().has(C::SearchSessions));
    QCOMPARE(TestStore::searched(*source, SessionFilter()), u"bo , cy "_s);
    // Its users are names: one in another case is that user, never one of several.
    QCOMPARE(await(source->userByEmail(u"BO"_s)).value().id, u"bo"_s);
    m_express.logIn(u"Cy"_s);
    QCOMPARE(await(source->userByEmail(u"Cy"_s)).value().id, u"Cy"_s);
    QCOMPARE(await(source->userByEmail(u"CY"_s)).error().code, SourceError::Code::Conflict);
    // No address, user agent or start is recorded: such filters are refused, never ignored.
    SessionFilter range;
    range.network = u"10.0.0.0/8"_s;
    QCOMPARE(TestStore::searched(*source, range), u"error: "_s + source->capabilities().reason(C::Addresses));
    SessionFilter device;
    device.device = u"firefox"_s;
    QCOMPARE(TestStore::searched(*source, device), u"error: "_s + source->capabilities().reason(C::Devices));
    SessionFilter started;
    started.startedFrom = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY2(TestStore::searched(*source, started).contains(u"no start"_s),
             qPrintable(TestStore::searched(*source, started)));
    LogoutAllScope scope;
    scope.matching = started;
    QCOMPARE(await(source->previewLogoutAll(scope)).error().code, SourceError::Code::Unsupported);
    QCOMPARE(await(source->logoutAll(scope, TestStore::context())).error().code,
             SourceError::Code::Unsupported);

    // One user's sessions by their last activity: ended in the application.
    SessionFilter recent;
    recent.userId = u"bo"_s;
    recent.activeFrom = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(TestStore::searched(*source, recent), u"bo "_s);
    scope.matching = recent;
    const auto ended = await(source->logoutAll(scope, TestStore::context(u"Shared laptop"_s)));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 1);
    QCOMPARE(m_express.me(bo), 401);
    QCOMPARE(m_express.me(cy), 200);
}

QTEST_MAIN(tst_TablesSessionSearch)
#include "tst_tablessessionsearch.moc"
