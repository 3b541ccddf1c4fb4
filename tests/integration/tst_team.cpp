#include "TestStore.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Team members in the native store: each lifecycle action's effect on the store and its audit
// entry, the refusals that leave everything as it was, and removed users' history purged after
// the period the settings give.
class tst_Team : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addCreatesAnActiveAccount();
    void addRefuses_data();
    void addRefuses();
    void anAddressIsOneInEveryLetterCase();
    void deactivateEndsSessionsAndRejectsTokens();
    void reactivateRestoresTheStatusOnly();
    void deactivateRefusesAFrozenAccount();
    void removeTakesDeactivatedUsersOnly();
    void removeAnonymisesWhenHistoryRefersToTheUser();
    void removeDeletesAUserWithoutHistory();
    void setRoleRecordsOldAndNew();
    void removedHistoryIsPurgedAfterThePeriod();

private:
    QString userWithActiveSessions(int nth = 0);
    int auditCount() const;
    QString lastAudit(const QString &columns) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_Team::initTestCase()
{
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(40, 5));
}

void tst_Team::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_Team::cleanup()
{
    m_source.reset();
    m_raw.close();
}

QString tst_Team::userWithActiveSessions(int nth)
{
    return TestStore::scalar(
               m_raw,
               u"SELECT s.user_id FROM user_stats s JOIN users u ON u.id = s.user_id "
               "WHERE s.open_sessions > 0 AND u.status = 'active' ORDER BY s.user_id LIMIT 1 OFFSET ?"_s,
               {nth})
        .toString();
}

int tst_Team::auditCount() const
{
    return TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt();
}

QString tst_Team::lastAudit(const QString &columns) const
{
    return TestStore::scalar(m_raw, u"SELECT %1 FROM audit_log ORDER BY id DESC LIMIT 1"_s.arg(columns))
        .toString();
}

void tst_Team::addCreatesAnActiveAccount()
{
    const qint64 before = TestStore::await(m_source->users(UserQuery())).value().total;
    const auto added =
        TestStore::await(m_source->addUser(u"  Zoe.Park@Example.com "_s, u"Zoë  Park"_s, u"engineer"_s,
                                           TestStore::context(u"New team member"_s)));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text));
    QCOMPARE(TestStore::await(m_source->users(UserQuery())).value().total, before + 1);
    const auto user = TestStore::await(m_source->userByEmail(u"zoe.park@example.com"_s));
    QVERIFY(user.ok());
    QCOMPARE(user.value().email, u"Zoe.Park@Example.com"_s);
    QCOMPARE(user.value().displayName, u"Zoë Park"_s);
    QCOMPARE(user.value().role, u"engineer"_s);
    QCOMPARE(user.value().status, UserStatus::Active);
    QCOMPARE(user.value().activeSessions, 0);
    QCOMPARE(lastAudit(u"action || '|' || target_user || '|' || reason"_s),
             u"user_add|%1|New team member"_s.arg(user.value().id));
    const QJsonObject value = QJsonDocument::fromJson(lastAudit(u"new_value"_s).toUtf8()).object();
    QCOMPARE(value.value(u"email"_s).toString(), u"Zoe.Park@Example.com"_s);
    QCOMPARE(value.value(u"role"_s).toString(), u"engineer"_s);
    QCOMPARE(added.value().auditEntryId, qint64(auditCount()));
}

void tst_Team::addRefuses_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate, other case")
        << u"DUP"_s << u"Someone Else"_s << int(SourceError::Code::Conflict) << u"already has an account"_s;
    QTest::newRow("no @") << u"zoe.example.com"_s << u"Zoe"_s << int(SourceError::Code::InvalidInput)
                          << u"is not an email address"_s;
    QTest::newRow("no domain dot") << u"zoe@example"_s << u"Zoe"_s << int(SourceError::Code::InvalidInput)
                                   << u"is not an email address"_s;
    QTest::newRow("space") << u"zoe park@example.com"_s << u"Zoe"_s << int(SourceError::Code::InvalidInput)
                           << u"is not an email address"_s;
    QTest::newRow("no name") << u"zoe@example.com"_s << u"   "_s << int(SourceError::Code::InvalidInput)
                             << u"A name is required"_s;
}

