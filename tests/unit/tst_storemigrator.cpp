#include "TestStore.h"
#include "models/domain/Settings.h"
#include "models/storage/Sql.h"
#include "models/storage/StoreMigrator.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_StoreMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void splitStatements_data();
    void splitStatements();
    void createsNativeSchema();
    void upgradesStepByStep();
    void failedMigrationLeavesPreviousVersion();
    void stepsRunInTheirMigrationsTransaction();
    void refusesNewerSchema();
    void refusesForeignDatabase();
    void refusesEmptyWithoutCreate();

private:
    void writeMigration(const QString &name, const QString &sql);
    QStringList columns(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_migrations;
    QSqlDatabase m_db;
    const SqlTransaction m_transaction{1, 0};
};

void tst_StoreMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_migrations = m_dir->filePath(u"migrations"_s);
    QDir().mkpath(m_migrations);
    m_db = TestStore::raw(m_dir->filePath(u"store.sqlite"_s));
    Sql::addFunctions(m_db); // as SessionDesk's own connections have them
}

void tst_StoreMigrator::writeMigration(const QString &name, const QString &sql)
{
    QFile file(m_migrations + u'/' + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sql.toUtf8());
}

QStringList tst_StoreMigrator::columns(const QString &table)
{
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    QStringList names;
    while (query.next())
        names.append(query.value(1).toString());
    return names;
}

void tst_StoreMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                         << QStringList{u"CREATE TABLE a (x);"_s, u"CREATE TABLE b (y);"_s};
    QTest::newRow("multi-line and comments")
        << u"-- heading\nCREATE TABLE a (\n    x INTEGER -- not a comment line\n);\n\n-- between\nINSERT INTO a VALUES (1);\n"_s
        << QStringList{u"CREATE TABLE a (\n    x INTEGER -- not a comment line\n);"_s,
                       u"INSERT INTO a VALUES (1);"_s};
    QTest::newRow("trigger keeps its body")
        << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = 1;\n    UPDATE b SET y = 2;\nEND;\nCREATE INDEX i ON a (x);\n"_s
        << QStringList{
               u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = 1;\n    UPDATE b SET y = 2;\nEND;"_s,
               u"CREATE INDEX i ON a (x);"_s};
    QTest::newRow("no final semicolon") << u"SELECT 1"_s << QStringList{u"SELECT 1"_s};
    QTest::newRow("PostgreSQL function body and one-line trigger")
        << u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- kept\n    UPDATE b SET y = 1;\n    RETURN NULL;\nEND;\n$$;\nCREATE TRIGGER t AFTER INSERT ON a\nFOR EACH ROW EXECUTE FUNCTION f();\nCREATE INDEX i ON a (x);\n"_s
        << QStringList{
               u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- kept\n    UPDATE b SET y = 1;\n    RETURN NULL;\nEND;\n$$;"_s,
               u"CREATE TRIGGER t AFTER INSERT ON a\nFOR EACH ROW EXECUTE FUNCTION f();"_s,
               u"CREATE INDEX i ON a (x);"_s};
}

void tst_StoreMigrator::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(StoreMigrator::splitStatements(script), statements);
}

void tst_StoreMigrator::createsNativeSchema()
{
    const StoreMigrator migrator(u":/sql/sqlite"_s);
    QCOMPARE(migrator.latestVersion(), 16);
    const auto outcome = migrator.migrate(m_db, true, m_transaction);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().text));
    QCOMPARE(outcome.value().fromVersion, 0);
    QCOMPARE(outcome.value().toVersion, 16);

    // The public contract (docs/store-contract.md), column by column.
    QCOMPARE(columns(u"users"_s), (QStringList{u"id"_s, u"email"_s, u"display_name"_s, u"role"_s, u"status"_s,
                                               u"status_reason"_s, u"created_at"_s, u"tokens_not_before"_s,
                                               u"removed_at"_s, u"search_key"_s, u"flag_rank"_s}));
    QCOMPARE(columns(u"sessions"_s),
             (QStringList{u"id"_s, u"user_id"_s, u"created_at"_s, u"last_seen_at"_s, u"expires_at"_s, u"ip"_s,
                          u"user_agent"_s, u"device_id"_s, u"country"_s, u"city"_s, u"latitude"_s,
                          u"longitude"_s, u"ended_at"_s, u"end_reason"_s, u"ended_by"_s, u"ip_key"_s}));
    QCOMPARE(
        columns(u"login_events"_s),
        (QStringList{u"id"_s, u"user_id"_s, u"at"_s, u"success"_s, u"session_id"_s, u"ip"_s, u"user_agent"_s,
                     u"device_id"_s, u"country"_s, u"city"_s, u"latitude"_s, u"longitude"_s, u"ip_key"_s}));
    QCOMPARE(TestStore::scalar(m_db, u"SELECT max(version) FROM sessiondesk_schema"_s).toInt(), 16);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT value FROM settings WHERE key = 'global_logout'"_s).toString(),
             u"off"_s);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT count(*) FROM settings"_s).toInt(),
             int(Settings::definitions().size()));

    // Constraints of the contract hold.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u1', 'a@x', 'A', 1)"_s));
    QCOMPARE(TestStore::scalar(m_db, u"SELECT role || '/' || status FROM users"_s).toString(),
             u"member/active"_s);
    QVERIFY(!query.exec(
        u"INSERT INTO users (id, email, display_name, created_at) VALUES ('u2', 'a@x', 'B', 1)"_s));
    QVERIFY(!query.exec(u"UPDATE users SET status = 'sleeping' WHERE id = 'u1'"_s));
    QVERIFY(!query.exec(
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ended_at, end_reason) "
        "VALUES ('s1', 'u1', 1, 1, 2, 2, 'bored')"_s));

    // Migrating again is a no-op.
    const auto again = migrator.migrate(m_db, false, m_transaction);
    QVERIFY(again.ok());
    QCOMPARE(again.value().fromVersion, 16);
    QCOMPARE(again.value().toVersion, 16);
}

