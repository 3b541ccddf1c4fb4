#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/AuditTableModel.h"
#include "models/itemmodels/EndedSessionTableModel.h"
#include "views/audit/AuditPage.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The Audit page as a compliance officer uses it: filters that the store answers, the verify
// banner green and then red after tampering, an export that is itself audited, and the export
// withheld from accounts that are not operators.
class tst_AuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filtersAskTheStore();
    void verifyBannerTurnsRedAfterTampering();
    void exportIsAudited();
    void exportNeedsAnOperator();
    void endedSessionsAreSearchable();

private:
    void open(std::optional<Role> role = Role::Administrator);
    AuditPage *page() const { return m_window->auditPage(); }
    AuditTableModel *model() const { return page()->auditModel(); }
    // The actions of the rows shown, once the model has settled.
    QStringList shownActions();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_email;      // the user the template's entries are about
    int m_endedCount = 0; // the sessions of theirs the logout ended
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_AuditPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(60, 3));
    auto source = TestStore::open(m_template);
    QSqlDatabase db = TestStore::raw(m_template);
    const QString user =
        TestStore::scalar(
            db, u"SELECT user_id FROM user_stats WHERE open_sessions > 0 ORDER BY user_id LIMIT 1"_s)
            .toString();
    m_email = TestStore::scalar(db, u"SELECT email FROM users WHERE id = ?"_s, {user}).toString();
    m_endedCount =
        TestStore::scalar(db, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {user}).toInt();
    QVERIFY(
        TestStore::await(source->logoutUsers({user}, TestStore::context(u"Lost phone"_s, u"INC-5"_s))).ok());
    QVERIFY(TestStore::await(source->freezeUser(user, TestStore::context(u"Fraud suspected"_s))).ok());
    QVERIFY(TestStore::await(
                source->saveOperator(u"daemon"_s, Role::Auditor, TestStore::context(u"Compliance"_s)))
                .ok());
}

void tst_AuditPage::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(m_path);
}

void tst_AuditPage::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

void tst_AuditPage::open(std::optional<Role> role)
{
    TestStore::setRole(m_path, role);
    SqlSessionSource::Options options;
    options.path = m_path;
    options.pollIntervalMs = 0;
    m_source = std::make_unique<SqlSessionSource>(options);
    QVERIFY(TestStore::await(m_source->open()).ok());
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QVERIFY(m_window->showPage(u"audit"_s));
    QTRY_VERIFY(model()->rowCount() > 0 && !model()->isLoading());
}

QStringList tst_AuditPage::shownActions()
{
    QTest::qWait(400); // the filter waits for typing to pause
    if (!QTest::qWaitFor([this] { return !model()->isLoading(); }))
        return {u"still loading"_s};
    QStringList actions;
    for (int row = 0; row < model()->rowCount(); ++row)
        actions
            << model()->index(row, AuditTableModel::ActionColumn).data(Qt::ToolTipRole).toString(); // the key
    return actions;
}

