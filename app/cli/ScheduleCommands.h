#pragma once

#include "CliCommand.h"

// sessiondesk-cli schedule list, cancel and run: planned logouts.
class ScheduleCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int scheduleList(const QStringList &arguments);
    int scheduleCancel(const QStringList &arguments);
    int scheduleRun(const QStringList &arguments);
};
