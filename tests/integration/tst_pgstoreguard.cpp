#include "TestStore.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/StoreMigrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// One function of the store as the matrix calls it.
struct Call
{
    Call() = default;
    Call(const QString &sql_, const QString &allowed_ = {}, int audited_ = 0, const QString &effect_ = {},
         const QString &returns_ = {})
        : sql(sql_)
        , allowed(allowed_)
        , audited(audited_)
        , effect(effect_)
        , returns(returns_)
    {}
    QString sql;     // the call, as a login would type it in psql
    QString allowed; // the logins that may: of admin, support, auditor, none, app
    int audited = 0; // the audit entries an allowed call appends
    QString effect;  // SQL on the real tables: true once the documented work is done
    QString returns; // the call's first value, when it reads (empty: not checked)
};

// Every function of the store, by its signature as the catalog writes it. A function that a
// migration adds and this table lacks fails everyFunctionIsInTheMatrix.
const QHash<QString, Call> &calls()
{
    static const QHash<QString, Call> table{
        // Triggers, helpers and the chain's internals: nobody calls them directly.
        {u"sessiondesk_global_logout()"_s, {u"SELECT sessiondesk_global_logout()"_s}},
        {u"sessiondesk_audit_sealed()"_s, {u"SELECT sessiondesk_audit_sealed()"_s}},
        {u"sessiondesk_notify_change()"_s, {u"SELECT sessiondesk_notify_change()"_s}},
        {u"sessiondesk_users_add_stats()"_s, {u"SELECT sessiondesk_users_add_stats()"_s}},
        {u"sessiondesk_sessions_stats()"_s, {u"SELECT sessiondesk_sessions_stats()"_s}},
        {u"sessiondesk_flags_rank()"_s, {u"SELECT sessiondesk_flags_rank()"_s}},
        {u"sessiondesk_count_sign_ins()"_s, {u"SELECT sessiondesk_count_sign_ins()"_s}},
        {u"sessiondesk_end_expired()"_s, {u"SELECT sessiondesk_end_expired()"_s}},
        {u"sessiondesk_count_users()"_s, {u"SELECT sessiondesk_count_users()"_s}},
        {u"sessiondesk_recount_user()"_s, {u"SELECT sessiondesk_recount_user()"_s}},
        {u"sessiondesk_audit_field(text,text)"_s, {u"SELECT sessiondesk_audit_field('a', 'b')"_s}},
        {u"sessiondesk_now()"_s, {u"SELECT sessiondesk_now()"_s}},
        {u"sessiondesk_append_audit(text,text,text,integer,text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_append_audit('logout_all', NULL, NULL, 0, 'x', NULL, 'x', 'x', NULL, NULL)"_s}},
        {u"sessiondesk_append_audit_as(text,text,text,text,integer,text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_append_audit_as('g_admin', 'logout_all', NULL, NULL, 0, 'x', NULL, 'x', 'x', "
          "NULL, NULL)"_s}},
        {u"sessiondesk_append_audit_outcome(text,text,text,text,integer,text,text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_append_audit_outcome('g_admin', 'logout_all', NULL, NULL, 0, 'x', NULL, 'x', "
          u"'x', "
          "NULL, NULL, 'failed')"_s}},
        {u"sessiondesk_plan_failed(planned_logouts,text,text,text,text)"_s,
         {u"SELECT sessiondesk_plan_failed(NULL::public.planned_logouts, 'x', 'x', 'x', 'x')"_s}},
        {u"sessiondesk_require(text[],text)"_s, {u"SELECT sessiondesk_require(ARRAY['x'], 'no')"_s}},
        {u"sessiondesk_move_flags(text,text,text,text)"_s,
         {u"SELECT sessiondesk_move_flags('u1', 'open', 'resolved', 'x')"_s}},
        {u"sessiondesk_freeze(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_freeze('u2', 'x', '', 'anna', 'pc')"_s}},
        {u"sessiondesk_member(text)"_s, {u"SELECT sessiondesk_member('u1')"_s}},
        {u"sessiondesk_operator_role(text)"_s, {u"SELECT sessiondesk_operator_role('g_admin')"_s}},
        {u"sessiondesk_keep_an_administrator(text)"_s, {u"SELECT sessiondesk_keep_an_administrator('x')"_s}},
        {u"sessiondesk_revoke_store_roles(text)"_s, {u"SELECT sessiondesk_revoke_store_roles('g_admin')"_s}},
        {u"sessiondesk_operator_json(text,text)"_s, {u"SELECT sessiondesk_operator_json('a', 'b')"_s}},
        {u"sessiondesk_refresh_user_stats(text[])"_s,
         {u"SELECT sessiondesk_refresh_user_stats(ARRAY['u1'])"_s}},
        {u"sessiondesk_refresh_flag_ranks(text[])"_s,
         {u"SELECT sessiondesk_refresh_flag_ranks(ARRAY['u1'])"_s}},
        {u"sessiondesk_end_all_sessions(json,text,bigint)"_s,
         {u"SELECT sessiondesk_end_all_sessions('{}', 'x', NULL)"_s}},
        {u"sessiondesk_plan_json(planned_logouts)"_s,
         {u"SELECT sessiondesk_plan_json(p) FROM public.planned_logouts p"_s}},
        {u"sessiondesk_pending_plan(bigint)"_s, {u"SELECT sessiondesk_pending_plan(1)"_s}},
        {u"sessiondesk_is_database_owner()"_s, {u"SELECT sessiondesk_is_database_owner()"_s}},
        {u"sessiondesk_scope_refusal(json)"_s, {u"SELECT sessiondesk_scope_refusal('{}')"_s}},
        {u"sessiondesk_users_search_key()"_s, {u"SELECT sessiondesk_users_search_key()"_s}},
        // Folding text for searches is no secret: anyone may, and it reads no table.
        {u"sessiondesk_fold(text)"_s,
         {u"SELECT sessiondesk_fold('ÀNNA Öztürk ΣΟΦΊΑ')"_s, u"admin support auditor none app"_s, 0,
          QString(), u"anna ozturk σοφια"_s}},
        // So is reading an address: the sign-in history's index is on it.
        {u"sessiondesk_inet(text)"_s,
         {u"SELECT sessiondesk_inet('::ffff:10.20.5.5')"_s, u"admin support auditor none app"_s, 0, QString(),
          u"10.20.5.5"_s}},
        {u"sessiondesk_require_operator_manager()"_s, {u"SELECT sessiondesk_require_operator_manager()"_s}},
        {u"sessiondesk_setting(text)"_s, {u"SELECT sessiondesk_setting('device_spread_max')"_s}},
        {u"sessiondesk_iso(timestamp with time zone)"_s, {u"SELECT sessiondesk_iso(now())"_s}},
        {u"sessiondesk_seconds(timestamp with time zone,timestamp with time zone)"_s,
         {u"SELECT sessiondesk_seconds(now(), now())"_s}},
        {u"sessiondesk_km(double precision,double precision,double precision,double precision)"_s,
         {u"SELECT sessiondesk_km(0, 0, 1, 1)"_s}},
        {u"sessiondesk_event_json(login_events)"_s,
         {u"SELECT sessiondesk_event_json(e) FROM public.login_events e"_s}},
        {u"sessiondesk_supported_finding(text,text,jsonb,timestamp with time zone)"_s,
         {u"SELECT * FROM sessiondesk_supported_finding('u1', 'device_spread', '{}', now())"_s}},

        // Actions of administrators and support.
        {u"sessiondesk_logout_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_logout_user('u1', 'Lost phone', 'INC-1', 'anna', 'pc')"_s, u"admin support"_s,
          1,
          u"SELECT NOT EXISTS (SELECT FROM sessions WHERE user_id = 'u1' AND ended_at IS NULL) "
          "AND (SELECT tokens_not_before IS NOT NULL FROM users WHERE id = 'u1')"_s}},
        {u"sessiondesk_end_session(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_end_session('s3', 'Suspicious', '', 'anna', 'pc')"_s, u"admin support"_s, 1,
          u"SELECT ended_at IS NOT NULL AND end_reason = 'admin_logout' FROM sessions WHERE id = 's3'"_s}},
        {u"sessiondesk_freeze_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_freeze_user('u2', 'Suspicious', '', 'anna', 'pc')"_s, u"admin support"_s, 1,
          u"SELECT status = 'frozen' FROM users WHERE id = 'u2'"_s}},
        {u"sessiondesk_unfreeze_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_unfreeze_user('u3', 'Cleared', '', 'anna', 'pc')"_s, u"admin support"_s, 1,
          u"SELECT status = 'active' FROM users WHERE id = 'u3'"_s}},
        {u"sessiondesk_close_flag(bigint,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_close_flag(1, 'resolved', 'Checked', '', 'anna', 'pc')"_s, u"admin support"_s,
          1, u"SELECT status = 'resolved' FROM flags WHERE id = 1"_s}},
        {u"sessiondesk_record_scan(json,bigint,text,text,text)"_s,
         {u"SELECT sessiondesk_record_scan('[]', 999999999, 'x', 'anna', 'pc')"_s, u"admin support"_s, 0,
          u"SELECT last_login_event = (SELECT max(id) FROM login_events) FROM detection_state"_s}},

        // Of administrators only.
        {u"sessiondesk_logout_all(json,text,text,text,text)"_s,
         {u"SELECT sessiondesk_logout_all('{\"revokeTokens\": true}', 'Incident', '', 'anna', 'pc')"_s,
          u"admin"_s, 1, u"SELECT NOT EXISTS (SELECT FROM sessions WHERE ended_at IS NULL)"_s}},
        // Ends the sessions in France only (s3 of u2): u1's in Germany stay.
        {u"sessiondesk_end_matching(json,text,text,text,text)"_s,
         {u"SELECT sessiondesk_end_matching('{\"matching\": {\"country\": \"fr\"}}', 'Incident', '', 'anna', "
          "'pc')"_s,
          u"admin"_s, 1,
          u"SELECT (SELECT end_reason = 'admin_logout' FROM sessions WHERE id = 's3') "
          "AND (SELECT count(*) = 2 FROM sessions WHERE user_id = 'u1' AND ended_at IS NULL) "
          "AND (SELECT tokens_not_before IS NOT NULL FROM users WHERE id = 'u2') "
          "AND (SELECT tokens_not_before IS NULL FROM users WHERE id = 'u1')"_s}},
        {u"sessiondesk_set_settings(json,text,text,text,text)"_s,
         {u"SELECT sessiondesk_set_settings('{\"device_spread_max\": \"5\"}', 'Policy', '', 'anna', 'pc')"_s,
          u"admin"_s, 1, u"SELECT value = '5' FROM settings WHERE key = 'device_spread_max'"_s}},
        {u"sessiondesk_add_user(text,text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_add_user('new@x.example', 'New', '', 'Hire', '', 'anna', 'pc')"_s, u"admin"_s,
          1, u"SELECT EXISTS (SELECT FROM users WHERE email = 'new@x.example')"_s}},
        {u"sessiondesk_deactivate_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_deactivate_user('u2', 'Left', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT status = 'deactivated' FROM users WHERE id = 'u2'"_s}},
        {u"sessiondesk_reactivate_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_reactivate_user('u4', 'Back', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT status = 'active' FROM users WHERE id = 'u4'"_s}},
        {u"sessiondesk_remove_user(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_remove_user('u4', 'Gone', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT NOT EXISTS (SELECT FROM users WHERE id = 'u4' AND removed_at IS NULL)"_s}},
        {u"sessiondesk_set_user_role(text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_set_user_role('u2', 'billing', 'Moved', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT role = 'billing' FROM users WHERE id = 'u2'"_s}},
        {u"sessiondesk_set_operator(text,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_set_operator('g_none', 'auditor', 'New auditor', '', 'anna', 'pc')"_s,
          u"admin"_s, 1, u"SELECT pg_has_role('g_none', 'sessiondesk_auditor', 'MEMBER')"_s}},
        {u"sessiondesk_remove_operator(text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_remove_operator('g_auditor', 'Left', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT NOT pg_has_role('g_auditor', 'sessiondesk_auditor', 'MEMBER')"_s}},
        {u"sessiondesk_plan_logout_all(json,timestamp with time zone,text,text,text,text,text)"_s,
         {u"SELECT sessiondesk_plan_logout_all('{}', now() + interval '1 day', 'Maintenance', 'Update', '', "
          "'anna', 'pc')"_s,
          u"admin"_s, 1, u"SELECT count(*) = 2 FROM planned_logouts WHERE status = 'pending'"_s}},
        {u"sessiondesk_cancel_planned_logout(bigint,text,text,text,text)"_s,
         {u"SELECT sessiondesk_cancel_planned_logout(1, 'Postponed', '', 'anna', 'pc')"_s, u"admin"_s, 1,
          u"SELECT status = 'cancelled' FROM planned_logouts WHERE id = 1"_s}},

        // Of every operator: the trail's export, housekeeping, due plans, the figures.
        {u"sessiondesk_record_export(text,integer,text,text,text,text)"_s,
         {u"SELECT sessiondesk_record_export('csv', 3, 'Audit', '', 'anna', 'pc')"_s,
          u"admin support auditor"_s, 1,
          u"SELECT action = 'audit_export' FROM audit_log ORDER BY id DESC LIMIT 1"_s}},
        {u"sessiondesk_record_sign_ins_export(text,integer,text,text,text,text)"_s,
         {u"SELECT sessiondesk_record_sign_ins_export('csv', 3, 'Incident', '', 'anna', 'pc')"_s,
          u"admin support auditor"_s, 1,
          u"SELECT action = 'sign_ins_export' FROM audit_log ORDER BY id DESC LIMIT 1"_s}},
        {u"sessiondesk_expire_sessions()"_s,
         {u"SELECT sessiondesk_expire_sessions()"_s, u"admin support auditor"_s, 0,
          u"SELECT end_reason = 'expired' FROM sessions WHERE id = 's9'"_s}},
        {u"sessiondesk_purge_removed()"_s,
         {u"SELECT sessiondesk_purge_removed()"_s, u"admin support auditor"_s, 0,
          u"SELECT NOT EXISTS (SELECT FROM users WHERE id = 'u5')"_s}},
        {u"sessiondesk_fold_user_counts()"_s,
         {u"SELECT sessiondesk_fold_user_counts()"_s, u"admin support auditor"_s, 0,
          u"SELECT (SELECT sum(users) FROM user_counts WHERE NOT removed) = "
          "(SELECT count(*) FROM users WHERE removed_at IS NULL)"_s}},
        // Runs the real plan (planned by g_admin, reason "Update"), never a stand-in's.
        // The entry names the planner as its operator, and the OS account and host of the console
        // that ran it, as the plan does.
        {u"sessiondesk_run_planned_logout(bigint,text,text)"_s,
         {u"SELECT sessiondesk_run_planned_logout(1, 'runner', 'pc')"_s, u"admin support auditor"_s, 1,
          u"SELECT (SELECT status = 'done' AND ran_by LIKE '% (runner) on pc' FROM planned_logouts "
          "WHERE id = 1) AND (SELECT operator = 'g_admin' AND reason = 'Update' AND os_account = 'runner' "
          "AND host = 'pc' FROM audit_log ORDER BY id DESC LIMIT 1)"_s}},
        // Reads the real sessions: u1 has two open ones (a stand-in has three).
        {u"sessiondesk_user_stats(text[])"_s,
         {u"SELECT open_sessions FROM sessiondesk_user_stats(ARRAY['u1'])"_s, u"admin support auditor"_s, 0,
          QString(), u"2"_s}},
    };
    return table;
}

