// DjangoSessionSource on the real Django application of fixtures/django (Debian's python3-django),
// its tables in an SQLite file or, with SESSIONDESK_TEST_BACKEND=postgresql, in the throwaway
// PostgreSQL cluster: users sign in over HTTP, SessionDesk sees their sessions, ends them, freezes
// them, and the application then refuses their cookies and their sign-ins.
#include "CookieApp.h"
#include "TestStore.h"
#include "models/connections/SourceFactory.h"
#include "models/sources/django/DjangoSessionSource.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using C = Capabilities::Capability;

namespace {

template<typename T>
T await(const QFuture<T> &future)
{
    return TestStore::await(future, 60'000);
}

// The test's own connection to an SQLite file, as the application has.
QSqlDatabase sqliteFile(const QString &path)
{
    const QString name = u"django-test-"_s + path;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(path));
    return db;
}

bool onPostgres()
{
    return qEnvironmentVariable("SESSIONDESK_TEST_BACKEND") == u"postgresql";
}

} // namespace

class tst_DjangoSessionSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addressesAreChecked_data();
    void addressesAreChecked();
    void usersAndSessionsFromTheApplication();
    void endedSessionIsRefusedByTheApplication();
    void frozenUserCannotSignIn();
    void logoutAllSparesRolesAndUsers();
    void whatDjangoDoesNotRecordIsRefused();
    void readOnlyLoginOnlyLooks();
    void missingTablesAreNamed();
    void commandLineWorksOnDjango();
    void naiveTimesAreReadInTheApplicationsZone();
    void oneJournalPerDatabaseFile();
    void customUserModelIsReadByItsColumns();
    void sessionsOfDeletedUsersAreNobodys();
    void repeatedAndMistypedActionsAreRefused();
    void consolesStartedTogetherShareOneNewJournal();

private:
    QString url(const QString &login = {}) const;
    std::unique_ptr<DjangoSessionSource> open(const QString &address = {});
    QSqlDatabase database() const;
    QString userId(SessionSource &source, const QString &name);

    CookieApp m_app{"SESSIONDESK_TEST_DJANGO"};
    QString m_database; // the file, or the database's name
    QTemporaryDir m_journals;
};

void tst_DjangoSessionSource::initTestCase()
{
    if (!m_app.available())
        QSKIP("No Django test application (run through ctest, fixture django).");
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_DJANGO"));
    QVERIFY(info.open(QIODevice::ReadOnly));
    m_database = QString::fromUtf8(info.readAll()).trimmed().section(u' ', 2);
}

QString tst_DjangoSessionSource::url(const QString &login) const
{
    if (onPostgres())
        return u"django+"_s + TestStore::postgresUrl(m_database, login.isEmpty() ? u"postgres"_s : login);
    return u"django+sqlite://"_s + m_database;
}

QSqlDatabase tst_DjangoSessionSource::database() const
{
    if (onPostgres())
        return TestStore::postgresDatabase(m_database);
    return sqliteFile(m_database);
}

void tst_DjangoSessionSource::init()
{
    QSqlQuery reset(database());
    QVERIFY(reset.exec(u"DELETE FROM django_session"_s));
    QVERIFY(reset.exec(u"UPDATE auth_user SET is_active = true"_s));
}

std::unique_ptr<DjangoSessionSource> tst_DjangoSessionSource::open(const QString &address)
{
    const auto parsed = DjangoDatabase::fromUrl(address.isEmpty() ? url() : address);
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.error().text));
    DjangoSessionSource::Options options;
    options.database = parsed.value();
    options.journalPath =
        m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    return std::make_unique<DjangoSessionSource>(options);
}

QString tst_DjangoSessionSource::userId(SessionSource &source, const QString &name)
{
    const auto user = await(source.userByEmail(name));
    return user.ok() ? user.value().id : QString();
}

