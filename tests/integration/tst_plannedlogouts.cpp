#include "TestStore.h"
#include "models/Translations.h"
#include "models/schedule/PlannedLogoutRunner.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Log Out All Users planned for a time: announced in the store until it runs, run once at the
// time (never before, never twice, also not after a restart or by a second console), cancelled
// ones never, and only while the planner is still an administrator. The runner's clock is
// injected: the tests say what "now" is.
class tst_PlannedLogouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesATimeTooSoon();
    void isAnnouncedAndAudited();
    void runsOnceAtTheTimeNotBefore();
    void cancelledNeverRuns();
    void missedTimeRunsWhenNextPossible();
    void aPlanMissedByOverAnHourFails();
    void runsOnlyFromAnOperatorsConsoleAndNamesIt();
    void twoConsolesRunItOnce();
    void theStoresClockDecidesWhenDue();
    void failsWhenThePlannerIsNoLongerAdministrator();
    void refusesAPlanWithinTheNoticeOfAPendingOne();
    void refusesAScopeThatSparesNobody_data();
    void refusesAScopeThatSparesNobody();
    void failsWhenTheScopeNoLongerFits();

private:
    // Plans a logout at runAt sparing one user; returns its id.
    qint64 plan(const QDateTime &runAt, const QString &spare = {});
    // Moves the plan's time, as if it had been planned for then (a store checks that a plan it
    // runs is due by its own clock).
    void moveTo(qint64 id, const QDateTime &runAt);
    QString planner() const { return m_source->currentOperator().id; }
    int activeSessions() const;
    int audited(const QString &action) const;
    void failureIsAudited(qint64 id, const QString &why) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_PlannedLogouts::initTestCase()
{
    Translations::install(QCoreApplication::instance(),
                          QLocale(QLocale::English)); // messages with their plural forms
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(40, 8));
}

void tst_PlannedLogouts::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_PlannedLogouts::cleanup()
{
    m_source.reset();
    m_raw.close();
}

qint64 tst_PlannedLogouts::plan(const QDateTime &runAt, const QString &spare)
{
    LogoutAllScope scope;
    if (!spare.isEmpty())
        scope.keepUserIds << spare;
    const auto planned = TestStore::await(m_source->planLogoutAll(
        scope, runAt, u"Scheduled maintenance: you will be signed out at 22:00 UTC."_s,
        TestStore::context(u"System update"_s, u"CHG-42"_s)));
    if (!planned.ok())
        qWarning() << planned.error().text;
    return planned.ok() ? planned.value().createdId : 0;
}

void tst_PlannedLogouts::moveTo(qint64 id, const QDateTime &runAt)
{
    QSqlQuery query(m_raw);
    QVERIFY(
        !Sql::exec(query, u"UPDATE planned_logouts SET run_at = ? WHERE id = ?"_s, {Sql::time(runAt), id}));
}

int tst_PlannedLogouts::activeSessions() const
{
    return TestStore::scalar(m_raw,
                             u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ?"_s,
                             {Sql::time(QDateTime::currentDateTimeUtc())})
        .toInt();
}

int tst_PlannedLogouts::audited(const QString &action) const
{
    return TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action}).toInt();
}

// Found by trying: a plan that failed when it fell due was "Failed" in the schedule and nowhere in
// the audit trail. Its failure is one logout_all entry with the outcome failed, as the planner,
// naming the plan and why, that ended nothing.
void tst_PlannedLogouts::failureIsAudited(qint64 id, const QString &why) const
{
    QCOMPARE(audited(u"logout_all"_s), 1);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT outcome || ' ' || count FROM audit_log WHERE action = 'logout_all'"_s)
                 .toString(),
             u"failed 0"_s);
    const QJsonObject value =
        QJsonDocument::fromJson(
            TestStore::scalar(m_raw, u"SELECT new_value FROM audit_log WHERE action = 'logout_all'"_s)
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(value.value(u"planned").toInteger(), id);
    QVERIFY2(value.value(u"error").toString().startsWith(why), qPrintable(value.value(u"error").toString()));
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT reason FROM audit_log WHERE action = 'logout_all'"_s).toString(),
        TestStore::scalar(m_raw, u"SELECT reason FROM planned_logouts WHERE id = ?"_s, {id}).toString());
}

