#include "TestStore.h"
#include "models/itemmodels/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_UserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageThenFetchMore();
    void sortsInTheSource_data();
    void sortsInTheSource();
    void filters();
    void statusFilter();
    void rolesAndButtons();
    void logoutUpdatesOnlyThatRow();
    void refreshInsertsAndRemoves();
    void holdsAWindowOfPages();
    void staleAnswersAreDropped();
    void errorsAreReported();

private:
    void loadFirstPage();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QSqlDatabase m_raw;
};

void tst_UserTableModel::initTestCase()
{
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(130, 11));
}

void tst_UserTableModel::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_source = TestStore::open(m_path);
    m_raw = TestStore::raw(m_path);
    m_model = std::make_unique<UserTableModel>(m_source.get());
    m_model->setPageSize(50);
    // Alive for the whole test, checking every signal the model emits.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(true);
}

void tst_UserTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_source.reset();
    m_raw.close();
}

void tst_UserTableModel::loadFirstPage()
{
    QSignalSpy loaded(m_model.get(), &PagedModelBase::pageLoaded);
    m_model->reload();
    QTRY_VERIFY(loaded.count() >= 1);
    QTRY_VERIFY(!m_model->isLoading());
}

void tst_UserTableModel::firstPageThenFetchMore()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->sort(UserTableModel::EmailColumn); // recorded, not queried: the model has not started
    QVERIFY(!m_model->isLoading());
    loadFirstPage();
    QCOMPARE(m_model->totalCount(), 130);
    QVERIFY(m_model->rowCount() >= 50);
    QTRY_VERIFY(!m_model->isLoading());
    while (m_model->canFetchMore({})) {
        const int before = m_model->rowCount();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->fetchMore({});
        QTRY_VERIFY(m_model->rowCount() > before || !m_model->canFetchMore({}));
        QTRY_VERIFY(!m_model->isLoading());
    }
    QCOMPARE(m_model->rowCount(), 130);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.insert(m_model->index(row, 0).data(PagedModelBase::IdRole).toString());
        if (row > 0)
            QVERIFY(m_model->index(row - 1, UserTableModel::EmailColumn).data().toString() <
                    m_model->index(row, UserTableModel::EmailColumn).data().toString());
    }
    QCOMPARE(ids.size(), 130);
}

void tst_UserTableModel::sortsInTheSource_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("sessions desc") << int(UserTableModel::SessionsColumn) << Qt::DescendingOrder;
    QTest::newRow("last activity desc") << int(UserTableModel::LastActivityColumn) << Qt::DescendingOrder;
    QTest::newRow("devices asc") << int(UserTableModel::DevicesColumn) << Qt::AscendingOrder;
    QTest::newRow("status asc") << int(UserTableModel::StatusColumn) << Qt::AscendingOrder;
}

void tst_UserTableModel::sortsInTheSource()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    loadFirstPage();
    QList<int> rowsAtReset; // the tester fetches more afterwards; the reset itself brings one page
    connect(m_model.get(), &QAbstractItemModel::modelReset, this,
            [&] { rowsAtReset.append(m_model->rowCount()); });
    m_model->sort(column, order);
    QTRY_COMPARE(rowsAtReset, QList<int>{50});
    QTRY_VERIFY(!m_model->isLoading());
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QVariant previous = m_model->index(row - 1, column).data(PagedModelBase::RawValueRole);
        const QVariant current = m_model->index(row, column).data(PagedModelBase::RawValueRole);
        const auto ordering = QVariant::compare(previous, current);
        QVERIFY2(order == Qt::AscendingOrder ? ordering != QPartialOrdering::Greater
                                             : ordering != QPartialOrdering::Less,
                 qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(previous.toString(), current.toString())));
    }
    // The first row is the extreme over all users, not just over a loaded page.
    const QString aggregate = order == Qt::DescendingOrder ? u"max"_s : u"min"_s;
    const QString columnSql = column == UserTableModel::SessionsColumn       ? u"open_sessions"_s
                              : column == UserTableModel::LastActivityColumn ? u"last_seen_at"_s
                              : column == UserTableModel::DevicesColumn      ? u"devices"_s
                                                                             : QString();
    if (!columnSql.isEmpty()) {
        const QVariant extreme =
            TestStore::scalar(m_raw, u"SELECT %1(%2) FROM user_stats"_s.arg(aggregate, columnSql));
        const QVariant first = m_model->index(0, column).data(PagedModelBase::RawValueRole);
        QCOMPARE(first.typeId() == QMetaType::QDateTime ? first.toDateTime().toMSecsSinceEpoch()
                                                        : first.toLongLong(),
                 extreme.toLongLong());
    }
}

