// The Connections dialog, offscreen: profiles added, edited, refused, removed; a password the
// keychain cannot keep is said, not written anywhere; Test against a real better-auth server; and
// Connect asks the window to switch.

#include "BetterAuthApp.h"
#include "FaultServer.h"
#include "TestStore.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/sources/CertificateTrust.h"
#include "views/connections/ConnectionsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class tst_ConnectionsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addEditAndRemove();
    void kindAndUserPathFollowTheAddress();
    void passwordTheKeychainCannotKeepIsSaid();
    void testSignsIn();
    void connectAsksToSwitch();
    void selfSignedCertificateIsTrustedExplicitly();
    void postgresCertificateIsTrustedExplicitly();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    QString status() const { return child<QLabel>(u"connectionStatus"_s)->text(); }
    void fill(const QString &name, const QString &url, const QString &password = {});
    void click(const QString &button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }

    QTemporaryDir m_config;
    std::unique_ptr<ConnectionsDialog> m_dialog;
};

void tst_ConnectionsDialog::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
}

void tst_ConnectionsDialog::init()
{
    for (const ConnectionProfile &profile : ConnectionProfiles::all())
        ConnectionProfiles::remove(profile.name);
    m_dialog = std::make_unique<ConnectionsDialog>();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectionsDialog::fill(const QString &name, const QString &url, const QString &password)
{
    click(u"newConnectionButton"_s);
    child<QLineEdit>(u"connectionNameEdit"_s)->setText(name);
    child<QLineEdit>(u"connectionUrlEdit"_s)->setText(url);
    child<QLineEdit>(u"connectionPasswordEdit"_s)->setText(password);
}

void tst_ConnectionsDialog::addEditAndRemove()
{
    auto *list = child<QListWidget>(u"connectionsList"_s);
    QCOMPARE(list->count(), 0);
    fill(u"Production"_s, u"postgresql://anna@db.example.org/sessions?sslmode=verify-full"_s);
    click(u"saveConnectionButton"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(ConnectionProfiles::find(u"production"_s)->url,
             u"postgresql://anna@db.example.org/sessions?sslmode=verify-full"_s);

    // Refused with the reason, nothing saved.
    fill(u"Leaky"_s, u"postgresql://anna:hunter2@db/sessions"_s);
    click(u"saveConnectionButton"_s);
    QVERIFY2(status().contains(u"password"_s), qPrintable(status()));
    QCOMPARE(list->count(), 1);
    QVERIFY(!ConnectionProfiles::find(u"Leaky"_s));

    // Renamed: one entry under the new name.
    list->setCurrentRow(0);
    child<QLineEdit>(u"connectionNameEdit"_s)->setText(u"Production EU"_s);
    click(u"saveConnectionButton"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Production EU"_s);
    QVERIFY(!ConnectionProfiles::find(u"Production"_s));

    // Removing asks first; No keeps it, Yes removes it.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    click(u"removeConnectionButton"_s);
    QCOMPARE(list->count(), 1);
    answer(QMessageBox::Yes);
    click(u"removeConnectionButton"_s);
    QCOMPARE(list->count(), 0);
    QVERIFY(ConnectionProfiles::all().isEmpty());
}

void tst_ConnectionsDialog::kindAndUserPathFollowTheAddress()
{
    auto *kind = child<QComboBox>(u"connectionKindCombo"_s);
    auto *url = child<QLineEdit>(u"connectionUrlEdit"_s);
    auto *userPath = child<QLineEdit>(u"connectionUserPathEdit"_s);
    fill(u"Shop"_s, u"keycloak+https://admin@sso.example/shop"_s);
    QCOMPARE(kind->currentData().toString(), u"keycloak+https"_s);
    QVERIFY(!userPath->isVisible());

    // Choosing another kind starts from its example; the user path belongs to connect-pg-simple.
    const int sessions = kind->findData(u"connect-pg-simple+postgresql"_s);
    QVERIFY(sessions >= 0);
    kind->setCurrentIndex(sessions);
    Q_EMIT kind->activated(sessions);
    QVERIFY(url->text().startsWith(u"connect-pg-simple+postgresql://"_s));
    QVERIFY(userPath->isVisible());
    QCOMPARE(userPath->text(), u"userId"_s);
    url->setText(u"connect-pg-simple+postgresql://shop@db.example/shop?sslmode=verify-full"_s);
    userPath->setFocus();
    userPath->selectAll();
    QTest::keyClicks(userPath, u"passport.user"_s);
    QCOMPARE(
        url->text(),
        u"connect-pg-simple+postgresql://shop@db.example/shop?sslmode=verify-full&userPath=passport.user"_s);
    click(u"saveConnectionButton"_s);
    QCOMPARE(ConnectionProfiles::find(u"Shop"_s)->url, url->text());
    // A path that could inject SQL is refused when saved, with the reason.
    userPath->setFocus();
    QTest::keyClicks(userPath, u"'"_s);
    click(u"saveConnectionButton"_s);
    QVERIFY2(status().contains(u"userPath"_s), qPrintable(status()));

    // A Django application's SQLite file: its kind, and no password to give.
    auto *password = child<QLineEdit>(u"connectionPasswordEdit"_s);
    QVERIFY(password->isEnabled());
    url->setText(u"django+sqlite:///srv/shop/db.sqlite3"_s);
    QCOMPARE(kind->currentData().toString(), u"django+sqlite"_s);
    QVERIFY(!password->isEnabled());
    url->setText(u"django+postgresql://shop@db.example/shop"_s);
    QCOMPARE(kind->currentData().toString(), u"django+postgresql"_s);
    QVERIFY(password->isEnabled());
}

void tst_ConnectionsDialog::passwordTheKeychainCannotKeepIsSaid()
{
    // This test runs without a Secret Service (DBUS_SESSION_BUS_ADDRESS leads nowhere).
    fill(u"Shop"_s, u"better-auth+https://admin@shop.example@auth.shop.example"_s, u"typed-secret-1234"_s);
    click(u"saveConnectionButton"_s);
    QTRY_VERIFY2(status().contains(u"not its password"_s), qPrintable(status()));
    QVERIFY(status().contains(u"No system keychain"_s));
    QVERIFY(ConnectionProfiles::find(u"Shop"_s).has_value());
    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("typed-secret-1234"));
    }
}

void tst_ConnectionsDialog::testSignsIn()
{
    if (!BetterAuthApp::available())
        QSKIP("Run through ctest: it starts a better-auth server.");
    BetterAuthApp app;
    QSignalSpy tested(m_dialog.get(), &ConnectionsDialog::tested);
    fill(u"Fixture"_s, app.sourceUrl(), u"wrong-password"_s);
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    QVERIFY2(status().contains(u"refused the email address admin@example.com or its password"_s),
             qPrintable(status()));
    child<QLineEdit>(u"connectionPasswordEdit"_s)->setText(BetterAuthApp::adminPassword());
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 2);
    QCOMPARE(tested.at(1).at(0).toBool(), true);
    QVERIFY2(status().contains(u" as admin@example.com (administrator)"_s) &&
                 status().contains(u"administrator"_s),
             qPrintable(status()));
}

