#include "TestStore.h"
#include "models/Translations.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/storage/Sql.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"
#include "views/sessions/SessionsPage.h"
#include "views/users/LogoutAllDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The Sessions page: every active session of every user, filtered in the store as the filters are
// typed; a filter that is none shows nothing; End per row; End N Matching Sessions through the Log
// Out All dialog with the filter (the word typed only for several users), and with no filter the
// button is Log Out All Users.
class tst_SessionsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyActiveSessionLastActiveFirst();
    void filtersRunInTheStore();
    void aFilterThatIsNoneShowsNothing();
    void endMatchingEndsWhatTheFilterShows();
    void oneUsersSessionsNeedNoTypedWord();
    void endMatchingRefusesWhatBeganSince();
    void endOneSessionFromItsRow();
    void fitsASmallScreenInGerman();

private:
    SessionsPage *page() const { return m_window->sessionsPage(); }
    SessionTableModel *model() const { return page()->sessionModel(); }
    QLineEdit *edit(const QString &name) const { return page()->findChild<QLineEdit *>(name); }
    QPushButton *endMatching() const { return page()->findChild<QPushButton *>(u"endMatchingButton"_s); }
    int active(const QString &where = u"TRUE"_s, const QVariantList &args = {}) const
    {
        return TestStore::scalar(
                   m_raw,
                   u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ? AND "_s + where,
                   QVariantList{QDateTime::currentMSecsSinceEpoch()} + args)
            .toInt();
    }
    void settled() const
    {
        QTRY_VERIFY(!model()->isLoading());
        QTest::qWait(400); // past the pause after typing
        QTRY_VERIFY(!model()->isLoading());
    }
    // Opens End Matching Sessions and waits for its count.
    LogoutAllDialog *openEndMatching();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_SessionsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(120, 6));
}

void tst_SessionsPage::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(m_path);
    m_source = TestStore::open(m_path);
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QVERIFY(m_window->showPage(u"sessions"_s));
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), page());
    settled();
}

void tst_SessionsPage::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

LogoutAllDialog *tst_SessionsPage::openEndMatching()
{
    if (!endMatching()->isEnabled())
        return nullptr;
    QTest::mouseClick(endMatching(), Qt::LeftButton);
    auto *dialog = m_window->findChild<LogoutAllDialog *>(u"logoutAllDialog"_s);
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    QSignalSpy counted(dialog, &LogoutAllDialog::previewUpdated);
    if (!QTest::qWaitFor([&counted] { return counted.count() > 0; }))
        return nullptr;
    return dialog;
}

void tst_SessionsPage::everyActiveSessionLastActiveFirst()
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = active();
    QVERIFY(all > 50);
    QTRY_COMPARE(model()->totalCount(), qint64(all));
    QVERIFY(page()->findChild<QLabel *>(u"sessionCount"_s)->text().startsWith(DisplayFormat::count(all)));
    QTRY_VERIFY(model()->rowCount() >= 50);
    for (int row = 1; row < 50; ++row)
        QVERIFY(model()
                    ->index(row - 1, SessionTableModel::LastActivityColumn)
                    .data(PagedModelBase::RawValueRole)
                    .toDateTime() >= model()
                                         ->index(row, SessionTableModel::LastActivityColumn)
                                         .data(PagedModelBase::RawValueRole)
                                         .toDateTime());
    // Each row names its user; no filter: the button logs everybody out, and says so.
    QVERIFY(model()
                ->index(0, SessionTableModel::UserColumn)
                .data(PagedModelBase::RawValueRole)
                .toString()
                .contains(u'@'));
    QCOMPARE(endMatching()->text(), u"Log Out All Users…"_s);
    QVERIFY(page()
                ->findChild<QTableView *>(u"allSessionsTable"_s)
                ->isColumnHidden(SessionTableModel::StatusColumn));
}

