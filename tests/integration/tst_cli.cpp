#include "TestStore.h"
#include "models/audit/AuditExporter.h"
#include "models/domain/DisplayFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &locale = u"en_US.UTF-8"_s,
        const QString &zone = u"UTC"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"TZ"_s, zone);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SESSIONDESK_CLI), arguments);
    if (!process.waitForFinished(120'000))
        qFatal("sessiondesk-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int activeSessions(const QSqlDatabase &db, const QString &email)
{
    return TestStore::scalar(db,
                             u"SELECT s.open_sessions FROM users u JOIN user_stats s ON s.user_id = u.id "
                             "WHERE u.email = ?"_s,
                             {email})
        .toInt();
}

// The first user, by email, with at least this many active sessions.
QString emailWithSessions(const QSqlDatabase &db, int atLeast)
{
    return TestStore::scalar(db,
                             u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                             "WHERE s.open_sessions >= ? ORDER BY u.email LIMIT 1"_s,
                             {atLeast})
        .toString();
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linksNoWidgets();
    void demoCreate();
    void demoCreateIsDeterministic();
    void demoCreateRefusesAFilledStore();
    void usersList();
    void usersListSortAndFilter();
    void usersListJson();
    void sessionsList();
    void signInsList();
    void signInsExport();
    void logout();
    void logoutSeveral();
    void endSession();
    void settings();
    void logoutAll();
    void sessionsSearchAndEndMatching();
    void flagsAndFreezing();
    void demoSimulate();
    void operatorsAndRoles();
    void teamMembers();
    void plannedLogouts();
    void auditListAndVerify();
    void auditExportCsvRoundTrip();
    void auditExportPdf();
    void auditExportFailsWithoutASuccessEntry();
    void auditExportOfABrokenTrailSaysSo();
    void auditSessions();
    void storedTextCannotForgeOutput();
    void timesWithoutAZoneAreTheComputers();
    void germanTablesSayWordsNotKeys();
    void usageErrors_data();
    void usageErrors();
    void groupHelpAndEmptyStore();
    void failures_data();
    void failures();

private:
    QTemporaryDir m_dir;
    QString m_store;    // shared by the read-only tests and the ones that end sessions
    QString m_pristine; // as created: the start for tests that change the store on a copy
};

void tst_Cli::initTestCase()
{
    m_store = m_dir.filePath(u"cli.sqlite"_s);
    const Run run = cli({u"--store"_s, m_store, u"demo"_s, u"create"_s, u"--users"_s, u"120"_s,
                         u"--sessions"_s, u"480"_s, u"--events"_s, u"1500"_s, u"--seed"_s, u"4"_s});
    QCOMPARE(run.exitCode, 0);
    m_pristine = TestStore::copy(m_store, m_dir.filePath(u"pristine.sqlite"_s));
}

void tst_Cli::linksNoWidgets()
{
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(SESSIONDESK_CLI)});
    QVERIFY(ldd.waitForFinished());
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY(libraries.contains(u"libQt6Core"_s));
    QVERIFY2(!libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries));
}

void tst_Cli::demoCreate()
{
    const QString store = m_dir.filePath(u"demo.sqlite"_s);
    const Run run = cli({u"--store"_s, store, u"demo"_s, u"create"_s, u"--users"_s, u"30"_s, u"--sessions"_s,
                         u"120"_s, u"--events"_s, u"360"_s, u"--seed"_s, u"8"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QSqlDatabase db = TestStore::raw(store);
    // The demo's suspicious sign-ins are flagged at once, as in the console.
    const int flags = TestStore::scalar(db, u"SELECT count(*) FROM flags"_s).toInt();
    QCOMPARE(
        run.out,
        u"Created demo store %1: 30 users, 120 sessions, 360 login events (seed 8); %2 flag%3 raised.\n"_s
            .arg(store)
            .arg(flags)
            .arg(flags == 1 ? u""_s : u"s"_s));
    QVERIFY(flags > 0);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM users"_s).toInt(), 30);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM sessions"_s).toInt(), 120);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM login_events"_s).toInt(), 360);
    QCOMPARE(TestStore::scalar(db, u"SELECT sum(open_sessions) FROM user_stats"_s).toInt(),
             TestStore::scalar(db, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toInt());

    // Found by trying: --sessions 99999999 wrote 7.4 GB before it was stopped. Beyond the largest
    // store SessionDesk is measured at, nothing is created.
    const QString huge = m_dir.filePath(u"huge.sqlite"_s);
    const Run tooMany = cli(
        {u"--store"_s, huge, u"demo"_s, u"create"_s, u"--users"_s, u"10"_s, u"--sessions"_s, u"99999999"_s});
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains(u"--sessions takes a whole number from 0 to 10,000,000, not '99999999'."_s),
             qPrintable(tooMany.err));
    QVERIFY(!QFile::exists(huge));
    const Run badSeed = cli({u"--store"_s, huge, u"demo"_s, u"create"_s, u"--seed"_s, u"-3"_s});
    QCOMPARE(badSeed.exitCode, 2);
    QVERIFY2(badSeed.err.contains(u"--seed takes a whole number of zero or more, not '-3'."_s),
             qPrintable(badSeed.err));
}

void tst_Cli::demoCreateIsDeterministic()
{
    auto people = [this](const QString &name, const QString &seed) {
        const QString store = m_dir.filePath(name);
        if (cli({u"--store"_s, store, u"demo"_s, u"create"_s, u"--users"_s, u"40"_s, u"--seed"_s, seed})
                .exitCode != 0)
            return QJsonArray();
        QJsonArray result;
        for (const auto value : json(cli({u"--store"_s, store, u"--json"_s, u"users"_s, u"list"_s,
                                          u"--limit"_s, u"0"_s, u"--sort"_s, u"email"_s}))[u"users"_s]
                                    .toArray())
            result.append(QJsonArray{value[u"id"_s], value[u"name"_s], value[u"email"_s], value[u"role"_s]});
        return result;
    };
    const QJsonArray first = people(u"seed-a.sqlite"_s, u"77"_s);
    QCOMPARE(first.size(), 40);
    QCOMPARE(people(u"seed-b.sqlite"_s, u"77"_s), first);
    QVERIFY(people(u"seed-c.sqlite"_s, u"78"_s) != first);
}

