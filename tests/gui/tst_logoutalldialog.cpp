#include "TestStore.h"
#include "models/Translations.h"
#include "models/itemmodels/UserTableModel.h"
#include "views/audit/AuditPage.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"
#include "views/users/LogoutAllDialog.h"
#include "views/users/PlannedLogoutBar.h"
#include "views/users/UsersPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_LogoutAllDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewConfirmationAndResult();
    void sparedUserAndRoleChangeThePreview();
    void otherReasonNeedsText();
    void onlyForAdministrators();
    void logOutSelectedUsers();
    void planForLaterAndCancel();
    void everyPendingPlanIsShown();
    void resultIsSaidWhereTheOperatorIs();
    void fitsASmallScreen_data();
    void fitsASmallScreen();

private:
    void open(Role role = Role::Administrator);
    LogoutAllDialog *openDialog();
    int activeSessions(const QString &where = u"1"_s, const QVariantList &args = {});

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_LogoutAllDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(80, 4));
}

void tst_LogoutAllDialog::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(m_path);
}

void tst_LogoutAllDialog::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

void tst_LogoutAllDialog::open(Role role)
{
    m_source = TestStore::open(m_path, 0, 2000, 3, role);
    m_window = std::make_unique<MainWindow>(m_source.get());
    m_window->showPage(u"users"_s); // the Overview comes first
    QSignalSpy ready(m_window.get(), &MainWindow::ready);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QTRY_COMPARE(ready.count(), 1);
}

LogoutAllDialog *tst_LogoutAllDialog::openDialog()
{
    auto *action = m_window->findChild<QAction *>(u"logoutAllAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<LogoutAllDialog *>(u"logoutAllDialog"_s);
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    QSignalSpy counted(dialog, &LogoutAllDialog::previewUpdated);
    if (!QTest::qWaitFor([&counted] { return counted.count() > 0; }))
        return nullptr;
    return dialog;
}

int tst_LogoutAllDialog::activeSessions(const QString &where, const QVariantList &args)
{
    return TestStore::scalar(m_raw,
                             u"SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                             "WHERE s.ended_at IS NULL AND s.expires_at > ? AND "_s +
                                 where,
                             QVariantList{QDateTime::currentMSecsSinceEpoch()} + args)
        .toInt();
}

void tst_LogoutAllDialog::previewConfirmationAndResult()
{
    open();
    const int sessions = activeSessions();
    const int users =
        TestStore::scalar(m_raw,
                          u"SELECT count(DISTINCT user_id) FROM sessions WHERE ended_at IS NULL "
                          "AND expires_at > ?"_s,
                          {QDateTime::currentMSecsSinceEpoch()})
            .toInt();
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + u"/logout-all-dialog.png"_s);
    const QString preview = dialog->findChild<QLabel *>(u"previewLabel"_s)->text();
    QVERIFY2(preview.startsWith(u"This ends %1 sessions of %2 users."_s.arg(sessions).arg(users)),
             qPrintable(preview));
    QVERIFY(preview.contains(u"Access tokens of 80 users are rejected."_s));

    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    auto *confirmation = dialog->findChild<QLineEdit *>(u"confirmationEdit"_s);
    QVERIFY(!confirm->isEnabled());
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1); // Security incident
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(confirmation, u"LOG OUT"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(confirmation, u" ALL"_s);
    QVERIFY(confirm->isEnabled());
    dialog->findChild<QLineEdit *>(u"ticketEdit"_s)->setText(u"INC-7"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);

    MessageBanner *banner = m_window->usersPage()->banner();
    QTRY_VERIFY(banner->kind() == MessageBanner::Kind::Success);
    QVERIFY2(banner->text().startsWith(
                 u"Logged out all users: %1 sessions of %2 users ended."_s.arg(sessions).arg(users)),
             qPrintable(banner->text()));
    QVERIFY(!m_window->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QCOMPARE(activeSessions(), 0);
    QCOMPARE(TestStore::scalar(
                 m_raw, u"SELECT action || '|' || reason || '|' || ticket || '|' || count FROM audit_log"_s)
                 .toString(),
             u"logout_all|Security incident|INC-7|%1"_s.arg(sessions));
    // Every loaded row follows: nobody shows an active session any more.
    UserTableModel *model = m_window->usersPage()->userModel();
    QTRY_VERIFY([model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, UserTableModel::SessionsColumn)
                    .data(PagedModelBase::RawValueRole)
                    .toInt() != 0)
                return false;
        }
        return true;
    }());
}

