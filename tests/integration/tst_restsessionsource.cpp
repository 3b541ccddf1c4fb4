// RestSessionSource against a real better-auth server (fixtures/better-auth, pinned in its
// package-lock.json, on the throwaway PostgreSQL cluster): every console action is checked from the
// application's side, with devices that signed in over HTTP. RestClient's handling of bad answers
// is checked against a small local HTTP server that answers whatever a test asks for.

#include "BetterAuthApp.h"
#include "FaultServer.h"
#include "TestStore.h"
#include "models/Translations.h"
#include "models/audit/AuditText.h"
#include "models/connections/SourceFactory.h"
#include "models/detection/FlagExplainer.h"
#include "models/sources/CertificateTrust.h"
#include "models/sources/rest/RestSessionSource.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using C = Capabilities::Capability;

namespace {

template<typename T>
T await(const QFuture<T> &future)
{
    return TestStore::await(future, 60'000);
}

// Relays HTTP to the better-auth server; for each request containing drop it passes the request on
// but closes the client's connection instead of passing the answer back: an answer lost after the
// server acted, as when a connection drops mid Log Out All.
class LosingRelay final : public QObject
{
public:
    LosingRelay(quint16 target, const QByteArray &drop)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this, target, drop] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, target);
                auto losing = std::make_shared<bool>(false);
                connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, drop, losing] {
                    const QByteArray data = client->readAll();
                    if (data.contains(drop)) {
                        *losing = true;
                        ++dropped;
                    }
                    upstream->write(data);
                });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, losing] {
                    const QByteArray answer = upstream->readAll();
                    if (*losing)
                        return client->abort();
                    client->write(answer);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int dropped = 0;

private:
    QTcpServer m_server;
};

} // namespace

class tst_RestSessionSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void urlNamesServerAndAdministrator_data();
    void urlNamesServerAndAdministrator();
    void signsInAsAdministrator();
    void signsOutAndNamesItself();
    void wrongPasswordIsRefused();
    void memberCannotAdminister();
    void pagesSortsAndSearchesUsers();
    void showsDevicesWithoutTokens();
    void expiredSessionsAreEnded();
    void endsOneSessionOnly();
    void endsASessionItHasNotListed();
    void marksAndEndsItsOwnSession();
    void claimsNoTokenRevocation();
    void logsOutAUserEverywhere();
    void lostAnswersAreCheckedAgain();
    void freezesAndUnfreezes();
    void freezeCanEndByItself();
    void unfreezingAnActiveUserIsRefused();
    void changesAUsersRole();
    void logsOutAllButWhoIsSpared();
    void searchesAndEndsMatchingSessions();
    void addressWrittenExactlyIsThatUser();
    void noTerminalSendsNoEmptyPassword();
    void rolesAreEveryUsers();
    void flagsFromDevicesAndNetworks();
    void journalRecordsEveryAction();
    void unusableJournalStopsEverything();
    void badAnswersAreReported_data();
    void badAnswersAreReported();
    void retriesRateLimitAndServerErrors();
    void httpsToPlainHttpIsExplained();
    void timeoutIsReported();
    void hugeBodyIsRefused();
    void selfSignedCertificateNeedsTrust();

private:
    std::unique_ptr<RestSessionSource> openSource(const QString &email = BetterAuthApp::adminEmail(),
                                                  const QString &password = BetterAuthApp::adminPassword());
    QString userId(RestSessionSource &source, const QString &email);
    QString journalPath() const
    {
        return m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    }
    std::unique_ptr<BetterAuthApp> m_app;
    QTemporaryDir m_journals;
};

void tst_RestSessionSource::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)); // plural forms
    if (!BetterAuthApp::available())
        QSKIP("No better-auth test server (run through ctest, fixture better_auth).");
    m_app = std::make_unique<BetterAuthApp>();
}

void tst_RestSessionSource::init()
{
    // Each test starts from no sessions and no banned users, whatever ran before.
    QSqlQuery reset(m_app->database());
    QVERIFY(reset.exec(u"DELETE FROM session"_s));
    QVERIFY(reset.exec(uR"(UPDATE "user" SET banned = false, "banReason" = NULL, "banExpires" = NULL)"_s));
}

std::unique_ptr<RestSessionSource> tst_RestSessionSource::openSource(const QString &email,
                                                                     const QString &password)
{
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl());
    if (!options.ok())
        qFatal("%s", qPrintable(options.error().text));
    options.value().email = email;
    options.value().password = password;
    options.value().journalPath = journalPath();
    auto source = std::make_unique<RestSessionSource>(options.value());
    const auto opened = await(source->signIn());
    if (!opened.ok())
        qWarning() << "sign-in failed:" << opened.error().text;
    return source;
}

QString tst_RestSessionSource::userId(RestSessionSource &source, const QString &email)
{
    const auto user = await(source.userByEmail(email));
    if (!user.ok())
        qFatal("no user %s: %s", qPrintable(email), qPrintable(user.error().text));
    return user.value().id;
}

void tst_RestSessionSource::urlNamesServerAndAdministrator_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain email") << u"better-auth+http://admin@example.com@localhost:3000"_s
                                 << u"http://localhost:3000/api/auth"_s << u"admin@example.com"_s
                                 << QString();
    QTest::newRow("plain HTTP on the IPv6 loopback")
        << u"better-auth+http://a@b.org@[::1]:3000"_s << u"http://[::1]:3000/api/auth"_s << u"a@b.org"_s
        << QString();
    // An administrator's password never crosses the network in clear.
    QTest::newRow("plain HTTP to another computer")
        << u"better-auth+http://admin@example.com@auth.example.org"_s << QString() << QString()
        << u"Plain HTTP is only for a server on this computer"_s;
    QTest::newRow("plain HTTP to a LAN address")
        << u"better-auth+HTTP://admin@example.com@192.168.1.20:3000"_s << QString() << QString()
        << u"to 192.168.1.20"_s;
    QTest::newRow("encoded, own path") << u"better-auth+https://a%40b.org@auth.example.org/auth/"_s
                                       << u"https://auth.example.org/auth"_s << u"a@b.org"_s << QString();
    QTest::newRow("password in it") << u"better-auth+http://admin@example.com:secret@host"_s << QString()
                                    << QString() << u"no password"_s;
    QTest::newRow("nobody") << u"better-auth+http://host:3000"_s << QString() << QString() << u"Say who"_s;
    QTest::newRow("other scheme") << u"keycloak+http://a@host"_s << QString() << QString()
                                  << u"not a better-auth address"_s;
}

void tst_RestSessionSource::urlNamesServerAndAdministrator()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(QString, email);
    QFETCH(QString, error);
    const auto options = RestSessionSource::fromUrl(url);
    QCOMPARE(options.ok(), error.isEmpty());
    if (!options.ok()) {
        QCOMPARE(options.error().code, SourceError::Code::InvalidInput);
        QVERIFY2(options.error().text.contains(error), qPrintable(options.error().text));
        QVERIFY(!options.error().text.contains(u"secret"_s));
        return;
    }
    QCOMPARE(options.value().base.toString(), base);
    QCOMPARE(options.value().email, email);
}

