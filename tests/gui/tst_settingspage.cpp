#include "TestStore.h"
#include "models/Translations.h"
#include "models/places/PlaceFiles.h"
#include "views/common/MessageBanner.h"
#include "views/common/ReasonDialog.h"
#include "views/main/MainWindow.h"
#include "views/settings/PlacesPanel.h"
#include "views/settings/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveAsksForAReasonAndIsAudited();
    void revertDropsEdits();
    void leavingWithUnsavedChangesAsks_data();
    void leavingWithUnsavedChangesAsks();
    void readOnlyWithoutTheRole();
    void administratorsManageOperators();
    void operatorsReadOnlyWithoutTheRole();
    void placeDatabasesAreCheckedAndKept();
    void helpWrapsOnASmallScreen_data();
    void helpWrapsOnASmallScreen();

private:
    void open(Role role);
    SettingsPage *page() const { return m_window->settingsPage(); }
    QCheckBox *globalSwitch() const { return page()->findChild<QCheckBox *>(u"setting_global_logout"_s); }
    QPushButton *button(const QString &name) const { return page()->findChild<QPushButton *>(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_config; // this computer's settings (the place databases)
    QString m_template;
    QString m_path;
    std::unique_ptr<SqlSessionSource> m_source;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_raw;
};

void tst_SettingsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(20, 2));
}

void tst_SettingsPage::init()
{
    m_path = TestStore::copyForTest(m_template, m_dir);
    m_raw = TestStore::raw(m_path);
}

void tst_SettingsPage::open(Role role)
{
    m_source = TestStore::open(m_path, 0, 2000, 3, role);
    m_window = std::make_unique<MainWindow>(m_source.get());
    QSignalSpy loaded(page(), &SettingsPage::loaded);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QVERIFY(m_window->showPage(u"settings"_s));
    QTRY_COMPARE(loaded.count(), 1);
}

void tst_SettingsPage::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_raw.close();
}

void tst_SettingsPage::saveAsksForAReasonAndIsAudited()
{
    open(Role::Administrator);
    QVERIFY(!globalSwitch()->isChecked());
    QVERIFY(!button(u"saveSettingsButton"_s)->isEnabled());
    globalSwitch()->click();
    page()->findChild<QSpinBox *>(u"setting_device_spread_max"_s)->setValue(6);
    QVERIFY(page()->hasUnsavedChanges());
    QVERIFY(button(u"saveSettingsButton"_s)->isEnabled());
    QTest::mouseClick(button(u"saveSettingsButton"_s), Qt::LeftButton);

    auto *dialog = page()->findChild<ReasonDialog *>(u"reasonDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString message = dialog->findChild<QLabel *>(u"reasonDialogMessage"_s)->text();
    QVERIFY2(message.contains(u"Global logout: off → on"_s) && message.contains(u"Devices allowed: 3 → 6"_s),
             qPrintable(message));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Security policy 2026"_s);
    QSignalSpy saved(page(), &SettingsPage::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);

    QVERIFY(!page()->hasUnsavedChanges());
    QVERIFY(!button(u"saveSettingsButton"_s)->isEnabled());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT value FROM settings WHERE key = 'global_logout'"_s).toString(),
             u"on"_s);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT value FROM settings WHERE key = 'device_spread_max'"_s).toString(),
        u"6"_s);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT reason || '|' || old_value || '|' || new_value FROM audit_log"_s)
            .toString(),
        uR"(Security policy 2026|{"device_spread_max":"3","global_logout":"off"}|{"device_spread_max":"6","global_logout":"on"})"_s);
    auto *banner = page()->findChild<MessageBanner *>(u"messageBanner"_s);
    QVERIFY(banner->isVisible() && banner->text().startsWith(u"Settings saved"_s));
}

void tst_SettingsPage::revertDropsEdits()
{
    open(Role::Administrator);
    globalSwitch()->click();
    QVERIFY(button(u"revertSettingsButton"_s)->isEnabled());
    QTest::mouseClick(button(u"revertSettingsButton"_s), Qt::LeftButton);
    QVERIFY(!globalSwitch()->isChecked());
    QVERIFY(!page()->hasUnsavedChanges());
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT count(*) FROM audit_log"_s).toInt(), 0);
}

void tst_SettingsPage::leavingWithUnsavedChangesAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("left");
    QTest::addColumn<bool>("kept");
    QTest::newRow("cancel: stay with the edits") << int(QMessageBox::Cancel) << false << true;
    QTest::newRow("discard: leave, edits gone") << int(QMessageBox::Discard) << true << false;
}

