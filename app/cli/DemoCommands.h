#pragma once

#include "CliCommand.h"

// sessiondesk-cli demo create and simulate: a store filled with demo data, and the application played on it.
class DemoCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    // The open source as a SessionDesk store, for the commands only those have; none (reported,
    // with the exit code in *exitCode) for other sources.
    SqlSessionSource *sessionDeskStore(const QString &command, int *exitCode);
    int demoCreate(const QStringList &arguments);
    int demoSimulate(const QStringList &arguments);
};