void tst_RestSessionSource::signsInAsAdministrator()
{
    auto source = openSource();
    QCOMPARE(source->currentOperator().role, Role::Administrator);
    QCOMPARE(source->currentOperator().id, BetterAuthApp::adminEmail());
    const Capabilities capabilities = source->capabilities();
    for (C capability : {C::LogoutUser, C::EndSession, C::LogoutAll, C::Freeze})
        QVERIFY(capabilities.has(capability));
    // What better-auth cannot do is said, not hidden.
    QVERIFY(capabilities.reason(C::ChangeSettings).contains(u"no global-logout setting"_s));
    QVERIFY(capabilities.reason(C::RevokeTokens).contains(u"cannot revoke issued access tokens"_s));
    QVERIFY(!capabilities.has(C::LiveUpdates));
    QVERIFY(capabilities.reason(C::SignIns).contains(u"not sign-in attempts"_s));
    const auto signIns = await(source->signIns(SignInQuery()));
    QVERIFY(!signIns.ok());
    QCOMPARE(signIns.error().code, SourceError::Code::Unsupported);
    const auto settings = await(source->settings());
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().code, SourceError::Code::Unsupported);
}

void tst_RestSessionSource::signsOutAndNamesItself()
{
    // Found by trying: each run left an administrator's session ("Mozilla/5.0") behind; a refused
    // non-administrator's sign-in too. The session names SessionDesk and ends with the run.
    const auto sessionsOf = [this](const QString &email) {
        QSqlQuery query(m_app->database());
        query.prepare(uR"(SELECT s."userAgent" FROM session s JOIN "user" u ON u.id = s."userId"
                          WHERE u.email = ? AND s."expiresAt" > now())"_s);
        query.addBindValue(email);
        query.exec();
        QStringList agents;
        while (query.next())
            agents << query.value(0).toString();
        return agents;
    };
    for (const auto &[email, password] :
         {std::pair{BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword()},
          std::pair{BetterAuthApp::memberEmail(30), BetterAuthApp::memberPassword()}}) {
        auto source = openSource(email, password);
        const QStringList agents = sessionsOf(email);
        QCOMPARE(agents.size(), 1);
        QVERIFY2(agents.first().startsWith(u"SessionDesk/"_s), qPrintable(agents.first()));
        const QFuture<void> signedOut = source->signOut();
        QVERIFY(QTest::qWaitFor([&] { return signedOut.isFinished(); }, 30'000));
        QCOMPARE(sessionsOf(email), QStringList());
        QVERIFY(!source->capabilities().has(C::LogoutUser));
    }
}

void tst_RestSessionSource::wrongPasswordIsRefused()
{
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl()).value();
    options.password = u"not-the-password"_s;
    options.journalPath = journalPath();
    RestSessionSource source(options);
    const auto opened = await(source.signIn());
    // Said as a refused sign-in (the console asks again), in a sentence naming who.
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::SignInRefused);
    QVERIFY2(opened.error().text.contains(u"refused the email address admin@example.com or its password"_s),
             qPrintable(opened.error().text));
    QVERIFY(!source.currentOperator().role);
    QVERIFY(!source.capabilities().has(C::LogoutUser));
    // Found by trying: a sign-in that never succeeded left a journal file behind.
    QVERIFY(!QFile::exists(journalPath()));
    // An address that reaches nothing leaves none either.
    options.base.setPort(1);
    options.password = BetterAuthApp::adminPassword();
    RestSessionSource nowhere(options);
    QCOMPARE(await(nowhere.signIn()).error().code, SourceError::Code::Failed);
    QVERIFY(!QFile::exists(journalPath()));
}

void tst_RestSessionSource::memberCannotAdminister()
{
    auto source = openSource(BetterAuthApp::memberEmail(30), BetterAuthApp::memberPassword());
    QVERIFY(!source->currentOperator().role);
    QVERIFY(source->capabilities().reason(C::LogoutUser).contains(u"not an administrator"_s));
    // Refused before any request, and by the server too when asked directly.
    const auto logout = await(source->logoutUsers({u"anyone"_s}, TestStore::context()));
    QCOMPARE(logout.error().code, SourceError::Code::PermissionDenied);
    const auto users = await(source->users(UserQuery()));
    QVERIFY(!users.ok());
    QCOMPARE(users.error().code, SourceError::Code::PermissionDenied);
    QVERIFY2(users.error().text.contains(u"403"_s), qPrintable(users.error().text));
}

void tst_RestSessionSource::pagesSortsAndSearchesUsers()
{
    auto source = openSource();
    UserQuery query;
    query.sortField = UserQuery::SortField::Email;
    query.order = Qt::DescendingOrder;
    query.limit = 20;
    const auto first = await(source->users(query));
    QVERIFY2(first.ok(), TestStore::why(first));
    QCOMPARE(first.value().total, 31);
    QCOMPARE(first.value().rows.size(), 20);
    QCOMPARE(first.value().rows.first().email, BetterAuthApp::memberEmail(30));
    QVERIFY(first.value().hasMore());
    query.cursor = first.value().nextCursor;
    const auto second = await(source->users(query));
    QVERIFY2(second.ok(), TestStore::why(second));
    QCOMPARE(second.value().rows.size(), 11);
    QVERIFY(!second.value().hasMore());
    QCOMPARE(second.value().rows.last().email, BetterAuthApp::adminEmail());
    QStringList emails;
    for (const auto &page : {first.value(), second.value()}) {
        for (const User &user : page.rows)
            emails << user.email;
    }
    QStringList sorted = emails;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(emails, sorted);

    UserQuery search;
    search.text = u"user0012"_s;
    auto found = await(source->users(search));
    QVERIFY2(found.ok(), TestStore::why(found));
    QCOMPARE(found.value().total, 1);
    QCOMPARE(found.value().rows.first().displayName, u"Member 0012"_s);
    search.text = u"Member 0013"_s; // no email has it: the names are searched
    found = await(source->users(search));
    QVERIFY2(found.ok(), TestStore::why(found));
    QCOMPARE(found.value().total, 1);
    QCOMPARE(found.value().rows.first().email, BetterAuthApp::memberEmail(13));
    // Found by trying: better-auth's LIKE is case-sensitive, so USER0013 found nobody. Addresses
    // are kept in lower case: the search for one folds case.
    search.text = u"USER0013@Example.com"_s;
    found = await(source->users(search));
    QVERIFY2(found.ok(), TestStore::why(found));
    QCOMPARE(found.value().total, 1);
    QCOMPARE(found.value().rows.first().email, BetterAuthApp::memberEmail(13));

    UserQuery byActivity;
    byActivity.sortField = UserQuery::SortField::LastActivity;
    const auto refused = await(source->users(byActivity));
    QCOMPARE(refused.error().code, SourceError::Code::Unsupported);
    // The same refusal is known before signing in (the CLI refuses before asking for a password).
    QCOMPARE(
        SourceFactory::refusedUserSort(m_app->sourceUrl(), byActivity.sortField, Qt::DescendingOrder)->text,
        refused.error().text);
    QVERIFY(!SourceFactory::refusedUserSort(m_app->sourceUrl(), UserQuery::SortField::Email,
                                            Qt::DescendingOrder));
    // The password prompt names the port.
    QCOMPARE(SourceFactory::target(m_app->sourceUrl()).value().host, u"127.0.0.1:%1"_s.arg(m_app->port()));
}

