#include "CommandLine.h"

#include "AuditCommands.h"
#include "ConnectionsCommands.h"
#include "DemoCommands.h"
#include "FlagsCommands.h"
#include "Interruption.h"
#include "LogoutCommands.h"
#include "OperatorsCommands.h"
#include "OverviewCommands.h"
#include "ScheduleCommands.h"
#include "SessionsCommands.h"
#include "SettingsCommands.h"
#include "SignInsCommands.h"
#include "StoreCommands.h"
#include "UsersCommands.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/sources/sql/SqlSessionSource.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString &program = CliCommand::program;

QString commandsHelp()
{
    return CommandLine::
        tr("Commands:\n"
           "  demo create [--users N] [--sessions N] [--events N] [--seed S]\n"
           "                        Create a store filled with deterministic demo data.\n"
           "  demo simulate [--seconds N] [--interval MS]\n"
           "                        Play the application: sign-ins, sign-outs, failures, now and\n"
           "                        then something suspicious, at a human pace.\n"
           "  users list [--filter TEXT] [--status STATUS] [--sort FIELD[:desc]] [--limit N]\n"
           "                        List users; FIELD is name, email, role, status, sessions,\n"
           "                        devices, last-activity or location; --limit 0 lists all.\n"
           "  users add --email EMAIL --name NAME [--role ROLE] [--reason TEXT]\n"
           "                        Add a team member (an active account without sessions).\n"
           "  users deactivate|reactivate|remove --user EMAIL --reason TEXT [--ticket T]\n"
           "                        Deactivate a former member (ends their sessions), reactivate\n"
           "                        them, or remove a deactivated one.\n"
           "  users set-role --user EMAIL --role ROLE --reason TEXT [--ticket T]\n"
           "                        Change the application role of a user.\n"
           "  overview              Who is signed in now and from where, the last week's sign-ins by\n"
           "                        hour, open flags by rule, operator actions by day (as the\n"
           "                        Overview page).\n"
           "  sessions list --user EMAIL [--all]\n"
           "                        List a user's active sessions (--all: ended ones too).\n"
           "  sessions search [--user EMAIL] [--ip ADDRESS|CIDR] [--country CC] [--device TEXT]\n"
           "                  [--started-from T] [--started-to T] [--active-from T] [--active-to T]\n"
           "                  [--limit N]\n"
           "                        The active sessions of all users that match, last active first.\n"
           "  sessions end-matching [the filters of sessions search] --reason TEXT [--ticket T]\n"
           "                  [--keep-user EMAIL]... [--keep-role ROLE]... [--no-token-revoke] --yes\n"
           "                        End the active sessions that match (at least one filter) and\n"
           "                        reject their users' access tokens; without --yes, the preview.\n"
           "  signins list [--user EMAIL] [--result success|failure] [--ip ADDRESS|CIDR]\n"
           "               [--country CC] [--from T] [--to T] [--device TEXT] [--limit N]\n"
           "                        Sign-in attempts, newest first, failed ones too.\n"
           "  signins export --csv FILE [the filters of signins list] --reason TEXT [--ticket T]\n"
           "                 [--force]\n"
           "                        Write the sign-ins that match to a CSV file; recorded in the\n"
           "                        audit trail.\n"
           "  logout --user EMAIL [--user EMAIL]... --reason TEXT [--ticket T]\n"
           "                        End all of a user's sessions (or several users') and reject\n"
           "                        their access tokens.\n"
           "  logout-all --reason TEXT [--ticket T] [--keep-user EMAIL]... [--keep-role ROLE]...\n"
           "             [--no-token-revoke] [--at TIME --message TEXT] --yes\n"
           "                        Log out every user; without --yes, show what would happen.\n"
           "                        With --at TIME --message TEXT: plan it and announce it.\n"
           "  schedule list [--all] Planned logouts (pending ones, or all).\n"
           "  schedule cancel ID --reason TEXT [--ticket T]\n"
           "                        Cancel a pending planned logout.\n"
           "  schedule run          Run the planned logouts that are due (for cron).\n"
           "  end-session SESSION_ID --reason TEXT [--ticket T]\n"
           "                        End one session.\n"
           "  freeze --user EMAIL --reason TEXT [--ticket T] [--until TIME]\n"
           "  unfreeze --user EMAIL --reason TEXT [--ticket T]\n"
           "                        Freeze an account (ends its sessions; with --until, only until\n"
           "                        then, where the source can) or unfreeze it.\n"
           "  flags scan [--all]    Look for suspicious sign-ins since the last scan (or all).\n"
           "  flags list [--status open|all]\n"
           "                        List flags with their explanation.\n"
           "  flags resolve ID --note TEXT\n"
           "  flags dismiss ID --note TEXT\n"
           "                        Close a flag.\n"
           "  settings get [KEY]    Show the account settings, what they mean and their range.\n"
           "  settings set KEY VALUE --reason TEXT [--ticket T]\n"
           "                        Change a setting, e.g. settings set global_logout on.\n"
           "  operators list        The OS accounts that may operate this store, and their roles.\n"
           "  operators set ACCOUNT --role administrator|support|auditor --reason TEXT\n"
           "  operators remove ACCOUNT --reason TEXT\n"
           "                        Add an operator or change their role; remove one.\n"
           "  audit list [--from T] [--to T] [--user EMAIL] [--operator OP] [--action A]\n"
           "             [--text WORDS] [--sort FIELD[:asc]] [--limit N]\n"
           "                        The audit trail, newest first; T is a date or an ISO time (local time\n"
           "                        unless it names an offset or Z).\n"
           "  audit verify [--checkpoint LINE]\n"
           "                        Recompute the hash chain and check it still holds the heads this\n"
           "                        computer (and the checkpoint) saw; exit 3 naming the first broken "
           "entry.\n"
           "  audit checkpoint      Print the trail's head as one line to keep elsewhere (a ticket, an "
           "e-mail).\n"
           "  audit export --csv FILE | --pdf FILE [filters of audit list] [--reason TEXT] [--force]\n"
           "                        Export the filtered entries (the export is audited too); an\n"
           "                        existing FILE is replaced only with --force.\n"
           "  audit sessions [--user EMAIL] [--operator OP] [--reason WORDS] [--from T] [--to T]\n"
           "                        Sessions operators ended, with the reason given.\n"
           "\n"
           "  store migrate         Create or upgrade the store's schema (PostgreSQL: administrators\n"
           "                        or the database's owner; SQLite stores upgrade when opened).\n"
           "\n"
           "  connections list      The saved connections (use one with --profile NAME).\n"
           "  connections add NAME --url URL [--save-password]\n"
           "                        Save a connection; --save-password asks for the password and\n"
           "                        keeps it in the system keychain, never in a file.\n"
           "  connections remove NAME\n"
           "                        Forget a connection and its password.\n"
           "\n"
           "Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 the audit trail is broken,\n"
           "4 not permitted, 5 not found.\n"
           "Run '%1 COMMAND --help' for a command's options.\n")
            .arg(program);
}

