#include "TestStore.h"
#include "models/audit/AuditChain.h"
#include "models/audit/AuditText.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/StoreMigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The audit trail as a compliance officer relies on it: a hash chain that shows every kind of
// tampering, appends from several processes that keep it valid, upgrades that chain what came
// before, and an encoding an auditor can check with a script of their own.
class tst_AuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyActionExtendsTheChain();
    void entriesCannotBeChangedByMistake();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void rewritingTheWholeChainChangesItsHead();
    void aCutTailIsFoundByThisComputer();
    void anOlderCopyIsFoundByThisComputer();
    void anUnreadableWitnessIsSaidAndKept();
    void aCheckpointFindsWhatNoComputerSaw();
    void changesReadAsWords();
    void concurrentAppendsFromTwoProcesses();
    void upgradeChainsTheEntriesBefore();
    void documentedScriptAgrees();
    void listFiltersSortsAndPages();
    void endedSessionsAreSearchable();

private:
    // Five entries of different kinds, ids 1 to 5; the first three about m_user.
    void writeEntries();
    // Two entries: global logout turned on ("Policy"), daemon made support ("Hired").
    void changePolicyAndHire();
    // The connection an attacker with the file would use: without the guarding triggers.
    QSqlDatabase attacker();
    AuditVerification verify();
    QString userWithActiveSessions();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
    QString m_user;
};

void tst_AuditTrail::initTestCase()
{
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(40, 9));
}

void tst_AuditTrail::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_AuditTrail::cleanup()
{
    m_source.reset();
    m_raw.close();
}

QString tst_AuditTrail::userWithActiveSessions()
{
    return TestStore::scalar(
               m_raw, u"SELECT user_id FROM user_stats WHERE open_sessions > 0 ORDER BY user_id LIMIT 1"_s)
        .toString();
}

void tst_AuditTrail::changePolicyAndHire()
{
    Settings settings = TestStore::await(m_source->settings()).value();
    QVERIFY(!settings.set(QString::fromLatin1(Settings::GlobalLogout), u"on"_s));
    QVERIFY(TestStore::await(m_source->saveSettings(settings, TestStore::context(u"Policy"_s))).ok());
    QVERIFY(
        TestStore::await(m_source->saveOperator(u"daemon"_s, Role::Support, TestStore::context(u"Hired"_s)))
            .ok());
}

void tst_AuditTrail::writeEntries()
{
    m_user = userWithActiveSessions();
    const QString &user = m_user;
    QVERIFY(TestStore::await(m_source->logoutUsers({user}, TestStore::context(u"Lost phone"_s, u"INC-77"_s)))
                .ok());
    QVERIFY(TestStore::await(m_source->freezeUser(user, TestStore::context(u"Fraud"_s))).ok());
    QVERIFY(TestStore::await(m_source->unfreezeUser(user, TestStore::context(u"Cleared"_s))).ok());
    changePolicyAndHire();
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 5);
}

QSqlDatabase tst_AuditTrail::attacker()
{
    QSqlDatabase db = TestStore::raw(m_path);
    for (const char *trigger :
         {"audit_log_sealed_insert", "audit_log_sealed_update", "audit_log_sealed_delete"})
        TestStore::scalar(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(QLatin1StringView(trigger)));
    TestStore::scalar(db, u"DROP INDEX IF EXISTS audit_log_chain"_s);
    return db;
}

AuditVerification tst_AuditTrail::verify()
{
    const auto verified = TestStore::await(m_source->verifyAudit());
    if (!verified.ok())
        qFatal("verification failed to run: %s", qPrintable(verified.error().text));
    return verified.value();
}