void tst_RestSessionSource::showsDevicesWithoutTokens()
{
    auto source = openSource();
    const QString email = BetterAuthApp::memberEmail(1);
    QList<QByteArray> tokens;
    const QList<QByteArray> agents{"Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
                                   "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1",
                                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0"};
    for (int i = 0; i < agents.size(); ++i)
        tokens << m_app->signIn(email, BetterAuthApp::memberPassword(), agents.at(i),
                                "203.0.113." + QByteArray::number(i + 1));
    const auto user = await(source->userByEmail(email));
    QVERIFY2(user.ok(), TestStore::why(user));
    QCOMPARE(user.value().activeSessions, 3);
    QCOMPARE(user.value().devices, 3);
    QVERIFY(user.value().lastActivity.isValid());

    SessionQuery query;
    query.userId = user.value().id;
    query.sortField = SessionQuery::SortField::IpAddress;
    query.order = Qt::AscendingOrder;
    const auto sessions = await(source->sessions(query));
    QVERIFY(sessions.ok());
    QCOMPARE(sessions.value().total, 3);
    for (int i = 0; i < 3; ++i) {
        const Session &session = sessions.value().rows.at(i);
        QCOMPARE(session.origin.ip, u"203.0.113.%1"_s.arg(i + 1));
        QCOMPARE(session.origin.userAgent.toUtf8(), agents.at(i));
        QVERIFY(session.isActive(QDateTime::currentDateTimeUtc()));
        // The token is a credential: nothing the source hands on carries it.
        const QByteArray token = tokens.at(i).split('.').first();
        for (const QString &field : {session.id, session.origin.deviceId, session.endedBy, session.userId})
            QVERIFY(!field.toUtf8().contains(token));
    }
}

void tst_RestSessionSource::expiredSessionsAreEnded()
{
    auto source = openSource();
    const QString email = BetterAuthApp::memberEmail(2);
    const QByteArray fresh = m_app->signIn(email, BetterAuthApp::memberPassword(), "Firefox", "198.51.100.7");
    const QByteArray old = m_app->signIn(email, BetterAuthApp::memberPassword(), "Chrome", "198.51.100.8");
    QSqlQuery expire(m_app->database());
    QVERIFY(
        expire.prepare(uR"(UPDATE session SET "expiresAt" = now() - interval '1 hour' WHERE token = ?)"_s));
    expire.addBindValue(QString::fromUtf8(old.split('.').first()));
    QVERIFY(expire.exec());
    QCOMPARE(expire.numRowsAffected(), 1);

    SessionQuery query;
    query.userId = userId(*source, email);
    auto sessions = await(source->sessions(query));
    QCOMPARE(sessions.value().total, 1);
    QCOMPARE(sessions.value().rows.first().origin.ip, u"198.51.100.7"_s);
    query.includeEnded = true;
    sessions = await(source->sessions(query));
    QCOMPARE(sessions.value().total, 2);
    const auto expired = std::find_if(sessions.value().rows.begin(), sessions.value().rows.end(),
                                      [](const Session &s) { return s.origin.ip == u"198.51.100.8"; });
    QCOMPARE(expired->endReason, EndReason::Expired);
    QCOMPARE(await(source->userByEmail(email)).value().activeSessions, 1);
}

void tst_RestSessionSource::endsOneSessionOnly()
{
    auto source = openSource();
    const QString email = BetterAuthApp::memberEmail(3);
    const QByteArray laptop =
        m_app->signIn(email, BetterAuthApp::memberPassword(), "Laptop Firefox", "192.0.2.10");
    const QByteArray phone =
        m_app->signIn(email, BetterAuthApp::memberPassword(), "Phone Safari", "192.0.2.11");
    QVERIFY(!m_app->session(laptop).isEmpty());
    SessionQuery query;
    query.userId = userId(*source, email);
    const auto sessions = await(source->sessions(query));
    QCOMPARE(sessions.value().total, 2);
    const auto laptopSession = std::find_if(sessions.value().rows.begin(), sessions.value().rows.end(),
                                            [](const Session &s) { return s.origin.ip == u"192.0.2.10"; });
    const auto ended = await(source->endSession(laptopSession->id, TestStore::context()));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 1);
    QVERIFY(m_app->session(laptop).isEmpty());
    QCOMPARE(m_app->session(phone).value(u"ipAddress").toString(), u"192.0.2.11"_s);

    // A reason is required; a session never listed is not guessed at.
    QCOMPARE(await(source->endSession(laptopSession->id, TestStore::context(u" "_s))).error().code,
             SourceError::Code::InvalidInput);
    QCOMPARE(await(source->endSession(u"unknown"_s, TestStore::context())).error().code,
             SourceError::Code::NotFound);
}

void tst_RestSessionSource::endsASessionItHasNotListed()
{
    // Found by trying: 'sessions list' then 'end-session ID' always said the session was unknown,
    // because each CLI run is a new process that has listed nothing.
    const QString email = BetterAuthApp::memberEmail(7);
    const QByteArray laptop = m_app->signIn(email, BetterAuthApp::memberPassword(), "Laptop", "192.0.2.12");
    QString sessionId;
    {
        auto lister = openSource();
        SessionQuery query;
        query.userId = userId(*lister, email);
        sessionId = await(lister->sessions(query)).value().rows.first().id;
    }
    auto source = openSource(); // a new process: nothing listed yet
    const auto ended = await(source->endSession(sessionId, TestStore::context(u"Lost laptop"_s)));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QVERIFY(m_app->session(laptop).isEmpty());
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.targetSession, sessionId);
    QCOMPARE(entry.targetUser, email);
    // Journaled, it is in the Ended Sessions list (found by trying: that stayed empty).
    const auto endedList = await(source->endedSessions(EndedSessionQuery()));
    QVERIFY2(endedList.ok(), TestStore::why(endedList));
    QCOMPARE(endedList.value().rows.size(), 1);
    QCOMPARE(endedList.value().rows.first().id, sessionId);
    QCOMPARE(endedList.value().rows.first().userEmail, email);
    QCOMPARE(endedList.value().rows.first().reason, u"Lost laptop"_s);
    // A session nobody has is named as such.
    const auto unknown = await(source->endSession(u"no-such-session"_s, TestStore::context()));
    QCOMPARE(unknown.error().code, SourceError::Code::NotFound);
    QVERIFY2(unknown.error().text.contains(u"has no session no-such-session"_s),
             qPrintable(unknown.error().text));
}

