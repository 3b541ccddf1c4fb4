#include "TestStore.h"
#include "models/exports/SignInExport.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Exporting sign-ins to CSV (the Sign-ins page's Export CSV…, `signins export`): every match, page
// after page, newest first, in fields a spreadsheet shows as text; recorded in the audit trail
// with the filter in words; and every refusal (nothing matches, no file to write, the store itself,
// no reason, a trail that cannot record it, no operator) leaving neither a file nor an entry. On
// SQLite, and on PostgreSQL (SESSIONDESK_TEST_BACKEND=postgresql).
class tst_SignInExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportsEveryMatchPageByPage();
    void exportsWhatTheFilterSelects();
    void formulasAreWrittenAsText();
    void refusalsLeaveNothing_data();
    void refusalsLeaveNothing();
    void aTrailThatCannotRecordLeavesNoFile();
    void pathsAsTheSystemResolvesThem();
    void auditorsMayExportNonOperatorsMayNot();

private:
    Result<RecordedExport::Outcome> exportTo(const QString &path, const SignInQuery &query = {},
                                             const QString &reason = u"Incident 7"_s, bool replace = false);
    // The file's records: the header first; CRLF line ends, no line break inside these fields.
    QStringList records(const QString &path) const;
    int auditEntries() const { return TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(); }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    QSqlDatabase m_raw;
};

void tst_SignInExport::initTestCase()
{
    qputenv("TZ", "UTC");
    m_template = m_dir.filePath(u"template.sqlite"_s);
    DemoOptions demo = TestStore::smallDemo(60, 9);
    demo.events = 11'000; // more than two pages of the export
    TestStore::create(m_template, demo);
}

void tst_SignInExport::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
}

void tst_SignInExport::cleanup()
{
    m_source.reset();
    m_raw.close();
}

Result<RecordedExport::Outcome> tst_SignInExport::exportTo(const QString &path, const SignInQuery &query,
                                                           const QString &reason, bool replace)
{
    SignInExport::Request request;
    request.query = query;
    request.path = path;
    request.replace = replace;
    request.context = TestStore::context(reason, u"INC-7"_s);
    if (!query.userId.isEmpty())
        request.user =
            TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {query.userId}).toString();
    return TestStore::await(SignInExport::run(m_source.get(), request));
}

QStringList tst_SignInExport::records(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void tst_SignInExport::exportsEveryMatchPageByPage()
{
    const int all = TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events"_s).toInt();
    QVERIFY(all > 10'000);
    const QString path = m_dir.filePath(u"all.csv"_s);
    const auto exported = exportTo(path);
    QVERIFY2(exported.ok(), TestStore::why(exported));
    QCOMPARE(exported.value().written.rows, all);
    const QStringList lines = records(path);
    QCOMPARE(lines.size(), 1 + all);
    QCOMPARE(lines.first(), SignInExport::csvHeader().join(u','));
    // Newest first, each once.
    QSet<QString> seen;
    QString previous = u"9999"_s;
    for (int i = 1; i < lines.size(); ++i) {
        const QString time = lines.at(i).section(u',', 0, 0);
        QVERIFY2(time <= previous, qPrintable(lines.at(i)));
        previous = time;
        seen.insert(lines.at(i));
    }
    QCOMPARE(seen.size(), all); // no row written twice across the pages
    const QString newest =
        QDateTime::fromMSecsSinceEpoch(
            TestStore::ms(TestStore::scalar(m_raw, u"SELECT max(at) FROM login_events"_s)), Qt::UTC)
            .toString(Qt::ISODateWithMs);
    QCOMPARE(lines.at(1).section(u',', 0, 0), newest);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT action || '|' || count || '|' || reason || '|' || ticket || '|' || "
                               "new_value FROM audit_log ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
             u"sign_ins_export|%1|Incident 7|INC-7|CSV to %2: all sign-ins"_s.arg(all).arg(path));
    QCOMPARE(exported.value().auditEntryId,
             TestStore::scalar(m_raw, u"SELECT max(id) FROM audit_log"_s).toLongLong());
}

void tst_SignInExport::exportsWhatTheFilterSelects()
{
    const QString userId = TestStore::scalar(m_raw, u"SELECT user_id FROM login_events WHERE NOT success "
                                                    "GROUP BY user_id ORDER BY count(*) DESC LIMIT 1"_s)
                               .toString();
    const int failed =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE NOT success AND user_id = ?"_s,
                          {userId})
            .toInt();
    QVERIFY(failed > 1);
    SignInQuery query;
    query.userId = userId;
    query.success = false;
    const QString path = m_dir.filePath(u"failed.csv"_s);
    const auto exported = exportTo(path, query);
    QVERIFY2(exported.ok(), TestStore::why(exported));
    const QStringList lines = records(path);
    QCOMPARE(lines.size(), 1 + failed);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        QCOMPARE(fields.at(1), userId);
        QCOMPARE(fields.at(4), u"failure"_s);
    }
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {userId}).toString();
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString(),
        u"CSV to %1: failed ones; user %2"_s.arg(path, email));
}

