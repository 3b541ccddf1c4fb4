#include "TestStore.h"
#include "models/Translations.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/storage/Sql.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/common/WorldMap.h"
#include "views/main/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

class tst_UsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void logoutButtonLogsTheUserOut();
    void keysPressTheButton_data();
    void keysPressTheButton();
    void disabledButtonDoesNothing();
    void reasonIsRequired();
    void failedLogoutShowsWhyAndChangesNothing();
    void endSessionFromTheDetailPane();
    void historyTabsShowSignInsFlagsAndAudit();
    void searchFiltersInTheSource();
    void flagsColumnAndFlaggedFilter();
    void scrollingFarAndBackShowsEveryRow();
    void logOutSelectedSaysWhoIsLeftOut();
    void buttonsStayInSightOnASmallScreen_data();
    void buttonsStayInSightOnASmallScreen();
    void addUserShowsTheNewUser();
    void deactivateThenRemoveFromTheDetailPane();
    void aFrozenAccountIsNotDeactivated();
    void sharedAccountHintOffersToAddUsers();
    void teamActionsNeedAnAdministrator();
    void statusBarSaysWhenNotLive();
    void storeThatNeedsUpgradingOffersIt();
    void screenshotMode();
    void screenshotOfUnusableStoreFails();
    void firstStartCreatesTheDemoStore();

private:
    QTableView *usersTable() const { return m_window->findChild<QTableView *>(u"usersTable"_s); }
    UserTableModel *users() const { return m_window->usersPage()->userModel(); }
    int rowWithSessions(int atLeast) const;
    void clickButton(QTableView *table, int row, int column);
    ReasonDialog *waitForDialog();
    // Shows m_window and starts it, until the first users are loaded.
    void showAndStart();
    MessageBanner *banner() const { return m_window->usersPage()->banner(); }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_userTester;
    std::unique_ptr<QAbstractItemModelTester> m_sessionTester;
    QSqlDatabase m_raw;
};

void tst_UsersPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English)); // as the application does
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(70, 21));
}

void tst_UsersPage::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->showPage(u"users"_s); // the Overview comes first
    m_userTester = std::make_unique<QAbstractItemModelTester>(
        users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_userTester->setUseFetchMore(true);
    auto *sessions = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QVERIFY(sessions);
    m_sessionTester = std::make_unique<QAbstractItemModelTester>(
        sessions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sessionTester->setUseFetchMore(true);
    showAndStart();
}

void tst_UsersPage::cleanup()
{
    m_sessionTester.reset();
    m_userTester.reset();
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

int tst_UsersPage::rowWithSessions(int atLeast) const
{
    for (int row = 0; row < users()->rowCount(); ++row) {
        const int sessions =
            users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
        if (atLeast == 0 ? sessions == 0 : sessions >= atLeast)
            return row;
    }
    return -1;
}

void tst_UsersPage::showAndStart()
{
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE(ready.count(), 1);
    QTRY_VERIFY(!users()->isLoading());
}

void tst_UsersPage::clickButton(QTableView *table, int row, int column)
{
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect cell = table->visualRect(index);
    QVERIFY(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

ReasonDialog *tst_UsersPage::waitForDialog()
{
    ReasonDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s);
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void tst_UsersPage::logoutButtonLogsTheUserOut()
{
    QTableView *table = usersTable();
    QVERIFY(table);
    const int row = rowWithSessions(2);
    QVERIFY(row >= 0);
    const QString userId = users()->index(row, 0).data(PagedModelBase::IdRole).toString();
    const QString name = users()->index(row, UserTableModel::NameColumn).data().toString();
    const int sessions =
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
    table->selectRow(row);
    table->scrollTo(users()->index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scroll = table->verticalScrollBar()->value();

    clickButton(table, row, UserTableModel::ActionColumn);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    const QString message = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(message.contains(name) && message.contains(u"%1 active sessions"_s.arg(sessions)),
             qPrintable(message));
    auto *reason = dialog->findChild<QComboBox *>(u"reasonCombo"_s);
    // Found by trying: a reason of 100,000 characters made a 106-page report. Typing stops at the
    // limit.
    reason->lineEdit()->setText(QString(5000, u'x'));
    QCOMPARE(dialog->reason().size(), ActionContext::maxReasonLength);
    reason->setCurrentText(u"Lost or stolen device"_s);
    dialog->findChild<QLineEdit *>(u"ticketEdit"_s)->setText(QString(500, u'T'));
    QCOMPARE(dialog->ticket().size(), ActionContext::maxTicketLength);
    dialog->findChild<QLineEdit *>(u"ticketEdit"_s)->setText(u"SEC-42"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled()); // one user: the reason is confirmation enough
    QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->isVisible());
    QTest::mouseClick(confirm, Qt::LeftButton);

    // The row shows no active session; the same user stays selected, the view did not jump.
    QTRY_COMPARE(
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 0);
    QCOMPARE(users()->index(row, 0).data(PagedModelBase::IdRole).toString(), userId);
    QCOMPARE(table->selectionModel()->currentIndex().row(), row);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QVERIFY(
        !users()->index(row, UserTableModel::ActionColumn).data(PagedModelBase::ActionEnabledRole).toBool());
    QTRY_VERIFY(banner()->isVisible() && banner()->kind() == MessageBanner::Kind::Success);
    QVERIFY2(banner()->text().contains(u"Logged out %1: %2 sessions ended"_s.arg(name).arg(sessions)),
             qPrintable(banner()->text()));

    // The store agrees, and the audit entry carries the reason and ticket.
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ? AND end_reason = 'admin_logout'"_s,
                 {userId})
                 .toInt(),
             sessions);
    QCOMPARE(TestStore::scalar(
                 m_raw,
                 u"SELECT reason || '|' || ticket || '|' || count FROM audit_log WHERE target_user = ?"_s,
                 {userId})
                 .toString(),
             u"Lost or stolen device|SEC-42|%1"_s.arg(sessions));
    // The detail pane follows: no active session left for the selected user.
    auto *sessionsTable = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessionsTable->model()->rowCount(), 0);
}

void tst_UsersPage::keysPressTheButton_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Space") << int(Qt::Key_Space);
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Enter") << int(Qt::Key_Enter);
}