void tst_Team::addRefuses()
{
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(int, code);
    QFETCH(QString, message);
    if (email == u"DUP")
        email = TestStore::scalar(m_raw, u"SELECT upper(email) FROM users LIMIT 1"_s).toString();
    const int users = TestStore::scalar(m_raw, u"SELECT count(*) FROM users"_s).toInt();
    const int entries = auditCount();
    const auto added = TestStore::await(m_source->addUser(email, name, u"member"_s, TestStore::context()));
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), code);
    QVERIFY2(added.error().text.contains(message), qPrintable(added.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users"_s).toInt(), users);
    QCOMPARE(auditCount(), entries);
}

// Found by trying: INÈS.Müller@Example.com and inès.müller@example.com became two accounts
// (SQLite's lower() knows A to Z only), and --user found whichever matched the exact spelling.
void tst_Team::anAddressIsOneInEveryLetterCase()
{
    const auto added = TestStore::await(
        m_source->addUser(u"Inès.Müller@Example.com"_s, u"Inès Müller"_s, u"member"_s, TestStore::context()));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text));
    const int users = TestStore::scalar(m_raw, u"SELECT count(*) FROM users"_s).toInt();
    for (const QString &again : {u"INÈS.MÜLLER@EXAMPLE.COM"_s, u"inès.müller@example.com"_s}) {
        const auto twice =
            TestStore::await(m_source->addUser(again, u"Someone"_s, u"member"_s, TestStore::context()));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, SourceError::Code::Conflict);
        QVERIFY2(
            twice.error().text.contains(u"Inès Müller <Inès.Müller@Example.com> already has an account"_s),
            qPrintable(twice.error().text));
    }
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users"_s).toInt(), users);
    const auto found = TestStore::await(m_source->userByEmail(u"INÈS.MÜLLER@example.com"_s));
    QVERIFY(found.ok());
    QCOMPARE(found.value().displayName, u"Inès Müller"_s);
}

void tst_Team::deactivateEndsSessionsAndRejectsTokens()
{
    const QString user = userWithActiveSessions();
    const int open =
        TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {user}).toInt();
    QVERIFY(open > 0);
    const auto done = TestStore::await(
        m_source->deactivateUser(user, TestStore::context(u"Left the organisation"_s, u"HR-9"_s)));
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().text));
    QCOMPARE(done.value().sessionsEnded, open);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT status || '|' || status_reason FROM users WHERE id = ?"_s, {user})
            .toString(),
        u"deactivated|Left the organisation"_s);
    QCOMPARE(TestStore::ms(
                 TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {user})),
             done.value().at.toMSecsSinceEpoch());
    QCOMPARE(
        TestStore::scalar(m_raw,
                          u"SELECT count(*) FROM sessions WHERE user_id = ? AND end_reason = 'deactivated' "
                          "AND ended_by = ? AND ended_at = ?"_s,
                          {user, TestStore::context().actor.id, Sql::time(done.value().at)})
            .toInt(),
        open);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {user}).toInt(),
        0);
    QCOMPARE(lastAudit(u"action || '|' || target_user || '|' || count || '|' || ticket"_s),
             u"user_deactivate|%1|%2|HR-9"_s.arg(user).arg(open));

    const int entries = auditCount();
    const auto again = TestStore::await(m_source->deactivateUser(user, TestStore::context()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, SourceError::Code::Conflict);
    QCOMPARE(auditCount(), entries);
}

