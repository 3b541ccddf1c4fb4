#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

// sessiondesk-cli: every capability of the console, scriptable. Parses the global options, finds
// the command in one table (groups()) and runs it with the group's class; returns the exit code
// (CliCommand::ExitCode).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Runs the command and then signs out of the source, if it signed in to one.
    int run(const QStringList &arguments);

private:
    struct Group
    {
        QString name;
        QStringList subcommands; // none: the name is the command itself
        std::function<std::unique_ptr<CliCommand>(const CliCommand::Globals &)> make;
    };
    static const QList<Group> &groups();
    int runCommand(const QStringList &arguments);

    std::unique_ptr<CliCommand> m_command;
};