void tst_UsersPage::keysPressTheButton()
{
    QFETCH(int, key);
    QTableView *table = usersTable();
    // Not on another column: Enter there does nothing.
    table->setFocus();
    table->setCurrentIndex(users()->index(rowWithSessions(1), UserTableModel::NameColumn));
    QTest::keyClick(table, Qt::Key(key));
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<ReasonDialog *>(u"reasonDialog"_s));
    const int row = rowWithSessions(1);
    table->setCurrentIndex(users()->index(row, UserTableModel::ActionColumn));
    QTest::keyClick(table, Qt::Key(key));
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ReasonDialog *>(u"reasonDialog"_s));
    // Cancelled: nothing happened.
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_UsersPage::disabledButtonDoesNothing()
{
    QTableView *table = usersTable();
    const int row = rowWithSessions(0);
    QVERIFY(row >= 0);
    QVERIFY(
        !users()->index(row, UserTableModel::ActionColumn).data(PagedModelBase::ActionEnabledRole).toBool());
    clickButton(table, row, UserTableModel::ActionColumn);
    QTest::qWait(200);
    QVERIFY(!m_window->findChild<ReasonDialog *>(u"reasonDialog"_s));
}

void tst_UsersPage::reasonIsRequired()
{
    clickButton(usersTable(), rowWithSessions(1), UserTableModel::ActionColumn);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"   "_s);
    QVERIFY(!confirm->isEnabled());
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Security incident"_s);
    QVERIFY(confirm->isEnabled());
    dialog->reject();
}

void tst_UsersPage::failedLogoutShowsWhyAndChangesNothing()
{
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(
        u"CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no space'); END"_s));
    const int row = rowWithSessions(1);
    const int sessions =
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
    clickButton(usersTable(), row, UserTableModel::ActionColumn);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Security incident"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(banner()->isVisible() && banner()->kind() == MessageBanner::Kind::Error);
    QVERIFY2(banner()->text().contains(u"audit entry failed"_s), qPrintable(banner()->text()));
    QTest::qWait(100);
    QCOMPARE(users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(),
             sessions);
}

void tst_UsersPage::endSessionFromTheDetailPane()
{
    const int row = rowWithSessions(2);
    usersTable()->selectRow(row);
    auto *sessionsTable = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    const int active =
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
    QTRY_COMPARE(sessionsTable->model()->rowCount(), active);
    QTRY_VERIFY(!static_cast<SessionTableModel *>(sessionsTable->model())->isLoading());
    const QString sessionId = sessionsTable->model()->index(0, 0).data(PagedModelBase::IdRole).toString();

    clickButton(sessionsTable, 0, SessionTableModel::ActionColumn);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(u"reasonDialogNote"_s)
                ->text()
                .contains(u"other sessions stay signed in"_s));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Suspicious sign-in"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

    QTRY_COMPARE(sessionsTable->model()->rowCount(), active - 1);
    QTRY_COMPARE(
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(),
        active - 1);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {sessionId}).toString(),
        u"admin_logout"_s);
    QTRY_VERIFY(banner()->text().startsWith(u"Ended one session"_s));
}

