#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

enum class Role {
    Administrator,
    Support,
    Auditor,
};

// The person using the console: who acts, from which OS account and host, and the role the store
// gives that account (none: the account is not an operator of the store).
struct Operator
{
    Q_DECLARE_TR_FUNCTIONS(Operator)

public:
    QString id;
    QString osAccount;
    QString host;
    std::optional<Role> role;

    bool operator==(const Operator &) const = default;

    // The OS account running this process, on this host; its role comes from the store.
    static Operator fromEnvironment();
    // Whether this computer can resolve the account (its own files, LDAP, whatever NSS is set up for).
    static bool accountExists(const QString &osAccount);
    static QString roleText(Role role);
    // "administrator", "support", "auditor": as stored and as the CLI takes them.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    // The role in words, or that the account is not an operator.
    QString roleDescription() const;
};

// An entry of the store's list of operators.
struct OperatorAccount
{
    QString osAccount;
    Role role = Role::Auditor;
    QDateTime addedAt;
    QString addedBy;

    bool operator==(const OperatorAccount &) const = default;
};