void tst_ConnectionsDialog::connectAsksToSwitch()
{
    fill(u"Staging"_s, u"postgresql://anna@staging.example.org/sessions"_s);
    click(u"saveConnectionButton"_s);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(m_dialog->grab().save(dir + u"/connections-dialog.png"_s));
    QSignalSpy chosen(m_dialog.get(), &ConnectionsDialog::connectRequested);
    click(u"connectButton"_s);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"Staging"_s);
}

void tst_ConnectionsDialog::selfSignedCertificateIsTrustedExplicitly()
{
    // A better-auth behind a self-signed certificate (a scripted server answering the sign-in).
    QTemporaryDir dir;
    const QSslConfiguration tls = FaultServer::selfSigned(dir.path());
    FaultServer server(tls);
    server.answer(FaultServer::http(
        200, R"({"token":"tok","user":{"id":"u1","email":"admin@example.com","role":"admin"}})",
        "application/json", "set-auth-token: tok.signature\r\n"));
    const QString fingerprint = CertificateTrust::fingerprint(tls.localCertificate());
    fill(u"Internal"_s, u"better-auth+https://admin@example.com@127.0.0.1:%1/api"_s.arg(server.url().port()),
         u"any"_s);
    click(u"saveConnectionButton"_s);
    QSignalSpy tested(m_dialog.get(), &ConnectionsDialog::tested);
    auto *trust = child<QPushButton>(u"trustCertificateButton"_s);
    QVERIFY(!trust->isVisible());
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    // The fingerprint is shown before anything is trusted; nothing reached the server.
    QVERIFY2(status().contains(u"is not trusted"_s) && status().contains(fingerprint), qPrintable(status()));
    QCOMPARE(server.requests, 0);
    QVERIFY(trust->isVisible());
    QVERIFY(ConnectionProfiles::find(u"Internal"_s)->trustedCertificate.isEmpty());

    click(u"trustCertificateButton"_s);
    QCOMPARE(ConnectionProfiles::find(u"Internal"_s)->trustedCertificate, fingerprint);
    QVERIFY(!trust->isVisible());
    child<QLineEdit>(u"connectionPasswordEdit"_s)->setText(u"any"_s);
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 2);
    QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(status()));
    QVERIFY(server.requests >= 1);
}