void tst_SettingsPage::leavingWithUnsavedChangesAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, left);
    QFETCH(bool, kept);
    open(Role::Administrator);
    globalSwitch()->click();
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    // Clicked, as the operator does: the click selects the item it lands on.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(0)).center()); // Users
    auto *box = m_window->findChild<QMessageBox *>(u"unsavedSettingsBox"_s);
    QTRY_VERIFY(box && box->isVisible());
    // Still on the settings page while the question is open, and the sidebar says so.
    QCOMPARE(m_window->findChild<QStackedWidget *>()->currentWidget(), page());
    const int settings = navigation->count() - 1; // the last item
    QTRY_COMPARE(navigation->currentRow(), settings);
    QTRY_COMPARE(navigation->selectedItems(), QList<QListWidgetItem *>{navigation->item(settings)});
    QTest::mouseClick(box->button(QMessageBox::StandardButton(answer)), Qt::LeftButton);
    QTRY_COMPARE(m_window->findChild<QStackedWidget *>()->currentWidget() != page(), left);
    QCOMPARE(navigation->currentRow(), left ? 0 : settings);
    QTRY_COMPARE(navigation->selectedItems(),
                 QList<QListWidgetItem *>{navigation->item(left ? 0 : settings)});
    QCOMPARE(page()->hasUnsavedChanges(), kept);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT value FROM settings WHERE key = 'global_logout'"_s).toString(),
             u"off"_s);
}

void tst_SettingsPage::readOnlyWithoutTheRole()
{
    open(Role::Support);
    QVERIFY(!globalSwitch()->isEnabled());
    QCOMPARE(globalSwitch()->toolTip(), u"Only administrators can change settings."_s);
    QVERIFY(!page()->findChild<QSpinBox *>(u"setting_failed_burst_count"_s)->isEnabled());
    QVERIFY(!button(u"saveSettingsButton"_s)->isEnabled());
}

void tst_SettingsPage::administratorsManageOperators()
{
    open(Role::Administrator);
    auto *table = page()->findChild<QTableWidget *>(u"operatorsTable"_s);
    QTRY_VERIFY(table->rowCount() >= 1); // the list arrives after the settings
    const int before = table->rowCount();
    QVERIFY(button(u"setOperatorButton"_s)->isEnabled());
    QVERIFY(!button(u"removeOperatorButton"_s)->isEnabled()); // nothing selected yet

    QTest::mouseClick(button(u"setOperatorButton"_s), Qt::LeftButton);
    auto *dialog = page()->findChild<ReasonDialog *>(u"reasonDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit *>(u"operatorAccountEdit"_s)->setText(u"daemon"_s);
    auto *role = dialog->findChild<QComboBox *>(u"operatorRoleCombo"_s);
    role->setCurrentIndex(role->findData(int(Role::Auditor)));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Joined compliance"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);

    QTRY_COMPARE(table->rowCount(), before + 1);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT role FROM operators WHERE os_account = 'daemon'"_s).toString(),
             u"auditor"_s);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT action || '|' || reason || '|' || new_value FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1"_s)
                 .toString(),
             uR"(operator_set|Joined compliance|{"account":"daemon","role":"auditor"})"_s);
    auto *banner = page()->findChild<MessageBanner *>(u"messageBanner"_s);
    QTRY_VERIFY(banner->isVisible() && banner->text().startsWith(u"Saved the operator daemon"_s));

    // Select daemon's row and remove it again.
    const auto found = table->findItems(u"daemon"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->selectRow(found.first()->row());
    QVERIFY(button(u"removeOperatorButton"_s)->isEnabled());
    QTest::mouseClick(button(u"removeOperatorButton"_s), Qt::LeftButton);
    QTRY_VERIFY((dialog = page()->findChild<ReasonDialog *>(u"reasonDialog"_s)) && dialog->isVisible() &&
                dialog->windowTitle().contains(u"daemon"_s));
    dialog->findChild<QComboBox *>(u"reasonCombo"_s)->setCurrentText(u"Left compliance"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), before);
    QCOMPARE(
        TestStore::scalar(m_raw, u"SELECT count(*) FROM operators WHERE os_account = 'daemon'"_s).toInt(), 0);
    QCOMPARE(TestStore::scalar(m_raw, u"SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"_s).toString(),
             u"operator_remove"_s);
}

void tst_SettingsPage::operatorsReadOnlyWithoutTheRole()
{
    open(Role::Support);
    auto *table = page()->findChild<QTableWidget *>(u"operatorsTable"_s);
    QTRY_VERIFY(table->rowCount() >= 2); // support sees who operates the store
    QVERIFY(!button(u"setOperatorButton"_s)->isEnabled());
    QCOMPARE(button(u"setOperatorButton"_s)->toolTip(), u"Only administrators can manage operators."_s);
    table->selectRow(0);
    QVERIFY(!button(u"removeOperatorButton"_s)->isEnabled());
    QCOMPARE(button(u"removeOperatorButton"_s)->toolTip(), u"Only administrators can manage operators."_s);
}