void tst_Cli::demoCreateRefusesAFilledStore()
{
    const Run run = cli({u"--store"_s, m_store, u"demo"_s, u"create"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.err,
        u"sessiondesk-cli: The store already holds 120 users; demo data goes into a new, empty store only.\n"_s);
    QCOMPARE(TestStore::scalar(TestStore::raw(m_store), u"SELECT count(*) FROM users"_s).toInt(), 120);
}

void tst_Cli::usersList()
{
    const Run run = cli({u"--store"_s, m_store, u"users"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 50 + 1); // header, default limit, footer
    QVERIFY(lines.first().startsWith(u"NAME "_s));
    QVERIFY(lines.first().contains(u"LAST ACTIVITY"_s));
    QCOMPARE(lines.last(), u"50 of 120 users shown."_s);
    const Run limited = cli({u"--store"_s, m_store, u"users"_s, u"list"_s, u"--limit"_s, u"3"_s});
    QCOMPARE(limited.out.split(u'\n', Qt::SkipEmptyParts).size(), 5);
    const Run all = cli({u"--store"_s, m_store, u"users"_s, u"list"_s, u"--limit"_s, u"0"_s});
    QVERIFY(all.out.endsWith(u"120 of 120 users shown.\n"_s));
}

void tst_Cli::usersListSortAndFilter()
{
    const Run run = cli({u"--store"_s, m_store, u"--json"_s, u"users"_s, u"list"_s, u"--sort"_s,
                         u"sessions:desc"_s, u"--limit"_s, u"0"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray users = json(run)[u"users"_s].toArray();
    QCOMPARE(users.size(), 120);
    for (int i = 1; i < users.size(); ++i)
        QVERIFY(users.at(i - 1)[u"activeSessions"_s].toInt() >= users.at(i)[u"activeSessions"_s].toInt());
    const int most =
        TestStore::scalar(TestStore::raw(m_store), u"SELECT max(open_sessions) FROM user_stats"_s).toInt();
    QCOMPARE(users.first()[u"activeSessions"_s].toInt(), most);

    const Run filtered = cli({u"--store"_s, m_store, u"--json"_s, u"users"_s, u"list"_s, u"--filter"_s,
                              u"EXAMPLE"_s, u"--status"_s, u"frozen"_s});
    const QJsonObject result = json(filtered);
    QCOMPARE(
        result[u"total"_s].toInt(),
        TestStore::scalar(TestStore::raw(m_store), u"SELECT count(*) FROM users WHERE status = 'frozen'"_s)
            .toInt());
    for (const auto user : result[u"users"_s].toArray())
        QCOMPARE(user[u"status"_s].toString(), u"frozen"_s);

    // The users with open flags (open, or frozen for), the most serious first.
    const Run flagged = cli({u"--store"_s, m_store, u"--json"_s, u"users"_s, u"list"_s, u"--status"_s,
                             u"flagged"_s, u"--sort"_s, u"flags:desc"_s, u"--limit"_s, u"0"_s});
    QCOMPARE(flagged.exitCode, 0);
    const QJsonArray withFlags = json(flagged)[u"users"_s].toArray();
    QCOMPARE(withFlags.size(),
             TestStore::scalar(TestStore::raw(m_store), u"SELECT count(DISTINCT user_id) FROM flags "
                                                        "WHERE status IN ('open', 'frozen')"_s)
                 .toInt());
    QVERIFY(withFlags.size() > 1);
    auto rank = [](const QJsonValue &user) {
        const QStringList severities{u"low"_s, u"medium"_s, u"high"_s};
        return (severities.indexOf(user[u"flagSeverity"_s].toString()) + 1) * 10 +
               user[u"openFlags"_s].toInt();
    };
    for (int i = 0; i < withFlags.size(); ++i) {
        QVERIFY(withFlags.at(i)[u"openFlags"_s].toInt() > 0);
        QVERIFY(i == 0 || rank(withFlags.at(i - 1)) >= rank(withFlags.at(i)));
    }
    QVERIFY(rank(withFlags.first()) > rank(withFlags.last()));
    const Run text = cli({u"--store"_s, m_store, u"users"_s, u"list"_s, u"--status"_s, u"flagged"_s,
                          u"--sort"_s, u"flags:desc"_s, u"--limit"_s, u"1"_s});
    QVERIFY2(text.out.section(u'\n', 0, 0).contains(u"FLAGS"_s), qPrintable(text.out));
    QVERIFY2(text.out.section(u'\n', 1, 1).contains(u"(highest: "_s), qPrintable(text.out));
    QCOMPARE(cli({u"--store"_s, m_store, u"users"_s, u"list"_s, u"--status"_s, u"flaged"_s}).exitCode, 2);
}

void tst_Cli::usersListJson()
{
    const Run run = cli({u"--store"_s, m_store, u"--json"_s, u"users"_s, u"list"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = json(run);
    QCOMPARE(result[u"total"_s].toInt(), 120);
    const QJsonObject user = result[u"users"_s].toArray().first().toObject();
    for (const QString &key : {u"id"_s, u"email"_s, u"name"_s, u"role"_s, u"status"_s, u"activeSessions"_s,
                               u"devices"_s, u"lastActivity"_s, u"lastCity"_s, u"lastCountry"_s})
        QVERIFY2(user.contains(key), qPrintable(key));
}

void tst_Cli::sessionsList()
{
    QSqlDatabase db = TestStore::raw(m_store);
    const QString email = emailWithSessions(db, 2);
    const int active = activeSessions(db, email);
    const Run run = cli({u"--store"_s, m_store, u"sessions"_s, u"list"_s, u"--user"_s, email});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.first().endsWith(u"<%1>: %2 active sessions"_s.arg(email).arg(active)),
             qPrintable(lines.first()));
    QCOMPARE(lines.size(), 2 + active);
    QVERIFY(lines.at(1).startsWith(u"SESSION "_s));
    QVERIFY(lines.at(2).startsWith(u"ses_"_s));
    QVERIFY(lines.at(2).contains(u" UTC"_s));

    const Run all =
        cli({u"--store"_s, m_store, u"--json"_s, u"sessions"_s, u"list"_s, u"--user"_s, email, u"--all"_s});
    const QJsonArray sessions = json(all)[u"sessions"_s].toArray();
    QCOMPARE(sessions.size(),
             TestStore::scalar(db,
                               u"SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                               "WHERE u.email = ?"_s,
                               {email})
                 .toInt());
    int activeInJson = 0;
    for (const auto session : sessions) {
        activeInJson += session[u"active"_s].toBool() ? 1 : 0;
        QVERIFY(!session[u"device"_s].toString().isEmpty());
        QVERIFY(session[u"createdAt"_s].toString().endsWith(u'Z'));
    }
    QCOMPARE(activeInJson, active);
}

void tst_Cli::signInsList()
{
    QSqlDatabase db = TestStore::raw(m_store);
    // The user with the most sign-ins, failed ones among them.
    const QString email =
        TestStore::scalar(db, u"SELECT u.email FROM login_events e JOIN users u ON u.id = "
                              "e.user_id GROUP BY u.email HAVING min(e.success) = 0 AND "
                              "max(e.success) = 1 ORDER BY count(*) DESC, u.email LIMIT 1"_s)
            .toString();
    QVERIFY(!email.isEmpty());
    const auto count = [&db, &email](const QString &where) {
        return TestStore::scalar(db,
                                 u"SELECT count(*) FROM login_events e JOIN users u ON u.id = e.user_id "
                                 "WHERE u.email = ? AND "_s +
                                     where,
                                 {email})
            .toInt();
    };
    const Run all = cli({u"--store"_s, m_store, u"--json"_s, u"signins"_s, u"list"_s, u"--user"_s,
                         email.toUpper(), u"--limit"_s, u"100000"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray signIns = json(all)[u"signIns"_s].toArray();
    QCOMPARE(signIns.size(), count(u"TRUE"_s));
    QCOMPARE(json(all)[u"total"_s].toInt(), count(u"TRUE"_s));
    for (qsizetype i = 0; i < signIns.size(); ++i) {
        QCOMPARE(signIns.at(i)[u"userEmail"_s].toString(), email);
        QVERIFY(!signIns.at(i)[u"userName"_s].toString().isEmpty());
        QVERIFY(signIns.at(i)[u"at"_s].toString().endsWith(u'Z'));
        if (i > 0) // newest first
            QVERIFY(signIns.at(i - 1)[u"at"_s].toString() >= signIns.at(i)[u"at"_s].toString());
    }

    const Run failed = cli({u"--store"_s, m_store, u"signins"_s, u"list"_s, u"--user"_s, email, u"--result"_s,
                            u"failure"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(failed.exitCode, 0);
    const QStringList lines = failed.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.first().startsWith(u"TIME "_s) && lines.first().contains(u" RESULT "_s),
             qPrintable(failed.out));
    QCOMPARE(lines.size(), 1 + qMin(2, count(u"NOT e.success"_s)) + 1);
    QVERIFY(lines.at(1).contains(u" failure "_s) && !failed.out.contains(u" success "_s));
    QVERIFY2(lines.last().startsWith(u"%1 of %2 sign-ins shown."_s.arg(qMin(2, count(u"NOT e.success"_s)))
                                         .arg(count(u"NOT e.success"_s))),
             qPrintable(lines.last()));

    // One address of hers, as a range of one and inside its /24: hers are among them.
    const QString ip = TestStore::scalar(db,
                                         u"SELECT e.ip FROM login_events e JOIN users u ON u.id = e.user_id "
                                         "WHERE u.email = ? AND e.ip LIKE '%.%' LIMIT 1"_s,
                                         {email})
                           .toString();
    const Run one = cli({u"--store"_s, m_store, u"--json"_s, u"signins"_s, u"list"_s, u"--ip"_s, ip,
                         u"--limit"_s, u"100000"_s});
    QCOMPARE(one.exitCode, 0);
    const int atAddress =
        TestStore::scalar(db, u"SELECT count(*) FROM login_events WHERE ip = ?"_s, {ip}).toInt();
    QCOMPARE(json(one)[u"total"_s].toInt(), atAddress);
    const QString network = ip.section(u'.', 0, 2) + u".0/24"_s;
    const Run range = cli({u"--store"_s, m_store, u"--json"_s, u"signins"_s, u"list"_s, u"--ip"_s, network,
                           u"--user"_s, email, u"--limit"_s, u"100000"_s});
    QCOMPARE(range.exitCode, 0);
    QCOMPARE(json(range)[u"total"_s].toInt(), count(u"e.ip LIKE '%1.%'"_s.arg(ip.section(u'.', 0, 2))));

    // Nobody by that address: not found, not an empty list.
    const Run nobody =
        cli({u"--store"_s, m_store, u"signins"_s, u"list"_s, u"--user"_s, u"nobody@nowhere.example"_s});
    QCOMPARE(nobody.exitCode, 5);
    QVERIFY2(nobody.err.contains(u"nobody@nowhere.example"_s), qPrintable(nobody.err));
    // Filters that match nothing say so.
    const Run none = cli({u"--store"_s, m_store, u"signins"_s, u"list"_s, u"--ip"_s, u"192.0.2.0/24"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"No sign-in matches these filters.\n"_s);

    // Found by trying: "--from D --to D" was refused and "--to D" left day D out. A date in --to
    // is through that day: her newest sign-in's day holds it.
    const QDateTime newest =
        QDateTime::fromString(signIns.first()[u"at"_s].toString(), Qt::ISODate).toLocalTime();
    const QString day = newest.date().toString(Qt::ISODate);
    const Run thatDay = cli({u"--store"_s, m_store, u"--json"_s, u"signins"_s, u"list"_s, u"--user"_s, email,
                             u"--from"_s, day, u"--to"_s, day});
    QCOMPARE(thatDay.exitCode, 0);
    QCOMPARE(json(thatDay)[u"signIns"_s][0][u"at"_s].toString(), signIns.first()[u"at"_s].toString());
}

void tst_Cli::signInsExport()
{
    QSqlDatabase db = TestStore::raw(m_store);
    const int failed =
        TestStore::scalar(db, u"SELECT count(*) FROM login_events WHERE NOT success"_s).toInt();
    const QString file = m_dir.filePath(u"failed-sign-ins.csv"_s);
    const QStringList command{u"--store"_s, m_store,       u"signins"_s, u"export"_s,   u"--csv"_s,
                              file,         u"--result"_s, u"failure"_s, u"--reason"_s, u"Incident 9"_s};
    const Run run = cli(command);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Wrote %1 sign-ins to %2 (audit entry %3).\n"_s.arg(DisplayFormat::count(failed), file)
                          .arg(TestStore::scalar(db, u"SELECT max(id) FROM audit_log"_s).toLongLong()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 1 + failed);
    QCOMPARE(TestStore::scalar(db, u"SELECT action || '|' || count || '|' || new_value FROM audit_log "
                                   "ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
             u"sign_ins_export|%1|CSV to %2: failed ones"_s.arg(failed).arg(file));
    // Not again over the file without --force; with it, once more.
    const Run again = cli(command);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"Give --force to replace it"_s), qPrintable(again.err));
    const Run replaced = cli(QStringList{u"--json"_s} + command + QStringList{u"--force"_s});
    QCOMPARE(replaced.exitCode, 0);
    QCOMPARE(json(replaced)[u"signIns"_s].toInt(), failed);
    QCOMPARE(json(replaced)[u"path"_s].toString(), file);
    // Nothing that matches: nothing written, nothing recorded (5: not found).
    const int entries = TestStore::scalar(db, u"SELECT count(*) FROM audit_log"_s).toInt();
    const QString none = m_dir.filePath(u"none.csv"_s);
    const Run nothing = cli({u"--store"_s, m_store, u"signins"_s, u"export"_s, u"--csv"_s, none, u"--ip"_s,
                             u"192.0.2.0/24"_s, u"--reason"_s, u"Incident 9"_s});
    QCOMPARE(nothing.exitCode, 5);
    QVERIFY(!QFile::exists(none));
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM audit_log"_s).toInt(), entries);
}

void tst_Cli::logout()
{
    QSqlDatabase db = TestStore::raw(m_store);
    const QString email =
        TestStore::scalar(db, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                              "WHERE s.open_sessions >= 1 ORDER BY u.email DESC LIMIT 1"_s)
            .toString();
    const int active = activeSessions(db, email);
    const Run run = cli({u"--store"_s, m_store, u"logout"_s, u"--user"_s, email, u"--reason"_s,
                         u"Offboarding"_s, u"--ticket"_s, u"HR-9"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Logged out "_s) &&
                 run.out.contains(
                     u"<%1>: %2 session%3 ended"_s.arg(email).arg(active).arg(active == 1 ? u""_s : u"s"_s)),
             qPrintable(run.out));
    QCOMPARE(activeSessions(db, email), 0);
    QCOMPARE(
        TestStore::scalar(
            db, u"SELECT action || '|' || reason || '|' || ticket FROM audit_log ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"logout_user|Offboarding|HR-9"_s);
    // The user now lists no active session.
    const Run after = cli({u"--store"_s, m_store, u"--json"_s, u"sessions"_s, u"list"_s, u"--user"_s, email});
    QCOMPARE(json(after)[u"sessions"_s].toArray().size(), 0);
}

// Log Out Selected from the command line: --user more than once, every address found first.
void tst_Cli::logoutSeveral()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"several.sqlite"_s));
    QSqlDatabase db = TestStore::raw(store);
    const QStringList emails =
        TestStore::column(db, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                              "WHERE s.open_sessions >= 1 ORDER BY u.email LIMIT 2"_s);
    QCOMPARE(emails.size(), 2);
    const int audited = TestStore::scalar(db, u"SELECT count(*) FROM audit_log"_s).toInt();
    // An address that names nobody stops it all, before anything is done.
    const Run unknown = cli({u"--store"_s, store, u"logout"_s, u"--user"_s, emails.at(0), u"--user"_s,
                             u"nobody@example.invalid"_s, u"--reason"_s, u"Incident"_s});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY2(unknown.err.contains(u"nobody@example.invalid"_s), qPrintable(unknown.err));
    QVERIFY(activeSessions(db, emails.at(0)) > 0);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM audit_log"_s).toInt(), audited);

    const int ended = activeSessions(db, emails.at(0)) + activeSessions(db, emails.at(1));
    const Run run = cli({u"--store"_s, store, u"logout"_s, u"--user"_s, emails.at(0), u"--user"_s,
                         emails.at(1).toUpper(), u"--user"_s, emails.at(0), u"--reason"_s, u"Incident"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.startsWith(u"Logged out 2 users: %1 sessions ended, one audit entry per user."_s.arg(ended)),
        qPrintable(run.out + run.err));
    QCOMPARE(activeSessions(db, emails.at(0)), 0);
    QCOMPARE(activeSessions(db, emails.at(1)), 0);
    QCOMPARE(TestStore::column(db, u"SELECT action FROM audit_log WHERE id > ? ORDER BY id"_s, {audited}),
             (QStringList{u"logout_user"_s, u"logout_user"_s}));
}

void tst_Cli::endSession()
{
    QSqlDatabase db = TestStore::raw(m_store);
    const QString id =
        TestStore::scalar(db, u"SELECT id FROM sessions WHERE ended_at IS NULL AND expires_at > ? LIMIT 1"_s,
                          {QDateTime::currentMSecsSinceEpoch()})
            .toString();
    const Run run =
        cli({u"--store"_s, m_store, u"--json"_s, u"end-session"_s, id, u"--reason"_s, u"Stolen laptop"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run)[u"sessionsEnded"_s].toInt(), 1);
    QCOMPARE(TestStore::scalar(db, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {id}).toString(),
             u"admin_logout"_s);
    const Run again = cli({u"--store"_s, m_store, u"end-session"_s, id, u"--reason"_s, u"again"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err,
             u"sessiondesk-cli: Session %1 has already ended (Logged out by an administrator).\n"_s.arg(id));
}

void tst_Cli::settings()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"settings.sqlite"_s));
    const Run all = cli({u"--store"_s, store, u"settings"_s, u"get"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.startsWith(u"KEY "_s));
    QVERIFY(all.out.contains(u"global_logout "_s) && all.out.contains(u"on | off"_s));
    QVERIFY(all.out.contains(u"impossible_travel_kmh "_s) && all.out.contains(u"805"_s));
    QCOMPARE(cli({u"--store"_s, store, u"settings"_s, u"get"_s, u"global_logout"_s}).out, u"off\n"_s);

    const Run set = cli({u"--store"_s, store, u"settings"_s, u"set"_s, u"global_logout"_s, u"on"_s,
                         u"--reason"_s, u"Policy"_s, u"--ticket"_s, u"POL-1"_s});
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.startsWith(u"global_logout changed from off to on (audit entry "_s),
             qPrintable(set.out));
    QCOMPARE(cli({u"--store"_s, store, u"--json"_s, u"settings"_s, u"get"_s}).exitCode, 0);
    QCOMPARE(
        json(cli({u"--store"_s, store, u"--json"_s, u"settings"_s, u"get"_s}))[u"global_logout"_s].toString(),
        u"on"_s);
    QCOMPARE(
        TestStore::scalar(TestStore::raw(store), u"SELECT old_value || new_value || ticket FROM audit_log"_s)
            .toString(),
        uR"({"global_logout":"off"}{"global_logout":"on"}POL-1)"_s);

    const Run same = cli(
        {u"--store"_s, store, u"settings"_s, u"set"_s, u"global_logout"_s, u"on"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.contains(u"nothing changed"_s));
    QCOMPARE(TestStore::scalar(TestStore::raw(store), u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
    // A number is stored as the number it is: "045" is 45, and 45 again changes nothing.
    const Run padded = cli({u"--store"_s, store, u"settings"_s, u"set"_s, u"session_idle_timeout_minutes"_s,
                            u"045"_s, u"--reason"_s, u"x"_s});
    QVERIFY2(padded.out.startsWith(u"session_idle_timeout_minutes changed from 30 to 45 "_s),
             qPrintable(padded.out));
    QVERIFY(cli({u"--store"_s, store, u"settings"_s, u"set"_s, u"session_idle_timeout_minutes"_s, u"45"_s,
                 u"--reason"_s, u"x"_s})
                .out.contains(u"nothing changed"_s));
}

void tst_Cli::logoutAll()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"logout-all.sqlite"_s));
    QSqlDatabase db = TestStore::raw(store);
    const auto activeCount = [&db] {
        return TestStore::scalar(db,
                                 u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ?"_s,
                                 {QDateTime::currentMSecsSinceEpoch()})
            .toInt();
    };
    const int active = activeCount();
    const QString kept =
        TestStore::scalar(db, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                              "WHERE s.open_sessions > 0 ORDER BY u.email LIMIT 1"_s)
            .toString();
    const int keptActive = activeSessions(db, kept);

    // Without --yes: the preview, exit 2, nothing changed.
    const Run preview = cli({u"--store"_s, store, u"--json"_s, u"logout-all"_s, u"--reason"_s, u"Incident"_s,
                             u"--keep-user"_s, kept});
    QCOMPARE(preview.exitCode, 2);
    QCOMPARE(json(preview)[u"sessions"_s].toInt(), active - keptActive);
    QCOMPARE(json(preview)[u"done"_s].toBool(), false);
    QCOMPARE(activeCount(), active);

    const Run run = cli({u"--store"_s, store, u"logout-all"_s, u"--reason"_s, u"Incident"_s, u"--ticket"_s,
                         u"INC-1"_s, u"--keep-user"_s, kept, u"--no-token-revoke"_s, u"--yes"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Logged out all users: %1 sessions"_s.arg(
                 QLocale(QLocale::English).toString(active - keptActive))),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"stay valid until they expire"_s));
    QCOMPARE(activeCount(), keptActive);
    QCOMPARE(activeSessions(db, kept), keptActive);
    QCOMPARE(
        TestStore::scalar(db, u"SELECT count(*) FROM users WHERE tokens_not_before IS NOT NULL"_s).toInt(),
        0);
    QCOMPARE(TestStore::scalar(db, u"SELECT action || '|' || ticket FROM audit_log"_s).toString(),
             u"logout_all|INC-1"_s);
}

// The active sessions of all users by country and address range, and ending those of one range
// but a kept user's: the preview (exit 2, nothing changed), the end, the entry, and nothing left.
void tst_Cli::sessionsSearchAndEndMatching()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"end-matching.sqlite"_s));
    QSqlDatabase db = TestStore::raw(store);
    const QVariant now = QDateTime::currentMSecsSinceEpoch();
    const QString active = u"ended_at IS NULL AND expires_at > ?"_s;
    const QString country =
        TestStore::scalar(db,
                          u"SELECT country FROM sessions WHERE %1 GROUP BY country ORDER BY count(*) DESC "
                          "LIMIT 1"_s.arg(active),
                          {now})
            .toString();
    const auto count = [&](const QString &where, const QVariantList &args = {}) {
        return TestStore::scalar(db, u"SELECT count(*) FROM sessions WHERE %1 AND %2"_s.arg(active, where),
                                 QVariantList{now} + args)
            .toInt();
    };
    const int inCountry = count(u"country = ?"_s, {country});
    QVERIFY(inCountry > 1);
    const Run search = cli({u"--store"_s, store, u"--json"_s, u"sessions"_s, u"search"_s, u"--country"_s,
                            country.toLower(), u"--limit"_s, u"100000"_s});
    QCOMPARE(search.exitCode, 0);
    const QJsonArray found = json(search)[u"sessions"_s].toArray();
    QCOMPARE(found.size(), inCountry);
    QCOMPARE(json(search)[u"total"_s].toInt(), inCountry);
    for (const QJsonValue &session : found) {
        QCOMPARE(session[u"country"_s].toString(), country);
        QVERIFY(!session[u"userEmail"_s].toString().isEmpty());
    }

    // The /16 of the busiest address, and a user in it to keep.
    const QString address =
        TestStore::scalar(db,
                          u"SELECT ip FROM sessions WHERE %1 AND ip LIKE '%.%' GROUP BY ip "
                          "ORDER BY count(*) DESC LIMIT 1"_s.arg(active),
                          {now})
            .toString();
    const QStringList octets = address.split(u'.');
    const QString range = u"%1.%2.0.0/16"_s.arg(octets.at(0), octets.at(1));
    const QString prefix = u"%1.%2.%"_s.arg(octets.at(0), octets.at(1));
    const QString kept =
        TestStore::scalar(db,
                          u"SELECT u.email FROM sessions s JOIN users u ON u.id = s.user_id "
                          "WHERE s.ip LIKE ? AND s.ended_at IS NULL ORDER BY u.email LIMIT 1"_s,
                          {prefix})
            .toString();
    const int inRange = count(u"ip LIKE ?"_s, {prefix});
    const int keptInRange =
        count(u"ip LIKE ? AND user_id = (SELECT id FROM users WHERE email = ?)"_s, {prefix, kept});
    const QStringList base{u"--store"_s,     store, u"sessions"_s, u"end-matching"_s,       u"--ip"_s, range,
                           u"--keep-user"_s, kept,  u"--reason"_s, u"Credential stuffing"_s};
    const Run preview = cli(QStringList{u"--json"_s} + base);
    QCOMPARE(preview.exitCode, 2);
    QCOMPARE(json(preview)[u"sessions"_s].toInt(), inRange - keptInRange);
    QCOMPARE(json(preview)[u"matching"_s][u"network"_s].toString(), range);
    QCOMPARE(json(preview)[u"everySession"_s].toBool(), false);
    // A range that holds every address is a logout of all users, and the preview says so.
    const Run everything = cli({u"--store"_s, store, u"sessions"_s, u"end-matching"_s, u"--ip"_s,
                                u"0.0.0.0/0"_s, u"--ip"_s, u"::/0"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(everything.exitCode, 2); // given twice: a usage error
    const Run allV4 = cli({u"--store"_s, store, u"sessions"_s, u"end-matching"_s, u"--started-from"_s,
                           u"2000-01-01"_s, u"--keep-user"_s, kept, u"--reason"_s, u"x"_s});
    QCOMPARE(allV4.exitCode, 2);
    QVERIFY2(allV4.out.contains(u"this is a logout of all users"_s), qPrintable(allV4.out));
    QVERIFY2(allV4.out.contains(u"sparing "_s + kept), qPrintable(allV4.out));
    QCOMPARE(count(u"ip LIKE ?"_s, {prefix}), inRange);

    const Run run = cli(base + QStringList{u"--ticket"_s, u"INC-7"_s, u"--yes"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Ended %1 session"_s.arg(inRange - keptInRange)), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"address in "_s + range), qPrintable(run.out));
    QCOMPARE(count(u"ip LIKE ?"_s, {prefix}), keptInRange);
    QCOMPARE(
        TestStore::scalar(db, u"SELECT action || '|' || ticket || '|' || count FROM audit_log"_s).toString(),
        u"end_matching|INC-7|%1"_s.arg(inRange - keptInRange));
    // Again: nothing matches now, refused (exit 5), nothing recorded.
    const Run again = cli(base + QStringList{u"--yes"_s});
    QCOMPARE(again.exitCode, 5);
    QVERIFY2(again.err.contains(u"No active session matches the filter"_s), qPrintable(again.err));
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
}

void tst_Cli::flagsAndFreezing()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"flags.sqlite"_s));
    QSqlDatabase db = TestStore::raw(store);
    // demo create scanned already: the flags are there, and a scan finds nothing new.
    const int raised = TestStore::scalar(db, u"SELECT count(*) FROM flags"_s).toInt();
    QVERIFY(raised > 0);
    const Run scan = cli({u"--store"_s, store, u"--json"_s, u"flags"_s, u"scan"_s});
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(json(scan)[u"flagsRaised"_s].toInt(), 0);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM flags"_s).toInt(), raised);

    const Run list = cli({u"--store"_s, store, u"flags"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.startsWith(u" ID  SEVERITY "_s) || list.out.startsWith(u"ID  SEVERITY "_s));
    QVERIFY(list.out.endsWith(u"%1 flags.\n"_s.arg(raised)));
    const QJsonArray flags =
        json(cli({u"--store"_s, store, u"--json"_s, u"flags"_s, u"list"_s}))[u"flags"_s].toArray();
    QCOMPARE(flags.size(), raised);
    const QJsonObject first = flags.first().toObject();
    QVERIFY(!first[u"explanation"_s].toString().isEmpty());
    QVERIFY(first[u"evidence"_s].isObject());

    const QString id = QString::number(first[u"id"_s].toInteger());
    QCOMPARE(cli({u"--store"_s, store, u"flags"_s, u"dismiss"_s, id}).exitCode, 2); // a note is required
    const Run dismissed =
        cli({u"--store"_s, store, u"flags"_s, u"dismiss"_s, id, u"--note"_s, u"Known traveller"_s});
    QCOMPARE(dismissed.exitCode, 0);
    QVERIFY(dismissed.out.startsWith(u"Flag %1 is dismissed"_s.arg(id)));
    QCOMPARE(cli({u"--store"_s, store, u"flags"_s, u"resolve"_s, id, u"--note"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(cli({u"--store"_s, store, u"flags"_s, u"resolve"_s, u"99999"_s, u"--note"_s, u"x"_s}).exitCode,
             5);
    QCOMPARE(json(cli({u"--store"_s, store, u"--json"_s, u"flags"_s, u"list"_s, u"--status"_s,
                       u"all"_s}))[u"total"_s]
                 .toInt(),
             raised);
    QCOMPARE(json(cli({u"--store"_s, store, u"--json"_s, u"flags"_s, u"list"_s}))[u"total"_s].toInt(),
             raised - 1);

    const QString email = first[u"user"_s].toString();
    const Run frozen =
        cli({u"--store"_s, store, u"freeze"_s, u"--user"_s, email, u"--reason"_s, u"Takeover"_s});
    QCOMPARE(frozen.exitCode, 0);
    QVERIFY(frozen.out.startsWith(u"Froze "_s));
    QCOMPARE(TestStore::scalar(db, u"SELECT status FROM users WHERE email = ?"_s, {email}).toString(),
             u"frozen"_s);
    QCOMPARE(activeSessions(db, email), 0);
    QCOMPARE(cli({u"--store"_s, store, u"freeze"_s, u"--user"_s, email, u"--reason"_s, u"again"_s}).exitCode,
             1);
    // A store's freeze lasts until it is undone: a freeze that ends by itself is refused, saying so.
    const Run timed = cli({u"--store"_s, store, u"freeze"_s, u"--user"_s, email, u"--reason"_s, u"x"_s,
                           u"--until"_s, u"2099-01-01T00:00"_s});
    QCOMPARE(timed.exitCode, 4);
    QVERIFY2(timed.err.contains(u"until it is unfrozen"_s), qPrintable(timed.err));
    QCOMPARE(
        cli({u"--store"_s, store, u"unfreeze"_s, u"--user"_s, email, u"--reason"_s, u"Verified"_s}).exitCode,
        0);
    QCOMPARE(TestStore::scalar(db, u"SELECT status FROM users WHERE email = ?"_s, {email}).toString(),
             u"active"_s);
    QCOMPARE(TestStore::scalar(
                 db, u"SELECT group_concat(action) FROM (SELECT action FROM audit_log ORDER BY id)"_s)
                 .toString(),
             u"dismiss_flag,freeze_user,unfreeze_user"_s);
}

void tst_Cli::demoSimulate()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"simulate.sqlite"_s));
    const int events =
        TestStore::scalar(TestStore::raw(store), u"SELECT count(*) FROM login_events"_s).toInt();
    const Run run = cli({u"--store"_s, store, u"demo"_s, u"simulate"_s, u"--seconds"_s, u"2"_s,
                         u"--interval"_s, u"40"_s, u"--seed"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.count(u'\n') >= 10, qPrintable(run.out));
    QVERIFY(run.out.contains(u" signed in from "_s) || run.out.contains(u" mistyped their password."_s));
    QVERIFY(TestStore::scalar(TestStore::raw(store), u"SELECT count(*) FROM login_events"_s).toInt() >
            events);
    QCOMPARE(cli({u"--store"_s, m_dir.filePath(u"nothing-here.sqlite"_s), u"demo"_s, u"simulate"_s,
                  u"--seconds"_s, u"1"_s})
                 .exitCode,
             5);
}

void tst_Cli::operatorsAndRoles()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"operators.sqlite"_s));
    const QString me = Operator::fromEnvironment().osAccount;
    const Run listed = cli({u"--store"_s, store, u"--json"_s, u"operators"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(json(listed)[u"you"_s].toString(), me);
    QCOMPARE(json(listed)[u"operators"_s].toArray().first()[u"role"_s].toString(), u"administrator"_s);

    const Run added = cli({u"--store"_s, store, u"operators"_s, u"set"_s, u"daemon"_s, u"--role"_s,
                           u"auditor"_s, u"--reason"_s, u"Compliance team"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.startsWith(u"daemon is now auditor (audit entry "_s), qPrintable(added.out));
    const Run unknown = cli({u"--store"_s, store, u"operators"_s, u"set"_s, u"nosuchaccount"_s, u"--role"_s,
                             u"support"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY2(unknown.err.contains(u"This computer has no account nosuchaccount"_s), qPrintable(unknown.err));
    QVERIFY(!cli({u"--store"_s, store, u"operators"_s, u"list"_s}).out.contains(u"nosuchaccount"_s));
    QCOMPARE(cli({u"--store"_s, store, u"operators"_s, u"set"_s, u"daemon"_s, u"--role"_s, u"boss"_s,
                  u"--reason"_s, u"x"_s})
                 .exitCode,
             2);
    // The last administrator keeps the role: refused, nothing changed.
    const Run demote = cli({u"--store"_s, store, u"operators"_s, u"set"_s, me, u"--role"_s, u"support"_s,
                            u"--reason"_s, u"Stepping down"_s});
    QCOMPARE(demote.exitCode, 1);
    QVERIFY2(demote.err.contains(u"last administrator"_s), qPrintable(demote.err));

    // As an auditor the account may look but not act: exit code 4 with the reason.
    TestStore::setRole(store, Role::Auditor);
    const QString email =
        TestStore::scalar(TestStore::raw(store),
                          u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                          "WHERE s.open_sessions > 0 LIMIT 1"_s)
            .toString();
    const Run refused = cli({u"--store"_s, store, u"logout"_s, u"--user"_s, email, u"--reason"_s, u"Try"_s});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"Auditors have read-only access."_s), qPrintable(refused.err));
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"verify"_s}).exitCode, 0);
    // Not an operator at all: the same, saying how to become one.
    TestStore::setRole(store, std::nullopt);
    const Run stranger =
        cli({u"--store"_s, store, u"operators"_s, u"remove"_s, u"daemon"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(stranger.exitCode, 4);
    QVERIFY2(stranger.err.contains(u"is not an operator of this store"_s), qPrintable(stranger.err));
}

void tst_Cli::teamMembers()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"team.sqlite"_s));
    const QSqlDatabase db = TestStore::raw(store);
    const QStringList base{u"--store"_s, store};
    const Run added = cli(base + QStringList{u"users"_s, u"add"_s, u"--email"_s, u"zoe@acme.example"_s,
                                             u"--name"_s, u"Zoë Park"_s, u"--role"_s, u"engineer"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(
        added.out.startsWith(u"Added Zoë Park <zoe@acme.example> with the role engineer (audit entry "_s),
        qPrintable(added.out));
    QCOMPARE(TestStore::scalar(db, u"SELECT reason FROM audit_log WHERE action = 'user_add'"_s).toString(),
             u"New team member"_s);
    // The same address again, in capitals: refused with the account named, nothing added.
    const Run duplicate = cli(
        base + QStringList{u"users"_s, u"add"_s, u"--email"_s, u"ZOE@ACME.EXAMPLE"_s, u"--name"_s, u"Zoe"_s});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains(u"Zoë Park <zoe@acme.example> already has an account"_s),
             qPrintable(duplicate.err));
    const Run invalid =
        cli(base + QStringList{u"users"_s, u"add"_s, u"--email"_s, u"zoe"_s, u"--name"_s, u"Zoe"_s});
    QCOMPARE(invalid.exitCode, 2);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM users WHERE email LIKE 'zoe%'"_s).toInt(), 1);

    const QString email = emailWithSessions(db, 2);
    const int sessions = activeSessions(db, email);
    const Run early =
        cli(base + QStringList{u"users"_s, u"remove"_s, u"--user"_s, email, u"--reason"_s, u"x"_s});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(u"Deactivate the account first"_s), qPrintable(early.err));
    const Run deactivated =
        cli(base + QStringList{u"--json"_s, u"users"_s, u"deactivate"_s, u"--user"_s, email, u"--reason"_s,
                               u"Left"_s, u"--ticket"_s, u"HR-7"_s});
    QCOMPARE(deactivated.exitCode, 0);
    QCOMPARE(json(deactivated)[u"sessionsEnded"_s].toInt(), sessions);
    QCOMPARE(activeSessions(db, email), 0);
    QCOMPARE(cli(base + QStringList{u"users"_s, u"set-role"_s, u"--user"_s, email, u"--role"_s, u"alumni"_s,
                                    u"--reason"_s, u"Left"_s})
                 .exitCode,
             0);
    const Run removed =
        cli(base + QStringList{u"users"_s, u"remove"_s, u"--user"_s, email, u"--reason"_s, u"Offboarding"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(cli(base + QStringList{u"sessions"_s, u"list"_s, u"--user"_s, email}).exitCode, 5);
    QCOMPARE(cli(base + QStringList{u"audit"_s, u"verify"_s}).exitCode, 0);
    // Support may not manage the team.
    TestStore::setRole(store, Role::Support);
    const Run refused = cli(
        base + QStringList{u"users"_s, u"add"_s, u"--email"_s, u"ann@acme.example"_s, u"--name"_s, u"Ann"_s});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(u"Only administrators can add, deactivate or remove users."_s),
             qPrintable(refused.err));
}

void tst_Cli::plannedLogouts()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"planned.sqlite"_s));
    const QSqlDatabase db = TestStore::raw(store);
    const QStringList base{u"--store"_s, store};
    const QString at = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    // Without --yes, the preview says it would plan, not log out now.
    const Run preview = cli(base + QStringList{u"logout-all"_s, u"--reason"_s, u"System update"_s, u"--at"_s,
                                               at, u"--message"_s, u"Maintenance tonight"_s});
    QCOMPARE(preview.exitCode, 2);
    QVERIFY2(preview.out.startsWith(u"This would plan a logout of all users at "_s) &&
                 preview.out.contains(u"Add --yes to plan it."_s),
             qPrintable(preview.out));
    const Run planned = cli(base + QStringList{u"logout-all"_s, u"--reason"_s, u"System update"_s, u"--at"_s,
                                               at, u"--message"_s, u"Maintenance tonight"_s, u"--yes"_s});
    QCOMPARE(planned.exitCode, 0);
    QVERIFY2(planned.out.startsWith(u"Planned logout 1 of all users at "_s), qPrintable(planned.out));
    const Run listed = cli(base + QStringList{u"--json"_s, u"schedule"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray plans = json(listed)[u"planned"_s].toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first()[u"status"_s].toString(), u"pending"_s);
    QCOMPARE(plans.first()[u"message"_s].toString(), u"Maintenance tonight"_s);
    QCOMPARE(plans.first()[u"runAt"_s].toString().left(19), at.left(19));

    const int active =
        TestStore::scalar(db, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ?"_s,
                          {QDateTime::currentMSecsSinceEpoch()})
            .toInt();
    QVERIFY(active > 0);
    const Run early = cli(base + QStringList{u"schedule"_s, u"run"_s});
    QCOMPARE(early.exitCode, 0);
    QCOMPARE(early.out, u"No planned logout is due.\n"_s);
    // Its time passes while no console runs; the next cron run, half an hour late, catches up, once.
    QSqlQuery past(db);
    QVERIFY(past.exec(
        u"UPDATE planned_logouts SET run_at = %1"_s.arg(QDateTime::currentMSecsSinceEpoch() - 30 * 60'000)));
    const Run due = cli(base + QStringList{u"schedule"_s, u"list"_s});
    QVERIFY2(due.out.contains(u"Pending (due: runs at the next check)"_s), qPrintable(due.out));
    // Run by someone who is not an operator: refused, not "nothing is due", and the plan waits.
    TestStore::setRole(store, std::nullopt);
    const Run stranger = cli(base + QStringList{u"schedule"_s, u"run"_s});
    QCOMPARE(stranger.exitCode, 4);
    QVERIFY2(stranger.err.contains(u"is not an operator of this store; nothing ran."_s),
             qPrintable(stranger.err));
    QVERIFY(stranger.out.isEmpty());
    QCOMPARE(TestStore::scalar(db, u"SELECT status FROM planned_logouts WHERE id = 1"_s).toString(),
             u"pending"_s);
    TestStore::setRole(store, Role::Administrator);
    const Run ran = cli(base + QStringList{u"schedule"_s, u"run"_s});
    QCOMPARE(ran.exitCode, 0);
    QVERIFY2(ran.out.startsWith(u"Ran planned logout 1: %1 sessions"_s.arg(DisplayFormat::count(active))),
             qPrintable(ran.out));
    QCOMPARE(cli(base + QStringList{u"schedule"_s, u"run"_s}).out, u"No planned logout is due.\n"_s);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = 'logout_all'"_s).toInt(),
             1);
    const Run late =
        cli(base + QStringList{u"schedule"_s, u"cancel"_s, u"1"_s, u"--reason"_s, u"Too late"_s});
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains(u"is done, not pending"_s), qPrintable(late.err));

    // A second plan, cancelled: never runs.
    QCOMPARE(cli(base + QStringList{u"logout-all"_s, u"--reason"_s, u"x"_s, u"--at"_s, at, u"--message"_s,
                                    u"m"_s, u"--yes"_s})
                 .exitCode,
             0);
    QCOMPARE(
        cli(base + QStringList{u"schedule"_s, u"cancel"_s, u"2"_s, u"--reason"_s, u"Postponed"_s}).exitCode,
        0);
    QCOMPARE(TestStore::scalar(db, u"SELECT status FROM planned_logouts WHERE id = 2"_s).toString(),
             u"cancelled"_s);
}

void tst_Cli::auditListAndVerify()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"audit.sqlite"_s));
    for (const QString &account : {u"daemon"_s, u"bin"_s, u"sys"_s}) // accounts every Linux system has
        QCOMPARE(cli({u"--store"_s, store, u"operators"_s, u"set"_s, account, u"--role"_s, u"support"_s,
                      u"--reason"_s, u"Hired "_s + account})
                     .exitCode,
                 0);
    const Run listed =
        cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--text"_s, u"hired bin"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(json(listed)[u"total"_s].toInt(), 1);
    QCOMPARE(json(listed)[u"entries"_s].toArray().first()[u"reason"_s].toString(), u"Hired bin"_s);
    const Run sorted =
        cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--sort"_s, u"time:asc"_s, u"--from"_s,
             QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    QCOMPARE(json(sorted)[u"entries"_s].toArray().first()[u"reason"_s].toString(), u"Hired daemon"_s);
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"list"_s, u"--from"_s, u"yesterday"_s}).exitCode, 2);
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"list"_s, u"--sort"_s, u"size"_s}).exitCode, 2);

    const Run intact = cli({u"--store"_s, store, u"audit"_s, u"verify"_s});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.startsWith(u"The audit trail is intact: 3 entries, head hash "_s),
             qPrintable(intact.out));

    QSqlDatabase db = TestStore::raw(store);
    TestStore::scalar(db, u"DROP TRIGGER audit_log_sealed_update"_s);
    TestStore::scalar(db, u"UPDATE audit_log SET reason = 'Hired nobody' WHERE id = 2"_s);
    const Run broken = cli({u"--store"_s, store, u"audit"_s, u"verify"_s});
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains(u"broken at entry 2"_s), qPrintable(broken.err));
    const Run brokenJson = cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"verify"_s});
    QCOMPARE(brokenJson.exitCode, 3);
    QCOMPARE(json(brokenJson)[u"firstBadEntry"_s].toInt(), 2);
}