void tst_AuditTrail::everyActionExtendsTheChain()
{
    writeEntries();
    QSqlQuery rows(m_raw);
    QVERIFY(rows.exec(u"SELECT id, prev_hash, hash FROM audit_log ORDER BY id"_s));
    QString previous = AuditChain::genesis();
    while (rows.next()) {
        QCOMPARE(rows.value(1).toString(), previous);
        QCOMPARE(rows.value(2).toString().size(), 64);
        previous = rows.value(2).toString();
    }
    const AuditVerification verification = verify();
    QVERIFY(verification.intact);
    QCOMPARE(verification.entries, 5);
    QCOMPARE(verification.firstBadId, 0);
    QCOMPARE(verification.headHash, previous);
    QVERIFY(verification.problem.isEmpty());
}

void tst_AuditTrail::entriesCannotBeChangedByMistake()
{
    writeEntries();
    QSqlQuery query(m_raw);
    QVERIFY(!query.exec(u"UPDATE audit_log SET reason = 'nothing happened' WHERE id = 2"_s));
    QVERIFY(!query.exec(u"DELETE FROM audit_log WHERE id = 5"_s));
    QVERIFY(!query.exec(u"INSERT INTO audit_log (at, operator, os_account, host, action, reason, outcome) "
                        "VALUES (1, 'x', 'x', 'x', 'x', 'x', 'success')"_s));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 5);
    QVERIFY(verify().intact);
}

void tst_AuditTrail::tamperingIsFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited reason") << QStringList{u"UPDATE audit_log SET reason = 'Routine' WHERE id = 2"_s}
                                   << qint64(2) << u"changed after it was written"_s;
    QTest::newRow("edited count") << QStringList{u"UPDATE audit_log SET count = 0 WHERE id = 1"_s}
                                  << qint64(1) << u"changed after it was written"_s;
    QTest::newRow("edited operator")
        << QStringList{u"UPDATE audit_log SET operator = 'someone-else' WHERE id = 4"_s} << qint64(4)
        << u"changed after it was written"_s;
    QTest::newRow("edited time") << QStringList{u"UPDATE audit_log SET at = at - 86400000 WHERE id = 3"_s}
                                 << qint64(3) << u"changed after it was written"_s;
    QTest::newRow("deleted entry") << QStringList{u"DELETE FROM audit_log WHERE id = 3"_s} << qint64(4)
                                   << u"does not follow entry 2"_s;
    QTest::newRow("deleted first entry")
        << QStringList{u"DELETE FROM audit_log WHERE id = 1"_s} << qint64(2) << u"does not start the trail"_s;
    // A forged entry slipped in after entry 2 (with a hash that fits it), the rest moved up one.
    QTest::newRow("inserted entry")
        << QStringList{u"UPDATE audit_log SET id = id + 100 WHERE id >= 3"_s,
                       u"UPDATE audit_log SET id = id - 99 WHERE id >= 100"_s,
                       u"INSERT INTO audit_log (id, at, operator, os_account, host, action, count, reason, "
                       "outcome, prev_hash, hash) SELECT 3, at + 1, operator, os_account, host, "
                       "'logout_user', 0, "
                       "'forged', 'success', hash, 'f0f0' FROM audit_log WHERE id = 2"_s}
        << qint64(4) << u"does not follow entry 3"_s;
    QTest::newRow("reordered entries") << QStringList{u"UPDATE audit_log SET id = -2 WHERE id = 2"_s,
                                                      u"UPDATE audit_log SET id = 2 WHERE id = 3"_s,
                                                      u"UPDATE audit_log SET id = 3 WHERE id = -2"_s}
                                       << qint64(2) << u"does not follow entry 1"_s;
    // Found by trying: an entry numbered 0 put before the trail made verify say "intact: 0 entries".
    QTest::newRow("entry numbered 0")
        << QStringList{u"INSERT INTO audit_log (id, at, operator, os_account, host, action, count, reason, "
                       "outcome, prev_hash, hash) VALUES (0, 0, 'root', 'root', 'h', 'logout_user', 0, "
                       "'forged', 'success', 'x', 'y')"_s}
        << qint64(0) << u"Entry 0 does not belong to the trail"_s;
}

