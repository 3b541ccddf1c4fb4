#include "TestStore.h"
#include "models/audit/AuditChain.h"
#include "models/domain/Settings.h"
#include "models/sources/pg/PgConnection.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlRows.h"
#include "models/storage/StoreMigrator.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The native store on a real PostgreSQL server (a throwaway cluster the test command starts,
// tests/fixtures/postgres): connecting as the issue asks (URL, password never in it, libpq's
// reason when it fails), and the migrations giving the same contract as SQLite, with the
// store-enforced global logout, the maintained user figures and the sealed audit trail in
// PL/pgSQL.
class tst_Postgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void urls_data();
    void urls();
    void connectsWithThePasswordOnly();
    void migrationsGiveTheSameContract();
    void globalLogoutIsEnforcedByTheStore_data();
    void globalLogoutIsEnforcedByTheStore();
    void userFiguresFollowSessions();
    void expiredSessionsAreMarkedAndLogoutAllKeepsFigures();
    void usersAreCountedByStatus();
    void auditTrailIsSealed();
    void refusesADatabaseThatIsNoStore();
    void rolesAreEnforcedByTheDatabase_data();
    void rolesAreEnforcedByTheDatabase();
    void actionsAuditInTheChainTheConsoleVerifies();
    void cliInitializesAndUpgrades();
    void consoleInitializesTheStore();
    void operatorsAreTheStoresRoles();
    void errorsSayWhatHappened();

private:
    PgConnection server(const QString &database) const; // as the test's role, over TCP
    QSqlDatabase migrated();
    // A console on this test function's database as login (not opened yet).
    std::unique_ptr<SqlSessionSource> consoleAs(const QString &login) const;
    QVariant scalar(const QString &sql, const QVariantList &args = {}) const;
    static QStringList columns(const QSqlDatabase &db, const QString &table);
    // This test function's database, empty and owned by the test's role.
    void freshDatabase();
    // A store with two users and their sessions, and logins t_admin, t_support, t_auditor (members
    // of the store's roles) and t_none (of none).
    void storeWithOperators();
    // Runs sql as one of those logins; the error text, or empty when it succeeded.
    QString as(const QString &login, const QString &sql);
    static QList<AuditEntry> auditEntries(const QSqlDatabase &db);

    QString m_socketDir;
    int m_port = 0;
    QString m_password;
    QString m_database; // this test function's own
    QSqlDatabase m_admin;
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
};

void tst_Postgres::initTestCase()
{
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_PG"));
    QVERIFY2(info.open(QIODevice::ReadOnly),
             "the test command starts a PostgreSQL cluster (fixture postgres)");
    const QStringList parts = QString::fromUtf8(info.readAll()).simplified().split(u' ');
    QCOMPARE(parts.size(), 2);
    m_socketDir = parts.at(0);
    m_port = parts.at(1).toInt();
    PgConnection admin;
    admin.host = m_socketDir; // the superuser is trusted on the cluster's socket only
    admin.port = m_port;
    admin.database = u"postgres"_s;
    admin.user = u"postgres"_s;
    auto opened = admin.open(u"admin"_s, QString());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text));
    m_admin = opened.value();
    m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
    QSqlQuery query(m_admin);
    // The server's notices (a database or a membership that is already there) would bury a
    // failure in the output.
    QVERIFY(query.exec(u"SET client_min_messages = warning"_s));
    // What a run that stopped midway left behind: its databases first, then their owner.
    for (const QString &database :
         TestStore::column(m_admin, u"SELECT datname FROM pg_database WHERE datname LIKE 'store\\_%'"_s))
        QVERIFY(query.exec(u"DROP DATABASE %1"_s.arg(database)));
    QVERIFY(query.exec(u"DROP ROLE IF EXISTS tester"_s));
    for (const QString &login : {u"t_admin"_s, u"t_support"_s, u"t_auditor"_s, u"t_none"_s}) {
        QVERIFY(query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(login)));
        QVERIFY(query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, m_password)));
    }
    // The store's owner creates the store's roles when it migrates it (version 6).
    QVERIFY2(query.exec(u"CREATE ROLE tester LOGIN CREATEROLE PASSWORD '%1'"_s.arg(m_password)),
             qPrintable(query.lastError().text()));
}

void tst_Postgres::init()
{
    freshDatabase();
}

void tst_Postgres::freshDatabase()
{
    cleanup();
    m_database = u"store_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower();
    QSqlQuery query(m_admin);
    QVERIFY(query.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(m_database)));
    QVERIFY(query.exec(u"CREATE DATABASE %1 OWNER tester"_s.arg(m_database)));
}

void tst_Postgres::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"store"_s);
}

void tst_Postgres::cleanupTestCase()
{
    m_admin.close();
}

PgConnection tst_Postgres::server(const QString &database) const
{
    PgConnection connection;
    connection.host = u"127.0.0.1"_s;
    connection.port = m_port;
    connection.database = database;
    connection.user = u"tester"_s;
    return connection;
}

std::unique_ptr<SqlSessionSource> tst_Postgres::consoleAs(const QString &login) const
{
    PgConnection connection = server(m_database);
    connection.user = login;
    SqlSessionSource::Options options;
    options.connectUrl = connection.url();
    options.password = m_password;
    options.pollIntervalMs = 0;
    return std::make_unique<SqlSessionSource>(options);
}

QSqlDatabase tst_Postgres::migrated()
{
    auto opened = server(m_database).open(u"store"_s, m_password);
    if (!opened.ok()) {
        qWarning() << opened.error().text;
        return {};
    }
    m_db = opened.value();
    const auto outcome = StoreMigrator(u":/sql/postgresql"_s).migrate(m_db, true, SqlTransaction(1, 0));
    if (!outcome.ok())
        qWarning() << outcome.error().text << outcome.error().detail;
    return outcome.ok() ? m_db : QSqlDatabase();
}

QVariant tst_Postgres::scalar(const QString &sql, const QVariantList &args) const
{
    return TestStore::scalar(m_db, sql, args);
}

QStringList tst_Postgres::columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

void tst_Postgres::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("parsed"); // host|port|database|user|sslmode|ca, or the error's words
    QTest::newRow("full")
        << u"postgresql://anna@db.example:6543/sessions?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s
        << u"db.example|6543|sessions|anna|verify-full|/etc/ca.pem"_s;
    QTest::newRow("defaults") << u"postgres://anna@db.example/sessions"_s
                              << u"db.example|5432|sessions|anna||"_s;
    QTest::newRow("socket directory")
        << u"postgresql://anna@/sessions?host=/run/postgresql"_s << u"/run/postgresql|5432|sessions|anna||"_s;
    QTest::newRow("password") << u"postgresql://anna:secret@db.example/sessions"_s
                              << u"The URL contains a password."_s;
    QTest::newRow("other scheme") << u"mysql://anna@db.example/sessions"_s
                                  << u"must start with postgresql://"_s;
    QTest::newRow("no user") << u"postgresql://db.example/sessions"_s << u"names no user"_s;
    QTest::newRow("no database") << u"postgresql://anna@db.example"_s << u"names no database"_s;
    QTest::newRow("bad sslmode")
        << u"postgresql://anna@db.example/s?sslmode=maybe"_s
        << u"sslmode is one of disable, allow, prefer, require, verify-ca, verify-full"_s;
    QTest::newRow("unknown option") << u"postgresql://anna@db.example/s?password=x"_s
                                    << u"does not know the option 'password'"_s;
}