void tst_UserTableModel::filters()
{
    loadFirstPage();
    QSignalSpy total(m_model.get(), &PagedModelBase::totalCountChanged);
    m_model->setFilterText(u"AN"_s);
    QTRY_VERIFY(total.count() >= 1);
    const int expected =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE display_name LIKE '%an%' "
                                 "OR email LIKE '%an%'"_s)
            .toInt();
    QVERIFY(expected > 0);
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, UserTableModel::NameColumn).data().toString() +
                             m_model->index(row, UserTableModel::EmailColumn).data().toString();
        QVERIFY(text.contains(u"an"_s, Qt::CaseInsensitive));
    }
    m_model->setFilterText(QString());
    QTRY_COMPARE(m_model->totalCount(), 130);
}

void tst_UserTableModel::statusFilter()
{
    loadFirstPage();
    m_model->setStatusFilter(UserStatus::Deactivated);
    const int expected =
        TestStore::scalar(m_raw, u"SELECT count(*) FROM users WHERE status = 'deactivated'"_s).toInt();
    QTRY_COMPARE(m_model->totalCount(), expected);
    QTRY_COMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(
            m_model->index(row, UserTableModel::StatusColumn).data(PagedModelBase::RawValueRole).toString(),
            u"deactivated"_s);
}

void tst_UserTableModel::rolesAndButtons()
{
    loadFirstPage();
    bool sawEnabled = false, sawDisabled = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex action = m_model->index(row, UserTableModel::ActionColumn);
        const int sessions =
            m_model->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
        QCOMPARE(action.data().toString(), u"Log out"_s);
        QCOMPARE(action.data(PagedModelBase::ActionEnabledRole).toBool(), sessions > 0);
        sawEnabled |= sessions > 0;
        sawDisabled |= sessions == 0;
        const QString tip = action.data(Qt::ToolTipRole).toString();
        QVERIFY2(sessions > 0 ? tip.contains(u"reject the access tokens"_s)
                              : tip.contains(u"no active session"_s),
                 qPrintable(tip));
        const QDateTime last = m_model->index(row, UserTableModel::LastActivityColumn)
                                   .data(PagedModelBase::RawValueRole)
                                   .toDateTime();
        if (last.isValid()) {
            QVERIFY(
                m_model->index(row, UserTableModel::LastActivityColumn).data().toString().contains(u"ago"_s));
            QVERIFY(m_model->index(row, UserTableModel::LastActivityColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(last.toLocalTime().toString(u"yyyy-MM-dd"_s)));
        }
    }
    QVERIFY(sawEnabled && sawDisabled);
    QCOMPARE(m_model->headerData(UserTableModel::SessionsColumn, Qt::Horizontal).toString(), u"Sessions"_s);
    QVERIFY(m_model->headerData(UserTableModel::SessionsColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(u"Active sessions"_s));
}

void tst_UserTableModel::logoutUpdatesOnlyThatRow()
{
    loadFirstPage();
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        if (m_model->index(r, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt() > 0)
            row = r;
    }
    QVERIFY(row >= 0);
    const QPersistentModelIndex kept = m_model->index(row, UserTableModel::NameColumn);
    const QString id = kept.data(PagedModelBase::IdRole).toString();
    const int rows = m_model->rowCount();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QVERIFY(TestStore::await(m_source->logoutUsers({id}, TestStore::context())).ok());
    QTRY_COMPARE(
        m_model->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), rows);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), row);
    QCOMPARE(kept.data(PagedModelBase::IdRole).toString(), id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QVERIFY(
        !m_model->index(row, UserTableModel::ActionColumn).data(PagedModelBase::ActionEnabledRole).toBool());
}