void tst_AuditPage::filtersAskTheStore()
{
    open();
    QCOMPARE(shownActions(), (QStringList{u"operator_set"_s, u"freeze_user"_s, u"logout_user"_s}));
    // People read the action in words, and the change without JSON.
    QCOMPARE(model()->index(0, AuditTableModel::ActionColumn).data().toString(), u"Set an operator's role"_s);
    QCOMPARE(model()->index(0, AuditTableModel::ChangeColumn).data().toString(), u"daemon: none → auditor"_s);
    auto *user = page()->findChild<QLineEdit *>(u"userFilter"_s);
    QTest::keyClicks(user, m_email);
    QCOMPARE(shownActions(), (QStringList{u"freeze_user"_s, u"logout_user"_s}));
    auto *action = page()->findChild<QComboBox *>(u"actionFilter"_s);
    action->setCurrentIndex(action->findData(u"logout_user"_s));
    QCOMPARE(shownActions(), QStringList{u"logout_user"_s});
    QCOMPARE(model()->index(0, AuditTableModel::TicketColumn).data().toString(), u"INC-5"_s);
    user->clear();
    action->setCurrentIndex(0);
    QTest::keyClicks(page()->findChild<QLineEdit *>(u"textFilter"_s), u"compliance"_s);
    QCOMPARE(shownActions(), QStringList{u"operator_set"_s});
    page()->findChild<QLineEdit *>(u"textFilter"_s)->clear();
    page()->findChild<QComboBox *>(u"operatorFilter"_s)->setEditText(u"nobody"_s);
    QCOMPARE(shownActions(), QStringList());
    page()->findChild<QComboBox *>(u"operatorFilter"_s)->setEditText(QString());
    page()
        ->findChild<QDateTimeEdit *>(u"fromEdit"_s)
        ->setDateTime(QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(shownActions(), QStringList());
    page()
        ->findChild<QDateTimeEdit *>(u"fromEdit"_s)
        ->setDateTime(QDateTime::currentDateTimeUtc().addDays(-1));
    QCOMPARE(shownActions().size(), 3);
    // Sorting by a header asks the store again.
    model()->sort(AuditTableModel::ActionColumn, Qt::AscendingOrder);
    QCOMPARE(shownActions(), (QStringList{u"freeze_user"_s, u"logout_user"_s, u"operator_set"_s}));
}

void tst_AuditPage::verifyBannerTurnsRedAfterTampering()
{
    open();
    // Verified in the background as soon as the page is shown.
    QTRY_COMPARE(page()->banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY2(page()->banner()->text().startsWith(u"The audit trail is intact as of entry 3, verified "_s),
             qPrintable(page()->banner()->text()));

    // The newest entry cut off: the chain alone cannot tell, this computer saw it.
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(u"DROP TRIGGER audit_log_sealed_delete"_s));
    QVERIFY(query.exec(u"DELETE FROM audit_log WHERE id = 3"_s));
    {
        QSignalSpy cut(page(), &AuditPage::verified);
        page()->findChild<QPushButton *>(u"verifyButton"_s)->click();
        QTRY_COMPARE(cut.count(), 1);
        QCOMPARE(cut.first().first().toBool(), false);
        QVERIFY2(page()->banner()->text().startsWith(
                     u"The audit trail is broken at entry 3. The trail ends at entry 2; entry 3 (hash "_s),
                 qPrintable(page()->banner()->text()));
    }

    QVERIFY(query.exec(u"DROP TRIGGER audit_log_sealed_update"_s));
    QVERIFY(query.exec(u"UPDATE audit_log SET reason = 'Routine check' WHERE id = 2"_s));
    QSignalSpy done(page(), &AuditPage::verified);
    page()->findChild<QPushButton *>(u"verifyButton"_s)->click();
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(page()->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(page()->banner()->text().startsWith(u"The audit trail is broken at entry 2."_s),
             qPrintable(page()->banner()->text()));
}

void tst_AuditPage::exportIsAudited()
{
    open(Role::Auditor); // auditors may export
    const QString file = m_dir.filePath(u"export.csv"_s);
    QSignalSpy exported(page(), &AuditPage::exported);
    page()->exportTo(file, AuditExport::Format::Csv);
    auto *dialog = page()->findChild<ReasonDialog *>(u"reasonDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text().contains(u"Export 3 entries"_s));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Quarterly review"_s);
    dialog->findChild<QPushButton *>(u"confirmButton"_s)->click();
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toBool(), true);
    QCOMPARE(page()->banner()->kind(), MessageBanner::Kind::Success);
    QVERIFY2(page()->banner()->text().startsWith(u"Exported 3 entries to "_s),
             qPrintable(page()->banner()->text()));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 5); // header, three entries, the trail's state
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT reason || '|' || count FROM audit_log WHERE action = 'audit_export'"_s)
                 .toString(),
             u"Quarterly review|3"_s);
}

