// The console over better-auth's admin API (a real server, fixtures/better-auth): what a user of
// the window sees and does, checked from the application's side.

#include "BetterAuthApp.h"
#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/FlagTableModel.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/rest/RestSessionSource.h"
#include "views/audit/AuditPage.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/connections/SignIn.h"
#include "views/flags/FlaggedPage.h"
#include "views/main/MainWindow.h"
#include "views/sessions/SessionsPage.h"
#include "views/settings/PlacesPanel.h"
#include "views/settings/SettingsPage.h"
#include "views/users/LogoutAllDialog.h"
#include "views/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

class tst_RestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsUsersWithTheirSessions();
    void refusedPasswordIsAskedAgain();
    void ownSessionAndIpv6AddressesAreShown();
    void logoutButtonEndsThatUsersSessions();
    void whatBetterAuthLacksIsDisabledWithTheReason();
    void logOutAllCanBeStoppedAndRunAgain();
    void placesAndNetworksFromAddresses();

private:
    UserTableModel *users() const { return m_window->usersPage()->userModel(); }
    // Opens the console on the server as its administrator; the users are shown.
    void start(int concurrency = 8, std::shared_ptr<const AddressPlaces> places = nullptr);
    int rowOf(const QString &email) const;
    // Saves the window to SESSIONDESK_SCREENSHOTS/<name>.png when that directory is given.
    void keepScreenshot(const QString &name);

    std::unique_ptr<BetterAuthApp> m_app;
    std::unique_ptr<RestSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_journals;
};

void tst_RestConsole::initTestCase()
{
    if (!BetterAuthApp::available())
        QSKIP("No better-auth test server (run through ctest, fixture better_auth).");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_app = std::make_unique<BetterAuthApp>();
}

void tst_RestConsole::init()
{
    QSqlQuery reset(m_app->database());
    QVERIFY(reset.exec(u"DELETE FROM session"_s));
    QVERIFY(reset.exec(uR"(UPDATE "user" SET banned = false, "banReason" = NULL, "banExpires" = NULL)"_s));
}

void tst_RestConsole::start(int concurrency, std::shared_ptr<const AddressPlaces> places)
{
    auto options = RestSessionSource::fromUrl(m_app->sourceUrl());
    QVERIFY(options.ok());
    options.value().password = BetterAuthApp::adminPassword();
    options.value().concurrency = concurrency;
    options.value().places = std::move(places);
    options.value().journalPath =
        m_journals.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    m_source = std::make_unique<RestSessionSource>(options.value());
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->showPage(u"users"_s); // the Overview comes first
    m_window->resize(1300, 800);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    QVERIFY(TestStore::await(m_source->signIn()).ok());
    m_window->start();
    // Each user's sessions are one request: on a loaded machine the first page takes a while.
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!users()->isLoading(), 60'000);
}

void tst_RestConsole::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_source.reset();
}

int tst_RestConsole::rowOf(const QString &email) const
{
    for (int row = 0; row < users()->rowCount(); ++row) {
        if (users()->index(row, UserTableModel::EmailColumn).data().toString() == email)
            return row;
    }
    return -1;
}

void tst_RestConsole::keepScreenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}

void tst_RestConsole::showsUsersWithTheirSessions()
{
    const QString email = BetterAuthApp::memberEmail(7);
    m_app->signIn(email, BetterAuthApp::memberPassword(), "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
                  "203.0.113.70");
    m_app->signIn(email, BetterAuthApp::memberPassword(),
                  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1", "203.0.113.71");
    start();
    QCOMPARE(users()->rowCount(), 31);
    const int row = rowOf(email);
    QVERIFY(row >= 0);
    QCOMPARE(users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(),
             2);
    QCOMPARE(users()->index(row, UserTableModel::DevicesColumn).data(PagedModelBase::RawValueRole).toInt(),
             2);
    auto *operatorLabel = m_window->findChild<QLabel *>(u"operatorLabel"_s);
    QVERIFY2(operatorLabel->text().contains(BetterAuthApp::adminEmail()), qPrintable(operatorLabel->text()));

    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    table->selectRow(row);
    auto *sessions = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 2);
    // better-auth records no places: no columns of empty places.
    QVERIFY(table->isColumnHidden(UserTableModel::LocationColumn));
    QVERIFY(sessions->isColumnHidden(SessionTableModel::LocationColumn));
    QVERIFY(!table->isColumnHidden(UserTableModel::DevicesColumn));
    // better-auth keeps no flags: no Flags column, and the Flagged filter is disabled, saying why.
    QVERIFY(table->isColumnHidden(UserTableModel::FlagsColumn));
    {
        auto *status = m_window->findChild<QComboBox *>(u"statusFilter"_s);
        auto *item =
            qobject_cast<QStandardItemModel *>(status->model())->item(status->findText(u"Flagged"_s));
        QVERIFY(!item->isEnabled());
        QVERIFY2(item->toolTip().contains(u"keeps no flags"_s), qPrintable(item->toolTip()));
    }
    QTest::qWait(200);
    keepScreenshot(u"rest-users"_s);
}

