// Killed at any moment: the CLI is killed (SIGKILL) at random moments during each bulk action, on
// SQLite and on PostgreSQL (ctest runs this program once per backend). After every kill the store
// opens, its audit trail verifies, and the action happened entirely or not at all: a snapshot of
// everything the actions change (active sessions, tokens_not_before, statuses, removals, flags,
// planned logouts, the audit trail, the export's file) equals the one before the run or the one
// after a run nobody interrupted. Also: log out all on a full disk (SQLite on a small tmpfs).
//
// SESSIONDESK_KILLS sets the kills per action (100 unless set).

#include "TestStore.h"
#include "models/storage/Sql.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/mount.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// One CLI action and what it needs in the store beforehand.
struct Action
{
    QString name;
    QStringList arguments; // after the store's option; FILE stands for the export's file
};

} // namespace

class tst_KillAnywhere final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedMidAction_data();
    void killedMidAction();
    void fullDiskDuringLogoutAll();

private:
    // The CLI on the store at path, started (not waited for).
    void start(QProcess &process, const QString &path, const QStringList &arguments, const QString &file);
    // What the actions change, as text, comparable between runs (no times, no ids).
    QStringList snapshot(const QString &path, const QString &file);
    // A fresh copy of the template at path, and a computer that has not seen it yet.
    void freshStore(const QString &path);
    // The store opens and its trail verifies, in this process and for the CLI (with what the killed
    // CLI remembered of the trail).
    void opensAndVerifies(const QString &path);

    QTemporaryDir m_dir;
    QString m_template;
    QDateTime m_madeAt; // every token cut-off set later is an action's
    QStringList m_emails;
    int m_kills = 100;
};

void tst_KillAnywhere::initTestCase()
{
    m_kills = qEnvironmentVariableIsSet("SESSIONDESK_KILLS")
                  ? qEnvironmentVariableIntValue("SESSIONDESK_KILLS")
                  : 100;
    QVERIFY(m_kills > 0);
    // Big enough that logging everybody out takes a while (the kill lands inside its transaction).
    m_template = m_dir.filePath(u"template.sqlite"_s);
    DemoOptions demo = TestStore::smallDemo(3000, 7);
    TestStore::create(m_template, demo);
    auto source = TestStore::open(m_template);
    QSqlDatabase raw = TestStore::raw(m_template);
    // Nothing expires while the test runs (opening sweeps expired sessions, which is a change of
    // its own), and the users the actions name.
    TestStore::scalar(raw, u"UPDATE sessions SET expires_at = ? WHERE ended_at IS NULL"_s,
                      {Sql::time(QDateTime::currentDateTimeUtc().addDays(30))});
    m_emails = TestStore::column(raw, u"SELECT u.email FROM users u JOIN sessions s ON s.user_id = u.id "
                                      "WHERE s.ended_at IS NULL AND u.status = 'active' GROUP BY u.email "
                                      "ORDER BY count(*) DESC, u.email LIMIT 6"_s);
    QCOMPARE(m_emails.size(), 6);
    // A former member to remove, and a planned logout that is due.
    const QString former =
        TestStore::scalar(raw, u"SELECT id FROM users WHERE email = ?"_s, {m_emails.at(5)}).toString();
    QVERIFY(TestStore::await(source->deactivateUser(former, TestStore::context(u"Left the team"_s))).ok());
    const auto planned = TestStore::await(source->planLogoutAll(
        LogoutAllScope(), QDateTime::currentDateTimeUtc().addSecs(3600),
        u"Scheduled maintenance: you will be signed out."_s, TestStore::context(u"System update"_s)));
    QVERIFY2(planned.ok(), TestStore::why(planned));
    TestStore::scalar(raw, u"UPDATE planned_logouts SET run_at = ? WHERE id = ?"_s,
                      {Sql::time(QDateTime::currentDateTimeUtc().addSecs(-60)), planned.value().createdId});
    source.reset();
    raw.close();
    m_madeAt = QDateTime::currentDateTimeUtc();
}

void tst_KillAnywhere::start(QProcess &process, const QString &path, const QStringList &arguments,
                             const QString &file)
{
    const SqlSessionSource::Options options = TestStore::options(path);
    QStringList command = options.connectUrl.isEmpty() ? QStringList{u"--store"_s, path}
                                                       : QStringList{u"--connect"_s, options.connectUrl};
    for (const QString &argument : arguments)
        command << (argument == u"FILE" ? file : argument);
    // What this "computer" remembers of the trail (the CLI's witness) goes with the store's copy.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"cli-data"_s));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(SESSIONDESK_CLI));
    process.setArguments(command);
    process.start();
    QVERIFY(process.waitForStarted());
}