void tst_Postgres::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, parsed);
    const auto connection = PgConnection::fromUrl(url);
    if (!connection.ok()) {
        QCOMPARE(connection.error().code, SourceError::Code::InvalidInput);
        QVERIFY2(connection.error().text.contains(parsed), qPrintable(connection.error().text));
        QVERIFY(!connection.error().text.contains(u"secret"_s)); // never repeated
        return;
    }
    const PgConnection &c = connection.value();
    QCOMPARE(u"%1|%2|%3|%4|%5|%6"_s.arg(c.host).arg(c.port).arg(c.database, c.user, c.sslMode, c.caFile),
             parsed);
    QCOMPARE(PgConnection::fromUrl(c.url()).value().url(), c.url()); // the URL round-trips
}

void tst_Postgres::connectsWithThePasswordOnly()
{
    auto opened = server(m_database).open(u"store"_s, m_password);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text));
    m_db = opened.value();
    QVERIFY(scalar(u"SELECT version()"_s).toString().startsWith(u"PostgreSQL 15"_s));
    cleanup();

    const auto wrong = server(m_database).open(u"store"_s, u"not-the-password"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().text, u"Cannot connect to PostgreSQL at 127.0.0.1:%1 as tester: password "
                                 "authentication failed for user \"tester\"."_s.arg(m_port));
    PgConnection closed = server(m_database);
    closed.port = 1; // nothing listens there
    const auto refused = closed.open(u"store"_s, m_password);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().text.startsWith(u"Cannot connect to PostgreSQL at 127.0.0.1:1 as tester: "_s) &&
                 refused.error().text.contains(u"Connection refused"_s) &&
                 !refused.error().text.contains(u'\n'),
             qPrintable(refused.error().text));
    QVERIFY(!QSqlDatabase::contains(u"store"_s)); // nothing half-open is left behind
}

void tst_Postgres::migrationsGiveTheSameContract()
{
    QSqlDatabase db = migrated();
    QVERIFY(db.isOpen());
    const int latest = StoreMigrator(u":/sql/sqlite"_s).latestVersion();
    QCOMPARE(StoreMigrator(u":/sql/postgresql"_s).latestVersion(), latest);
    QCOMPARE(scalar(u"SELECT max(version) FROM sessiondesk_schema"_s).toInt(), latest);

    // Every table of the SQLite store, with the same columns in the same order; but the address
    // key SQLite keeps to search sign-ins and sessions by range (ip_key), which PostgreSQL does
    // over an index on sessiondesk_inet(ip) instead, and the sign-ins per hour SQLite keeps for the
    // Overview (sign_in_hours), which PostgreSQL counts over the index on their time.
    QSqlDatabase lite = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lite"_s);
    lite.setDatabaseName(m_dir.filePath(u"contract.sqlite"_s));
    QVERIFY(lite.open());
    Sql::addFunctions(lite); // as SessionDesk's own connections have them
    QVERIFY(StoreMigrator(u":/sql/sqlite"_s).migrate(lite, true, SqlTransaction(1, 0)).ok());
    for (const QString &table : lite.tables()) {
        if (table == u"sign_in_hours")
            continue;
        QVERIFY2(db.tables().contains(table), qPrintable(table));
        QStringList expected = columns(lite, table);
        if (table == u"login_events" || table == u"sessions")
            QVERIFY(expected.removeOne(u"ip_key"_s));
        QCOMPARE(columns(db, table), expected);
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM settings"_s).toInt(), int(Settings::definitions().size()));
    // The owner could install pg_trgm (it ships with the test cluster), so searching users by a
    // part of their folded name or email has its trigram index.
    QCOMPARE(scalar(u"SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                    "WHERE indexdef LIKE '%gin_trgm_ops%'"_s)
                 .toString(),
             u"users_by_search_key_trgm"_s);
    lite.close();
    lite = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"lite"_s);

    // Migrating again changes nothing.
    const auto again = StoreMigrator(u":/sql/postgresql"_s).migrate(db, false, SqlTransaction(1, 0));
    QVERIFY(again.ok());
    QCOMPARE(again.value().fromVersion, latest);
    QCOMPARE(again.value().toVersion, latest);
}

void tst_Postgres::globalLogoutIsEnforcedByTheStore_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("stillActive");
    QTest::newRow("off: only the session signed out of") << u"off"_s << 2;
    QTest::newRow("on: every session of the user") << u"on"_s << 0;
}

void tst_Postgres::globalLogoutIsEnforcedByTheStore()
{
    QFETCH(QString, setting);
    QFETCH(int, stillActive);
    QVERIFY(migrated().isOpen());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"UPDATE settings SET value = '%1' WHERE key = 'global_logout'"_s.arg(setting)));
    QVERIFY(query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u1', 'a@x', 'A', now()), "
        "('u2', 'b@x', 'B', now())"_s));
    for (const QString &id : {u"s1"_s, u"s2"_s, u"s3"_s})
        QVERIFY2(
            query.exec(u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id) "
                       "VALUES ('%1', 'u1', now(), now(), now() + interval '1 day', '%1')"_s.arg(id)),
            qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) "
                       "VALUES ('other', 'u2', now(), now(), now() + interval '1 day')"_s));
    // What an application does when its user signs out.
    QVERIFY2(
        query.exec(u"UPDATE sessions SET ended_at = now(), end_reason = 'user_logout' WHERE id = 's1'"_s),
        qPrintable(query.lastError().text()));
    QCOMPARE(scalar(u"SELECT count(*) FROM sessions WHERE user_id = 'u1' AND ended_at IS NULL"_s).toInt(),
             stillActive);
    QCOMPARE(scalar(u"SELECT count(*) FROM sessions WHERE end_reason = 'global_logout'"_s).toInt(),
             2 - stillActive);
    QCOMPARE(scalar(u"SELECT count(*) FROM sessions WHERE id = 'other' AND ended_at IS NULL"_s).toInt(), 1);
}

