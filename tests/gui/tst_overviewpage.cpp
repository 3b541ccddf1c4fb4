// The Overview page on a SessionDesk store: the figures as the store holds them, and each chart a
// door, clicked with the mouse where the chart draws the bar or the point: a country opens the
// Sessions page filtered by it, a rule the Flagged page, a day the Audit page, an hour's failures
// the Sign-ins page. In German at 1024 × 640 nothing scrolls sideways.
#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/FlagTableModel.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "views/audit/AuditPage.h"
#include "views/common/WorldMap.h"
#include "views/flags/FlaggedPage.h"
#include "views/main/MainWindow.h"
#include "views/overview/OverviewPage.h"
#include "views/sessions/SessionsPage.h"
#include "views/signins/SignInsPage.h"
#include "views/users/UsersPage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_OverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void figuresOfTheStore();
    void countryOpensItsSessions();
    void mapDotOpensItsCountry();
    void signedInUsersComeFirst();
    void userMapHoldsEverySession();
    void ruleOpensItsFlags();
    void dayOpensItsAuditEntries();
    void hourOpensItsFailedSignIns();
    void fitsASmallScreenInGerman();

private:
    void open();
    OverviewPage *page() const { return m_window->overviewPage(); }
    QChart *chart(const QString &name) const
    {
        auto *view = page()->findChild<QChartView *>(name);
        return view && view->isVisible() ? view->chart() : nullptr;
    }
    // Clicks value (in the series' axes) of the chart shown by view name.
    void click(const QString &name, QAbstractSeries *series, const QPointF &value);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_OverviewPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(300, 5));
    auto source = TestStore::open(m_template);
    QVERIFY(TestStore::await(source->scanFlags(true)).value().flagsRaised > 3);
}

void tst_OverviewPage::init()
{
    const QString path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(path);
    m_source = TestStore::open(path, 0, 2000, 3, Role::Administrator);
}

void tst_OverviewPage::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

void tst_OverviewPage::open()
{
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->resize(1280, 1000);
    QSignalSpy shown(page(), &OverviewPage::shown);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(page()->isVisible()); // the first page
}

void tst_OverviewPage::click(const QString &name, QAbstractSeries *series, const QPointF &value)
{
    auto *view = page()->findChild<QChartView *>(name);
    view->ensureVisible(view->rect());
    page()->findChild<QScrollArea *>(u"overviewScroll"_s)->ensureWidgetVisible(view);
    QTest::qWait(50);
    const QPointF inScene = view->chart()->mapToPosition(value, series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(inScene));
}

void tst_OverviewPage::figuresOfTheStore()
{
    open();
    const qint64 open =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL"_s).toLongLong();
    const qint64 users =
        TestStore::scalar(m_raw, u"SELECT count(DISTINCT user_id) FROM sessions WHERE ended_at IS NULL"_s)
            .toLongLong();
    QVERIFY(open > 0);
    QCOMPARE(page()->overview().activeSessions, open);
    QCOMPARE(page()->findChild<QCommandLinkButton *>(u"activeSessionsButton"_s)->text(),
             u"%1 active sessions"_s.arg(QLocale().toString(open)));
    QCOMPARE(page()->findChild<QCommandLinkButton *>(u"signedInUsersButton"_s)->text(),
             u"%1 users signed in"_s.arg(QLocale().toString(users)));
    // Every chart is drawn: the store has every part.
    for (const QString &name : {u"signInsChart"_s, u"countriesChart"_s, u"browsersChart"_s, u"flagsChart"_s,
                                u"devicesChart"_s, u"actionsChart"_s})
        QVERIFY2(chart(name) && !chart(name)->series().isEmpty(), qPrintable(name));
    // The first country's bar is the country with the most open sessions.
    const QString top =
        TestStore::scalar(m_raw, u"SELECT upper(country) FROM sessions WHERE ended_at IS NULL "
                                 "AND country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"_s)
            .toString();
    QCOMPARE(page()->overview().countries.first().key, top);

    // Ending sessions elsewhere is counted again.
    QSignalSpy shown(page(), &OverviewPage::shown);
    TestStore::scalar(m_raw, u"UPDATE sessions SET ended_at = created_at, end_reason = 'user_logout' "
                             "WHERE id IN (SELECT id FROM sessions WHERE ended_at IS NULL LIMIT 5)"_s);
    page()->refresh();
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(page()->overview().activeSessions, open - 5);
}