// Below the selected user's sessions: their sign-ins (failed ones standing out), their flags open
// and closed, and the audit entries about them, each tab with its count; an action on the user
// appears in the Audit tab without a refresh.
void tst_UsersPage::historyTabsShowSignInsFlagsAndAudit()
{
    const int row = rowWithSessions(2);
    usersTable()->selectRow(row);
    const QString userId = users()->index(row, 0).data(PagedModelBase::IdRole).toString();
    const qint64 signIns =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ?"_s, {userId})
            .toLongLong();
    const qint64 failed =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ? AND NOT success"_s,
                          {userId})
            .toLongLong();
    const qint64 flags =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM flags WHERE user_id = ?"_s, {userId}).toLongLong();
    QVERIFY(signIns > 0);

    auto *history = m_window->findChild<QTabWidget *>(u"userHistoryTabs"_s);
    QVERIFY(history);
    QCOMPARE(history->currentIndex(), 0); // the sessions first
    // The Map tab: the places of the user's active sessions, each once with its count.
    auto *map = m_window->findChild<WorldMap *>(u"userSessionsMap"_s);
    const qint64 placed =
        TestStore::scalar(m_raw,
                          u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL AND "
                          "expires_at > ? AND latitude IS NOT NULL AND longitude IS NOT NULL"_s,
                          {userId, Sql::time(QDateTime::currentDateTimeUtc())})
            .toLongLong();
    QVERIFY(placed > 0);
    const auto onMap = [map] {
        qint64 count = 0;
        for (const WorldMap::Dot &dot : map->dots())
            count += dot.count;
        return count;
    };
    QTRY_COMPARE(onMap(), placed);
    QVERIFY(history->isTabEnabled(history->indexOf(map)));
    auto *signInsTable = m_window->findChild<QTableView *>(u"signInsTable"_s);
    auto *signInModel = static_cast<SignInTableModel *>(signInsTable->model());
    QAbstractItemModelTester tester(signInModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int signInsTab = history->indexOf(signInsTable);
    QVERIFY(history->isTabEnabled(signInsTab));
    QTRY_COMPARE(signInModel->totalCount(), signIns);
    QTRY_VERIFY(history->tabText(signInsTab).contains(DisplayFormat::count(signIns)));
    history->setCurrentIndex(signInsTab);
    QTRY_COMPARE(signInModel->rowCount(), int(qMin<qint64>(signIns, 50)));
    int failedShown = 0;
    for (int i = 0; i < signInModel->rowCount(); ++i) {
        const QModelIndex result = signInModel->index(i, SignInTableModel::ResultColumn);
        const bool success = result.data(PagedModelBase::RawValueRole).toBool();
        QCOMPARE(result.data().toString(), success ? u"Signed in"_s : u"Failed"_s);
        QCOMPARE(result.data(PagedModelBase::EmphasisRole).isValid(), !success);
        failedShown += success ? 0 : 1;
        if (i > 0) // newest first
            QVERIFY(signInModel->index(i - 1, 0).data(PagedModelBase::RawValueRole).toDateTime() >=
                    signInModel->index(i, 0).data(PagedModelBase::RawValueRole).toDateTime());
    }
    if (signIns <= 50)
        QCOMPARE(failedShown, failed);

    auto *flagsTable = m_window->findChild<QTableView *>(u"userFlagsTable"_s);
    QTRY_COMPARE(static_cast<PagedModelBase *>(flagsTable->model())->totalCount(), flags);
    QVERIFY(history->tabText(history->indexOf(flagsTable)).contains(DisplayFormat::count(flags)));

    auto *auditTable = m_window->findChild<QTableView *>(u"userAuditTable"_s);
    auto *audit = static_cast<AuditTableModel *>(auditTable->model());
    QTRY_VERIFY(!audit->isLoading());
    const qint64 before = audit->totalCount();
    // An empty tab says so, in words, once its answer is in; a tab with rows says nothing.
    auto *noAudit = auditTable->findChild<QLabel *>(u"userAuditTableEmptyNote"_s);
    QVERIFY(noAudit);
    history->setCurrentIndex(history->indexOf(auditTable));
    QTRY_COMPARE(noAudit->isVisible(), before == 0);
    if (before == 0)
        QCOMPARE(noAudit->text(), u"No operator has acted on this user yet."_s);
    auto *noFlags = flagsTable->findChild<QLabel *>(u"userFlagsTableEmptyNote"_s);
    history->setCurrentIndex(history->indexOf(flagsTable));
    QTRY_COMPARE(noFlags->isVisible(), flags == 0);
    history->setCurrentIndex(signInsTab);
    QVERIFY(!signInsTable->findChild<QLabel *>(u"signInsTableEmptyNote"_s)->isVisible());
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/users-sign-ins.png"_s);

    // Ending one of the user's sessions is in their Audit tab at once.
    history->setCurrentIndex(0);
    auto *sessionsTable = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_VERIFY(sessionsTable->model()->rowCount() > 0);
    QTRY_VERIFY(!static_cast<SessionTableModel *>(sessionsTable->model())->isLoading());
    clickButton(sessionsTable, 0, SessionTableModel::ActionColumn);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Suspicious sign-in"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(audit->totalCount(), before + 1);
    QTRY_COMPARE(audit->index(0, AuditTableModel::ReasonColumn).data().toString(), u"Suspicious sign-in"_s);
    history->setCurrentIndex(history->indexOf(auditTable));
    QTRY_VERIFY(!noAudit->isVisible());
    QVERIFY(history->tabText(history->indexOf(auditTable)).contains(DisplayFormat::count(before + 1)));

    // Another user: the tabs follow.
    const int other = row == 0 ? 1 : 0;
    usersTable()->selectRow(other);
    const QString otherId = users()->index(other, 0).data(PagedModelBase::IdRole).toString();
    QTRY_COMPARE(signInModel->totalCount(),
                 TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE user_id = ?"_s, {otherId})
                     .toLongLong());
}