const QStringList logins{u"admin"_s, u"support"_s, u"auditor"_s, u"none"_s, u"app"_s};
const QStringList shadowings{u"plain"_s, u"pg_temp"_s, u"own schema"_s};

} // namespace

// The PostgreSQL store holds against its own logins. Every sessiondesk_* function of the schema,
// enumerated from the catalog, is called by every kind of login (administrator, support, auditor,
// a login with no store role, the application's role) on a plain connection, and again with a
// stand-in of every store table in pg_temp and in a schema of the login's own, each stand-in
// holding what would steer the function (a forged plan, automatic freezing on, an extra session,
// the figures trigger told to stand aside). Each call is either refused with the store's sentence,
// changing nothing, or does its documented work on the real tables, with its audit entry, and
// leaves the stand-ins as they were. Detection writes only what the store's own sign-ins and
// sessions support; the database's owner adds operators the audited way.
class tst_PgStoreGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFunctionIsInTheMatrix();
    void everyFunctionHasItsPathPinned();
    void noLoginCreatesObjectsOnTheFunctionsPath();
    void matrix_data();
    void matrix();
    void triggersReadTheRealTables();
    void detectionWritesOnlyWhatTheStoreSupports();
    void databaseOwnerAddsTheFirstAdministrator();

private:
    QSqlDatabase connect(const QString &name, const QString &database, const QString &user,
                         const QString &password) const;
    // A new database cloned from the template, and a connection to it as the superuser.
    void freshCase();
    // The store roles of the test's logins as initTestCase gave them.
    void resetMemberships();
    // A digest of every table of the schema, as db sees it.
    QString fingerprint(const QSqlDatabase &db, const QString &schema) const;
    static QString value(const QSqlDatabase &db, const QString &sql);
    // Stand-ins of every store table in schema (pg_temp or the login's own), filled with what the
    // login may read of the real ones and what would steer the store's functions.
    QString shadow(QSqlDatabase &db, const QString &schema) const;
    int cli(const QString &login, const QString &database, const QStringList &command, QString *out,
            QString *err) const;

    QString m_socketDir;
    int m_port = 0;
    QString m_password;
    QSqlDatabase m_super; // the cluster's superuser, on the postgres database
    QSqlDatabase m_case;  // the superuser on the current case's database
    QString m_caseName;
    bool m_caseDirty = true;
    int m_cases = 0;
    QStringList m_functions;                    // as the catalog lists them
    QHash<QString, QStringList> m_tableColumns; // table -> "column type" list
    QTemporaryDir m_dir;
};

