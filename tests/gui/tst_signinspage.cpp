#include "TestStore.h"
#include "models/Translations.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/storage/Sql.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"
#include "views/signins/SignInsPage.h"
#include "views/users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
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

// The Sign-ins page: every sign-in attempt, newest first, filtered in the store as the filters are
// typed; a filter that is none is refused and shows nothing; Show User opens the user.
class tst_SignInsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everySignInNewestFirst();
    void filtersRunInTheStore();
    void aFilterThatIsNoneShowsNothing_data();
    void aFilterThatIsNoneShowsNothing();
    void showUserOpensTheUser();
    void logOutAndFreezeFromARow();
    void exportWritesWhatTheFilterShows();
    void fitsASmallScreenInGerman();

private:
    SignInsPage *page() const { return m_window->signInsPage(); }
    SignInTableModel *model() const { return page()->signInModel(); }
    QLineEdit *edit(const QString &name) const { return page()->findChild<QLineEdit *>(name); }
    int count(const QString &where, const QVariantList &args = {}) const
    {
        return TestStore::scalar(m_raw, u"SELECT count(*) FROM login_events WHERE "_s + where, args).toInt();
    }
    void settled() const
    {
        QTRY_VERIFY(!model()->isLoading());
        QTest::qWait(400); // past the pause after typing
        QTRY_VERIFY(!model()->isLoading());
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_SignInsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(120, 6));
}

void tst_SignInsPage::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(m_path);
    m_source = TestStore::open(m_path);
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QVERIFY(m_window->showPage(u"signins"_s));
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), page());
    settled();
}

void tst_SignInsPage::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

void tst_SignInsPage::everySignInNewestFirst()
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = count(u"TRUE"_s);
    QVERIFY(all > 50);
    QTRY_COMPARE(model()->totalCount(), qint64(all));
    QVERIFY(page()->findChild<QLabel *>(u"signInCount"_s)->text().startsWith(DisplayFormat::count(all)));
    QTRY_VERIFY(model()->rowCount() >= 50);
    for (int row = 1; row < 50; ++row)
        QVERIFY(model()->index(row - 1, 0).data(PagedModelBase::RawValueRole).toDateTime() >=
                model()->index(row, 0).data(PagedModelBase::RawValueRole).toDateTime());
    // Each row names its user.
    QVERIFY(!model()->index(0, SignInTableModel::UserColumn).data().toString().isEmpty());
    QVERIFY(model()->index(0, SignInTableModel::UserColumn).data(Qt::ToolTipRole).toString().contains(u'@'));
}

void tst_SignInsPage::filtersRunInTheStore()
{
    // Failed ones only.
    auto *result = page()->findChild<QComboBox *>(u"signInResultFilter"_s);
    result->setCurrentIndex(result->findData(false));
    QTRY_COMPARE(model()->totalCount(), qint64(count(u"NOT success"_s)));
    settled();
    for (int row = 0; row < qMin(model()->rowCount(), 50); ++row)
        QCOMPARE(model()->index(row, SignInTableModel::ResultColumn).data().toString(), u"Failed"_s);

    // And from one /24 of a failed one's address.
    const QString ip =
        TestStore::scalar(m_raw, u"SELECT ip FROM login_events WHERE NOT success AND ip LIKE '%.%' LIMIT 1"_s)
            .toString();
    const QString prefix = ip.section(u'.', 0, 2);
    QTest::keyClicks(edit(u"signInNetworkFilter"_s), prefix + u".0/24"_s);
    QTRY_COMPARE(model()->totalCount(),
                 qint64(count(u"NOT success AND ip LIKE ?"_s, QVariantList{QString(prefix + u".%"_s)})));
    QVERIFY(model()->totalCount() >= 1);

    // A user by address, in another letter case: only theirs.
    result->setCurrentIndex(0);
    edit(u"signInNetworkFilter"_s)->clear();
    const QString email = TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN login_events e ON "
                                                   "e.user_id = u.id GROUP BY u.email ORDER BY count(*) DESC "
                                                   "LIMIT 1"_s)
                              .toString();
    QTest::keyClicks(edit(u"signInUserFilter"_s), email.toUpper());
    QTRY_COMPARE(model()->totalCount(),
                 qint64(TestStore::scalar(m_raw,
                                          u"SELECT count(*) FROM login_events e JOIN "
                                          "users u ON u.id = e.user_id WHERE u.email = ?"_s,
                                          {email})
                            .toInt()));
    QVERIFY(!page()->banner()->isVisible());

    // Within the last hour: what the store holds for that hour.
    auto *period = page()->findChild<QComboBox *>(u"signInPeriodFilter"_s);
    edit(u"signInUserFilter"_s)->clear();
    period->setCurrentIndex(period->findData(24 * 7));
    QTRY_COMPARE(
        model()->totalCount(),
        qint64(count(u"at >= ?"_s, QVariantList{Sql::time(QDateTime::currentDateTimeUtc().addDays(-7))})));
}

