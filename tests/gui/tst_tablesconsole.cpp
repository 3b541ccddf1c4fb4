// The console over an application's own session tables: the Express application of
// fixtures/express-session (connect-pg-simple in the throwaway PostgreSQL cluster) and the Auth.js
// application of fixtures/authjs, as a user of the window sees them, checked from the
// application's side.
#include "CookieApp.h"
#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/sources/tables/TablesSessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/flags/FlaggedPage.h"
#include "views/main/MainWindow.h"
#include "views/overview/OverviewPage.h"
#include "views/sessions/EndSessionConfirmation.h"
#include "views/sessions/SessionsPage.h"
#include "views/users/LogoutAllDialog.h"
#include "views/users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Answers the Log out dialog the row's button opened, and waits for the success banner.
bool confirmLogout(MainWindow &window)
{
    ReasonDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = window.findChild<ReasonDialog *>(u"reasonDialog"_s);
            return dialog && dialog->isVisible();
        }))
        return false;
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Lost or stolen device"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    auto *banner = window.usersPage()->banner();
    return QTest::qWaitFor(
        [banner] { return banner->isVisible() && banner->kind() == MessageBanner::Kind::Success; });
}

} // namespace

class tst_TablesConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsWhatTheTablesRecordAndEndsSessions();
    void authJsShowsItsAccountsAndSaysWhatItCannotEnd();

private:
    CookieApp m_app{"SESSIONDESK_TEST_EXPRESS"};
    CookieApp m_authJs{"SESSIONDESK_TEST_AUTHJS", CookieApp::SignIn::EmailLink};
    QTemporaryDir m_journals;
};

void tst_TablesConsole::initTestCase()
{
    if (!m_app.available() || !m_authJs.available())
        QSKIP("No Express or Auth.js test application (run through ctest, fixtures express_session and "
              "authjs).");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    QSqlQuery reset(TestStore::postgresDatabase(u"express_session"_s));
    QVERIFY(reset.exec(u"DELETE FROM session"_s));
}