void tst_ConnectionsDialog::postgresCertificateIsTrustedExplicitly()
{
    // better-auth's tables over TCP with full verification; the test cluster's certificate is
    // self-signed.
    QSqlQuery sql(TestStore::postgresDatabase(u"better_auth"_s));
    sql.exec(u"DROP OWNED BY sd_dialog"_s);
    sql.exec(u"DROP ROLE IF EXISTS sd_dialog"_s);
    QVERIFY(sql.exec(u"CREATE ROLE sd_dialog LOGIN PASSWORD 'dialog-fixture-password'"_s));
    QVERIFY(sql.exec(u"GRANT SELECT ON \"user\", session TO sd_dialog"_s));
    const QString fingerprint =
        CertificateTrust::fingerprint(QSslCertificate::fromPath(TestStore::serverCertificateFile()).value(0));
    fill(u"Tables"_s,
         u"better-auth+postgresql://sd_dialog@127.0.0.1:%1/better_auth?sslmode=verify-full"_s.arg(
             TestStore::serverPort()),
         u"dialog-fixture-password"_s);
    click(u"saveConnectionButton"_s);
    QSignalSpy tested(m_dialog.get(), &ConnectionsDialog::tested);
    auto *trust = child<QPushButton>(u"trustCertificateButton"_s);
    child<QLineEdit>(u"connectionPasswordEdit"_s)->setText(u"dialog-fixture-password"_s);
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    QVERIFY2(status().contains(u"is not trusted"_s) && status().contains(fingerprint), qPrintable(status()));
    QVERIFY(trust->isVisible());

    click(u"trustCertificateButton"_s);
    QCOMPARE(ConnectionProfiles::find(u"Tables"_s)->trustedCertificate, fingerprint);
    child<QLineEdit>(u"connectionPasswordEdit"_s)->setText(u"dialog-fixture-password"_s);
    click(u"testConnectionButton"_s);
    QTRY_COMPARE(tested.count(), 2);
    QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(status()));
    QVERIFY2(status().contains(u"(auditor)"_s), qPrintable(status())); // SELECT only: read-only
}

QTEST_MAIN(tst_ConnectionsDialog)
#include "tst_connectionsdialog.moc"