QStringList tst_KillAnywhere::snapshot(const QString &path, const QString &file)
{
    QSqlDatabase raw = TestStore::raw(path);
    const auto value = [&](const QString &sql, const QVariantList &args = {}) {
        return TestStore::scalar(raw, sql, args).toString();
    };
    QStringList facts{
        u"active sessions "_s + value(u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s),
        u"tokens cut off "_s +
            value(u"SELECT count(*) FROM users WHERE tokens_not_before >= ?"_s, {Sql::time(m_madeAt)}),
        u"statuses "_s + TestStore::column(raw, u"SELECT status || ':' || count(*) FROM users "
                                                "GROUP BY status ORDER BY status"_s)
                             .join(u' '),
        u"removed "_s + value(u"SELECT count(*) FROM users WHERE removed_at IS NOT NULL"_s),
        u"flags "_s + TestStore::column(raw, u"SELECT status || ':' || count(*) FROM flags "
                                             "GROUP BY status ORDER BY status"_s)
                          .join(u' '),
        u"plans "_s + TestStore::column(raw, u"SELECT status FROM planned_logouts ORDER BY id"_s).join(u' '),
        u"audit "_s + TestStore::column(raw, u"SELECT action FROM audit_log ORDER BY id"_s).join(u' '),
    };
    raw.close();
    if (file.isEmpty())
        return facts;
    // The export: none, or the whole file (its last record the trail's verification).
    QFile exported(file);
    if (!exported.exists()) {
        facts << u"no file"_s;
    } else {
        const QByteArray content = exported.open(QIODevice::ReadOnly) ? exported.readAll() : QByteArray();
        facts << (content.contains("\r\nverification,") && content.endsWith("\r\n") ? u"whole file"_s
                                                                                    : u"part of a file"_s);
    }
    // Nothing half-written is left beside it either.
    QDirIterator beside(QFileInfo(file).absolutePath(), QDir::Files | QDir::Hidden | QDir::System);
    while (beside.hasNext())
        if (const QString found = beside.next(); found != file)
            facts << u"a file left beside it: "_s + found;
    return facts;
}

void tst_KillAnywhere::freshStore(const QString &path)
{
    TestStore::copy(m_template, path);
    QDir(m_dir.filePath(u"cli-data"_s)).removeRecursively();
}

