// TablesSessionSource on Auth.js's tables (@auth/pg-adapter, database sessions) under the real
// Auth.js application of fixtures/authjs: users sign in with the link its e-mail provider sends,
// SessionDesk reads and ends their sessions, and the application's own page answers 401 for the
// ended ones.
#include "CookieApp.h"
#include "TestStore.h"
#include "models/connections/SourceFactory.h"
#include "models/sources/tables/TablesSessionSource.h"

#include <QProcess>
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

class tst_AuthJsSessionSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addressesAreChecked_data();
    void addressesAreChecked();
    void usersAndSessionsAsAuthJsKeepsThem();
    void searchFoldsCaseAndAccents();
    void endedSessionsAreRefusedByTheApplication();
    void logOutAllSparesTheNamedUsers();
    void readOnlyLoginOnlyLooks();
    void missingUsersTableIsNamed();
    void oddAccountsAndRowsAsANewUserFoundThem();
    void commandLineWorksOnTheTables();

private:
    std::unique_ptr<TablesSessionSource> open(const QString &url = {});
    QString url(const QString &login = u"postgres"_s) const
    {
        return u"authjs+"_s + TestStore::postgresUrl(u"authjs"_s, login);
    }
    User user(TablesSessionSource &source, const QString &email);

    CookieApp m_app{"SESSIONDESK_TEST_AUTHJS", CookieApp::SignIn::EmailLink};
    QTemporaryDir m_journals;
};

void tst_AuthJsSessionSource::initTestCase()
{
    if (!m_app.available())
        QSKIP("No Auth.js test application (run through ctest, fixture authjs).");
}

void tst_AuthJsSessionSource::init()
{
    QSqlQuery reset(TestStore::postgresDatabase(u"authjs"_s));
    QVERIFY(reset.exec(u"DELETE FROM sessions"_s));
    QVERIFY(reset.exec(u"DELETE FROM users WHERE email IS NULL OR (email NOT LIKE 'member_@example.com' AND "
                       u"email <> 'ines@example.com')"_s));
}

std::unique_ptr<TablesSessionSource> tst_AuthJsSessionSource::open(const QString &address)
{
    return TestStore::tables(address.isEmpty() ? url() : address,
                             m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                 QString::fromLatin1(QTest::currentDataTag()) +
                                                 u".sqlite"_s));
}

User tst_AuthJsSessionSource::user(TablesSessionSource &source, const QString &email)
{
    const auto found = await(source.userByEmail(email));
    return found.ok() ? found.value() : User();
}

void tst_AuthJsSessionSource::addressesAreChecked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("table") << u"authjs+postgresql://a@h/db?table=auth_sessions"_s << u"users and sessions"_s;
    QTest::newRow("user path") << u"authjs+postgresql://a@h/db?userPath=x"_s
                               << u"connect-pg-simple tables only"_s;
    QTest::newRow("password") << u"authjs+postgresql://a:secret@h/db"_s << u"Leave it out"_s;
    QTest::newRow("no database") << u"authjs+postgresql://a@h"_s << u"names no database"_s;
    QTest::newRow("misspelt kind") << u"auth.js+postgresql://a@h/db"_s << u"authjs+postgresql://"_s;
}

void tst_AuthJsSessionSource::addressesAreChecked()
{
    QFETCH(QString, url);
    QFETCH(QString, complaint);
    const auto target = SourceFactory::target(url);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, SourceError::Code::InvalidInput);
    QVERIFY2(target.error().text.contains(complaint), qPrintable(target.error().text));
}