void tst_RestSessionSource::marksAndEndsItsOwnSession()
{
    auto source = openSource();
    const QByteArray browser = m_app->signIn(BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword(),
                                             "Admin browser", "192.0.2.13");
    SessionQuery query;
    query.userId = userId(*source, BetterAuthApp::adminEmail());
    const QList<Session> sessions = await(source->sessions(query)).value().rows;
    QCOMPARE(sessions.size(), 2);
    const auto own =
        std::find_if(sessions.begin(), sessions.end(), [](const Session &s) { return s.thisConsole; });
    QVERIFY(own != sessions.end());
    QCOMPARE(std::count_if(sessions.begin(), sessions.end(), [](const Session &s) { return s.thisConsole; }),
             1);
    QVERIFY(own->origin.userAgent.startsWith(u"SessionDesk/"_s));
    QVERIFY2(own->deviceSummary().endsWith(u" · this console"_s), qPrintable(own->deviceSummary()));
    // Ending it (the console asks first) signs the console out; the browser stays signed in.
    const auto ended = await(source->endSession(own->id, TestStore::context(u"Done here"_s)));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QVERIFY(!source->capabilities().has(C::LogoutUser));
    QVERIFY(!m_app->session(browser).isEmpty());
    QCOMPARE(TestStore::scalar(m_app->database(),
                               uR"(SELECT count(*) FROM session WHERE "userAgent" LIKE 'SessionDesk/%')"_s,
                               {})
                 .toInt(),
             0);
}

void tst_RestSessionSource::claimsNoTokenRevocation()
{
    // Found by trying: after a logout over better-auth the CLI said earlier access tokens were
    // rejected, and the journal's Log Out All said "revokeTokens": true.
    auto source = openSource();
    const Capabilities capabilities = source->capabilities();
    QVERIFY(!capabilities.has(C::RevokeTokens));
    QVERIFY(!capabilities.tokensAfterLogout(QDateTime::currentDateTimeUtc()).contains(u"are rejected"_s));
    QVERIFY(capabilities.tokensAfterLogout().contains(u"stay valid until they expire"_s));
    QVERIFY(capabilities.flagsAfterUnfreeze().isEmpty()); // its flags have no state to reopen
    LogoutAllScope scope; // asks for tokens to be rejected, as a default scope does
    QVERIFY(scope.revokeTokens);
    QVERIFY(await(source->logoutAll(scope, TestStore::context(u"Incident"_s))).ok());
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"logout_all"_s);
    // Nothing said of tokens: none was rejected, and the entry claims no rejection.
    QVERIFY(!QJsonDocument::fromJson(entry.newValue.toUtf8()).object().contains(u"revokeTokens"_s));
}

void tst_RestSessionSource::logsOutAUserEverywhere()
{
    auto source = openSource();
    const QString email = BetterAuthApp::memberEmail(4);
    const QString other = BetterAuthApp::memberEmail(5);
    const QByteArray a = m_app->signIn(email, BetterAuthApp::memberPassword(), "A", "192.0.2.20");
    const QByteArray b = m_app->signIn(email, BetterAuthApp::memberPassword(), "B", "192.0.2.21");
    const QByteArray bystander = m_app->signIn(other, BetterAuthApp::memberPassword(), "C", "192.0.2.22");
    const auto result = await(source->logoutUsers({userId(*source, email)}, TestStore::context()));
    QVERIFY2(result.ok(), TestStore::why(result));
    QCOMPARE(result.value().usersAffected, 1);
    QCOMPARE(result.value().sessionsEnded, 2);
    QVERIFY(m_app->session(a).isEmpty());
    QVERIFY(m_app->session(b).isEmpty());
    QVERIFY(!m_app->session(bystander).isEmpty());
    // The administrator's own account: their other sessions end, this console stays signed in.
    const QByteArray adminBrowser = m_app->signIn(BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword(),
                                                  "Admin browser", "192.0.2.23");
    const auto own =
        await(source->logoutUsers({userId(*source, BetterAuthApp::adminEmail())}, TestStore::context()));
    QVERIFY2(own.ok(), TestStore::why(own));
    QVERIFY(own.value().sessionsEnded >= 1);
    QVERIFY(m_app->session(adminBrowser).isEmpty());
    QVERIFY(await(source->users(UserQuery())).ok());
}

void tst_RestSessionSource::lostAnswersAreCheckedAgain()
{
    // Found by trying: with the connection cut mid Log Out All, requests that had reached the server
    // were counted as failed (374 sessions reported, 381 ended). Each such user is looked at again.
    const QStringList emails{BetterAuthApp::memberEmail(24), BetterAuthApp::memberEmail(25)};
    QList<QByteArray> devices;
    for (const QString &email : emails)
        devices << m_app->signIn(email, BetterAuthApp::memberPassword(), "Laptop", "192.0.2.70");
    LosingRelay relay(quint16(m_app->port()), "/admin/revoke-user-sessions");
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl()).value();
    options.base.setPort(relay.port());
    options.password = BetterAuthApp::adminPassword();
    options.journalPath = journalPath();
    RestSessionSource source(options);
    QVERIFY(await(source.signIn()).ok());
    const QStringList ids{userId(source, emails.at(0)), userId(source, emails.at(1))};
    const auto result = await(source.logoutUsers(ids, TestStore::context(u"Incident"_s)));
    QVERIFY(relay.dropped >= 2); // every answer was lost
    QVERIFY2(result.ok(), TestStore::why(result));
    QCOMPARE(result.value().usersAffected, 2);
    QCOMPARE(result.value().sessionsEnded, 2);
    for (const QByteArray &device : devices)
        QVERIFY(m_app->session(device).isEmpty());
    // Kept in a variable: a range-for over a member of a temporary would read freed rows.
    const auto journaled = await(source.auditEntries(AuditQuery()));
    QCOMPARE(journaled.value().rows.size(), 2);
    for (const AuditEntry &entry : journaled.value().rows)
        QCOMPARE(entry.outcome, u"success"_s);
}

void tst_RestSessionSource::freezesAndUnfreezes()
{
    auto source = openSource();
    const QString email = BetterAuthApp::memberEmail(6);
    const QByteArray device = m_app->signIn(email, BetterAuthApp::memberPassword(), "D", "192.0.2.30");
    const QString id = userId(*source, email);
    const auto frozen = await(source->freezeUser(id, TestStore::context(u"Account takeover"_s)));
    QVERIFY2(frozen.ok(), TestStore::why(frozen));
    QCOMPARE(frozen.value().sessionsEnded, 1);
    QVERIFY(m_app->session(device).isEmpty());
    int status = 0;
    QVERIFY(m_app->signIn(email, BetterAuthApp::memberPassword(), "D", "192.0.2.30", &status).isEmpty());
    QCOMPARE(status, 403);
    const auto user = await(source->userByEmail(email));
    QCOMPARE(user.value().status, UserStatus::Frozen);
    QCOMPARE(user.value().statusReason, u"Account takeover"_s);
    UserQuery frozenOnly;
    frozenOnly.status = UserStatus::Frozen;
    QCOMPARE(await(source->users(frozenOnly)).value().total, 1);

    const auto thawed = await(source->unfreezeUser(id, TestStore::context(u"Owner verified"_s)));
    QVERIFY2(thawed.ok(), TestStore::why(thawed));
    QCOMPARE(await(source->userByEmail(email)).value().status, UserStatus::Active);
    QVERIFY(!m_app->signIn(email, BetterAuthApp::memberPassword(), "D", "192.0.2.30").isEmpty());
    // better-auth refuses to ban the administrator signed in, and says so.
    const auto self =
        await(source->freezeUser(userId(*source, BetterAuthApp::adminEmail()), TestStore::context()));
    QVERIFY(!self.ok());
    QVERIFY2(self.error().text.contains(u"400"_s), qPrintable(self.error().text));
}