template<typename Commands>
std::unique_ptr<CliCommand> make(const CliCommand::Globals &globals)
{
    return std::make_unique<Commands>(globals);
}

} // namespace

// The commands, one group each: the word, the subcommands (none: the word is the command), and
// the class that runs them.
const QList<CommandLine::Group> &CommandLine::groups()
{
    static const QList<Group> table{
        {u"connections"_s, {u"list"_s, u"add"_s, u"remove"_s}, make<ConnectionsCommands>},
        {u"store"_s, {u"migrate"_s}, make<StoreCommands>},
        {u"demo"_s, {u"create"_s, u"simulate"_s}, make<DemoCommands>},
        {u"overview"_s, {}, make<OverviewCommands>},
        {u"users"_s,
         {u"list"_s, u"add"_s, u"deactivate"_s, u"reactivate"_s, u"remove"_s, u"set-role"_s},
         make<UsersCommands>},
        {u"freeze"_s, {}, make<UsersCommands>},
        {u"unfreeze"_s, {}, make<UsersCommands>},
        {u"schedule"_s, {u"list"_s, u"cancel"_s, u"run"_s}, make<ScheduleCommands>},
        {u"sessions"_s, {u"list"_s, u"search"_s, u"end-matching"_s}, make<SessionsCommands>},
        {u"end-session"_s, {}, make<SessionsCommands>},
        {u"signins"_s, {u"list"_s, u"export"_s}, make<SignInsCommands>},
        {u"logout"_s, {}, make<LogoutCommands>},
        {u"logout-all"_s, {}, make<LogoutCommands>},
        {u"flags"_s, {u"scan"_s, u"list"_s, u"resolve"_s, u"dismiss"_s}, make<FlagsCommands>},
        {u"settings"_s, {u"get"_s, u"set"_s}, make<SettingsCommands>},
        {u"operators"_s, {u"list"_s, u"set"_s, u"remove"_s}, make<OperatorsCommands>},
        {u"audit"_s,
         {u"list"_s, u"verify"_s, u"checkpoint"_s, u"export"_s, u"sessions"_s},
         make<AuditCommands>},
    };
    return table;
}

