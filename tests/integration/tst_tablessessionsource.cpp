// TablesSessionSource on applications' own session tables in the throwaway PostgreSQL cluster:
// better-auth's (the real server of fixtures/better-auth, checked from the application's side),
// connect-pg-simple's (the real Express application of fixtures/express-session: log in over
// HTTP, see the session, end it, the application answers 401) and Spring Session JDBC's (its
// schema only, filled by the test: no JVM here).
#include "BetterAuthApp.h"
#include "CookieApp.h"
#include "TestStore.h"
#include "models/connections/SourceFactory.h"
#include "models/sources/CertificateTrust.h"
#include "models/sources/tables/TablesSessionSource.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslCertificate>
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

class tst_TablesSessionSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addressesAreChecked_data();
    void addressesAreChecked();
    void betterAuthUsersAndSessions();
    void betterAuthSearchFoldsCaseAndAccents();
    void betterAuthEndsOneSessionOnly();
    void betterAuthFreezeIsABan();
    void betterAuthLogoutAllSparesRoles();
    void betterAuthFlagsFromDevicesAndNetworks();
    void connectPgSimpleSessionEndsInTheApplication();
    void connectPgSimpleLogsOutAUser();
    void springSessionReadsAndEndsSessions();
    void readOnlyLoginOnlyLooks();
    void missingTableIsNamed();
    void lostConnectionIsReportedAndReconnected();
    void unusableJournalStopsEverything();
    void serverCertificateIsTrustedByFingerprint();
    void commandLineWorksOnTheTables();

private:
    std::unique_ptr<TablesSessionSource> open(const QString &url, const QString &journal = {});
    QString journal() const
    {
        return m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    }
    QString betterAuthUrl() const { return u"better-auth+"_s + TestStore::postgresUrl(u"better_auth"_s); }
    QString expressUrl() const
    {
        return u"connect-pg-simple+"_s + TestStore::postgresUrl(u"express_session"_s) +
               u"&userPath=passport.user"_s;
    }
    QString userId(TablesSessionSource &source, const QString &email);

    std::unique_ptr<BetterAuthApp> m_betterAuth;
    CookieApp m_express{"SESSIONDESK_TEST_EXPRESS"};
    QTemporaryDir m_journals;
};

void tst_TablesSessionSource::initTestCase()
{
    if (!BetterAuthApp::available() || !m_express.available())
        QSKIP("No better-auth or Express test application (run through ctest, fixtures better_auth and "
              "express_session).");
    m_betterAuth = std::make_unique<BetterAuthApp>();
}

void tst_TablesSessionSource::init()
{
    QSqlQuery reset(m_betterAuth->database());
    QVERIFY(reset.exec(u"DELETE FROM session"_s));
    QVERIFY(reset.exec(uR"(UPDATE "user" SET banned = false, "banReason" = NULL, "banExpires" = NULL)"_s));
    QSqlQuery express(TestStore::postgresDatabase(u"express_session"_s));
    QVERIFY(express.exec(u"DELETE FROM session"_s));
}

std::unique_ptr<TablesSessionSource> tst_TablesSessionSource::open(const QString &url,
                                                                   const QString &journalPath)
{
    return TestStore::tables(url, journalPath.isEmpty() ? journal() : journalPath);
}

QString tst_TablesSessionSource::userId(TablesSessionSource &source, const QString &email)
{
    const auto user = await(source.userByEmail(email));
    return user.ok() ? user.value().id : QString();
}

void tst_TablesSessionSource::addressesAreChecked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("unknown kind") << u"redis-session+postgresql://a@h/db"_s << u"names no session tables"_s;
    QTest::newRow("path with quote") << u"connect-pg-simple+postgresql://a@h/db?userPath=passport.user'"_s
                                     << u"userPath is the keys"_s;
    QTest::newRow("path for better-auth")
        << u"better-auth+postgresql://a@h/db?userPath=x"_s << u"connect-pg-simple tables only"_s;
    QTest::newRow("table with space")
        << u"spring-session+postgresql://a@h/db?table=spring%20session"_s << u"plain name"_s;
    QTest::newRow("password") << u"spring-session+postgresql://a:secret@h/db"_s << u"Leave it out"_s;
    QTest::newRow("no database") << u"better-auth+postgresql://a@h"_s << u"names no database"_s;
}