QSqlDatabase tst_PgStoreGuard::connect(const QString &name, const QString &database, const QString &user,
                                       const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(password.isEmpty() ? m_socketDir : u"127.0.0.1"_s);
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    if (!db.open())
        qWarning() << "cannot connect as" << user << db.lastError().text();
    QSqlQuery(db).exec(u"SET client_min_messages = warning"_s);
    return db;
}

QString tst_PgStoreGuard::value(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return u"<error>"_s;
    }
    return query.next() ? query.value(0).toString() : QString();
}

void tst_PgStoreGuard::initTestCase()
{
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_PG"));
    QVERIFY2(info.open(QIODevice::ReadOnly),
             "the test command starts a PostgreSQL cluster (fixture postgres)");
    const QStringList parts = QString::fromUtf8(info.readAll()).simplified().split(u' ');
    QCOMPARE(parts.size(), 2);
    m_socketDir = parts.at(0);
    m_port = parts.at(1).toInt();
    m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
    m_super = connect(u"super"_s, u"postgres"_s, u"postgres"_s, QString());
    QVERIFY(m_super.isOpen());
    QSqlQuery query(m_super);
    // Revoking a role a login does not hold only warns; the test's output stays for failures.
    QVERIFY(query.exec(u"SET client_min_messages = error"_s));
    for (const QString &database :
         TestStore::column(m_super, u"SELECT datname FROM pg_database WHERE datname LIKE 'guard\\_%'"_s))
        QVERIFY(query.exec(u"DROP DATABASE %1"_s.arg(database)));
    for (const QString &login :
         {u"g_owner"_s, u"g_admin"_s, u"g_support"_s, u"g_auditor"_s, u"g_none"_s, u"g_app"_s}) {
        QVERIFY(query.exec(u"DROP ROLE IF EXISTS %1"_s.arg(login)));
        QVERIFY(query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, m_password)));
    }
    QVERIFY(query.exec(u"ALTER ROLE g_owner CREATEROLE"_s));
    QVERIFY(query.exec(u"CREATE DATABASE guard_template OWNER g_owner"_s));

    // The store, made by the product's migrations as the database's owner.
    {
        QSqlDatabase owner = connect(u"owner"_s, u"guard_template"_s, u"g_owner"_s, m_password);
        QVERIFY(owner.isOpen());
        const auto migrated = StoreMigrator(u":/sql/postgresql"_s).migrate(owner, true, SqlTransaction(1, 0));
        QVERIFY2(migrated.ok(),
                 migrated.ok() ? "" : qPrintable(migrated.error().text + migrated.error().detail));
        QSqlQuery store(owner);
        const QStringList seed{
            u"INSERT INTO users (id, email, display_name, role, status, created_at) VALUES "
            "('u1', 'a@x.example', 'A', 'member', 'active', now()), ('u2', 'b@x.example', 'B', 'member', "
            "'active', now()), "
            "('u3', 'c@x.example', 'C', 'member', 'frozen', now()), "
            "('u4', 'd@x.example', 'D', 'member', 'deactivated', now()), "
            "('u5', 'e@x.example', 'E', 'member', 'deactivated', now())"_s,
            u"UPDATE users SET removed_at = now() - interval '3650 days' WHERE id = 'u5'"_s,
            u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, device_id, country) "
            u"VALUES "
            "('s1', 'u1', now(), now(), now() + interval '1 day', 'd1', 'DE'), "
            "('s2', 'u1', now(), now(), now() + interval '1 day', 'd2', 'DE'), "
            "('s3', 'u2', now(), now(), now() + interval '1 day', 'd3', 'FR')"_s,
            // A session that expired without being marked (as before the expiry trigger).
            u"ALTER TABLE sessions DISABLE TRIGGER sessions_end_expired"_s,
            u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES "
            "('s9', 'u2', now() - interval '2 days', now() - interval '2 days', now() - interval '1 hour')"_s,
            u"ALTER TABLE sessions ENABLE TRIGGER sessions_end_expired"_s,
            // Berlin, then São Paulo 38 minutes later: impossible travel for u1.
            u"INSERT INTO login_events (id, user_id, at, success, session_id, ip, country, city, latitude, "
            u"longitude) "
            "VALUES (1, 'u1', now() - interval '2 hours', true, 's1', '203.0.113.1', 'DE', 'Berlin', 52.52, "
            "13.405), "
            "(2, 'u1', now() - interval '82 minutes', true, 's2', '198.51.100.7', 'BR', 'São Paulo', -23.55, "
            "-46.63), "
            "(3, 'u2', now() - interval '1 hour', true, 's3', '203.0.113.9', 'DE', 'Berlin', 52.52, 13.405)"_s,
            u"INSERT INTO flags (id, user_id, rule, severity, explanation, evidence, evidence_key, "
            u"first_seen, "
            "last_seen) VALUES (1, 'u1', 'device_spread', 'medium', 'x', '{}', 'k', now(), now()), "
            "(2, 'u3', 'new_country', 'low', 'y', '{}', 'k2', now(), now())"_s,
            u"UPDATE flags SET status = 'frozen' WHERE id = 2"_s,
            u"SELECT setval(pg_get_serial_sequence('flags', 'id'), 2)"_s,
            u"INSERT INTO planned_logouts (run_at, message, reason, scope, created_at, created_by, "
            "created_by_account) VALUES (now() - interval '1 minute', 'Maintenance', 'Update', '{}', "
            "now() - interval '1 day', 'g_admin', 'anna')"_s,
            u"GRANT SELECT, INSERT, UPDATE ON users, sessions, login_events TO g_app"_s,
        };
        for (const QString &statement : seed)
            QVERIFY2(store.exec(statement), qPrintable(statement + store.lastError().text()));
        m_functions = TestStore::column(
            owner,
            u"SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.proname LIKE 'sessiondesk\\_%' AND NOT EXISTS (SELECT FROM pg_depend d WHERE "
            "d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') ORDER BY 1"_s);
        QVERIFY(
            store.exec(u"SELECT c.relname, string_agg(format('%I %s', a.attname, format_type(a.atttypid, "
                       "a.atttypmod)), ', ' ORDER BY a.attnum) FROM pg_class c JOIN pg_attribute a ON "
                       "a.attrelid = c.oid WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' "
                       "AND a.attnum > 0 AND NOT a.attisdropped GROUP BY c.relname"_s));
        while (store.next())
            m_tableColumns.insert(store.value(0).toString(), {store.value(1).toString()});
        owner.close();
    }
    QSqlDatabase::removeDatabase(u"owner"_s);
    QVERIFY(m_functions.size() > 40);
    QVERIFY(m_tableColumns.contains(u"audit_log"_s) && m_tableColumns.contains(u"planned_logouts"_s));
    resetMemberships();
}