// RFC 4180 as written: fields separated by commas, quoted when they hold a comma, quote or line
// break, quotes doubled; records end with CRLF.
static QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && (i + 1 < text.size() && text.at(i + 1) == u'"')) {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && (i + 1 < text.size() && text.at(i + 1) == u'\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

void tst_Cli::auditExportCsvRoundTrip()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"export.sqlite"_s));
    QCOMPARE(cli({u"--store"_s, store, u"settings"_s, u"set"_s, u"global_logout"_s, u"on"_s, u"--reason"_s,
                  u"Policy, \"strict\"\nfrom now on"_s})
                 .exitCode,
             0);
    // Found by trying: a reason beginning like a formula ran as one in a spreadsheet.
    const QString formula = u"=HYPERLINK(\"http://evil.example\",\"Grüße\")"_s;
    QCOMPARE(cli({u"--store"_s, store, u"operators"_s, u"set"_s, u"daemon"_s, u"--role"_s, u"support"_s,
                  u"--reason"_s, formula})
                 .exitCode,
             0);
    const Run listed = cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"0"_s});
    const QJsonArray entries = json(listed)[u"entries"_s].toArray();
    QCOMPARE(entries.size(), 2);

    const QString file = m_dir.filePath(u"audit.csv"_s);
    const Run exported = cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, file});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.startsWith(u"Wrote 2 entries to "_s), qPrintable(exported.out));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.first(), AuditExporter::csvHeader());
    // The file says what it came from: the trail intact as of the entry before the export's own.
    QCOMPARE(records.last().first(), u"verification"_s);
    QCOMPARE(records.last().size(), records.first().size()); // every record as wide (RFC 4180)
    QVERIFY2(records.last().at(1).startsWith(u"The audit trail is intact as of entry 2, head hash "_s +
                                             entries.first().toObject()[u"hash"_s].toString()),
             qPrintable(records.last().join(u'|')));
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QStringList &row = records.at(i + 1);
        QCOMPARE(row.size(), records.first().size());
        QCOMPARE(row.at(0).toLongLong(), entry[u"id"_s].toInteger());
        QCOMPARE(row.at(1), entry[u"at"_s].toString());
        QCOMPARE(row.at(2), entry[u"operator"_s].toString());
        QCOMPARE(row.at(5), entry[u"action"_s].toString());
        QCOMPARE(row.at(10).startsWith(u"'="_s) ? row.at(10).mid(1) : row.at(10),
                 entry[u"reason"_s].toString());
        QCOMPARE(row.at(14), entry[u"newValue"_s].toString());
        QCOMPARE(row.at(16), entry[u"hash"_s].toString());
    }
    QCOMPARE(records.at(2).at(10), u"Policy, \"strict\"\nfrom now on"_s);
    QCOMPARE(records.at(1).at(10), u"'"_s + formula);
    // The export itself is in the trail, with what was exported.
    const Run after =
        cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--action"_s, u"audit_export"_s});
    const QJsonObject record = json(after)[u"entries"_s].toArray().first().toObject();
    QCOMPARE(record[u"count"_s].toInt(), 2);
    QVERIFY(record[u"newValue"_s].toString().startsWith(u"CSV to "_s + QFileInfo(file).absoluteFilePath()));
    // An unwritable place: a clear message, exit code 1, no file.
    const Run refused =
        cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, u"/nonexistent/dir/a.csv"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"Cannot write /nonexistent/dir/a.csv"_s), qPrintable(refused.err));
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"export"_s}).exitCode, 2);
}