void tst_Postgres::userFiguresFollowSessions()
{
    QVERIFY(migrated().isOpen());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u1', 'a@x', 'A', now())"_s));
    QCOMPARE(scalar(u"SELECT open_sessions FROM user_stats WHERE user_id = 'u1'"_s).toInt(), 0);
    QVERIFY(query.exec(
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id, city) VALUES "
        "('s1', 'u1', now(), now() - interval '1 hour', now() + interval '1 day', 'd1', 'Lagos'), "
        "('s2', 'u1', now(), now(), now() + interval '1 day', 'd2', 'Accra'), "
        "('s3', 'u1', now(), now() - interval '2 hours', now() + interval '1 day', 'd1', 'Lagos')"_s));
    QCOMPARE(
        scalar(
            u"SELECT open_sessions || '|' || devices || '|' || last_city FROM user_stats WHERE user_id = 'u1'"_s)
            .toString(),
        u"3|2|Accra"_s);
    QVERIFY(
        query.exec(u"UPDATE sessions SET ended_at = now(), end_reason = 'admin_logout' WHERE id = 's2'"_s));
    QCOMPARE(
        scalar(u"SELECT open_sessions || '|' || devices FROM user_stats WHERE user_id = 'u1'"_s).toString(),
        u"2|1"_s);
    QVERIFY(query.exec(u"DELETE FROM sessions WHERE id = 's1'"_s));
    QCOMPARE(scalar(u"SELECT open_sessions FROM user_stats WHERE user_id = 'u1'"_s).toInt(), 1);
    // The figures are kept by statement: one statement moving a session to another user and
    // renaming the other's city changes both users, a change to an unread column changes nothing.
    QVERIFY(query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u2', 'b@x', 'B', now())"_s));
    QVERIFY(query.exec(u"UPDATE sessions SET user_id = 'u2', city = 'Kano' WHERE id IN ('s2', 's3')"_s));
    QCOMPARE(
        scalar(u"SELECT string_agg(user_id || ':' || open_sessions || '|' || devices || '|' || last_city, "
               "' ' ORDER BY user_id) FROM user_stats"_s)
            .toString(),
        u"u1:0|0| u2:1|1|Kano"_s);
    QVERIFY(query.exec(u"UPDATE sessions SET ip = '10.0.0.9'"_s));
    const QString drift = u"SELECT count(*) FROM user_stats s JOIN user_stats_source v USING (user_id) "
                          "WHERE s IS DISTINCT FROM v"_s;
    QCOMPARE(scalar(drift).toInt(), 0);
    // Ending one session while another of the same user changes place is recomputed; ending all
    // of a user's open sessions clears their figures without reading them again.
    QVERIFY(query.exec(
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id, city) "
        "VALUES ('s4', 'u2', now(), now(), now() + interval '1 day', 'd4', 'Abuja'), "
        "('s5', 'u1', now(), now(), now() + interval '1 day', 'd5', 'Ibadan')"_s));
    QVERIFY(query.exec(u"UPDATE sessions SET ended_at = CASE WHEN id = 's3' THEN now() END, "
                       "end_reason = CASE WHEN id = 's3' THEN 'admin_logout' END, "
                       "city = CASE WHEN id = 's4' THEN 'Jos' ELSE city END WHERE id IN ('s3', 's4')"_s));
    QCOMPARE(scalar(u"SELECT open_sessions || '|' || devices || '|' || last_city FROM user_stats "
                    "WHERE user_id = 'u2'"_s)
                 .toString(),
             u"1|1|Jos"_s);
    QVERIFY(query.exec(u"UPDATE sessions SET ended_at = now(), end_reason = 'admin_logout_all' "
                       "WHERE ended_at IS NULL"_s));
    QCOMPARE(
        scalar(u"SELECT string_agg(user_id || ':' || open_sessions || '|' || devices || '|' || last_city, "
               "' ' ORDER BY user_id) FROM user_stats"_s)
            .toString(),
        u"u1:0|0|Ibadan u2:0|0|Jos"_s);
    QCOMPARE(scalar(drift).toInt(), 0);
}

// Version 7 finds expired sessions from a watermark and lets Log Out All keep the figures itself:
// a session written already expired is marked at once, one that expires later is marked by the
// next check, and after Log Out All every figure equals what the sessions say.
void tst_Postgres::expiredSessionsAreMarkedAndLogoutAllKeepsFigures()
{
    storeWithOperators();
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"INSERT INTO users (id, email, display_name, role, created_at) VALUES "
                       "('u4', 'd@x', 'D', 'service', now()), ('u5', 'e@x', 'E', 'member', now())"_s));
    QVERIFY(query.exec(
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id) VALUES "
        "('old', 'u1', now() - interval '2 days', now() - interval '2 days', now() - interval '1 day', "
        "'d9'), "
        "('soon', 'u1', now(), now(), clock_timestamp() + interval '1 second', 'd8'), "
        "('svc', 'u4', now(), now(), now() + interval '1 day', 'd7'), "
        "('kept', 'u5', now(), now(), now() + interval '1 day', 'd6')"_s));
    QCOMPARE(scalar(u"SELECT end_reason || '|' || (ended_at = expires_at) FROM sessions WHERE id = 'old'"_s)
                 .toString(),
             u"expired|true"_s);
    QVERIFY(query.exec(u"UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE id = 's3'"_s));
    QCOMPARE(scalar(u"SELECT end_reason FROM sessions WHERE id = 's3'"_s).toString(), u"expired"_s);
    QCOMPARE(scalar(u"SELECT open_sessions FROM user_stats WHERE user_id = 'u2'"_s).toInt(), 0);
    // The check marks nothing before the expiry; the session expires unmarked meanwhile.
    QCOMPARE(as(u"t_auditor"_s, u"SELECT sessiondesk_expire_sessions()"_s), QString());
    QVERIFY(scalar(u"SELECT ended_at IS NULL FROM sessions WHERE id = 'soon'"_s).toBool());
    QTest::qWait(1200);
    QCOMPARE(
        scalar(u"SELECT open_sessions || '|' || devices FROM user_stats WHERE user_id = 'u1'"_s).toString(),
        u"3|3"_s);

    // Log Out All sparing the service role and one user marks the expired session first and ends
    // the others; the figures of those it logged out are cleared, those it spared keep theirs.
    QCOMPARE(as(u"t_admin"_s, u"SELECT sessiondesk_logout_all('{\"excludedRoles\": [\"service\"], "
                              "\"keptUsers\": [\"u5\"]}', 'incident', NULL, 'anna', 'pc')"_s),
             QString());
    QCOMPARE(
        scalar(u"SELECT string_agg(id || ':' || coalesce(end_reason, 'open'), ' ' ORDER BY id) "
               "FROM sessions"_s)
            .toString(),
        u"kept:open old:expired s1:admin_logout_all s2:admin_logout_all s3:expired soon:expired svc:open"_s);
    QCOMPARE(scalar(u"SELECT string_agg(user_id || ':' || open_sessions || '|' || devices, ' ' "
                    "ORDER BY user_id) FROM user_stats"_s)
                 .toString(),
             u"u1:0|0 u2:0|0 u3:0|0 u4:1|1 u5:1|1"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM user_stats s JOIN user_stats_source v USING (user_id) "
                    "WHERE s IS DISTINCT FROM v"_s)
                 .toInt(),
             0);
    QCOMPARE(scalar(u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(), 3);
    QCOMPARE(
        scalar(u"SELECT new_value::json ->> 'users' FROM audit_log WHERE action = 'logout_all'"_s).toString(),
        u"1"_s);
    // The figures trigger works again for the next statement of the same transaction's kind.
    QVERIFY(
        query.exec(u"UPDATE sessions SET ended_at = now(), end_reason = 'admin_logout' WHERE id = 'svc'"_s));
    QCOMPARE(scalar(u"SELECT open_sessions FROM user_stats WHERE user_id = 'u4'"_s).toInt(), 0);
}

