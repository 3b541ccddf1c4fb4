#include "TestStore.h"
#include "models/itemmodels/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SessionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsActiveSessionsOfOneUser();
    void includesEndedOnRequest();
    void endingASessionRemovesItsRow();
    void emptyUserClears();

private:
    QString busyUser();

    QTemporaryDir m_dir;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QSqlDatabase m_raw;
    QString m_path;
};

void tst_SessionTableModel::initTestCase()
{
    m_path = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_path, TestStore::smallDemo(40, 3));
}

void tst_SessionTableModel::init()
{
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
    m_model = std::make_unique<SessionTableModel>(m_source.get());
    m_model->setPageSize(2);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(true);
}

void tst_SessionTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_source.reset();
    m_raw.close();
}

QString tst_SessionTableModel::busyUser()
{
    return TestStore::scalar(
               m_raw, u"SELECT user_id FROM user_stats WHERE open_sessions >= 3 ORDER BY user_id LIMIT 1"_s)
        .toString();
}

void tst_SessionTableModel::showsActiveSessionsOfOneUser()
{
    const QString userId = busyUser();
    QVERIFY(!userId.isEmpty());
    const int active =
        TestStore::scalar(m_raw, u"SELECT open_sessions FROM user_stats WHERE user_id = ?"_s, {userId})
            .toInt();
    m_model->setUserId(userId);
    QTRY_COMPARE(m_model->totalCount(), active);
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
    }
    QCOMPARE(m_model->rowCount(), active);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->index(row, SessionTableModel::StatusColumn).data().toString(), u"Active"_s);
        QVERIFY(m_model->index(row, SessionTableModel::ActionColumn)
                    .data(PagedModelBase::ActionEnabledRole)
                    .toBool());
        const QString device = m_model->index(row, SessionTableModel::DeviceColumn).data().toString();
        QVERIFY2(device.contains(u" · "_s) && device.contains(u" on "_s), qPrintable(device));
        QVERIFY(!m_model->index(row, SessionTableModel::IpColumn).data().toString().isEmpty());
        QVERIFY(m_model->index(row, SessionTableModel::LocationColumn).data().toString().contains(u", "_s));
        QVERIFY(m_model->index(row, SessionTableModel::ExpiresColumn).data().toString().startsWith(u"in "_s));
    }
}

void tst_SessionTableModel::includesEndedOnRequest()
{
    const QString userId =
        TestStore::scalar(m_raw, u"SELECT user_id FROM sessions WHERE ended_at IS NOT NULL "
                                 "GROUP BY user_id ORDER BY count(*) DESC LIMIT 1"_s)
            .toString();
    const int all =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM sessions WHERE user_id = ?"_s, {userId}).toInt();
    m_model->setUserId(userId);
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_model->totalCount() < all);
    m_model->setIncludeEnded(true);
    QTRY_COMPARE(m_model->totalCount(), all);
    QTRY_VERIFY(!m_model->isLoading());
    bool sawEnded = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, SessionTableModel::ActionColumn)
                 .data(PagedModelBase::ActionEnabledRole)
                 .toBool()) {
            sawEnded = true;
            QVERIFY(m_model->index(row, SessionTableModel::StatusColumn).data().toString() != u"Active"_s);
        }
    }
    QVERIFY(sawEnded);
}

void tst_SessionTableModel::endingASessionRemovesItsRow()
{
    const QString userId = busyUser();
    m_model->setUserId(userId);
    QTRY_VERIFY(m_model->rowCount() >= 3 && !m_model->canFetchMore({}) && !m_model->isLoading());
    const qint64 total = m_model->totalCount();
    const QString first = m_model->index(0, 0).data(PagedModelBase::IdRole).toString();
    const QPersistentModelIndex second = m_model->index(1, 0);
    const QString secondId = second.data(PagedModelBase::IdRole).toString();
    const int rows = m_model->rowCount();
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(TestStore::await(m_source->endSession(first, TestStore::context())).ok());
    // Pages of two rows: the first page loses its first row and takes the next page's first,
    // which leaves that page.
    QTRY_COMPARE(m_model->rowCount(), rows - 1);
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(removed.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->totalCount(), total - 1);
    QCOMPARE(second.data(PagedModelBase::IdRole).toString(), secondId);
    QCOMPARE(second.row(), 0);
}

void tst_SessionTableModel::emptyUserClears()
{
    m_model->setUserId(busyUser());
    QTRY_VERIFY(m_model->rowCount() > 0);
    m_model->setUserId(QString());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
