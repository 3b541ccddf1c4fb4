#pragma once

#include "CliCommand.h"

// sessiondesk-cli sessions list, search and end-matching, and end-session: a user's sessions,
// the active sessions of everybody by filter and ending those, and ending one.
class SessionsCommands final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCommands)

public:
    using CliCommand::CliCommand;
    int run(const QString &command, const QStringList &arguments) override;

private:
    int sessionsList(const QStringList &arguments);
    int search(const QStringList &arguments);
    int endMatching(const QStringList &arguments);
    int endSession(const QStringList &arguments);

    // The filter options of search and end-matching.
    static QList<QCommandLineOption> filterOptions();
    // The filter they give, checked (a usage error printed, *exitCode set, when one is no filter);
    // --user is resolved later, with the source open (resolveUser).
    std::optional<SessionFilter> filterFrom(const QCommandLineParser &parser, int *exitCode);
    bool resolveUser(const QCommandLineParser &parser, SessionFilter &filter, int *exitCode);
};