// Version 8 keeps the numbers of users by status, as changes that each statement adds and the
// consoles fold; the Users page's totals are read there, unless it searches.
void tst_Postgres::usersAreCountedByStatus()
{
    storeWithOperators(); // u1 and u2 active, u3 frozen
    const QString byStatus = u"SELECT coalesce(string_agg(status || ':' || removed || ':' || users, ' ' "
                             "ORDER BY status, removed), '') FROM (%1) c"_s;
    const auto kept = [&] {
        return scalar(byStatus.arg(u"SELECT status, removed, sum(users) AS users FROM user_counts "
                                   "GROUP BY 1, 2 HAVING sum(users) <> 0"_s))
            .toString();
    };
    const auto counted = [&] {
        return scalar(byStatus.arg(u"SELECT status, removed_at IS NOT NULL AS removed, count(*) AS users "
                                   "FROM users GROUP BY 1, 2"_s))
            .toString();
    };
    QCOMPARE(kept(), u"active:false:2 frozen:false:1"_s);

    // Every way a user comes, changes and goes.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"INSERT INTO users (id, email, display_name, created_at) SELECT 'n' || i, "
                       "'n' || i || '@x', 'N', now() FROM generate_series(1, 20) i"_s));
    QVERIFY(query.exec(u"UPDATE users SET status = 'deactivated' WHERE id IN ('n1', 'n2', 'n3')"_s));
    QVERIFY(query.exec(u"UPDATE users SET removed_at = now() WHERE id IN ('n3', 'n4')"_s));
    QVERIFY(query.exec(u"UPDATE users SET removed_at = NULL WHERE id = 'n4'"_s));
    QVERIFY(query.exec(u"DELETE FROM users WHERE id IN ('n5', 'n6')"_s));
    QCOMPARE(as(u"t_admin"_s, u"SELECT sessiondesk_freeze_user('u1', 'Stolen', '', 'anna', 'pc')"_s),
             QString());
    QCOMPARE(kept(), counted());
    QCOMPARE(kept(), u"active:false:16 deactivated:false:2 deactivated:true:1 frozen:false:2"_s);
    // Changes of other columns, even of every user at once, add nothing.
    const int changes = scalar(u"SELECT count(*) FROM user_counts"_s).toInt();
    QVERIFY(query.exec(u"UPDATE users SET display_name = display_name || '.', status = status"_s));
    QCOMPARE(as(u"t_admin"_s, u"SELECT sessiondesk_logout_all('{}', 'incident', NULL, 'anna', 'pc')"_s),
             QString());
    QCOMPARE(scalar(u"SELECT count(*) FROM user_counts"_s).toInt(), changes);
    QVERIFY(changes > 16);

    // A console's housekeeping folds the changes, one row per status, and reads its totals there.
    auto console = consoleAs(u"t_auditor"_s);
    QVERIFY(TestStore::await(console->open()).ok());
    QCOMPARE(scalar(u"SELECT count(*) FROM user_counts"_s).toInt(), 4);
    QCOMPARE(kept(), counted());
    QVERIFY(query.exec(u"DELETE FROM user_counts WHERE status = 'active'"_s)); // as the store's owner
    QCOMPARE(TestStore::await(console->users(UserQuery())).value().total, 4);
    UserQuery frozen;
    frozen.status = UserStatus::Frozen;
    QCOMPARE(TestStore::await(console->users(frozen)).value().total, 2);
    UserQuery named;
    named.text = u"n1"_s; // a search counts the matching users themselves
    QCOMPARE(TestStore::await(console->users(named)).value().total, 11); // n1, n10 to n19
}

void tst_Postgres::auditTrailIsSealed()
{
    QVERIFY(migrated().isOpen());
    QSqlQuery query(m_db);
    const QString insert =
        u"INSERT INTO audit_log (id, at, operator, os_account, host, action, reason, outcome, "
        "prev_hash, hash) VALUES (1, now(), 'anna', 'anna', 'pc', 'logout_user', 'x', 'success', %1)"_s;
    QVERIFY(!query.exec(insert.arg(u"NULL, NULL"_s)));
    QVERIFY2(query.lastError().text().contains(u"audit entries are appended with their hash chain"_s),
             qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(insert.arg(u"repeat('0', 64), 'abc'"_s)), qPrintable(query.lastError().text()));
    QVERIFY(!query.exec(u"UPDATE audit_log SET reason = 'nothing happened'"_s));
    QVERIFY(query.lastError().text().contains(u"audit entries cannot be changed"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QVERIFY(query.lastError().text().contains(u"audit entries cannot be removed"_s));
    QVERIFY(!query.exec(u"TRUNCATE audit_log"_s));
    QCOMPARE(scalar(u"SELECT reason FROM audit_log"_s).toString(), u"x"_s);
}

void tst_Postgres::refusesADatabaseThatIsNoStore()
{
    auto opened = server(m_database).open(u"store"_s, m_password);
    QVERIFY(opened.ok());
    m_db = opened.value();
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"CREATE TABLE invoices (id INTEGER)"_s));
    const auto outcome = StoreMigrator(u":/sql/postgresql"_s).migrate(m_db, true, SqlTransaction(1, 0));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, SourceError::Code::NotAStore);
    QCOMPARE(m_db.tables(), QStringList{u"invoices"_s});
}