void tst_PlannedLogouts::refusesATimeTooSoon()
{
    const auto planned = TestStore::await(m_source->planLogoutAll(
        LogoutAllScope(), QDateTime::currentDateTimeUtc().addSecs(5 * 60), u"Soon"_s, TestStore::context()));
    QVERIFY(!planned.ok());
    QCOMPARE(planned.error().code, SourceError::Code::InvalidInput);
    QVERIFY2(planned.error().text.contains(u"at least 15 minutes ahead"_s), qPrintable(planned.error().text));
    const auto silent = TestStore::await(m_source->planLogoutAll(
        LogoutAllScope(), QDateTime::currentDateTimeUtc().addSecs(3600), u"  "_s, TestStore::context()));
    QVERIFY(!silent.ok());
    QVERIFY2(silent.error().text.contains(u"needs a message"_s), qPrintable(silent.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM planned_logouts"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_PlannedLogouts::isAnnouncedAndAudited()
{
    const QDateTime runAt = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    const qint64 id = plan(runAt);
    QVERIFY(id > 0);
    // What an application reads to show the announcement.
    QSqlQuery announcement(m_raw);
    QVERIFY(announcement.exec(u"SELECT message, run_at FROM planned_logouts WHERE status = 'pending'"_s));
    QVERIFY(announcement.next());
    QCOMPARE(announcement.value(0).toString(),
             u"Scheduled maintenance: you will be signed out at 22:00 UTC."_s);
    QCOMPARE(TestStore::ms(announcement.value(1)), runAt.toMSecsSinceEpoch());
    QCOMPARE(audited(u"logout_all_planned"_s), 1);
    const QJsonObject value =
        QJsonDocument::fromJson(
            TestStore::scalar(m_raw, u"SELECT new_value FROM audit_log WHERE action = 'logout_all_planned'"_s)
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(value.value(u"id"_s).toInteger(), id);
    QCOMPARE(value.value(u"runAt"_s).toString(), runAt.toString(Qt::ISODate));
    const auto pending = TestStore::await(m_source->plannedLogouts(true));
    QVERIFY(pending.ok());
    QCOMPARE(pending.value().size(), 1);
    QCOMPARE(pending.value().first().reason, u"System update"_s);
    QCOMPARE(pending.value().first().createdBy, planner());
}

void tst_PlannedLogouts::runsOnceAtTheTimeNotBefore()
{
    // Planned an hour ahead, an hour ago (to the millisecond, as the stores keep times).
    const QDateTime now0 = QDateTime::currentDateTimeUtc();
    const QDateTime runAt = QDateTime::fromMSecsSinceEpoch(now0.toMSecsSinceEpoch() - 60'000, Qt::UTC);
    const QString spared =
        TestStore::scalar(
            m_raw, u"SELECT user_id FROM user_stats WHERE open_sessions > 0 ORDER BY user_id LIMIT 1"_s)
            .toString();
    const int sparedSessions =
        TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {spared})
            .toInt();
    const qint64 id = plan(now0.addSecs(3600), spared);
    QVERIFY(id > 0);
    moveTo(id, runAt);
    const int before = activeSessions();
    QVERIFY(before > sparedSessions);

    QDateTime now = runAt.addSecs(-60);
    PlannedLogoutRunner runner(m_source.get(), [&now] { return now; });
    QSignalSpy ran(&runner, &PlannedLogoutRunner::ran);
    QCOMPARE(TestStore::await(runner.runDue()), 0); // a minute early: nothing
    QCOMPARE(activeSessions(), before);
    QCOMPARE(audited(u"logout_all"_s), 0);

    now = runAt.addSecs(1);
    QCOMPARE(TestStore::await(runner.runDue()), 1);
    QCOMPARE(ran.count(), 1);
    QCOMPARE(activeSessions(), sparedSessions); // exactly as an immediate logout-all sparing the user
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"done"_s);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM planned_logouts WHERE status = 'pending'"_s).toInt(),
        0);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT operator || '|' || reason || '|' || ticket || '|' || count FROM "
                               "audit_log WHERE action = 'logout_all'"_s)
                 .toString(),
             u"%1|System update|CHG-42|%2"_s.arg(planner()).arg(before - sparedSessions));
    QVERIFY(TestStore::scalar(m_raw, u"SELECT new_value FROM audit_log WHERE action = 'logout_all'"_s)
                .toString()
                .contains(u"\"planned\":%1"_s.arg(id)));

    now = runAt.addSecs(3600);
    QCOMPARE(TestStore::await(runner.runDue()), 0); // not twice
    // Nor after a restart.
    m_source.reset();
    m_source = TestStore::open(m_path);
    PlannedLogoutRunner restarted(m_source.get(), [&now] { return now; });
    QCOMPARE(TestStore::await(restarted.runDue()), 0);
    QCOMPARE(audited(u"logout_all"_s), 1);
    QVERIFY(TestStore::await(m_source->verifyAudit()).value().intact);
}