void tst_SessionsPage::filtersRunInTheStore()
{
    const QString country =
        TestStore::scalar(m_raw, u"SELECT country FROM sessions WHERE ended_at IS NULL GROUP BY country "
                                 "ORDER BY count(*) DESC LIMIT 1"_s)
            .toString();
    QTest::keyClicks(edit(u"sessionCountryFilter"_s), country.toLower());
    QTRY_COMPARE(model()->totalCount(), qint64(active(u"country = ?"_s, {country})));
    settled();
    QCOMPARE(endMatching()->text(), u"End %1 Matching Sessions…"_s.arg(active(u"country = ?"_s, {country})));

    // A /16 of one of them, on top.
    const QString ip = TestStore::scalar(m_raw,
                                         u"SELECT ip FROM sessions WHERE ended_at IS NULL AND country = ? "
                                         "AND ip LIKE '%.%' LIMIT 1"_s,
                                         {country})
                           .toString();
    const QString prefix = ip.section(u'.', 0, 1);
    QTest::keyClicks(edit(u"sessionNetworkFilter"_s), prefix + u".0.0/16"_s);
    QTRY_COMPARE(model()->totalCount(),
                 qint64(active(u"country = ? AND ip LIKE ?"_s, {country, QString(prefix + u".%"_s)})));
    QVERIFY(model()->totalCount() >= 1);

    // Idle for more than a day: what the store holds.
    edit(u"sessionNetworkFilter"_s)->clear();
    edit(u"sessionCountryFilter"_s)->clear();
    auto *idle = page()->findChild<QComboBox *>(u"sessionActiveFilter"_s);
    idle->setCurrentIndex(idle->findData(-24));
    QTRY_COMPARE(
        model()->totalCount(),
        qint64(active(u"last_seen_at < ?"_s, {QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000LL})));

    // A user, by address in another letter case: only theirs.
    idle->setCurrentIndex(0);
    const QString email =
        TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                                 "ORDER BY s.open_sessions DESC LIMIT 1"_s)
            .toString();
    QTest::keyClicks(edit(u"sessionUserFilter"_s), email.toUpper());
    QTRY_COMPARE(model()->totalCount(),
                 qint64(active(u"user_id = (SELECT id FROM users WHERE email = ?)"_s, {email})));
    QVERIFY(!page()->banner()->isVisible());
}

void tst_SessionsPage::aFilterThatIsNoneShowsNothing()
{
    QTest::keyClicks(edit(u"sessionNetworkFilter"_s), u"10.0.0.0/40"_s);
    QTRY_VERIFY(page()->banner()->isVisible());
    QVERIFY(page()->banner()->text().contains(u"10.0.0.0/40"_s));
    QTRY_COMPARE(model()->rowCount(), 0);
    QVERIFY(!endMatching()->isEnabled()); // nothing is ended for a filter that is none
    edit(u"sessionNetworkFilter"_s)->clear();
    QTest::keyClicks(edit(u"sessionUserFilter"_s), u"nobody@nowhere.example"_s);
    QTRY_VERIFY(page()->banner()->isVisible());
    QVERIFY(!endMatching()->isEnabled());
}

void tst_SessionsPage::endMatchingEndsWhatTheFilterShows()
{
    const QString country =
        TestStore::scalar(m_raw, u"SELECT country FROM sessions WHERE ended_at IS NULL GROUP BY country "
                                 "HAVING count(DISTINCT user_id) > 1 ORDER BY count(*) DESC LIMIT 1"_s)
            .toString();
    const int matching = active(u"country = ?"_s, {country});
    const int users =
        TestStore::scalar(m_raw,
                          u"SELECT count(DISTINCT user_id) FROM sessions WHERE ended_at IS NULL AND "
                          "expires_at > ? AND country = ?"_s,
                          {QDateTime::currentMSecsSinceEpoch(), country})
            .toInt();
    const int others = active() - matching;
    QTest::keyClicks(edit(u"sessionCountryFilter"_s), country);
    QTRY_COMPARE(model()->totalCount(), qint64(matching));
    settled();
    LogoutAllDialog *dialog = openEndMatching();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"End Matching Sessions"_s);
    const QString preview = dialog->findChild<QLabel *>(u"previewLabel"_s)->text();
    QVERIFY2(preview.startsWith(u"This ends %1 sessions of %2 users."_s.arg(matching).arg(users)),
             qPrintable(preview));
    QVERIFY(
        dialog->findChild<QLabel *>(u"warningLabel"_s)->text().contains(DisplayFormat::countryName(country)));
    QVERIFY(!dialog->findChild<QWidget *>(u"whenLaterRadio"_s)->isVisible()); // not planned
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QCOMPARE(confirm->text(), u"End Matching Sessions"_s);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        dialog->grab().save(dir + u"/end-matching-dialog.png"_s);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QVERIFY(!confirm->isEnabled()); // several users: the word is typed
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmationEdit"_s),
                     LogoutAllDialog::endConfirmationWord());
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(page()->banner()->isVisible() &&
                page()->banner()->text().startsWith(u"Ended %1 sessions"_s.arg(matching)));
    QCOMPARE(active(u"country = ?"_s, {country}), 0);
    QCOMPARE(active(), others);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT action || '|' || count FROM audit_log ORDER BY id DESC LIMIT 1"_s)
            .toString(),
        u"end_matching|%1"_s.arg(matching));
    // The page follows: nothing matches now.
    QTRY_COMPARE(model()->totalCount(), 0);
    QTRY_VERIFY(!endMatching()->isEnabled());
}