void tst_DjangoSessionSource::addressesAreChecked_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("relative file") << u"django+sqlite://db.sqlite3"_s << u"three slashes"_s;
    QTest::newRow("no file") << u"django+sqlite:///"_s << u"three slashes"_s;
    QTest::newRow("users table with space")
        << u"django+sqlite:///srv/db.sqlite3?users=auth%20user"_s << u"plain name of a table"_s;
    QTest::newRow("libpq option on a file")
        << u"django+sqlite:///srv/db.sqlite3?sslmode=require"_s << u"no option but users"_s;
    QTest::newRow("password") << u"django+postgresql://a:secret@h/db"_s << u"Leave it out"_s;
    QTest::newRow("password for a file")
        << u"django+sqlite://me:pw@/srv/db.sqlite3"_s << u"leave the login"_s;
    QTest::newRow("unknown zone") << u"django+sqlite:///srv/db.sqlite3?timezone=Mars/Olympus"_s
                                  << u"zone such as Europe/Berlin"_s;
    QTest::newRow("empty zone") << u"django+sqlite:///srv/db.sqlite3?timezone="_s
                                << u"zone such as Europe/Berlin"_s;
    QTest::newRow("zone on PostgreSQL")
        << u"django+postgresql://a@h/db?timezone=Europe/Berlin"_s << u"timezone is for SQLite files"_s;
    QTest::newRow("no database") << u"django+postgresql://a@h"_s << u"names no database"_s;
}

void tst_DjangoSessionSource::addressesAreChecked()
{
    QFETCH(QString, url);
    QFETCH(QString, complaint);
    const auto target = SourceFactory::target(url);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, SourceError::Code::InvalidInput);
    QVERIFY2(target.error().text.contains(complaint), qPrintable(target.error().text));
}

void tst_DjangoSessionSource::usersAndSessionsFromTheApplication()
{
    const QByteArray laptop = m_app.logIn(u"admin"_s);
    const QByteArray phone = m_app.logIn(u"admin"_s);
    const QByteArray ines = m_app.logIn(u"inès"_s);
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty() && !ines.isEmpty());
    // An anonymous session (no user in its data) is no user's.
    QSqlQuery sql(database());
    QVERIFY(sql.prepare(u"INSERT INTO django_session VALUES (?, ?, ?)"_s));
    sql.addBindValue(u"anonymousanonymousanonymous12345"_s);
    sql.addBindValue(u"e30:1xago9:signature"_s); // {}
    sql.addBindValue(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));

    auto source = open();
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Administrator);
    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 12);
    const User admin = users.value().rows.first();
    QCOMPARE(admin.displayName, u"admin"_s);
    QCOMPARE(admin.email, u"admin@example.com"_s);
    QCOMPARE(admin.role, u"staff, superuser"_s);
    QCOMPARE(admin.activeSessions, 2);
    QVERIFY(admin.lastActivity.secsTo(QDateTime::currentDateTimeUtc()) < 120); // last_login
    // Searches fold case and accents; users are found by username, address or id.
    UserQuery search;
    search.text = u"INES"_s;
    const auto found = await(source->users(search));
    QCOMPARE(found.value().total, 1);
    QCOMPARE(found.value().rows.first().displayName, u"inès"_s);
    QCOMPARE(userId(*source, u"ines@example.com"_s), found.value().rows.first().id);
    QCOMPARE(userId(*source, u"inès"_s), found.value().rows.first().id);
    QCOMPARE(await(source->userByEmail(u"nobody"_s)).error().code, SourceError::Code::NotFound);
    // Sorted by sessions, most first.
    UserQuery busiest;
    busiest.sortField = UserQuery::SortField::ActiveSessions;
    busiest.order = Qt::DescendingOrder;
    busiest.limit = 2;
    const auto top = await(source->users(busiest));
    QCOMPARE(top.value().rows.first().id, admin.id);
    QCOMPARE(top.value().rows.at(1).activeSessions, 1);
    QVERIFY(top.value().nextCursor.isValid());

    SessionQuery query;
    query.userId = admin.id;
    const auto sessions = await(source->sessions(query));
    QVERIFY2(sessions.ok(), TestStore::why(sessions));
    QCOMPARE(sessions.value().rows.size(), 2);
    for (const Session &session : sessions.value().rows) {
        QCOMPARE(session.id.size(), 16);
        // Never the cookie's value, which is a credential.
        QVERIFY(!laptop.contains(session.id.toLatin1()) && !phone.contains(session.id.toLatin1()));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(session.expiresAt);
        QVERIFY2(days >= 13 && days <= 14, qPrintable(session.expiresAt.toString(Qt::ISODate)));
        QVERIFY(session.isActive(QDateTime::currentDateTimeUtc()));
    }
    // Every user's active sessions: three, the anonymous one left out.
    const auto all = await(source->sessions(SessionQuery()));
    QCOMPARE(all.value().total, 3);
    QCOMPARE(await(source->roles()).value(), (QStringList{u"staff"_s, u"superuser"_s}));
}