void tst_PlannedLogouts::cancelledNeverRuns()
{
    const QDateTime runAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const qint64 id = plan(runAt);
    const auto cancelled =
        TestStore::await(m_source->cancelPlannedLogout(id, TestStore::context(u"Maintenance postponed"_s)));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.ok() ? QString() : cancelled.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"cancelled"_s);
    QVERIFY(TestStore::scalar(m_raw, u"SELECT outcome FROM planned_logouts WHERE id = ?"_s, {id})
                .toString()
                .contains(u"Maintenance postponed"_s));
    QCOMPARE(audited(u"logout_all_cancel"_s), 1);
    QVERIFY(!TestStore::scalar(m_raw, u"SELECT old_value FROM audit_log WHERE action = 'logout_all_cancel'"_s)
                 .toString()
                 .isEmpty());

    const int before = activeSessions();
    PlannedLogoutRunner runner(m_source.get(), [runAt] { return runAt.addDays(1); });
    QCOMPARE(TestStore::await(runner.runDue()), 0);
    QCOMPARE(activeSessions(), before);
    const auto again = TestStore::await(m_source->cancelPlannedLogout(id, TestStore::context()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, SourceError::Code::Conflict);
    QCOMPARE(audited(u"logout_all_cancel"_s), 1);
}

void tst_PlannedLogouts::missedTimeRunsWhenNextPossible()
{
    const qint64 id = plan(QDateTime::currentDateTimeUtc().addSecs(3600));
    // Nothing was running at the time: the plan's time is now half an hour past.
    moveTo(id, QDateTime::currentDateTimeUtc().addSecs(-30 * 60));
    m_source.reset();
    m_source = TestStore::open(m_path);
    PlannedLogoutRunner runner(m_source.get()); // the real clock
    QCOMPARE(TestStore::await(runner.runDue()), 1);
    QCOMPARE(activeSessions(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"done"_s);
    QCOMPARE(TestStore::await(runner.runDue()), 0);
}

void tst_PlannedLogouts::aPlanMissedByOverAnHourFails()
{
    // Found by trying: a plan for Saturday night ran on Wednesday morning, when a console was
    // next opened, signing everybody out at an hour nobody had announced.
    const qint64 id = plan(QDateTime::currentDateTimeUtc().addSecs(3600));
    moveTo(id, QDateTime::currentDateTimeUtc().addSecs(-(PlannedLogout::missedAfterMinutes + 5) * 60));
    m_source.reset();
    m_source = TestStore::open(m_path);
    const int before = activeSessions();
    PlannedLogoutRunner runner(m_source.get());
    QStringList said; // the console's banner says why, not silent
    connect(&runner, &PlannedLogoutRunner::ran, this,
            [&said](const PlannedLogout &, const Result<ActionResult> &result) {
                said << (result.ok() ? u"ran"_s : result.error().text);
            });
    QCOMPARE(TestStore::await(runner.runDue()), 0);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().startsWith(u"Missed: "_s), qPrintable(said.first()));
    QTRY_COMPARE(
        TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
        u"failed"_s);
    const QString outcome =
        TestStore::scalar(m_raw, u"SELECT outcome FROM planned_logouts WHERE id = ?"_s, {id}).toString();
    QVERIFY2(outcome.startsWith(u"Missed: it was due at "_s) && outcome.contains(u"nobody was signed out"_s),
             qPrintable(outcome));
    QVERIFY(TestStore::scalar(m_raw, u"SELECT ran_by FROM planned_logouts WHERE id = ?"_s, {id})
                .toString()
                .contains(Operator::fromEnvironment().host));
    QCOMPARE(activeSessions(), before);
    failureIsAudited(id, u"Missed: it was due at "_s);
}