void tst_PgStoreGuard::resetMemberships()
{
    QSqlQuery query(m_super);
    for (const QString &login : {u"g_admin"_s, u"g_support"_s, u"g_auditor"_s, u"g_none"_s, u"g_app"_s})
        for (const QString &role : {u"admin"_s, u"support"_s, u"auditor"_s})
            query.exec(u"REVOKE sessiondesk_%1 FROM %2"_s.arg(role, login));
    for (const QString &role : {u"admin"_s, u"support"_s, u"auditor"_s})
        QVERIFY(query.exec(u"GRANT sessiondesk_%1 TO g_%1"_s.arg(role)));
}

void tst_PgStoreGuard::cleanupTestCase()
{
    m_case.close();
    m_case = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"case"_s);
    QSqlQuery query(m_super);
    for (const QString &database :
         TestStore::column(m_super, u"SELECT datname FROM pg_database WHERE datname LIKE 'guard\\_%'"_s))
        query.exec(u"DROP DATABASE %1"_s.arg(database));
    resetMemberships();
    m_super.close();
}

void tst_PgStoreGuard::freshCase()
{
    if (!m_caseDirty)
        return;
    m_case.close();
    m_case = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"case"_s);
    QSqlQuery query(m_super);
    if (!m_caseName.isEmpty())
        QVERIFY(query.exec(u"DROP DATABASE %1"_s.arg(m_caseName)));
    m_caseName = u"guard_case_%1"_s.arg(++m_cases);
    QVERIFY2(query.exec(u"CREATE DATABASE %1 TEMPLATE guard_template OWNER g_owner"_s.arg(m_caseName)),
             qPrintable(query.lastError().text()));
    // A login may make a schema of its own here (a database administrator allowed it): its
    // tables there must not steer the store either.
    QVERIFY(query.exec(u"GRANT CREATE ON DATABASE %1 TO PUBLIC"_s.arg(m_caseName)));
    m_case = connect(u"case"_s, m_caseName, u"postgres"_s, QString());
    QVERIFY(m_case.isOpen());
    m_caseDirty = false;
}