void tst_SignInsPage::aFilterThatIsNoneShowsNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no range") << u"signInNetworkFilter"_s << u"10.0.0.0/33"_s
                              << u"'10.0.0.0/33' is not an IP address or range"_s;
    QTest::newRow("a host name") << u"signInNetworkFilter"_s << u"example.com"_s
                                 << u"'example.com' is not an IP address or range"_s;
    QTest::newRow("no country") << u"signInCountryFilter"_s << u"D1"_s << u"'D1' is not a country code"_s;
    QTest::newRow("nobody") << u"signInUserFilter"_s << u"nobody@nowhere.example"_s
                            << u"nobody@nowhere.example"_s;
}

void tst_SignInsPage::aFilterThatIsNoneShowsNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    QTRY_VERIFY(model()->totalCount() > 0);
    QTest::keyClicks(edit(field), text);
    QTRY_VERIFY(page()->banner()->isVisible());
    QCOMPARE(page()->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(page()->banner()->text().contains(message), qPrintable(page()->banner()->text()));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(model()->totalCount(), 0);
    // Corrected, the page shows what it finds again and the banner goes.
    edit(field)->clear();
    QTRY_COMPARE(model()->totalCount(), qint64(count(u"TRUE"_s)));
    QVERIFY(!page()->banner()->isVisible());
}

void tst_SignInsPage::showUserOpensTheUser()
{
    auto *table = page()->findChild<QTableView *>(u"allSignInsTable"_s);
    QTRY_VERIFY(model()->rowCount() > 0);
    auto *show = page()->findChild<QPushButton *>(u"showUserButton"_s);
    QVERIFY(!show->isEnabled()); // nothing chosen yet
    table->setCurrentIndex(model()->index(0, 0));
    QVERIFY(show->isEnabled());
    const QString email = model()->index(0, SignInTableModel::UserColumn).data(Qt::ToolTipRole).toString();
    show->click();
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), m_window->usersPage());
    auto *users = m_window->usersPage()->findChild<QTableView *>(u"usersTable"_s);
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QTRY_COMPARE(users->model()->index(0, UserTableModel::EmailColumn).data().toString(), email);
}

// The selected sign-in's user, logged out and then frozen from the page, each with its reason.
void tst_SignInsPage::logOutAndFreezeFromARow()
{
    auto *table = page()->findChild<QTableView *>(u"allSignInsTable"_s);
    auto *logOut = page()->findChild<QPushButton *>(u"signInLogoutButton"_s);
    auto *freeze = page()->findChild<QPushButton *>(u"signInFreezeButton"_s);
    QVERIFY(!logOut->isEnabled()); // nothing selected
    // A user with an active session, by a sign-in of theirs.
    const QString email =
        TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                                 "WHERE s.open_sessions > 0 AND u.status = 'active' AND EXISTS "
                                 "(SELECT 1 FROM login_events e WHERE e.user_id = u.id) "
                                 "ORDER BY u.email LIMIT 1"_s)
            .toString();
    QTest::keyClicks(edit(u"signInUserFilter"_s), email);
    QTRY_VERIFY(model()->totalCount() > 0 && model()->rowCount() > 0);
    settled();
    table->setCurrentIndex(model()->index(0, 0));
    QVERIFY(logOut->isEnabled());
    const auto answer = [this](const QString &reason) {
        ReasonDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s)) && dialog->isVisible());
        auto *reasons = dialog->findChild<QComboBox *>();
        reasons->setCurrentIndex(reasons->findText(reason));
        QVERIFY(reasons->currentIndex() > 0);
        dialog->accept();
    };
    QTest::mouseClick(logOut, Qt::LeftButton);
    answer(u"Security incident"_s);
    const QString userId =
        TestStore::scalar(m_raw, u"SELECT id FROM users WHERE email = ?"_s, {email}).toString();
    QTRY_COMPARE(TestStore::scalar(m_raw,
                                   u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL"_s,
                                   {userId})
                     .toInt(),
                 0);
    QTRY_VERIFY(page()->banner()->isVisible() && page()->banner()->kind() == MessageBanner::Kind::Success);
    QTest::mouseClick(freeze, Qt::LeftButton);
    answer(u"Security incident"_s);
    QTRY_COMPARE(TestStore::scalar(m_raw, u"SELECT status FROM users WHERE id = ?"_s, {userId}).toString(),
                 u"frozen"_s);
    QCOMPARE(TestStore::scalar(m_raw,
                               u"SELECT group_concat(action) FROM (SELECT action FROM audit_log "
                               "WHERE target_user = ? ORDER BY id)"_s,
                               {userId})
                 .toString(),
             u"logout_user,freeze_user"_s);
}