void tst_PlannedLogouts::runsOnlyFromAnOperatorsConsoleAndNamesIt()
{
    // Found by trying: a console of an account that was no operator ran a due plan, and the entry
    // named the planner's OS account as if they had been at the keyboard.
    if (TestStore::postgres())
        QSKIP("PostgreSQL: a login without a store role opens nothing, and the store's function names the "
              "console that ran a plan (tst_pgstoreguard)");
    const qint64 id = plan(QDateTime::currentDateTimeUtc().addSecs(3600));
    moveTo(id, QDateTime::currentDateTimeUtc().addSecs(-60));
    m_source.reset();
    TestStore::setRole(m_path, std::nullopt);
    m_source = TestStore::open(m_path, 0, 2000, 3, std::nullopt);
    QVERIFY(!m_source->currentOperator().role);
    const int before = activeSessions();
    PlannedLogoutRunner looker(m_source.get());
    QCOMPARE(TestStore::await(looker.runDue()), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"pending"_s);
    QCOMPARE(activeSessions(), before);

    // Planned by another administrator (daemon); an auditor's console runs it, as the planner,
    // and the entry and the plan name the OS account and host of the console that ran it.
    m_source.reset();
    TestStore::setRole(m_path, Role::Auditor);
    TestStore::scalar(m_raw, u"INSERT INTO operators (os_account, role, added_at, added_by) "
                             "VALUES ('daemon', 'administrator', 0, 'test')"_s);
    TestStore::scalar(m_raw,
                      u"UPDATE planned_logouts SET created_by = 'daemon', created_by_account = 'daemon'"_s);
    m_source = TestStore::open(m_path, 0, 2000, 3, Role::Auditor);
    PlannedLogoutRunner auditor(m_source.get());
    QCOMPARE(TestStore::await(auditor.runDue()), 1);
    const Operator me = Operator::fromEnvironment();
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT operator || '|' || os_account || '|' || host FROM audit_log "
                                      "WHERE action = 'logout_all'"_s)
                 .toString(),
             u"daemon|"_s + me.osAccount + u'|' + me.host);
    const QString ranBy =
        TestStore::scalar(m_raw, u"SELECT ran_by FROM planned_logouts WHERE id = ?"_s, {id}).toString();
    QVERIFY2(ranBy.contains(me.osAccount) && ranBy.contains(me.host), qPrintable(ranBy));
}