void tst_SignInExport::formulasAreWrittenAsText()
{
    // What an application recorded, as an attacker would send it (a NUL at the end, which only
    // SQLite stores: PostgreSQL's text holds none).
    const QString end = TestStore::postgres() ? QString() : QString(QChar(0));
    const QString agent = u"=HYPERLINK(\"http://evil.example\",\"x\")"_s + end;
    QSqlQuery query(m_raw);
    QVERIFY(!Sql::exec(query,
                       u"INSERT INTO login_events (user_id, at, success, ip, user_agent) "
                       "SELECT id, ?, ?, '203.0.113.66', ? FROM users ORDER BY id LIMIT 1"_s,
                       {Sql::time(QDateTime::currentDateTimeUtc().addSecs(60)), true, agent}));
    SignInQuery newest;
    newest.network = u"203.0.113.66"_s;
    const QString path = m_dir.filePath(u"formula.csv"_s);
    const auto exported = exportTo(path, newest);
    QVERIFY2(exported.ok(), TestStore::why(exported));
    const QStringList lines = records(path);
    QCOMPARE(lines.size(), 2);
    const QString written = TestStore::postgres() ? QString() : u"\uFFFD"_s;
    QVERIFY2(
        lines.at(1).contains(u",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")"_s + written + u"\","_s),
        qPrintable(lines.at(1)));
    QVERIFY(!lines.at(1).contains(QChar(0))); // a text file still
}

void tst_SignInExport::refusalsLeaveNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("said");
    QTest::newRow("nothing matches") << u"none.csv"_s << u"192.0.2.0/24"_s << u"Incident"_s
                                     << u"No sign-in matches this filter"_s;
    QTest::newRow("no range") << u"range.csv"_s << u"10.0.0.0/33"_s << u"Incident"_s << u"10.0.0.0/33"_s;
    QTest::newRow("no reason") << u"reason.csv"_s << QString() << u" "_s << u"Give a reason"_s;
    QTest::newRow("no file name") << QString() << QString() << u"Incident"_s << u"needs a file name"_s;
    QTest::newRow("a folder") << u"."_s << QString() << u"Incident"_s << u"is a folder"_s;
    QTest::newRow("no such folder") << u"missing/x.csv"_s << QString() << u"Incident"_s
                                    << u"does not exist"_s;
    QTest::newRow("the store itself") << u"STORE"_s << QString() << u"Incident"_s << u"is the store itself"_s;
    QTest::newRow("a file there, not to be replaced")
        << u"EXISTS"_s << QString() << u"Incident"_s << u"exists; nothing was exported or recorded"_s;
    QTest::newRow("a name longer than the file system holds")
        << QString(300, u'a') + u".csv"_s << QString() << u"Incident"_s << u"longer than 255 bytes"_s;
}