void tst_Postgres::storeWithOperators()
{
    QVERIFY(migrated().isOpen());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u1', 'a@x', 'A', now()), "
        "('u2', 'b@x', 'B', now())"_s));
    QVERIFY(query.exec(u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES "
                       "('s1', 'u1', now(), now(), now() + interval '1 day'), "
                       "('s2', 'u1', now(), now(), now() + interval '1 day'), "
                       "('s3', 'u2', now(), now(), now() + interval '1 day')"_s));
    QVERIFY(query.exec(u"INSERT INTO users (id, email, display_name, status, created_at) VALUES "
                       "('u3', 'c@x', 'C', 'frozen', now())"_s));
    QVERIFY(query.exec(
        u"INSERT INTO flags (id, user_id, rule, severity, explanation, evidence, evidence_key, "
        "first_seen, last_seen) VALUES (1, 'u1', 'device_spread', 'medium', 'x', '{}', 'k', now(), "
        "now()), (2, 'u3', 'new_country', 'low', 'y', '{}', 'k2', now(), now())"_s));
    QVERIFY(query.exec(u"UPDATE flags SET status = 'frozen' WHERE id = 2"_s));
    QVERIFY(
        query.exec(u"INSERT INTO planned_logouts (run_at, message, reason, scope, created_at, created_by, "
                   "created_by_account) VALUES (now() - interval '1 minute', 'Maintenance', 'Update', "
                   "'{}', now() - interval '1 day', 't_admin', 'anna')"_s));
    QSqlQuery admin(m_admin);
    for (const QString &role : {u"admin"_s, u"support"_s, u"auditor"_s})
        QVERIFY(admin.exec(u"GRANT sessiondesk_%1 TO t_%1"_s.arg(role)));
}

QString tst_Postgres::as(const QString &login, const QString &sql)
{
    PgConnection connection = server(m_database);
    connection.user = login;
    QString error; // stays empty when the statement succeeds
    {
        const auto opened = connection.open(u"as"_s, m_password);
        if (!opened.ok()) {
            error = opened.error().text;
        } else {
            QSqlQuery query(opened.value());
            if (!query.exec(sql))
                error = query.lastError().databaseText().simplified();
        }
    }
    QSqlDatabase::removeDatabase(u"as"_s);
    return error;
}

QList<AuditEntry> tst_Postgres::auditEntries(const QSqlDatabase &db)
{
    // Read as SessionDesk reads the trail.
    QSqlQuery query(db);
    query.exec(u"SELECT "_s + SqlRows::auditColumns() + u" FROM audit_log a ORDER BY a.id"_s);
    StringPool pool;
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(SqlRows::auditEntryFrom(query, pool));
    return entries;
}

void tst_Postgres::rolesAreEnforcedByTheDatabase_data()
{
    // The roles (docs/store-contract.md) as the database enforces it for anyone with psql: what each login
    // may do, through the store's functions or directly in SQL.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("allowed"); // the logins that may, of t_admin t_support t_auditor t_none
    QTest::newRow("read users") << u"SELECT count(*) FROM users"_s << u"admin support auditor"_s;
    QTest::newRow("read the audit trail")
        << u"SELECT count(*) FROM audit_log"_s << u"admin support auditor"_s;
    QTest::newRow("log a user out")
        << u"SELECT sessiondesk_logout_user('u1', 'Lost phone', 'INC-1', 'anna', 'pc')"_s
        << u"admin support"_s;
    QTest::newRow("end a session")
        << u"SELECT sessiondesk_end_session('s3', 'Suspicious', '', 'anna', 'pc')"_s << u"admin support"_s;
    QTest::newRow("log out all users")
        << u"SELECT sessiondesk_logout_all('{\"revokeTokens\": true}', 'Incident', '', 'anna', 'pc')"_s
        << u"admin"_s;
    QTest::newRow("change a setting")
        << u"SELECT sessiondesk_set_settings('{\"global_logout\": \"on\"}', 'Policy', '', 'anna', 'pc')"_s
        << u"admin"_s;
    QTest::newRow("add a user")
        << u"SELECT sessiondesk_add_user('new@x.example', 'New', '', 'Hire', '', 'anna', 'pc')"_s
        << u"admin"_s;
    QTest::newRow("deactivate a user")
        << u"SELECT sessiondesk_deactivate_user('u2', 'Left', '', 'anna', 'pc')"_s << u"admin"_s;
    QTest::newRow("set a user's role")
        << u"SELECT sessiondesk_set_user_role('u2', 'billing', 'Moved', '', 'anna', 'pc')"_s << u"admin"_s;
    QTest::newRow("record a detection scan")
        << u"SELECT sessiondesk_record_scan('[]', 0, 'x', 'anna', 'pc')"_s << u"admin support"_s;
    QTest::newRow("fold the numbers of users")
        << u"SELECT sessiondesk_fold_user_counts()"_s << u"admin support auditor"_s;
    QTest::newRow("change the numbers of users directly")
        << u"INSERT INTO user_counts VALUES ('active', false, 1000)"_s << QString();
    QTest::newRow("freeze without the role check")
        << u"SELECT sessiondesk_freeze('u2', 'x', '', 'anna', 'pc')"_s << QString();
    QTest::newRow("end sessions directly") << u"UPDATE sessions SET ended_at = now()"_s << QString();
    QTest::newRow("change a setting directly") << u"UPDATE settings SET value = 'on'"_s << QString();
    QTest::newRow("write the audit trail directly")
        << u"INSERT INTO audit_log (id, at, operator, os_account, host, action, reason, outcome, prev_hash, "
           u"hash) "
           "VALUES (99, now(), 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x')"_s
        << QString();
    QTest::newRow("rewrite the audit trail") << u"UPDATE audit_log SET reason = 'nothing'"_s << QString();
    QTest::newRow("delete the audit trail") << u"DELETE FROM audit_log"_s << QString();
    QTest::newRow("append to the chain without an action")
        << u"SELECT sessiondesk_append_audit('logout_all', NULL, NULL, 0, 'x', NULL, 'x', 'x', NULL, NULL)"_s
        << QString();
    QTest::newRow("append to the chain as someone else")
        << u"SELECT sessiondesk_append_audit_as('t_admin', 'logout_all', NULL, NULL, 0, 'x', NULL, 'x', 'x', "
           "NULL, NULL)"_s
        << QString();
    QTest::newRow("end every session without the role check")
        << u"SELECT sessiondesk_end_all_sessions('{}', 'x', NULL)"_s << QString();
    QTest::newRow("plan a logout of all users")
        << u"SELECT sessiondesk_plan_logout_all('{}', now() + interval '1 day', 'Maintenance', 'Update', '', "
           "'anna', 'pc')"_s
        << u"admin"_s;
    QTest::newRow("cancel a planned logout")
        << u"SELECT sessiondesk_cancel_planned_logout(1, 'Postponed', '', 'anna', 'pc')"_s << u"admin"_s;
    // Due, planned by an administrator: any operator's console runs it, as the planner.
    QTest::newRow("run a planned logout that is due")
        << u"SELECT sessiondesk_run_planned_logout(1, 'anna', 'pc')"_s << u"admin support auditor"_s;
}

