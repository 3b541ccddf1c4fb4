#pragma once

#include "CliCommand.h"

// sessiondesk-cli overview: the Overview page's figures, as text or --json.
class OverviewCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OverviewCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;
};