void tst_RestConsole::logoutButtonEndsThatUsersSessions()
{
    const QString email = BetterAuthApp::memberEmail(8);
    const QByteArray laptop = m_app->signIn(email, BetterAuthApp::memberPassword(), "Laptop", "203.0.113.80");
    const QByteArray phone = m_app->signIn(email, BetterAuthApp::memberPassword(), "Phone", "203.0.113.81");
    const QByteArray bystander = m_app->signIn(BetterAuthApp::memberEmail(9), BetterAuthApp::memberPassword(),
                                               "Other", "203.0.113.82");
    start();
    const int row = rowOf(email);
    QVERIFY(row >= 0);

    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    const QModelIndex button = users()->index(row, UserTableModel::ActionColumn);
    QVERIFY(button.data(PagedModelBase::ActionEnabledRole).toBool());
    table->scrollTo(button);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(button).center());
    ReasonDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s);
        return dialog && dialog->isVisible();
    }));
    // The dialog says that tokens the application issued are not revoked by better-auth.
    QVERIFY(dialog->findChild<QComboBox *>(u"reasonCombo"_s));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Lost or stolen device"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

    QTRY_COMPARE(
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 0);
    auto *banner = m_window->usersPage()->banner();
    QTRY_VERIFY(banner->isVisible() && banner->kind() == MessageBanner::Kind::Success);
    QVERIFY(m_app->session(laptop).isEmpty());
    QVERIFY(m_app->session(phone).isEmpty());
    QVERIFY(!m_app->session(bystander).isEmpty());

    // The Audit page shows it, from the local journal, and says that it is local.
    QVERIFY(m_window->showPage(u"audit"_s));
    auto *note = m_window->findChild<QLabel *>(u"auditTrailNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"local journal"_s), qPrintable(note->text()));
    AuditTableModel *audit = m_window->auditPage()->auditModel();
    QTRY_COMPARE(audit->rowCount(), 1);
    QCOMPARE(audit->index(0, AuditTableModel::UserColumn).data().toString(), email);
    QCOMPARE(audit->index(0, AuditTableModel::ReasonColumn).data().toString(), u"Lost or stolen device"_s);
    QTest::qWait(200);
    keepScreenshot(u"rest-audit"_s);
}

