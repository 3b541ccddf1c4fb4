// A STAND-IN WRITTEN FROM KEYCLOAK'S SOURCES, NOT RECORDED FROM A SERVER: Keycloak cannot run on
// these machines, so KeycloakSessionSource is checked against fixtures/keycloak, a small local
// server answering in the shapes Keycloak 24's representations have (responses.json) and acting as
// its admin resources do, as strictly (prefix search, brief representations, the service account's
// roles on realm-management, token revocation). It shows that the source sends the requests
// Keycloak's Admin REST API documents and reads its answers; it does not show that a live Keycloak
// agrees.
#include "TestStore.h"
#include "models/audit/AuditText.h"
#include "models/connections/SourceFactory.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/keycloak/KeycloakSessionSource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

const QString anna = u"0b8e0d5e-1111-4c1a-9a51-000000000001"_s;
const QString bob = u"0b8e0d5e-1111-4c1a-9a51-000000000002"_s;
const QString dmitri = u"0b8e0d5e-1111-4c1a-9a51-000000000004"_s;

} // namespace

class tst_KeycloakStandIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addresses_data();
    void addresses();
    void signsInWithThePasswordGrant();
    void wrongPasswordIsRefused();
    void serviceAccountSignsInWithClientCredentials();
    void viewerOnlyLooks();
    void listsUsersAndTheirSessions();
    void endsOneSessionOnly();
    void freezeDisablesAndEndsSessions();
    void logOutAllUsesTheRealmsLogout();
    void logOutAllSparingSomeoneGoesUserByUser();
    void searchesAndEndsMatchingSessions();
    void signInsAreTheRealmsLoginEvents();
    void bruteForceLockoutsAreFlagsAndClosingUnlocks();
    void placesFromAddresses();
    void adminEventsAreCopiedIntoTheJournalOnce();
    void expiringTokenIsRefreshed();

private:
    std::unique_ptr<KeycloakSessionSource> open(const QString &url, const QString &secret,
                                                std::shared_ptr<const AddressPlaces> places = nullptr);
    QString adminUrl() const { return u"keycloak+http://admin@127.0.0.1:%1/demo"_s.arg(m_port); }
    // What the stand-in received since the last reset: "METHOD /path" (token requests: the grant).
    QStringList requests();
    // How many sessions the stand-in holds for consoles signed in with a password.
    int consoleSessions();
    void post(const QString &path);

    QNetworkAccessManager m_network;
    int m_port = 0;
    QString m_base;
    QTemporaryDir m_journals;
};

void tst_KeycloakStandIn::initTestCase()
{
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_KEYCLOAK"));
    if (!info.open(QIODevice::ReadOnly))
        QSKIP("No Keycloak stand-in (run through ctest, fixture keycloak).");
    m_port = QString::fromUtf8(info.readAll()).section(u' ', 0, 0).toInt();
    m_base = u"http://127.0.0.1:%1"_s.arg(m_port);
}

void tst_KeycloakStandIn::post(const QString &path)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.post(request, QByteArray());
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    reply->deleteLater();
}

void tst_KeycloakStandIn::init()
{
    post(u"/__test/reset"_s);
}

int tst_KeycloakStandIn::consoleSessions()
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(m_base + u"/__test/console-sessions"_s)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
        return -1;
    reply->deleteLater();
    return reply->readAll().toInt();
}

QStringList tst_KeycloakStandIn::requests()
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(m_base + u"/__test/requests"_s)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
        return {};
    reply->deleteLater();
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(reply->readAll()).array())
        list << value.toString();
    return list;
}

std::unique_ptr<KeycloakSessionSource> tst_KeycloakStandIn::open(const QString &url, const QString &secret,
                                                                 std::shared_ptr<const AddressPlaces> places)
{
    auto options = KeycloakSessionSource::fromUrl(url);
    if (!options.ok())
        qFatal("%s", qPrintable(options.error().text));
    options.value().secret = secret;
    options.value().places = std::move(places);
    options.value().journalPath =
        m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    return std::make_unique<KeycloakSessionSource>(options.value());
}

