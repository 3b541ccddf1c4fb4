#pragma once

#include "CliCommand.h"

struct SignInQuery;

// sessiondesk-cli signins list | export: sign-in attempts, newest first, filtered by user,
// result, address or range, country, time and device; listed, or written to a CSV file whose
// export is recorded in the audit trail.
class SignInsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignInsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int signInsList(const QStringList &arguments);
    int signInsExport(const QStringList &arguments);
    // The filter options of both commands.
    static void addFilterOptions(QCommandLineParser &parser);
    // The query the filters ask for (the user still to be found), or false with the exit code of
    // the usage error.
    bool queryFrom(const QCommandLineParser &parser, SignInQuery &query, int *exitCode);
    // Opens the store, checks that it records sign-ins and finds --user's id for query; the user's
    // address goes to user.
    bool openFor(const QCommandLineParser &parser, SignInQuery &query, QString *user, int *exitCode);
};