void tst_LogoutAllDialog::sparedUserAndRoleChangeThePreview()
{
    open();
    const QString email =
        TestStore::scalar(m_raw, u"SELECT u.email FROM users u JOIN user_stats s ON s.user_id = u.id "
                                 "ORDER BY s.open_sessions DESC LIMIT 1"_s)
            .toString();
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *label = dialog->findChild<QLabel *>(u"previewLabel"_s);
    QSignalSpy counted(dialog, &LogoutAllDialog::previewUpdated);
    dialog->findChild<QCheckBox *>(u"keepUserCheck"_s)->setChecked(true);
    dialog->findChild<QLineEdit *>(u"keepUserEdit"_s)->setText(email);
    QTRY_VERIFY(counted.count() > 0 && dialog->scope().keepUserIds.size() == 1);
    const int withoutKept = activeSessions(u"u.email <> ?"_s, {email});
    QVERIFY2(label->text().startsWith(u"This ends %1 sessions"_s.arg(withoutKept)),
             qPrintable(label->text()));

    auto *roles = dialog->findChild<QListWidget *>(u"excludeRolesList"_s);
    QTRY_VERIFY(roles->count() > 1);
    QListWidgetItem *member = roles->findItems(u"member"_s, Qt::MatchExactly).value(0);
    QVERIFY(member);
    counted.clear();
    member->setCheckState(Qt::Checked);
    QTRY_VERIFY(counted.count() > 0 && dialog->scope().excludeRoles == QStringList{u"member"_s});
    const int spared = activeSessions(u"u.email <> ? AND u.role <> 'member'"_s, {email});
    QVERIFY2(label->text().startsWith(u"This ends %1 sessions"_s.arg(spared)), qPrintable(label->text()));

    counted.clear();
    dialog->findChild<QCheckBox *>(u"revokeTokensCheck"_s)->setChecked(false);
    QTRY_VERIFY(counted.count() > 0);
    QVERIFY(!label->text().contains(u"Access tokens"_s));
    QVERIFY(!dialog->scope().revokeTokens);
    dialog->reject();
}

void tst_LogoutAllDialog::otherReasonNeedsText()
{
    open();
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *reason = dialog->findChild<QComboBox *>(u"reasonCombo"_s);
    auto *other = dialog->findChild<QLineEdit *>(u"otherReasonEdit"_s);
    QVERIFY(!other->isEnabled());
    reason->setCurrentIndex(reason->count() - 1);
    QVERIFY(other->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmationEdit"_s),
                     LogoutAllDialog::confirmationWord());
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    other->setText(u"Vendor breach notice"_s);
    QVERIFY(confirm->isEnabled());
    QCOMPARE(dialog->reason(), u"Vendor breach notice"_s);
    dialog->reject();
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_LogoutAllDialog::onlyForAdministrators()
{
    open(Role::Support);
    auto *action = m_window->findChild<QAction *>(u"logoutAllAction"_s);
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), u"Only administrators can log out all users."_s);
}

void tst_LogoutAllDialog::logOutSelectedUsers()
{
    open();
    auto *table = m_window->findChild<QTableView *>(u"usersTable"_s);
    UserTableModel *model = m_window->usersPage()->userModel();
    QList<int> rows;
    int sessions = 0;
    for (int row = 0; row < model->rowCount() && rows.size() < 3; ++row) {
        const int active =
            model->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt();
        if (active > 0) {
            rows << row;
            sessions += active;
        }
    }
    QCOMPARE(rows.size(), 3);
    table->selectionModel()->clearSelection();
    for (int row : rows)
        table->selectionModel()->select(model->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *button = m_window->findChild<QPushButton *>(u"logoutSelectedButton"_s);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), u"Log Out Selected (3)…"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Log out 3 users"_s);
    const QString message = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(message.contains(model->index(rows.first(), UserTableModel::NameColumn).data().toString()) &&
                 message.contains(u"%1 active sessions"_s.arg(sessions)),
             qPrintable(message));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Credential sharing"_s);
    // Several users at once: the reason alone does not enable the button, the typed word does.
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    auto *confirmation = dialog->findChild<QLineEdit *>(u"confirmationEdit"_s);
    QVERIFY(confirmation->isVisible());
    QTest::keyClicks(confirmation, u"LOG OU"_s);
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(confirmation, u"T"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(m_window->usersPage()->banner()->text().startsWith(
        u"Logged out 3 users: %1 sessions ended."_s.arg(sessions)));
    for (int row : rows)
        QTRY_COMPARE(
            model->index(row, UserTableModel::SessionsColumn).data(PagedModelBase::RawValueRole).toInt(), 0);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log WHERE action = 'logout_user'"_s).toInt(),
        3);
    QTRY_VERIFY(!button->isEnabled());
}