void tst_SessionsPage::endMatchingRefusesWhatBeganSince()
{
    // Found by trying: the dialog said "This ends 1 session", another matching session began while
    // it was open, and both ended. What is confirmed is what was counted.
    const QString email =
        TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                                 "WHERE s.open_sessions > 1 ORDER BY u.email LIMIT 1"_s)
            .toString();
    const QString userId =
        TestStore::scalar(m_raw, u"SELECT id FROM users WHERE email = ?"_s, {email}).toString();
    QTest::keyClicks(edit(u"sessionUserFilter"_s), email);
    QTRY_VERIFY(model()->totalCount() > 1);
    settled();
    const int before = active(u"user_id = ?"_s, {userId});
    LogoutAllDialog *dialog = openEndMatching();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->findChild<QLabel *>(u"previewLabel"_s)->text().startsWith(u"This ends"_s));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery began(m_raw);
    QVERIFY(!Sql::exec(
        began,
        u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent) "
        "VALUES ('began-since', ?, ?, ?, ?, '192.0.2.1', 'Firefox')"_s,
        {userId, Sql::time(now), Sql::time(now), Sql::time(now.addSecs(3600))}));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled()); // one user: no word to type
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(page()->banner()->isVisible() && page()->banner()->kind() == MessageBanner::Kind::Error);
    QVERIFY2(page()->banner()->text().contains(u"More sessions match now than the preview counted"_s),
             qPrintable(page()->banner()->text()));
    QCOMPARE(active(u"user_id = ?"_s, {userId}), before + 1);
}

void tst_SessionsPage::oneUsersSessionsNeedNoTypedWord()
{
    const QString email =
        TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                                 "WHERE s.open_sessions > 1 ORDER BY u.email LIMIT 1"_s)
            .toString();
    QTest::keyClicks(edit(u"sessionUserFilter"_s), email);
    QTRY_COMPARE(model()->totalCount(),
                 qint64(active(u"user_id = (SELECT id FROM users WHERE email = ?)"_s, {email})));
    settled();
    LogoutAllDialog *dialog = openEndMatching();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QLineEdit *>(u"confirmationEdit"_s)->isVisible());
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(active(u"user_id = (SELECT id FROM users WHERE email = ?)"_s, {email}), 0);
}

void tst_SessionsPage::endOneSessionFromItsRow()
{
    const int all = active();
    QTRY_VERIFY(model()->rowCount() > 0);
    auto *table = page()->findChild<QTableView *>(u"allSessionsTable"_s);
    const QString sessionId = model()->index(0, 0).data(PagedModelBase::IdRole).toString();
    const QRect cell = table->visualRect(model()->index(0, SessionTableModel::ActionColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ReasonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s)) && dialog->isVisible());
    dialog->findChild<QComboBox *>()->setCurrentIndex(1);
    dialog->accept();
    QTRY_COMPARE(
        TestStore::scalar(m_raw, u"SELECT end_reason FROM sessions WHERE id = ?"_s, {sessionId}).toString(),
        u"admin_logout"_s);
    QCOMPARE(active(), all - 1);
    QTRY_VERIFY(page()->banner()->isVisible());
}

void tst_SessionsPage::fitsASmallScreenInGerman()
{
    const auto speaking = TestStore::inLanguage(QLocale(QLocale::German));
    cleanup();
    init();
    m_window->resize(1024, 640);
    auto *table = page()->findChild<QTableView *>(u"allSessionsTable"_s);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    const int readable = table->fontMetrics().horizontalAdvance(u"Chinedu Oka"_s);
    for (int column : {int(SessionTableModel::UserColumn), int(SessionTableModel::LocationColumn)})
        QVERIFY2(
            table->columnWidth(column) >= readable,
            qPrintable(u"column %1: %2 < %3"_s.arg(column).arg(table->columnWidth(column)).arg(readable)));
    for (QWidget *filter : page()->findChildren<QLineEdit *>()) {
        QVERIFY(filter->isVisible());
        QVERIFY(filter->mapTo(m_window.get(), filter->rect().bottomRight()).x() <= m_window->width());
        QVERIFY(!filter->accessibleName().isEmpty());
    }
    QVERIFY(endMatching()->mapTo(m_window.get(), endMatching()->rect().bottomRight()).x() <=
            m_window->width());
    QCOMPARE(endMatching()->text(), u"Alle Benutzer abmelden …"_s);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/sessions-page-de.png"_s);
}

QTEST_MAIN(tst_SessionsPage)
#include "tst_sessionspage.moc"
