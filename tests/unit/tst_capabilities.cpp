#include "sources/Capabilities.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Capability = Capabilities::Capability;

class tst_Capabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
};

// DESIGN.md section 5, row by row.
void tst_Capabilities::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Capability>("capability");
    QTest::addColumn<bool>("allowed");
    const struct
    {
        Capability capability;
        bool administrator, support, auditor;
        const char *name;
    } rows[] = {
        {Capability::LogoutUser, true, true, false, "log out a user"},
        {Capability::EndSession, true, true, false, "end a session"},
        {Capability::LogoutAll, true, false, false, "log out all users"},
        {Capability::Freeze, true, true, false, "freeze, unfreeze"},
        {Capability::ResolveFlags, true, true, false, "resolve flags"},
        {Capability::ChangeSettings, true, false, false, "change settings"},
    };
    for (const auto &row : rows) {
        QTest::addRow("administrator: %s", row.name)
            << Role::Administrator << row.capability << row.administrator;
        QTest::addRow("support: %s", row.name) << Role::Support << row.capability << row.support;
        QTest::addRow("auditor: %s", row.name) << Role::Auditor << row.capability << row.auditor;
    }
}

void tst_Capabilities::matrix()
{
    QFETCH(Role, role);
    QFETCH(Capability, capability);
    QFETCH(bool, allowed);
    const Capabilities capabilities = Capabilities::forRole(role);
    QCOMPARE(capabilities.has(capability), allowed);
    // A missing capability always says why, for the tooltip and the CLI.
    QCOMPARE(capabilities.reason(capability).isEmpty(), allowed);
}

QTEST_APPLESS_MAIN(tst_Capabilities)
#include "tst_capabilities.moc"