void tst_RestConsole::whatBetterAuthLacksIsDisabledWithTheReason()
{
    // One member signed in from four browsers in two networks: the rules that need no places fire.
    for (const auto &[agent, address] :
         QList<QPair<QByteArray, QByteArray>>{{"Firefox/128.0 (X11; Linux)", "203.0.113.5"},
                                              {"Safari (iPhone)", "203.0.113.6"},
                                              {"Chrome/126.0 (Windows)", "198.51.100.9"},
                                              {"Edg/126.0 (Windows)", "203.0.113.7"}})
        m_app->signIn(BetterAuthApp::memberEmail(23), BetterAuthApp::memberPassword(), agent, address);
    start();
    auto *live = m_window->findChild<QLabel *>(u"liveLabel"_s);
    QVERIFY2(live->toolTip().contains(u"press Refresh"_s), qPrintable(live->toolTip()));
    // Found by trying: the shared-account hint offered "add the others as users", which opened the
    // Add User dialog where better-auth cannot add users. It says why instead.
    m_window->findChild<QTableView *>(u"usersTable"_s)->selectRow(rowOf(BetterAuthApp::memberEmail(23)));
    auto *hint = m_window->findChild<QLabel *>(u"sharedAccountHint"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(!hint->text().contains(u"href"_s) &&
                 hint->text().contains(u"added and removed by its application"_s),
             qPrintable(hint->text()));
    // better-auth lists no sign-in attempts: the pane's Sign-ins tab is disabled and says why; the
    // flags and the journal's entries about the member are there.
    auto *history = m_window->findChild<QTabWidget *>(u"userHistoryTabs"_s);
    const int signIns = history->indexOf(m_window->findChild<QTableView *>(u"signInsTable"_s));
    QVERIFY(signIns > 0);
    QVERIFY(!history->isTabEnabled(signIns));
    QVERIFY2(history->tabToolTip(signIns).contains(u"not sign-in attempts"_s),
             qPrintable(history->tabToolTip(signIns)));
    auto *flags = m_window->findChild<QTableView *>(u"userFlagsTable"_s);
    QVERIFY(history->isTabEnabled(history->indexOf(flags)));
    QTRY_VERIFY(flags->model()->rowCount() > 0);
    QVERIFY(m_window->showPage(u"settings"_s));
    // Found by trying: the page was blank. It says what cannot be set here and why, not as an error.
    auto *settingsBanner = m_window->findChild<SettingsPage *>()->findChild<MessageBanner *>();
    QTRY_VERIFY(settingsBanner->isVisible());
    QCOMPARE(settingsBanner->kind(), MessageBanner::Kind::Information);
    QVERIFY2(settingsBanner->text().contains(u"Global logout"_s) &&
                 settingsBanner->text().contains(u"no global-logout setting"_s) &&
                 settingsBanner->text().contains(u"administrators are its users with the admin role"_s),
             qPrintable(settingsBanner->text()));
    QTest::qWait(300);
    keepScreenshot(u"rest-settings"_s);
    QVERIFY(m_window->showPage(u"flagged"_s));
    QTRY_COMPARE(m_window->flaggedPage()->flagModel()->rowCount(), 2);
    auto *scan = m_window->findChild<QPushButton *>(u"scanButton"_s);
    QVERIFY(!scan->isEnabled());
    QVERIFY(scan->toolTip().contains(u"cannot be resolved or dismissed"_s));
    m_window->findChild<QTableView *>(u"flagsTable"_s)->selectRow(0);
    QTest::qWait(300);
    keepScreenshot(u"rest-flagged"_s);

    // Freeze from the flag, for two hours: better-auth lifts the ban itself then.
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"flagFreezeButton"_s), Qt::LeftButton);
    ReasonDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s);
        return dialog && dialog->isVisible();
    }));
    // Found by trying: the dialog said tokens were rejected, which better-auth cannot do.
    const QString said = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(!said.contains(u"are rejected"_s) && said.contains(u"stay valid until they expire"_s),
             qPrintable(said));
    auto *until = dialog->findChild<QDateTimeEdit *>(u"freezeUntilEdit"_s);
    QVERIFY(until && !until->isEnabled());
    dialog->findChild<QCheckBox *>(u"freezeUntilCheck"_s)->setChecked(true);
    QVERIFY(until->isEnabled());
    const QDateTime end = QDateTime::currentDateTime().addSecs(7200);
    until->setDateTime(end);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Shared credentials"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    auto *banner = m_window->flaggedPage()->banner();
    QTRY_VERIFY(banner->isVisible() && banner->kind() == MessageBanner::Kind::Success);
    const QDateTime expires =
        TestStore::scalar(m_app->database(), uR"(SELECT "banExpires" FROM "user" WHERE email = ?)"_s,
                          {BetterAuthApp::memberEmail(23)})
            .toDateTime();
    QVERIFY2(qAbs(expires.secsTo(end)) < 60, qPrintable(expires.toString(Qt::ISODate)));
}