// The table scrolled to its end and back to the top, the model holding two pages of ten: the
// rows shown at the top are read again and shown, and selecting several users reaching past the
// pages held says so instead of logging out only some of them.
void tst_UsersPage::scrollingFarAndBackShowsEveryRow()
{
    users()->setPageSize(10);
    users()->setWindowPages(2);
    users()->reload();
    QTRY_VERIFY(!users()->isLoading());
    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    QVERIFY(table);
    const QString firstName = users()->index(0, UserTableModel::NameColumn).data().toString();
    QVERIFY(!firstName.isEmpty());
    for (int step = 0; step < 20 && users()->rowCount() < 70; ++step) {
        table->scrollToBottom();
        QTRY_VERIFY(!users()->isLoading());
    }
    QCOMPARE(users()->rowCount(), 70);
    QVERIFY(users()->loadedRowCount() <= 20);
    table->scrollToTop();
    const auto shownAt = [&](int row) {
        return table->model()->index(row, UserTableModel::NameColumn).data();
    };
    QTRY_COMPARE(shownAt(0).toString(), firstName);
    const int visible = table->rowAt(table->viewport()->height() - 1);
    for (int row = 0; row <= (visible < 0 ? users()->rowCount() - 1 : visible); ++row)
        QTRY_VERIFY(!shownAt(row).toString().isEmpty());
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/users-scrolled-back.png"_s);

    table->selectAll();
    QTRY_VERIFY(users()->loadedRowCount() <= 20);
    auto *logoutSelected = m_window->findChild<QPushButton *>(u"logoutSelectedButton"_s);
    QVERIFY(logoutSelected);
    QVERIFY(logoutSelected->isEnabled());
    logoutSelected->click();
    auto *banner = m_window->usersPage()->findChild<MessageBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY2(banner->text().contains(u"are not loaded, so nobody was logged out"_s),
                 qPrintable(banner->text()));
    QCOMPARE(m_window->findChild<ReasonDialog *>(u"reasonDialog"_s), nullptr);
}