void tst_TablesSessionSource::addressesAreChecked()
{
    QFETCH(QString, url);
    QFETCH(QString, complaint);
    const auto target = SourceFactory::target(url);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, SourceError::Code::InvalidInput);
    QVERIFY2(target.error().text.contains(complaint), qPrintable(target.error().text));
}

void tst_TablesSessionSource::betterAuthUsersAndSessions()
{
    const QString member = BetterAuthApp::memberEmail(1);
    QVERIFY(
        !m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Firefox/120 (Linux)", "203.0.113.7")
             .isEmpty());
    QVERIFY(
        !m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Safari/17 (iPhone)", "198.51.100.4")
             .isEmpty());
    auto source = open(betterAuthUrl());
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().id, u"postgres"_s);
    QCOMPARE(opened.value().role, Role::Administrator);
    QVERIFY(source->capabilities().has(C::Freeze));
    QVERIFY(!source->capabilities().has(C::RevokeTokens));
    QVERIFY(source->auditTrailNote().contains(journal()));
    // better-auth's tables hold sessions, not sign-in attempts: no history, and it says so.
    QVERIFY(source->capabilities().reason(C::SignIns).contains(u"not each sign-in attempt"_s));
    const auto signIns = await(source->signIns(SignInQuery()));
    QVERIFY(!signIns.ok());
    QCOMPARE(signIns.error().code, SourceError::Code::Unsupported);
    QCOMPARE(signIns.error().text, source->capabilities().reason(C::SignIns));

    UserQuery query;
    query.text = u"user0001"_s;
    const auto users = await(source->users(query));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 1);
    const User user = users.value().rows.first();
    QCOMPARE(user.email, member);
    QCOMPARE(user.activeSessions, 2);
    QCOMPARE(user.devices, 2);
    QVERIFY(user.lastActivity.isValid());

    // Sorted by sessions, the member with two comes before everyone with none.
    UserQuery bySessions;
    bySessions.sortField = UserQuery::SortField::ActiveSessions;
    bySessions.order = Qt::DescendingOrder;
    bySessions.limit = 5;
    const auto sorted = await(source->users(bySessions));
    QVERIFY2(sorted.ok(), TestStore::why(sorted));
    QCOMPARE(sorted.value().rows.first().email, member);
    QVERIFY(sorted.value().hasMore());
    const int everyone = int(sorted.value().total);
    bySessions.cursor = sorted.value().nextCursor;
    const auto next = await(source->users(bySessions));
    QVERIFY(next.ok());
    QCOMPARE(next.value().total, everyone);
    QVERIFY(next.value().rows.first().email != member);

    SessionQuery sessions;
    sessions.userId = user.id;
    sessions.sortField = SessionQuery::SortField::IpAddress;
    sessions.order = Qt::AscendingOrder;
    const auto listed = await(source->sessions(sessions));
    QVERIFY2(listed.ok(), TestStore::why(listed));
    QCOMPARE(listed.value().rows.size(), 2);
    QCOMPARE(listed.value().rows.at(0).origin.ip, u"198.51.100.4"_s);
    QCOMPARE(listed.value().rows.at(1).origin.userAgent, u"Firefox/120 (Linux)"_s);

    // An expired row is listed only when ended ones are asked for, as expired.
    QSqlQuery expire(m_betterAuth->database());
    QVERIFY(expire.exec(uR"(UPDATE session SET "expiresAt" = now() - interval '1 minute'
                            WHERE "ipAddress" = '198.51.100.4')"_s));
    QCOMPARE(await(source->sessions(sessions)).value().rows.size(), 1);
    sessions.includeEnded = true;
    const auto withEnded = await(source->sessions(sessions));
    QCOMPARE(withEnded.value().rows.size(), 2);
    QCOMPARE(withEnded.value().rows.first().endReason, EndReason::Expired);
    QCOMPARE(await(source->userByEmail(member.toUpper())).value().activeSessions, 1);
    QCOMPARE(await(source->userByEmail(u"nobody@example.com"_s)).error().code, SourceError::Code::NotFound);
}