void tst_KeycloakStandIn::addresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("complaint"); // empty: accepted
    QTest::newRow("administrator") << u"keycloak+https://admin@sso.example/demo"_s << QString();
    QTest::newRow("prefix") << u"keycloak+https://admin@sso.example:8443/auth/demo"_s << QString();
    QTest::newRow("service account") << u"keycloak+https://sso.example/demo?client=sessiondesk"_s
                                     << QString();
    QTest::newRow("both") << u"keycloak+https://admin@sso.example/demo?client=x"_s << u"one of the two"_s;
    QTest::newRow("neither") << u"keycloak+https://sso.example/demo"_s << u"one of the two"_s;
    QTest::newRow("no realm") << u"keycloak+https://admin@sso.example"_s << u"not a Keycloak address"_s;
    QTest::newRow("password") << u"keycloak+https://admin:pw@sso.example/demo"_s << u"no password"_s;
    QTest::newRow("unknown option") << u"keycloak+https://admin@sso.example/demo?x=1"_s << u"'x'"_s;
}

void tst_KeycloakStandIn::addresses()
{
    QFETCH(QString, url);
    QFETCH(QString, complaint);
    const auto target = SourceFactory::target(url);
    if (complaint.isEmpty()) {
        QVERIFY2(target.ok(), TestStore::why(target));
        QCOMPARE(target.value().host, url.contains(u":8443"_s) ? u"sso.example:8443"_s : u"sso.example"_s);
        const auto options = KeycloakSessionSource::fromUrl(url).value();
        QCOMPARE(options.realm, u"demo"_s);
        QCOMPARE(options.base.path(), url.contains(u"/auth/"_s) ? u"/auth"_s : QString());
        return;
    }
    QVERIFY(!target.ok());
    QVERIFY2(target.error().text.contains(complaint), qPrintable(target.error().text));
}

void tst_KeycloakStandIn::signsInWithThePasswordGrant()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().id, u"admin"_s);
    QCOMPARE(opened.value().role, Role::Administrator);
    const Capabilities capabilities = source->capabilities();
    QVERIFY(capabilities.has(C::LogoutAll) && capabilities.has(C::Freeze) &&
            capabilities.has(C::ResolveFlags));
    // Keycloak's user logout sets the user's not-before: refresh and offline tokens are refused,
    // access tokens applications check themselves are not; ending one session sets none.
    QVERIFY(capabilities.reason(C::RevokeTokens).contains(u"refuse the refresh and offline tokens"_s));
    QVERIFY(capabilities.reason(C::RevokeTokens).contains(u"Ending one session refuses none"_s));
    QVERIFY(!capabilities.has(C::Devices));
    QVERIFY(capabilities.has(C::SignIns)); // the realm saves login events
    QCOMPARE(requests().first(), u"POST /realms/master/protocol/openid-connect/token password"_s);
    // Disconnecting revokes the console's refresh token (RFC 7009), which ends its session in the
    // master realm: no run leaves an administrator session behind.
    QCOMPARE(consoleSessions(), 1);
    Futures::waitUntilFinished(source->signOut());
    QVERIFY(requests().contains(u"POST /realms/master/protocol/openid-connect/revoke"_s));
    QCOMPARE(consoleSessions(), 0);
    QVERIFY(!source->capabilities().has(C::LogoutUser));
}

void tst_KeycloakStandIn::wrongPasswordIsRefused()
{
    auto source = open(adminUrl(), u"wrong"_s);
    const auto opened = await(source->signIn());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::SignInRefused);
    QVERIFY2(opened.error().text.contains(u"refused the account admin or its password"_s),
             qPrintable(opened.error().text));
    QVERIFY(!source->capabilities().has(C::LogoutUser));
}

void tst_KeycloakStandIn::serviceAccountSignsInWithClientCredentials()
{
    auto source = open(u"keycloak+http://127.0.0.1:%1/demo?client=sessiondesk"_s.arg(m_port),
                       u"fixture-client-secret"_s);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Administrator);
    QCOMPARE(requests().first(), u"POST /realms/demo/protocol/openid-connect/token client_credentials"_s);
    // A service account of the realm has its roles on realm-management (not on "demo-realm", a
    // client of the master realm): read from there, they let it administer the realm.
    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 4);
}

void tst_KeycloakStandIn::viewerOnlyLooks()
{
    auto source =
        open(u"keycloak+http://viewer@127.0.0.1:%1/demo"_s.arg(m_port), u"fixture-viewer-password"_s);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Auditor);
    QCOMPARE(await(source->users(UserQuery())).value().rows.size(), 4);
    const auto refused = await(source->logoutUsers({anna}, TestStore::context()));
    QCOMPARE(refused.error().code, SourceError::Code::PermissionDenied);
    QVERIFY(!requests().join(u'\n').contains(u"/logout"_s));
}