void tst_RestSessionSource::freezeCanEndByItself()
{
    auto source = openSource();
    QVERIFY(source->capabilities().has(C::TimedFreeze));
    const QString email = BetterAuthApp::memberEmail(16);
    const QString id = userId(*source, email);
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(7200);
    QCOMPARE(
        await(source->freezeUserUntil(id, QDateTime::currentDateTimeUtc().addSecs(-60), TestStore::context()))
            .error()
            .code,
        SourceError::Code::InvalidInput);
    const auto frozen = await(source->freezeUserUntil(id, until, TestStore::context(u"Cooling off"_s)));
    QVERIFY2(frozen.ok(), TestStore::why(frozen));
    // better-auth keeps when the ban ends; it lifts it itself then.
    const QDateTime expires =
        TestStore::scalar(m_app->database(), uR"(SELECT "banExpires" FROM "user" WHERE id = ?)"_s, {id})
            .toDateTime();
    QVERIFY2(qAbs(expires.secsTo(until)) < 60, qPrintable(expires.toString(Qt::ISODate)));
    const User user = await(source->userByEmail(email)).value();
    QCOMPARE(user.status, UserStatus::Frozen);
    QVERIFY2(user.statusReason.startsWith(u"Cooling off (until "_s), qPrintable(user.statusReason));
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"freeze_user"_s);
    QVERIFY2(entry.newValue.contains(u"until"_s), qPrintable(entry.newValue));
}

void tst_RestSessionSource::unfreezingAnActiveUserIsRefused()
{
    // Found by trying: unfreezing a user who was not frozen reported success and was journaled.
    auto source = openSource();
    const QString id = userId(*source, BetterAuthApp::memberEmail(17));
    const auto refused = await(source->unfreezeUser(id, TestStore::context(u"Just in case"_s)));
    QCOMPARE(refused.error().code, SourceError::Code::Conflict);
    QCOMPARE(refused.error().text, u"The account is not frozen."_s);
    QCOMPARE(await(source->auditEntries(AuditQuery())).value().total, 0);
    // A freeze until a whole minute lasts until that minute, not a fraction of a second less.
    const QDateTime until =
        QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(12, 0), Qt::UTC);
    QVERIFY(await(source->freezeUserUntil(id, until, TestStore::context(u"Cooling off"_s))).ok());
    const QDateTime expires =
        TestStore::scalar(m_app->database(), uR"(SELECT "banExpires" FROM "user" WHERE id = ?)"_s, {id})
            .toDateTime();
    QVERIFY2(expires >= until && expires.secsTo(until) > -5, qPrintable(expires.toString(Qt::ISODateWithMs)));
}

void tst_RestSessionSource::changesAUsersRole()
{
    // better-auth has a set-role call: Change Role works there, journaled with the role before.
    auto source = openSource();
    QVERIFY(source->capabilities().has(C::ChangeRoles));
    QVERIFY(!source->capabilities().has(C::ManageUsers)); // adding and removing users stays the application's
    const QString email = BetterAuthApp::memberEmail(18);
    const QString id = userId(*source, email);
    const auto changed = await(source->setUserRole(id, u"admin"_s, TestStore::context(u"New team lead"_s)));
    QVERIFY2(changed.ok(), TestStore::why(changed));
    QCOMPARE(
        TestStore::scalar(m_app->database(), uR"(SELECT role FROM "user" WHERE id = ?)"_s, {id}).toString(),
        u"admin"_s);
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"user_set_role"_s);
    QCOMPARE(entry.targetUser, email);
    QCOMPARE(AuditText::change(entry), u"role: user → admin"_s);
    // The same role again changes nothing and is not journaled.
    QCOMPARE(await(source->setUserRole(id, u"admin"_s, TestStore::context(u"Again"_s))).error().code,
             SourceError::Code::Conflict);
    QVERIFY(await(source->setUserRole(id, u"user"_s, TestStore::context(u"Back"_s))).ok());
    QCOMPARE(await(source->auditEntries(AuditQuery())).value().total, 2);
}