// Deactivating and reactivating would make a frozen account active with no unfreeze on record:
// the freeze ends only by unfreezing it, and the store refuses the rest for any writer.
void tst_Team::deactivateRefusesAFrozenAccount()
{
    const QString user = userWithActiveSessions();
    const QString name =
        TestStore::scalar(m_raw, u"SELECT display_name FROM users WHERE id = ?"_s, {user}).toString();
    QVERIFY(TestStore::await(m_source->freezeUser(user, TestStore::context(u"Under investigation"_s))).ok());
    const int entries = auditCount();

    const auto refused = TestStore::await(m_source->deactivateUser(user, TestStore::context()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, SourceError::Code::Conflict);
    QVERIFY2(refused.error().text.contains(name + u" is frozen: unfreeze the account first"_s),
             qPrintable(refused.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = ?"_s, {user}).toString(),
             u"frozen"_s);
    QCOMPARE(auditCount(), entries);
    const auto reactivated = TestStore::await(m_source->reactivateUser(user, TestStore::context()));
    QVERIFY(!reactivated.ok());
    // Removing it sends the administrator to unfreezing first, not to a deactivation refused.
    const auto removed = TestStore::await(m_source->removeUser(user, TestStore::context()));
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().text.contains(name +
                                           u" is frozen: only deactivated users can be removed. Unfreeze "
                                           "the account, then deactivate it."_s),
             qPrintable(removed.error().text));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = ?"_s, {user}).toString(),
             u"frozen"_s);

    if (!TestStore::postgres()) { // PostgreSQL's logins write through the store's functions only
        QSqlQuery query(m_raw);
        QVERIFY(!query.exec(u"UPDATE users SET status = 'deactivated' WHERE id = '%1'"_s.arg(user)));
        QVERIFY2(query.lastError().databaseText().contains(u"unfrozen before it is deactivated"_s),
                 qPrintable(query.lastError().databaseText()));
    }

    QVERIFY(TestStore::await(m_source->unfreezeUser(user, TestStore::context(u"Cleared"_s))).ok());
    QVERIFY(TestStore::await(m_source->deactivateUser(user, TestStore::context(u"Left"_s))).ok());
    QCOMPARE(lastAudit(u"action"_s), u"user_deactivate"_s);
    QCOMPARE(auditCount(), entries + 2);
}

void tst_Team::reactivateRestoresTheStatusOnly()
{
    const QString user = userWithActiveSessions();
    const int entries = auditCount();
    const auto notDeactivated = TestStore::await(m_source->reactivateUser(user, TestStore::context()));
    QVERIFY(!notDeactivated.ok());
    QCOMPARE(notDeactivated.error().code, SourceError::Code::Conflict);
    QCOMPARE(auditCount(), entries);

    QVERIFY(TestStore::await(m_source->deactivateUser(user, TestStore::context())).ok());
    const QString ended = u"SELECT count(*) FROM sessions WHERE user_id = ? AND end_reason = 'deactivated'"_s;
    const int endedBefore = TestStore::scalar(m_raw, ended, {user}).toInt();
    const qint64 tokens = TestStore::ms(
        TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {user}));
    QVERIFY(TestStore::await(m_source->reactivateUser(user, TestStore::context(u"Returned"_s))).ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = ?"_s, {user}).toString(),
             u"active"_s);
    QVERIFY(TestStore::scalar(m_raw, u"SELECT status_reason FROM users WHERE id = ?"_s, {user}).isNull());
    QCOMPARE(TestStore::scalar(m_raw, ended, {user}).toInt(), endedBefore); // sessions stay ended
    QCOMPARE(TestStore::ms(
                 TestStore::scalar(m_raw, u"SELECT tokens_not_before FROM users WHERE id = ?"_s, {user})),
             tokens);
    QCOMPARE(lastAudit(u"action || '|' || reason"_s), u"user_reactivate|Returned"_s);
}

void tst_Team::removeTakesDeactivatedUsersOnly()
{
    const QString user = userWithActiveSessions();
    const int entries = auditCount();
    const auto removed = TestStore::await(m_source->removeUser(user, TestStore::context()));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, SourceError::Code::Conflict);
    QVERIFY2(removed.error().text.contains(u"Deactivate the account first"_s),
             qPrintable(removed.error().text));
    QCOMPARE(auditCount(), entries);
    QVERIFY(TestStore::scalar(m_raw, u"SELECT removed_at FROM users WHERE id = ?"_s, {user}).isNull());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE id = ?"_s, {user}).toInt(), 1);
}

void tst_Team::removeAnonymisesWhenHistoryRefersToTheUser()
{
    const QString user = userWithActiveSessions();
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {user}).toString();
    const int sessions =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {user}).toInt();
    const int events =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ?"_s, {user}).toInt();
    QVERIFY(TestStore::await(m_source->deactivateUser(user, TestStore::context())).ok());
    const qint64 total = TestStore::await(m_source->users(UserQuery())).value().total;
    const auto removed = TestStore::await(m_source->removeUser(user, TestStore::context(u"Offboarding"_s)));
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text));

    QCOMPARE(TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {user}).toString(),
             u"removed-%1@removed.invalid"_s.arg(user));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT display_name FROM users WHERE id = ?"_s, {user}).toString(),
             u"Removed user"_s);
    QCOMPARE(TestStore::ms(TestStore::scalar(m_raw, u"SELECT removed_at FROM users WHERE id = ?"_s, {user})),
             removed.value().at.toMSecsSinceEpoch());
    // The history stays for the audit period; the user is gone from the console's lists.
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {user}).toInt(),
             sessions);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ?"_s, {user}).toInt(),
        events);
    QCOMPARE(TestStore::await(m_source->users(UserQuery())).value().total, total - 1);
    QCOMPARE(TestStore::await(m_source->userByEmail(email)).error().code, SourceError::Code::NotFound);
    const QJsonObject old = QJsonDocument::fromJson(lastAudit(u"old_value"_s).toUtf8()).object();
    QCOMPARE(old.value(u"email"_s).toString(), email);
    QCOMPARE(lastAudit(u"action"_s), u"user_remove"_s);
    // A removed user cannot be acted on any more.
    QCOMPARE(TestStore::await(m_source->reactivateUser(user, TestStore::context())).error().code,
             SourceError::Code::NotFound);
}