void tst_AuditTrail::tamperingIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    writeEntries();
    QSqlDatabase db = attacker();
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(statements))
        QVERIFY2(query.exec(statement), qPrintable(statement));
    if (QByteArrayView(QTest::currentDataTag()) == "inserted entry") {
        // The forger computes a hash that fits the forged entry, as anyone can.
        AuditQuery forged;
        forged.action = u"logout_user"_s;
        forged.text = u"forged"_s;
        const AuditEntry entry = TestStore::await(m_source->auditEntries(forged)).value().rows.value(0);
        QCOMPARE(entry.id, 3);
        QVERIFY(query.exec(
            u"UPDATE audit_log SET hash = '%1' WHERE id = 3"_s.arg(AuditChain::hash(entry.prevHash, entry))));
    }
    const AuditVerification verification = verify();
    QVERIFY(!verification.intact);
    QCOMPARE(verification.firstBadId, firstBad);
    QVERIFY2(verification.problem.contains(problem), qPrintable(verification.problem));
    QVERIFY(verification.problem.contains(u"Entry %1 "_s.arg(firstBad)));
}

void tst_AuditTrail::rewritingTheWholeChainChangesItsHead()
{
    // Someone who recomputes every hash after an edit keeps the chain consistent, but not its
    // head: the head hash quoted in an earlier report or verification no longer matches.
    writeEntries();
    const QString headBefore = verify().headHash;
    QSqlDatabase db = attacker();
    QSqlQuery(db).exec(u"UPDATE audit_log SET reason = 'Routine' WHERE id = 2"_s);
    AuditQuery inOrder;
    inOrder.order = Qt::AscendingOrder;
    inOrder.limit = 0;
    QString previous = AuditChain::genesis();
    const auto entries = TestStore::await(m_source->auditEntries(inOrder));
    for (const AuditEntry &entry : entries.value().rows) {
        const QString hash = AuditChain::hash(previous, entry);
        QSqlQuery(db).exec(
            u"UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3"_s.arg(previous, hash)
                .arg(entry.id));
        previous = hash;
    }
    // This computer saw the head before: the rewritten entry at its number is found out.
    const AuditVerification witnessed = verify();
    QVERIFY(!witnessed.intact);
    QVERIFY2(witnessed.problem.startsWith(u"Entry 5 has the hash "_s) &&
                 witnessed.problem.contains(u"but this computer saw "_s + headBefore.left(16)),
             qPrintable(witnessed.problem));
    // A computer that never saw it finds a consistent chain, with another head.
    QFile::remove(TestStore::witnessPath(m_path));
    const AuditVerification unwitnessed = verify();
    QVERIFY(unwitnessed.intact);
    QVERIFY(unwitnessed.headHash != headBefore);
}

void tst_AuditTrail::aCutTailIsFoundByThisComputer()
{
    // The chain cannot see a missing tail: entry 5 deleted (the sealing triggers dropped) leaves
    // entries 1 to 4 that verify. This computer saw entry 5, and says so.
    writeEntries();
    const QString head = verify().headHash;
    QSqlQuery(attacker()).exec(u"DELETE FROM audit_log WHERE id = 5"_s);
    const AuditVerification cut = verify();
    QVERIFY(!cut.intact);
    QCOMPARE(cut.firstBadId, 5);
    QVERIFY2(cut.problem.startsWith(
                 u"The trail ends at entry 4; entry 5 (hash %1…) was seen on "_s.arg(head.left(16))) &&
                 cut.problem.contains(u"by this computer"_s),
             qPrintable(cut.problem));
    // The next action takes the number 5 again, with another hash: still found, and the witness
    // keeps what it saw rather than the new head.
    QVERIFY(TestStore::await(m_source->saveOperator(u"bin"_s, Role::Auditor, TestStore::context(u"Hired"_s)))
                .ok());
    const AuditVerification reused = verify();
    QVERIFY(!reused.intact);
    QCOMPARE(reused.firstBadId, 5);
    QVERIFY2(reused.problem.startsWith(u"Entry 5 has the hash "_s) &&
                 reused.problem.contains(u"but this computer saw "_s + head.left(16)),
             qPrintable(reused.problem));
    QVERIFY(TestStore::await(m_source->saveOperator(u"sys"_s, Role::Auditor, TestStore::context(u"Hired"_s)))
                .ok());
    QVERIFY(!verify().intact);
}