void tst_Postgres::rolesAreEnforcedByTheDatabase()
{
    QFETCH(QString, sql);
    QFETCH(QString, allowed);
    for (const QString &role : {u"admin"_s, u"support"_s, u"auditor"_s, u"none"_s}) {
        freshDatabase(); // each login tries it on the store as it was
        storeWithOperators();
        const QString error = as(u"t_"_s + role, sql);
        const bool may = allowed.split(u' ').contains(role);
        QVERIFY2(error.isEmpty() == may,
                 qPrintable(u"%1: %2"_s.arg(role, error.isEmpty() ? u"succeeded"_s : error)));
        if (!may)
            QVERIFY2(error.contains(u"permission denied"_s) || error.contains(u"read-only"_s) ||
                         error.contains(u"Only administrators"_s) || error.contains(u"auditors look"_s),
                     qPrintable(error));
    }
    // Refused attempts left the trail and the sessions as the allowed ones made them.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM audit_log WHERE operator NOT IN ('t_admin', 't_support')"_s).toInt(),
        0);
}

void tst_Postgres::actionsAuditInTheChainTheConsoleVerifies()
{
    storeWithOperators();
    QCOMPARE(
        as(u"t_support"_s, u"SELECT sessiondesk_logout_user('u1', 'Lost phone', 'INC-1', 'anna', 'pc-7')"_s),
        QString());
    QCOMPARE(as(u"t_support"_s,
                u"SELECT sessiondesk_end_session('s3', 'Suspicious sign-in', '', 'anna', 'pc-7')"_s),
             QString());
    QCOMPARE(as(u"t_admin"_s,
                u"SELECT sessiondesk_set_settings('{\"global_logout\": \"on\"}', 'Policy 2026', 'CHG-9', "
                "'ben', 'pc-2')"_s),
             QString());
    QVERIFY(as(u"t_support"_s, u"SELECT sessiondesk_logout_user('u1', '  ', '', 'anna', 'pc-7')"_s)
                .contains(u"A reason is required"_s));
    // Freezing moves the user's open flag to frozen, recorded; unfreezing another reopens theirs.
    QCOMPARE(as(u"t_support"_s, u"SELECT sessiondesk_freeze_user('u1', 'Fraud', '', 'anna', 'pc-7')"_s),
             QString());
    QCOMPARE(as(u"t_support"_s, u"SELECT sessiondesk_unfreeze_user('u3', 'Cleared', '', 'anna', 'pc-7')"_s),
             QString());
    QVERIFY(as(u"t_support"_s, u"SELECT sessiondesk_freeze_user('u1', 'Again', '', 'anna', 'pc-7')"_s)
                .contains(u"The account is frozen, not active"_s));
    QCOMPARE(scalar(u"SELECT string_agg(status, ',' ORDER BY id) FROM flags"_s).toString(), u"frozen,open"_s);
    QCOMPARE(scalar(u"SELECT string_agg(from_status || '>' || to_status || ':' || operator, ',' ORDER BY id) "
                    "FROM flag_transitions"_s)
                 .toString(),
             u"open>frozen:t_support,frozen>open:t_support"_s);
    QCOMPARE(scalar(u"SELECT status || '|' || status_reason FROM users WHERE id = 'u1'"_s).toString(),
             u"frozen|Fraud"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT value FROM settings WHERE key = 'global_logout'"_s).toString(), u"on"_s);

    // The entries PL/pgSQL chained are the ones SessionDesk's own verifier accepts.
    QList<AuditEntry> entries = auditEntries(m_db);
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).operatorId, u"t_support"_s);
    QCOMPARE(entries.at(0).count, 2);
    QCOMPARE(entries.at(0).ticket, u"INC-1"_s);
    QCOMPARE(entries.at(1).targetSession, u"s3"_s);
    QCOMPARE(entries.at(2).oldValue, uR"({"global_logout":"off"})"_s);
    AuditChain::Verifier verifier;
    for (const AuditEntry &entry : std::as_const(entries))
        QVERIFY2(verifier.add(entry), qPrintable(verifier.problem()));
    QVERIFY(verifier.intact());
    QCOMPARE(verifier.headHash(), entries.last().hash);

    // Someone with the owner's rights edits an entry: the verifier names it.
    QSqlQuery owner(m_db);
    QVERIFY(owner.exec(u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_sealed"_s));
    QVERIFY(owner.exec(u"UPDATE audit_log SET reason = 'Routine' WHERE id = 2"_s));
    AuditChain::Verifier tampered;
    for (const AuditEntry &entry : auditEntries(m_db)) {
        if (!tampered.add(entry))
            break;
    }
    QCOMPARE(tampered.firstBadId(), qint64(2));
}

void tst_Postgres::cliInitializesAndUpgrades()
{
    // The password comes from PGPASSFILE (libpq's own file, readable by its owner only), never
    // from the command line.
    const QString passfile = m_dir.filePath(u"pgpass"_s);
    const auto writePassfile = [&](const QString &password) {
        QFile file(passfile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(u"127.0.0.1:%1:*:*:%2\n"_s.arg(m_port).arg(password).toUtf8());
    };
    const auto cli = [&](const QString &login, const QStringList &command) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSFILE"_s, passfile);
        process.setProcessEnvironment(env);
        process.start(
            QStringLiteral(SESSIONDESK_CLI),
            QStringList{u"--connect"_s,
                        u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(login).arg(m_port).arg(m_database)} +
                command);
        process.waitForFinished(60'000);
        return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    writePassfile(m_password);
    const QString url = u"postgresql://tester@127.0.0.1:%1/%2"_s.arg(m_port).arg(m_database);
    auto [code, out, err] = cli(u"tester"_s, {u"store"_s, u"migrate"_s});
    QCOMPARE(code, 0);
    QCOMPARE(out, u"Upgraded the PostgreSQL store %1 from schema version 0 to %2.\n"_s.arg(url).arg(
                      StoreMigrator(u":/sql/postgresql"_s).latestVersion()));
    std::tie(code, out, err) = cli(u"tester"_s, {u"store"_s, u"migrate"_s});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"already; nothing to do"_s), qPrintable(out));

    // Support may not; nor may anyone with the wrong password; other commands wait for the source.
    QSqlQuery admin(m_admin);
    QVERIFY(admin.exec(u"GRANT sessiondesk_support TO t_support"_s));
    std::tie(code, out, err) = cli(u"t_support"_s, {u"store"_s, u"migrate"_s});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"Only the database's owner or a member of sessiondesk_admin"_s), qPrintable(err));
    writePassfile(u"wrong"_s);
    std::tie(code, out, err) = cli(u"tester"_s, {u"store"_s, u"migrate"_s});
    QCOMPARE(code, 4); // refused credentials: not permitted, as on every source
    QVERIFY2(err.contains(u"password authentication failed for user \"tester\""_s), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1); // one sentence, not the driver's lines besides
    std::tie(code, out, err) = cli(u"tester"_s, {u"users"_s, u"list"_s});
    QCOMPARE(code, 4);
    QCOMPARE(out, QString());

    // The other commands work on the store too, with the role the database gives the login.
    writePassfile(m_password);
    std::tie(code, out, err) = cli(u"t_support"_s, {u"users"_s, u"list"_s});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(u"NAME"_s), qPrintable(out + err));
    std::tie(code, out, err) =
        cli(u"t_support"_s, {u"logout-all"_s, u"--reason"_s, u"Incident"_s, u"--yes"_s});
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"Only administrators can log out all users."_s), qPrintable(err));

    // The demo's simulated application writes as the login it is given: the database refuses an
    // operator's, and lets the store's owner (an administrator here too, to open the store).
    QCOMPARE(as(u"tester"_s, u"INSERT INTO users (id, email, display_name, created_at) VALUES "
                             "('u1', 'a@x', 'A', now()), ('u2', 'b@x', 'B', now())"_s),
             QString());
    const QStringList simulate{u"demo"_s, u"simulate"_s, u"--seconds"_s, u"2"_s, u"--interval"_s, u"50"_s};
    std::tie(code, out, err) = cli(u"t_support"_s, simulate);
    QCOMPARE(code, 4);
    QVERIFY2(err.contains(u"The database does not allow this to your login (no permission for "_s),
             qPrintable(err));
    auto opened = server(m_database).open(u"store"_s, m_password);
    QVERIFY(opened.ok());
    m_db = opened.value();
    QCOMPARE(scalar(u"SELECT count(*) FROM login_events"_s).toInt(), 0);
    QVERIFY(admin.exec(u"GRANT sessiondesk_admin TO tester"_s));
    const auto revoke = qScopeGuard([&] { admin.exec(u"REVOKE sessiondesk_admin FROM tester"_s); });
    std::tie(code, out, err) = cli(u"tester"_s, simulate);
    QVERIFY2(code == 0 && out.contains(u" signed in from "_s), qPrintable(out + err));
    QVERIFY(scalar(u"SELECT count(*) FROM login_events"_s).toInt() > 0);
}

