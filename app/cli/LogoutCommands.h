#pragma once

#include "CliCommand.h"

// sessiondesk-cli logout and logout-all: ending users' sessions, one user, several or all (now or planned).
class LogoutCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int logout(const QStringList &arguments);
    int logoutAll(const QStringList &arguments);
};