void tst_PlannedLogouts::twoConsolesRunItOnce()
{
    moveTo(plan(QDateTime::currentDateTimeUtc().addSecs(3600)), QDateTime::currentDateTimeUtc().addSecs(-60));
    auto other = TestStore::open(m_path);
    const auto later = [] {
        return QDateTime::currentDateTimeUtc();
    };
    PlannedLogoutRunner first(m_source.get(), later);
    PlannedLogoutRunner second(other.get(), later);
    int reported = 0;
    int succeeded = 0;
    for (PlannedLogoutRunner *runner : {&first, &second})
        connect(runner, &PlannedLogoutRunner::ran, runner,
                [&](const PlannedLogout &, const Result<ActionResult> &result) {
                    ++reported;
                    succeeded += result.ok() ? 1 : 0;
                });
    // Both find it due at the same moment; the store lets one of them run it, and the other one's
    // console says nothing of the plan it found done.
    const QFuture<int> a = first.runDue();
    const QFuture<int> b = second.runDue();
    QCOMPARE(TestStore::await(a) + TestStore::await(b), 1);
    QCOMPARE(audited(u"logout_all"_s), 1);
    QCOMPARE(activeSessions(), 0);
    QCOMPARE(reported, 1);
    QCOMPARE(succeeded, 1);
}

void tst_PlannedLogouts::theStoresClockDecidesWhenDue()
{
    if (!TestStore::postgres())
        QSKIP("PostgreSQL only: a SQLite store has no clock of its own and trusts the console's");
    const qint64 id = plan(QDateTime::currentDateTimeUtc().addSecs(3600));
    const int before = activeSessions();
    // A console whose clock runs a day ahead finds the plan due; the server says not yet.
    PlannedLogoutRunner runner(m_source.get(), [] { return QDateTime::currentDateTimeUtc().addDays(1); });
    QSignalSpy ran(&runner, &PlannedLogoutRunner::ran);
    QCOMPARE(TestStore::await(runner.runDue()), 0);
    QCOMPARE(ran.count(), 0); // nothing to report: the plan waits for its time
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"pending"_s);
    QCOMPARE(activeSessions(), before);
    QCOMPARE(audited(u"logout_all"_s), 0);
}

void tst_PlannedLogouts::failsWhenThePlannerIsNoLongerAdministrator()
{
    const qint64 id = plan(QDateTime::currentDateTimeUtc().addSecs(3600));
    moveTo(id, QDateTime::currentDateTimeUtc().addSecs(-60));
    m_source.reset();
    TestStore::setRole(m_path, Role::Support); // the planner was demoted meanwhile
    m_source = TestStore::open(m_path, 0, 2000, 3, Role::Support);
    const int before = activeSessions();
    PlannedLogoutRunner runner(m_source.get(), [] { return QDateTime::currentDateTimeUtc().addDays(1); });
    QCOMPARE(TestStore::await(runner.runDue()), 0);
    QTRY_COMPARE(
        TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
        u"failed"_s);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT outcome FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
             u"Only administrators can log out all users."_s);
    QCOMPARE(activeSessions(), before);
    failureIsAudited(id, u"Only administrators can log out all users."_s);
}

void tst_PlannedLogouts::refusesAPlanWithinTheNoticeOfAPendingOne()
{
    // Two plans 5 minutes apart would announce two times to users; the notice is 15 minutes.
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(3600);
    const qint64 id = plan(first);
    QVERIFY(id > 0);
    const auto second = TestStore::await(
        m_source->planLogoutAll(LogoutAllScope(), first.addSecs(5 * 60), u"Again"_s, TestStore::context()));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, SourceError::Code::Conflict);
    QVERIFY2(second.error().text.contains(u"Planned logout %1 is already pending"_s.arg(id)),
             qPrintable(second.error().text));
    const auto before = TestStore::await(m_source->planLogoutAll(LogoutAllScope(), first.addSecs(-10 * 60),
                                                                 u"Earlier"_s, TestStore::context()));
    QVERIFY(!before.ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM planned_logouts"_s).toInt(), 1);
    QCOMPARE(audited(u"logout_all_planned"_s), 1);
    // Outside the notice it is another plan, and both are listed.
    QVERIFY(plan(first.addSecs(3600)) > 0);
    QCOMPARE(TestStore::await(m_source->plannedLogouts(true)).value().size(), 2);
}