void tst_Cli::auditExportPdf()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"pdf.sqlite"_s));
    for (int i = 0; i < 60; ++i)
        QCOMPARE(cli({u"--store"_s, store, u"operators"_s, u"set"_s, u"daemon"_s, u"--role"_s,
                      i % 2 ? u"support"_s : u"auditor"_s, u"--reason"_s, u"Team %1"_s.arg(i)})
                     .exitCode,
                 0);
    const QString head =
        json(cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"verify"_s}))[u"headHash"_s].toString();
    const QString file = m_dir.filePath(u"audit.pdf"_s);
    const Run exported = cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--pdf"_s, file, u"--operator"_s,
                              Operator::fromEnvironment().id, u"--reason"_s, u"Quarterly review"_s});
    QCOMPARE(exported.exitCode, 0);
    const QRegularExpressionMatch pages =
        QRegularExpression(u"^Wrote 60 entries to .* \\((\\d+) pages, audit entry 61\\)"_s)
            .match(exported.out);
    QVERIFY2(pages.hasMatch(), qPrintable(exported.out));
    QVERIFY(pages.captured(1).toInt() >= 2); // sixty entries do not fit one page

    QProcess info;
    info.start(u"pdfinfo"_s, {file});
    QVERIFY(info.waitForFinished(30000));
    QCOMPARE(QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                 .match(QString::fromUtf8(info.readAllStandardOutput()))
                 .captured(1),
             pages.captured(1));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, file, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString firstPage = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(firstPage.contains(head), qPrintable(firstPage));
    QVERIFY(firstPage.contains(u"SessionDesk audit report"_s));
    QVERIFY(firstPage.contains(u"operator "_s + Operator::fromEnvironment().id));
    QVERIFY2(firstPage.contains(u"intact as of entry 60"_s), qPrintable(firstPage));
}