void tst_AuditPage::exportNeedsAnOperator()
{
    open(std::nullopt);
    for (const char *name : {"exportCsvButton", "exportPdfButton"}) {
        auto *button = page()->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(u"is not an operator of this store"_s),
                 qPrintable(button->toolTip()));
    }
    // Looking stays open to everyone who may open the store.
    QCOMPARE(model()->totalCount(), 3);
}

void tst_AuditPage::endedSessionsAreSearchable()
{
    open();
    auto *tabs = page()->findChild<QTabWidget *>(u"auditTabs"_s);
    tabs->setCurrentIndex(1);
    EndedSessionTableModel *ended = page()->endedSessionModel();
    QTRY_VERIFY(!ended->isLoading());
    // Every session an operator ended, the demo's history (no audit entry names them) included.
    const int all =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE ended_by IS NOT NULL"_s).toInt();
    QCOMPARE(ended->rowCount(), all);
    QCOMPARE(page()->findChild<QLabel *>(u"auditCount"_s)->text(),
             u"%1 ended session%2"_s.arg(all).arg(all == 1 ? u""_s : u"s"_s));
    const QString entry =
        TestStore::scalar(m_raw, u"SELECT id FROM audit_log WHERE action = 'logout_user'"_s).toString();
    const auto waitForFilter = [ended] {
        QTest::qWait(400);
        return QTest::qWaitFor([ended] { return !ended->isLoading(); });
    };
    QTest::keyClicks(page()->findChild<QLineEdit *>(u"textFilter"_s), u"lost"_s);
    QVERIFY(waitForFilter());
    QCOMPARE(ended->rowCount(), m_endedCount);
    for (int row = 0; row < ended->rowCount(); ++row) {
        QCOMPARE(ended->index(row, EndedSessionTableModel::UserColumn).data().toString(), m_email);
        QCOMPARE(ended->index(row, EndedSessionTableModel::ReasonColumn).data().toString(), u"Lost phone"_s);
        QCOMPARE(ended->index(row, EndedSessionTableModel::TicketColumn).data().toString(), u"INC-5"_s);
        QCOMPARE(ended->index(row, EndedSessionTableModel::EntryColumn).data().toString(), entry);
    }
    // Audit entries are exported from the Entries tab only, and the action filter is theirs.
    QVERIFY(!page()->findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
    QVERIFY(!page()->findChild<QComboBox *>(u"actionFilter"_s)->isEnabled());

    auto *text = page()->findChild<QLineEdit *>(u"textFilter"_s);
    text->clear();
    QTest::keyClicks(text, u"fraud"_s); // the freeze's reason: it ended nothing
    QVERIFY(waitForFilter());
    QCOMPARE(ended->rowCount(), 0);
    text->clear();
    page()->findChild<QComboBox *>(u"operatorFilter"_s)->setEditText(u"nobody"_s);
    QVERIFY(waitForFilter());
    QCOMPARE(ended->rowCount(), 0);
    page()->findChild<QComboBox *>(u"operatorFilter"_s)->setEditText(QString());
    QTest::keyClicks(page()->findChild<QLineEdit *>(u"userFilter"_s), m_email);
    QVERIFY(waitForFilter());
    const int theirs = TestStore::scalar(m_raw,
                                         u"SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                                         "WHERE u.email = ? AND s.ended_by IS NOT NULL"_s,
                                         {m_email})
                           .toInt();
    QVERIFY(theirs >= m_endedCount);
    QCOMPARE(ended->rowCount(), theirs);

    tabs->setCurrentIndex(0);
    QVERIFY(page()->findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
    QVERIFY(page()->findChild<QComboBox *>(u"actionFilter"_s)->isEnabled());
}

QTEST_MAIN(tst_AuditPage)
#include "tst_auditpage.moc"
