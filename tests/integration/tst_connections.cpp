// Saved connections: the profiles in the user's settings, their passwords in the real system
// keychain (gnome-keyring in a private D-Bus session), and the CLI using them against a real
// better-auth server (fixtures/better-auth) without asking for anything.

#include "BetterAuthApp.h"
#include "TestStore.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/credentials/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

class tst_Connections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profilesAreCheckedAndKept_data();
    void profilesAreCheckedAndKept();
    void cliUsesTheProfileAndTheKeychain();
    void removeWithoutAKeychainKeepsTheConnection();
    void noSecretAtRest();

private:
    // Runs the CLI; answers its exit code, with what it printed in *out and *err.
    int cli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_config;
};

void tst_Connections::initTestCase()
{
    QVERIFY(m_config.isValid());
    // The settings of this test only, for it and the CLI processes it starts.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
}

int tst_Connections::cli(const QStringList &arguments, QString *out, QString *err,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SESSIONDESK_CLI), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("sessiondesk-cli did not finish");
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void tst_Connections::profilesAreCheckedAndKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("postgresql") << u"Production store"_s
                                << u"postgresql://anna@db.example.org:5432/sessions?sslmode=verify-full"_s
                                << QString();
    QTest::newRow("better-auth") << u"Shop accounts"_s
                                 << u"better-auth+https://admin@shop.example@auth.shop.example"_s
                                 << QString();
    QTest::newRow("no name") << u"  "_s << u"postgresql://anna@db/sessions"_s
                             << u"Give the connection a name"_s;
    QTest::newRow("password in it") << u"Leaky"_s << u"postgresql://anna:secret@db/sessions"_s
                                    << u"password"_s;
    QTest::newRow("not an address") << u"Odd"_s << u"ftp://example.org"_s << u"ftp://example.org"_s;
}

void tst_Connections::profilesAreCheckedAndKept()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, refusal);
    const auto saved = ConnectionProfiles::save({name, url, {}});
    QCOMPARE(saved.ok(), refusal.isEmpty());
    if (!saved.ok()) {
        QVERIFY2(saved.error().text.contains(refusal), qPrintable(saved.error().text));
        QVERIFY(!ConnectionProfiles::find(name.trimmed()).has_value() || name.trimmed().isEmpty());
        // Nothing secret reached the settings.
        QSettings settings;
        QVERIFY(!settings.allKeys().join(u' ').contains(u"secret"_s));
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(u"secret"_s));
        return;
    }
    // Found in any letter case; saving again under the same name replaces it.
    QCOMPARE(ConnectionProfiles::find(name.toUpper())->url, url);
    QVERIFY(ConnectionProfiles::save({name.toLower(), url, {}}).ok());
    const auto all = ConnectionProfiles::all();
    QCOMPARE(std::count_if(
                 all.begin(), all.end(),
                 [&](const ConnectionProfile &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; }),
             1);
    ConnectionProfiles::remove(name);
    QVERIFY(!ConnectionProfiles::find(name).has_value());
}

