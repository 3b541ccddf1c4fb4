// The console over a Django application's database sessions (the real application of
// fixtures/django, its tables in an SQLite file), as a user of the window sees it, checked from the
// application's side.
#include "CookieApp.h"
#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/sources/django/DjangoSessionSource.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DjangoConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsWhatDjangoRecordsAndEndsSessions();
    void refusedFirstLookIsReadyToShow();

private:
    CookieApp m_app{"SESSIONDESK_TEST_DJANGO"};
    QString m_file;
    QTemporaryDir m_journals;
};

void tst_DjangoConsole::initTestCase()
{
    if (!m_app.available())
        QSKIP("No Django test application (run through ctest, fixture django_sqlite).");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    QFile info(qEnvironmentVariable("SESSIONDESK_TEST_DJANGO"));
    QVERIFY(info.open(QIODevice::ReadOnly));
    m_file = QString::fromUtf8(info.readAll()).trimmed().section(u' ', 2);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reset"_s);
    db.setDatabaseName(m_file);
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec(u"DELETE FROM django_session"_s));
    QVERIFY(QSqlQuery(db).exec(u"UPDATE auth_user SET is_active = true"_s));
}

void tst_DjangoConsole::showsWhatDjangoRecordsAndEndsSessions()
{
    const QByteArray laptop = m_app.logIn(u"member1"_s);
    const QByteArray phone = m_app.logIn(u"member1"_s);
    const QByteArray admin = m_app.logIn(u"admin"_s);
    m_app.logIn(u"inès"_s);
    DjangoSessionSource::Options options;
    options.database = DjangoDatabase::fromUrl(u"django+sqlite://"_s + m_file).value();
    options.journalPath = m_journals.filePath(u"journal.sqlite"_s);
    DjangoSessionSource source(options);
    MainWindow window(&source);
    window.showPage(u"users"_s);
    window.resize(1300, 800);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(TestStore::await(source.signIn()).ok());
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    UserTableModel *users = window.usersPage()->userModel();
    QTRY_COMPARE(users->rowCount(), 12);

    // Roles are Django's staff and superuser; no device or place columns.
    auto *usersTable = window.findChild<QTableView *>(u"usersTable"_s);
    QVERIFY(!usersTable->isColumnHidden(UserTableModel::RoleColumn));
    QVERIFY(usersTable->isColumnHidden(UserTableModel::DevicesColumn));
    QVERIFY(usersTable->isColumnHidden(UserTableModel::LocationColumn));
    QCOMPARE(users->index(0, UserTableModel::NameColumn).data().toString(), u"admin"_s);
    QCOMPARE(users->index(0, UserTableModel::RoleColumn).data().toString(), u"staff, superuser"_s);
    int row = -1;
    for (int i = 0; i < users->rowCount(); ++i) {
        if (users->index(i, UserTableModel::NameColumn).data().toString() == u"member1")
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(users->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 2);

    // The user's sessions: when they expire, nothing Django does not record.
    usersTable->selectRow(row);
    auto *sessionsTable = window.findChild<QTableView *>(u"sessionsTable"_s);
    QTRY_COMPARE(sessionsTable->model()->rowCount(), 2);
    for (const int column : {SessionTableModel::DeviceColumn, SessionTableModel::IpColumn,
                             SessionTableModel::StartedColumn, SessionTableModel::LastActivityColumn})
        QVERIFY2(sessionsTable->isColumnHidden(column), qPrintable(QString::number(column)));
    QVERIFY(!sessionsTable->isColumnHidden(SessionTableModel::ExpiresColumn));
    QCOMPARE(sessionsTable->model()->index(0, SessionTableModel::ExpiresColumn).data().toString(),
             u"in 14 days"_s);
    const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/django-users.png"_s));

    // The row's Log out button ends both of member1's sessions: Django answers 401.
    const QModelIndex button = users->index(row, UserTableModel::ActionColumn);
    QTest::mouseClick(usersTable->viewport(), Qt::LeftButton, {}, usersTable->visualRect(button).center());
    ReasonDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        dialog = window.findChild<ReasonDialog *>(u"reasonDialog"_s);
        return dialog && dialog->isVisible();
    }));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Lost or stolen device"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    auto *banner = window.usersPage()->banner();
    QTRY_VERIFY2(banner->isVisible() && banner->kind() == MessageBanner::Kind::Success,
                 qPrintable(banner->text()));
    QCOMPARE(m_app.me(laptop), 401);
    QCOMPARE(m_app.me(phone), 401);
    QCOMPARE(m_app.me(admin), 200);

    // The Sessions page offers no start or activity filter, saying why.
    QVERIFY(window.showPage(u"sessions"_s));
    auto *started = window.findChild<QComboBox *>(u"sessionStartedFilter"_s);
    QVERIFY(!started->isEnabled());
    QVERIFY2(started->toolTip().contains(u"not when they started"_s), qPrintable(started->toolTip()));
    auto *all = window.findChild<QTableView *>(u"allSessionsTable"_s);
    QTRY_COMPARE(all->model()->rowCount(), 2); // admin's and inès's
    QVERIFY(all->isColumnHidden(SessionTableModel::LastActivityColumn));
}

void tst_DjangoConsole::refusedFirstLookIsReadyToShow()
{
    // Found by trying: a window whose users could not be read never said it was ready, so
    // --screenshot waited two minutes for nothing. The refusal on screen is the first answer.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"django.sqlite3"_s);
    QVERIFY(QFile::copy(m_file, file));
    DjangoSessionSource::Options options;
    options.database = DjangoDatabase::fromUrl(u"django+sqlite://"_s + file).value();
    options.journalPath = m_journals.filePath(u"refused.sqlite"_s);
    DjangoSessionSource source(options);
    QVERIFY(TestStore::await(source.signIn()).ok());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE auth_user RENAME TO auth_user_gone"_s));
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    MainWindow window(&source);
    window.showPage(u"users"_s);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    auto *banner = window.usersPage()->banner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
}

QTEST_MAIN(tst_DjangoConsole)
#include "tst_djangoconsole.moc"