void tst_PlannedLogouts::refusesAScopeThatSparesNobody_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("a role nobody has")
        << QStringList{u"admins"_s} << QStringList() << int(SourceError::Code::NotFound)
        << u"No user has the role admins, so it spares nobody"_s;
    QTest::newRow("one of two roles") << QStringList{u"member"_s, u"Admin"_s} << QStringList()
                                      << int(SourceError::Code::NotFound) << u"No user has the role Admin"_s;
    QTest::newRow("an empty role") << QStringList{QString()} << QStringList()
                                   << int(SourceError::Code::InvalidInput)
                                   << u"An empty role cannot be spared"_s;
    QTest::newRow("a user who does not exist")
        << QStringList() << QStringList{u"usr_nobody"_s} << int(SourceError::Code::NotFound)
        << u"There is no user usr_nobody to keep signed in"_s;
}

void tst_PlannedLogouts::refusesAScopeThatSparesNobody()
{
    // "--keep-role admins" (the role is admin) must not log out the administrators it meant to
    // spare: preview, immediate and planned are refused, nothing ends, nothing is audited.
    QFETCH(QStringList, roles);
    QFETCH(QStringList, users);
    QFETCH(int, code);
    QFETCH(QString, sentence);
    LogoutAllScope scope;
    scope.excludeRoles = roles;
    scope.keepUserIds = users;
    const int before = activeSessions();
    const auto preview = TestStore::await(m_source->previewLogoutAll(scope));
    QVERIFY(!preview.ok());
    QCOMPARE(int(preview.error().code), code);
    QVERIFY2(preview.error().text.contains(sentence), qPrintable(preview.error().text));
    const auto now = TestStore::await(m_source->logoutAll(scope, TestStore::context()));
    QVERIFY(!now.ok());
    QVERIFY2(now.error().text.contains(sentence), qPrintable(now.error().text));
    const auto later = TestStore::await(m_source->planLogoutAll(
        scope, QDateTime::currentDateTimeUtc().addSecs(3600), u"Maintenance"_s, TestStore::context()));
    QVERIFY(!later.ok());
    QVERIFY2(later.error().text.contains(sentence), qPrintable(later.error().text));
    QCOMPARE(activeSessions(), before);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM planned_logouts"_s).toInt(), 0);
}

void tst_PlannedLogouts::failsWhenTheScopeNoLongerFits()
{
    // Planned to spare the role "auditors", which nobody holds by the time it is due: it fails,
    // saying why, and ends nothing.
    QSqlQuery query(m_raw);
    const QString userId = TestStore::scalar(m_raw, u"SELECT min(id) FROM users"_s).toString();
    QVERIFY(!Sql::exec(query, u"UPDATE users SET role = 'auditors' WHERE id = ?"_s, {userId}));
    LogoutAllScope scope;
    scope.excludeRoles = {u"auditors"_s};
    const auto planned = TestStore::await(m_source->planLogoutAll(
        scope, QDateTime::currentDateTimeUtc().addSecs(3600), u"Maintenance"_s, TestStore::context()));
    QVERIFY2(planned.ok(), TestStore::why(planned));
    const qint64 id = planned.value().createdId;
    QVERIFY(!Sql::exec(query, u"UPDATE users SET role = 'member' WHERE id = ?"_s, {userId}));
    moveTo(id, QDateTime::currentDateTimeUtc().addSecs(-60));
    const int before = activeSessions();
    PlannedLogoutRunner runner(m_source.get(), [] { return QDateTime::currentDateTimeUtc().addDays(1); });
    QCOMPARE(TestStore::await(runner.runDue()), 0);
    QTRY_COMPARE(
        TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts WHERE id = ?"_s, {id}).toString(),
        u"failed"_s);
    QVERIFY(TestStore::scalar(m_raw, u"SELECT outcome FROM planned_logouts WHERE id = ?"_s, {id})
                .toString()
                .startsWith(u"No user has the role auditors"_s));
    QCOMPARE(activeSessions(), before);
    failureIsAudited(id, u"No user has the role auditors"_s);
}

QTEST_GUILESS_MAIN(tst_PlannedLogouts)
#include "tst_plannedlogouts.moc"