void tst_SignInsPage::exportWritesWhatTheFilterShows()
{
    auto *button = page()->findChild<QPushButton *>(u"signInExportButton"_s);
    QVERIFY(button->isEnabled());
    auto *result = page()->findChild<QComboBox *>(u"signInResultFilter"_s);
    result->setCurrentIndex(result->findData(false));
    const int failed = count(u"NOT success"_s);
    QTRY_COMPARE(model()->totalCount(), qint64(failed));
    settled();

    const QString file = m_dir.filePath(u"failed.csv"_s);
    QSignalSpy exported(page(), &SignInsPage::exported);
    page()->exportTo(file);
    auto *dialog = page()->findChild<ReasonDialog *>(u"reasonDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString message = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(
        message.contains(u"Export %1 sign-in attempts (failed ones) to "_s.arg(DisplayFormat::count(failed))),
        qPrintable(message));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Credential stuffing, INC-7"_s);
    dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toBool(), true);
    QCOMPARE(page()->banner()->kind(), MessageBanner::Kind::Success);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + failed + 1); // the header, the rows, nothing after the last CRLF
    QVERIFY(lines.first().startsWith("time,user_id,user_email"));
    for (int i = 1; i <= failed; ++i)
        QVERIFY2(lines.at(i).contains(",failure,"), lines.at(i).constData());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT reason || '|' || count || '|' || new_value FROM audit_log "
                                      "WHERE action = 'sign_ins_export'"_s)
                 .toString(),
             u"Credential stuffing, INC-7|%1|CSV to %2: failed ones"_s.arg(failed).arg(file));

    // A filter that matches nothing has nothing to export.
    QTest::keyClicks(edit(u"signInNetworkFilter"_s), u"192.0.2.0/24"_s);
    QTRY_COMPARE(model()->totalCount(), qint64(0));
    settled();
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(u"nothing to export"_s), qPrintable(button->toolTip()));
    auto *note = page()->findChild<QLabel *>(u"allSignInsTableEmptyNote"_s);
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), u"No sign-in attempt matches these filters."_s);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/signins-none.png"_s);
}

void tst_SignInsPage::fitsASmallScreenInGerman()
{
    const auto speaking = TestStore::inLanguage(QLocale(QLocale::German));
    cleanup();
    init();
    m_window->resize(1024, 640);
    auto *table = page()->findChild<QTableView *>(u"allSignInsTable"_s);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    const int readable = table->fontMetrics().horizontalAdvance(u"Chinedu Okafor"_s);
    for (int column : {int(SignInTableModel::UserColumn), int(SignInTableModel::DeviceColumn)})
        QVERIFY2(
            table->columnWidth(column) >= readable,
            qPrintable(u"column %1: %2 < %3"_s.arg(column).arg(table->columnWidth(column)).arg(readable)));
    // Every filter is in sight.
    for (const char *name :
         {"signInUserFilter", "signInNetworkFilter", "signInCountryFilter", "signInDeviceFilter"}) {
        auto *filter = edit(QString::fromLatin1(name));
        QVERIFY(filter->isVisible());
        QVERIFY(filter->mapTo(m_window.get(), filter->rect().bottomRight()).x() <= m_window->width());
        QVERIFY(!filter->accessibleName().isEmpty());
    }
    QCOMPARE(page()->findChild<QPushButton *>(u"showUserButton"_s)->text(), u"Benutzer &zeigen"_s);
    // And every button, their German words whole.
    for (const char *name :
         {"showUserButton", "signInLogoutButton", "signInFreezeButton", "signInExportButton"}) {
        auto *button = page()->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(button->mapTo(m_window.get(), button->rect().bottomRight()).x() <= m_window->width(), name);
        QVERIFY2(button->width() >= button->sizeHint().width(), name);
    }
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/signins-page-de.png"_s);
}

QTEST_MAIN(tst_SignInsPage)
#include "tst_signinspage.moc"