void tst_TablesConsole::showsWhatTheTablesRecordAndEndsSessions()
{
    const QByteArray laptop = m_app.logIn(u"anna@example.com"_s);
    const QByteArray phone = m_app.logIn(u"anna@example.com"_s);
    const QByteArray bystander = m_app.logIn(u"bo"_s);
    TablesSessionSource::Options options;
    options.tables =
        SessionTables::fromUrl(u"connect-pg-simple+"_s + TestStore::postgresUrl(u"express_session"_s) +
                               u"&userPath=passport.user"_s)
            .value();
    options.journalPath = m_journals.filePath(u"journal.sqlite"_s);
    TablesSessionSource source(options);
    MainWindow window(&source);
    window.showPage(u"users"_s); // the Overview comes first
    window.resize(1300, 800);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(TestStore::await(source.signIn()).ok());
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    UserTableModel *users = window.usersPage()->userModel();
    QTRY_COMPARE(users->rowCount(), 2);

    // The Overview counts what the tables hold and says, in place of each chart, what they lack.
    const Overview &counted = window.overviewPage()->overview();
    QTRY_COMPARE(counted.activeSessions, 3);
    QCOMPARE(counted.signedInUsers, 2);
    using C = Capabilities::Capability;
    const auto note = [&window](const QString &chart) {
        return window.findChild<QLabel *>(chart + u"Note"_s)->text();
    };
    QCOMPARE(note(u"signInsChart"_s), source.capabilities().reason(C::SignIns));
    QCOMPARE(note(u"countriesChart"_s), source.capabilities().reason(C::Locations));
    QCOMPARE(note(u"sessionsMap"_s), source.capabilities().reason(C::Locations));
    QCOMPARE(note(u"devicesChart"_s), source.capabilities().reason(C::Devices));
    QVERIFY(!note(u"signInsChart"_s).isEmpty() && !note(u"devicesChart"_s).isEmpty());

    // No column of values the tables do not have.
    auto *usersTable = window.findChild<QTableView *>(u"usersTable"_s);
    QVERIFY(usersTable->isColumnHidden(UserTableModel::RoleColumn));
    QVERIFY(usersTable->isColumnHidden(UserTableModel::DevicesColumn));
    QVERIFY(usersTable->isColumnHidden(UserTableModel::LocationColumn));
    QVERIFY(!usersTable->isColumnHidden(UserTableModel::SessionsColumn));
    // An application's table keeps no flags: no Flags column, and the Flagged filter is disabled, saying why.
    QVERIFY(usersTable->isColumnHidden(UserTableModel::FlagsColumn));
    {
        // Found by trying: the console signs in before its window exists, and that window showed
        // empty Flags and Last location columns (hidden before the table had its model).
        MainWindow opened(&source);
        auto *table = opened.findChild<QTableView *>(u"usersTable"_s);
        for (const int column : {UserTableModel::RoleColumn, UserTableModel::DevicesColumn,
                                 UserTableModel::LocationColumn, UserTableModel::FlagsColumn})
            QVERIFY2(table->isColumnHidden(column), qPrintable(QString::number(column)));
    }
    {
        auto *status = (&window)->findChild<QComboBox *>(u"statusFilter"_s);
        auto *item =
            qobject_cast<QStandardItemModel *>(status->model())->item(status->findText(u"Flagged"_s));
        QVERIFY(!item->isEnabled());
        QVERIFY2(item->toolTip().contains(u"keeps no flags"_s), qPrintable(item->toolTip()));
    }

    QCOMPARE(users->index(0, UserTableModel::NameColumn).data().toString(), u"anna@example.com"_s);
    QCOMPARE(users->index(0, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 2);
    usersTable->selectRow(0);
    auto *sessionsTable = window.findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessionsTable->model()->rowCount(), 2);
    QVERIFY(sessionsTable->isColumnHidden(SessionTableModel::DeviceColumn));
    QVERIFY(sessionsTable->isColumnHidden(SessionTableModel::IpColumn));
    QVERIFY(sessionsTable->isColumnHidden(SessionTableModel::StartedColumn)); // not recorded
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/connect-pg-simple-users.png"_s));

    // The row's Log out button ends both of her sessions: the application answers 401.
    const QModelIndex button = users->index(0, UserTableModel::ActionColumn);
    QTest::mouseClick(usersTable->viewport(), Qt::LeftButton, {}, usersTable->visualRect(button).center());
    QVERIFY(confirmLogout(window));
    auto *banner = window.usersPage()->banner();
    // No rule can run on these sessions: the pane's Flags tab says so instead of the banner,
    // which keeps the outcome of the logout.
    auto *history = window.findChild<QTabWidget *>(u"userHistoryTabs"_s);
    const int flagsTab = history->indexOf(window.findChild<QTableView *>(u"userFlagsTable"_s));
    QTRY_VERIFY(!history->isTabEnabled(flagsTab));
    QVERIFY2(history->tabToolTip(flagsTab).contains(u"no address or device"_s),
             qPrintable(history->tabToolTip(flagsTab)));
    QVERIFY(banner->kind() == MessageBanner::Kind::Success);
    QCOMPARE(m_app.me(laptop), 401);
    QCOMPARE(m_app.me(phone), 401);
    QCOMPARE(m_app.me(bystander), 200);

    // The Flagged page says why there is nothing to find, as information.
    QVERIFY(window.showPage(u"flagged"_s));
    FlaggedPage *flagged = window.flaggedPage();
    QTRY_VERIFY(flagged->banner()->isVisible());
    QCOMPARE(flagged->banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY2(flagged->banner()->text().contains(u"no address or device"_s),
             qPrintable(flagged->banner()->text()));

    // connect-pg-simple records no start: no Started column, and its filter is off with the reason.
    QVERIFY(window.showPage(u"sessions"_s));
    auto *sessions = window.sessionsPage()->findChild<QTableView *>(u"allSessionsTable"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 1); // the bystander's
    QVERIFY(sessions->isColumnHidden(SessionTableModel::StartedColumn));
    QVERIFY(!sessions->isColumnHidden(SessionTableModel::LastActivityColumn));
    auto *started = window.findChild<QComboBox *>(u"sessionStartedFilter"_s);
    QVERIFY(!started->isEnabled());
    QVERIFY2(started->toolTip().contains(u"records no start"_s), qPrintable(started->toolTip()));
    QVERIFY(window.findChild<QComboBox *>(u"sessionActiveFilter"_s)->isEnabled());
}

void tst_TablesConsole::authJsShowsItsAccountsAndSaysWhatItCannotEnd()
{
    QSqlQuery reset(TestStore::postgresDatabase(u"authjs"_s));
    QVERIFY(reset.exec(u"DELETE FROM sessions"_s));
    const QByteArray laptop = m_authJs.logIn(u"ines@example.com"_s);
    const QByteArray phone = m_authJs.logIn(u"ines@example.com"_s);
    const QByteArray bystander = m_authJs.logIn(u"member2@example.com"_s);
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty() && !bystander.isEmpty());
    TablesSessionSource::Options options;
    options.tables = SessionTables::fromUrl(u"authjs+"_s + TestStore::postgresUrl(u"authjs"_s)).value();
    options.journalPath = m_journals.filePath(u"authjs.sqlite"_s);
    TablesSessionSource source(options);
    MainWindow window(&source);
    window.showPage(u"users"_s);
    window.resize(1300, 800);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(TestStore::await(source.signIn()).ok());
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    UserTableModel *users = window.usersPage()->userModel();
    // Every account, signed in or not.
    QTRY_VERIFY(users->rowCount() >= 10);

    // No column of what Auth.js does not record: roles, devices, anyone's last activity.
    auto *usersTable = window.findChild<QTableView *>(u"usersTable"_s);
    for (const int column : {UserTableModel::RoleColumn, UserTableModel::DevicesColumn,
                             UserTableModel::LastActivityColumn, UserTableModel::LocationColumn})
        QVERIFY2(usersTable->isColumnHidden(column), qPrintable(QString::number(column)));
    int row = -1;
    for (int i = 0; i < users->rowCount(); ++i) {
        if (users->rowAt(i).email == u"ines@example.com"_s)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(users->index(row, UserTableModel::NameColumn).data().toString(), u"Inès Dupont"_s);
    QCOMPARE(users->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 2);
    // The Log out button says what no logout can reach: sessions of the JWT strategy.
    const QModelIndex button = users->index(row, UserTableModel::ActionColumn);
    QVERIFY2(button.data(Qt::ToolTipRole).toString().contains(u"JWT"_s),
             qPrintable(button.data(Qt::ToolTipRole).toString()));
    usersTable->selectRow(row);
    auto *sessionsTable = window.findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessionsTable->model()->rowCount(), 2);
    for (const int column : {SessionTableModel::DeviceColumn, SessionTableModel::IpColumn,
                             SessionTableModel::StartedColumn, SessionTableModel::LastActivityColumn})
        QVERIFY2(sessionsTable->isColumnHidden(column), qPrintable(QString::number(column)));
    QVERIFY(!sessionsTable->isColumnHidden(SessionTableModel::ExpiresColumn));
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/authjs-users.png"_s));

    // Ending one session names it by what Auth.js records: its number and expiry, no "started never",
    // no unknown device or place. (Found by a new user.)
    {
        const Session first = qobject_cast<SessionTableModel *>(sessionsTable->model())->rowAt(0);
        EndSessionConfirmation::open(&window, &source, window.usersPage()->banner(), first, u"Inès Dupont"_s);
        auto *confirm = window.findChild<ReasonDialog *>(u"reasonDialog"_s);
        QVERIFY(confirm);
        const QString question = confirm->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
        QVERIFY2(question.contains(first.id) && question.contains(u"expiring"_s), qPrintable(question));
        for (const auto unknown : {u"never", u"Unknown", u"unknown", u"IP address"})
            QVERIFY2(!question.contains(unknown), qPrintable(question));
        delete confirm;
    }
    // Log Out All shows no empty list of roles, and says in words what no logout reaches.
    {
        LogoutAllDialog all(&source, &window);
        QVERIFY(!all.findChild<QListWidget *>(u"excludeRolesList"_s)->isVisibleTo(&all));
        const QString tokens = all.findChild<QLabel *>(u"tokensHelp"_s)->text();
        QVERIFY2(tokens.contains(u"JWT"_s), qPrintable(tokens));
    }

    QTest::mouseClick(usersTable->viewport(), Qt::LeftButton, {}, usersTable->visualRect(button).center());
    QVERIFY(confirmLogout(window));
    QCOMPARE(m_authJs.me(laptop), 401);
    QCOMPARE(m_authJs.me(phone), 401);
    QCOMPARE(m_authJs.me(bystander), 200);

    // The Sessions page: no filter on what is not recorded, each saying why.
    QVERIFY(window.showPage(u"sessions"_s));
    auto *sessions = window.sessionsPage()->findChild<QTableView *>(u"allSessionsTable"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 1); // the bystander's
    for (const auto *name : {"sessionStartedFilter", "sessionActiveFilter"}) {
        auto *filter = window.findChild<QComboBox *>(QString::fromLatin1(name));
        QVERIFY(!filter->isEnabled());
        QVERIFY2(filter->toolTip().contains(u"Auth.js"_s), qPrintable(filter->toolTip()));
    }
}

QTEST_MAIN(tst_TablesConsole)
#include "tst_tablesconsole.moc"