void tst_DjangoSessionSource::endedSessionIsRefusedByTheApplication()
{
    const QByteArray laptop = m_app.logIn(u"member1"_s);
    const QByteArray phone = m_app.logIn(u"member1"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    const QString member = userId(*source, u"member1"_s);
    SessionQuery query;
    query.userId = member;
    const auto sessions = await(source->sessions(query)).value().rows;
    QCOMPARE(sessions.size(), 2);
    // Which row is the laptop's: end one, then see which cookie the application refuses.
    const auto ended = await(source->endSession(sessions.first().id, TestStore::context()));
    QVERIFY2(ended.ok(), TestStore::why(ended));
    QCOMPARE(ended.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(laptop) + m_app.me(phone), 200 + 401);
    const auto again = await(source->endSession(sessions.first().id, TestStore::context()));
    QCOMPARE(again.error().code, SourceError::Code::NotFound);
    // The journal keeps who ended whose session, and why.
    const auto entries = await(source->auditEntries(AuditQuery()));
    QCOMPARE(entries.value().rows.size(), 2);
    const AuditEntry entry = entries.value().rows.last();
    QCOMPARE(entry.action, u"end_session"_s);
    QCOMPARE(entry.targetUser, u"member1"_s); // the username: Django's unique name of an account
    QCOMPARE(entry.targetSession, sessions.first().id);
    QVERIFY(await(source->verifyAudit()).value().intact);
    // Logging the user out ends the other one.
    const auto out = await(source->logoutUsers({member}, TestStore::context()));
    QCOMPARE(out.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(laptop), 401);
    QCOMPARE(m_app.me(phone), 401);
}

void tst_DjangoSessionSource::frozenUserCannotSignIn()
{
    const QByteArray cookie = m_app.logIn(u"member2"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    const QString member = userId(*source, u"member2"_s);
    QVERIFY(!source->capabilities().has(C::TimedFreeze));
    const auto timed = await(
        source->freezeUserUntil(member, QDateTime::currentDateTimeUtc().addDays(1), TestStore::context()));
    QCOMPARE(timed.error().code, SourceError::Code::Unsupported);
    const auto frozen = await(source->freezeUser(member, TestStore::context(u"Account takeover"_s)));
    QVERIFY2(frozen.ok(), TestStore::why(frozen));
    QCOMPARE(frozen.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(cookie), 401);
    QVERIFY(m_app.logIn(u"member2"_s).isEmpty()); // Django refuses an inactive user
    UserQuery frozenOnly;
    frozenOnly.status = UserStatus::Frozen;
    QCOMPARE(await(source->users(frozenOnly)).value().rows.first().id, member);
    QVERIFY(await(source->unfreezeUser(member, TestStore::context())).ok());
    QVERIFY(!m_app.logIn(u"member2"_s).isEmpty());
    QCOMPARE(await(source->freezeUser(u"999999"_s, TestStore::context())).error().code,
             SourceError::Code::NotFound);
}

void tst_DjangoSessionSource::logoutAllSparesRolesAndUsers()
{
    const QByteArray admin = m_app.logIn(u"admin"_s);
    const QByteArray staffer = m_app.logIn(u"staffer"_s);
    const QByteArray third = m_app.logIn(u"member3"_s);
    const QByteArray fourth = m_app.logIn(u"member4"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    LogoutAllScope scope;
    scope.excludeRoles = {u"staff"_s};
    scope.keepUserIds = {userId(*source, u"member4"_s)};
    const auto preview = await(source->previewLogoutAll(scope));
    QCOMPARE(preview.value().users, 1);
    QCOMPARE(preview.value().sessions, 1);
    const auto done = await(source->logoutAll(scope, TestStore::context()));
    QVERIFY2(done.ok(), TestStore::why(done));
    QCOMPARE(done.value().sessionsEnded, 1);
    QCOMPARE(m_app.me(third), 401);
    QCOMPARE(m_app.me(admin), 200);
    QCOMPARE(m_app.me(staffer), 200);
    QCOMPARE(m_app.me(fourth), 200);
    // One entry for all, naming whom it spared by address.
    const AuditEntry entry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(entry.action, u"logout_all"_s);
    QVERIFY2(entry.newValue.contains(u"member4"_s), qPrintable(entry.newValue));
    // Ending matching sessions of a user who has none is refused, not journaled.
    LogoutAllScope nobody;
    nobody.matching.userId = userId(*source, u"member5"_s);
    const auto refused = await(source->logoutAll(nobody, TestStore::context()));
    QCOMPARE(refused.error(), nobody.nothingMatches());
    QCOMPARE(await(source->auditEntries(AuditQuery())).value().rows.size(), 1);
}

void tst_DjangoSessionSource::whatDjangoDoesNotRecordIsRefused()
{
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    SessionQuery started;
    started.filter.startedFrom = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(await(source->sessions(started)).error().code, SourceError::Code::Unsupported);
    SessionQuery network;
    network.filter.network = u"10.0.0.0/8"_s;
    QVERIFY(!await(source->sessions(network)).ok());
    for (const auto capability : {C::Devices, C::Addresses, C::SignIns, C::ChangeSettings, C::LiveUpdates})
        QVERIFY(!source->capabilities().has(capability));
    QCOMPARE(await(source->flags(FlagQuery())).error().code, SourceError::Code::Unsupported);
    UserQuery byDevices;
    byDevices.sortField = UserQuery::SortField::Devices;
    QCOMPARE(await(source->users(byDevices)).error().code, SourceError::Code::Unsupported);
}

void tst_DjangoSessionSource::readOnlyLoginOnlyLooks()
{
    const QByteArray cookie = m_app.logIn(u"member6"_s);
    QTemporaryDir copy;
    QString address = url(u"sd_django_reader"_s);
    if (onPostgres()) {
        QSqlQuery sql(database());
        sql.exec(u"DROP OWNED BY sd_django_reader"_s);
        sql.exec(u"DROP ROLE IF EXISTS sd_django_reader"_s);
        QVERIFY(sql.exec(u"CREATE ROLE sd_django_reader LOGIN"_s));
        QVERIFY(sql.exec(u"GRANT SELECT ON django_session, auth_user TO sd_django_reader"_s));
    } else {
        if (::geteuid() == 0)
            QSKIP("A file's permissions do not bind root; the PostgreSQL run checks a login that may only "
                  "read.");
        // A copy that this account may read but not write.
        const QString file = copy.filePath(u"django.sqlite3"_s);
        QVERIFY(QFile::copy(m_database, file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
        address = u"django+sqlite://"_s + file;
    }
    auto source = open(address);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    QCOMPARE(opened.value().role, Role::Auditor);
    QVERIFY(!source->capabilities().has(C::LogoutUser));
    const auto refused = await(source->logoutUsers({userId(*source, u"member6"_s)}, TestStore::context()));
    QCOMPARE(refused.error().code, SourceError::Code::PermissionDenied);
    QCOMPARE(m_app.me(cookie), 200);
    QCOMPARE(await(source->sessions(SessionQuery())).value().total, 1);
}

void tst_DjangoSessionSource::missingTablesAreNamed()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.sqlite3"_s);
    QSqlQuery(sqliteFile(empty)).exec(u"CREATE TABLE other (x)"_s);
    auto source = open(u"django+sqlite://"_s + empty);
    const auto opened = await(source->signIn());
    QCOMPARE(opened.error().code, SourceError::Code::NotFound);
    QVERIFY2(opened.error().text.contains(u"has no table django_session"_s), qPrintable(opened.error().text));
    // A file that is not there is never created.
    auto missing = open(u"django+sqlite://"_s + dir.filePath(u"typo.sqlite3"_s));
    QCOMPARE(await(missing->signIn()).error().code, SourceError::Code::NotFound);
    QVERIFY(!QFile::exists(dir.filePath(u"typo.sqlite3"_s)));
    // A custom user model's table that is not there is named.
    auto custom = open(url() + (onPostgres() ? u"&users=accounts_user"_s : u"?users=accounts_user"_s));
    const auto noUsers = await(custom->signIn());
    QVERIFY2(noUsers.error().text.contains(u"accounts_user"_s), qPrintable(noUsers.error().text));
}

void tst_DjangoSessionSource::commandLineWorksOnDjango()
{
    const QByteArray cookie = m_app.logIn(u"member7"_s);
    const QByteArray other = m_app.logIn(u"member8"_s);
    QTemporaryDir data;
    const auto cli = [&](const QStringList &command) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, data.path()); // the journal goes there
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice()); // no terminal: nothing can be asked
        process.start(QStringLiteral(SESSIONDESK_CLI), QStringList{u"--connect"_s, url()} + command);
        process.waitForFinished(60'000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    auto [code, out, err] = cli({u"users"_s, u"list"_s});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(u"staff, superuser"_s) && out.contains(u"member7@example.com"_s), qPrintable(out));
    std::tie(code, out, err) = cli({u"sessions"_s, u"list"_s, u"--user"_s, u"member7"_s});
    QVERIFY2(code == 0, qPrintable(err));
    // Neither start nor activity is recorded: no column claims "never".
    const QString header = out.section(u'\n', 1, 1);
    QVERIFY2(header.startsWith(u"SESSION"_s) && header.contains(u"EXPIRES"_s), qPrintable(out));
    for (const auto column : {u"STARTED", u"LAST ACTIVITY", u"DEVICE"})
        QVERIFY2(!header.contains(column), qPrintable(header));
    std::tie(code, out, err) = cli({u"logout"_s, u"--user"_s, u"member7"_s, u"--reason"_s, u"Offboarding"_s});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(m_app.me(cookie), 401);
    QCOMPARE(m_app.me(other), 200);
    std::tie(code, out, err) =
        cli({u"logout-all"_s, u"--reason"_s, u"x"_s, u"--keep-role"_s, u"admins"_s, u"--yes"_s});
    QVERIFY(code != 0); // no such role: refused, nobody logged out
    QCOMPARE(m_app.me(other), 200);
    // The preview says what happens to tokens as Django has them: there are none.
    std::tie(code, out, err) = cli({u"logout-all"_s, u"--reason"_s, u"x"_s});
    QVERIFY2(out.contains(u"there are no tokens to revoke"_s) && !out.contains(u"stay valid"_s),
             qPrintable(out));
    QCOMPARE(m_app.me(other), 200);
    std::tie(code, out, err) = cli({u"audit"_s, u"list"_s});
    QVERIFY2(code == 0 && out.contains(u"member7"_s) && out.contains(u"Offboarding"_s),
             qPrintable(out + err));
}

namespace {

// session_data as Django 3.2 writes it uncompressed (the signature is not checked by SessionDesk).
QString sessionData(const QString &userId)
{
    const QByteArray json = R"({"_auth_user_id":")" + userId.toUtf8() + R"("})";
    return QString::fromLatin1(
               json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           u":1xago9:signature"_s;
}

// A Django database of the test's own (no application): sessions and a user table as given.
QString ownDatabase(const QTemporaryDir &dir, const QString &userTable)
{
    const QString file = dir.filePath(u"own.sqlite3"_s);
    QSqlQuery sql(sqliteFile(file));
    sql.exec(u"CREATE TABLE django_session (session_key varchar(40) PRIMARY KEY, session_data text, "
             u"expire_date datetime)"_s);
    sql.exec(userTable);
    return file;
}

} // namespace

void tst_DjangoSessionSource::naiveTimesAreReadInTheApplicationsZone()
{
    if (onPostgres())
        QSKIP("PostgreSQL keeps the zone with each time.");
    // USE_TZ = False, TIME_ZONE = America/New_York: Django writes New York's wall-clock time.
    const QTimeZone newYork("America/New_York");
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    const QString member9 = [&] {
        auto source = open();
        await(source->signIn());
        return userId(*source, u"member9"_s);
    }();
    QSqlQuery sql(database());
    QVERIFY(sql.prepare(u"INSERT INTO django_session VALUES ('naivenaivenaivenaivenaive123456', ?, ?)"_s));
    sql.addBindValue(sessionData(member9));
    sql.addBindValue(expires.toTimeZone(newYork).toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s));
    QVERIFY(sql.exec());
    SessionQuery query;
    query.userId = member9;
    // Read as UTC, it would have expired three hours ago or so.
    auto asUtc = open();
    QVERIFY(await(asUtc->signIn()).ok());
    QCOMPARE(await(asUtc->sessions(query)).value().total, 0);
    auto zoned = open(url() + u"?timezone=America/New_York"_s);
    QVERIFY(await(zoned->signIn()).ok());
    const auto sessions = await(zoned->sessions(query));
    QCOMPARE(sessions.value().total, 1);
    QVERIFY(qAbs(sessions.value().rows.first().expiresAt.secsTo(expires)) < 2);
    QCOMPARE(await(zoned->logoutUsers({member9}, TestStore::context())).value().sessionsEnded, 1);
    // 02:30 on 14 March 2027 does not exist in New York (clocks go from 02:00 to 03:00): Python
    // reads it with the offset before the change, EST, so 07:30 UTC.
    QVERIFY(sql.prepare(u"INSERT INTO django_session VALUES ('gapgapgapgapgapgapgapgapgapgap12', ?, "
                        u"'2027-03-14 02:30:00')"_s));
    sql.addBindValue(sessionData(member9));
    QVERIFY(sql.exec());
    const auto gap = await(zoned->sessions(query));
    QCOMPARE(gap.value().total, 1);
    QCOMPARE(gap.value().rows.first().expiresAt, QDateTime(QDate(2027, 3, 14), QTime(7, 30), Qt::UTC));
}

void tst_DjangoSessionSource::oneJournalPerDatabaseFile()
{
    if (onPostgres())
        QSKIP("The journals of files; the SQLite run checks them.");
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"dj"_s);
    const QString file = dir.filePath(u"dj/django.sqlite3"_s);
    const QString lookalike = dir.filePath(u"dj_django.sqlite3"_s);
    QVERIFY(QFile::copy(m_database, file) && QFile::copy(m_database, lookalike));
    QVERIFY(QFile::link(file, dir.filePath(u"link.sqlite3"_s)));
    const auto journalOf = [](const QString &path) {
        return DjangoDatabase::fromUrl(u"django+sqlite://"_s + path).value().journalPath();
    };
    QVERIFY(journalOf(file) != journalOf(lookalike));
    QCOMPARE(journalOf(dir.filePath(u"link.sqlite3"_s)), journalOf(file));
    QCOMPARE(journalOf(dir.filePath(u"dj/../dj/django.sqlite3"_s)), journalOf(file));
    // An address that names no database leaves no journal behind.
    auto missing = open(u"django+sqlite://"_s + dir.filePath(u"typo.sqlite3"_s));
    QVERIFY(!await(missing->signIn()).ok());
    QVERIFY(!QFile::exists(missing->files().value(0)));
}

void tst_DjangoSessionSource::customUserModelIsReadByItsColumns()
{
    QTemporaryDir dir;
    // USERNAME_FIELD = "email", a UUID for an id, no username, names or superuser.
    const QString file =
        ownDatabase(dir, u"CREATE TABLE accounts_person (id char(32) PRIMARY KEY, email varchar(254), "
                         u"is_active bool, is_staff bool, last_login datetime)"_s);
    QSqlQuery sql(sqliteFile(file));
    QVERIFY(sql.exec(u"INSERT INTO accounts_person VALUES ('3f2a9c', 'kim@example.com', 1, 1, NULL)"_s));
    QVERIFY(sql.prepare(u"INSERT INTO django_session VALUES ('kimkimkimkimkimkimkimkimkimkim12', ?, ?)"_s));
    sql.addBindValue(sessionData(u"3f2a9c"_s));
    sql.addBindValue(QDateTime::currentDateTimeUtc().addDays(1).toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QVERIFY(sql.exec());
    auto source = open(u"django+sqlite://"_s + file + u"?users=ACCOUNTS_PERSON"_s);
    const auto opened = await(source->signIn());
    QVERIFY2(opened.ok(), TestStore::why(opened));
    const auto users = await(source->users(UserQuery()));
    QVERIFY2(users.ok(), TestStore::why(users));
    QCOMPARE(users.value().total, 1);
    QCOMPARE(users.value().rows.first().displayName, u"kim@example.com"_s);
    QCOMPARE(users.value().rows.first().role, u"staff"_s);
    QCOMPARE(users.value().rows.first().activeSessions, 1);
    QVERIFY(source->capabilities().has(C::Freeze));
    // Without is_active there is nothing to freeze a user with, and the reason says so.
    QVERIFY(sql.exec(u"CREATE TABLE accounts_member (id integer PRIMARY KEY, email varchar(254))"_s));
    auto members = open(u"django+sqlite://"_s + file + u"?users=accounts_member"_s);
    QVERIFY(await(members->signIn()).ok());
    QVERIFY2(members->capabilities().reason(C::Freeze).contains(u"no is_active column"_s),
             qPrintable(members->capabilities().reason(C::Freeze)));
    // A table that is no user model's is named, with what it lacks.
    sql.exec(u"CREATE TABLE notes (title text)"_s);
    auto wrong = open(u"django+sqlite://"_s + file + u"?users=notes"_s);
    const auto refused = await(wrong->signIn());
    QVERIFY2(!refused.ok() && refused.error().text.contains(u"needs an id and a username or an email"_s),
             TestStore::why(refused));
}

void tst_DjangoSessionSource::sessionsOfDeletedUsersAreNobodys()
{
    m_app.logIn(u"member3"_s);
    QSqlQuery sql(database());
    QVERIFY(sql.prepare(u"INSERT INTO django_session VALUES ('gonegonegonegonegonegonegone1234', ?, ?)"_s));
    sql.addBindValue(sessionData(u"999999"_s));
    sql.addBindValue(QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(sql.exec());
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    const auto all = await(source->sessions(SessionQuery()));
    QCOMPARE(all.value().total, 1);
    QCOMPARE(all.value().rows.first().userName, u"member3"_s);
}

void tst_DjangoSessionSource::repeatedAndMistypedActionsAreRefused()
{
    const QByteArray cookie = m_app.logIn(u"member4"_s);
    auto source = open();
    QVERIFY(await(source->signIn()).ok());
    const QString member = userId(*source, u"member4"_s);
    QVERIFY(await(source->freezeUser(member, TestStore::context())).ok());
    QCOMPARE(await(source->freezeUser(member, TestStore::context())).error().code,
             SourceError::Code::Conflict);
    QVERIFY(await(source->unfreezeUser(member, TestStore::context())).ok());
    const auto again = await(source->unfreezeUser(member, TestStore::context()));
    QCOMPARE(again.error().code, SourceError::Code::Conflict);
    QCOMPARE(again.error().text, u"member4 is not frozen; nothing changed."_s);
    // The refusal is journaled under the user it was meant for.
    const AuditEntry refusedEntry = await(source->auditEntries(AuditQuery())).value().rows.first();
    QCOMPARE(refusedEntry.targetUser, u"member4"_s);
    QCOMPARE(refusedEntry.outcome, u"failed"_s);
    // An address two accounts share (Django allows it) names neither: both are listed.
    QSqlQuery sql(database());
    QVERIFY(
        sql.exec(u"INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, "
                 u"is_staff, is_active, date_joined) VALUES ('', false, 'member4-twin', '', '', "
                 u"'member4@example.com', false, true, '2026-01-01 00:00:00')"_s));
    const auto shared = await(source->userByEmail(u"member4@example.com"_s));
    QCOMPARE(shared.error().code, SourceError::Code::Conflict);
    QVERIFY2(shared.error().text.contains(u"member4 (id"_s) &&
                 shared.error().text.contains(u"member4-twin"_s),
             TestStore::why(shared));
    QCOMPARE(userId(*source, u"member4"_s), member); // the username still names one
    QVERIFY(sql.exec(u"DELETE FROM auth_user WHERE username = 'member4-twin'"_s));
    // The session key itself (the cookie's value) is not an id SessionDesk shows or takes.
    const QString key = QString::fromLatin1(cookie.mid(cookie.indexOf('=') + 1));
    const auto byKey = await(source->endSession(key, TestStore::context()));
    QCOMPARE(byKey.error().code, SourceError::Code::NotFound);
    QVERIFY2(byKey.error().text.contains(u"No active session has the id"_s), TestStore::why(byKey));
    // A username typed decomposed (e + U+0300) is the one Django stored composed.
    QCOMPARE(userId(*source, u"ine\u0300s"_s), userId(*source, u"ines@example.com"_s));
    QCOMPARE(await(source->userByEmail(u"nobody"_s)).error().text,
             u"There is no user with the username, email address or id nobody."_s);
}

void tst_DjangoSessionSource::consolesStartedTogetherShareOneNewJournal()
{
    // Eight CLIs at once on a database none has a journal for yet: each opens it, none fails.
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir data;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_DATA_HOME"_s, data.path());
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(SESSIONDESK_CLI), {u"--connect"_s, url(), u"audit"_s, u"list"_s});
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(60'000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
    }
}

QTEST_GUILESS_MAIN(tst_DjangoSessionSource)
#include "tst_djangosessionsource.moc"