void tst_Postgres::consoleInitializesTheStore()
{
    // The console opens an empty database: it is told what to do, a support login may not do it,
    // the owner may, and the store then opens as usual.
    QSqlQuery admin(m_admin);
    // The roles are the cluster's; an earlier store may have created them already.
    for (const QString &role : {u"sessiondesk_admin"_s, u"sessiondesk_support"_s}) {
        QVERIFY(admin.exec(u"SELECT count(*) FROM pg_roles WHERE rolname = '%1'"_s.arg(role)) &&
                admin.next());
        if (admin.value(0).toInt() == 0)
            QVERIFY(admin.exec(u"CREATE ROLE %1 NOLOGIN"_s.arg(role)));
    }
    QVERIFY(admin.exec(u"GRANT sessiondesk_support TO t_support"_s));
    auto support = consoleAs(u"t_support"_s);
    auto opened = TestStore::await(support->open());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::OlderSchema);
    QVERIFY2(opened.error().text.startsWith(u"The database holds no SessionDesk store yet. An administrator "
                                            "applies it with Initialize / Upgrade Store"_s),
             qPrintable(opened.error().text));
    opened = TestStore::await(support->upgradeStore());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, SourceError::Code::PermissionDenied);
    QCOMPARE(opened.error().text,
             u"Only the database's owner or a member of sessiondesk_admin can initialize "
             "or upgrade the store; t_support is neither."_s);

    auto owner = consoleAs(u"tester"_s);
    QCOMPARE(TestStore::await(owner->open()).error().code, SourceError::Code::OlderSchema);
    QVERIFY(admin.exec(u"GRANT sessiondesk_admin TO tester"_s));
    const auto revoke = qScopeGuard([&] { admin.exec(u"REVOKE sessiondesk_admin FROM tester"_s); });
    opened = TestStore::await(owner->upgradeStore());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text));
    QCOMPARE(opened.value().schemaVersion, StoreMigrator(u":/sql/postgresql"_s).latestVersion());
    QCOMPARE(owner->currentOperator().role, Role::Administrator);
    const auto users = TestStore::await(owner->users(UserQuery()));
    QVERIFY(users.ok());
    QCOMPARE(users.value().total, 0);
    // Now it is a store, the support login opens it.
    QVERIFY(TestStore::await(support->open()).ok());
}