void tst_KeycloakStandIn::listsUsersAndTheirSessions()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    UserQuery query;
    query.limit = 3;
    const auto first = await(source->users(query));
    QVERIFY2(first.ok(), TestStore::why(first));
    QCOMPARE(first.value().total, 4);
    QCOMPARE(first.value().rows.size(), 3);
    QCOMPARE(first.value().rows.at(0).displayName, u"Anna Berg"_s);
    QCOMPARE(first.value().rows.at(0).email, u"anna@example.com"_s);
    QCOMPARE(first.value().rows.at(0).activeSessions, 2);
    QCOMPARE(first.value().rows.at(2).activeSessions, 1);
    query.cursor = first.value().nextCursor;
    const auto second = await(source->users(query));
    QCOMPARE(second.value().rows.size(), 1);
    QCOMPARE(second.value().rows.first().displayName, u"Dmitri Ek"_s);
    query = UserQuery();
    query.text = u"bob"_s;
    QCOMPARE(await(source->users(query)).value().total, 1);
    // Keycloak's search matches the start of a field only: a part of a surname ("erg" of Berg) or
    // of an address ("@example") is found anywhere only as *text*, which SessionDesk sends.
    query.text = u"ERG"_s;
    const auto infix = await(source->users(query));
    QVERIFY2(infix.ok(), TestStore::why(infix));
    QCOMPARE(infix.value().total, 1);
    QCOMPARE(infix.value().rows.first().id, anna);
    query.text = u"@example"_s;
    QCOMPARE(await(source->users(query)).value().total, 4);
    query.text = u"\"bob\""_s; // Keycloak's own syntax goes as written: exactly "bob"
    QCOMPARE(await(source->users(query)).value().total, 1);
    query.text = u"ob"_s;
    query.sortField = UserQuery::SortField::ActiveSessions;
    QCOMPARE(await(source->users(query)).error().code, SourceError::Code::Unsupported);

    SessionQuery sessions;
    sessions.userId = anna;
    sessions.sortField = SessionQuery::SortField::IpAddress;
    sessions.order = Qt::AscendingOrder;
    const auto listed = await(source->sessions(sessions));
    QVERIFY2(listed.ok(), TestStore::why(listed));
    QCOMPARE(listed.value().rows.size(), 2);
    const Session session = listed.value().rows.first();
    QCOMPARE(session.origin.ip, u"198.51.100.4"_s);
    // The realm's idle timeout (30 min) after the last access, within its maximum (10 h).
    QCOMPARE(session.expiresAt, session.lastSeenAt.addSecs(1800));
    QCOMPARE(session.createdAt.secsTo(session.lastSeenAt), 3480);
    QCOMPARE(await(source->userByEmail(u"BOB@example.com"_s)).value().id, bob);
}

void tst_KeycloakStandIn::endsOneSessionOnly()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    SessionQuery query;
    query.userId = anna;
    QCOMPARE(await(source->sessions(query)).value().rows.size(), 2);
    const QString ended = u"5f2a0c1e-aaaa-4b7d-8e3f-000000000101"_s;
    const auto done = await(source->endSession(ended, TestStore::context(u"Lost phone"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QVERIFY(requests().contains(u"DELETE /admin/realms/demo/sessions/"_s + ended));
    const auto left = await(source->sessions(query)).value().rows;
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().id != ended);
    QCOMPARE(await(source->endSession(ended, TestStore::context())).error().code,
             SourceError::Code::NotFound);
    AuditQuery ours;
    ours.action = u"end_session"_s;
    const auto trail = await(source->auditEntries(ours)).value().rows;
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(1).targetUser, u"anna@example.com"_s);
    QCOMPARE(trail.at(1).reason, u"Lost phone"_s);
    QCOMPARE(trail.at(0).outcome, u"failed"_s);
}

