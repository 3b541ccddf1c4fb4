// The console over the Keycloak stand-in (fixtures/keycloak: written from Keycloak's sources, not
// recorded from a live Keycloak): what a user of the window sees of a realm.
#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/FlagTableModel.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/sources/keycloak/KeycloakSessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/flags/FlaggedPage.h"
#include "views/main/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_KeycloakConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheRealmsUsersSessionsAndLockouts();
};

void tst_KeycloakConsole::showsTheRealmsUsersSessionsAndLockouts()
{
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_KEYCLOAK"));
    if (!info.open(QIODevice::ReadOnly))
        QSKIP("No Keycloak stand-in (run through ctest, fixture keycloak).");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    const int port = QString::fromUtf8(info.readAll()).section(u' ', 0, 0).toInt();
    // The recording as it was, whatever other tests did to it.
    QNetworkAccessManager network;
    QNetworkRequest reset(QUrl(u"http://127.0.0.1:%1/__test/reset"_s.arg(port)));
    reset.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *answer = network.post(reset, QByteArray());
    QTRY_VERIFY(answer->isFinished());
    QCOMPARE(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
    QTemporaryDir journals;
    auto options =
        KeycloakSessionSource::fromUrl(u"keycloak+http://admin@127.0.0.1:%1/demo"_s.arg(port)).value();
    options.secret = u"fixture-admin-password"_s;
    options.journalPath = journals.filePath(u"journal.sqlite"_s);
    KeycloakSessionSource source(options);
    MainWindow window(&source);
    window.showPage(u"users"_s); // the Overview comes first
    window.resize(1300, 800);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(TestStore::await(source.signIn()).ok());
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    UserTableModel *users = window.usersPage()->userModel();
    QTRY_COMPARE(users->rowCount(), 4);
    QVERIFY(!window.usersPage()->banner()->isVisible() ||
            window.usersPage()->banner()->kind() != MessageBanner::Kind::Error);
    auto *usersTable = window.findChild<QTableView *>(u"usersTable"_s);
    QVERIFY(usersTable->isColumnHidden(UserTableModel::RoleColumn));
    QVERIFY(usersTable->isColumnHidden(UserTableModel::DevicesColumn));
    // Keycloak keeps no flags: no Flags column, and the Flagged filter is disabled, saying why.
    QVERIFY(usersTable->isColumnHidden(UserTableModel::FlagsColumn));
    {
        auto *status = (&window)->findChild<QComboBox *>(u"statusFilter"_s);
        auto *item =
            qobject_cast<QStandardItemModel *>(status->model())->item(status->findText(u"Flagged"_s));
        QVERIFY(!item->isEnabled());
        QVERIFY2(item->toolTip().contains(u"keeps no flags"_s), qPrintable(item->toolTip()));
    }
    QCOMPARE(users->index(0, UserTableModel::NameColumn).data().toString(), u"Anna Berg"_s);
    usersTable->selectRow(0);
    auto *sessionsTable = window.findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessionsTable->model()->rowCount(), 2);
    QVERIFY(sessionsTable->isColumnHidden(SessionTableModel::DeviceColumn));
    QVERIFY(!sessionsTable->isColumnHidden(SessionTableModel::IpColumn));
    QVERIFY(!sessionsTable->model()->index(0, SessionTableModel::IpColumn).data().toString().isEmpty());
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/keycloak-users.png"_s));

    QVERIFY(window.showPage(u"flagged"_s));
    FlagTableModel *flags = window.flaggedPage()->flagModel();
    QTRY_COMPARE(flags->rowCount(), 1);
    QTest::qWait(200);
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/keycloak-flagged.png"_s));

    // Every user's sessions, searched by address; Keycloak records no user agent and no place: no
    // such columns, and those filters are disabled, saying why.
    QVERIFY(window.showPage(u"sessions"_s));
    auto *all = window.findChild<QTableView *>(u"allSessionsTable"_s);
    QTRY_COMPARE(all->model()->rowCount(), 4);
    QVERIFY(all->isColumnHidden(SessionTableModel::DeviceColumn));
    QVERIFY(all->isColumnHidden(SessionTableModel::LocationColumn));
    auto *device = window.findChild<QLineEdit *>(u"sessionDeviceFilter"_s);
    QVERIFY(!device->isEnabled());
    QCOMPARE(device->toolTip(), source.capabilities().reason(Capabilities::Capability::Devices));
    QVERIFY(!window.findChild<QLineEdit *>(u"sessionCountryFilter"_s)->isEnabled());
    auto *range = window.findChild<QLineEdit *>(u"sessionNetworkFilter"_s);
    QVERIFY(range->isEnabled());
    QTest::keyClicks(range, u"192.0.0.0/5"_s);
    QTRY_COMPARE(all->model()->rowCount(), 2);
    auto *endMatching = window.findChild<QPushButton *>(u"endMatchingButton"_s);
    QTRY_COMPARE(endMatching->text(), u"End 2 Matching Sessions…"_s);
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/keycloak-sessions.png"_s));

    // The realm's login events are the sign-ins: newest first, without device or place columns.
    QVERIFY(window.showPage(u"signins"_s));
    auto *signIns = window.findChild<QTableView *>(u"allSignInsTable"_s);
    QTRY_COMPARE(signIns->model()->rowCount(), 7);
    QVERIFY(signIns->isColumnHidden(SignInTableModel::DeviceColumn));
    QVERIFY(signIns->isColumnHidden(SignInTableModel::LocationColumn));
    QVERIFY(!signIns->isColumnHidden(SignInTableModel::IpColumn));
    QCOMPARE(signIns->model()->index(0, SignInTableModel::UserColumn).data().toString(), u"mallory"_s);
    QCOMPARE(signIns->model()->index(1, SignInTableModel::UserColumn).data().toString(), u"Anna Berg"_s);
    QVERIFY(!window.findChild<QLineEdit *>(u"signInDeviceFilter"_s)->isEnabled());
    QTest::keyClicks(window.findChild<QLineEdit *>(u"signInNetworkFilter"_s), u"203.0.113.0/24"_s);
    QTRY_COMPARE(signIns->model()->rowCount(), 2);
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/keycloak-signins.png"_s));
}

QTEST_MAIN(tst_KeycloakConsole)
#include "tst_keycloakconsole.moc"