void tst_KillAnywhere::opensAndVerifies(const QString &path)
{
    QProcess verify;
    start(verify, path, {u"audit"_s, u"verify"_s}, {});
    QVERIFY(verify.waitForFinished(60'000));
    QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    auto source = TestStore::open(path);
    QVERIFY(source);
    const auto verified = TestStore::await(source->verifyAudit());
    QVERIFY2(verified.ok(), TestStore::why(verified));
    QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
}

void tst_KillAnywhere::killedMidAction_data()
{
    QTest::addColumn<QStringList>("arguments");
    // An export is recorded in the trail, then put in place: a kill between the two leaves the
    // entry without the file (never a file without its entry, never a part of one).
    QTest::addColumn<bool>("recordedFirst");
    const QStringList reason{u"--reason"_s, u"Killed at any moment"_s};
    QTest::newRow("log out one user")
        << QStringList{u"logout"_s, u"--user"_s, m_emails.at(0)} + reason << false;
    QTest::newRow("log out selected") << QStringList{u"logout"_s,    u"--user"_s, m_emails.at(1), u"--user"_s,
                                                     m_emails.at(2), u"--user"_s, m_emails.at(3)} +
                                             reason
                                      << false;
    QTest::newRow("log out all") << QStringList{u"logout-all"_s, u"--yes"_s} + reason << false;
    // Half the IPv4 addresses: many users' sessions, not all of them.
    QTest::newRow("end matching sessions")
        << QStringList{u"sessions"_s, u"end-matching"_s, u"--ip"_s, u"0.0.0.0/1"_s, u"--yes"_s} + reason
        << false;
    QTest::newRow("freeze") << QStringList{u"freeze"_s, u"--user"_s, m_emails.at(4)} + reason << false;
    QTest::newRow("remove a team member")
        << QStringList{u"users"_s, u"remove"_s, u"--user"_s, m_emails.at(5)} + reason << false;
    QTest::newRow("planned logout running") << QStringList{u"schedule"_s, u"run"_s} << false;
    QTest::newRow("audit export") << QStringList{u"audit"_s, u"export"_s, u"--csv"_s, u"FILE"_s} + reason
                                  << true;
}

void tst_KillAnywhere::killedMidAction()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, recordedFirst);
    const QString path = m_dir.filePath(u"store.sqlite"_s);
    const QString file = m_dir.filePath(u"export/trail.csv"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));

    // The reference: the store before, and after a run nobody interrupted, and how long it took.
    freshStore(path);
    const QStringList before = snapshot(path, file);
    QElapsedTimer clock;
    clock.start();
    QProcess reference;
    start(reference, path, arguments, file);
    QVERIFY(reference.waitForFinished(120'000));
    const qint64 takes = clock.elapsed();
    QVERIFY2(reference.exitCode() == 0, reference.readAllStandardError().constData());
    const QStringList after = snapshot(path, file);
    QVERIFY2(before != after, "the action changed nothing");
    QStringList recordedOnly = after;
    if (recordedFirst)
        recordedOnly.replace(recordedOnly.indexOf(u"whole file"_s), u"no file"_s);
    QFile::remove(file);

    QRandomGenerator random(20261206);
    int nothing = 0, everything = 0;
    for (int kill = 0; kill < m_kills; ++kill) {
        freshStore(path);
        QProcess process;
        start(process, path, arguments, file);
        // Anywhere from start-up to a little after it would have finished.
        QThread::usleep(random.bounded(quint64(takes) * 1100 + 1));
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60'000));
        const QStringList found = snapshot(path, file);
        QVERIFY2(
            found == before || found == after || (recordedFirst && found == recordedOnly),
            qPrintable(u"kill %1 left a half-done action:\n  %2\nbefore:\n  %3\nafter:\n  %4"_s.arg(kill).arg(
                found.join(u"\n  "_s), before.join(u"\n  "_s), after.join(u"\n  "_s))));
        ++(found == before ? nothing : everything);
        opensAndVerifies(path);
        if (QTest::currentTestFailed())
            return;
        QFile::remove(file);
    }
    qInfo("%d kills in %lld ms runs: %d before the action, %d after it", m_kills, takes, nothing, everything);
}

void tst_KillAnywhere::fullDiskDuringLogoutAll()
{
    if (TestStore::postgres())
        QSKIP("SQLite only: a PostgreSQL server's full disk is the server's to report");
    const QString mountPoint = m_dir.filePath(u"small-disk"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const qint64 storeSize = QFileInfo(m_template).size();
    // Room for the store and a little more, not for the write-ahead log of logging everybody out.
    const QByteArray size = QByteArray::number(storeSize + 96 * 1024);
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0,
                QByteArray("size=" + size).constData()) != 0)
        QSKIP("mounting a small tmpfs needs root (CAP_SYS_ADMIN); the test command runs as root");
    const auto unmount =
        qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
    const QString path = mountPoint + u"/store.sqlite"_s;
    freshStore(path);
    const QStringList before = snapshot(path, {});

    QProcess full;
    start(full, path, {u"logout-all"_s, u"--yes"_s, u"--reason"_s, u"Incident"_s}, {});
    QVERIFY(full.waitForFinished(120'000));
    const QString said = QString::fromUtf8(full.readAllStandardError());
    QCOMPARE(full.exitCode(), 1);
    QVERIFY2(said.contains(u"disk"_s, Qt::CaseInsensitive) && said.contains(u"nothing was changed"_s),
             qPrintable(said));
    QCOMPARE(snapshot(path, {}), before);

    // Space again: the store is whole and the logout goes through.
    QVERIFY(::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", MS_REMOUNT, "size=64m") ==
            0);
    opensAndVerifies(path);
    QProcess again;
    start(again, path, {u"logout-all"_s, u"--yes"_s, u"--reason"_s, u"Incident"_s}, {});
    QVERIFY(again.waitForFinished(120'000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QVERIFY(snapshot(path, {}).contains(u"active sessions 0"_s));
}

QTEST_GUILESS_MAIN(tst_KillAnywhere)
#include "tst_killanywhere.moc"