void tst_RestConsole::logOutAllCanBeStoppedAndRunAgain()
{
    QList<QByteArray> devices;
    for (int n = 1; n <= 30; ++n)
        devices << m_app->signIn(BetterAuthApp::memberEmail(n), BetterAuthApp::memberPassword(), "H",
                                 "192.0.2.60");
    start(1); // one request at a time, so that there is time to stop it
    const auto openDialog = [this](const QString &sessions) {
        m_window->findChild<QAction *>(u"logoutAllAction"_s)->trigger();
        auto *dialog = m_window->findChild<LogoutAllDialog *>(u"logoutAllDialog"_s);
        QSignalSpy counted(dialog, &LogoutAllDialog::previewUpdated);
        QTRY_VERIFY(counted.count() > 0);
        const QString preview = dialog->findChild<QLabel *>(u"previewLabel"_s)->text();
        QVERIFY2(preview.contains(sessions), qPrintable(preview));
        // better-auth cannot reject tokens or plan: said, not offered.
        auto *tokens = dialog->findChild<QCheckBox *>(u"revokeTokensCheck"_s);
        QVERIFY(!tokens->isEnabled() && !tokens->isChecked());
        QVERIFY(tokens->toolTip().contains(u"cannot revoke issued access tokens"_s));
        auto *later = dialog->findChild<QRadioButton *>(u"whenLaterRadio"_s);
        QVERIFY(!later->isEnabled());
        QVERIFY(later->toolTip().contains(u"better-auth has neither"_s));
        dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Security incident"_s);
        dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->setText(LogoutAllDialog::confirmationWord());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    };
    openDialog(u"ends 30 session"_s);
    auto *banner = m_window->usersPage()->banner();
    QTRY_VERIFY(banner->actionButton()->isVisible());
    auto *progress = m_window->findChild<QProgressBar *>(u"busyIndicator"_s);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 31); // every user, the administrator too (this console stays signed in)
    m_window->findChild<QAction *>(u"stopLogoutAllAction"_s)->trigger();
    QTRY_VERIFY(banner->kind() == MessageBanner::Kind::Warning);
    QVERIFY2(banner->text().contains(u"run Log Out All Users again"_s), qPrintable(banner->text()));
    const auto stillIn = std::count_if(devices.begin(), devices.end(), [this](const QByteArray &device) {
        return !m_app->session(device).isEmpty();
    });
    QVERIFY2(stillIn > 0 && stillIn < 30, QByteArray::number(qlonglong(stillIn)));

    // Running it again finishes the rest; the journal has both runs.
    QTest::qWait(100);
    if (auto *old = m_window->findChild<LogoutAllDialog *>(u"logoutAllDialog"_s))
        delete old;
    openDialog(u"ends %1 session"_s.arg(stillIn));
    QTRY_VERIFY(banner->kind() == MessageBanner::Kind::Success);
    for (const QByteArray &device : devices)
        QVERIFY(m_app->session(device).isEmpty());
    AuditQuery query;
    query.order = Qt::AscendingOrder;
    const auto journal = TestStore::await(m_source->auditEntries(query));
    QVERIFY(journal.ok());
    QCOMPARE(journal.value().rows.size(), 2);
    QCOMPARE(journal.value().rows.at(0).outcome, u"partial"_s);
    QCOMPARE(journal.value().rows.at(1).outcome, u"success"_s);
    QCOMPARE(journal.value().rows.at(0).count + journal.value().rows.at(1).count, 30);
}

void tst_RestConsole::ownSessionAndIpv6AddressesAreShown()
{
    m_app->signIn(BetterAuthApp::adminEmail(), BetterAuthApp::adminPassword(), "Firefox/128.0 (X11; Linux)",
                  "2001:0db8:0000:0000:0000:ff00:0042:8329");
    start();
    m_window->resize(1024, 640);
    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    table->selectRow(rowOf(BetterAuthApp::adminEmail()));
    auto *sessions = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 2);
    int own = -1, browser = -1;
    for (int row = 0; row < 2; ++row) {
        const QString device =
            sessions->model()->index(row, SessionTableModel::DeviceColumn).data().toString();
        (device.endsWith(u" · this console"_s) ? own : browser) = row;
    }
    // Found by trying: the console's own session was "Unknown device · Unknown client" with an End
    // button that asked nothing special.
    QVERIFY(own >= 0 && browser >= 0);
    QVERIFY2(sessions->model()
                 ->index(own, SessionTableModel::ActionColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"signs the console out"_s),
             "the End button of the console's own session says what it does");
    // Found by trying: IPv6 addresses were cut ("2001:0db8:0000:…"). Written as usual, whole.
    // (better-auth keeps an IPv6 address's /64 network, written out in full.)
    const QString stored =
        TestStore::scalar(m_app->database(),
                          uR"(SELECT "ipAddress" FROM session WHERE "ipAddress" LIKE '2001:%')"_s, {})
            .toString();
    QVERIFY2(stored.startsWith(u"2001:0db8:"_s), qPrintable(stored));
    const QModelIndex ip = sessions->model()->index(browser, SessionTableModel::IpColumn);
    QCOMPARE(ip.data().toString(), QHostAddress(stored).toString());
    QVERIFY2(ip.data().toString().startsWith(u"2001:db8:"_s) && ip.data().toString().size() < stored.size(),
             qPrintable(ip.data().toString()));
    QCOMPARE(ip.data(Qt::ToolTipRole).toString(), stored);
    QTest::qWait(300);
    QVERIFY2(sessions->columnWidth(SessionTableModel::IpColumn) >=
                 sessions->fontMetrics().horizontalAdvance(ip.data().toString()),
             "the address fits its column at 1024×640");
    keepScreenshot(u"rest-own-session"_s);
}