void tst_UsersPage::logOutSelectedSaysWhoIsLeftOut()
{
    // Two users of the same name, one signed in and one not: both selected, one is logged out, and
    // the question says who is left out and why, each named with the address.
    QSqlQuery app(m_raw);
    QVERIFY(app.exec(u"INSERT INTO users (id, email, display_name, created_at) VALUES "
                     "('twin1', 'zq@twins.example', 'Zenobia Quill', 0), "
                     "('twin2', 'zenobia.quill@twins.example', 'Zenobia Quill', 0)"_s));
    QVERIFY(app.exec(u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES "
                     "('twin-s', 'twin1', %1, %1, %2)"_s.arg(QDateTime::currentMSecsSinceEpoch())
                         .arg(QDateTime::currentMSecsSinceEpoch() + 86'400'000)));
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    search->setText(u"twins.example"_s);
    QTRY_COMPARE(users()->rowCount(), 2);
    usersTable()->selectAll();
    auto *logoutSelected = m_window->findChild<QPushButton *>(u"logoutSelectedButton"_s);
    QTRY_COMPARE(logoutSelected->text(), u"Log Out Selected (1 of 2)…"_s);
    QVERIFY(logoutSelected->toolTip().contains(u"1 of the selected users have no active session"_s) ||
            logoutSelected->toolTip().contains(u"has no active session"_s));
    logoutSelected->click();
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    const QString message = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(message.contains(u"Zenobia Quill <zq@twins.example>"_s), qPrintable(message));
    QVERIFY2(message.contains(
                 u"Left out, with no active session to end: Zenobia Quill <zenobia.quill@twins.example>."_s),
             qPrintable(message));
    dialog->reject();
}

void tst_UsersPage::buttonsStayInSightOnASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s; // longer headers
}

void tst_UsersPage::buttonsStayInSightOnASmallScreen()
{
    // A 1024 × 640 screen: every row's Log out button and every session's End button in sight,
    // without scrolling sideways.
    QFETCH(QString, language);
    const auto speaking = TestStore::inLanguage(QLocale(language));
    m_sessionTester.reset();
    m_userTester.reset();
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->showPage(u"users"_s); // the Overview comes first
    m_window->resize(1024, 640);
    showAndStart();
    usersTable()->selectRow(rowWithSessions(1));
    auto *sessions = m_window->findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_VERIFY(sessions->model()->rowCount() > 0);
    for (auto [table, action] : {std::pair{usersTable(), int(UserTableModel::ActionColumn)},
                                 std::pair{sessions, int(SessionTableModel::ActionColumn)}}) {
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(table->columnViewportPosition(action) + table->columnWidth(action) <=
                     table->viewport()->width(),
                 qPrintable(table->objectName()));
    }
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/users-1024x640-%1.png"_s.arg(language));
}

void tst_UsersPage::addUserShowsTheNewUser()
{
    auto *add = m_window->findChild<QPushButton *>(u"addUserButton"_s);
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newUserEmailEdit"_s), u"zoe.park@acme.example"_s);
    dialog->findChild<QLineEdit *>(u"newUserNameEdit"_s)->setText(u"Zoë Park"_s);
    dialog->findChild<QComboBox *>(u"userRoleCombo"_s)->setCurrentText(u"engineer"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // a reason first
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QCOMPARE(dialog->reason(), u"New team member"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);

    // Shown at once: the search field finds the new user, who is selected.
    QTRY_COMPARE(m_window->findChild<QLineEdit *>(u"searchField"_s)->text(), u"zoe.park@acme.example"_s);
    QTRY_COMPARE(users()->rowCount(), 1);
    QCOMPARE(users()->index(0, UserTableModel::RoleColumn).data().toString(), u"engineer"_s);
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"detailName"_s)->text(), u"Zoë Park"_s);
    QVERIFY(banner()->text().startsWith(u"Added Zoë Park <zoe.park@acme.example>"_s));
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT action || '|' || reason FROM audit_log ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"user_add|New team member"_s);

    // The same address again: refused in the banner, nothing added.
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY((dialog = waitForDialog()) &&
                dialog->findChild<QLineEdit *>(u"newUserEmailEdit"_s)->text().isEmpty());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newUserEmailEdit"_s), u"ZOE.PARK@acme.example"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newUserNameEdit"_s), u"Zoe"_s);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(banner()->text().contains(u"already has an account"_s));
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE lower(email) = 'zoe.park@acme.example'"_s)
            .toInt(),
        1);
}

