// Every control a person can reach on every page, and in the user pane, has a name a screen reader
// can say: its text, the label that names it (a buddy), or an accessible name of its own.
#include "TestStore.h"
#include "models/Translations.h"
#include "views/main/MainWindow.h"
#include "views/users/UsersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_AccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();

private:
    // The controls in sight in window that a screen reader could not name.
    static QSet<QString> namelessIn(QWidget &window);

    QTemporaryDir m_dir;
    QString m_template;
};

void tst_AccessibleNames::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QLocale(QLocale::English));
    m_template = m_dir.filePath(u"template.sqlite"_s);
    TestStore::create(m_template, TestStore::smallDemo(20, 2));
}

void tst_AccessibleNames::everyControlHasAName_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &page :
         {u"overview"_s, u"users"_s, u"flagged"_s, u"signins"_s, u"sessions"_s, u"audit"_s, u"settings"_s})
        QTest::newRow(qPrintable(page)) << page;
}

void tst_AccessibleNames::everyControlHasAName()
{
    QFETCH(QString, page);
    const QString path = TestStore::copyForTest(m_template, m_dir);
    auto source = TestStore::open(path, 0, 2000, 3, Role::Administrator);
    MainWindow window(source.get());
    window.resize(1300, 800);
    QSignalSpy ready(&window, &MainWindow::ready);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(window.showPage(page));
    if (page == u"users") // the user pane too
        window.findChild<QTableView *>(u"usersTable"_s)->selectRow(0);
    QTest::qWait(300);

    // Each tab of the page (the user pane's, the audit trail's) in turn.
    QSet<QString> nameless;
    const QList<QTabWidget *> tabWidgets = window.findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        if (!tabs->isVisibleTo(&window))
            continue;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            nameless += namelessIn(window);
        }
    }
    nameless += namelessIn(window);
    QStringList sorted(nameless.begin(), nameless.end());
    sorted.sort();
    QVERIFY2(nameless.isEmpty(), qPrintable(sorted.join(u", "_s)));
}

QSet<QString> tst_AccessibleNames::namelessIn(QWidget &window)
{
    QSet<QString> nameless;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                             qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
                             qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget);
        // A combo box's own line edit is named by the combo box; a spin box's likewise.
        const bool inner =
            qobject_cast<QLineEdit *>(widget) && (qobject_cast<QComboBox *>(widget->parentWidget()) ||
                                                  qobject_cast<QAbstractSpinBox *>(widget->parentWidget()));
        if (!control || inner || !widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                       widget->objectName().isEmpty() ? u"(no object name)"_s
                                                                      : widget->objectName());
    }
    return nameless;
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_accessiblenames.moc"