void tst_AuthJsSessionSource::usersAndSessionsAsAuthJsKeepsThem()
{
    const QByteArray laptop = m_app.logIn(u"member1@example.com"_s);
    const QByteArray phone = m_app.logIn(u"member1@example.com"_s);
    // A new address becomes a new account on its first sign-in, with no name.
    const QByteArray newcomer = m_app.logIn(u"newcomer@example.org"_s);
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty() && !newcomer.isEmpty());
    QCOMPARE(m_app.me(laptop), 200);

    auto source = open();
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Administrator);
    const Capabilities capabilities = source->capabilities();
    QVERIFY(capabilities.has(C::LogoutUser) && capabilities.has(C::EndSession) &&
            capabilities.has(C::LogoutAll));
    for (const auto missing :
         {C::Freeze, C::TimedFreeze, C::Roles, C::Devices, C::Addresses, C::SessionStarts, C::SessionActivity,
          C::UserActivity, C::SignIns, C::ChangeSettings})
        QVERIFY2(!capabilities.has(missing), qPrintable(QString::number(int(missing))));
    QVERIFY2(capabilities.reason(C::Freeze).contains(u"no account status"_s),
             qPrintable(capabilities.reason(C::Freeze)));
    // What the console says after every logout: JWT sessions cannot be ended anywhere.
    QVERIFY2(capabilities.reason(C::RevokeTokens).contains(u"JWT"_s),
             qPrintable(capabilities.reason(C::RevokeTokens)));
    QCOMPARE(await(source->flags(FlagQuery())).error().code, SourceError::Code::Unsupported);
    QCOMPARE(await(source->roles()).value(), QStringList());

    // Every account, signed in or not: the ten seeded ones and the newcomer.
    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 11);
    const User member = user(*source, u"member1@example.com"_s);
    QCOMPARE(member.displayName, u"Member 1"_s);
    QCOMPARE(member.activeSessions, 2);
    QCOMPARE(member.status, UserStatus::Active);
    const User stranger = user(*source, u"newcomer@example.org"_s);
    QCOMPARE(stranger.displayName, u"newcomer@example.org"_s); // no name: the address
    QCOMPARE(stranger.activeSessions, 1);
    QCOMPARE(user(*source, u"member2@example.com"_s).activeSessions, 0);

    SessionQuery query;
    query.userId = member.id;
    const auto sessions = await(source->sessions(query));
    QVERIFY2(sessions.ok(), TestStore::why(sessions));
    QCOMPARE(sessions.value().rows.size(), 2);
    for (const Session &session : sessions.value().rows) {
        // The row's number, never sessionToken, the cookie's value.
        QVERIFY(!laptop.contains(session.id.toLatin1()) || session.id.size() < 8);
        QVERIFY(session.id.toInt() > 0);
        QCOMPARE(session.userEmail, u"member1@example.com"_s);
        // The application's maxAge is an hour.
        QVERIFY(qAbs(session.expiresAt.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 120);
        QVERIFY(!session.createdAt.isValid() && !session.lastSeenAt.isValid());
        QVERIFY(session.isActive(QDateTime::currentDateTimeUtc()));
    }
    // Filters on what Auth.js does not record are refused, not ignored.
    SessionQuery recent;
    recent.filter.activeFrom = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(await(source->sessions(recent)).error().code, SourceError::Code::Unsupported);
}

void tst_AuthJsSessionSource::searchFoldsCaseAndAccents()
{
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    for (const QString &text : {u"INÈS"_s, u"ines"_s, u"dupont"_s, u"INES@EXAMPLE"_s}) {
        UserQuery query;
        query.text = text;
        const auto found = await(source->users(query));
        QVERIFY2(found.ok(), TestStore::why(found));
        QCOMPARE(found.value().total, 1);
        QCOMPARE(found.value().rows.first().displayName, u"Inès Dupont"_s);
    }
    UserQuery nobody;
    nobody.text = u"zelda"_s;
    QCOMPARE(await(source->users(nobody)).value().total, 0);
    QCOMPARE(await(source->userByEmail(u"zelda@example.com"_s)).error().code, SourceError::Code::NotFound);
}