void tst_RestSessionSource::logsOutAllButWhoIsSpared()
{
    auto source = openSource();
    QList<QByteArray> devices;
    for (int n = 10; n < 16; ++n)
        devices << m_app->signIn(BetterAuthApp::memberEmail(n), BetterAuthApp::memberPassword(), "E",
                                 "192.0.2.40");
    const QByteArray spared =
        m_app->signIn(BetterAuthApp::memberEmail(16), BetterAuthApp::memberPassword(), "F", "192.0.2.41");
    const QByteArray adminBrowser = m_app->signIn(BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword(),
                                                  "Admin browser", "192.0.2.42");
    LogoutAllScope scope;
    scope.keepUserIds << userId(*source, BetterAuthApp::memberEmail(16));
    const auto preview = await(source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QVERIFY(preview.value().sessions >= 7);
    QCOMPARE(preview.value().tokenUsers, 0);

    const auto result = await(source->logoutAll(scope, TestStore::context(u"Security incident"_s)));
    QVERIFY2(result.ok(), TestStore::why(result));
    QCOMPARE(result.value().sessionsEnded, preview.value().sessions);
    for (const QByteArray &device : devices)
        QVERIFY(m_app->session(device).isEmpty());
    QVERIFY(m_app->session(adminBrowser).isEmpty());
    QVERIFY(!m_app->session(spared).isEmpty());
    // This console is still signed in; running it again finds nothing left to end.
    const auto again = await(source->logoutAll(scope, TestStore::context(u"Security incident"_s)));
    QVERIFY(again.ok());
    QCOMPARE(again.value().sessionsEnded, 0);
}

// better-auth lists sessions user by user: SessionDesk searches them all by address range and
// device words (no country: better-auth records no places) and ends those that match, sparing
// users, with one journal entry; a filter that matches nothing is refused, and nothing journaled.
void tst_RestSessionSource::searchesAndEndsMatchingSessions()
{
    auto source = openSource();
    const QByteArray aLinux = m_app->signIn(BetterAuthApp::memberEmail(26), BetterAuthApp::memberPassword(),
                                            "Firefox on Linux", "203.0.113.5");
    const QByteArray aWindows = m_app->signIn(BetterAuthApp::memberEmail(26), BetterAuthApp::memberPassword(),
                                              "Chrome on Windows", "198.51.100.9");
    const QByteArray bLinux = m_app->signIn(BetterAuthApp::memberEmail(27), BetterAuthApp::memberPassword(),
                                            "Firefox on Linux", "203.0.113.77");
    const QByteArray cPhone = m_app->signIn(BetterAuthApp::memberEmail(28), BetterAuthApp::memberPassword(),
                                            "Safari on iPhone", "2001:db8::5");
    const QByteArray spared = m_app->signIn(BetterAuthApp::memberEmail(29), BetterAuthApp::memberPassword(),
                                            "Firefox on Linux", "203.0.113.9");
    for (const QByteArray &cookie : {aLinux, aWindows, bLinux, cPhone, spared})
        QVERIFY(!cookie.isEmpty()); // signed in
    QVERIFY(source->capabilities().has(Capabilities::Capability::SearchSessions));
    const auto search = [&source](const SessionFilter &filter) {
        return TestStore::searched(*source, filter);
    };
    SessionFilter range;
    range.network = u"203.0.113.0/24"_s;
    QCOMPARE(search(range), (QStringList{BetterAuthApp::memberEmail(26) + u" 203.0.113.5"_s,
                                         BetterAuthApp::memberEmail(27) + u" 203.0.113.77"_s,
                                         BetterAuthApp::memberEmail(29) + u" 203.0.113.9"_s})
                                .join(u", "_s));
    SessionFilter v6;
    v6.network = u"2001:db8::/32"_s;
    // better-auth keeps an IPv6 address masked to its /64, written out in full.
    QVERIFY2(search(v6).startsWith(BetterAuthApp::memberEmail(28) + u" 2001:0db8:"_s),
             qPrintable(search(v6)));
    SessionFilter words;
    words.device = u"WINDOWS chrome"_s;
    QCOMPARE(search(words), BetterAuthApp::memberEmail(26) + u" 198.51.100.9"_s);
    SessionFilter country;
    country.country = u"DE"_s;
    QVERIFY2(search(country).startsWith(u"error: "_s), qPrintable(search(country)));
    SessionFilter none;
    none.network = u"10.0.0.0/33"_s;
    QVERIFY2(search(none).startsWith(u"error: "_s), qPrintable(search(none)));

    LogoutAllScope scope;
    scope.matching = range;
    scope.keepUserIds << userId(*source, BetterAuthApp::memberEmail(29));
    AuditEntry entry;
    const QString ended = TestStore::endMatchingAsCounted(*source, scope, 2, 2, &entry);
    QVERIFY2(ended.isEmpty(), qPrintable(ended));
    QVERIFY(m_app->session(aLinux).isEmpty());
    QVERIFY(m_app->session(bLinux).isEmpty());
    QVERIFY(!m_app->session(aWindows).isEmpty()); // the same user's other session stays
    QVERIFY(!m_app->session(cPhone).isEmpty());
    QVERIFY(!m_app->session(spared).isEmpty());
    // The kept user by address, for people to read (better-auth's ids mean nothing to them).
    QVERIFY2(AuditText::change(entry).contains(u"kept: "_s + BetterAuthApp::memberEmail(29)),
             qPrintable(AuditText::change(entry)));
}

void tst_RestSessionSource::addressWrittenExactlyIsThatUser()
{
    // Two accounts whose addresses differ in case only (written so by the application, not by
    // better-auth, which keeps them in lower case).
    const QString upper = BetterAuthApp::memberEmail(23);
    const QString lower = BetterAuthApp::memberEmail(24);
    QSqlQuery rename(m_app->database());
    const auto setEmail = [&rename](const QString &from, const QString &to) {
        rename.prepare(uR"(UPDATE "user" SET email = ? WHERE email = ?)"_s);
        rename.addBindValue(to);
        rename.addBindValue(from);
        return rename.exec() && rename.numRowsAffected() == 1;
    };
    QVERIFY(setEmail(upper, u"Mixed@Example.com"_s));
    QVERIFY(setEmail(lower, u"mixed@example.com"_s));
    const auto restore = qScopeGuard([&] {
        setEmail(u"Mixed@Example.com"_s, upper);
        setEmail(u"mixed@example.com"_s, lower);
    });
    auto source = openSource();
    const auto mixed = await(source->userByEmail(u"Mixed@Example.com"_s));
    QVERIFY2(mixed.ok(), TestStore::why(mixed));
    QCOMPARE(mixed.value().email, u"Mixed@Example.com"_s);
    QCOMPARE(await(source->userByEmail(u"mixed@example.com"_s)).value().email, u"mixed@example.com"_s);
    // Another case is the lower-case address, as better-auth reads it at sign-in.
    QCOMPARE(await(source->userByEmail(u"MIXED@example.com"_s)).value().email, u"mixed@example.com"_s);
    QCOMPARE(await(source->userByEmail(u"nobody@example.com"_s)).error().code, SourceError::Code::NotFound);
}

void tst_RestSessionSource::noTerminalSendsNoEmptyPassword()
{
    // Under cron, without a terminal to ask on and no keychain entry: refused here, before
    // better-auth is asked anything (an empty password would be a failed sign-in of the account).
    const auto sessions = [this] {
        return TestStore::scalar(m_app->database(), u"SELECT count(*) FROM session"_s).toInt();
    };
    const int before = sessions();
    QProcess cli;
    cli.setChildProcessModifier([] { ::setsid(); });
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.start(QString::fromUtf8(SESSIONDESK_CLI),
              {u"--connect"_s, m_app->sourceUrl(), u"users"_s, u"list"_s});
    QVERIFY(cli.waitForFinished(60'000));
    QCOMPARE(cli.exitCode(), 4);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(u"there is no terminal to ask on"_s), qPrintable(error));
    QCOMPARE(sessions(), before);
}

void tst_RestSessionSource::rolesAreEveryUsers()
{
    // A role the application gave one user is known before any list has shown that user (to spare
    // it in a logout of all users).
    const QString email = BetterAuthApp::memberEmail(25);
    QSqlQuery role(m_app->database());
    QVERIFY(role.exec(uR"(UPDATE "user" SET role = 'support' WHERE email = '%1')"_s.arg(email)));
    const auto restore = qScopeGuard(
        [&role, email] { role.exec(uR"(UPDATE "user" SET role = 'user' WHERE email = '%1')"_s.arg(email)); });
    auto source = openSource();
    const auto roles = await(source->roles());
    QVERIFY2(roles.ok(), TestStore::why(roles));
    QCOMPARE(roles.value(), (QStringList{u"admin"_s, u"support"_s, u"user"_s}));
}

void tst_RestSessionSource::flagsFromDevicesAndNetworks()
{
    auto source = openSource();
    const QString shared = BetterAuthApp::memberEmail(21);
    const QString quiet = BetterAuthApp::memberEmail(22);
    const QList<QPair<QByteArray, QByteArray>> devices{{"Firefox on Linux", "203.0.113.5"},
                                                       {"Safari on iPhone", "203.0.113.6"},
                                                       {"Chrome on Windows", "198.51.100.9"},
                                                       {"Edge on Windows", "203.0.113.7"}};
    for (const auto &[agent, address] : devices)
        m_app->signIn(shared, BetterAuthApp::memberPassword(), agent, address);
    m_app->signIn(quiet, BetterAuthApp::memberPassword(), "Firefox", "192.0.2.70");
    m_app->signIn(quiet, BetterAuthApp::memberPassword(), "Firefox", "192.0.2.71");

    FlagQuery query;
    query.sortField = FlagQuery::SortField::Rule;
    query.order = Qt::AscendingOrder;
    const auto flags = await(source->flags(query));
    QVERIFY2(flags.ok(), TestStore::why(flags));
    QCOMPARE(flags.value().total, 2);
    const Flag &networks = flags.value().rows.at(0);
    const Flag &spread = flags.value().rows.at(1);
    QCOMPARE(networks.rule, Flag::Rule::ConcurrentNetworks);
    QCOMPARE(networks.userEmail, shared);
    QCOMPARE(networks.explanation,
             u"Active sessions from 2 networks at once: 198.51.0.0/16, 203.0.0.0/16; threshold 2"_s);
    // Found by trying: the evidence listed sessions without places as "Active sessions: ; ".
    const QString evidence = FlagExplainer::evidenceText(networks.rule, networks.evidence);
    QVERIFY2(evidence.contains(u"Active sessions: 203.0.113.5; "_s) && !evidence.contains(u"; ;"_s),
             qPrintable(evidence));
    QCOMPARE(spread.rule, Flag::Rule::DeviceSpread);
    QCOMPARE(spread.explanation,
             u"4 devices with active sessions; at most 3 allowed (shared credentials?)"_s);
    QVERIFY(networks.id != spread.id);
    // Found again, the same findings have the same ids; they cannot be closed, only acted on.
    QCOMPARE(await(source->flags(query)).value().rows.at(0).id, networks.id);
    QCOMPARE(
        await(source->closeFlag(networks.id, Flag::Status::Dismissed, TestStore::context())).error().code,
        SourceError::Code::Unsupported);
    QVERIFY(await(source->flagHistory(networks.id)).value().isEmpty());

    // Logging the user out ends what the rules saw.
    QVERIFY(await(source->logoutUsers({userId(*source, shared)}, TestStore::context())).ok());
    QCOMPARE(await(source->flags(query)).value().total, 0);
}

void tst_RestSessionSource::journalRecordsEveryAction()
{
    auto source = openSource();
    QVERIFY(source->auditTrailNote().contains(journalPath()));
    const QString email = BetterAuthApp::memberEmail(20);
    const QByteArray device = m_app->signIn(email, BetterAuthApp::memberPassword(), "G", "192.0.2.50");
    const QString id = userId(*source, email);
    ActionContext context = TestStore::context(u"Lost device"_s, u"SEC-7"_s);
    context.actor = source->currentOperator(); // as the console passes it
    const auto logout = await(source->logoutUsers({id}, context));
    QVERIFY2(logout.ok(), TestStore::why(logout));
    QVERIFY(logout.value().auditEntryId > 0);
    QVERIFY(await(source->freezeUser(id, TestStore::context(u"Account takeover"_s))).ok());
    QVERIFY(await(source->unfreezeUser(id, TestStore::context(u"Owner verified"_s))).ok());
    // A refusal by the server is recorded as what it was.
    QVERIFY(!await(source->freezeUser(userId(*source, BetterAuthApp::adminEmail()),
                                      TestStore::context(u"Test"_s)))
                 .ok());

    AuditQuery query;
    query.order = Qt::AscendingOrder;
    const auto entries = await(source->auditEntries(query));
    QVERIFY2(entries.ok(), TestStore::why(entries));
    QCOMPARE(entries.value().rows.size(), 4);
    const auto &rows = entries.value().rows;
    QCOMPARE(rows.at(0).action, u"logout_user"_s);
    QCOMPARE(rows.at(0).targetUser, email);
    QCOMPARE(rows.at(0).count, 1);
    QCOMPARE(rows.at(0).reason, u"Lost device"_s);
    QCOMPARE(rows.at(0).ticket, u"SEC-7"_s);
    QCOMPARE(rows.at(0).operatorId, BetterAuthApp::adminEmail());
    QCOMPARE(rows.at(0).id, logout.value().auditEntryId);
    QCOMPARE(rows.at(1).action, u"freeze_user"_s);
    QCOMPARE(rows.at(2).action, u"unfreeze_user"_s);
    QCOMPARE(rows.at(3).action, u"freeze_user"_s);
    QCOMPARE(rows.at(3).outcome, u"failed"_s);
    // The outcome is shown in words, and what fell short stands out (the Audit page, audit list).
    QCOMPARE(AuditText::outcome(rows.at(0)), u"Succeeded"_s);
    QVERIFY(!AuditText::fellShort(rows.at(0)));
    QCOMPARE(AuditText::outcome(rows.at(3)), u"Failed"_s);
    QVERIFY(AuditText::fellShort(rows.at(3)));
    QVERIFY(rows.at(3).newValue.contains(u"400"_s));
    for (const AuditEntry &entry : rows)
        QVERIFY(!entry.newValue.contains(QString::fromUtf8(device.split('.').first())));

    const auto intact = await(source->verifyAudit());
    QVERIFY(intact.ok() && intact.value().intact);
    QCOMPARE(intact.value().entries, 4);
    // The journal is sealed and chained like a store's trail: an edit is refused, and one made
    // after removing the seal is found and named.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"journal-edit"_s);
        raw.setDatabaseName(journalPath());
        QVERIFY(raw.open());
        QSqlQuery edit(raw);
        QVERIFY(!edit.exec(u"UPDATE audit_log SET reason = 'Routine' WHERE id = 2"_s));
        QVERIFY(edit.exec(u"DROP TRIGGER audit_log_sealed_update"_s));
        QVERIFY(edit.exec(u"UPDATE audit_log SET reason = 'Routine' WHERE id = 2"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"journal-edit"_s);
    const auto broken = await(source->verifyAudit());
    QVERIFY(broken.ok());
    QVERIFY(!broken.value().intact);
    QCOMPARE(broken.value().firstBadId, 2);
}

void tst_RestSessionSource::unusableJournalStopsEverything()
{
    QFile garbage(journalPath());
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    auto source = openSource();
    QVERIFY(!source->currentOperator().role);
    QVERIFY(!source->capabilities().has(C::LogoutUser));
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl()).value();
    options.password = BetterAuthApp::adminPassword();
    options.journalPath = journalPath();
    RestSessionSource again(options);
    const auto opened = await(again.signIn());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().text.contains(u"local audit journal"_s) &&
                 opened.error().text.contains(journalPath()),
             qPrintable(opened.error().text));
}

void tst_RestSessionSource::badAnswersAreReported_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    using E = SourceError::Code;
    QTest::newRow("401 empty") << FaultServer::http(401, {}, {}) << int(E::SignInRefused)
                               << u"did not accept the credentials"_s;
    QTest::newRow("403")
        << FaultServer::http(
               403,
               R"({"message":"You are not allowed to list users","code":"YOU_ARE_NOT_ALLOWED_TO_LIST_USERS"})")
        << int(E::PermissionDenied) << u"You are not allowed to list users"_s;
    QTest::newRow("404") << FaultServer::http(404, R"({"message":"User not found","code":"USER_NOT_FOUND"})")
                         << int(E::NotFound) << u"User not found"_s;
    QTest::newRow("malformed") << FaultServer::http(200, R"({"users":[{"id":"a",}]})") << int(E::Failed)
                               << u"malformed JSON"_s;
    QTest::newRow("truncated") << QByteArray(FaultServer::http(200, R"({"users":[],"total":0})").chopped(8))
                               << int(E::Failed) << u"before its whole answer arrived"_s;
    QTest::newRow("html") << FaultServer::http(200, "<html>Login</html>", "text/html; charset=utf-8")
                          << int(E::Failed) << u"text/html"_s;
    QTest::newRow("no type") << FaultServer::http(200, R"({"users":[]})", {}) << int(E::Failed)
                             << u"no content type"_s;
}