void tst_LogoutAllDialog::planForLaterAndCancel()
{
    open();
    const int sessions = activeSessions();
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *confirm = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    dialog->findChild<QRadioButton *>(u"whenLaterRadio"_s)->click();
    QCOMPARE(confirm->text(), u"Plan Logout"_s);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(7); // System update
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmationEdit"_s), u"LOG OUT ALL"_s);
    auto *runAt = dialog->findChild<QDateTimeEdit *>(u"runAtEdit"_s);
    // Closer than the configured notice (15 minutes): refused with the reason.
    runAt->setDateTime(QDateTime::currentDateTime().addSecs(5 * 60));
    QVERIFY(!confirm->isEnabled());
    QCOMPARE(confirm->toolTip(), u"Choose a time at least 15 minutes ahead."_s);
    const QDateTime when = QDateTime::currentDateTime().addSecs(2 * 3600);
    runAt->setDateTime(when);
    auto *announcement = dialog->findChild<QLineEdit *>(u"announcementEdit"_s);
    QVERIFY2(announcement->text().startsWith(u"Scheduled maintenance: you will be signed out at "_s),
             qPrintable(announcement->text()));
    announcement->clear();
    QVERIFY(!confirm->isEnabled()); // users must be told something
    QTest::keyClicks(announcement, u"Maintenance tonight: please save your work."_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    // Planned, announced in the store, shown on the Users page and in the status bar; nobody
    // signed out yet.
    auto *bar = m_window->usersPage()->plannedLogoutBar();
    QTRY_VERIFY(bar->isVisible());
    const QString text = bar->findChild<QLabel *>(u"plannedLogoutText"_s)->text();
    QVERIFY2(text.contains(u"(in 1 h 59 min)"_s) || text.contains(u"(in 2 h 0 min)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Users see: “Maintenance tonight: please save your work.”"_s));
    auto *status = m_window->findChild<QLabel *>(u"plannedLogoutStatus"_s);
    QVERIFY(status->isVisible() && status->text().startsWith(u"Planned logout of all users in "_s));
    QCOMPARE(
        TestStore::scalar(m_raw,
                          u"SELECT message || '|' || run_at FROM planned_logouts WHERE status = 'pending'"_s)
            .toString(),
        u"Maintenance tonight: please save your work.|%1"_s.arg(
            QDateTime(when.date(), QTime(when.time().hour(), when.time().minute())).toMSecsSinceEpoch()));
    QCOMPARE(activeSessions(), sessions);

    QTest::mouseClick(bar->findChild<QPushButton *>(u"cancelPlannedButton"_s), Qt::LeftButton);
    ReasonDialog *cancel = nullptr;
    QTRY_VERIFY((cancel = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s)) && cancel->isVisible());
    cancel->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QTest::mouseClick(cancel->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(!status->isVisible());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT status FROM planned_logouts"_s).toString(), u"cancelled"_s);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT reason FROM audit_log WHERE action = 'logout_all_cancel'"_s)
                 .toString(),
             u"Maintenance postponed"_s);
}