void tst_Team::removeDeletesAUserWithoutHistory()
{
    QVERIFY(
        TestStore::await(m_source->addUser(u"temp@example.com"_s, u"Temp"_s, {}, TestStore::context())).ok());
    const QString user =
        TestStore::scalar(m_raw, u"SELECT id FROM users WHERE email = 'temp@example.com'"_s).toString();
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT role FROM users WHERE id = ?"_s, {user}).toString(),
             u"member"_s);
    QVERIFY(TestStore::await(m_source->deactivateUser(user, TestStore::context())).ok());
    QVERIFY(TestStore::await(m_source->removeUser(user, TestStore::context())).ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE id = ?"_s, {user}).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM user_stats WHERE user_id = ?"_s, {user}).toInt(),
             0);
    QCOMPARE(lastAudit(u"new_value"_s), uR"({"removed":"deleted"})"_s);
}

void tst_Team::setRoleRecordsOldAndNew()
{
    const QString user = userWithActiveSessions();
    const QString role =
        TestStore::scalar(m_raw, u"SELECT role FROM users WHERE id = ?"_s, {user}).toString();
    const int entries = auditCount();
    const auto same = TestStore::await(m_source->setUserRole(user, role, TestStore::context()));
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, SourceError::Code::Conflict);
    QCOMPARE(auditCount(), entries);
    QVERIFY(
        TestStore::await(m_source->setUserRole(user, u"billing-lead"_s, TestStore::context(u"Promotion"_s)))
            .ok());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT role FROM users WHERE id = ?"_s, {user}).toString(),
             u"billing-lead"_s);
    QCOMPARE(lastAudit(u"action || '|' || old_value || '|' || new_value"_s),
             uR"(user_set_role|{"role":"%1"}|{"role":"billing-lead"})"_s.arg(role));
}

void tst_Team::removedHistoryIsPurgedAfterThePeriod()
{
    const QString old = userWithActiveSessions(0);
    const QString recent = userWithActiveSessions(1);
    for (const QString &user : {old, recent}) {
        QVERIFY(TestStore::await(m_source->deactivateUser(user, TestStore::context())).ok());
        QVERIFY(TestStore::await(m_source->removeUser(user, TestStore::context())).ok());
    }
    // One was removed 40 days ago, past a 30-day period; the other today.
    Settings settings = TestStore::await(m_source->settings()).value();
    QVERIFY(!settings.set(QString::fromLatin1(Settings::RemovedHistoryDays), u"30"_s));
    QVERIFY(TestStore::await(m_source->saveSettings(settings, TestStore::context())).ok());
    TestStore::scalar(m_raw, u"UPDATE users SET removed_at = ? WHERE id = ?"_s,
                      {Sql::time(QDateTime::currentDateTimeUtc().addDays(-40)), old});
    const int audit = auditCount();

    m_source.reset(); // the next opening purges
    m_source = TestStore::open(m_path);
    for (const QString &table : {u"sessions"_s, u"login_events"_s, u"flags"_s}) {
        QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM %1 WHERE user_id = ?"_s.arg(table), {old})
                     .toInt(),
                 0);
    }
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE id = ?"_s, {old}).toInt(), 0);
    QVERIFY(TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {recent}).toInt() >
            0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE id = ?"_s, {recent}).toInt(), 1);
    // The audit trail keeps every entry about both.
    QCOMPARE(auditCount(), audit);
    QVERIFY(TestStore::await(m_source->verifyAudit()).value().intact);
}

QTEST_GUILESS_MAIN(tst_Team)
#include "tst_team.moc"