void tst_RestSessionSource::badAnswersAreReported()
{
    QFETCH(QByteArray, response);
    QFETCH(int, code);
    QFETCH(QString, text);
    FaultServer server;
    server.answer(response);
    RestClient client(server.url(), u"Test server"_s);
    const auto reply = await(client.get(u"/admin/list-users"_s));
    QVERIFY(!reply.ok());
    QCOMPARE(int(reply.error().code), code);
    QVERIFY2(reply.error().text.contains(text), qPrintable(reply.error().text));
    QVERIFY(reply.error().text.startsWith(u"Test server"_s));
    QCOMPARE(server.requests, 1); // nothing here is worth retrying

    // Through the source: the page is refused as a whole, nothing half-read.
    RestSessionSource::Options options;
    options.base = server.url();
    options.email = u"admin@example.com"_s;
    RestSessionSource source(options);
    const auto users = await(source.users(UserQuery()));
    QVERIFY(!users.ok());
    QCOMPARE(int(users.error().code), code);
}

void tst_RestSessionSource::retriesRateLimitAndServerErrors()
{
    FaultServer server;
    RestClient client(server.url(), u"Test server"_s);
    RestClient::Options fast;
    fast.backoffMs = 10;
    fast.retries = 2;
    client.setOptions(fast);
    server.then(FaultServer::http(429, R"({"message":"Too many requests"})", "application/json",
                                  "Retry-After: 1\r\n"));
    server.then(FaultServer::http(503, "busy", "text/plain"));
    server.answer(FaultServer::http(200, R"({"ok":true})"));
    QElapsedTimer timer;
    timer.start();
    const auto reply = await(client.get(u"/x"_s));
    QVERIFY2(reply.ok(), TestStore::why(reply));
    QCOMPARE(reply.value().json.object().value(u"ok").toBool(), true);
    QCOMPARE(server.requests, 3);
    QVERIFY(timer.elapsed() >= 1000); // Retry-After was honoured

    server.requests = 0;
    server.answer(FaultServer::http(500, R"({"message":"boom"})"));
    const auto failed = await(client.post(u"/admin/revoke-user-sessions"_s, {{u"userId"_s, u"u1"_s}}));
    QVERIFY(!failed.ok());
    QCOMPARE(server.requests, 3);
    QVERIFY2(failed.error().text.contains(u"boom"_s) && failed.error().text.contains(u"after 3 attempt"_s),
             qPrintable(failed.error().text));

    // A Retry-After longer than the client waits is not sat out.
    server.requests = 0;
    server.answer(FaultServer::http(429, "{}", "application/json", "Retry-After: 3600\r\n"));
    const auto limited = await(client.get(u"/x"_s));
    QCOMPARE(limited.error().code, SourceError::Code::RateLimited);
    QCOMPARE(server.requests, 1);
    // Found with the sanitizers in mind: a Retry-After of 99,999,999 seconds overflowed the
    // milliseconds in an int (undefined behaviour, which the sanitized suite stops at).
    server.requests = 0;
    server.answer(FaultServer::http(429, "{}", "application/json", "Retry-After: 99999999\r\n"));
    const auto huge = await(client.get(u"/x"_s));
    QCOMPARE(huge.error().code, SourceError::Code::RateLimited);
    QCOMPARE(server.requests, 1);
}