void tst_AuthJsSessionSource::endedSessionsAreRefusedByTheApplication()
{
    const QByteArray laptop = m_app.logIn(u"ines@example.com"_s);
    const QByteArray phone = m_app.logIn(u"ines@example.com"_s);
    const QByteArray bystander = m_app.logIn(u"member3@example.com"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    const User ines = user(*source, u"ines@example.com"_s);
    SessionQuery query;
    query.userId = ines.id;
    const QList<Session> sessions = await(source->sessions(query)).value().rows;
    QCOMPARE(sessions.size(), 2);

    // One session: that device is signed out, the other is not.
    const auto ended = await(source->endSession(sessions.first().id, TestStore::context(u"Lost phone"_s)));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(laptop) + m_app.me(phone), 200 + 401);
    // Twice: refused, saying why (and journaled as refused).
    const auto again = await(source->endSession(sessions.first().id, TestStore::context(u"Lost phone"_s)));
    QCOMPARE(again.error().code, SourceError::Code::NotFound);
    QVERIFY2(again.error().text.contains(u"has ended"_s), qPrintable(again.error().text));

    // The user: the rest of her sessions.
    const auto done = await(source->logoutUsers({ines.id}, TestStore::context(u"Left the company"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(laptop), 401);
    QCOMPARE(m_app.me(phone), 401);
    QCOMPARE(m_app.me(bystander), 200);

    // The journal names her by her address, with each reason.
    const QList<AuditEntry> entries = await(source->auditEntries(AuditQuery())).value().rows;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.first().targetUser, u"ines@example.com"_s);
    QCOMPARE(entries.last().targetUser, u"ines@example.com"_s);
    QCOMPARE(entries.last().targetSession, sessions.first().id);
    QCOMPARE(entries.last().outcome, u"success"_s);
    QCOMPARE(entries.at(1).targetSession, sessions.first().id); // the second try, refused
    QVERIFY(entries.at(1).outcome != u"success"_s);
    QCOMPARE(entries.last().reason, u"Lost phone"_s);
    QCOMPARE(entries.first().reason, u"Left the company"_s);

    // Freeze is refused with the reason, before anything is done: nothing is journaled for it.
    const auto frozen = await(source->freezeUser(ines.id, TestStore::context(u"Fraud"_s)));
    QVERIFY(!frozen.ok());
    QVERIFY2(frozen.error().text.contains(u"no account status"_s), qPrintable(frozen.error().text));
    QCOMPARE(await(source->auditEntries(AuditQuery())).value().rows.size(), 3);
}

void tst_AuthJsSessionSource::logOutAllSparesTheNamedUsers()
{
    const QByteArray kept = m_app.logIn(u"member4@example.com"_s);
    const QByteArray first = m_app.logIn(u"member5@example.com"_s);
    const QByteArray second = m_app.logIn(u"member6@example.com"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    LogoutAllScope scope;
    scope.keepUserIds = {user(*source, u"member4@example.com"_s).id};
    const auto preview = await(source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().users, 2);
    QCOMPARE(preview.value().sessions, 2);
    const auto done = await(source->logoutAll(scope, TestStore::context(u"Rotated the secret"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 2);
    QCOMPARE(m_app.me(kept), 200);
    QCOMPARE(m_app.me(first), 401);
    QCOMPARE(m_app.me(second), 401);
    // Sparing by role: Auth.js has none, so the scope is refused rather than ignored.
    const QByteArray again = m_app.logIn(u"member5@example.com"_s);
    LogoutAllScope byRole;
    byRole.excludeRoles = {u"admin"_s};
    QCOMPARE(await(source->previewLogoutAll(byRole)).error().code, SourceError::Code::Unsupported);
    const auto refused = await(source->logoutAll(byRole, TestStore::context(u"x"_s)));
    QCOMPARE(refused.error().code, SourceError::Code::Unsupported);
    QVERIFY2(refused.error().text.contains(u"no roles"_s), qPrintable(refused.error().text));
    QCOMPARE(m_app.me(kept), 200);
    QCOMPARE(m_app.me(again), 200);
}

void tst_AuthJsSessionSource::readOnlyLoginOnlyLooks()
{
    QSqlQuery sql(TestStore::postgresDatabase(u"authjs"_s));
    sql.exec(u"DROP OWNED BY sd_authjs_reader"_s);
    sql.exec(u"DROP ROLE IF EXISTS sd_authjs_reader"_s);
    QVERIFY(sql.exec(u"CREATE ROLE sd_authjs_reader LOGIN"_s));
    QVERIFY(sql.exec(u"GRANT SELECT ON sessions, users TO sd_authjs_reader"_s));
    const QByteArray cookie = m_app.logIn(u"member7@example.com"_s);
    auto source = open(url(u"sd_authjs_reader"_s));
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Auditor);
    QVERIFY(source->capabilities().reason(C::LogoutUser).contains(u"GRANT DELETE"_s));
    const User member = user(*source, u"member7@example.com"_s);
    QCOMPARE(member.activeSessions, 1);
    QCOMPARE(await(source->logoutUsers({member.id}, TestStore::context())).error().code,
             SourceError::Code::PermissionDenied);
    QCOMPARE(m_app.me(cookie), 200);
    // Without the users table, it says which table it may not read.
    QVERIFY(sql.exec(u"REVOKE SELECT ON users FROM sd_authjs_reader"_s));
    auto blind = open(url(u"sd_authjs_reader"_s));
    QVERIFY(await(blind->signIn()).ok());
    const auto refused = await(blind->users(UserQuery()));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().text.contains(u"users"_s), qPrintable(refused.error().text));
}

void tst_AuthJsSessionSource::missingUsersTableIsNamed()
{
    QSqlQuery sql(TestStore::postgresDatabase(u"authjs_sessions_only"_s, true));
    QVERIFY(sql.exec(u"CREATE TABLE sessions (id SERIAL PRIMARY KEY, \"userId\" INTEGER NOT NULL, "
                     u"expires TIMESTAMPTZ NOT NULL, \"sessionToken\" VARCHAR(255) NOT NULL)"_s));
    auto source = open(u"authjs+"_s + TestStore::postgresUrl(u"authjs_sessions_only"_s));
    const auto opened = await(source->signIn());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::NotFound);
    QVERIFY2(opened.error().text.contains(u"has no table \"users\""_s), qPrintable(opened.error().text));
}

void tst_AuthJsSessionSource::oddAccountsAndRowsAsANewUserFoundThem()
{
    QSqlQuery sql(TestStore::postgresDatabase(u"authjs"_s));
    // An OAuth account without the e-mail scope, and a session of an account since deleted.
    QVERIFY(sql.exec(u"INSERT INTO users (name) VALUES ('No Mail') RETURNING id"_s) && sql.next());
    const QString noMail = sql.value(0).toString();
    QVERIFY(sql.exec(
        u"INSERT INTO sessions (\"userId\", expires, \"sessionToken\") VALUES (%1, now() + "
        u"interval '1 hour', 'tok-no-mail'), (999999, now() + interval '1 hour', 'tok-orphan')"_s.arg(
            noMail)));
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    // Named by name or id: no address to name them by.
    QCOMPARE(user(*source, u"No Mail"_s).id, noMail);
    QCOMPARE(user(*source, u"no mail"_s).id, noMail);
    QCOMPARE(user(*source, noMail).displayName, u"No Mail"_s);
    // The deleted account's session is nobody's sign-in: not listed, not counted, not ended.
    const auto preview = await(source->previewLogoutAll(LogoutAllScope()));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().sessions, 1);
    QCOMPARE(await(source->sessions(SessionQuery())).value().total, 1);
    // What Auth.js does not record is refused as a sort or a status, not answered in any order.
    for (const auto field :
         {UserQuery::SortField::Role, UserQuery::SortField::Devices, UserQuery::SortField::LastActivity}) {
        UserQuery sorted;
        sorted.sortField = field;
        QCOMPARE(await(source->users(sorted)).error().code, SourceError::Code::Unsupported);
    }
    UserQuery frozen;
    frozen.status = UserStatus::Frozen;
    QCOMPARE(await(source->users(frozen)).error().code, SourceError::Code::Unsupported);
    // A session number that never was is named so, not "already ended".
    const auto never = await(source->endSession(u"987654"_s, TestStore::context()));
    QVERIFY2(never.error().text.contains(u"There is no session 987654"_s), qPrintable(never.error().text));
    const auto done = await(source->logoutUsers({noMail}, TestStore::context(u"Offboarding"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 1);
    QVERIFY(sql.exec(u"SELECT count(*) FROM sessions WHERE \"sessionToken\" = 'tok-orphan'"_s) && sql.next());
    QCOMPARE(sql.value(0).toInt(), 1);
}

void tst_AuthJsSessionSource::commandLineWorksOnTheTables()
{
    const QByteArray cookie = m_app.logIn(u"member8@example.com"_s);
    const QByteArray other = m_app.logIn(u"member9@example.com"_s);
    QTemporaryDir data;
    const auto cli = [&](const QStringList &command) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path()); // the journal goes there
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONDESK_CLI), QStringList{u"--connect"_s, url()} + command);
        process.waitForFinished(60'000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    auto [code, out, err] = cli({u"users"_s, u"list"_s, u"--filter"_s, u"member"_s});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"Member 8"_s) && out.contains(u"member9@example.com"_s), qPrintable(out + err));
    // No columns of values Auth.js does not record.
    const QString header = out.section(u'\n', 0, 0);
    QVERIFY2(header.startsWith(u"NAME"_s) && header.contains(u"SESSIONS"_s), qPrintable(header));
    for (const auto column : {u"ROLE", u"FLAGS", u"DEVICES", u"LAST ACTIVITY", u"LOCATION"})
        QVERIFY2(!header.contains(column), qPrintable(header));
    std::tie(code, out, err) = cli({u"sessions"_s, u"list"_s, u"--user"_s, u"member8@example.com"_s});
    QVERIFY2(code == 0, qPrintable(err));
    for (const auto column : {u"STARTED", u"LAST ACTIVITY", u"DEVICE"})
        QVERIFY2(!out.section(u'\n', 0, 0).contains(column), qPrintable(out));
    std::tie(code, out, err) =
        cli({u"logout"_s, u"--user"_s, u"MEMBER9@example.com"_s, u"--reason"_s, u"Offboarding"_s});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(u"JWT"_s), qPrintable(out)); // what a logout cannot reach
    QCOMPARE(m_app.me(other), 401);
    QCOMPARE(m_app.me(cookie), 200);
    std::tie(code, out, err) =
        cli({u"logout"_s, u"--user"_s, u"nobody@example.com"_s, u"--reason"_s, u"x"_s});
    QVERIFY(code != 0);
    QVERIFY2(err.contains(u"nobody@example.com"_s), qPrintable(err));
    std::tie(code, out, err) =
        cli({u"freeze"_s, u"--user"_s, u"member8@example.com"_s, u"--reason"_s, u"x"_s});
    QVERIFY(code != 0);
    QVERIFY2(err.contains(u"no account status"_s), qPrintable(err));
    QCOMPARE(m_app.me(cookie), 200);
    // The journal's users by address in any letter case, as everywhere else.
    std::tie(code, out, err) = cli({u"audit"_s, u"list"_s, u"--user"_s, u"MEMBER9@Example.com"_s});
    QVERIFY2(code == 0 && out.contains(u"Offboarding"_s), qPrintable(out + err));
    std::tie(code, out, err) = cli({u"users"_s, u"list"_s, u"--sort"_s, u"role"_s});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"no roles"_s), qPrintable(err));
}

QTEST_MAIN(tst_AuthJsSessionSource)
#include "tst_authjssessionsource.moc"