void tst_Postgres::operatorsAreTheStoresRoles()
{
    storeWithOperators();
    const auto consoleOf = [&](const QString &login) {
        auto source = consoleAs(login);
        if (!TestStore::await(source->open()).ok())
            qFatal("cannot open the store as %s", qPrintable(login));
        return source;
    };
    auto admin = consoleOf(u"t_admin"_s);
    QVERIFY(admin->capabilities().has(Capabilities::Capability::ManageOperators));
    QCOMPARE(admin->operatorAccounts(),
             SessionSource::OperatorAccounts::DatabaseLogins); // the panel says "Database login"
    const auto roleOf = [&](const QString &login) {
        return scalar(u"SELECT sessiondesk_operator_role(?)"_s, {login}).toString();
    };
    QVERIFY(
        TestStore::await(admin->saveOperator(u"t_none"_s, Role::Support, TestStore::context(u"New hire"_s)))
            .ok());
    QCOMPARE(roleOf(u"t_none"_s), u"support"_s);
    QVERIFY(TestStore::await(admin->saveOperator(u"t_none"_s, Role::Auditor, TestStore::context(u"Moved"_s)))
                .ok());
    QCOMPARE(roleOf(u"t_none"_s), u"auditor"_s);
    QCOMPARE(TestStore::column(
                 m_db, u"SELECT action || ' ' || coalesce(old_value, '-') || ' ' || new_value || ' ' || "
                       "operator || ' ' || reason FROM audit_log ORDER BY id"_s),
             QStringList({u"operator_set {\"account\":\"t_none\",\"role\":null} "
                          "{\"account\":\"t_none\",\"role\":\"support\"} t_admin New hire"_s,
                          u"operator_set {\"account\":\"t_none\",\"role\":\"support\"} "
                          "{\"account\":\"t_none\",\"role\":\"auditor\"} t_admin Moved"_s}));
    // The operators list is the store's roles.
    const auto listed = TestStore::await(admin->operators());
    QVERIFY(listed.ok());
    QStringList accounts;
    for (const OperatorAccount &account : listed.value()) {
        if (account.osAccount.startsWith(u"t_"_s)) // the roles are the cluster's: other tests' logins too
            accounts << account.osAccount + u'=' + Operator::roleKey(account.role);
        // Who gave the role and when: from the trail for roles given through SessionDesk.
        if (account.osAccount == u"t_none") {
            QCOMPARE(account.addedBy, u"t_admin"_s);
            QVERIFY(qAbs(account.addedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
    }
    QCOMPARE(accounts, QStringList({u"t_admin=administrator"_s, u"t_auditor=auditor"_s, u"t_none=auditor"_s,
                                    u"t_support=support"_s}));

    QCOMPARE(
        TestStore::await(admin->saveOperator(u"t_none"_s, Role::Auditor, TestStore::context())).error().code,
        SourceError::Code::Conflict);
    const auto stranger =
        TestStore::await(admin->saveOperator(u"nobody"_s, Role::Auditor, TestStore::context()));
    QCOMPARE(stranger.error().code, SourceError::Code::InvalidInput);
    QCOMPARE(stranger.error().text, u"nobody is not a login of this database server."_s);
    QCOMPARE(TestStore::await(admin->saveOperator(u"t_none"_s, Role::Support, TestStore::context(u" "_s)))
                 .error()
                 .code,
             SourceError::Code::InvalidInput);
    QVERIFY(TestStore::await(admin->removeOperator(u"t_none"_s, TestStore::context(u"Left"_s))).ok());
    QVERIFY(roleOf(u"t_none"_s).isEmpty());
    QCOMPARE(TestStore::await(admin->removeOperator(u"t_none"_s, TestStore::context())).error().code,
             SourceError::Code::NotFound);
    // The last administrator keeps the role (the roles are the cluster's: earlier tests' logins
    // lose theirs first).
    QSqlQuery others(m_admin);
    QVERIFY(others.exec(u"SELECT m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
                        "JOIN pg_roles m ON m.oid = a.member WHERE r.rolname = 'sessiondesk_admin' "
                        "AND m.rolname <> 't_admin'"_s));
    QStringList otherAdmins;
    while (others.next())
        otherAdmins << others.value(0).toString();
    for (const QString &login : std::as_const(otherAdmins))
        QVERIFY(others.exec(u"REVOKE sessiondesk_admin FROM \"%1\""_s.arg(login)));
    const auto demote =
        TestStore::await(admin->saveOperator(u"t_admin"_s, Role::Support, TestStore::context()));
    QCOMPARE(demote.error().code, SourceError::Code::Conflict);
    QCOMPARE(
        demote.error().text,
        u"t_admin is the last administrator of this store; make another operator administrator first."_s);
    QCOMPARE(TestStore::await(admin->removeOperator(u"t_admin"_s, TestStore::context())).error().code,
             SourceError::Code::Conflict);

    // Support may not, in the console or in psql.
    auto support = consoleOf(u"t_support"_s);
    QVERIFY(!support->capabilities().has(Capabilities::Capability::ManageOperators));
    QCOMPARE(TestStore::await(support->saveOperator(u"t_none"_s, Role::Administrator, TestStore::context()))
                 .error()
                 .code,
             SourceError::Code::PermissionDenied);
    QVERIFY2(as(u"t_support"_s,
                u"SELECT sessiondesk_set_operator('t_support', 'administrator', 'x', '', 'a', "
                "'pc')"_s)
                 .contains(u"Only administrators can change the operators."_s),
             "support granted itself administrator");
    // (PostgreSQL 15: "must have admin option on role").
    QVERIFY2(!as(u"t_support"_s, u"GRANT sessiondesk_admin TO t_support"_s).isEmpty(),
             "support granted itself administrator");
    QCOMPARE(roleOf(u"t_support"_s), u"support"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 3);

    // Found by trying: with another administrator there, an administrator could not remove
    // themselves ("no permission for audit_log": the entry was read back after the role was gone).
    QVERIFY(others.exec(u"GRANT sessiondesk_admin TO t_none"_s));
    const auto left =
        TestStore::await(admin->removeOperator(u"t_admin"_s, TestStore::context(u"Handover"_s)));
    QVERIFY2(left.ok(), qPrintable(left.ok() ? QString() : left.error().text));
    QVERIFY(left.value().auditEntryId > 0);
    QVERIFY(roleOf(u"t_admin"_s).isEmpty());
    QCOMPARE(
        scalar(u"SELECT action || ' ' || operator || ' ' || reason FROM audit_log ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"operator_remove t_admin Handover"_s);
    QVERIFY(others.exec(u"GRANT sessiondesk_admin TO t_admin"_s));
    QVERIFY(others.exec(u"REVOKE sessiondesk_admin FROM t_none"_s));
}

void tst_Postgres::errorsSayWhatHappened()
{
    storeWithOperators();
    PgConnection connection = server(m_database);
    connection.user = u"t_support"_s;
    auto opened = connection.open(u"support"_s, m_password);
    QVERIFY(opened.ok());
    {
        QSqlDatabase db = opened.value();
        QSqlQuery query(db);
        const auto run = [&](const QString &sql) {
            const auto error = Sql::exec(query, sql);
            return error ? *error : SourceError{SourceError::Code::Failed, u"no error"_s, {}};
        };
        // The store's refusal for a role, the database's for what no role may call.
        SourceError error = run(u"SELECT sessiondesk_logout_all('{}', 'x', '', 'a', 'pc')"_s);
        QCOMPARE(error.code, SourceError::Code::PermissionDenied);
        QCOMPARE(error.text, u"Only administrators can log out all users."_s);
        error = run(u"SELECT sessiondesk_end_all_sessions('{}', 'x', NULL)"_s);
        QCOMPARE(error.code, SourceError::Code::PermissionDenied);
        QCOMPARE(error.text, u"The database does not allow this to your login (no permission for "
                             "sessiondesk_end_all_sessions)."_s);
        error = run(u"SELECT sessiondesk_logout_user('ghost', 'x', '', 'a', 'pc')"_s);
        QCOMPARE(error.code, SourceError::Code::NotFound);
        QCOMPARE(error.text, u"The user no longer exists."_s);
        error = run(u"SELECT sessiondesk_logout_user('u1', ' ', '', 'a', 'pc')"_s);
        QCOMPARE(error.code, SourceError::Code::InvalidInput);
        QCOMPARE(error.text, u"A reason is required: it is written to the audit trail."_s);
        QVERIFY(!Sql::exec(query, u"SET statement_timeout = '50ms'"_s));
        error = run(u"SELECT pg_sleep(2)"_s);
        QCOMPARE(error.code, SourceError::Code::Failed);
        QVERIFY2(error.text.contains(u"took longer than the server allows"_s), qPrintable(error.text));

        // The server ends the connection (an administrator, a restart): said as such.
        QVERIFY(!Sql::exec(query, u"RESET statement_timeout"_s));
        QSqlQuery kill(m_admin);
        QVERIFY(kill.exec(
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 't_support'"_s));
        error = run(u"SELECT count(*) FROM users"_s);
        QCOMPARE(error.code, SourceError::Code::Failed);
        QVERIFY2(error.text.startsWith(u"The connection to the PostgreSQL server was lost"_s),
                 qPrintable(error.text + u" | "_s + error.detail));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"support"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Postgres)
#include "tst_postgres.moc"