void tst_KeycloakStandIn::freezeDisablesAndEndsSessions()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    const auto frozen = await(source->freezeUser(bob, TestStore::context(u"Account takeover"_s)));
    QVERIFY2(frozen.ok(), TestStore::why(frozen));
    QCOMPARE(frozen.value().sessionsEnded, 1);
    const QStringList sent = requests();
    QVERIFY(sent.indexOf(u"PUT /admin/realms/demo/users/"_s + bob) <
            sent.indexOf(u"POST /admin/realms/demo/users/%1/logout"_s.arg(bob)));
    const User user = await(source->userByEmail(u"bob@example.com"_s)).value();
    QCOMPARE(user.status, UserStatus::Frozen);
    QCOMPARE(user.activeSessions, 0);
    QVERIFY(user.tokensNotBefore.isValid()); // Keycloak's logout sets notBefore
    QVERIFY(await(source->unfreezeUser(bob, TestStore::context(u"Owner verified"_s))).ok());
    QCOMPARE(await(source->userByEmail(u"bob@example.com"_s)).value().status, UserStatus::Active);
    // Unfreezing an account that is not frozen is refused, and not journaled.
    const qint64 journaled = await(source->auditEntries(AuditQuery())).value().total;
    const auto again = await(source->unfreezeUser(bob, TestStore::context(u"Twice"_s)));
    QCOMPARE(again.error().code, SourceError::Code::Conflict);
    QCOMPARE(again.error().text, u"The account is not frozen."_s);
    QCOMPARE(await(source->auditEntries(AuditQuery())).value().total, journaled);
}

void tst_KeycloakStandIn::logOutAllUsesTheRealmsLogout()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    const auto preview = await(source->previewLogoutAll(LogoutAllScope()));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().users, 3);
    QCOMPARE(preview.value().sessions, 4);
    const auto done = await(source->logoutAll(LogoutAllScope(), TestStore::context(u"Breach drill"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 4);
    QVERIFY(requests().contains(u"POST /admin/realms/demo/logout-all"_s));
    QCOMPARE(await(source->previewLogoutAll(LogoutAllScope())).value().sessions, 0);
}

void tst_KeycloakStandIn::logOutAllSparingSomeoneGoesUserByUser()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    LogoutAllScope scope;
    scope.keepUserIds = {anna};
    const auto done = await(source->logoutAll(scope, TestStore::context(u"Rotate keys"_s)));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 2);
    QVERIFY(!requests().contains(u"POST /admin/realms/demo/logout-all"_s));
    SessionQuery annas;
    annas.userId = anna;
    QCOMPARE(await(source->sessions(annas)).value().rows.size(), 2);
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"logout_all"_s);
    QVERIFY(entry.newValue.contains(anna));
    QVERIFY2(AuditText::change(entry).contains(u"kept: anna@example.com"_s),
             qPrintable(AuditText::change(entry)));
}

void tst_KeycloakStandIn::searchesAndEndsMatchingSessions()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    QVERIFY(source->capabilities().has(C::SearchSessions));
    const auto search = [&source](const SessionFilter &filter) {
        return TestStore::searched(*source, filter);
    };
    QCOMPARE(search(SessionFilter()), u"anna@example.com 198.51.100.4, anna@example.com 203.0.113.7, "
                                      "bob@example.com 192.0.2.10, carla@example.com 100.64.0.9"_s);
    SessionFilter range; // 192.0.0.0 to 199.255.255.255: one of Anna's two sessions, and Bob's
    range.network = u"192.0.0.0/5"_s;
    QCOMPARE(search(range), u"anna@example.com 198.51.100.4, bob@example.com 192.0.2.10"_s);
    SessionFilter host;
    host.network = u"100.64.0.9"_s;
    QCOMPARE(search(host), u"carla@example.com 100.64.0.9"_s);
    SessionFilter nobody;
    nobody.network = u"10.0.0.0/8"_s;
    QCOMPARE(search(nobody), QString());
    SessionFilter annas;
    annas.userId = anna;
    annas.network = u"203.0.113.0/24"_s;
    QCOMPARE(search(annas), u"anna@example.com 203.0.113.7"_s);
    // Keycloak records neither places nor user agents: such a filter is refused, never ignored.
    SessionFilter country;
    country.country = u"DE"_s;
    QCOMPARE(search(country), u"error: "_s + source->capabilities().reason(C::Locations));
    SessionFilter device;
    device.device = u"firefox"_s;
    QCOMPARE(search(device), u"error: "_s + source->capabilities().reason(C::Devices));
    SessionFilter invalid;
    invalid.network = u"192.0.0.0/33"_s;
    QVERIFY2(search(invalid).startsWith(u"error: "_s), qPrintable(search(invalid)));

    LogoutAllScope scope;
    scope.matching = range;
    scope.keepUserIds = {bob};
    auto preview = await(source->previewLogoutAll(scope));
    QVERIFY2(preview.ok(), TestStore::why(preview));
    QCOMPARE(preview.value().users, 1);
    QCOMPARE(preview.value().sessions, 1);
    scope.keepUserIds.clear();
    QCOMPARE(await(source->logoutAll(scope, TestStore::context(u" "_s))).error().code,
             SourceError::Code::InvalidInput); // no reason
    AuditEntry entry;
    const QString ended = TestStore::endMatchingAsCounted(*source, scope, 2, 2, &entry);
    QVERIFY2(ended.isEmpty(), qPrintable(ended));
    // Session by session: Anna's other session stays, and no user or realm was logged out whole.
    const QStringList sent = requests();
    QVERIFY(sent.contains(u"DELETE /admin/realms/demo/sessions/5f2a0c1e-aaaa-4b7d-8e3f-000000000102"_s));
    QVERIFY(sent.contains(u"DELETE /admin/realms/demo/sessions/5f2a0c1e-aaaa-4b7d-8e3f-000000000201"_s));
    QVERIFY(!sent.contains(u"POST /admin/realms/demo/logout-all"_s));
    QVERIFY(!sent.contains(u"POST /admin/realms/demo/users/%1/logout"_s.arg(anna)));
    QCOMPARE(search(SessionFilter()), u"anna@example.com 203.0.113.7, carla@example.com 100.64.0.9"_s);
}