QString tst_PgStoreGuard::fingerprint(const QSqlDatabase &db, const QString &schema) const
{
    QStringList tables = m_tableColumns.keys();
    tables.sort();
    QStringList digests;
    for (const QString &table : std::as_const(tables))
        digests
            << u"'%2=' || (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1.%2 t)"_s
                   .arg(schema, table);
    return value(db, u"SELECT concat_ws(' ', "_s + digests.join(u", "_s) + u')');
}

QString tst_PgStoreGuard::shadow(QSqlDatabase &db, const QString &schema) const
{
    QSqlQuery query(db);
    const bool temporary = schema == u"pg_temp";
    if (!temporary && !query.exec(u"CREATE SCHEMA %1"_s.arg(schema)))
        return query.lastError().text();
    for (auto it = m_tableColumns.cbegin(); it != m_tableColumns.cend(); ++it) {
        const QString create = u"CREATE %1TABLE %2.%3 (%4)"_s.arg(temporary ? u"TEMP "_s : QString(), schema,
                                                                  it.key(), it.value().first());
        if (!query.exec(create))
            return create + query.lastError().text();
        if (value(db, u"SELECT has_table_privilege('public.%1', 'SELECT')"_s.arg(it.key())) == u"true" &&
            !query.exec(u"INSERT INTO %1.%2 SELECT * FROM public.%2"_s.arg(schema, it.key())))
            return query.lastError().text();
    }
    // What would steer the functions: automatic freezing and global logout on, a forged plan due
    // now in the name of the administrator, a third open session of u1, and the figures trigger
    // told to stand aside.
    const QStringList steering{
        u"DELETE FROM %1.settings WHERE key IN ('auto_freeze_high', 'global_logout')"_s,
        u"INSERT INTO %1.settings VALUES ('auto_freeze_high', 'on', now(), 'x'), ('global_logout', 'on', now(), 'x')"_s,
        u"DELETE FROM %1.planned_logouts"_s,
        u"INSERT INTO %1.planned_logouts (id, run_at, message, reason, ticket, scope, created_at, "
        u"created_by, "
        "created_by_account, status) VALUES (1, now() - interval '1 minute', 'Forged', 'Forged reason', "
        "'FAKE-1', "
        "'{}', now(), 'g_admin', 'alice', 'pending')"_s,
        u"INSERT INTO %1.sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES "
        "('sx', 'u1', now(), now(), now() + interval '1 day')"_s,
        u"DELETE FROM %1.audit_log"_s,
        u"SET search_path = %1, public"_s,
    };
    for (const QString &statement : steering) {
        if (!query.exec(statement.arg(schema)))
            return statement + query.lastError().text();
    }
    if (!query.exec(u"SET sessiondesk.figures = 'kept'"_s))
        return query.lastError().text();
    return QString();
}