// Deactivating a frozen account and reactivating it would undo the freeze with no unfreeze on
// record: the pane offers unfreezing first.
void tst_UsersPage::aFrozenAccountIsNotDeactivated()
{
    const int row = rowWithSessions(3);
    const QString id = users()->index(row, 0).data(PagedModelBase::IdRole).toString();
    QVERIFY(TestStore::await(m_source->freezeUser(id, TestStore::context(u"Under investigation"_s))).ok());
    QTRY_COMPARE(users()->index(row, UserTableModel::StatusColumn).data().toString(), u"Frozen"_s);
    usersTable()->selectRow(row);
    auto *deactivate = m_window->findChild<QPushButton *>(u"deactivateButton"_s);
    QTRY_VERIFY(!deactivate->isEnabled());
    QCOMPARE(deactivate->toolTip(), u"The account is frozen: unfreeze it first, then deactivate it."_s);
    usersTable()->selectRow(row == 0 ? 1 : 0);
    QTRY_VERIFY(deactivate->isEnabled());
}

void tst_UsersPage::deactivateThenRemoveFromTheDetailPane()
{
    const int row = rowWithSessions(2);
    const QString id = users()->index(row, 0).data(PagedModelBase::IdRole).toString();
    usersTable()->selectRow(row);
    auto *deactivate = m_window->findChild<QPushButton *>(u"deactivateButton"_s);
    auto *remove = m_window->findChild<QPushButton *>(u"removeUserButton"_s);
    QTRY_COMPARE(deactivate->text(), u"Deac&tivate…"_s);
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->toolTip(), u"Only deactivated users can be removed: deactivate them first."_s);

    QTest::mouseClick(deactivate, Qt::LeftButton);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Left the organisation"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(users()->index(row, UserTableModel::StatusColumn).data().toString(), u"Deactivated"_s);
    QTRY_COMPARE(
        users()->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 0);
    QCOMPARE(
        TestStore::scalar(
            m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ? AND end_reason = 'deactivated'"_s, {id})
                .toInt() > 0,
        true);
    QTRY_COMPARE(deactivate->text(), u"Reac&tivate…"_s);
    QTRY_VERIFY(remove->isEnabled());

    const qint64 total = users()->totalCount();
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY((dialog = waitForDialog()) && dialog->windowTitle().startsWith(u"Remove"_s));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Offboarding"_s);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled()); // the typed confirmation too
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmationEdit"_s), u"REMOVE"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(users()->totalCount(), total - 1);
    QCOMPARE(users()->rowOf(id), -1);
    QVERIFY(!TestStore::scalar(m_raw, u"SELECT removed_at FROM users WHERE id = ?"_s, {id}).isNull());
}

void tst_UsersPage::sharedAccountHintOffersToAddUsers()
{
    // Two devices at once are already too many: users with two become possible shared accounts.
    Settings settings = TestStore::await(m_source->settings()).value();
    QVERIFY(!settings.set(QString::fromLatin1(Settings::DeviceSpreadMax), u"1"_s));
    QVERIFY(TestStore::await(m_source->saveSettings(settings, TestStore::context())).ok());
    QVERIFY(TestStore::await(m_source->scanFlags(true)).ok());
    const QString id =
        TestStore::scalar(
            m_raw, u"SELECT user_id FROM flags WHERE rule = 'device_spread' AND status = 'open' LIMIT 1"_s)
            .toString();
    QVERIFY2(!id.isEmpty(), "the demo has a shared account");
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {id}).toString();
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"searchField"_s), email);
    QTRY_COMPARE(users()->rowCount(), 1);
    auto *hint = m_window->findChild<QLabel *>(u"sharedAccountHint"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"Possible shared account:"_s) && hint->text().contains(u"devices"_s),
             qPrintable(hint->text()));
    Q_EMIT hint->linkActivated(u"add"_s);
    ReasonDialog *dialog = waitForDialog();
    QVERIFY(dialog && dialog->findChild<QLineEdit *>(u"newUserEmailEdit"_s));
    dialog->reject();

    // A user without that flag shows no hint.
    const QString plain =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id NOT IN (SELECT user_id FROM "
                                 "flags WHERE rule = 'device_spread') LIMIT 1"_s)
            .toString();
    m_window->findChild<QLineEdit *>(u"searchField"_s)->setText(plain);
    QTRY_COMPARE(
        m_window->findChild<QLabel *>(u"detailName"_s)->text(),
        TestStore::scalar(m_raw, u"SELECT display_name FROM users WHERE email = ?"_s, {plain}).toString());
    QTest::qWait(200);
    QVERIFY(!hint->isVisible());
}