void tst_KeycloakStandIn::signInsAreTheRealmsLoginEvents()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    QVERIFY(source->capabilities().has(C::SignIns));
    // No list has shown the users yet (a CLI run): the events' users are looked up to be named.
    const auto list = [&source](SignInQuery query) -> QString {
        query.limit = 2; // pages
        QStringList found;
        do {
            const auto page = await(source->signIns(query));
            if (!page.ok())
                return u"error: "_s + page.error().text;
            for (const LoginEvent &event : page.value().rows)
                found << (event.userEmail.isEmpty() ? event.userName : event.userEmail) + u' ' +
                             (event.success ? u"ok"_s : u"failed"_s) + u' ' + event.origin.ip;
            query.cursor = page.value().nextCursor;
        } while (query.cursor.isValid());
        return found.join(u", "_s);
    };
    // Newest first; only sign-ins (no token exchanges); an unknown name by what was typed.
    QCOMPARE(list(SignInQuery()), u"mallory failed 203.0.113.99, anna@example.com ok 203.0.113.7, "
                                  "carla@example.com ok 100.64.0.9, anna@example.com ok 198.51.100.4, "
                                  "bob@example.com ok 192.0.2.10, bob@example.com failed 192.0.2.10, "
                                  "dmitri@example.com failed 2001:db8::7"_s);
    SignInQuery total;
    total.limit = 3;
    const auto first = await(source->signIns(total));
    QVERIFY2(first.ok(), TestStore::why(first));
    QCOMPARE(first.value().total, 7);
    QCOMPARE(first.value().rows.first().at.secsTo(QDateTime::currentDateTimeUtc()) / 60, 5);
    QVERIFY(first.value().rows.at(1).sessionId.endsWith(u"101"_s));
    SignInQuery failed;
    failed.success = false;
    QCOMPARE(list(failed), u"mallory failed 203.0.113.99, bob@example.com failed 192.0.2.10, "
                           "dmitri@example.com failed 2001:db8::7"_s);
    SignInQuery annas;
    annas.userId = anna;
    annas.order = Qt::AscendingOrder;
    QCOMPARE(list(annas), u"anna@example.com ok 198.51.100.4, anna@example.com ok 203.0.113.7"_s);
    SignInQuery range;
    range.network = u"2001:db8::/32"_s;
    QCOMPARE(list(range), u"dmitri@example.com failed 2001:db8::7"_s);
    range.network = u"203.0.113.0/24"_s;
    QCOMPARE(list(range), u"mallory failed 203.0.113.99, anna@example.com ok 203.0.113.7"_s);
    SignInQuery recent; // the last half hour: exact times, although Keycloak is asked for days
    recent.from = QDateTime::currentDateTimeUtc().addSecs(-1800);
    QCOMPARE(list(recent), u"mallory failed 203.0.113.99, anna@example.com ok 203.0.113.7, "
                           "carla@example.com ok 100.64.0.9"_s);
    recent.to = QDateTime::currentDateTimeUtc().addSecs(-420);
    QCOMPARE(list(recent), u"anna@example.com ok 203.0.113.7, carla@example.com ok 100.64.0.9"_s);
    QVERIFY(requests().contains(u"GET /admin/realms/demo/events"_s));
    SignInQuery nobody;
    nobody.network = u"10.0.0.0/8"_s;
    QCOMPARE(list(nobody), QString());
    // No place or user agent is recorded: refused, never ignored.
    SignInQuery country;
    country.country = u"DE"_s;
    QCOMPARE(list(country), u"error: "_s + source->capabilities().reason(C::Locations));
    SignInQuery device;
    device.device = u"firefox"_s;
    QCOMPARE(list(device), u"error: "_s + source->capabilities().reason(C::Devices));
    SignInQuery invalid;
    invalid.network = u"203.0.113.0/40"_s;
    QVERIFY(list(invalid).startsWith(u"error: "_s));

    // The viewer (view-users, view-events) may read them too.
    auto viewer =
        open(u"keycloak+http://viewer@127.0.0.1:%1/demo"_s.arg(m_port), u"fixture-viewer-password"_s);
    QVERIFY(await(viewer->signIn()).ok());
    QCOMPARE(await(viewer->signIns(failed)).value().total, 3);

    // A realm that saves no login events has no sign-ins to show, and says where to turn them on.
    post(u"/__test/realm?eventsEnabled=false"_s);
    auto unsaved = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(unsaved->signIn()).ok());
    QVERIFY(!unsaved->capabilities().has(C::SignIns));
    QVERIFY2(unsaved->capabilities().reason(C::SignIns).contains(u"Save events"_s),
             qPrintable(unsaved->capabilities().reason(C::SignIns)));
    QCOMPARE(await(unsaved->signIns(SignInQuery())).error().code, SourceError::Code::Unsupported);
}