void tst_PgStoreGuard::everyFunctionIsInTheMatrix()
{
    QStringList missing;
    for (const QString &function : std::as_const(m_functions)) {
        if (!calls().contains(function))
            missing << function;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"functions of the store that the matrix does not call (add how, and who may): "_s +
                        missing.join(u", "_s)));
    QStringList gone;
    for (auto it = calls().cbegin(); it != calls().cend(); ++it) {
        if (!m_functions.contains(it.key()))
            gone << it.key();
    }
    QVERIFY2(gone.isEmpty(),
             qPrintable(u"the matrix calls functions the store lacks: "_s + gone.join(u", "_s)));
}

void tst_PgStoreGuard::everyFunctionHasItsPathPinned()
{
    // Those that name no table are inlined and need none; every other has pg_temp last.
    freshCase();
    QStringList unpinned = TestStore::column(
        m_case,
        u"SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
        "AND p.proname LIKE 'sessiondesk\\_%' AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = "
        "'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') AND NOT ('search_path=public, pg_temp' "
        "= ANY (coalesce(p.proconfig, '{}')))"_s);
    unpinned.sort();
    QCOMPARE(
        unpinned,
        QStringList({u"sessiondesk_audit_field(text,text)"_s, u"sessiondesk_fold(text)"_s,
                     u"sessiondesk_inet(text)"_s, u"sessiondesk_iso(timestamp with time zone)"_s,
                     u"sessiondesk_km(double precision,double precision,double precision,double precision)"_s,
                     u"sessiondesk_now()"_s, u"sessiondesk_operator_json(text,text)"_s,
                     u"sessiondesk_seconds(timestamp with time zone,timestamp with time zone)"_s}));
    // And those name no relation: their bodies are plain expressions over their arguments.
    for (const QString &function : unpinned) {
        const QString body =
            value(m_case, u"SELECT prosrc FROM pg_proc WHERE oid = '%1'::regprocedure"_s.arg(function));
        QVERIFY2(!body.contains(u"FROM"_s, Qt::CaseInsensitive) || body.contains(u"extract(epoch FROM"_s),
                 qPrintable(function + u": "_s + body));
    }
}

void tst_PgStoreGuard::noLoginCreatesObjectsOnTheFunctionsPath()
{
    // Nobody but the schema's owner creates in public, the one schema on the functions' path besides
    // pg_temp (which is searched last): so no login can add a function or an operator that a store
    // function would take for a built-in one.
    freshCase();
    for (const QString &login : logins)
        QCOMPARE(value(m_case, u"SELECT has_schema_privilege('g_%1', 'public', 'CREATE')"_s.arg(login)),
                 u"false"_s);
}

void tst_PgStoreGuard::matrix_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("shadowing");
    for (const QString &function : std::as_const(m_functions)) {
        for (const QString &login : logins) {
            for (const QString &shadowing : shadowings)
                QTest::addRow("%s as %s, %s", qPrintable(function.section(u'(', 0, 0)), qPrintable(login),
                              qPrintable(shadowing))
                    << function << login << shadowing;
        }
    }
}

void tst_PgStoreGuard::matrix()
{
    QFETCH(QString, function);
    QFETCH(QString, login);
    QFETCH(QString, shadowing);
    QVERIFY2(calls().contains(function), "everyFunctionIsInTheMatrix names it");
    const Call &call = calls().value(function);
    const bool may = call.allowed.split(u' ', Qt::SkipEmptyParts).contains(login);
    const QString account = u"g_"_s + login;

    freshCase();
    const QString realBefore = fingerprint(m_case, u"public"_s);
    const int entriesBefore = value(m_case, u"SELECT count(*) FROM audit_log"_s).toInt();
    const QString headBefore = value(
        m_case, u"SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))"_s);

    QString error, state, first, shadowBefore, shadowAfter;
    {
        const auto removeLogin = qScopeGuard([] { QSqlDatabase::removeDatabase(u"login"_s); });
        QSqlDatabase db = connect(u"login"_s, m_caseName, account, m_password);
        QVERIFY(db.isOpen());
        const QString schema = shadowing == u"pg_temp" ? u"pg_temp"_s : u"shadow"_s;
        if (shadowing != u"plain") {
            const QString failed = shadow(db, schema);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
            shadowBefore = fingerprint(db, schema);
        }
        QSqlQuery query(db);
        if (query.exec(call.sql)) {
            first = query.next() ? query.value(0).toString() : QString();
        } else {
            error = query.lastError().databaseText().simplified();
            state = query.lastError().nativeErrorCode();
        }
        if (shadowing != u"plain")
            shadowAfter = fingerprint(db, schema);
        if (schema != u"pg_temp")
            QSqlQuery(db).exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema));
        db.close();
        db = QSqlDatabase();
    }
    const QString realAfter = fingerprint(m_case, u"public"_s);
    if (realAfter != realBefore)
        m_caseDirty = true;

    QVERIFY2(error.isEmpty() == may, qPrintable(may ? u"refused: "_s + error : u"allowed"_s));
    // The stand-ins are as they were: no function wrote to them.
    QCOMPARE(shadowAfter, shadowBefore);
    if (!may) {
        QCOMPARE(state, u"42501"_s);
        QCOMPARE(realAfter, realBefore);
        // An operator of the store hears the store's sentence for what its role may not do.
        const bool callable =
            value(m_case, u"SELECT has_function_privilege('%1', '%2', 'EXECUTE')"_s.arg(account, function)) ==
            u"true"_s;
        if (callable)
            QVERIFY2(!error.startsWith(u"permission denied"_s), qPrintable(error));
        return;
    }
    // Its documented work, on the real tables, with its entries at the end of the real chain.
    const int entriesAfter = value(m_case, u"SELECT count(*) FROM audit_log"_s).toInt();
    QCOMPARE(entriesAfter - entriesBefore, call.audited);
    if (call.audited > 0) {
        QCOMPARE(value(m_case, u"SELECT prev_hash FROM audit_log WHERE id = %1"_s.arg(entriesBefore + 1)),
                 headBefore);
        if (!function.startsWith(u"sessiondesk_run_planned_logout"_s))
            QCOMPARE(value(m_case, u"SELECT operator FROM audit_log ORDER BY id DESC LIMIT 1"_s), account);
    }
    if (!call.effect.isEmpty())
        QVERIFY2(value(m_case, call.effect) == u"true"_s, qPrintable(call.effect));
    if (!call.returns.isEmpty())
        QCOMPARE(first, call.returns);
    // Nobody was frozen by a stand-in's automatic freezing, and the figures follow the sessions.
    QCOMPARE(value(m_case, u"SELECT status FROM users WHERE id = 'u1'"_s), u"active"_s);
    QCOMPARE(value(m_case, u"SELECT count(*) FROM user_stats s JOIN user_stats_source t USING (user_id) "
                           "WHERE (s.open_sessions, s.devices) <> (t.open_sessions, t.devices)"_s),
             u"0"_s);
    resetMemberships();
}