void tst_Connections::cliUsesTheProfileAndTheKeychain()
{
    if (qEnvironmentVariable("SESSIONDESK_TEST_KEYRING") != u"secret-service" || !BetterAuthApp::available())
        QSKIP("Run through ctest: it gives the test a keyring and a better-auth server.");
    BetterAuthApp app;
    QSqlQuery started(app.database()); // other suites' sessions are older
    QVERIFY(started.exec(u"SELECT now()"_s) && started.next());
    const QDateTime since = started.value(0).toDateTime();
    QString out, err;
    QCOMPARE(cli({u"connections"_s, u"add"_s, u"Shop"_s, u"--url"_s, app.sourceUrl()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Saved the connection Shop"_s), qPrintable(out + err));
    QCOMPARE(cli({u"--json"_s, u"connections"_s, u"list"_s}, &out), 0);
    const QJsonArray listed = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(u"url").toString(), app.sourceUrl());

    // The password, as the console's Connections dialog or `connections add --save-password` keeps it.
    SecretStore keychain;
    QVERIFY(TestStore::await(
                keychain.write(ConnectionProfiles::secretKey(u"Shop"_s), BetterAuthApp::adminPassword()))
                .ok());
    QCOMPARE(cli({u"--profile"_s, u"shop"_s, u"--json"_s, u"users"_s, u"list"_s, u"--sort"_s, u"email"_s,
                  u"--limit"_s, u"1"_s},
                 &out, &err),
             0);
    QVERIFY2(out.contains(BetterAuthApp::adminEmail()), qPrintable(out + err));
    QVERIFY(!err.contains(u"Password"_s)); // nothing was asked
    // better-auth records no places: the table has no column of empty ones.
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"users"_s, u"list"_s, u"--limit"_s, u"2"_s}, &out, &err), 0);
    QVERIFY2(out.contains(u"LAST ACTIVITY"_s) && !out.contains(u"LAST LOCATION"_s), qPrintable(out + err));
    // Found by trying: the connections landed under ~/.config/Unknown Organization/.
    QVERIFY(QFile::exists(m_config.filePath(u"SessionDesk/connections.ini"_s)));
    QVERIFY(!QDir(m_config.filePath(u"Unknown Organization"_s)).exists());

    // Found by trying: a sort better-auth cannot do exited 4 after the password was asked for.
    QCOMPARE(cli({u"--connect"_s, app.sourceUrl(), u"users"_s, u"list"_s, u"--sort"_s, u"sessions:desc"_s},
                 &out, &err),
             2);
    QVERIFY2(err.contains(u"sorts users by name, email, role or status only"_s) &&
                 !err.contains(u"Password"_s),
             qPrintable(err));

    // Found by trying: 'end-session' never found a session a new process had not listed, and
    // every logout claimed access tokens were rejected.
    const QString member = BetterAuthApp::memberEmail(21);
    app.signIn(member, BetterAuthApp::memberPassword(), "Laptop", "192.0.2.90");
    app.signIn(member, BetterAuthApp::memberPassword(), "Phone", "192.0.2.91");
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"--json"_s, u"sessions"_s, u"list"_s, u"--user"_s, member},
                 &out, &err),
             0);
    const QJsonArray listedSessions =
        QJsonDocument::fromJson(out.toUtf8()).object().value(u"sessions"_s).toArray();
    QCOMPARE(listedSessions.size(), 2);
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"end-session"_s,
                  listedSessions.at(0).toObject().value(u"id"_s).toString(), u"--reason"_s, u"Lost laptop"_s},
                 &out, &err),
             0);
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"logout"_s, u"--user"_s, member, u"--reason"_s, u"Incident"_s},
                 &out, &err),
             0);
    QVERIFY2(out.contains(u"1 session ended"_s) && !out.contains(u"are rejected"_s) &&
                 out.contains(u"stay valid until they expire"_s),
             qPrintable(out + err));
    // The outcome of each action is a column of its own.
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"audit"_s, u"list"_s}, &out, &err), 0);
    QVERIFY2(out.contains(u"OUTCOME"_s) && out.contains(u"Succeeded"_s), qPrintable(out + err));

    // The password is in no file of the settings.
    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(BetterAuthApp::adminPassword().toUtf8()),
                 qPrintable(file.fileName()));
    }

    // Found by trying: Ctrl-C or SIGTERM in the middle of ending sessions user by user left no
    // journal entry and the console's own session behind. It stops starting more, journals how far
    // it got, signs out and exits 128 + the signal. The server is held still (SIGSTOP) while the
    // signal comes, so that it comes in the middle.
    constexpr int each = 4; // sessions of each member, ended one by one (matching ones only)
    for (int n = 1; n <= 30; ++n) {
        for (int device = 1; device <= each; ++device)
            QVERIFY(!app.signIn(BetterAuthApp::memberEmail(n), BetterAuthApp::memberPassword(), "Stuffed",
                                u"10.66.%1.%2"_s.arg(device).arg(n).toLatin1())
                         .isEmpty());
    }
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_BETTER_AUTH"));
    QVERIFY(info.open(QIODevice::ReadOnly));
    const pid_t server = pid_t(QString::fromUtf8(info.readAll()).section(u' ', 1, 1).trimmed().toInt());
    QVERIFY(server > 0);
    const auto stuffed = [&app] {
        return TestStore::scalar(app.database(),
                                 uR"(SELECT count(*) FROM session WHERE "ipAddress" LIKE '10.66.%')"_s)
            .toInt();
    };
    QProcess ending;
    ending.start(QStringLiteral(SESSIONDESK_CLI),
                 {u"--profile"_s, u"Shop"_s, u"sessions"_s, u"end-matching"_s, u"--ip"_s, u"10.66.0.0/16"_s,
                  u"--reason"_s, u"Credential stuffing"_s, u"--yes"_s});
    QVERIFY(QTest::qWaitFor([&] { return stuffed() < 30 * each || ending.state() == QProcess::NotRunning; },
                            60'000));
    ::kill(server, SIGSTOP);
    const auto resume = qScopeGuard([server] { ::kill(server, SIGCONT); });
    ending.terminate();
    QTest::qWait(500);
    ::kill(server, SIGCONT);
    QVERIFY(ending.waitForFinished(60'000));
    const QString stopped = QString::fromUtf8(ending.readAllStandardError());
    QCOMPARE(ending.exitCode(), 128 + SIGTERM);
    QVERIFY2(stopped.contains(u"Stopped"_s), qPrintable(stopped));
    const int unended = stuffed();
    QVERIFY2(unended > 0 && unended < 30 * each, qPrintable(QString::number(unended)));
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"--json"_s, u"audit"_s, u"list"_s, u"--limit"_s, u"1"_s}, &out,
                 &err),
             0);
    QVERIFY2(out.contains(u"end_matching"_s) && out.contains(u"Stopped after"_s), qPrintable(out + err));

    // The console too opens the saved connection with the keychain's password, asking nothing.
    QTemporaryDir shots;
    const QString shot = shots.filePath(u"shop.png"_s);
    QProcess console;
    console.start(QStringLiteral(SESSIONDESK_GUI), {u"--profile"_s, u"Shop"_s, u"--screenshot"_s, shot});
    QVERIFY(console.waitForFinished(120'000));
    QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
    QVERIFY(QImage(shot).width() > 400);
    // Found by trying: every run left an administrator's session behind at better-auth. Several
    // CLI runs (one stopped) and a console later, none is left.
    QSqlQuery left(app.database());
    QVERIFY(left.prepare(uR"(SELECT count(*) FROM session s JOIN "user" u ON u.id = s."userId"
                             WHERE u.email = 'admin@example.com' AND s."expiresAt" > now()
                               AND s."createdAt" >= ?)"_s));
    left.addBindValue(since);
    QVERIFY(left.exec() && left.next());
    QCOMPARE(left.value(0).toInt(), 0);

    // Removing the connection removes its password from the keychain too.
    QCOMPARE(cli({u"connections"_s, u"remove"_s, u"Shop"_s}, &out), 0);
    QCOMPARE(TestStore::await(keychain.read(ConnectionProfiles::secretKey(u"Shop"_s))).error().code,
             SourceError::Code::NotFound);
    QCOMPARE(cli({u"--profile"_s, u"Shop"_s, u"users"_s, u"list"_s}, &out, &err), 5);
    QVERIFY2(err.contains(u"no saved connection 'Shop'"_s), qPrintable(err));
}

// Found by trying: without a keychain, `connections remove` printed "Removed" and then the D-Bus
// error with exit code 4. The connection is kept, saying why and how to remove it anyway.
void tst_Connections::removeWithoutAKeychainKeepsTheConnection()
{
    QTemporaryDir nowhere;
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + nowhere.filePath(u"bus"_s));
    const QString url = u"postgresql://anna@db.example.org/sessions"_s;
    QString out, err;
    QCOMPARE(cli({u"connections"_s, u"add"_s, u"Lab"_s, u"--url"_s, url}, &out, &err, noKeychain), 0);
    QCOMPARE(cli({u"connections"_s, u"remove"_s, u"Lab"_s}, &out, &err, noKeychain), 4);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(u"The connection Lab was kept: the system keychain, which may hold its password, "
                          "cannot be reached."_s),
             qPrintable(err));
    QVERIFY2(!err.contains(u"org.freedesktop"_s), qPrintable(err));
    QCOMPARE(ConnectionProfiles::find(u"Lab"_s)->url, url);

    // Added again in other letters: refused, the saved one stays.
    QCOMPARE(
        cli({u"connections"_s, u"add"_s, u"LAB"_s, u"--url"_s, u"postgresql://eve@elsewhere.example/x"_s},
            &out, &err, noKeychain),
        1);
    QVERIFY2(err.contains(u"There is already a saved connection Lab (%1)"_s.arg(url)), qPrintable(err));
    QCOMPARE(ConnectionProfiles::find(u"lab"_s)->url, url);
    // A password to keep and no terminal to ask it on (a script): nothing is saved, rather than an
    // empty password in the keychain.
    QProcess adding;
    adding.setProcessEnvironment(noKeychain);
    adding.setChildProcessModifier([] { ::setsid(); }); // no controlling terminal, as under cron
    adding.start(QStringLiteral(SESSIONDESK_CLI),
                 {u"connections"_s, u"add"_s, u"Lab2"_s, u"--url"_s, url, u"--save-password"_s});
    QVERIFY(adding.waitForFinished(60'000));
    QCOMPARE(adding.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(adding.readAllStandardError())
                 .contains(u"--save-password asks for the password on a terminal, and there is none here"_s),
             "no refusal");
    QVERIFY(!ConnectionProfiles::find(u"Lab2"_s).has_value());

    QCOMPARE(cli({u"connections"_s, u"remove"_s, u"Lab"_s, u"--keep-password"_s}, &out, &err, noKeychain), 0);
    QCOMPARE(out, u"Removed the connection Lab; a password saved for it, if any, is still in the system "
                  "keychain.\n"_s);
    QVERIFY(!ConnectionProfiles::find(u"Lab"_s).has_value());
}

// Saved connections to better-auth and to PostgreSQL, their passwords in the keychain: the CLI and
// the console sign in, act and quit, with every debug message of SessionDesk's on. Afterwards no
// file under their home and temporary directories, and nothing they printed, holds a password or
// any session token the server issued meanwhile (recorded by a trigger in the server's database).
void tst_Connections::noSecretAtRest()
{
    if (qEnvironmentVariable("SESSIONDESK_TEST_KEYRING") != u"secret-service" || !BetterAuthApp::available())
        QSKIP("Run through ctest: it gives the test a keyring and a better-auth server.");
    BetterAuthApp app;
    QSqlQuery capture(app.database());
    QVERIFY2(capture.exec(uR"(CREATE TABLE IF NOT EXISTS issued_tokens (token text);
        CREATE OR REPLACE FUNCTION record_token() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN INSERT INTO issued_tokens VALUES (NEW.token); RETURN NEW; END $$;
        CREATE OR REPLACE TRIGGER record_token AFTER INSERT ON session
            FOR EACH ROW EXECUTE FUNCTION record_token();
        TRUNCATE issued_tokens)"_s),
             qPrintable(capture.lastError().text()));

    QTemporaryDir home, temporary;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    environment.insert(u"TMPDIR"_s, temporary.path());
    environment.insert(u"QT_LOGGING_RULES"_s, u"sessiondesk.*=true"_s);
    QString output;
    const auto run = [&](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(120'000))
            qFatal("%s did not finish", qPrintable(program));
        const QString printed =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        output += printed;
        return std::pair{process.exitCode(), printed};
    };
    const QString cliProgram = QStringLiteral(SESSIONDESK_CLI);
    const QString pgPassword = u"pg-Secret-7f3a-kept-in-the-keychain"_s;
    const QString tablesUrl = u"better-auth+"_s + TestStore::postgresUrl(u"better_auth"_s);
    QCOMPARE(run(cliProgram, {u"connections"_s, u"add"_s, u"Shop"_s, u"--url"_s, app.sourceUrl()}).first, 0);
    QCOMPARE(run(cliProgram, {u"connections"_s, u"add"_s, u"Tables"_s, u"--url"_s, tablesUrl}).first, 0);
    SecretStore keychain;
    QVERIFY(TestStore::await(
                keychain.write(ConnectionProfiles::secretKey(u"Shop"_s), BetterAuthApp::adminPassword()))
                .ok());
    QVERIFY(TestStore::await(keychain.write(ConnectionProfiles::secretKey(u"Tables"_s), pgPassword)).ok());

    const QString member = BetterAuthApp::memberEmail(22);
    QVERIFY(!app.signIn(member, BetterAuthApp::memberPassword(), "Laptop", "192.0.2.70").isEmpty());
    for (const QStringList &arguments :
         {QStringList{u"--profile"_s, u"Shop"_s, u"--json"_s, u"sessions"_s, u"list"_s, u"--user"_s, member},
          QStringList{u"--profile"_s, u"Shop"_s, u"logout"_s, u"--user"_s, member, u"--reason"_s,
                      u"Incident"_s},
          QStringList{u"--profile"_s, u"Tables"_s, u"users"_s, u"list"_s, u"--limit"_s, u"3"_s},
          QStringList{u"--profile"_s, u"Shop"_s, u"audit"_s, u"list"_s}}) {
        const auto [exitCode, printed] = run(cliProgram, arguments);
        QVERIFY2(exitCode == 0, qPrintable(arguments.join(u' ') + u": "_s + printed));
    }
    const auto [shown, printed] =
        run(QStringLiteral(SESSIONDESK_GUI),
            {u"--profile"_s, u"Shop"_s, u"--screenshot"_s, temporary.filePath(u"shop.png"_s)});
    QVERIFY2(shown == 0, qPrintable(printed));
    QVERIFY2(output.contains(u"sessiondesk."_s), "debug logging was not on");

    QStringList secrets{BetterAuthApp::adminPassword(), pgPassword};
    QVERIFY(capture.exec(u"SELECT token FROM issued_tokens"_s));
    while (capture.next())
        secrets << capture.value(0).toString();
    QVERIFY2(secrets.size() >= 2 + 4, "the runs signed in fewer times than they ran"); // the console's own
    QVERIFY(capture.exec(u"DROP TRIGGER record_token ON session; DROP TABLE issued_tokens"_s));

    int files = 0;
    for (const QString &root : {home.path(), temporary.path()}) {
        QDirIterator found(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (found.hasNext()) {
            QFile file(found.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(files >= 3, "the runs left fewer files than a journal, a profile list and a screenshot");
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!output.contains(secret), qPrintable(u"printed: "_s + secret.left(4)));
}

QTEST_GUILESS_MAIN(tst_Connections)
#include "tst_connections.moc"