void tst_AuditTrail::anUnreadableWitnessIsSaidAndKept()
{
    // This computer's record damaged: the verification says what it cannot rule out, and the
    // record is kept as it is rather than replaced by a new head.
    writeEntries();
    QVERIFY(verify().intact);
    QFile witness(TestStore::witnessPath(m_path));
    QVERIFY(witness.open(QIODevice::WriteOnly | QIODevice::Truncate));
    witness.write("{\"/tmp/x\": {\"entry\": 3, \"ha");
    witness.close();
    const AuditVerification damaged = verify();
    QVERIFY(damaged.intact);
    QVERIFY2(
        damaged.note.contains(u"cannot be read, so entries cut off the trail's end would not be noticed"_s),
        qPrintable(damaged.note));
    QVERIFY(TestStore::await(m_source->saveOperator(u"bin"_s, Role::Auditor, TestStore::context(u"Hired"_s)))
                .ok());
    QVERIFY(witness.open(QIODevice::ReadOnly));
    QCOMPARE(witness.readAll(), QByteArray("{\"/tmp/x\": {\"entry\": 3, \"ha"));
}

void tst_AuditTrail::anOlderCopyIsFoundByThisComputer()
{
    // The whole store replaced by a copy taken before the last actions.
    const QString older = TestStore::copy(m_path, m_dir.filePath(u"older.sqlite"_s));
    writeEntries();
    QVERIFY(verify().intact);
    m_source.reset();
    m_raw.close();
    QFile::remove(m_path);
    QVERIFY(QFile::copy(older, m_path));
    m_source = TestStore::open(m_path);
    const AuditVerification replaced = verify();
    QVERIFY(!replaced.intact);
    QCOMPARE(replaced.firstBadId, 1);
    QVERIFY2(replaced.problem.startsWith(u"The trail ends at entry 0; entry 5 "_s) &&
                 replaced.problem.contains(u"replaced by an older copy"_s),
             qPrintable(replaced.problem));
}

void tst_AuditTrail::aCheckpointFindsWhatNoComputerSaw()
{
    // An auditor keeps a checkpoint line elsewhere; later a computer that never opened the store
    // verifies it. Without the line a cut tail goes unseen (the README says so); with it, not.
    writeEntries();
    m_source.reset();
    m_raw.close();
    const auto cliOn = [](const QString &store, const QStringList &arguments, QString *out, QString *err) {
        QTemporaryDir computer; // another computer's data directory, which never saw the store
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, computer.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SESSIONDESK_CLI), QStringList{u"--store"_s, store} + arguments);
        process.waitForFinished(60'000);
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    const auto cli = [&](const QStringList &arguments, QString *out, QString *err) {
        return cliOn(m_path, arguments, out, err);
    };
    QString out, err;
    QCOMPARE(cli({u"audit"_s, u"checkpoint"_s}, &out, &err), 0);
    const QString line = out.trimmed();
    QVERIFY2(QRegularExpression(u"^sessiondesk-checkpoint v1 entry=5 hash=[0-9a-f]{64} at=\\S+Z store=.+$"_s)
                 .match(line)
                 .hasMatch(),
             qPrintable(line));
    QVERIFY(line.endsWith(QFileInfo(m_path).canonicalFilePath()));
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, line}, &out, &err), 0);
    // A copy elsewhere holds the head: it passes. A store elsewhere that does not hold it is
    // refused with both names, as it may be another store (found by trying: another store's
    // checkpoint was reported as tampering) or a cut copy.
    const QString copy = m_path + u".copy.sqlite"_s;
    QVERIFY(QFile::copy(m_path, copy));
    const QStringList verifyAgainstLine{u"audit"_s, u"verify"_s, u"--checkpoint"_s, line};
    QCOMPARE(cliOn(copy, verifyAgainstLine, &out, &err), 0);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
        other.setDatabaseName(copy);
        QVERIFY(other.open());
        QSqlQuery(other).exec(u"DROP TRIGGER audit_log_sealed_delete"_s);
        QVERIFY(QSqlQuery(other).exec(u"DELETE FROM audit_log WHERE id = 5"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"copy"_s);
    QCOMPARE(cliOn(copy, verifyAgainstLine, &out, &err), 2);
    QVERIFY2(err.contains(u"The checkpoint is of the store "_s) &&
                 err.contains(u"entries are missing or changed"_s),
             qPrintable(err));

    QSqlQuery(attacker()).exec(u"DELETE FROM audit_log WHERE id = 5"_s);
    QCOMPARE(cli({u"audit"_s, u"verify"_s}, &out, &err), 0); // nobody here saw entry 5
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, line}, &out, &err), 3);
    QVERIFY2(
        err.contains(u"The audit trail is broken at entry 5. The trail ends at entry 4; entry 5 (hash "_s) &&
            err.contains(u"by the checkpoint"_s),
        qPrintable(err));
    // A line that is not a checkpoint is a usage error, before the store is read.
    QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--checkpoint"_s, u"entry 5 looked fine"_s}, &out, &err), 2);
    QVERIFY2(err.contains(u"--checkpoint takes the whole line"_s), qPrintable(err));
}