void tst_RestSessionSource::httpsToPlainHttpIsExplained()
{
    // Found by trying: OpenSSL's "error:0A00010B:SSL routines::wrong version number" was all it said.
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl()).value();
    options.base.setScheme(u"https"_s);
    options.password = BetterAuthApp::adminPassword();
    options.journalPath = journalPath();
    RestSessionSource source(options);
    const auto opened = await(source.signIn());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().text.contains(u"does not speak HTTPS on that port"_s),
             qPrintable(opened.error().text));
    QVERIFY(!opened.error().text.contains(u"0A00010B"_s));
}

void tst_RestSessionSource::timeoutIsReported()
{
    FaultServer server;
    server.answer({}); // accepts and never answers
    RestClient client(server.url(), u"Test server"_s);
    RestClient::Options options;
    options.timeoutMs = 300;
    options.retries = 1;
    options.backoffMs = 10;
    client.setOptions(options);
    const auto reply = await(client.get(u"/x"_s));
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().text.contains(u"did not answer within 1 second"_s),
             qPrintable(reply.error().text));
    QCOMPARE(server.requests, 2);
}

void tst_RestSessionSource::hugeBodyIsRefused()
{
    FaultServer server;
    QByteArray huge = "{\"users\":[\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"]}";
    server.answer(FaultServer::http(200, huge));
    RestClient client(server.url(), u"Test server"_s);
    RestClient::Options options;
    options.maxBodyBytes = 1024 * 1024;
    client.setOptions(options);
    const auto reply = await(client.get(u"/x"_s));
    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().text.contains(u"larger than 1 MiB"_s), qPrintable(reply.error().text));
}

void tst_RestSessionSource::selfSignedCertificateNeedsTrust()
{
    QTemporaryDir dir;
    const QSslConfiguration tls = FaultServer::selfSigned(dir.path());
    const QSslCertificate certificate = tls.localCertificate();
    FaultServer server(tls);
    server.closeAfterAnswer = false;
    server.answer(FaultServer::http(200, R"({"ok":true})"));
    const QString fingerprint = CertificateTrust::fingerprint(certificate);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);

    // Verification is on: refused, with the fingerprint to check, and nothing retried or read.
    RestClient client(server.url(), u"Test server"_s);
    const auto refused = await(client.get(u"/x"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, SourceError::Code::PermissionDenied);
    QVERIFY2(refused.error().text.contains(u"is not trusted"_s) && refused.error().text.contains(fingerprint),
             qPrintable(refused.error().text));
    QCOMPARE(client.refusedCertificate(), fingerprint);
    QCOMPARE(server.requests, 0);

    // Trusted by its fingerprint for this server: accepted.
    RestClient::Options trusting;
    trusting.trustedCertificate = fingerprint.toLower(); // as a user might paste it
    client.setOptions(trusting);
    const auto accepted = await(client.get(u"/x"_s));
    QVERIFY2(accepted.ok(), TestStore::why(accepted));
    QCOMPARE(server.requests, 1);

    // Another certificate than the trusted one: refused as changed.
    trusting.trustedCertificate =
        QString(fingerprint).replace(0, 2, fingerprint.startsWith(u"AA"_s) ? u"BB"_s : u"AA"_s);
    client.setOptions(trusting);
    const auto changed = await(client.get(u"/x"_s));
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().text.contains(u"changed"_s) && changed.error().text.contains(fingerprint),
             qPrintable(changed.error().text));
}

QTEST_GUILESS_MAIN(tst_RestSessionSource)
#include "tst_restsessionsource.moc"