void tst_KeycloakStandIn::bruteForceLockoutsAreFlagsAndClosingUnlocks()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    const auto flags = await(source->flags(FlagQuery()));
    QVERIFY2(flags.ok(), TestStore::why(flags));
    QCOMPARE(flags.value().rows.size(), 1);
    const Flag flag = flags.value().rows.first();
    QCOMPARE(flag.userId, dmitri);
    QCOMPARE(flag.rule, Flag::Rule::FailedLoginBurst);
    QCOMPARE(flag.severity, Flag::Severity::High);
    QVERIFY2(flag.explanation.contains(u"locked the account after 31 failed sign-ins"_s) &&
                 flag.explanation.contains(u"45.13.0.77"_s),
             qPrintable(flag.explanation));
    const auto closed =
        await(source->closeFlag(flag.id, Flag::Status::Resolved, TestStore::context(u"Reset"_s)));
    QVERIFY2(closed.ok(), TestStore::why(closed));
    QVERIFY(requests().contains(u"DELETE /admin/realms/demo/attack-detection/brute-force/users/"_s + dmitri));
    QVERIFY(await(source->scanFlags(false)).ok());
    QCOMPARE(await(source->flags(FlagQuery())).value().rows.size(), 0);
}

// With the place databases of fixtures/geoip: sessions and sign-ins get places from their addresses,
// the rules that need places run over the sessions (beside Keycloak's lockouts), and what they find
// cannot be resolved in Keycloak.
void tst_KeycloakStandIn::placesFromAddresses()
{
    const auto places = TestStore::places();
    if (!places)
        QSKIP("No place databases (fixture geoip).");
    // Bob signs in from Nairobi, then a minute later from Belfast.
    post(u"/__test/login?user=%1&ip=41.90.75.98&secondsAgo=120"_s.arg(bob));
    post(u"/__test/login?user=%1&ip=2.125.160.216&secondsAgo=60"_s.arg(bob));
    auto source = open(adminUrl(), u"fixture-admin-password"_s, places);
    QVERIFY(await(source->signIn()).ok());
    QVERIFY(source->capabilities().has(C::Locations));
    QVERIFY(source->capabilities().has(C::Networks));

    SessionQuery query;
    query.userId = bob;
    const auto sessions = await(source->sessions(query));
    QVERIFY2(sessions.ok(), TestStore::why(sessions));
    QStringList cities;
    for (const Session &session : sessions.value().rows) {
        cities << session.origin.city;
        QCOMPARE(session.origin.placeFromAddress, !session.origin.city.isEmpty());
    }
    cities.sort();
    QCOMPARE(cities, (QStringList{QString(), u"Belfast"_s, u"Nairobi"_s})); // 192.0.2.10 has none

    const auto flags = await(source->flags(FlagQuery()));
    QVERIFY2(flags.ok(), TestStore::why(flags));
    QHash<Flag::Rule, Flag> byRule;
    for (const Flag &flag : flags.value().rows)
        byRule.insert(flag.rule, flag);
    QCOMPARE(byRule.value(Flag::Rule::FailedLoginBurst).userId, dmitri); // the lockout, as before
    const Flag travel = byRule.value(Flag::Rule::ImpossibleTravel);
    QCOMPARE(travel.userId, bob);
    QVERIFY2(travel.explanation.startsWith(u"Nairobi → Belfast"_s), qPrintable(travel.explanation));
    QCOMPARE(byRule.value(Flag::Rule::ConcurrentLocations).userId, bob);
    const auto closed = await(source->closeFlag(travel.id, Flag::Status::Dismissed, TestStore::context()));
    QCOMPARE(closed.error().code, SourceError::Code::Unsupported);
    QVERIFY(!requests().contains(u"DELETE /admin/realms/demo/attack-detection/brute-force/users/"_s + bob));

    // The sign-ins: the realm's login events, with the places of their addresses.
    SignInQuery signIns;
    signIns.userId = bob;
    const auto events = await(source->signIns(signIns));
    QVERIFY2(events.ok(), TestStore::why(events));
    QStringList signedInFrom;
    for (const LoginEvent &event : events.value().rows) {
        signedInFrom << DisplayFormat::place(event.origin.city, event.origin.country);
        if (event.origin.city == u"Nairobi")
            QCOMPARE(event.origin.network, u"Safaricom Limited"_s); // the Sign-ins pages' Network column
    }
    QVERIFY2(signedInFrom.contains(u"Nairobi, Kenya"_s) &&
                 signedInFrom.contains(u"Belfast, United Kingdom"_s),
             qPrintable(signedInFrom.join(u"; "_s)));
    signIns.country = u"KE"_s;
    QCOMPARE(await(source->signIns(signIns)).value().rows.size(), 1);
}

