#include "models/sources/Capabilities.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Capability = Capabilities::Capability;

class tst_Capabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void accountsThatAreNotOperatorsOnlyLook();
};

// What each role may do (docs/store-contract.md), row by row.
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
        {Capability::ManageOperators, true, false, false, "manage operators"},
        {Capability::ManageUsers, true, false, false, "manage users"},
        {Capability::ChangeRoles, true, false, false, "change roles"},
        {Capability::Export, true, true, true, "export audit"},
    };
    // Every capability a role decides is in the table.
    QCOMPARE(std::size(rows), std::size_t(Capabilities::operatorCapabilities().size()));
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

void tst_Capabilities::accountsThatAreNotOperatorsOnlyLook()
{
    Operator stranger;
    stranger.osAccount = u"mallory"_s;
    const Capabilities capabilities = Capabilities::forOperator(stranger);
    for (Capability capability : Capabilities::operatorCapabilities()) {
        QVERIFY(!capabilities.has(capability));
        QVERIFY(capabilities.reason(capability).contains(u"mallory is not an operator of this store"_s));
    }
    // What the source can do is not the role's to decide.
    QVERIFY(capabilities.has(Capability::LiveUpdates));
    stranger.role = Role::Support;
    QVERIFY(Capabilities::forOperator(stranger).has(Capability::Freeze));
    QVERIFY(!Capabilities::forOperator(stranger).has(Capability::ManageOperators));
}

QTEST_APPLESS_MAIN(tst_Capabilities)
#include "tst_capabilities.moc"