void tst_LogoutAllDialog::everyPendingPlanIsShown()
{
    // Found by trying: two plans were pending and the Users page showed one. Each pending plan has
    // its line, says whom it spares and has its own Cancel.
    open();
    const QString role =
        TestStore::scalar(m_raw, u"SELECT role FROM users WHERE role <> '' ORDER BY role LIMIT 1"_s)
            .toString();
    QVERIFY(!role.isEmpty());
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(3600);
    LogoutAllScope sparing;
    sparing.excludeRoles << role;
    QVERIFY(TestStore::await(m_source->planLogoutAll(LogoutAllScope(), first, u"First window"_s,
                                                     TestStore::context(u"System update"_s)))
                .ok());
    QVERIFY(TestStore::await(m_source->planLogoutAll(sparing, first.addSecs(2 * 3600), u"Second window"_s,
                                                     TestStore::context(u"System update"_s)))
                .ok());
    auto *bar = m_window->usersPage()->plannedLogoutBar();
    QTRY_COMPARE(bar->findChildren<QLabel *>(u"plannedLogoutText"_s).size(), 2);
    QVERIFY(bar->isVisible());
    const auto texts = bar->findChildren<QLabel *>(u"plannedLogoutText"_s);
    QVERIFY2(texts.at(0)->text().contains(u"“First window”"_s), qPrintable(texts.at(0)->text()));
    QVERIFY(!texts.at(0)->text().contains(u"It spares"_s));
    QVERIFY2(texts.at(1)->text().contains(u"“Second window”"_s) &&
                 texts.at(1)->text().contains(u"It spares the role %1."_s.arg(role)),
             qPrintable(texts.at(1)->text()));
    // Cancelling the second leaves the first pending and on the page.
    QTest::mouseClick(bar->findChildren<QPushButton *>(u"cancelPlannedButton"_s).at(1), Qt::LeftButton);
    ReasonDialog *cancel = nullptr;
    QTRY_VERIFY((cancel = m_window->findChild<ReasonDialog *>(u"reasonDialog"_s)) && cancel->isVisible());
    QVERIFY(cancel->findChild<QLabel *>(u"reasonDialogMessage"_s)->text().contains(u"“Second window”"_s));
    cancel->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QTest::mouseClick(cancel->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(bar->findChildren<QLabel *>(u"plannedLogoutText"_s).size(), 1);
    QVERIFY(bar->findChild<QLabel *>(u"plannedLogoutText"_s)->text().contains(u"“First window”"_s));
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT group_concat(message || ':' || status, ',') FROM "
                                      "(SELECT message, status FROM planned_logouts ORDER BY id)"_s)
                 .toString(),
             u"First window:pending,Second window:cancelled"_s);
}

void tst_LogoutAllDialog::resultIsSaidWhereTheOperatorIs()
{
    // Started from the Audit page: the result is said there, not on the Users page.
    open();
    QVERIFY(m_window->showPage(u"audit"_s));
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentIndex(1);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmationEdit"_s), u"LOG OUT ALL"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    MessageBanner *audit = m_window->findChild<AuditPage *>()->banner();
    QTRY_VERIFY2(audit->text().startsWith(u"Logged out all users: "_s), qPrintable(audit->text()));
    QVERIFY(!m_window->usersPage()->banner()->text().startsWith(u"Logging out"_s) ||
            !m_window->usersPage()->banner()->isVisible());
}

void tst_LogoutAllDialog::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void tst_LogoutAllDialog::fitsASmallScreen()
{
    // On a 1024 × 640 screen the dialog fits, and no field or text is cut: every visible field is
    // as wide as it needs and lies inside the dialog.
    QFETCH(QString, language);
    const auto speaking = TestStore::inLanguage(QLocale(language));
    open();
    m_window->resize(1024, 640);
    LogoutAllDialog *dialog = openDialog();
    QVERIFY(dialog);
    if (const QString dir = qEnvironmentVariable("SESSIONDESK_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + u"/logout-all-dialog-1024x640-%1.png"_s.arg(language));
    QVERIFY2(dialog->width() <= 1024 && dialog->height() <= 640,
             qPrintable(u"%1 × %2"_s.arg(dialog->width()).arg(dialog->height())));
    const QRect inside = dialog->rect();
    for (QWidget *child : dialog->findChildren<QWidget *>()) {
        if (!child->isVisibleTo(dialog) || child->inherits("QScrollBar") ||
            !child->parentWidget()->isVisibleTo(dialog))
            continue;
        const QRect where(child->mapTo(dialog, QPoint(0, 0)), child->size());
        QVERIFY2(inside.contains(where), qPrintable(child->objectName() + u" "_s +
                                                    QString::fromLatin1(child->metaObject()->className())));
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child) ||
            qobject_cast<QAbstractButton *>(child))
            QVERIFY2(child->width() >= child->minimumSizeHint().width(),
                     qPrintable(child->objectName() + u" "_s +
                                QString::fromLatin1(child->metaObject()->className())));
    }
    dialog->reject();
}

QTEST_MAIN(tst_LogoutAllDialog)
#include "tst_logoutalldialog.moc"
