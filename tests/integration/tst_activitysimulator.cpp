#include "TestStore.h"
#include "models/demo/ActivitySimulator.h"
#include "models/itemmodels/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ActivitySimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void playsTheApplicationWhileTheConsoleFollows();
};

void tst_ActivitySimulator::playsTheApplicationWhileTheConsoleFollows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"live.sqlite"_s);
    TestStore::create(path, TestStore::smallDemo(40, 6));
    QSqlDatabase raw = TestStore::raw(path);
    const int eventsBefore = TestStore::scalar(raw, u"SELECT count(*) FROM login_events"_s).toInt();
    const int sessionsBefore = TestStore::scalar(raw, u"SELECT count(*) FROM sessions"_s).toInt();

    // The console: a watching source and the Users model, fully loaded.
    auto source = TestStore::open(path, 100);
    UserTableModel users(source.get());
    QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QSignalSpy loaded(&users, &PagedModelBase::pageLoaded);
    users.reload();
    QTRY_VERIFY(loaded.count() >= 1 && !users.isLoading());
    QCOMPARE(users.rowCount(), 40);

    QSignalSpy changed(source.get(), &SessionSource::changed);
    QSignalSpy reset(&users, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&users, &QAbstractItemModel::dataChanged);
    // The application's own connection: on PostgreSQL as the store's owner, since the console's
    // login is an operator and may not write sessions.
    ActivitySimulator simulator(TestStore::applicationOptions(path), 7);
    QSignalSpy acted(&simulator, &ActivitySimulator::acted);
    QSignalSpy failed(&simulator, &ActivitySimulator::failed);
    simulator.start(30);
    QTRY_VERIFY_WITH_TIMEOUT(acted.count() >= 25, 20'000);
    simulator.stop();
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<SourceError>().text));

    // The "application" wrote: sign-ins add sessions and events, failures add events.
    QVERIFY(TestStore::scalar(raw, u"SELECT count(*) FROM login_events"_s).toInt() > eventsBefore);
    QVERIFY(TestStore::scalar(raw, u"SELECT count(*) FROM sessions"_s).toInt() > sessionsBefore);
    // The console noticed without being told and updated the rows in place.
    QTRY_VERIFY(changed.count() >= 1);
    QTRY_VERIFY(dataChanged.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(users.rowCount(), 40);
    for (const QList<QVariant> &signal : std::as_const(acted))
        QVERIFY(!signal.at(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ActivitySimulator)
#include "tst_activitysimulator.moc"