void tst_TablesSessionSource::betterAuthSearchFoldsCaseAndAccents()
{
    // The application writes names with plain SQL; the search folds them as SessionDesk folds
    // everywhere: case and accents, in every script.
    const QString member = BetterAuthApp::memberEmail(2);
    QSqlQuery rename(m_betterAuth->database());
    QVERIFY(rename.prepare(uR"(UPDATE "user" SET name = ? WHERE email = ?)"_s));
    rename.addBindValue(u"Inès Ŀukasz Öztürk Μαρία"_s);
    rename.addBindValue(member);
    QVERIFY(rename.exec());
    const auto restore = qScopeGuard([&] {
        QSqlQuery back(m_betterAuth->database());
        back.prepare(uR"(UPDATE "user" SET name = 'Member 0002' WHERE email = ?)"_s);
        back.addBindValue(member);
        back.exec();
    });
    auto source = open(betterAuthUrl());
    QVERIFY2(await(source->signIn()).ok(), "sign-in");
    for (const QString &text : {u"INÈS"_s, u"ines"_s, u"ÖZTÜRK"_s, u"ozturk"_s, u"ΜΑΡΊΑ"_s, u"μαρια"_s}) {
        UserQuery query;
        query.text = text;
        const auto users = await(source->users(query));
        QVERIFY2(users.ok(), TestStore::why(users));
        QVERIFY2(users.value().total == 1 && users.value().rows.first().email == member, qPrintable(text));
    }
    UserQuery nobody;
    nobody.text = u"inèz"_s;
    QCOMPARE(await(source->users(nobody)).value().total, 0);
}

void tst_TablesSessionSource::betterAuthEndsOneSessionOnly()
{
    const QString member = BetterAuthApp::memberEmail(2);
    const QByteArray laptop =
        m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Firefox/120 (Linux)", "203.0.113.7");
    const QByteArray phone =
        m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Safari/17 (iPhone)", "198.51.100.4");
    auto source = open(betterAuthUrl());
    QVERIFY(await(source->signIn()).ok());
    SessionQuery query;
    query.userId = userId(*source, member);
    const auto listed = await(source->sessions(query));
    QVERIFY(listed.ok());
    const auto laptopSession = std::find_if(listed.value().rows.begin(), listed.value().rows.end(),
                                            [](const Session &s) { return s.origin.ip == u"203.0.113.7"; });
    QVERIFY(laptopSession != listed.value().rows.end());

    QCOMPARE(await(source->endSession(laptopSession->id, ActionContext())).error().code,
             SourceError::Code::InvalidInput); // no reason
    ActionContext context = TestStore::context(u"Lost laptop"_s);
    context.actor = source->currentOperator(); // as the console passes it
    const auto ended = await(source->endSession(laptopSession->id, context));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 1);
    QVERIFY(ended.value().auditEntryId > 0);
    QVERIFY(m_betterAuth->session(laptop).isEmpty());
    QVERIFY(!m_betterAuth->session(phone).isEmpty());

    const auto again = await(source->endSession(laptopSession->id, TestStore::context()));
    QCOMPARE(again.error().code, SourceError::Code::NotFound);
    const auto trail = await(source->auditEntries(AuditQuery()));
    QVERIFY(trail.ok());
    QCOMPARE(trail.value().rows.size(), 2);
    const AuditEntry failed = trail.value().rows.at(0);
    const AuditEntry done = trail.value().rows.at(1);
    QCOMPARE(done.action, u"end_session"_s);
    QCOMPARE(done.targetUser, member);
    QCOMPARE(done.targetSession, laptopSession->id);
    QCOMPARE(done.reason, u"Lost laptop"_s);
    QCOMPARE(done.operatorId, u"postgres"_s);
    QCOMPARE(failed.outcome, u"failed"_s);
    QVERIFY(await(source->verifyAudit()).value().intact);
}