void tst_SignInExport::refusalsLeaveNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, network);
    QFETCH(QString, reason);
    QFETCH(QString, said);
    if (file == u"STORE") {
        if (TestStore::postgres())
            QSKIP("a PostgreSQL store is no file here");
        file = m_path;
    }
    if (file == u"EXISTS") {
        file = u"there.csv"_s;
        QFile there(m_dir.filePath(file));
        QVERIFY(there.open(QIODevice::WriteOnly));
        there.write("someone else's\n");
    }
    const QString path = file.isEmpty() || file == m_path ? file : m_dir.filePath(file);
    const int before = auditEntries();
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    SignInQuery query;
    query.network = network;
    const auto exported = exportTo(path, query, reason);
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().text.contains(said), qPrintable(exported.error().text));
    QCOMPARE(auditEntries(), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    if (QFile there(m_dir.filePath(u"there.csv"_s)); there.open(QIODevice::ReadOnly))
        QCOMPARE(there.readAll(), QByteArray("someone else's\n")); // left alone
    QVERIFY(TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events"_s).toInt() >
            0); // the store is whole
}

void tst_SignInExport::aTrailThatCannotRecordLeavesNoFile()
{
    const QString path = m_dir.filePath(u"unrecorded.csv"_s);
    TestStore::failAuditInserts(m_raw, true);
    const auto exported = exportTo(path);
    TestStore::failAuditInserts(m_raw, false);
    QVERIFY(!exported.ok());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log WHERE action = 'sign_ins_export'"_s)
                 .toInt(),
             0);
}

// "link/.." is where the system finds it (the parent of the link's target), as a shell's redirection
// and --store take it; and a file replaced only when asked.
void tst_SignInExport::pathsAsTheSystemResolvesThem()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"x/sub"_s));
    QVERIFY(QFile::link(m_dir.filePath(u"x/sub"_s), m_dir.filePath(u"lnk"_s)));
    SignInQuery failed;
    failed.success = false;
    const auto exported = exportTo(m_dir.filePath(u"lnk/../up.csv"_s), failed);
    QVERIFY2(exported.ok(), TestStore::why(exported));
    QVERIFY(QFile::exists(m_dir.filePath(u"x/up.csv"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"up.csv"_s)));
    QCOMPARE(exported.value().path, QFileInfo(m_dir.filePath(u"x/up.csv"_s)).canonicalFilePath());
    // Again: refused unless replacing was asked for, then replaced.
    QVERIFY(!exportTo(m_dir.filePath(u"x/up.csv"_s), failed).ok());
    QVERIFY(exportTo(m_dir.filePath(u"x/up.csv"_s), {}, u"Incident 7"_s, true).ok());
    QCOMPARE(records(m_dir.filePath(u"x/up.csv"_s)).size(),
             1 + TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events"_s).toInt());
}

void tst_SignInExport::auditorsMayExportNonOperatorsMayNot()
{
    m_source.reset();
    TestStore::setRole(m_path, Role::Auditor);
    m_source = TestStore::open(m_path, 0, 2000, 3, Role::Auditor);
    const QString path = m_dir.filePath(u"auditor.csv"_s);
    const auto done = exportTo(path);
    QVERIFY2(done.ok(), TestStore::why(done));
    QVERIFY(QFile::exists(path));

    if (TestStore::postgres())
        return; // a login without a store role opens nothing (tst_pgstoreguard: the function refuses it)
    m_source.reset();
    TestStore::setRole(m_path, std::nullopt);
    m_source = TestStore::open(m_path, 0, 2000, 3, std::nullopt);
    const QString refused = m_dir.filePath(u"nobody.csv"_s);
    const int before = auditEntries();
    const auto exported = exportTo(refused);
    QVERIFY(!exported.ok());
    QVERIFY(!QFile::exists(refused));
    QCOMPARE(auditEntries(), before);
}

QTEST_GUILESS_MAIN(tst_SignInExport)
#include "tst_signinexport.moc"