void tst_Cli::auditExportFailsWithoutASuccessEntry()
{
    // A file that cannot be written is no export: no entry, no file, exit 1.
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"export-fails.sqlite"_s));
    const auto exports = [&] {
        return TestStore::scalar(TestStore::raw(store),
                                 u"SELECT count(*) FROM audit_log WHERE action = 'audit_export'"_s)
            .toInt();
    };
    const int before = exports();
    const Run missingFolder = cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s,
                                   m_dir.filePath(u"no/such/folder/a.csv"_s), u"--reason"_s, u"Review"_s});
    QCOMPARE(missingFolder.exitCode, 1);
    QVERIFY2(missingFolder.err.contains(u"nothing was exported or recorded"_s),
             qPrintable(missingFolder.err));
    QCOMPARE(exports(), before);
    QVERIFY(!QFile::exists(m_dir.filePath(u"no/such/folder/a.csv"_s)));
    const QString folder = m_dir.filePath(u"a-folder.pdf"_s);
    QVERIFY(QDir().mkpath(folder));
    const Run intoFolder =
        cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--pdf"_s, folder, u"--reason"_s, u"Review"_s});
    QCOMPARE(intoFolder.exitCode, 2);
    QVERIFY2(intoFolder.err.contains(u"is a folder; nothing was exported or recorded."_s),
             qPrintable(intoFolder.err));
    QCOMPARE(exports(), before);
    // No file name, a device, the store itself: refused before anything is written or recorded.
    const Run noName =
        cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, QString(), u"--reason"_s, u"x"_s});
    QCOMPARE(noName.exitCode, 2);
    QVERIFY2(noName.err.contains(u"An export needs a file name"_s), qPrintable(noName.err));
    const Run device = cli(
        {u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, u"/dev/null"_s, u"--reason"_s, u"x"_s});
    QCOMPARE(device.exitCode, 2);
    QVERIFY2(device.err.contains(u"is not a regular file"_s), qPrintable(device.err));
    QVERIFY(!QFileInfo(u"/dev/null"_s).isFile());
    for (const QString &target : QStringList{store, store + u"-wal"_s}) {
        const Run itself = cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, target,
                                u"--reason"_s, u"x"_s, u"--force"_s}); // not even when asked to replace
        QCOMPARE(itself.exitCode, 2);
        QVERIFY2(itself.err.contains(u"is the store itself"_s), qPrintable(itself.err));
    }
    QCOMPARE(exports(), before);
    QCOMPARE(cli({u"--store"_s, store, u"users"_s, u"list"_s}).exitCode, 0); // still a store
    // Found by trying: an existing file (another store, this computer's witness) or a link to one
    // was replaced without a word. Refused unless --force; then through a symbolic link the file
    // it names is written, and the link stays.
    const QString real = m_dir.filePath(u"real.csv"_s);
    const QString link = m_dir.filePath(u"link.csv"_s);
    QVERIFY(QFile::link(real, link));
    const Run linked =
        cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, link, u"--reason"_s, u"x"_s});
    QCOMPARE(linked.exitCode, 2);
    QVERIFY2(linked.err.contains(u"exists; nothing was exported. Give --force to replace it."_s),
             qPrintable(linked.err));
    QVERIFY(!QFileInfo::exists(real));
    const QString other = TestStore::copy(m_pristine, m_dir.filePath(u"other-store.sqlite"_s));
    const qint64 otherSize = QFileInfo(other).size();
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--pdf"_s, other}).exitCode, 2);
    QCOMPARE(QFileInfo(other).size(), otherSize);
    QCOMPARE(exports(), before);
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, link, u"--reason"_s, u"x"_s,
                  u"--force"_s})
                 .exitCode,
             0);
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFileInfo(real).size() > 0);
    // Nothing is left beside the target either.
    QCOMPARE(QDir(m_dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden), QStringList());
}

