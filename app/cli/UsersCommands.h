#pragma once

#include "CliCommand.h"

// sessiondesk-cli users list, add, deactivate, reactivate, remove and set-role; freeze and unfreeze.
class UsersCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int usersList(const QStringList &arguments);
    int usersAdd(const QStringList &arguments);
    // users deactivate, reactivate, remove and set-role: one user, a reason, an audited change.
    int usersChange(const QStringList &arguments, const QString &change);
    int freeze(const QStringList &arguments, bool frozen);
};