void tst_StoreMigrator::upgradesStepByStep()
{
    writeMigration(u"001_first.sql"_s, u"CREATE TABLE a (x INTEGER);\n"_s);
    QCOMPARE(StoreMigrator(m_migrations).migrate(m_db, true, m_transaction).value().toVersion, 1);

    writeMigration(u"002_second.sql"_s,
                   u"ALTER TABLE a ADD COLUMN y TEXT;\nINSERT INTO a (x, y) VALUES (1, 'two');\n"_s);
    const auto outcome = StoreMigrator(m_migrations).migrate(m_db, false, m_transaction);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().fromVersion, 1);
    QCOMPARE(outcome.value().toVersion, 2);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT y FROM a"_s).toString(), u"two"_s);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT group_concat(name, ',') FROM sessiondesk_schema"_s).toString(),
             u"first,second"_s);
}

void tst_StoreMigrator::failedMigrationLeavesPreviousVersion()
{
    writeMigration(u"001_first.sql"_s, u"CREATE TABLE a (x INTEGER);\n"_s);
    QVERIFY(StoreMigrator(m_migrations).migrate(m_db, true, m_transaction).ok());
    writeMigration(u"002_broken.sql"_s, u"CREATE TABLE b (y INTEGER);\nINSERT INTO nowhere VALUES (1);\n"_s);

    const auto outcome = StoreMigrator(m_migrations).migrate(m_db, false, m_transaction);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error().text.contains(u"version 2"_s) && outcome.error().text.contains(u"version 1"_s),
             qPrintable(outcome.error().text));
    // The half of the migration that ran was rolled back with it.
    QCOMPARE(TestStore::scalar(m_db, u"SELECT count(*) FROM sqlite_master WHERE name = 'b'"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT max(version) FROM sessiondesk_schema"_s).toInt(), 1);
}

void tst_StoreMigrator::stepsRunInTheirMigrationsTransaction()
{
    writeMigration(u"001_first.sql"_s, u"CREATE TABLE a (x INTEGER);\n"_s);
    writeMigration(u"002_second.sql"_s, u"CREATE TABLE b (y INTEGER);\n"_s);
    QList<int> ran;
    const StoreMigrator::Step fails = [&ran](QSqlDatabase &db) -> std::optional<SourceError> {
        ran << 2;
        QSqlQuery(db).exec(u"INSERT INTO b VALUES (7)"_s);
        return SourceError{SourceError::Code::Failed, u"step failed"_s, {}};
    };
    const auto failed = StoreMigrator(m_migrations, {{2, fails}}).migrate(m_db, true, m_transaction);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().text.contains(u"step failed"_s));
    QCOMPARE(ran, QList<int>{2});
    // Version 2's statements and the step's work went with it; version 1 stayed.
    QCOMPARE(TestStore::scalar(m_db, u"SELECT count(*) FROM sqlite_master WHERE name = 'b'"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT max(version) FROM sessiondesk_schema"_s).toInt(), 1);

    const StoreMigrator::Step works = [](QSqlDatabase &db) -> std::optional<SourceError> {
        QSqlQuery(db).exec(u"INSERT INTO b VALUES (8)"_s);
        return std::nullopt;
    };
    QVERIFY(StoreMigrator(m_migrations, {{2, works}}).migrate(m_db, false, m_transaction).ok());
    QCOMPARE(TestStore::scalar(m_db, u"SELECT group_concat(y) FROM b"_s).toString(), u"8"_s);
}

void tst_StoreMigrator::refusesNewerSchema()
{
    QVERIFY(StoreMigrator(u":/sql/sqlite"_s).migrate(m_db, true, m_transaction).ok());
    const int future = StoreMigrator(u":/sql/sqlite"_s).latestVersion() + 1;
    QSqlQuery(m_db).exec(u"INSERT INTO sessiondesk_schema VALUES (%1, 'future', 0)"_s.arg(future));
    const auto outcome = StoreMigrator(u":/sql/sqlite"_s).migrate(m_db, false, m_transaction);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, SourceError::Code::NewerSchema);
    QVERIFY(outcome.error().text.contains(u"schema version %1"_s.arg(future)));
}

void tst_StoreMigrator::refusesForeignDatabase()
{
    QSqlQuery(m_db).exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY)"_s);
    const auto outcome = StoreMigrator(u":/sql/sqlite"_s).migrate(m_db, true, m_transaction);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, SourceError::Code::NotAStore);
    // Untouched: no SessionDesk table was added.
    QCOMPARE(TestStore::scalar(m_db, u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
}

void tst_StoreMigrator::refusesEmptyWithoutCreate()
{
    const auto outcome = StoreMigrator(u":/sql/sqlite"_s).migrate(m_db, false, m_transaction);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, SourceError::Code::NotFound);
    QCOMPARE(TestStore::scalar(m_db, u"SELECT count(*) FROM sqlite_master"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_StoreMigrator)
#include "tst_storemigrator.moc"