// Settings › Places: each file is checked when chosen; one that cannot be used says why and is not
// kept; one that can is kept for this computer, whatever the store.
void tst_SettingsPage::placeDatabasesAreCheckedAndKept()
{
    if (!TestStore::places())
        QSKIP("No place databases (fixture geoip).");
    const auto forget = qScopeGuard([] { PlaceFiles::choose({}); });
    open(Role::Auditor); // not a setting of the store: anyone may choose
    auto *city = page()->findChild<QLineEdit *>(u"placesCityFile"_s);
    auto *cityStatus = page()->findChild<QLabel *>(u"placesCityStatus"_s);
    auto *asn = page()->findChild<QLineEdit *>(u"placesAsnFile"_s);
    auto *asnStatus = page()->findChild<QLabel *>(u"placesAsnStatus"_s);
    QVERIFY(city && cityStatus && asn && asnStatus);
    QVERIFY(city->isEnabled());
    // What this run uses, whatever is chosen here (found by trying: given with --geoip-city, the
    // panel said none was in use).
    auto *inUse = page()->findChild<QLabel *>(u"placesInUse"_s);
    page()->placesPanel()->showInUse(TestStore::places().get());
    QVERIFY2(inUse->isVisible() && inUse->text().startsWith(u"This run uses: GeoLite2-City, built"_s),
             qPrintable(inUse->text()));
    QVERIFY(inUse->text().contains(TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s)));
    page()->placesPanel()->showInUse(nullptr);
    QCOMPARE(inUse->text(), u"This run looks up no places or networks."_s);
    QTRY_VERIFY2(cityStatus->text().startsWith(u"None found in"_s), qPrintable(cityStatus->text()));

    const auto choose = [](QLineEdit *field, const QString &file) {
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, file);
        QTest::keyClick(field, Qt::Key_Return);
    };
    choose(city, TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s)); // the wrong kind
    QTRY_VERIFY2(cityStatus->text().contains(u"is an ASN database; a city database"_s),
                 qPrintable(cityStatus->text()));
    QCOMPARE(PlaceFiles::chosen(), PlaceFiles());
    choose(city, TestStore::placeFile(u"GeoLite2-City.mmdb"_s));
    QTRY_VERIFY2(cityStatus->text().startsWith(u"GeoLite2-City, built"_s), qPrintable(cityStatus->text()));
    QCOMPARE(PlaceFiles::chosen().city, TestStore::placeFile(u"GeoLite2-City.mmdb"_s));
    choose(asn, TestStore::placeFile(u"missing.mmdb"_s));
    QTRY_VERIFY2(asnStatus->text().contains(u"does not exist"_s), qPrintable(asnStatus->text()));
    QVERIFY(PlaceFiles::chosen().asn.isEmpty());
    choose(asn, TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s));
    QTRY_COMPARE(PlaceFiles::chosen().asn, TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s));
    QVERIFY2(asnStatus->text().startsWith(u"ip-location-db-ASN, built"_s), qPrintable(asnStatus->text()));

    // Shown again as chosen; emptied, forgotten.
    cleanup();
    open(Role::Administrator);
    city = page()->findChild<QLineEdit *>(u"placesCityFile"_s);
    QCOMPARE(city->text(), TestStore::placeFile(u"GeoLite2-City.mmdb"_s));
    choose(city, QString());
    QTRY_VERIFY(PlaceFiles::chosen().city.isEmpty());
    QCOMPARE(PlaceFiles::chosen().asn, TestStore::placeFile(u"ip-location-db-ASN.mmdb"_s));
}

void tst_SettingsPage::helpWrapsOnASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
}

void tst_SettingsPage::helpWrapsOnASmallScreen()
{
    // At 1024 × 640 every setting's explanation is read whole, wrapped, and nothing needs
    // scrolling sideways.
    QFETCH(QString, language);
    const auto speaking = TestStore::inLanguage(QLocale(language));
    open(Role::Administrator);
    m_window->resize(1024, 640);
    auto *area = page()->findChild<QScrollArea *>();
    QVERIFY(area);
    QTRY_VERIFY(area->viewport()->width() < 900);
    QTRY_COMPARE(area->horizontalScrollBar()->maximum(), 0);
    QVERIFY(area->widget()->width() <= area->viewport()->width());
    int wrapped = 0;
    for (QLabel *label : area->widget()->findChildren<QLabel *>()) {
        if (label->text().isEmpty() || !label->isVisible())
            continue;
        QVERIFY2(label->mapTo(area->widget(), QPoint(label->width(), 0)).x() <= area->widget()->width(),
                 qPrintable(label->text()));
        if (label->wordWrap() && label->height() > label->fontMetrics().height() * 3 / 2)
            ++wrapped;
        else
            // As shown: a mnemonic's "&" is not drawn.
            QVERIFY2(label->fontMetrics().horizontalAdvance(QString(label->text()).remove(u'&')) <=
                             label->width() ||
                         label->wordWrap() || label->text().startsWith(u'<'),
                     qPrintable(label->text()));
    }
    QVERIFY(wrapped > 0); // long explanations took two lines
}

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