void tst_OverviewPage::countryOpensItsSessions()
{
    open();
    const Overview::Share top = page()->overview().countries.first();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart(u"countriesChart"_s)->series().first());
    const int bars = int(series->barSets().first()->count());
    click(u"countriesChart"_s, series, QPointF(double(top.count) / 2, bars - 1)); // the top bar
    QTRY_VERIFY(m_window->sessionsPage()->isVisible());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"sessionCountryFilter"_s)->text(), top.key);
    SessionTableModel *sessions = m_window->sessionsPage()->sessionModel();
    QTRY_VERIFY(!sessions->isLoading() && sessions->rowCount() > 0);
    QCOMPARE(sessions->totalCount(), top.count);
}

void tst_OverviewPage::mapDotOpensItsCountry()
{
    open();
    auto *map = page()->findChild<WorldMap *>(u"sessionsMap"_s);
    QVERIFY(map->isVisible());
    const QList<Overview::Place> places = page()->overview().places;
    QVERIFY(places.size() > 3);
    QCOMPARE(map->dots().size(), places.size());
    qint64 placed = 0;
    for (const Overview::Place &place : places)
        placed += place.count;
    QCOMPARE(placed, TestStore::scalar(
                         m_raw, u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND latitude IS NOT "
                                "NULL AND longitude IS NOT NULL"_s)
                         .toLongLong());
    // The largest dot drawn, clicked: its largest place's country.
    page()->findChild<QScrollArea *>(u"overviewScroll"_s)->ensureWidgetVisible(map);
    const WorldMap::Cluster largest = map->clusters().first();
    const QString country = map->dots().at(largest.dots.first()).key;
    QTest::mouseClick(map, Qt::LeftButton, {}, largest.at.toPoint());
    QTRY_VERIFY(m_window->sessionsPage()->isVisible());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"sessionCountryFilter"_s)->text(), country);
}