// With the place databases of fixtures/geoip: better-auth's sessions show where their addresses
// are and whose networks they belong to, said to be found from the addresses; the Sessions page
// searches them by country; Settings shows this computer's databases though better-auth has no
// settings of its own.
void tst_RestConsole::placesAndNetworksFromAddresses()
{
    const auto places = TestStore::places();
    if (!places)
        QSKIP("No place databases (fixture geoip).");
    const QString email = BetterAuthApp::memberEmail(24);
    m_app->signIn(email, BetterAuthApp::memberPassword(), "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
                  "41.90.75.98");
    m_app->signIn(email, BetterAuthApp::memberPassword(), "Mozilla/5.0 (iPhone) Safari/605.1",
                  "2.125.160.216");
    start(8, places);
    m_window->resize(1024, 640);
    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    table->selectRow(rowOf(email));
    auto *sessions = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 2);
    QVERIFY(!sessions->isColumnHidden(SessionTableModel::LocationColumn));
    QVERIFY(!sessions->isColumnHidden(SessionTableModel::NetworkColumn));
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown << sessions->model()->index(row, SessionTableModel::LocationColumn).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{u"Belfast, United Kingdom"_s, u"Nairobi, Kenya"_s}));
    const int nairobi =
        sessions->model()->index(0, SessionTableModel::LocationColumn).data().toString() == u"Nairobi, Kenya"
            ? 0
            : 1;
    const QModelIndex place = sessions->model()->index(nairobi, SessionTableModel::LocationColumn);
    QCOMPARE(place.data().toString(), u"Nairobi, Kenya"_s);
    QVERIFY2(place.data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"Found from the address 41.90.75.98 in a place database"_s),
             qPrintable(place.data(Qt::ToolTipRole).toString()));
    const QModelIndex network = sessions->model()->index(nairobi, SessionTableModel::NetworkColumn);
    QCOMPARE(network.data().toString(), u"Safaricom Limited"_s);
    QCOMPARE(network.data(Qt::ToolTipRole).toString(),
             u"AS33771 Safaricom Limited, the network of 41.90.75.98"_s);
    keepScreenshot(u"rest-places"_s);

    // The Sessions page: searched by country, the columns shown.
    QVERIFY(m_window->showPage(u"sessions"_s));
    auto *country = m_window->findChild<QLineEdit *>(u"sessionCountryFilter"_s);
    QVERIFY(country && country->isEnabled());
    QTest::keyClicks(country, u"ke"_s);
    QTRY_COMPARE(m_window->sessionsPage()->findChild<QTableView *>()->model()->rowCount(), 1);

    // Settings: no settings of better-auth's own, this computer's place databases all the same.
    QVERIFY(m_window->showPage(u"settings"_s));
    auto *panel = m_window->settingsPage()->findChild<PlacesPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
}

void tst_RestConsole::refusedPasswordIsAskedAgain()
{
    // Found by trying: a wrong password opened a window that said who was signed in, could not
    // sign in again and kept Log Out All enabled. Now the console asks again before it opens.
    const QString journal = m_journals.filePath(u"signin.sqlite"_s);
    const auto create = [&](const QString &password) -> std::unique_ptr<SessionSource> {
        auto options = RestSessionSource::fromUrl(m_app->sourceUrl()).value();
        options.password = password;
        options.journalPath = journal;
        return std::make_unique<RestSessionSource>(options);
    };
    QStringList asked;
    auto signedIn = SignIn::run(
        create,
        [&](const QString &refusal) -> std::optional<QString> {
            asked << refusal;
            return BetterAuthApp::adminPassword();
        },
        u"wrong-password"_s);
    QVERIFY(signedIn);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"refused the email address admin@example.com or its password"_s),
             qPrintable(asked.first()));
    QVERIFY(!signedIn->failure);
    QCOMPARE(signedIn->password, BetterAuthApp::adminPassword());
    QVERIFY(signedIn->source->capabilities().has(Capabilities::Capability::LogoutAll));
    Futures::waitUntilFinished(signedIn->source->signOut());
    // Giving up opens nothing.
    QVERIFY(!SignIn::run(
        create, [](const QString &) { return std::optional<QString>(); }, u"wrong"_s));
    // A server that cannot be reached is not a refused password: the window opens with the reason.
    const auto nowhere = SignIn::run(
        [&](const QString &password) -> std::unique_ptr<SessionSource> {
            auto options =
                RestSessionSource::fromUrl(u"better-auth+http://admin@example.com@127.0.0.1:1"_s).value();
            options.password = password;
            options.journalPath = journal;
            return std::make_unique<RestSessionSource>(options);
        },
        [&](const QString &) -> std::optional<QString> {
            asked << u"again"_s;
            return u"x"_s;
        },
        u"any"_s);
    QVERIFY(nowhere && nowhere->failure);
    QCOMPARE(asked.size(), 1);
    QVERIFY(!nowhere->source->capabilities().has(Capabilities::Capability::LogoutAll));
}

QTEST_MAIN(tst_RestConsole)
#include "tst_restconsole.moc"