void tst_TablesSessionSource::betterAuthFreezeIsABan()
{
    const QString member = BetterAuthApp::memberEmail(3);
    const QByteArray token =
        m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Firefox/120 (Linux)", "203.0.113.7");
    auto source = open(betterAuthUrl());
    QVERIFY(await(source->signIn()).ok());
    const QString id = userId(*source, member);
    const auto frozen = await(source->freezeUser(id, TestStore::context(u"Credential stuffing"_s)));
    QVERIFY2(frozen.ok(), TestStore::why(frozen));
    QCOMPARE(frozen.value().sessionsEnded, 1);
    QVERIFY(m_betterAuth->session(token).isEmpty());
    int status = 0;
    QVERIFY(
        m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Firefox/120", "203.0.113.7", &status)
            .isEmpty());
    QCOMPARE(status, 403); // better-auth itself refuses the banned user
    const auto user = await(source->userByEmail(member));
    QCOMPARE(user.value().status, UserStatus::Frozen);
    QCOMPARE(user.value().statusReason, u"Credential stuffing"_s);

    QVERIFY(await(source->unfreezeUser(id, TestStore::context(u"Cleared"_s))).ok());
    // A ban that ends by itself: better-auth's banExpires.
    const QDateTime until = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(await(source->freezeUserUntil(id, until, TestStore::context(u"Cooling off"_s))).ok());
    QCOMPARE(TestStore::scalar(m_betterAuth->database(), uR"(SELECT "banExpires" FROM "user" WHERE id = ?)"_s,
                               {id})
                 .toDateTime()
                 .toSecsSinceEpoch(),
             until.toSecsSinceEpoch());
    QCOMPARE(await(source->userByEmail(member)).value().status, UserStatus::Frozen);
    QVERIFY(await(source->unfreezeUser(id, TestStore::context(u"Cleared"_s))).ok());
    QVERIFY(!m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), "Firefox/120", "203.0.113.7")
                 .isEmpty());
    UserQuery frozenOnly;
    frozenOnly.status = UserStatus::Frozen;
    QCOMPARE(await(source->users(frozenOnly)).value().total, 0);
    const auto trail = await(source->auditEntries(AuditQuery()));
    QCOMPARE(trail.value().rows.at(0).action, u"unfreeze_user"_s);
    QCOMPARE(trail.value().rows.at(1).action, u"freeze_user"_s);
    QCOMPARE(trail.value().rows.at(1).targetUser, member);
    QCOMPARE(await(source->freezeUser(u"no-such-user"_s, TestStore::context())).error().code,
             SourceError::Code::NotFound);
}