void tst_PgStoreGuard::triggersReadTheRealTables()
{
    // The application's own writes fire the store's triggers, which run as the store's owner: a
    // stand-in settings table with global logout on does not make one sign-out end the user's other
    // session, and the figures follow the real sessions.
    m_caseDirty = true;
    freshCase();
    {
        QSqlDatabase db = connect(u"app"_s, m_caseName, u"g_app"_s, m_password);
        QVERIFY(db.isOpen());
        const QString failed = shadow(db, u"pg_temp"_s);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QSqlQuery query(db);
        QVERIFY2(
            query.exec(
                u"UPDATE public.sessions SET ended_at = now(), end_reason = 'user_logout' WHERE id = 's1'"_s),
            qPrintable(query.lastError().text()));
        QVERIFY2(
            query.exec(u"INSERT INTO public.sessions (id, user_id, created_at, last_seen_at, expires_at) "
                       "VALUES ('s7', 'u2', now(), now(), now() + interval '1 hour')"_s),
            qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"app"_s);
    m_caseDirty = true;
    QCOMPARE(value(m_case, u"SELECT ended_at IS NULL FROM sessions WHERE id = 's2'"_s), u"true"_s);
    QCOMPARE(value(m_case, u"SELECT open_sessions FROM user_stats WHERE user_id = 'u1'"_s), u"1"_s);
    QCOMPARE(value(m_case, u"SELECT count(*) FROM user_stats s JOIN user_stats_source t USING (user_id) "
                           "WHERE (s.open_sessions, s.devices) <> (t.open_sessions, t.devices)"_s),
             u"0"_s);
}

void tst_PgStoreGuard::detectionWritesOnlyWhatTheStoreSupports()
{
    m_caseDirty = true;
    freshCase();
    m_caseDirty = true;
    const int entries = value(m_case, u"SELECT count(*) FROM audit_log"_s).toInt();
    const auto scan = [&](const QString &login, const QJsonArray &findings, qint64 newest,
                          bool shadowed = false) {
        QString result;
        {
            QSqlDatabase db = connect(u"scan"_s, m_caseName, login, m_password);
            if (shadowed)
                shadow(db, u"pg_temp"_s);
            {
                QSqlQuery query(db);
                query.prepare(
                    u"SELECT sessiondesk_record_scan(?, ?, 'Frozen automatically', 'anna', 'pc')"_s);
                query.addBindValue(QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)));
                query.addBindValue(newest);
                result = query.exec() && query.next() ? query.value(0).toString()
                                                      : u"error: "_s + query.lastError().databaseText();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"scan"_s);
        return result;
    };
    const auto finding = [](const QString &user, const QString &rule, const QJsonObject &evidence) {
        return QJsonObject{
            {u"user"_s, user},
            {u"rule"_s, rule},
            {u"evidence"_s, QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact))},
            {u"firstSeen"_s, 0}};
    };
    const QJsonObject travel{{u"from"_s, QJsonObject{{u"event"_s, 1}, {u"city"_s, u"Atlantis"_s}}},
                             {u"to"_s, QJsonObject{{u"event"_s, 2}}},
                             {u"speedKmh"_s, 99999}};

    // An auditor's console writes nothing.
    QVERIFY(scan(u"g_auditor"_s, {finding(u"u1"_s, u"impossible_travel"_s, travel)}, 3)
                .contains(u"Only administrators and support run detection"_s));
    QCOMPARE(value(m_case, u"SELECT count(*) FROM flags"_s), u"2"_s);

    // Made-up findings are refused: another user's sign-ins, a sign-in paired with itself, one
    // device called many, a rule that does not exist; and a watermark past the newest sign-in
    // stops at it. Each refusal is counted on the scan's row, under the login that proposed it.
    const QString refused =
        scan(u"g_support"_s,
             {finding(u"u2"_s, u"impossible_travel"_s, travel),
              finding(u"u1"_s, u"impossible_travel"_s,
                      {{u"from"_s, QJsonObject{{u"event"_s, 2}}}, {u"to"_s, QJsonObject{{u"event"_s, 2}}}}),
              finding(u"u2"_s, u"device_spread"_s, {{u"devices"_s, 9}}), finding(u"u2"_s, u"made_up"_s, {})},
             999999999);
    QVERIFY2(refused.contains(u"\"refused\" : 4"_s), qPrintable(refused));
    QCOMPARE(value(m_case, u"SELECT count(*) FROM flags"_s), u"2"_s);
    QCOMPARE(value(m_case, u"SELECT last_login_event FROM detection_state"_s), u"3"_s);
    QCOMPARE(value(m_case, u"SELECT operator || ' ' || refused || ' ' || raised FROM detection_scans"_s),
             u"g_support 4 0"_s);

    // A finding the sign-ins support is raised with the evidence the store wrote from them, not
    // the proposer's: the real city and the speed the store computed. With a stand-in settings
    // table saying "freeze automatically", nobody is frozen (the real setting is off).
    const QString raised = scan(u"g_support"_s, {finding(u"u1"_s, u"impossible_travel"_s, travel)}, 3, true);
    QVERIFY2(raised.contains(u"\"raised\" : 1"_s) && raised.contains(u"\"frozen\" : 0"_s),
             qPrintable(raised));
    QCOMPARE(value(m_case, u"SELECT status FROM users WHERE id = 'u1'"_s), u"active"_s);
    const QJsonObject evidence =
        QJsonDocument::fromJson(
            value(m_case, u"SELECT evidence FROM flags WHERE rule = 'impossible_travel'"_s).toUtf8())
            .object();
    QCOMPARE(evidence.value(u"from"_s).toObject().value(u"city"_s).toString(), u"Berlin"_s);
    QCOMPARE(evidence.value(u"to"_s).toObject().value(u"city"_s).toString(), u"São Paulo"_s);
    QCOMPARE(evidence.value(u"minutes"_s).toInt(), 38);
    QCOMPARE(evidence.value(u"distanceKm"_s).toInt(), 10253);
    QCOMPARE(evidence.value(u"speedKmh"_s).toInt(), 16188);
    QCOMPARE(evidence.value(u"thresholdKmh"_s).toInt(), 805);
    QCOMPARE(value(m_case, u"SELECT evidence_key FROM flags WHERE rule = 'impossible_travel'"_s), u"e1-e2"_s);
    // Who raised it, when: the scan's row, which the flag names.
    QCOMPARE(
        value(m_case,
              u"SELECT s.operator || ' ' || s.host || ' ' || s.raised FROM flags f JOIN detection_scans s "
              "ON s.id = f.raised_by_scan WHERE f.rule = 'impossible_travel'"_s),
        u"g_support pc 1"_s);
    // Detection is not an operator's decision: the trail has no entry for it.
    QCOMPARE(value(m_case, u"SELECT count(*) FROM audit_log"_s).toInt(), entries);

    // The open flag's evidence cannot be rewritten with made-up numbers either.
    const QString before = value(m_case, u"SELECT evidence FROM flags WHERE rule = 'impossible_travel'"_s);
    QJsonObject forged = travel;
    forged.insert(u"to"_s, QJsonObject{{u"event"_s, 3}});
    QVERIFY(scan(u"g_support"_s, {finding(u"u1"_s, u"impossible_travel"_s, forged)}, 3)
                .contains(u"\"refused\" : 1"_s));
    QCOMPARE(value(m_case, u"SELECT evidence FROM flags WHERE rule = 'impossible_travel'"_s), before);
}

