#pragma once

#include <QCoreApplication>
#include <QString>

enum class Role {
    Administrator,
    Support,
    Auditor,
};

// The person using the console: who acts, from which OS account and host, in which role.
struct Operator
{
    Q_DECLARE_TR_FUNCTIONS(Operator)

public:
    QString id;
    QString osAccount;
    QString host;
    Role role = Role::Administrator;

    bool operator==(const Operator &) const = default;

    // The OS account running this process, on this host.
    static Operator fromEnvironment();
    static QString roleText(Role role);
};