void tst_AuditTrail::changesReadAsWords()
{
    // What the Audit page, the CLI and the exports show: words, addresses, no JSON or ids.
    const QString kept = userWithActiveSessions();
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {kept}).toString();
    LogoutAllScope scope;
    scope.keepUserIds = {kept};
    scope.excludeRoles = {u"admin"_s};
    QVERIFY(TestStore::await(m_source->logoutAll(scope, TestStore::context(u"Incident"_s))).ok());
    changePolicyAndHire();
    AuditQuery inOrder;
    inOrder.order = Qt::AscendingOrder;
    const QList<AuditEntry> entries = TestStore::await(m_source->auditEntries(inOrder)).value().rows;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(AuditText::action(entries.at(0).action), u"Logged out all users"_s);
    const QString logoutAll = AuditText::change(entries.at(0));
    QVERIFY2(logoutAll.startsWith(
                 u"kept: %1; spared roles: admin; earlier access tokens rejected; "_s.arg(email)) &&
                 !logoutAll.contains(kept) && !logoutAll.contains(u'{'),
             qPrintable(logoutAll));
    QCOMPARE(AuditText::change(entries.at(1)), u"Global logout: off → on"_s);
    QCOMPARE(AuditText::change(entries.at(2)), u"daemon: none → support"_s);
    QCOMPARE(AuditText::action(u"something_new"_s), u"something_new"_s); // unknown: the key itself
    // Found by trying: a closed flag read "flag: 1; rule: new_country; status: resolved".
    AuditEntry closed;
    closed.action = u"resolve_flag"_s;
    closed.newValue = uR"({"flag":12,"rule":"new_country","status":"resolved"})"_s;
    QCOMPARE(AuditText::change(closed), u"flag 12 (New country): Resolved"_s);
}

void tst_AuditTrail::concurrentAppendsFromTwoProcesses()
{
    // Two consoles (CLI processes in loops) change operators at the same time.
    m_source.reset();
    const QString cli = QStringLiteral(SESSIONDESK_CLI);
    auto loop = [&](const QString &account) {
        auto *process = new QProcess(this);
        process->start(
            u"bash"_s,
            {u"-c"_s,
             u"for i in $(seq 1 12); do r=support; [ $((i %% 2)) = 0 ] && r=auditor; "
             "\"%1\" --store \"%2\" operators set %3 --role $r --reason \"round $i\" || exit 1; done"_s
                 .replace(u"%%"_s, u"%"_s)
                 .arg(cli, m_path, account)});
        return process;
    };
    QProcess *first = loop(u"daemon"_s); // accounts every Linux system has
    QProcess *second = loop(u"bin"_s);
    for (QProcess *process : {first, second}) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 24);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(DISTINCT prev_hash) FROM audit_log"_s).toInt(), 24);
    m_source = TestStore::open(m_path);
    const AuditVerification verification = verify();
    QVERIFY2(verification.intact, qPrintable(verification.problem));
    QCOMPARE(verification.entries, 24);
}