void tst_KeycloakStandIn::adminEventsAreCopiedIntoTheJournalOnce()
{
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    QVERIFY(source->auditTrailNote().contains(u"admin events"_s));
    AuditQuery query;
    query.order = Qt::AscendingOrder;
    const auto before = await(source->auditEntries(query)).value().rows;
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().action, u"keycloak_update_user"_s);
    QCOMPARE(before.first().targetUser, u"0b8e0d5e-1111-4c1a-9a51-000000000003"_s);
    QVERIFY(await(source->logoutUsers({anna}, TestStore::context(u"Phished"_s))).ok());
    const auto after = await(source->auditEntries(query)).value().rows;
    QStringList actions;
    for (const AuditEntry &entry : after)
        actions << entry.action;
    // Keycloak's event of the logout comes first: it was written while SessionDesk waited for the answer.
    QCOMPARE(actions, (QStringList{u"keycloak_update_user"_s, u"keycloak_action_user"_s, u"logout_user"_s}));
    QCOMPARE(await(source->auditEntries(query)).value().rows.size(), 3); // not copied twice
    QVERIFY(await(source->verifyAudit()).value().intact);
}

void tst_KeycloakStandIn::expiringTokenIsRefreshed()
{
    post(u"/__test/token-lifetime?seconds=22"_s);
    auto source = open(adminUrl(), u"fixture-admin-password"_s);
    QVERIFY(await(source->signIn()).ok());
    post(u"/__test/token-lifetime?seconds=300"_s); // the renewed token lasts
    QTest::qWait(2500);                            // now less than 20 s left
    // Requests sent together while the token is renewed wait for one renewal.
    const auto first = source->users(UserQuery());
    const auto second = source->userByEmail(u"bob@example.com"_s);
    QVERIFY(await(first).ok());
    QVERIFY(await(second).ok());
    const QString refresh = u"POST /realms/master/protocol/openid-connect/token refresh_token"_s;
    QVERIFY2(requests().contains(refresh), qPrintable(requests().join(u", "_s)));
    QCOMPARE(requests().count(refresh), 1);
}

QTEST_MAIN(tst_KeycloakStandIn)
#include "tst_keycloakstandin.moc"