void tst_Cli::auditExportOfABrokenTrailSaysSo()
{
    // The CSV carries the break (its last record) and the CLI exits 3; the file is still written.
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"export-broken.sqlite"_s));
    QCOMPARE(cli({u"--store"_s, store, u"settings"_s, u"set"_s, u"device_spread_max"_s, u"4"_s, u"--reason"_s,
                  u"Policy"_s})
                 .exitCode,
             0);
    {
        QSqlDatabase db = TestStore::raw(store);
        TestStore::scalar(db, u"DROP TRIGGER IF EXISTS audit_log_sealed_update"_s);
        TestStore::scalar(db, u"UPDATE audit_log SET reason = 'Nothing' WHERE id = 1"_s);
    }
    const QString file = m_dir.filePath(u"broken.csv"_s);
    const Run exported =
        cli({u"--store"_s, store, u"audit"_s, u"export"_s, u"--csv"_s, file, u"--reason"_s, u"Review"_s});
    QCOMPARE(exported.exitCode, 3);
    QVERIFY2(exported.err.contains(u"The audit trail is BROKEN at entry 1"_s), qPrintable(exported.err));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(records.last().first(), u"verification"_s);
    QVERIFY2(records.last().at(1).startsWith(u"The audit trail is BROKEN at entry 1: "_s),
             qPrintable(records.last().join(u'|')));
}

void tst_Cli::auditSessions()
{
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"history.sqlite"_s));
    QSqlDatabase db = TestStore::raw(store);
    const QString email = emailWithSessions(db, 2);
    const int active = activeSessions(db, email);
    QCOMPARE(cli({u"--store"_s, store, u"logout"_s, u"--user"_s, email, u"--reason"_s, u"Contractor left"_s,
                  u"--ticket"_s, u"HR-3"_s})
                 .exitCode,
             0);
    const Run found =
        cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"sessions"_s, u"--reason"_s, u"contractor"_s});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(json(found)[u"total"_s].toInt(), active);
    for (const QJsonValue &session : json(found)[u"sessions"_s].toArray()) {
        QCOMPARE(session[u"user"_s].toString(), email);
        QCOMPARE(session[u"ticket"_s].toString(), u"HR-3"_s);
        QCOMPARE(session[u"endReason"_s].toString(), u"admin_logout"_s);
    }
    QCOMPARE(cli({u"--store"_s, store, u"audit"_s, u"sessions"_s, u"--limit"_s, u"-1"_s}).exitCode, 2);
    // The address in another letter case finds the same user, in both lists.
    const Run upper =
        cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"sessions"_s, u"--user"_s, email.toUpper()});
    QCOMPARE(json(upper)[u"total"_s].toInt(), active);
    const Run entries = cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--user"_s,
                             email.toUpper(), u"--action"_s, u"LOGOUT_USER"_s});
    QCOMPARE(entries.exitCode, 0);
    QCOMPARE(json(entries)[u"total"_s].toInt(), 1);

    // Found by trying: an operator or user who never appears answered "0 of 0 sessions" with
    // success, where audit list refuses the name; and --limit 0 meant all there, a usage error here.
    const Run ghost = cli({u"--store"_s, store, u"audit"_s, u"sessions"_s, u"--operator"_s, u"ghost"_s});
    QCOMPARE(ghost.exitCode, 5);
    QVERIFY2(ghost.err.contains(u"No entry of the audit trail was made by an operator ghost."_s),
             qPrintable(ghost.err));
    const Run nobody =
        cli({u"--store"_s, store, u"audit"_s, u"sessions"_s, u"--user"_s, u"nobody@nowhere.example"_s});
    QCOMPARE(nobody.exitCode, 5);
    const Run all = cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"sessions"_s, u"--user"_s, email,
                         u"--limit"_s, u"0"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(json(all)[u"sessions"_s].toArray().size(), active);
}