void tst_AuditTrail::upgradeChainsTheEntriesBefore()
{
    // A store as version 2 left it, with entries written before the chain existed.
    QTemporaryDir migrations;
    for (const char *name : {"001_native_schema.sql", "002_settings_flags.sql"})
        QVERIFY(QFile::copy(u":/sql/sqlite/"_s + QLatin1StringView(name),
                            migrations.filePath(QLatin1StringView(name))));
    const QString path = m_dir.filePath(u"version2.sqlite"_s);
    {
        QSqlDatabase db = TestStore::raw(path);
        const SqlTransaction transaction(1, 1000);
        QCOMPARE(StoreMigrator(migrations.path()).migrate(db, true, transaction).value().toVersion, 2);
        QSqlQuery query(db);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(query.exec(
                u"INSERT INTO audit_log (at, operator, os_account, host, action, count, reason, outcome) "
                "VALUES (%1, 'anna', 'anna', 'desk', 'logout_user', %1, 'old entry', 'success')"_s.arg(i)));
        }
    }
    SqlSessionSource::Options options;
    options.path = path;
    options.pollIntervalMs = 0;
    auto source = std::make_unique<SqlSessionSource>(options);
    const auto opened = TestStore::await(source->open());
    QVERIFY(opened.ok());
    QCOMPARE(opened.value().schemaVersion, StoreMigrator(u":/sql/sqlite"_s).latestVersion());
    const auto verified = TestStore::await(source->verifyAudit());
    QVERIFY(verified.ok());
    QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
    QCOMPARE(verified.value().entries, 3);
    QVERIFY(TestStore::await(source->logoutAll(LogoutAllScope(), TestStore::context())).ok());
    QCOMPARE(TestStore::await(source->verifyAudit()).value().entries, 4);
}

void tst_AuditTrail::documentedScriptAgrees()
{
    writeEntries();
    const QString script = QStringLiteral(SESSIONDESK_SOURCE_DIR) + u"/resources/sql/audit_chain_check.py"_s;
    QProcess check;
    check.start(u"python3"_s, {script, m_path});
    QVERIFY(check.waitForFinished(30000));
    const QString out = QString::fromUtf8(check.readAllStandardOutput()).trimmed();
    QCOMPARE(check.exitCode(), 0);
    QCOMPARE(out, u"intact: 5 entries, head %1"_s.arg(verify().headHash));

    QSqlQuery(attacker()).exec(u"UPDATE audit_log SET ticket = 'SEC-2' WHERE id = 1"_s);
    check.start(u"python3"_s, {script, m_path});
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 1);
    QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).trimmed(),
             u"broken at entry 1: its contents do not match its hash"_s);
}