int CommandLine::run(const QStringList &arguments)
{
    const int exitCode = runCommand(arguments);
    // found by trying: every run over better-auth left an administrator's session behind
    if (m_command && m_command->source())
        Futures::waitUntilFinished(m_command->source()->signOut());
    // Stopped by a signal: the shell's convention, 128 + its number; an action that was done
    // before it could stop answers as done.
    return Interruption::caught() && exitCode != 0 ? 128 + Interruption::caught() : exitCode;
}

int CommandLine::runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Command-line console for SessionDesk stores.") + u"\n\n"_s +
                                     commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption storeOption(
        u"store"_s, tr("The SQLite store (default: %1).").arg(SqlSessionSource::defaultStorePath()),
        u"FILE"_s);
    const QCommandLineOption connectOption(
        u"connect"_s,
        tr("A PostgreSQL store, postgresql://USER@HOST:PORT/DATABASE[?sslmode=…&sslrootcert=…] (the "
           "password is asked for, or read from PGPASSFILE); better-auth's admin API, "
           "better-auth+https://ADMIN-EMAIL@HOST[:PORT][/api/auth]; a Keycloak realm, "
           "keycloak+https://ADMIN@HOST[:PORT]/REALM (or ?client=ID for a service account); or an "
           "application's session tables, better-auth+postgresql://, spring-session+postgresql://, "
           "authjs+postgresql:// (Auth.js's PostgreSQL adapter) or "
           "connect-pg-simple+postgresql://LOGIN@HOST/DATABASE?userPath=passport.user; or a Django "
           "application's database, django+postgresql://LOGIN@HOST/DATABASE or "
           "django+sqlite:///PATH/db.sqlite3 (?users=TABLE for a custom user model, ?timezone=ZONE for "
           "an SQLite file written with USE_TZ = False)."),
        u"URL"_s);
    const QCommandLineOption profileOption(
        u"profile"_s,
        tr("A saved connection (connections list); its password comes from the system keychain, or is "
           "asked for."),
        u"NAME"_s);
    const QCommandLineOption cityOption(
        u"geoip-city"_s,
        tr("A city database in MaxMind's format (GeoLite2-City.mmdb, dbip-city-lite.mmdb): the places of "
           "the addresses of the sources that record addresses but no places (better-auth, Keycloak, "
           "application tables). Default: the one chosen in the console's settings, else the first "
           "*City* or *Country* .mmdb file in GeoIP under the data folders (~/.local/share, "
           "/usr/local/share, "
           "/usr/share) or in /var/lib/GeoIP."),
        u"FILE"_s);
    const QCommandLineOption asnOption(
        u"geoip-asn"_s,
        tr("An ASN database in MaxMind's format (GeoLite2-ASN.mmdb): the networks that own the addresses, "
           "for the same sources. Default: as for --geoip-city, a *ASN* .mmdb file."),
        u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print results as JSON."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOptions({storeOption, connectOption, profileOption, cityOption, asnOption, jsonOption,
                       helpOption, versionOption});
    parser.addPositionalArgument(u"command"_s, tr("The command to run, with its options."));
    if (!parser.parse(arguments))
        return CliCommand::usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        CliCommand::print(parser.helpText());
        return CliCommand::Success;
    }
    if (const QString twice = CliCommand::repeatedOption(parser); !twice.isEmpty())
        return CliCommand::usage(twice);
    if (parser.isSet(versionOption)) {
        CliCommand::print(program + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return CliCommand::Success;
    }
    if (parser.isSet(storeOption) && parser.value(storeOption).trimmed().isEmpty())
        return CliCommand::usage(tr("--store needs the store's file name."));
    CliCommand::Globals globals;
    globals.storePath =
        parser.isSet(storeOption) ? parser.value(storeOption) : SqlSessionSource::defaultStorePath();
    globals.json = parser.isSet(jsonOption);
    if (int(parser.isSet(storeOption)) + int(parser.isSet(connectOption)) + int(parser.isSet(profileOption)) >
        1)
        return CliCommand::usage(tr("--store, --connect and --profile exclude each other."));
    globals.connectUrl = parser.value(connectOption);
    if (parser.isSet(profileOption)) {
        const auto profile = ConnectionProfiles::find(parser.value(profileOption));
        if (!profile)
            return CliCommand::report(
                {SourceError::Code::NotFound,
                 tr("There is no saved connection '%1' (connections list).").arg(parser.value(profileOption)),
                 {}});
        globals.profile = profile->name;
        globals.connectUrl = profile->url;
    }

    // A file given here must work; one chosen in the settings or found that does not is said and
    // left out.
    for (const QCommandLineOption &option : {cityOption, asnOption}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return CliCommand::usage(tr("--%1 needs a file name.").arg(option.names().first()));
    }
    const PlaceFiles given{parser.value(cityOption), parser.value(asnOption)};
    if (given != PlaceFiles()) {
        QStringList refused;
        AddressPlaces::open(given, &refused);
        if (!refused.isEmpty())
            return CliCommand::usage(refused.join(u' '));
    }
    QStringList problems;
    globals.places = AddressPlaces::open(PlaceFiles::inUse(given), &problems);
    for (const QString &problem : std::as_const(problems))
        std::fprintf(stderr, "%s: %s\n", qPrintable(CliCommand::program),
                     qPrintable(tr("%1 It is left out.").arg(problem)));

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return CliCommand::usage(tr("No command given."));
    const QString command = rest.takeFirst();
    for (const Group &group : groups()) {
        if (command != group.name)
            continue;
        QString word = command;
        // A group without (or with an unknown) subcommand says which it has.
        if (!group.subcommands.isEmpty()) {
            const QString subcommands = group.subcommands.join(u", "_s);
            if (rest.isEmpty())
                return CliCommand::usage(tr("%1 needs one of: %2.").arg(command, subcommands));
            if (rest.first() == u"--help" || rest.first() == u"-h") {
                CliCommand::print(
                    tr("%1 SUBCOMMAND, one of: %2. Run '%3 %1 SUBCOMMAND --help' for its options.\n")
                        .arg(command, subcommands, program));
                return CliCommand::Success;
            }
            if (!group.subcommands.contains(rest.first()))
                return CliCommand::usage(
                    tr("%1 has no subcommand '%2'; it has: %3.").arg(command, rest.first(), subcommands));
            word = rest.takeFirst();
        }
        m_command = group.make(globals);
        return m_command->run(word, rest);
    }
    return CliCommand::usage(
        tr("Unknown command '%1'.").arg(QString(command + u' ' + rest.value(0)).trimmed()));
}
