#include "ConnectionsCommands.h"

#include "PasswordPrompt.h"
#include "TextTable.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/credentials/SecretStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int ConnectionsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return connectionsList(arguments);
    if (command == u"add")
        return connectionsAdd(arguments);
    return connectionsRemove(arguments); // remove: CommandLine passes only the commands its table lists
}

int ConnectionsCommands::connectionsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"connections list"_s, arguments, &exitCode))
        return exitCode;
    const QList<ConnectionProfile> profiles = ConnectionProfiles::all();
    if (m_json) {
        QJsonArray array;
        for (const ConnectionProfile &profile : profiles)
            array.append(QJsonObject{{u"name"_s, profile.name}, {u"url"_s, profile.url}});
        print(QString::fromUtf8(QJsonDocument(array).toJson()));
        return Success;
    }
    TextTable table({tr("NAME"), tr("ADDRESS")});
    for (const ConnectionProfile &profile : profiles)
        table.addRow({profile.name, profile.url});
    print(table.render() + tr("%Ln saved connection(s).\n", nullptr, int(profiles.size())));
    return Success;
}

int ConnectionsCommands::connectionsAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, tr("The connection's name."));
    const QCommandLineOption urlOption(u"url"_s, tr("Its address, as --connect takes it."), u"URL"_s);
    const QCommandLineOption saveOption(u"save-password"_s,
                                        tr("Ask for the password and keep it in the system keychain."));
    parser.addOptions({urlOption, saveOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"connections add"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(urlOption))
        return usage(tr("connections add needs one NAME and --url URL."));
    if (parser.isSet(saveOption) && !PasswordPrompt::hasTerminal())
        return usage(
            tr("--save-password asks for the password on a terminal, and there is none here; nothing was "
               "saved. Add the connection without it: the password is then asked for, or read from "
               "PGPASSFILE, each time."));
    // Another connection of that name, in any letter case, stays as it is: its saved password
    // would otherwise open the new address.
    if (const auto existing = ConnectionProfiles::find(parser.positionalArguments().first()))
        return report(
            {SourceError::Code::Conflict,
             tr("There is already a saved connection %1 (%2); remove it first, or choose another name.")
                 .arg(existing->name, existing->url),
             {}});
    const auto saved =
        ConnectionProfiles::save({parser.positionalArguments().first(), parser.value(urlOption), {}});
    if (!saved.ok())
        return report(saved.error());
    if (parser.isSet(saveOption)) {
        const QString password = PasswordPrompt::ask(tr("Password for %1: ").arg(saved.value().name));
        SecretStore keychain;
        const auto written =
            wait(keychain.write(ConnectionProfiles::secretKey(saved.value().name), password));
        if (!written.ok()) {
            // Nothing half-done: without its password the connection is not what was asked for.
            ConnectionProfiles::remove(saved.value().name);
            return report(
                {written.error().code,
                 tr("The connection %1 was not saved: the system keychain cannot be reached to keep "
                    "its password. Start or unlock the keyring, or add the connection without "
                    "--save-password: the password is then asked for each time.")
                     .arg(saved.value().name),
                 written.error().detail});
        }
    }
    print(tr("Saved the connection %1: %2%3\n")
              .arg(saved.value().name, saved.value().url,
                   parser.isSet(saveOption) ? tr(" (password in the system keychain)") : QString()));
    return Success;
}

int ConnectionsCommands::connectionsRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, tr("The connection's name."));
    const QCommandLineOption keepOption(
        u"keep-password"_s,
        tr("Remove the connection even when the system keychain cannot be reached to forget its password."));
    parser.addOption(keepOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"connections remove"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("connections remove needs one NAME."));
    const auto profile = ConnectionProfiles::find(parser.positionalArguments().first());
    if (!profile)
        return report({SourceError::Code::NotFound,
                       tr("There is no saved connection '%1'.").arg(parser.positionalArguments().first()),
                       {}});
    // The password first: a connection forgotten while its password stays in the keychain would
    // leave nothing to find it by.
    SecretStore keychain;
    const auto removed = wait(keychain.remove(ConnectionProfiles::secretKey(profile->name)));
    if (!removed.ok() && !parser.isSet(keepOption))
        return report(
            {removed.error().code,
             tr("The connection %1 was kept: the system keychain, which may hold its password, cannot "
                "be reached. Start or unlock the keyring and remove it again, or add --keep-password "
                "to remove the connection only.")
                 .arg(profile->name),
             removed.error().detail});
    ConnectionProfiles::remove(profile->name);
    print(removed.ok()
              ? tr("Removed the connection %1.\n").arg(profile->name)
              : tr("Removed the connection %1; a password saved for it, if any, is still in the system "
                   "keychain.\n")
                    .arg(profile->name));
    return Success;
}