int tst_PgStoreGuard::cli(const QString &login, const QString &database, const QStringList &command,
                          QString *out, QString *err) const
{
    const QString passfile = m_dir.filePath(u"pgpass"_s);
    QFile file(passfile);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(u"127.0.0.1:%1:*:*:%2\n"_s.arg(m_port).arg(m_password).toUtf8());
    file.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSFILE"_s, passfile);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SESSIONDESK_CLI),
                  QStringList{u"--connect"_s,
                              u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(login).arg(m_port).arg(database)} +
                      command);
    process.waitForFinished(120'000);
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void tst_PgStoreGuard::databaseOwnerAddsTheFirstAdministrator()
{
    // The README's path for a new store: the database's owner (no store role) initializes it,
    // fills it with demo data and adds the first administrator, audited; no bare GRANT.
    QSqlQuery query(m_super);
    QVERIFY(query.exec(u"CREATE DATABASE guard_owner OWNER g_owner"_s));
    QString out, err;
    QCOMPARE(cli(u"g_owner"_s, u"guard_owner"_s, {u"store"_s, u"migrate"_s}, &out, &err), 0);
    QCOMPARE(cli(u"g_owner"_s, u"guard_owner"_s, {u"demo"_s, u"create"_s, u"--users"_s, u"30"_s}, &out, &err),
             0);
    QVERIFY2(out.contains(u"30 users"_s) && out.contains(u"Flags are raised when an administrator's"_s),
             qPrintable(out + err));
    // A login without a role is told the audited way, not a GRANT.
    QCOMPARE(cli(u"g_none"_s, u"guard_owner"_s, {u"users"_s, u"list"_s}, &out, &err), 4);
    QVERIFY2(err.contains(u"operators set g_none --role support"_s) && !err.contains(u"GRANT"_s),
             qPrintable(err));
    // The owner may not act on users, and says who it is.
    QCOMPARE(cli(u"g_owner"_s, u"guard_owner"_s, {u"operators"_s, u"list"_s}, &out, &err), 0);
    QVERIFY2(out.contains(u"You are g_owner"_s), qPrintable(out));
    const int set = cli(u"g_owner"_s, u"guard_owner"_s,
                        {u"operators"_s, u"set"_s, u"g_none"_s, u"--role"_s, u"administrator"_s,
                         u"--reason"_s, u"First administrator"_s},
                        &out, &err);
    QVERIFY2(set == 0 && out.contains(u"g_none is now administrator"_s), qPrintable(out + err));
    QSqlDatabase db = connect(u"owner-store"_s, u"guard_owner"_s, u"postgres"_s, QString());
    QCOMPARE(
        value(db,
              u"SELECT operator || ' ' || action || ' ' || reason FROM audit_log ORDER BY id DESC LIMIT 1"_s),
        u"g_owner operator_set First administrator"_s);
    QCOMPARE(value(db, u"SELECT pg_has_role('g_none', 'sessiondesk_admin', 'MEMBER')"_s), u"true"_s);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"owner-store"_s);
    // The new administrator's first scan raises the demo's flags.
    QCOMPARE(cli(u"g_none"_s, u"guard_owner"_s, {u"flags"_s, u"scan"_s, u"--all"_s}, &out, &err), 0);
    QVERIFY2(!out.contains(u" 0 new flag"_s), qPrintable(out + err));
    resetMemberships();
}

QTEST_GUILESS_MAIN(tst_PgStoreGuard)
#include "tst_pgstoreguard.moc"
