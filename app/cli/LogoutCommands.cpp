#include "LogoutCommands.h"

#include "TimeArgument.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

int LogoutCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"logout")
        return logout(arguments);
    return logoutAll(arguments); // logout-all: CommandLine passes only the commands its table lists
}

int LogoutCommands::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(
        u"user"_s, tr("The user's email address; repeat it to log several users out at once."), u"EMAIL"_s);
    parser.addOptions({userOption, reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"logout"_s, arguments, &exitCode))
        return exitCode;
    const QStringList emails = parser.values(userOption);
    if (emails.isEmpty() || std::any_of(emails.begin(), emails.end(),
                                        [](const QString &email) { return email.trimmed().isEmpty(); }))
        return usage(tr("logout needs --user EMAIL."));
    const auto context = openForAction(parser, u"logout"_s, &exitCode);
    if (!context)
        return exitCode;
    // Every address is found before anything is done: one that names nobody stops it all.
    QList<User> users;
    QStringList ids;
    for (const QString &email : emails) {
        const auto user = wait(m_source->userByEmail(email));
        if (!user.ok())
            return report(user.error());
        if (ids.contains(user.value().id))
            continue;
        users << user.value();
        ids << user.value().id;
    }
    const auto result = wait(m_source->logoutUsers(ids, *context));
    if (!result.ok())
        return report(result.error());
    const Capabilities capabilities = m_source->capabilities();
    if (m_json) {
        QJsonArray loggedOut;
        for (const User &user : std::as_const(users))
            loggedOut << DomainJson::user(user);
        QJsonObject answer{{u"sessionsEnded"_s, result.value().sessionsEnded},
                           {u"tokensNotBefore"_s, capabilities.has(Capabilities::Capability::RevokeTokens)
                                                      ? QJsonValue(DomainJson::time(result.value().at))
                                                      : QJsonValue()},
                           {u"auditEntryId"_s, result.value().auditEntryId}};
        if (users.size() == 1)
            answer.insert(u"user"_s, loggedOut.first());
        else
            answer.insert(u"users"_s, loggedOut);
        print(json(answer));
    } else if (users.size() == 1) {
        print(
            tr("Logged out %1: %Ln session(s) ended (audit entry %2).", nullptr, result.value().sessionsEnded)
                .arg(who(users.first()))
                .arg(result.value().auditEntryId) +
            u' ' + capabilities.tokensAfterLogout(result.value().at) + u'\n');
    } else {
        print(tr("Logged out %Ln user(s): %1 ended, one audit entry per user.", nullptr, int(users.size()))
                  .arg(DisplayFormat::sessions(result.value().sessionsEnded)) +
              u' ' + capabilities.tokensAfterLogout(result.value().at) + u'\n');
    }
    return Success;
}

int LogoutCommands::logoutAll(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yesOption(u"yes"_s, tr("Do it. Without --yes only the preview is shown."));
    const QCommandLineOption atOption(
        u"at"_s, tr("Plan it for this time (ISO, local time unless it names an offset or Z)."), u"TIME"_s);
    const QCommandLineOption messageOption(
        u"message"_s, tr("With --at: the announcement users see until then."), u"TEXT"_s);
    parser.addOptions({reasonOption(), ticketOption(), yesOption, atOption, messageOption});
    parser.addOptions(sparingOptions());
    int exitCode = Success;
    if (!parseCommand(parser, u"logout-all"_s, arguments, &exitCode))
        return exitCode;
    const QDateTime at = parser.isSet(atOption) ? TimeArgument::parse(parser.value(atOption)) : QDateTime();
    if (parser.isSet(atOption) && !at.isValid())
        return usage(tr("--at takes a date and time such as 2026-11-21T22:00Z, not '%1'.")
                         .arg(parser.value(atOption)));
    if (parser.isSet(atOption) && parser.value(messageOption).trimmed().isEmpty())
        return usage(tr("logout-all --at needs --message TEXT: users see it until the logout runs."));
    // An announcement without a time would log everyone out now: almost surely --at was forgotten.
    if (parser.isSet(messageOption) && !parser.isSet(atOption))
        return usage(tr("--message announces a planned logout and needs --at TIME; without --at the logout "
                        "runs now. Nothing was done."));

    const auto context = openForAction(parser, u"logout-all"_s, &exitCode);
    if (!context)
        return exitCode;
    const auto spared = sparing(parser, &exitCode);
    if (!spared)
        return exitCode;
    const LogoutAllScope &scope = *spared;
    const auto preview = wait(m_source->previewLogoutAll(scope));
    if (!preview.ok())
        return report(preview.error());
    const QString tokens = tokensClause(scope, preview.value().tokenUsers);
    if (!parser.isSet(yesOption)) {
        if (m_json) {
            print(json({{u"sessions"_s, preview.value().sessions},
                        {u"users"_s, preview.value().users},
                        {u"tokenUsers"_s, preview.value().tokenUsers},
                        {u"done"_s, false}}));
        } else {
            if (at.isValid())
                print(tr("This would plan a logout of all users at %1: as of now it would end %2 of %3; %4. "
                         "Add --yes to plan it.\n")
                          .arg(DisplayFormat::exactTime(at),
                               DisplayFormat::sessions(preview.value().sessions),
                               DisplayFormat::users(preview.value().users), tokens));
            else
                print(tr("This would end %1 of %2; %3. Add --yes to do it.\n")
                          .arg(DisplayFormat::sessions(preview.value().sessions),
                               DisplayFormat::users(preview.value().users), tokens));
        }
        return UsageError;
    }
    if (at.isValid()) {
        const auto planned = wait(m_source->planLogoutAll(scope, at, parser.value(messageOption), *context));
        if (!planned.ok())
            return report(planned.error());
        if (m_json)
            print(json({{u"planned"_s, planned.value().createdId},
                        {u"runAt"_s, DomainJson::time(at)},
                        {u"auditEntryId"_s, planned.value().auditEntryId},
                        {u"done"_s, false}}));
        else
            print(
                tr("Planned logout %1 of all users at %2; users see the announcement until then (audit entry "
                   "%3). It runs when a console is open or at the next 'sessiondesk-cli schedule run'.\n")
                    .arg(planned.value().createdId)
                    .arg(DisplayFormat::exactTime(at))
                    .arg(planned.value().auditEntryId));
        return Success;
    }
    const auto result = wait(m_source->logoutAll(scope, *context));
    if (!result.ok())
        return report(result.error());
    if (m_json) {
        print(json({{u"sessions"_s, result.value().sessionsEnded},
                    {u"users"_s, result.value().usersAffected},
                    {u"auditEntryId"_s, result.value().auditEntryId},
                    {u"done"_s, true}}));
    } else {
        print(tr("Logged out all users: %1 of %2 ended; %3 (audit entry %4).\n")
                  .arg(DisplayFormat::sessions(result.value().sessionsEnded),
                       DisplayFormat::users(result.value().usersAffected), tokens)
                  .arg(result.value().auditEntryId));
    }
    return Success;
}