void tst_TablesSessionSource::betterAuthLogoutAllSparesRoles()
{
    const QByteArray admin = m_betterAuth->signIn(BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword(),
                                                  "Firefox/120 (Linux)", "203.0.113.7");
    QList<QByteArray> members;
    for (int n = 4; n <= 6; ++n)
        members << m_betterAuth->signIn(BetterAuthApp::memberEmail(n), BetterAuthApp::memberPassword(),
                                        "Chrome/119 (Windows)", "198.51.100.9");
    auto source = open(betterAuthUrl());
    QVERIFY(await(source->signIn()).ok());
    QVERIFY(await(source->roles()).value().contains(u"admin"_s));
    LogoutAllScope scope;
    scope.excludeRoles = {u"admin"_s};
    scope.revokeTokens = false;
    const auto preview = await(source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().users, 3);
    QCOMPARE(preview.value().sessions, 3);
    const auto done = await(source->logoutAll(scope, TestStore::context(u"Breach drill"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().usersAffected, 3);
    QCOMPARE(done.value().sessionsEnded, 3);
    for (const QByteArray &member : std::as_const(members))
        QVERIFY(m_betterAuth->session(member).isEmpty());
    QVERIFY(!m_betterAuth->session(admin).isEmpty());
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"logout_all"_s);
    QCOMPARE(entry.count, 3);
    QVERIFY(entry.newValue.contains(u"\"excludedRoles\":[\"admin\"]"_s));
}

void tst_TablesSessionSource::betterAuthFlagsFromDevicesAndNetworks()
{
    const QString member = BetterAuthApp::memberEmail(7);
    const QList<QPair<QByteArray, QByteArray>> devices{{"Firefox/120 (Linux)", "203.0.113.7"},
                                                       {"Safari/17 (iPhone)", "198.51.100.4"},
                                                       {"Chrome/119 (Windows)", "192.0.2.1"},
                                                       {"Edge/119 (Windows)", "100.64.0.1"}};
    for (const auto &[agent, address] : devices)
        QVERIFY(!m_betterAuth->signIn(member, BetterAuthApp::memberPassword(), agent, address).isEmpty());
    auto source = open(betterAuthUrl());
    QVERIFY(await(source->signIn()).ok());
    const auto flags = await(source->flags(FlagQuery()));
    QVERIFY2(flags.ok(), TestStore::why(flags));
    QStringList rules;
    for (const Flag &flag : flags.value().rows) {
        QCOMPARE(flag.userEmail, member);
        rules << Flag::ruleKey(flag.rule);
    }
    rules.sort();
    QCOMPARE(rules, (QStringList{u"concurrent_networks"_s, u"device_spread"_s}));
    // One user's flags: theirs only.
    FlagQuery theirs;
    theirs.userId = userId(*source, member);
    QCOMPARE(await(source->flags(theirs)).value().rows.size(), 2);
    theirs.userId = userId(*source, BetterAuthApp::memberEmail(8));
    QVERIFY(await(source->flags(theirs)).value().rows.isEmpty());
    // The same finding keeps its id from one look to the next.
    QCOMPARE(await(source->flags(FlagQuery())).value().rows.first().id, flags.value().rows.first().id);
}

void tst_TablesSessionSource::connectPgSimpleSessionEndsInTheApplication()
{
    const QByteArray cookie = m_express.logIn(u"anna@example.com"_s);
    QVERIFY(!cookie.isEmpty());
    QCOMPARE(m_express.me(cookie), 200);
    auto source = open(expressUrl());
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QVERIFY(!source->capabilities().has(C::Freeze));
    QVERIFY(source->capabilities().reason(C::Freeze).contains(u"no accounts"_s));
    QCOMPARE(await(source->flags(FlagQuery())).error().code, SourceError::Code::Unsupported);

    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 1);
    const User anna = users.value().rows.first();
    QCOMPARE(anna.id, u"anna@example.com"_s);
    QCOMPARE(anna.email, u"anna@example.com"_s);
    QCOMPARE(anna.activeSessions, 1);
    // Saved just now: the cookie's max age before it expires.
    QVERIFY(qAbs(anna.lastActivity.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    SessionQuery query;
    query.userId = anna.id;
    const auto sessions = await(source->sessions(query));
    QVERIFY(sessions.ok());
    QCOMPARE(sessions.value().rows.size(), 1);
    const Session session = sessions.value().rows.first();
    // The sid is what the cookie carries; the console shows a digest of it.
    QVERIFY(!cookie.contains(session.id.toLatin1()));
    QCOMPARE(session.id.size(), 16);
    QVERIFY(qAbs(session.expiresAt.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 120);

    const auto ended = await(source->endSession(session.id, TestStore::context(u"Shared computer"_s)));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(m_express.me(cookie), 401);
    QCOMPARE(await(source->users(UserQuery())).value().total, 0);
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.targetUser, u"anna@example.com"_s);
    QCOMPARE(entry.targetSession, session.id);
}

void tst_TablesSessionSource::connectPgSimpleLogsOutAUser()
{
    const QByteArray first = m_express.logIn(u"bo"_s);
    const QByteArray second = m_express.logIn(u"bo"_s);
    const QByteArray other = m_express.logIn(u"cy"_s);
    auto source = open(expressUrl());
    QVERIFY(await(source->signIn()).ok());
    const auto done = await(source->logoutUsers({u"bo"_s}, TestStore::context(u"Left the company"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 2);
    QCOMPARE(m_express.me(first), 401);
    QCOMPARE(m_express.me(second), 401);
    QCOMPARE(m_express.me(other), 200);
    // A user named without an address shows under their name.
    const User cy = await(source->users(UserQuery())).value().rows.first();
    QCOMPARE(cy.displayName, u"cy"_s);
    QVERIFY(cy.email.isEmpty());

    // Log out all: every session, and the user path decides whose they are.
    const auto all = await(source->logoutAll(LogoutAllScope(), TestStore::context(u"Rotate secret"_s)));
    QVERIFY2(all.ok(), TestStore::why(all));
    QCOMPARE(all.value().sessionsEnded, 1);
    QCOMPARE(m_express.me(other), 401);

    // Another path finds nobody in these sessions.
    m_express.logIn(u"dee"_s);
    auto wrongPath =
        open(u"connect-pg-simple+"_s + TestStore::postgresUrl(u"express_session"_s) + u"&userPath=userId"_s);
    QVERIFY(await(wrongPath->signIn()).ok());
    QCOMPARE(await(wrongPath->users(UserQuery())).value().total, 0);
}

void tst_TablesSessionSource::springSessionReadsAndEndsSessions()
{
    QSqlDatabase db = TestStore::postgresDatabase(u"spring_app"_s, true);
    QSqlQuery sql(db);
    // Spring Session's schema-postgresql.sql.
    QVERIFY(sql.exec(uR"(CREATE TABLE SPRING_SESSION (
            PRIMARY_ID CHAR(36) NOT NULL, SESSION_ID CHAR(36) NOT NULL, CREATION_TIME BIGINT NOT NULL,
            LAST_ACCESS_TIME BIGINT NOT NULL, MAX_INACTIVE_INTERVAL INT NOT NULL, EXPIRY_TIME BIGINT NOT NULL,
            PRINCIPAL_NAME VARCHAR(100), CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)))"_s));
    QVERIFY(sql.exec(u"CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID)"_s));
    QVERIFY(sql.exec(u"CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME)"_s));
    QVERIFY(sql.exec(u"CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME)"_s));
    QVERIFY(sql.exec(uR"(CREATE TABLE SPRING_SESSION_ATTRIBUTES (
            SESSION_PRIMARY_ID CHAR(36) NOT NULL, ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
            ATTRIBUTE_BYTES BYTEA NOT NULL,
            CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
            CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
                REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE))"_s));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto insert = [&](const QString &primary, const QString &principal, qint64 lastAccess,
                            int interval) {
        QSqlQuery row(db);
        row.prepare(u"INSERT INTO SPRING_SESSION VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        row.addBindValue(primary);
        row.addBindValue(QString(u"cookie-"_s + primary));
        row.addBindValue(lastAccess - 600'000);
        row.addBindValue(lastAccess);
        row.addBindValue(interval);
        row.addBindValue(lastAccess + qint64(interval) * 1000);
        row.addBindValue(principal);
        QVERIFY(row.exec());
        QVERIFY(row.exec(u"INSERT INTO SPRING_SESSION_ATTRIBUTES VALUES ('%1', 'SPRING_SECURITY_CONTEXT', "
                         u"'\\xaced0005')"_s.arg(primary)));
    };
    insert(u"a1"_s, u"erin"_s, now - 60'000, 1800);    // active, 29 minutes left
    insert(u"a2"_s, u"erin"_s, now - 3'600'000, 1800); // expired half an hour ago
    insert(u"a3"_s, u"erin"_s, now - 86'400'000, -1);  // never expires
    insert(u"b1"_s, u"frank"_s, now - 1000, 1800);

    auto source = open(u"spring-session+"_s + TestStore::postgresUrl(u"spring_app"_s));
    QVERIFY2(await(source->signIn()).ok(), "cannot open Spring Session's tables");
    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 2);
    const User erin = users.value().rows.first();
    QCOMPARE(erin.displayName, u"erin"_s);
    QCOMPARE(erin.activeSessions, 2);
    QCOMPARE(erin.lastActivity.toMSecsSinceEpoch(), now - 60'000);

    SessionQuery query;
    query.userId = u"erin"_s;
    query.sortField = SessionQuery::SortField::Expires;
    query.order = Qt::AscendingOrder;
    const auto sessions = await(source->sessions(query));
    QVERIFY2(sessions.ok(), TestStore::why(sessions));
    QCOMPARE(sessions.value().rows.size(), 2);
    const Session soon = sessions.value().rows.at(0);
    QCOMPARE(soon.id.trimmed(), u"a1"_s); // PRIMARY_ID, never the cookie's SESSION_ID
    QCOMPARE(soon.expiresAt.toMSecsSinceEpoch(), now - 60'000 + 1'800'000);
    QCOMPARE(soon.createdAt.toMSecsSinceEpoch(), now - 660'000);
    const Session forever = sessions.value().rows.at(1);
    QVERIFY(!forever.expiresAt.isValid());
    QVERIFY(forever.isActive(QDateTime::currentDateTimeUtc()));

    QVERIFY(await(source->endSession(soon.id, TestStore::context(u"Stolen session"_s))).ok());
    QCOMPARE(TestStore::scalar(
                 db, u"SELECT count(*) FROM SPRING_SESSION_ATTRIBUTES WHERE SESSION_PRIMARY_ID = 'a1'"_s)
                 .toInt(),
             0);
    const auto done = await(source->logoutUsers({u"erin"_s}, TestStore::context(u"Offboarded"_s)));
    QVERIFY(done.ok());
    QCOMPARE(done.value().sessionsEnded, 1); // the one that never expires; the expired one is no session
    QCOMPARE(TestStore::column(db, u"SELECT trim(PRIMARY_ID) FROM SPRING_SESSION ORDER BY 1"_s),
             (QStringList{u"a2"_s, u"b1"_s}));
}

void tst_TablesSessionSource::readOnlyLoginOnlyLooks()
{
    QSqlDatabase db = TestStore::postgresDatabase(u"express_session"_s);
    QSqlQuery sql(db);
    sql.exec(u"DROP OWNED BY sd_reader"_s);
    sql.exec(u"DROP ROLE IF EXISTS sd_reader"_s);
    QVERIFY(sql.exec(u"CREATE ROLE sd_reader LOGIN"_s));
    QVERIFY(sql.exec(u"GRANT SELECT ON session TO sd_reader"_s));
    const QByteArray cookie = m_express.logIn(u"gil"_s);
    auto source =
        open(u"connect-pg-simple+"_s + TestStore::postgresUrl(u"express_session"_s, u"sd_reader"_s) +
             u"&userPath=passport.user"_s);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Auditor);
    QVERIFY(source->capabilities().reason(C::LogoutUser).contains(u"GRANT DELETE"_s));
    QCOMPARE(await(source->users(UserQuery())).value().total, 1);
    const auto refused = await(source->logoutUsers({u"gil"_s}, TestStore::context()));
    QCOMPARE(refused.error().code, SourceError::Code::PermissionDenied);
    QCOMPARE(m_express.me(cookie), 200);
    QVERIFY(await(source->auditEntries(AuditQuery())).value().rows.isEmpty());
}

void tst_TablesSessionSource::missingTableIsNamed()
{
    TestStore::postgresDatabase(u"empty_app"_s, true);
    auto source = open(u"spring-session+"_s + TestStore::postgresUrl(u"empty_app"_s));
    const auto opened = await(source->signIn());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::NotFound);
    QVERIFY2(opened.error().text.contains(u"has no table \"spring_session\""_s),
             qPrintable(opened.error().text));
    auto wrongLogin = open(u"better-auth+"_s + TestStore::postgresUrl(u"better_auth"_s, u"nobody_here"_s));
    const auto refused = await(wrongLogin->signIn());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().text.contains(u"Cannot connect to PostgreSQL"_s) &&
                 refused.error().text.contains(u"nobody_here"_s),
             qPrintable(refused.error().text));
}

void tst_TablesSessionSource::lostConnectionIsReportedAndReconnected()
{
    const QByteArray cookie = m_express.logIn(u"hal"_s);
    auto source = open(expressUrl());
    QVERIFY(await(source->signIn()).ok());
    QSqlDatabase db = TestStore::postgresDatabase(u"express_session"_s);
    TestStore::scalar(db, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          u"WHERE application_name = 'SessionDesk' AND datname = 'express_session'"_s);
    const auto lost = await(source->logoutUsers({u"hal"_s}, TestStore::context(u"Phished"_s)));
    QVERIFY(!lost.ok());
    QVERIFY2(lost.error().text.contains(u"connection"_s), qPrintable(lost.error().text));
    QCOMPARE(m_express.me(cookie), 200);
    // The failure is journalled; the retry connects again and finishes.
    const auto retried = await(source->logoutUsers({u"hal"_s}, TestStore::context(u"Phished"_s)));
    QVERIFY2(retried.ok(), TestStore::why(retried));
    QCOMPARE(m_express.me(cookie), 401);
    const auto trail = await(source->auditEntries(AuditQuery())).value().rows;
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(1).outcome, u"failed"_s);
    QCOMPARE(trail.at(0).outcome, u"success"_s);
}

void tst_TablesSessionSource::unusableJournalStopsEverything()
{
    QFile garbage(journal());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    auto source = open(expressUrl());
    const auto opened = await(source->signIn());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().text.contains(u"local audit journal"_s) &&
                 opened.error().text.contains(journal()),
             qPrintable(opened.error().text));
    QVERIFY(!source->capabilities().has(C::LogoutUser));
}

void tst_TablesSessionSource::serverCertificateIsTrustedByFingerprint()
{
    // Over TCP with a password and full verification: the cluster's self-signed certificate is
    // trusted by no system.
    QSqlQuery sql(TestStore::postgresDatabase(u"express_session"_s));
    sql.exec(u"DROP OWNED BY sd_tls"_s);
    sql.exec(u"DROP ROLE IF EXISTS sd_tls"_s);
    QVERIFY(sql.exec(u"CREATE ROLE sd_tls LOGIN PASSWORD 'tls-fixture-password'"_s));
    QVERIFY(sql.exec(u"GRANT SELECT, DELETE ON session TO sd_tls"_s));
    const auto fingerprint = [] {
        const auto certificates = QSslCertificate::fromPath(TestStore::serverCertificateFile());
        return certificates.isEmpty() ? QString() : CertificateTrust::fingerprint(certificates.first());
    };
    const QString trusted = fingerprint();
    QVERIFY(!trusted.isEmpty());
    const QString url =
        u"connect-pg-simple+postgresql://sd_tls@127.0.0.1:%1/express_session?sslmode=verify-full&userPath=passport.user"_s
            .arg(TestStore::serverPort());
    const auto openWith = [&](const QString &trust) {
        TablesSessionSource::Options options;
        options.tables = SessionTables::fromUrl(url).value();
        options.password = u"tls-fixture-password"_s;
        options.trustedCertificate = trust;
        options.journalPath = journal();
        return std::make_unique<TablesSessionSource>(options);
    };

    auto refused = openWith({});
    const auto first = await(refused->signIn());
    QVERIFY(!first.ok());
    QVERIFY2(first.error().text.contains(u"is not trusted"_s) && first.error().text.contains(trusted),
             qPrintable(first.error().text));
    QCOMPARE(refused->refusedCertificate(), trusted);

    auto pinned = openWith(trusted);
    const auto second = await(pinned->signIn());
    QVERIFY2(second.ok(), TestStore::why(second));
    QVERIFY(await(pinned->users(UserQuery())).ok());

    // Another certificate later: refused as changed, naming both.
    TestStore::renewServerCertificate();
    const QString renewed = fingerprint();
    QVERIFY(renewed != trusted);
    auto changed = openWith(trusted);
    const auto third = await(changed->signIn());
    QVERIFY(!third.ok());
    QVERIFY2(third.error().text.contains(u"changed"_s) && third.error().text.contains(trusted) &&
                 third.error().text.contains(renewed),
             qPrintable(third.error().text));
    QCOMPARE(changed->refusedCertificate(), renewed);
}

void tst_TablesSessionSource::commandLineWorksOnTheTables()
{
    const QByteArray cookie = m_express.logIn(u"ida@example.com"_s);
    const QByteArray other = m_express.logIn(u"jo"_s);
    QTemporaryDir data;
    const auto cli = [&](const QStringList &command) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path()); // the journal goes there
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONDESK_CLI), QStringList{u"--connect"_s, expressUrl()} + command);
        process.waitForFinished(60'000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    auto [code, out, err] = cli({u"users"_s, u"list"_s});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"ida@example.com"_s) && out.contains(u"jo"_s), qPrintable(out + err));
    // No columns of values connect-pg-simple does not record.
    const QString header = out.section(u'\n', 0, 0);
    QVERIFY2(header.startsWith(u"NAME"_s) && header.contains(u"SESSIONS"_s), qPrintable(header));
    for (const auto column : {u"ROLE", u"FLAGS", u"DEVICES", u"LOCATION"})
        QVERIFY2(!header.contains(column), qPrintable(header));
    // Nor flags, which these tables do not keep: asked for, they are refused (exit 4), not ignored.
    std::tie(code, out, err) = cli({u"users"_s, u"list"_s, u"--status"_s, u"flagged"_s});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"keeps no flags"_s), qPrintable(err));
    // Users of tables without accounts are named by what the sessions say, an email or not.
    std::tie(code, out, err) = cli({u"logout"_s, u"--user"_s, u"jo"_s, u"--reason"_s, u"Offboarding"_s});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(m_express.me(other), 401);
    QCOMPARE(m_express.me(cookie), 200);
    std::tie(code, out, err) = cli({u"freeze"_s, u"--user"_s, u"ida@example.com"_s, u"--reason"_s, u"x"_s,
                                    u"--until"_s, u"2099-01-01T00:00"_s});
    QVERIFY(code != 0);
    QVERIFY2(err.contains(u"no accounts to freeze"_s), qPrintable(err));
    std::tie(code, out, err) = cli({u"settings"_s, u"get"_s});
    QCOMPARE(code, 4); // unsupported, with the reason
    QVERIFY2(err.contains(u"no global-logout setting"_s), qPrintable(err));
    std::tie(code, out, err) = cli({u"store"_s, u"migrate"_s});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"SessionDesk stores only"_s), qPrintable(err));
}

QTEST_MAIN(tst_TablesSessionSource)
#include "tst_tablessessionsource.moc"