void tst_UsersPage::teamActionsNeedAnAdministrator()
{
    m_userTester.reset();
    m_sessionTester.reset();
    m_window.reset();
    m_source.reset();
    TestStore::setRole(m_path, Role::Support);
    m_source = TestStore::open(m_path, 0, 2000, 3, Role::Support);
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->showPage(u"users"_s); // the Overview comes first
    showAndStart();
    const QString why = u"Only administrators can add, deactivate or remove users."_s;
    for (const QString &name :
         {u"addUserButton"_s, u"changeRoleButton"_s, u"deactivateButton"_s, u"removeUserButton"_s}) {
        auto *button = m_window->findChild<QPushButton *>(name);
        QTRY_VERIFY2(!button->isEnabled(), qPrintable(name));
        // Found by trying: Change Role's tooltip spoke of adding users.
        QCOMPARE(button->toolTip(),
                 name == u"changeRoleButton" ? u"Only administrators can change users' roles."_s : why);
    }
}

void tst_UsersPage::statusBarSaysWhenNotLive()
{
    auto *live = m_window->findChild<QLabel *>(u"liveLabel"_s);
    QCOMPARE(live->text(), u"● Live"_s);
    const QString problem = u"The store is locked by another program. Try again when it has finished."_s;
    Q_EMIT m_source->liveProblem(problem);
    QCOMPARE(live->text(), u"● Not live"_s);
    QVERIFY2(live->toolTip().contains(problem) && live->toolTip().contains(u"keeps trying"_s),
             qPrintable(live->toolTip()));
    Q_EMIT m_source->liveProblem(QString());
    QCOMPARE(live->text(), u"● Live"_s);
}

void tst_UsersPage::storeThatNeedsUpgradingOffersIt()
{
    auto *banner = m_window->usersPage()->banner();
    auto *button = banner->actionButton();
    // Other errors offer nothing to do.
    m_window->showStartupError({SourceError::Code::Failed, u"Cannot connect."_s, {}});
    QVERIFY(!button->isVisible());
    // A store that could not be opened said nothing about roles, and nothing can be done on it.
    const QString who = m_window->findChild<QLabel *>(u"operatorLabel"_s)->text();
    QVERIFY2(who.endsWith(u"(not connected)"_s) && !who.contains(u"not an operator"_s), qPrintable(who));
    QVERIFY(!m_window->findChild<QAction *>(u"logoutAllAction"_s)->isEnabled());
    m_window->showStartupError(
        {SourceError::Code::OlderSchema, u"The database holds no SessionDesk store yet."_s, {}});
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Initialize / Upgrade Store…"_s);
    QSignalSpy requested(m_window.get(), &MainWindow::upgradeRequested);
    // Asked first; Cancel does nothing.
    button->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"upgradeStoreQuestion"_s)));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(requested.count(), 0);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"upgradeStoreQuestion"_s));
    button->click();
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"upgradeStoreQuestion"_s)));
    box->findChild<QPushButton *>(u"upgradeStoreButton"_s)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(banner->text(), u"Initializing or upgrading the store…"_s);
    QVERIFY(!button->isVisible());
}

void tst_UsersPage::searchFiltersInTheSource()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    const QString email = users()->index(5, UserTableModel::EmailColumn).data().toString();
    QTest::keyClicks(search, email);
    QTRY_COMPARE(users()->rowCount(), 1);
    QCOMPARE(users()->index(0, UserTableModel::EmailColumn).data().toString(), email);
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"1 of 1 user"_s));
    // The only match is selected and shown in the detail pane.
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"detailName"_s)->text(),
                 users()->index(0, UserTableModel::NameColumn).data().toString());
    search->clear();
    QTRY_COMPARE(users()->totalCount(), 70);
}