void tst_OverviewPage::signedInUsersComeFirst()
{
    open();
    QTest::mouseClick(page()->findChild<QCommandLinkButton *>(u"signedInUsersButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->usersPage()->isVisible());
    UserTableModel *users = m_window->usersPage()->userModel();
    QTRY_VERIFY(!users->isLoading() && users->rowCount() > 0);
    const qint64 most = TestStore::scalar(m_raw, u"SELECT max(open_sessions) FROM user_stats"_s).toLongLong();
    QCOMPARE(users->index(0, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toLongLong(),
             most);
}

void tst_OverviewPage::userMapHoldsEverySession()
{
    // Found by trying: the user's Map tab showed the places of the table's first page only.
    const QString user = TestStore::scalar(m_raw, u"SELECT id FROM users ORDER BY id LIMIT 1"_s).toString();
    const QString email =
        TestStore::scalar(m_raw, u"SELECT email FROM users WHERE id = ?"_s, {user}).toString();
    QSqlQuery insert(m_raw);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 150; ++i)
        QVERIFY(insert.exec(
            u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, country, city, "
            "latitude, longitude) VALUES ('many-%1', '%2', %3, %3, %4, 'BR', 'Town %1', %5, %6)"_s.arg(i)
                .arg(user)
                .arg(now - 60000)
                .arg(now + 86400000)
                .arg(-20.0 + i * 0.05)
                .arg(-45.0 + i * 0.05)));
    const qint64 placed =
        TestStore::scalar(m_raw,
                          u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL "
                          "AND latitude IS NOT NULL"_s,
                          {user})
            .toLongLong();
    open();
    QVERIFY(m_window->showPage(u"users"_s));
    m_window->usersPage()->setSearchText(email);
    UserTableModel *users = m_window->usersPage()->userModel();
    QTRY_VERIFY(!users->isLoading() && users->rowCount() == 1);
    m_window->findChild<QTableView *>(u"usersTable"_s)->selectRow(0);
    auto *map = m_window->findChild<WorldMap *>(u"userSessionsMap"_s);
    const auto onMap = [map] {
        qint64 count = 0;
        for (const WorldMap::Dot &dot : map->dots())
            count += dot.count;
        return count;
    };
    QTRY_COMPARE(onMap(), placed);
    QVERIFY(placed >= 150); // more than a page of sessions
}

void tst_OverviewPage::ruleOpensItsFlags()
{
    open();
    const Overview::FlagCount first = page()->overview().openFlags.first();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart(u"flagsChart"_s)->series().first());
    const int rules = int(series->barSets().first()->count());
    // The first rule is on top; its first severity's part of the bar.
    click(u"flagsChart"_s, series, QPointF(0.5, rules - 1));
    QTRY_VERIFY(m_window->flaggedPage()->isVisible());
    QCOMPARE(m_window->findChild<QComboBox *>(u"flagRuleFilter"_s)->currentData().toInt(), int(first.rule));
    FlagTableModel *flags = m_window->flaggedPage()->flagModel();
    QTRY_VERIFY(!flags->isLoading() && flags->rowCount() > 0);
    qint64 ofRule = 0;
    for (const Overview::FlagCount &count : page()->overview().openFlags)
        ofRule += count.rule == first.rule ? count.count : 0;
    QCOMPARE(flags->totalCount(), ofRule);
}

void tst_OverviewPage::dayOpensItsAuditEntries()
{
    open();
    // Today has an action: a user logged out from here.
    const QString user =
        TestStore::scalar(m_raw, u"SELECT user_id FROM sessions WHERE ended_at IS NULL LIMIT 1"_s).toString();
    QVERIFY(TestStore::await(m_source->logoutUsers({user}, TestStore::context())).ok());
    QSignalSpy shown(page(), &OverviewPage::shown);
    page()->refresh();
    QTRY_COMPARE(shown.count(), 1);
    const Overview::Day today = page()->overview().days.last();
    QVERIFY(today.actions >= 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart(u"actionsChart"_s)->series().first());
    click(u"actionsChart"_s, series, QPointF(Overview::Days - 1, double(today.actions) / 2));
    QTRY_VERIFY(m_window->auditPage()->isVisible());
    QCOMPARE(m_window->findChild<QDateTimeEdit *>(u"fromEdit"_s)->dateTime(),
             today.date.startOfDay().toUTC());
    QCOMPARE(m_window->findChild<QDateTimeEdit *>(u"toEdit"_s)->dateTime(),
             today.date.addDays(1).startOfDay().toUTC());
}

void tst_OverviewPage::hourOpensItsFailedSignIns()
{
    open();
    // The hour with the most failures, clicked on the failures' line.
    const QList<Overview::Hour> hours = page()->overview().hours;
    const auto most = std::max_element(hours.begin(), hours.end(),
                                       [](const auto &a, const auto &b) { return a.failed < b.failed; });
    QVERIFY(most->failed > 0 && most != hours.begin());
    QLineSeries *failed = nullptr;
    for (QAbstractSeries *series : chart(u"signInsChart"_s)->series()) {
        if (series->name() == u"Failed")
            failed = qobject_cast<QLineSeries *>(series);
    }
    QVERIFY(failed);
    // Just before the point, on the line from the hour before: found by trying, that opened the hour before.
    const qint64 before = (most - 1)->failed;
    click(u"signInsChart"_s, failed,
          QPointF(double(most->start.toMSecsSinceEpoch()) - 0.15 * 3600 * 1000,
                  double(most->failed) - 0.15 * double(most->failed - before)));
    QTRY_VERIFY(m_window->signInsPage()->isVisible());
    QCOMPARE(m_window->findChild<QComboBox *>(u"signInResultFilter"_s)->currentData(), QVariant(false));
    QCOMPARE(m_window->findChild<QComboBox *>(u"signInPeriodFilter"_s)->currentData().toDateTime(),
             most->start);
    SignInTableModel *signIns = m_window->signInsPage()->signInModel();
    QTRY_VERIFY(!signIns->isLoading() && signIns->rowCount() > 0);
    QCOMPARE(signIns->totalCount(), most->failed);
}

void tst_OverviewPage::fitsASmallScreenInGerman()
{
    const auto speaking = TestStore::inLanguage(QLocale(QLocale::German));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto english =
        qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
    open();
    m_window->resize(1024, 640);
    QTest::qWait(100);
    auto *scroll = page()->findChild<QScrollArea *>(u"overviewScroll"_s);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    const QString sessions = page()->findChild<QCommandLinkButton *>(u"activeSessionsButton"_s)->text();
    QVERIFY2(sessions.contains(u"aktive Sitzung"_s), qPrintable(sessions));
    // Numbers grouped as German groups them.
    QCOMPARE(page()->overview().activeSessions > 999, sessions.contains(u'.'));
}

QTEST_MAIN(tst_OverviewPage)
#include "tst_overviewpage.moc"