void tst_AuditTrail::listFiltersSortsAndPages()
{
    writeEntries();
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {m_user}).toString();
    auto actions = [&](const AuditQuery &query) {
        const auto page = TestStore::await(m_source->auditEntries(query));
        if (!page.ok())
            qFatal("%s", qPrintable(page.error().text));
        QStringList names;
        for (const AuditEntry &entry : page.value().rows)
            names << entry.action;
        return std::pair{names, page.value().total};
    };
    AuditQuery all;
    QCOMPARE(actions(all).first, (QStringList{u"operator_set"_s, u"change_settings"_s, u"unfreeze_user"_s,
                                              u"freeze_user"_s, u"logout_user"_s})); // newest first
    AuditQuery byUser;
    byUser.targetUser = email;
    QCOMPARE(actions(byUser).first, (QStringList{u"unfreeze_user"_s, u"freeze_user"_s, u"logout_user"_s}));
    AuditQuery byAction;
    byAction.action = u"freeze_user"_s;
    QCOMPARE(actions(byAction).second, 1);
    AuditQuery byText;
    byText.text = u"inc-77"_s; // the ticket, any case
    QCOMPARE(actions(byText).first, QStringList{u"logout_user"_s});
    byText.text = u"global_logout"_s; // inside the settings' values
    QCOMPARE(actions(byText).first, QStringList{u"change_settings"_s});
    AuditQuery byOperator;
    byOperator.operatorId = u"nobody"_s;
    QCOMPARE(actions(byOperator).second, 0);
    AuditQuery future;
    future.from = QDateTime::currentDateTimeUtc().addSecs(60);
    QCOMPARE(actions(future).second, 0);
    AuditQuery byEntry;
    byEntry.sortField = AuditQuery::SortField::Action;
    byEntry.order = Qt::AscendingOrder;
    QCOMPARE(actions(byEntry).first.first(), u"change_settings"_s); // alphabetical

    // Paged two at a time, every entry once.
    AuditQuery paged;
    paged.limit = 2;
    QList<qint64> ids;
    do {
        const auto page = TestStore::await(m_source->auditEntries(paged)).value();
        for (const AuditEntry &entry : page.rows)
            ids << entry.id;
        paged.cursor = page.nextCursor;
    } while (paged.cursor.isValid());
    QCOMPARE(ids, (QList<qint64>{5, 4, 3, 2, 1}));
    QCOMPARE(TestStore::await(m_source->auditEntries(byUser)).value().rows.first().targetUserEmail, email);
}

void tst_AuditTrail::endedSessionsAreSearchable()
{
    const QString user = userWithActiveSessions();
    const int sessions =
        TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {user}).toInt();
    QVERIFY(
        TestStore::await(m_source->logoutUsers({user}, TestStore::context(u"Stolen laptop"_s, u"SEC-7"_s)))
            .ok());
    QVERIFY(
        TestStore::await(m_source->logoutAll(LogoutAllScope(), TestStore::context(u"Incident 42"_s))).ok());
    EndedSessionQuery byUser;
    byUser.user = TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {user}).toString();
    const auto mine = TestStore::await(m_source->endedSessions(byUser));
    QVERIFY(mine.ok());
    QCOMPARE(mine.value().total, sessions);
    for (const EndedSession &ended : mine.value().rows) {
        QCOMPARE(ended.userId, user);
        QCOMPARE(ended.reason, u"Stolen laptop"_s);
        QCOMPARE(ended.ticket, u"SEC-7"_s);
        QVERIFY(ended.auditEntryId > 0);
    }
    EndedSessionQuery byReason;
    byReason.reason = u"incident"_s;
    const int all =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE end_reason = 'admin_logout_all'"_s)
            .toInt();
    QVERIFY(all > 0);
    QCOMPARE(TestStore::await(m_source->endedSessions(byReason)).value().total, all);
    EndedSessionQuery byOperator;
    byOperator.operatorId = Operator::fromEnvironment().id;
    QCOMPARE(TestStore::await(m_source->endedSessions(byOperator)).value().total, all + sessions);
    byOperator.operatorId = u"nobody"_s;
    QCOMPARE(TestStore::await(m_source->endedSessions(byOperator)).value().total, 0);
    // The demo's history has sessions operators ended days ago, without entries in this trail.
    EndedSessionQuery before;
    before.to = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto old = TestStore::await(m_source->endedSessions(before));
    QCOMPARE(old.value().total,
             TestStore::scalar(m_raw,
                               u"SELECT count(*) FROM sessions WHERE ended_by IS NOT NULL AND ended_at < ?"_s,
                               {before.to.toMSecsSinceEpoch()})
                 .toInt());
    for (const EndedSession &ended : old.value().rows)
        QVERIFY(ended.endedAt < before.to && ended.auditEntryId == 0);
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
