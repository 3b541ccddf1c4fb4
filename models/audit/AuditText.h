#pragma once

#include "models/domain/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// An audit entry as a person reads it, in the operator's language: the action in words ("Logged
// out all users", not logout_all) and the change it made ("kept: anna@acme.example; spared roles:
// admin", "Global logout: off → on", "role: member → billing"). The stored values stay as they
// are (the chain covers them); the console shows them in a tooltip and the CLI's --json gives them.
class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    static QString action(const QString &key);
    // Every action the trail records (logout_user, change_settings, …), related ones together.
    static QStringList actionKeys();
    // Users the values name by id appear by their addresses where the entry knows them (userEmails).
    static QString change(const AuditEntry &entry);
    // How the action ended: "Succeeded", "Failed", "Partial: 3 users failed".
    static QString outcome(const AuditEntry &entry);
    // Whether it did less than was asked (failed or partial): what an auditor must see first.
    static bool fellShort(const AuditEntry &entry) { return entry.outcome != QLatin1String("success"); }

private:
    static const QList<std::pair<QString, const char *>> &actionWords();
};