void tst_Cli::storedTextCannotForgeOutput()
{
    // Found by trying: a reason with a line break drew a forged row in audit list, and escape
    // sequences in it steered the terminal.
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"forge.sqlite"_s));
    const QString email = emailWithSessions(TestStore::raw(store), 1);
    // Found by trying: a stored value of 5,000 characters made a column 5,000 wide; a cell is cut.
    const QString forged = u"routine\n 9  2026-12-06 10:54:40 UTC  root  Logged out a user  approved by CISO "
                           "\u001b[31mred \u202Eexe.png"_s +
                           QString(800, u'x');
    QCOMPARE(cli({u"--store"_s, store, u"logout"_s, u"--user"_s, email, u"--reason"_s, forged}).exitCode, 0);
    const Run listed = cli({u"--store"_s, store, u"audit"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(u"\n 9  2026"_s) && !listed.out.contains(QChar(0x1b)) &&
                 !listed.out.contains(QChar(0x202E)),
             qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"routine⏎ 9"_s) &&
                 listed.out.contains(u"<U+001B>[31mred <U+202E>exe.png"_s) &&
                 listed.out.contains(u"xxx…"_s) && !listed.out.contains(QString(200, u'x')),
             qPrintable(listed.out));
    // The stored value is untouched: --json gives it as written.
    const Run raw = cli({u"--store"_s, store, u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(json(raw)[u"entries"_s][0][u"reason"_s].toString(), forged);
}

void tst_Cli::timesWithoutAZoneAreTheComputers()
{
    // Found by trying: in New York "--at 2099-01-01T22:00" planned 17:00, as times without a zone
    // were read as UTC while the CLI shows local times.
    const QString store = TestStore::copy(m_pristine, m_dir.filePath(u"zone.sqlite"_s));
    const QString newYork = u"America/New_York"_s;
    QCOMPARE(cli({u"--store"_s, store, u"logout-all"_s, u"--reason"_s, u"x"_s, u"--at"_s,
                  u"2099-01-01T22:00"_s, u"--message"_s, u"m"_s, u"--yes"_s},
                 u"en_US.UTF-8"_s, newYork)
                 .exitCode,
             0);
    const Run listed =
        cli({u"--store"_s, store, u"--json"_s, u"schedule"_s, u"list"_s}, u"en_US.UTF-8"_s, newYork);
    QCOMPARE(json(listed)[u"planned"_s][0][u"runAt"_s].toString().left(16), u"2099-01-02T03:00"_s);
    const Run shown = cli({u"--store"_s, store, u"schedule"_s, u"list"_s}, u"en_US.UTF-8"_s, newYork);
    QVERIFY2(shown.out.contains(u"2099-01-01 22:00:00"_s), qPrintable(shown.out));
}

void tst_Cli::germanTablesSayWordsNotKeys()
{
    // Found by trying: a German operator read "active", "medium", "device_spread", "open" and
    // "administrator" in the text tables. The text is in their language; --json keeps the keys.
    const QString de = u"de_DE.UTF-8"_s;
    const Run users = cli({u"--store"_s, m_store, u"users"_s, u"list"_s, u"--limit"_s, u"3"_s}, de);
    QCOMPARE(users.exitCode, 0);
    QVERIFY2(users.out.contains(u"Aktiv"_s) && !users.out.contains(u" active "_s), qPrintable(users.out));
    const Run flags = cli({u"--store"_s, m_store, u"flags"_s, u"list"_s}, de);
    QCOMPARE(flags.exitCode, 0);
    for (const QString &key :
         {u" open "_s, u" medium "_s, u" high "_s, u"device_spread"_s, u"failed_login_burst"_s})
        QVERIFY2(!flags.out.contains(key), qPrintable(key + u'\n' + flags.out));
    QVERIFY2(flags.out.contains(u"Offen"_s), qPrintable(flags.out));
    const Run operators = cli({u"--store"_s, m_store, u"operators"_s, u"list"_s}, de);
    QVERIFY2(operators.out.contains(u"Administrator"_s) && !operators.out.contains(u" administrator "_s),
             qPrintable(operators.out));
    const Run keys =
        cli({u"--store"_s, m_store, u"--json"_s, u"users"_s, u"list"_s, u"--limit"_s, u"1"_s}, de);
    QCOMPARE(json(keys)[u"users"_s].toArray().first()[u"status"_s].toString(), u"active"_s);
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"No command given."_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command 'frobnicate'."_s;
    QTest::newRow("half a command")
        << QStringList{u"users"_s}
        << u"users needs one of: list, add, deactivate, reactivate, remove, set-role."_s;
    QTest::newRow("unknown subcommand") << QStringList{u"audit"_s, u"frobnicate"_s}
                                        << u"audit has no subcommand 'frobnicate'; it has: list, verify"_s;
    QTest::newRow("sign-ins from no range")
        << QStringList{u"signins"_s, u"list"_s, u"--ip"_s, u"10.0.0.0/33"_s}
        << u"'10.0.0.0/33' is not an IP address or range; write one such as 203.0.113.7"_s;
    QTest::newRow("sign-ins from an empty country")
        << QStringList{u"signins"_s, u"list"_s, u"--country"_s, u""_s}
        << u"--country needs a value; without it, leave the option out."_s;
    QTest::newRow("sign-ins of an empty device")
        << QStringList{u"signins"_s, u"list"_s, u"--device"_s, u" "_s}
        << u"--device needs a value; without it, leave the option out."_s;
    QTest::newRow("sign-ins of no result") << QStringList{u"signins"_s, u"list"_s, u"--result"_s, u"maybe"_s}
                                           << u"--result is success or failure, not 'maybe'."_s;
    QTest::newRow("sign-ins exported nowhere")
        << QStringList{u"signins"_s, u"export"_s, u"--reason"_s, u"x"_s}
        << u"signins export needs --csv FILE."_s;
    QTest::newRow("sign-ins exported without a reason")
        << QStringList{u"signins"_s, u"export"_s, u"--csv"_s, u"x.csv"_s}
        << u"signins export needs --reason TEXT: the export is recorded in the audit trail."_s;
    QTest::newRow("sign-ins exported from no range")
        << QStringList{u"signins"_s,  u"export"_s, u"--csv"_s, u"x.csv"_s,
                       u"--reason"_s, u"x"_s,      u"--ip"_s,  u"300.1.1.1"_s}
        << u"'300.1.1.1' is not an IP address or range"_s;
    QTest::newRow("sign-ins from no country")
        << QStringList{u"signins"_s, u"list"_s, u"--country"_s, u"Deutschland"_s}
        << u"'Deutschland' is not a country code"_s;
    QTest::newRow("sign-ins in a range that ends first")
        << QStringList{u"signins"_s, u"list"_s, u"--from"_s, u"2026-12-02"_s, u"--to"_s, u"2026-12-01"_s}
        << u"--from 2026-12-02 is not before --to 2026-12-01"_s;
    QTest::newRow("sessions from no range")
        << QStringList{u"sessions"_s, u"search"_s, u"--ip"_s, u"2001:db8::/129"_s}
        << u"'2001:db8::/129' is not an IP address or range"_s;
    QTest::newRow("end matching without a filter")
        << QStringList{u"sessions"_s, u"end-matching"_s, u"--reason"_s, u"x"_s, u"--yes"_s}
        << u"sessions end-matching needs at least one filter"_s;
    QTest::newRow("an IPv6 range written as IPv4")
        << QStringList{u"sessions"_s, u"search"_s, u"--ip"_s, u"::ffff:10.0.0.0/8"_s}
        << u"for the IPv4 range write 10.0.0.0/8 (or ::ffff:10.0.0.0/104)"_s;
    QTest::newRow("end matching from no range")
        << QStringList{u"sessions"_s, u"end-matching"_s, u"--ip"_s, u"10.0.0.0/8/8"_s, u"--reason"_s, u"x"_s}
        << u"'10.0.0.0/8/8' is not an IP address or range"_s;
    QTest::newRow("sessions started in a range that ends first")
        << QStringList{u"sessions"_s,   u"search"_s,       u"--started-from"_s,
                       u"2026-12-02"_s, u"--started-to"_s, u"2026-12-01"_s}
        << u"--started-from 2026-12-02 is not before --started-to 2026-12-01"_s;
    QTest::newRow("sessions of an empty user")
        << QStringList{u"sessions"_s, u"search"_s, u"--user"_s, u" "_s}
        << u"--user needs a value; without it, leave the option out."_s;
    QTest::newRow("limit past the largest number")
        << QStringList{u"users"_s, u"list"_s, u"--limit"_s, u"2147483648"_s}
        << u"--limit takes a whole number from 0 to 2,147,483,647, not '2147483648'."_s;
    // A negative value reaches the setting's own check, not the option parser.
    QTest::newRow("negative setting")
        << QStringList{u"settings"_s, u"set"_s,      u"session_idle_timeout_minutes"_s,
                       u"-5"_s,       u"--reason"_s, u"x"_s}
        << u"session_idle_timeout_minutes takes a whole number from"_s;
    // Found by trying: an unquoted reason lost its second word; a message without --at ran the
    // logout at once.
    QTest::newRow("a word too many") << QStringList{u"logout"_s,   u"--user"_s, u"a@b.example"_s,
                                                    u"--reason"_s, u"Lost"_s,   u"laptop"_s}
                                     << u"Unexpected argument 'laptop'; put a text with spaces in quotes."_s;
    // Found by trying: "freeze --user A --user B" froze B only (logout takes several users); a range
    // ending before it starts
    // listed nothing.
    QTest::newRow("an option twice") << QStringList{u"freeze"_s, u"--user"_s,      u"a@b.example"_s,
                                                    u"--user"_s, u"c@d.example"_s, u"--reason"_s,
                                                    u"x"_s}
                                     << u"--user is given more than once; give it once."_s;
    QTest::newRow("a reason too long")
        << QStringList{u"logout"_s, u"--user"_s, u"a@b.example"_s, u"--reason"_s, QString(1001, u'r')}
        << u"--reason is at most 1,000 characters long."_s;
    QTest::newRow("a range backwards")
        << QStringList{u"audit"_s, u"list"_s, u"--from"_s, u"2026-12-07"_s, u"--to"_s, u"2026-12-01"_s}
        << u"--from 2026-12-07 is not before --to 2026-12-01, so nothing could match."_s;
    QTest::newRow("an announcement without a time")
        << QStringList{u"logout-all"_s, u"--reason"_s, u"x"_s, u"--message"_s, u"Maintenance"_s, u"--yes"_s}
        << u"--message announces a planned logout and needs --at TIME"_s;
    QTest::newRow("spare an empty role")
        << QStringList{u"logout-all"_s, u"--reason"_s, u"x"_s, u"--keep-role"_s, QString(), u"--yes"_s}
        << u"--keep-role needs the name of a role; an empty one spares nobody."_s;
    QTest::newRow("unknown option") << QStringList{u"users"_s, u"list"_s, u"--colour"_s}
                                    << u"Unknown option 'colour'."_s;
    QTest::newRow("bad sort") << QStringList{u"users"_s, u"list"_s, u"--sort"_s, u"age"_s}
                              << u"Cannot sort by 'age'"_s;
    QTest::newRow("bad limit") << QStringList{u"users"_s, u"list"_s, u"--limit"_s, u"-3"_s}
                               << u"--limit takes"_s;
    QTest::newRow("bad status") << QStringList{u"users"_s, u"list"_s, u"--status"_s, u"asleep"_s}
                                << u"Unknown status"_s;
    QTest::newRow("sessions without user")
        << QStringList{u"sessions"_s, u"list"_s} << u"needs --user EMAIL"_s;
    QTest::newRow("logout without reason")
        << QStringList{u"logout"_s, u"--user"_s, u"a@b.example"_s} << u"logout needs --reason TEXT"_s;
    QTest::newRow("logout blank reason")
        << QStringList{u"logout"_s, u"--user"_s, u"a@b.example"_s, u"--reason"_s, u" "_s}
        << u"logout needs --reason TEXT"_s;
    QTest::newRow("end-session without id")
        << QStringList{u"end-session"_s, u"--reason"_s, u"x"_s} << u"needs exactly one SESSION_ID"_s;
    QTest::newRow("unknown setting") << QStringList{u"settings"_s, u"get"_s, u"colour"_s}
                                     << u"There is no setting 'colour'"_s;
    QTest::newRow("bad setting value")
        << QStringList{u"settings"_s, u"set"_s, u"global_logout"_s, u"maybe"_s, u"--reason"_s, u"x"_s}
        << u"global_logout is on or off, not 'maybe'."_s;
    QTest::newRow("setting out of range")
        << QStringList{u"settings"_s, u"set"_s, u"device_spread_max"_s, u"0"_s, u"--reason"_s, u"x"_s}
        << u"takes a whole number from 1 to 100"_s;
    QTest::newRow("setting without reason")
        << QStringList{u"settings"_s, u"set"_s, u"global_logout"_s, u"on"_s} << u"needs --reason TEXT"_s;
    QTest::newRow("logout-all without reason")
        << QStringList{u"logout-all"_s, u"--yes"_s} << u"logout-all needs --reason TEXT"_s;
    QTest::newRow("freeze without reason")
        << QStringList{u"freeze"_s, u"--user"_s, u"a@b.example"_s} << u"freeze needs --reason TEXT"_s;
    QTest::newRow("freeze until no time")
        << QStringList{u"freeze"_s, u"--user"_s,  u"a@b.example"_s, u"--reason"_s,
                       u"x"_s,      u"--until"_s, u"soon"_s}
        << u"--until takes a time such as"_s;
    QTest::newRow("flag id not a number")
        << QStringList{u"flags"_s, u"resolve"_s, u"abc"_s, u"--note"_s, u"x"_s} << u"needs one flag ID"_s;
    QTest::newRow("bad flag status") << QStringList{u"flags"_s, u"list"_s, u"--status"_s, u"closed"_s}
                                     << u"--status is open or all"_s;
    QTest::newRow("users add without name")
        << QStringList{u"users"_s, u"add"_s, u"--email"_s, u"a@b.example"_s}
        << u"needs --email EMAIL and --name NAME"_s;
    QTest::newRow("deactivate without reason")
        << QStringList{u"users"_s, u"deactivate"_s, u"--user"_s, u"a@b.example"_s}
        << u"users deactivate needs --reason TEXT"_s;
    QTest::newRow("set-role without role")
        << QStringList{u"users"_s, u"set-role"_s, u"--user"_s, u"a@b.example"_s, u"--reason"_s, u"x"_s}
        << u"users set-role needs --role ROLE"_s;
    QTest::newRow("planned without message")
        << QStringList{u"logout-all"_s, u"--reason"_s, u"x"_s, u"--at"_s, u"2030-01-01T10:00Z"_s, u"--yes"_s}
        << u"logout-all --at needs --message TEXT"_s;
    QTest::newRow("planned at no time")
        << QStringList{u"logout-all"_s, u"--reason"_s, u"x"_s, u"--at"_s, u"soon"_s, u"--message"_s, u"m"_s}
        << u"--at takes a date and time"_s;
    QTest::newRow("cancel without id") << QStringList{u"schedule"_s, u"cancel"_s, u"--reason"_s, u"x"_s}
                                       << u"schedule cancel needs one planned logout ID"_s;
    QTest::newRow("demo bad number") << QStringList{u"demo"_s, u"create"_s, u"--users"_s, u"many"_s}
                                     << u"--users takes a whole number from 0 to 1,000,000, not 'many'."_s;
    QTest::newRow("empty session id") << QStringList{u"end-session"_s, u""_s, u"--reason"_s, u"x"_s}
                                      << u"end-session needs exactly one SESSION_ID."_s;
    QTest::newRow("global option after the command") << QStringList{u"users"_s, u"list"_s, u"--json"_s}
                                                     << u"--json is an option of sessiondesk-cli itself: put "
                                                        u"it before the command (sessiondesk-cli --json … "
                                                        "users list)."_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(QStringList{u"--store"_s, m_store} + arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"sessiondesk-cli: "_s) && run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--help"_s));
}

void tst_Cli::groupHelpAndEmptyStore()
{
    // A group's help names its subcommands, as the program's help promises.
    const Run help = cli({u"--store"_s, m_store, u"users"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(
                 u"users SUBCOMMAND, one of: list, add, deactivate, reactivate, remove, set-role."_s),
             qPrintable(help.out));
    // An empty store name is a mistake in the command line, not a store that is missing.
    const Run empty = cli({u"--store"_s, u""_s, u"users"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(u"--store needs the store's file name."_s), qPrintable(empty.err));
}

void tst_Cli::failures_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown user") << QString()
                                  << QStringList{u"logout"_s, u"--user"_s, u"ghost@nowhere.example"_s,
                                                 u"--reason"_s, u"x"_s}
                                  << 5 << u"There is no user with the email address ghost@nowhere.example."_s;
    QTest::newRow("unknown user's sessions")
        << QString() << QStringList{u"sessions"_s, u"list"_s, u"--user"_s, u"ghost@x.example"_s} << 5
        << u"There is no user with the email address ghost@x.example."_s;
    QTest::newRow("logout-all keeping an unknown user")
        << QString() << QStringList{u"logout-all"_s,  u"--reason"_s,        u"x"_s,
                                    u"--keep-user"_s, u"ghost@x.example"_s, u"--yes"_s}
        << 5 << u"There is no user ghost@x.example to keep signed in; nothing was ended."_s;
    // "--keep-role admins" where the role is "admin" would log out the administrators it meant
    // to spare: refused, now and planned.
    QTest::newRow("logout-all sparing a role nobody has")
        << QString() << QStringList{u"logout-all"_s, u"--reason"_s,    u"x"_s,      u"--keep-role"_s,
                                    u"admin"_s,      u"--keep-role"_s, u"admins"_s, u"--yes"_s}
        << 5
        << u"No user has the role admins, so it spares nobody; nothing was ended. The roles are: admin, "_s;
    QTest::newRow("planned logout sparing a role nobody has")
        << QString()
        << QStringList{u"logout-all"_s, u"--reason"_s,          u"x"_s,         u"--keep-role"_s, u"Admin"_s,
                       u"--at"_s,       u"2099-01-01T00:00Z"_s, u"--message"_s, u"Maintenance"_s, u"--yes"_s}
        << 5 << u"No user has the role Admin"_s;
    // Found by trying: a filter naming an action, operator or user nobody knows listed "0 entries".
    QTest::newRow("audit of an unknown action")
        << QString() << QStringList{u"audit"_s, u"list"_s, u"--action"_s, u"logout"_s} << 2
        << u"There is no action 'logout' in the audit trail; the actions are: logout_user, "_s;
    QTest::newRow("audit by an unknown operator")
        << QString() << QStringList{u"audit"_s, u"list"_s, u"--operator"_s, u"nobody"_s} << 5
        << u"No entry of the audit trail was made by an operator nobody."_s;
    QTest::newRow("audit export about an unknown user")
        << QString() << QStringList{u"audit"_s,  u"export"_s,         u"--csv"_s, u"/tmp/never-written.csv"_s,
                                    u"--user"_s, u"ghost@x.example"_s}
        << 5 << u"There is no user ghost@x.example, and no entry of the audit trail is about one."_s;
    // Found by trying: a search too long for the database's pattern matcher.
    QTest::newRow("a search too long")
        << QString() << QStringList{u"users"_s, u"list"_s, u"--filter"_s, QString(201, u'a')} << 2
        << u"A search is at most 200 characters long."_s;
    QTest::newRow("a folder as the store")
        << u"folder"_s << QStringList{u"users"_s, u"list"_s} << 5 << u"is a folder, not a store file."_s;
    QTest::newRow("an empty file as the store")
        << u"empty"_s << QStringList{u"users"_s, u"list"_s} << 5
        << u"is an empty file, not a SessionDesk store; nothing was written to it."_s;
    QTest::newRow("unknown session") << QString()
                                     << QStringList{u"end-session"_s, u"ses_ghost"_s, u"--reason"_s, u"x"_s}
                                     << 5 << u"There is no session ses_ghost."_s;
    QTest::newRow("missing store") << u"missing"_s << QStringList{u"users"_s, u"list"_s} << 5
                                   << u"There is no store at"_s;
    QTest::newRow("read-only store") << u"read-only"_s << QStringList{u"users"_s, u"list"_s} << 4
                                     << u"is read-only"_s;
    QTest::newRow("corrupt store") << u"corrupt"_s << QStringList{u"users"_s, u"list"_s} << 1
                                   << u"damaged or is not a database"_s;
}

void tst_Cli::failures()
{
    QFETCH(QString, store);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString path = m_store;
    if (store == u"missing") {
        path = m_dir.filePath(u"missing.sqlite"_s);
    } else if (store == u"read-only") {
        path = m_dir.filePath(u"read-only.sqlite"_s);
        QFile::copy(m_store, path);
        QFile::setPermissions(path, QFile::ReadOwner);
    } else if (store == u"folder") {
        path = m_dir.filePath(u"a-folder"_s);
        QVERIFY(QDir().mkpath(path));
    } else if (store == u"empty") {
        path = m_dir.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (store == u"corrupt") {
        path = m_dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5A'));
    }
    const Run run = cli(QStringList{u"--store"_s, path} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"sessiondesk-cli: "_s) && run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one clear sentence
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    if (store == u"empty")
        QCOMPARE(QFileInfo(path).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