void tst_UsersPage::flagsColumnAndFlaggedFilter()
{
    QVERIFY(!usersTable()->isColumnHidden(UserTableModel::FlagsColumn));
    // The demo's planted patterns, found by a scan elsewhere: the page follows by itself.
    QVERIFY(TestStore::await(m_source->scanFlags(true)).ok());
    const int flagged =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE flag_rank > 0 AND removed_at IS NULL"_s)
            .toInt();
    QVERIFY(flagged > 1);
    const int highest = TestStore::scalar(m_raw, u"SELECT max(flag_rank) FROM users"_s).toInt();

    auto *status = m_window->findChild<QComboBox *>(u"statusFilter"_s);
    const int entry = status->findText(u"Flagged"_s);
    QVERIFY(qobject_cast<QStandardItemModel *>(status->model())->item(entry)->isEnabled());
    status->setCurrentIndex(entry);
    QTRY_COMPARE(users()->totalCount(), flagged);
    QTRY_VERIFY(!users()->isLoading());
    for (int row = 0; row < users()->rowCount(); ++row) {
        const QModelIndex cell = users()->index(row, UserTableModel::FlagsColumn);
        QVERIFY(cell.data().toString().toInt() > 0);
        QVERIFY(cell.data(PagedModelBase::SeverityRole).isValid());
        // The severity in words for a screen reader, not only in the flag's colour.
        QVERIFY2(cell.data(Qt::AccessibleTextRole).toString().contains(u"severity"_s),
                 qPrintable(cell.data(Qt::AccessibleTextRole).toString()));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"open flag"_s),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
    }
    // Sorted by the column, most serious first.
    usersTable()->sortByColumn(UserTableModel::FlagsColumn, Qt::DescendingOrder);
    QTRY_VERIFY(!users()->isLoading());
    QTRY_COMPARE(users()->index(0, UserTableModel::FlagsColumn).data(PagedModelBase::RawValueRole).toInt(),
                 highest);
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u"/users-flagged.png"_s));
    // Back to everybody: the users without flags show no number.
    status->setCurrentIndex(0);
    QTRY_COMPARE(users()->totalCount(), 70);
    usersTable()->sortByColumn(UserTableModel::FlagsColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!users()->isLoading());
    QTRY_COMPARE(users()->index(0, UserTableModel::FlagsColumn).data(PagedModelBase::RawValueRole).toInt(),
                 0);
    QCOMPARE(users()->index(0, UserTableModel::FlagsColumn).data().toString(), QString());
    QVERIFY(!users()->index(0, UserTableModel::FlagsColumn).data(PagedModelBase::SeverityRole).isValid());
}

void tst_UsersPage::screenshotMode()
{
    // The window takes 1280 × 800 where the screen has room, and the screen's size where it has
    // less: one screen of each, described to Qt's offscreen platform.
    for (const QSize &screen : {QSize(1920, 1080), QSize(1024, 640)}) {
        const QString config = m_dir.filePath(u"screen.json"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            u"{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2}]}"_s
                .arg(screen.width())
                .arg(screen.height())
                .toUtf8());
        file.close();
        const QString png = m_dir.filePath(u"shot.png"_s);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen:configfile="_s + config);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SESSIONDESK_GUI), {u"--store"_s, m_path, u"--screenshot"_s, png});
        QVERIFY(app.waitForFinished(60'000));
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(QImage(png).size(), QSize(1280, 800).boundedTo(screen));
    }
    const QImage image(m_dir.filePath(u"shot.png"_s));
    QVERIFY(!image.isNull());
    // Not a blank window: many distinct colours (text, buttons, selection).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void tst_UsersPage::screenshotOfUnusableStoreFails()
{
    const QString bad = m_dir.filePath(u"not-a-store.sqlite"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QProcess app;
    app.start(QStringLiteral(SESSIONDESK_GUI),
              {u"--store"_s, bad, u"--screenshot"_s, m_dir.filePath(u"bad.png"_s)});
    QVERIFY(app.waitForFinished(60'000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(u"damaged or is not a database"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
}

void tst_UsersPage::firstStartCreatesTheDemoStore()
{
    // A new user's first start: no store yet; the demo store appears in their data directory.
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    app.setProcessEnvironment(env);
    const QString png = home.filePath(u"first.png"_s);
    app.start(QStringLiteral(SESSIONDESK_GUI), {u"--demo"_s, u"--screenshot"_s, png});
    QVERIFY(app.waitForFinished(120'000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QImage(png).isNull());
    const QString store = home.filePath(u"SessionDesk/demo.sqlite"_s);
    QVERIFY(QFile::exists(store));
    QSqlDatabase db = TestStore::raw(store);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM users"_s).toInt(), 1000);
    QCOMPARE(TestStore::scalar(db, u"SELECT count(*) FROM sessions"_s).toInt(), 4000);
    db.close();

    // The second start opens the same store instead of making another.
    const QDateTime modified = QFileInfo(store).lastModified();
    app.start(QStringLiteral(SESSIONDESK_GUI), {u"--screenshot"_s, png});
    QVERIFY(app.waitForFinished(120'000));
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(TestStore::scalar(TestStore::raw(store), u"SELECT count(*) FROM users"_s).toInt(), 1000);
    QVERIFY(QFileInfo(store).lastModified() >= modified);
}

QTEST_MAIN(tst_UsersPage)
#include "tst_userspage.moc"