void tst_UserTableModel::refreshInsertsAndRemoves()
{
    loadFirstPage();
    const QPersistentModelIndex kept = m_model->index(10, UserTableModel::NameColumn);
    const QString keptId = kept.data(PagedModelBase::IdRole).toString();
    const QString goneId = m_model->index(3, 0).data(PagedModelBase::IdRole).toString();
    const int rows = m_model->rowCount();

    // The application adds a user who sorts first and removes another (with their sessions).
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(u"PRAGMA foreign_keys = ON"_s));
    QVERIFY(query.exec(u"INSERT INTO users (id, email, display_name, created_at) VALUES ('usr_first', "
                       "'aaron@app.example', 'Aaron Aardvark', 0)"_s));
    QVERIFY(query.exec(u"DELETE FROM login_events WHERE user_id = '%1'"_s.arg(goneId)));
    QVERIFY(query.exec(u"DELETE FROM sessions WHERE user_id = '%1'"_s.arg(goneId)));
    QVERIFY(query.exec(u"DELETE FROM users WHERE id = '%1'"_s.arg(goneId)));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QTRY_VERIFY(inserted.count() >= 1 && removed.count() >= 1);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->index(0, 0).data(PagedModelBase::IdRole).toString(), u"usr_first"_s);
    QCOMPARE(m_model->rowOf(goneId), -1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 10); // one row came before it, one before it went
    QCOMPARE(kept.data(PagedModelBase::IdRole).toString(), keptId);
    QCOMPARE(m_model->totalCount(), 130);
}

// Scrolling through every user holds a few pages, not every row passed; rows whose page was let
// go come back from the source when read again, with what the source says now.
void tst_UserTableModel::holdsAWindowOfPages()
{
    m_model->setPageSize(10);
    m_model->setWindowPages(3);
    loadFirstPage();
    QStringList ids{m_model->index(0, 0).data(PagedModelBase::IdRole).toString()};
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY2(m_model->loadedRowCount() <= 30, qPrintable(QString::number(m_model->loadedRowCount())));
    }
    QCOMPARE(m_model->rowCount(), 130);
    QVERIFY(m_model->loadedRowCount() <= 30);

    // The application renames the first user while their page is not held.
    const auto readRow = [this](int row) -> QString {
        const auto id = [&] {
            return m_model->index(row, 0).data(PagedModelBase::IdRole);
        };
        return QTest::qWaitFor([&] { return id().isValid(); }) ? id().toString() : QString();
    };
    for (int row = 129; row >= 100; --row)
        QVERIFY(!readRow(row).isEmpty());
    QVERIFY(!m_model->index(50, 0).data(PagedModelBase::IdRole).isValid());
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(u"UPDATE users SET display_name = 'Aaa Renamed' WHERE id = '%1'"_s.arg(ids.first())));
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QTRY_COMPARE(m_model->index(0, UserTableModel::NameColumn).data().toString(), u"Aaa Renamed"_s);
    QCOMPARE(m_model->index(0, 0).data(PagedModelBase::IdRole).toString(), ids.first());

    // Every row once more, in order and each user once, a few pages at a time.
    QSet<QString> seen;
    QString previous;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = readRow(row);
        QVERIFY2(!id.isEmpty() && !seen.contains(id), qPrintable(u"row %1: '%2'"_s.arg(row).arg(id)));
        seen.insert(id);
        const QString name = m_model->index(row, UserTableModel::NameColumn).data().toString();
        QVERIFY2(previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(previous + u" > "_s + name));
        previous = name;
        QVERIFY(m_model->loadedRowCount() <= 30);
    }
    QCOMPARE(seen.size(), 130);
}

void tst_UserTableModel::staleAnswersAreDropped()
{
    loadFirstPage();
    // Three questions in quick succession: the worker answers all three, in order; only the last
    // one's answer may land. Every reset after the last question is recorded, so that an older
    // answer landing first (many rows) fails, even though the last answer would cover it.
    m_model->setFilterText(u"a"_s);
    m_model->setFilterText(u"an"_s);
    m_model->setFilterText(u"zzzz-nobody"_s);
    QList<int> shown;
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&] { shown << m_model->rowCount(); });
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] { shown << m_model->rowCount(); });
    QTRY_VERIFY(!m_model->isLoading() && !shown.isEmpty());
    QCOMPARE(shown, QList<int>{0});
    QCOMPARE(m_model->totalCount(), 0);
}

void tst_UserTableModel::errorsAreReported()
{
    loadFirstPage();
    QSignalSpy errors(m_model.get(), &PagedModelBase::errorOccurred);
    const int rows = m_model->rowCount();
    // The store loses a table behind the console's back.
    QSqlQuery query(m_raw);
    QVERIFY(query.exec(u"DROP TABLE user_stats"_s));
    m_model->refresh();
    QTRY_COMPARE(errors.count(), 1);
    const auto error = errors.at(0).at(0).value<SourceError>();
    QVERIFY2(error.text.startsWith(u"Reading users failed"_s), qPrintable(error.text));
    QCOMPARE(m_model->rowCount(), rows); // what was shown stays
    QVERIFY(!m_model->isLoading());
}

QTEST_GUILESS_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
