#include "CommandLine.h"

#include "PasswordPrompt.h"
#include "TextTable.h"
#include "TimeArgument.h"
#include "models/audit/AuditExport.h"
#include "models/audit/AuditExporter.h"
#include "models/audit/AuditText.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/connections/SourceFactory.h"
#include "models/credentials/SecretStore.h"
#include "models/demo/ActivitySimulator.h"
#include "models/demo/DemoFiller.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/UserAgent.h"
#include "models/schedule/PlannedLogoutRunner.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/pg/PgStore.h"
#include "models/storage/StoreMigrator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString program = u"sessiondesk-cli"_s;

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
           "  sessions list --user EMAIL [--all]\n"
           "                        List a user's active sessions (--all: ended ones too).\n"
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

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject userJson(const User &user)
{
    return {{u"id"_s, user.id},
            {u"email"_s, user.email},
            {u"name"_s, user.displayName},
            {u"role"_s, user.role},
            {u"status"_s, User::statusKey(user.status)},
            {u"statusReason"_s, user.statusReason.isEmpty() ? QJsonValue() : QJsonValue(user.statusReason)},
            {u"activeSessions"_s, user.activeSessions},
            {u"devices"_s, user.devices},
            {u"lastActivity"_s, isoTime(user.lastActivity)},
            {u"lastCity"_s, user.lastCity},
            {u"lastCountry"_s, user.lastCountry},
            {u"tokensNotBefore"_s, isoTime(user.tokensNotBefore)}};
}

QJsonObject sessionJson(const Session &session, const QDateTime &now)
{
    const UserAgent agent = UserAgent::parse(session.origin.userAgent);
    return {{u"id"_s, session.id},
            {u"active"_s, session.isActive(now)},
            {u"device"_s, UserAgent::deviceTypeText(agent.deviceType())},
            {u"os"_s, agent.os()},
            {u"browser"_s, agent.browser()},
            {u"userAgent"_s, session.origin.userAgent},
            {u"ip"_s, session.origin.ip},
            {u"city"_s, session.origin.city},
            {u"country"_s, session.origin.country},
            {u"createdAt"_s, isoTime(session.createdAt)},
            {u"lastSeenAt"_s, isoTime(session.lastSeenAt)},
            {u"expiresAt"_s, isoTime(session.expiresAt)},
            {u"endedAt"_s, isoTime(session.endedAt)},
            {u"endReason"_s,
             session.endReason ? QJsonValue(Session::endReasonKey(*session.endReason)) : QJsonValue()},
            {u"endedBy"_s, session.endedBy.isEmpty() ? QJsonValue() : QJsonValue(session.endedBy)},
            {u"thisConsole"_s, session.thisConsole}};
}

QJsonObject flagJson(const Flag &flag)
{
    return {{u"id"_s, flag.id},
            {u"user"_s, flag.userEmail},
            {u"rule"_s, Flag::ruleKey(flag.rule)},
            {u"severity"_s, Flag::severityKey(flag.severity)},
            {u"status"_s, Flag::statusKey(flag.status)},
            {u"explanation"_s, flag.explanation},
            {u"evidence"_s, flag.evidence},
            {u"firstSeen"_s, isoTime(flag.firstSeen)},
            {u"lastSeen"_s, isoTime(flag.lastSeen)}};
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QCommandLineOption reasonOption()
{
    return {u"reason"_s, CommandLine::tr("Why (required; written to the audit trail)."), u"TEXT"_s};
}

QCommandLineOption ticketOption()
{
    return {u"ticket"_s, CommandLine::tr("Ticket or case number for the audit trail."), u"T"_s};
}

QJsonObject auditJson(const AuditEntry &entry)
{
    auto optional = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{u"id"_s, entry.id},
            {u"at"_s, isoTime(entry.at)},
            {u"operator"_s, entry.operatorId},
            {u"osAccount"_s, entry.osAccount},
            {u"host"_s, entry.host},
            {u"action"_s, entry.action},
            {u"targetUser"_s, optional(entry.targetUser)},
            {u"targetEmail"_s, optional(entry.targetUserEmail)},
            {u"targetSession"_s, optional(entry.targetSession)},
            {u"count"_s, entry.count},
            {u"reason"_s, entry.reason},
            {u"ticket"_s, optional(entry.ticket)},
            {u"outcome"_s, entry.outcome},
            {u"oldValue"_s, optional(entry.oldValue)},
            {u"newValue"_s, optional(entry.newValue)},
            {u"hash"_s, entry.hash}};
}

const QStringList auditSortNames{u"time"_s, u"operator"_s, u"action"_s, u"user"_s, u"count"_s};

} // namespace

int CommandLine::run(const QStringList &arguments)
{
    const int exitCode = runCommand(arguments);
    if (m_source) // found by trying: every run over better-auth left an administrator's session behind
        Futures::waitUntilFinished(m_source->signOut());
    return exitCode;
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
           "application's session tables, better-auth+postgresql://, spring-session+postgresql:// or "
           "connect-pg-simple+postgresql://LOGIN@HOST/DATABASE?userPath=passport.user."),
        u"URL"_s);
    const QCommandLineOption profileOption(
        u"profile"_s,
        tr("A saved connection (connections list); its password comes from the system keychain, or is "
           "asked for."),
        u"NAME"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print results as JSON."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOptions({storeOption, connectOption, profileOption, jsonOption, helpOption, versionOption});
    parser.addPositionalArgument(u"command"_s, tr("The command to run, with its options."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Success;
    }
    if (const QString twice = repeatedOption(parser); !twice.isEmpty())
        return usage(twice);
    if (parser.isSet(versionOption)) {
        print(program + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return Success;
    }
    m_storePath =
        parser.isSet(storeOption) ? parser.value(storeOption) : SqlSessionSource::defaultStorePath();
    m_json = parser.isSet(jsonOption);
    if (int(parser.isSet(storeOption)) + int(parser.isSet(connectOption)) + int(parser.isSet(profileOption)) >
        1)
        return usage(tr("--store, --connect and --profile exclude each other."));
    m_connectUrl = parser.value(connectOption);
    if (parser.isSet(profileOption)) {
        const auto profile = ConnectionProfiles::find(parser.value(profileOption));
        if (!profile)
            return report(
                {SourceError::Code::NotFound,
                 tr("There is no saved connection '%1' (connections list).").arg(parser.value(profileOption)),
                 {}});
        m_profile = profile->name;
        m_connectUrl = profile->url;
    }

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usage(tr("No command given."));
    const QString command = rest.takeFirst();
    auto sub = [&](const QString &word) -> bool {
        if (rest.value(0) != word)
            return false;
        rest.removeFirst();
        return true;
    };
    if (command == u"connections" && sub(u"list"_s))
        return connectionsList(rest);
    if (command == u"connections" && sub(u"add"_s))
        return connectionsAdd(rest);
    if (command == u"connections" && sub(u"remove"_s))
        return connectionsRemove(rest);
    if (command == u"store" && sub(u"migrate"_s))
        return storeMigrate(rest);
    if (command == u"demo" && sub(u"create"_s))
        return demoCreate(rest);
    if (command == u"demo" && sub(u"simulate"_s))
        return demoSimulate(rest);
    if (command == u"users" && sub(u"list"_s))
        return usersList(rest);
    if (command == u"users" && sub(u"add"_s))
        return usersAdd(rest);
    for (const QString &change : {u"deactivate"_s, u"reactivate"_s, u"remove"_s, u"set-role"_s}) {
        if (command == u"users" && sub(change))
            return usersChange(rest, change);
    }
    if (command == u"schedule" && sub(u"list"_s))
        return scheduleList(rest);
    if (command == u"schedule" && sub(u"cancel"_s))
        return scheduleCancel(rest);
    if (command == u"schedule" && sub(u"run"_s))
        return scheduleRun(rest);
    if (command == u"sessions" && sub(u"list"_s))
        return sessionsList(rest);
    if (command == u"logout")
        return logout(rest);
    if (command == u"end-session")
        return endSession(rest);
    if (command == u"logout-all")
        return logoutAll(rest);
    if (command == u"freeze" || command == u"unfreeze")
        return freeze(rest, command == u"freeze");
    if (command == u"flags" && sub(u"scan"_s))
        return flagsScan(rest);
    if (command == u"flags" && sub(u"list"_s))
        return flagsList(rest);
    if (command == u"flags" && sub(u"resolve"_s))
        return flagsClose(rest, Flag::Status::Resolved);
    if (command == u"flags" && sub(u"dismiss"_s))
        return flagsClose(rest, Flag::Status::Dismissed);
    if (command == u"settings" && sub(u"get"_s))
        return settingsGet(rest);
    if (command == u"settings" && sub(u"set"_s))
        return settingsSet(rest);
    if (command == u"operators" && sub(u"list"_s))
        return operatorsList(rest);
    if (command == u"operators" && sub(u"set"_s))
        return operatorsSet(rest);
    if (command == u"operators" && sub(u"remove"_s))
        return operatorsRemove(rest);
    if (command == u"audit" && sub(u"list"_s))
        return auditList(rest);
    if (command == u"audit" && sub(u"verify"_s))
        return auditVerify(rest);
    if (command == u"audit" && sub(u"checkpoint"_s))
        return auditCheckpoint(rest);
    if (command == u"audit" && sub(u"export"_s))
        return auditExport(rest);
    if (command == u"audit" && sub(u"sessions"_s))
        return auditSessions(rest);
    // A group without (or with an unknown) subcommand says which it has.
    static const QList<std::pair<QString, QString>> groups{
        {u"connections"_s, u"list, add, remove"_s},
        {u"store"_s, u"migrate"_s},
        {u"demo"_s, u"create, simulate"_s},
        {u"users"_s, u"list, add, deactivate, reactivate, remove, set-role"_s},
        {u"schedule"_s, u"list, cancel, run"_s},
        {u"sessions"_s, u"list"_s},
        {u"flags"_s, u"scan, list, resolve, dismiss"_s},
        {u"settings"_s, u"get, set"_s},
        {u"operators"_s, u"list, set, remove"_s},
        {u"audit"_s, u"list, verify, checkpoint, export, sessions"_s}};
    for (const auto &[group, subcommands] : groups) {
        if (command != group)
            continue;
        if (rest.isEmpty())
            return usage(tr("%1 needs one of: %2.").arg(group, subcommands));
        return usage(tr("%1 has no subcommand '%2'; it has: %3.").arg(group, rest.first(), subcommands));
    }
    return usage(tr("Unknown command '%1'.").arg(QString(command + u' ' + rest.value(0)).trimmed()));
}

QString CommandLine::repeatedOption(const QCommandLineParser &parser, const QString &command)
{
    // "users deactivate --user A --user B" would deactivate B only; the options that take several
    // values are the users and roles a Log Out All spares, and the users logout logs out.
    QStringList several{u"keep-user"_s, u"keep-role"_s};
    if (command == u"logout")
        several << u"user"_s;
    const QStringList names = parser.optionNames();
    for (const QString &name : names)
        if (names.count(name) > 1 && !several.contains(name))
            return tr("--%1 is given more than once; give it once.").arg(name);
    return {};
}

bool CommandLine::parseCommand(QCommandLineParser &parser, const QString &command,
                               const QStringList &arguments, int *exitCode, int positionals)
{
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // A negative number is a value ("settings set KEY -5"), not an option: it goes behind "--", where
    // nothing is taken for an option, unless it follows an option (as that option's value).
    static const QRegularExpression negativeNumber(u"^-\\d+(\\.\\d+)?$"_s);
    QStringList ordered;
    QStringList negatives;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--") {
            negatives += arguments.mid(i + 1);
            break;
        }
        const bool afterOption =
            i > 0 && arguments.at(i - 1).startsWith(u'-') && !arguments.at(i - 1).contains(u'=');
        if (negativeNumber.match(argument).hasMatch() && !afterOption)
            negatives << argument;
        else
            ordered << argument;
    }
    if (!negatives.isEmpty())
        ordered << u"--"_s << negatives;
    if (!parser.parse(QStringList{program + u' ' + command} + ordered)) {
        *exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        *exitCode = Success;
        return false;
    }
    if (const QString twice = repeatedOption(parser, command); !twice.isEmpty()) {
        *exitCode = usage(twice);
        return false;
    }
    for (const auto &[name, longest] : {std::pair{u"reason"_s, ActionContext::maxReasonLength},
                                        std::pair{u"ticket"_s, ActionContext::maxTicketLength}}) {
        if (parser.optionNames().contains(name) && parser.value(name).size() > longest) {
            *exitCode = usage(tr("--%1 is at most %Ln characters long.", nullptr, longest).arg(name));
            return false;
        }
    }
    // A word too many is a mistake, never ignored: "--reason Lost laptop" would audit "Lost".
    if (const QStringList words = parser.positionalArguments(); words.size() > positionals) {
        *exitCode = usage(
            tr("Unexpected argument '%1'; put a text with spaces in quotes.").arg(words.at(positionals)));
        return false;
    }
    return true;
}

std::optional<int> CommandLine::wholeNumber(const QCommandLineParser &parser,
                                            const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= minimum)
        return value;
    usage(tr("--%1 takes a whole number from %2 to %3, not '%4'.")
              .arg(option.names().first(), DisplayFormat::count(minimum),
                   DisplayFormat::count(std::numeric_limits<int>::max()), parser.value(option)));
    return std::nullopt;
}

std::optional<PgConnection> CommandLine::connectTarget(QString *password, int *exitCode)
{
    const auto connection = PgConnection::fromUrl(m_connectUrl);
    if (!connection.ok()) {
        *exitCode = report(connection.error());
        return std::nullopt;
    }
    *password = secret(connection.value().user, connection.value().hostAndPort());
    return connection.value();
}

bool CommandLine::openStore(bool create, int *exitCode)
{
    if (m_connectUrl.isEmpty()) {
        SqlSessionSource::Options options;
        options.path = m_storePath;
        options.createIfMissing = create;
        options.pollIntervalMs = 0;
        m_source = std::make_unique<SqlSessionSource>(options);
    } else {
        const auto target = SourceFactory::target(m_connectUrl);
        if (!target.ok()) {
            *exitCode = report(target.error());
            return false;
        }
        const auto profile = ConnectionProfiles::find(m_profile);
        m_source = SourceFactory::create(m_connectUrl,
                                         {secret(target.value().account, target.value().host),
                                          profile ? profile->trustedCertificate : QString()},
                                         0);
    }
    m_store = qobject_cast<SqlSessionSource *>(m_source.get());
    const auto opened = wait(m_source->signIn());
    if (!opened.ok()) {
        *exitCode = report(opened.error());
        return false;
    }
    return true;
}

SqlSessionSource *CommandLine::sessionDeskStore(const QString &command, int *exitCode)
{
    if (!m_store)
        *exitCode = report(
            {SourceError::Code::Unsupported,
             tr("'%1' works on SessionDesk stores only, not on %2.").arg(command, m_source->description()),
             {}});
    return m_store;
}

QString CommandLine::secret(const QString &user, const QString &host)
{
    if (!m_profile.isEmpty()) {
        SecretStore keychain;
        const auto stored = wait(keychain.read(ConnectionProfiles::secretKey(m_profile)));
        if (stored.ok())
            return stored.value();
        if (stored.error().code != SourceError::Code::NotFound)
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(stored.error().text));
    }
    return PasswordPrompt::ask(tr("Password for %1 at %2: ").arg(user, host));
}

int CommandLine::connectionsList(const QStringList &arguments)
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

int CommandLine::connectionsAdd(const QStringList &arguments)
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
            print(tr("Saved the connection %1; its password was not kept.\n").arg(saved.value().name));
            return report(written.error());
        }
    }
    print(tr("Saved the connection %1: %2%3\n")
              .arg(saved.value().name, saved.value().url,
                   parser.isSet(saveOption) ? tr(" (password in the system keychain)") : QString()));
    return Success;
}

int CommandLine::connectionsRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, tr("The connection's name."));
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
    SecretStore keychain;
    const auto removed = wait(keychain.remove(ConnectionProfiles::secretKey(profile->name)));
    ConnectionProfiles::remove(profile->name);
    print(tr("Removed the connection %1.\n").arg(profile->name));
    if (!removed.ok())
        return report(removed.error());
    return Success;
}

int CommandLine::usage(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n%s\n", qPrintable(program), qPrintable(text),
                 qPrintable(tr("Run '%1 --help' for the commands and their options.").arg(program)));
    return UsageError;
}

QString CommandLine::requiredReason(const QCommandLineParser &parser, const QString &command, int *exitCode)
{
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (reason.isEmpty())
        *exitCode =
            usage(tr("%1 needs --reason TEXT: every action is recorded with its reason.").arg(command));
    return reason;
}

int CommandLine::report(const SourceError &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(error.text));
    switch (error.code) {
    case SourceError::Code::NotFound:
        return NotFound;
    case SourceError::Code::PermissionDenied:
    case SourceError::Code::SignInRefused:
    case SourceError::Code::Unsupported:
        return NotPermitted;
    case SourceError::Code::InvalidInput:
        return UsageError;
    default:
        return Failed;
    }
}

void CommandLine::print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int CommandLine::demoCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption usersOption(u"users"_s, tr("Number of users (default 1000)."), u"N"_s,
                                         u"1000"_s);
    const QCommandLineOption sessionsOption(
        u"sessions"_s, tr("Number of sessions, ended ones included (default 4000)."), u"N"_s, u"4000"_s);
    const QCommandLineOption eventsOption(u"events"_s, tr("Number of login events (default 12000)."), u"N"_s,
                                          u"12000"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, tr("Random seed; the same seed gives the same data (default 1)."), u"S"_s, u"1"_s);
    parser.addOptions({usersOption, sessionsOption, eventsOption, seedOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"demo create"_s, arguments, &exitCode))
        return exitCode;

    DemoOptions demo;
    bool ok[4] = {};
    demo.users = parser.value(usersOption).toInt(&ok[0]);
    demo.sessions = parser.value(sessionsOption).toInt(&ok[1]);
    demo.events = parser.value(eventsOption).toInt(&ok[2]);
    demo.seed = parser.value(seedOption).toULongLong(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || demo.users < 0 || demo.sessions < 0 || demo.events < 0)
        return usage(tr("--users, --sessions, --events and --seed take whole numbers of zero or more."));
    if (demo.users == 0 && demo.sessions > 0)
        return usage(tr("Sessions need users: give --users N greater than zero."));

    if (!openStore(true, &exitCode))
        return exitCode;
    SqlSessionSource *demoStore = sessionDeskStore(u"demo create"_s, &exitCode);
    if (!demoStore)
        return exitCode;
    const auto created = wait(DemoFiller::fill(*demoStore, demo));
    if (!created.ok())
        return report(created.error());
    const auto &counts = created.value();
    // As the console does with a new demo store: its suspicious sign-ins are flagged at once, when
    // this login may run detection (the database's owner without a store role may not).
    const bool detects = m_source->capabilities().has(Capabilities::Capability::ResolveFlags);
    ScanResult scan;
    if (detects) {
        const auto scanned = wait(m_source->scanFlags(true));
        if (!scanned.ok())
            return report(scanned.error());
        scan = scanned.value();
    }
    const QString store = m_connectUrl.isEmpty() ? m_storePath : m_connectUrl;
    if (m_json) {
        print(json({{u"store"_s, store},
                    {u"users"_s, counts.users},
                    {u"sessions"_s, counts.sessions},
                    {u"events"_s, counts.events},
                    {u"flags"_s, detects ? QJsonValue(scan.flagsRaised) : QJsonValue()},
                    {u"seed"_s, QString::number(demo.seed)}}));
    } else if (detects) {
        print(tr("Created demo store %1: %2, %3, %4 (seed %5); %Ln flag(s) raised.\n", nullptr,
                 scan.flagsRaised)
                  .arg(store, DisplayFormat::users(counts.users), DisplayFormat::sessions(counts.sessions),
                       DisplayFormat::loginEvents(counts.events))
                  .arg(demo.seed));
    } else {
        print(tr("Created demo store %1: %2, %3, %4 (seed %5). Flags are raised when an administrator's or "
                 "support's console opens the store, or by their flags scan.\n")
                  .arg(store, DisplayFormat::users(counts.users), DisplayFormat::sessions(counts.sessions),
                       DisplayFormat::loginEvents(counts.events))
                  .arg(demo.seed));
    }
    return Success;
}

int CommandLine::usersList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(u"filter"_s, tr("Only users whose name or email contains TEXT."),
                                          u"TEXT"_s);
    const QCommandLineOption statusOption(
        u"status"_s, tr("Only users with STATUS (active, frozen, deactivated)."), u"STATUS"_s);
    const QCommandLineOption sortOption(u"sort"_s, tr("Sort by FIELD, descending with :desc."),
                                        u"FIELD[:desc]"_s, u"name"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("Show at most N users (default 50; 0 for all)."),
                                         u"N"_s, u"50"_s);
    parser.addOptions({filterOption, statusOption, sortOption, limitOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"users list"_s, arguments, &exitCode))
        return exitCode;

    UserQuery query;
    query.text = parser.value(filterOption);
    if (parser.isSet(statusOption)) {
        query.status = User::statusFromKey(parser.value(statusOption));
        if (!query.status)
            return usage(tr("Unknown status '%1'; use active, frozen or deactivated.")
                             .arg(parser.value(statusOption)));
    }
    QString sortKey = parser.value(sortOption);
    if (sortKey.endsWith(u":desc")) {
        query.order = Qt::DescendingOrder;
        sortKey.chop(5);
    } else if (sortKey.endsWith(u":asc")) {
        sortKey.chop(4);
    }
    const auto field = UserQuery::sortFieldFromKey(sortKey);
    if (!field)
        return usage(
            tr("Cannot sort by '%1'; use name, email, role, status, sessions, devices, last-activity or "
               "location.")
                .arg(sortKey));
    query.sortField = *field;
    const auto limitValue = wholeNumber(parser, limitOption, 0);
    if (!limitValue)
        return UsageError;
    const int limit = *limitValue;
    // Before any password is asked for.
    if (const auto refused = SourceFactory::refusedUserSort(m_connectUrl, query.sortField, query.order))
        return usage(refused->text);

    if (!openStore(false, &exitCode))
        return exitCode;
    QList<User> users;
    qint64 total = 0;
    do {
        query.limit = limit == 0 ? 1000 : qMin(1000, limit - int(users.size()));
        const auto page = wait(m_source->users(query));
        if (!page.ok())
            return report(page.error());
        if (!query.cursor.isValid())
            total = page.value().total;
        users.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid() && (limit == 0 || users.size() < limit));

    if (m_json) {
        QJsonArray array;
        for (const User &user : std::as_const(users))
            array.append(userJson(user));
        print(json({{u"total"_s, total}, {u"users"_s, array}}));
        return Success;
    }
    TextTable table({tr("NAME"), tr("EMAIL"), tr("ROLE"), tr("STATUS"), tr("SESSIONS"), tr("DEVICES"),
                     tr("LAST ACTIVITY"), tr("LAST LOCATION")});
    table.alignRight(4);
    table.alignRight(5);
    // No column of values the source does not record.
    const Capabilities capabilities = m_source->capabilities();
    if (!capabilities.has(Capabilities::Capability::Roles))
        table.hideColumn(2);
    if (!capabilities.has(Capabilities::Capability::Devices))
        table.hideColumn(5);
    if (!capabilities.has(Capabilities::Capability::Locations))
        table.hideColumn(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &user : std::as_const(users)) {
        table.addRow({user.displayName, user.email, user.role, User::statusText(user.status),
                      QString::number(user.activeSessions), QString::number(user.devices),
                      DisplayFormat::relativeTime(user.lastActivity, now),
                      DisplayFormat::place(user.lastCity, user.lastCountry)});
    }
    print(table.render());
    print(tr("%1 of %Ln user(s) shown.\n", nullptr, int(total)).arg(DisplayFormat::count(users.size())));
    return Success;
}

int CommandLine::sessionsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("The user's email address."), u"EMAIL"_s);
    const QCommandLineOption allOption(u"all"_s, tr("Include ended and expired sessions."));
    parser.addOptions({userOption, allOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"sessions list"_s, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(userOption) || parser.value(userOption).trimmed().isEmpty())
        return usage(tr("sessions list needs --user EMAIL."));

    if (!openStore(false, &exitCode))
        return exitCode;
    const auto user = wait(m_source->userByEmail(parser.value(userOption)));
    if (!user.ok())
        return report(user.error());
    SessionQuery query;
    query.userId = user.value().id;
    query.includeEnded = parser.isSet(allOption);
    query.limit = 1000;
    QList<Session> sessions;
    do {
        const auto page = wait(m_source->sessions(query));
        if (!page.ok())
            return report(page.error());
        sessions.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_json) {
        QJsonArray array;
        for (const Session &session : std::as_const(sessions))
            array.append(sessionJson(session, now));
        print(json({{u"user"_s, userJson(user.value())}, {u"sessions"_s, array}}));
        return Success;
    }
    print(tr("%1 <%2>: %Ln active session(s)\n", nullptr, user.value().activeSessions)
              .arg(user.value().displayName, user.value().email));
    QStringList header{tr("SESSION"), tr("DEVICE"),        tr("IP ADDRESS"), tr("LOCATION"),
                       tr("STARTED"), tr("LAST ACTIVITY"), tr("EXPIRES")};
    if (query.includeEnded)
        header << tr("STATUS");
    TextTable table(header);
    const Capabilities capabilities = m_source->capabilities();
    if (!capabilities.has(Capabilities::Capability::Devices))
        table.hideColumn(1);
    if (!capabilities.has(Capabilities::Capability::Addresses))
        table.hideColumn(2);
    if (!capabilities.has(Capabilities::Capability::Locations))
        table.hideColumn(3);
    for (const Session &session : std::as_const(sessions)) {
        QStringList row{session.id,
                        session.deviceSummary(),
                        session.origin.ip,
                        DisplayFormat::place(session.origin.city, session.origin.country),
                        DisplayFormat::exactTime(session.createdAt),
                        DisplayFormat::exactTime(session.lastSeenAt),
                        DisplayFormat::exactTime(session.expiresAt)};
        if (query.includeEnded) {
            row << (session.isActive(now)
                        ? tr("active")
                        : Session::endReasonText(session.endReason.value_or(EndReason::Expired)));
        }
        table.addRow(row);
    }
    print(table.render());
    return Success;
}

int CommandLine::logout(const QStringList &arguments)
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
    const QString reason = requiredReason(parser, u"logout"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;

    if (!openStore(false, &exitCode))
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
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->logoutUsers(ids, context));
    if (!result.ok())
        return report(result.error());
    const Capabilities capabilities = m_source->capabilities();
    if (m_json) {
        QJsonArray loggedOut;
        for (const User &user : std::as_const(users))
            loggedOut << userJson(user);
        QJsonObject answer{{u"sessionsEnded"_s, result.value().sessionsEnded},
                           {u"tokensNotBefore"_s, capabilities.has(Capabilities::Capability::RevokeTokens)
                                                      ? QJsonValue(isoTime(result.value().at))
                                                      : QJsonValue()},
                           {u"auditEntryId"_s, result.value().auditEntryId}};
        if (users.size() == 1)
            answer.insert(u"user"_s, loggedOut.first());
        else
            answer.insert(u"users"_s, loggedOut);
        print(json(answer));
    } else if (users.size() == 1) {
        print(tr("Logged out %1 <%2>: %Ln session(s) ended (audit entry %3).", nullptr,
                 result.value().sessionsEnded)
                  .arg(users.first().displayName, users.first().email)
                  .arg(result.value().auditEntryId) +
              u' ' + capabilities.tokensAfterLogout(result.value().at) + u'\n');
    } else {
        print(tr("Logged out %Ln user(s): %1 ended, one audit entry per user.", nullptr, int(users.size()))
                  .arg(DisplayFormat::sessions(result.value().sessionsEnded)) +
              u' ' + capabilities.tokensAfterLogout(result.value().at) + u'\n');
    }
    return Success;
}

int CommandLine::endSession(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SESSION_ID"_s, tr("The session to end."));
    parser.addOptions({reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"end-session"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("end-session needs exactly one SESSION_ID."));
    const QString reason = requiredReason(parser, u"end-session"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;

    if (!openStore(false, &exitCode))
        return exitCode;
    const QString sessionId = parser.positionalArguments().constFirst();
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->endSession(sessionId, context));
    if (!result.ok())
        return report(result.error());
    if (m_json) {
        print(json({{u"session"_s, sessionId},
                    {u"sessionsEnded"_s, result.value().sessionsEnded},
                    {u"auditEntryId"_s, result.value().auditEntryId}}));
    } else {
        print(tr("Ended session %1 (audit entry %2).\n").arg(sessionId).arg(result.value().auditEntryId));
    }
    return Success;
}

int CommandLine::settingsGet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"KEY"_s, tr("One setting; all when left out."), u"[KEY]"_s);
    int exitCode = Success;
    if (!parseCommand(parser, u"settings get"_s, arguments, &exitCode, 1))
        return exitCode;
    const QStringList keys = parser.positionalArguments();
    if (keys.size() > 1)
        return usage(tr("settings get takes at most one KEY."));
    if (!keys.isEmpty() && !Settings::definition(keys.first()))
        return usage(tr("There is no setting '%1'; run 'settings get' for the list.").arg(keys.first()));

    if (!openStore(false, &exitCode))
        return exitCode;
    const auto settings = wait(m_source->settings());
    if (!settings.ok())
        return report(settings.error());
    QJsonObject object;
    TextTable table({tr("KEY"), tr("VALUE"), tr("RANGE"), tr("MEANING")});
    for (const Settings::Definition &definition : Settings::definitions()) {
        if (!keys.isEmpty() && definition.key != keys.first())
            continue;
        const QString value = settings.value().value(definition.key);
        object.insert(definition.key, value);
        const QString range =
            definition.kind == Settings::Kind::Switch
                ? tr("on | off")
                : tr("%1–%2 %3").arg(definition.minimum).arg(definition.maximum).arg(definition.unit);
        table.addRow({definition.key, value, range, definition.description});
    }
    if (m_json)
        print(json(object));
    else if (!keys.isEmpty())
        print(object.value(keys.first()).toString() + u'\n');
    else
        print(table.render());
    return Success;
}

int CommandLine::settingsSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"KEY"_s, tr("The setting to change."));
    parser.addPositionalArgument(u"VALUE"_s, tr("Its new value."));
    parser.addOptions({reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"settings set"_s, arguments, &exitCode, 2))
        return exitCode;
    if (parser.positionalArguments().size() != 2)
        return usage(tr("settings set needs a KEY and a VALUE."));
    const QString key = parser.positionalArguments().at(0);
    const QString reason = requiredReason(parser, u"settings set"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;
    Settings check;
    if (auto invalid = check.set(key, parser.positionalArguments().at(1)))
        return usage(*invalid);

    if (!openStore(false, &exitCode))
        return exitCode;
    auto settings = wait(m_source->settings());
    if (!settings.ok())
        return report(settings.error());
    const QString before = settings.value().value(key);
    settings.value().set(key, parser.positionalArguments().at(1));
    const QString after = settings.value().value(key);
    if (before == after) {
        print(tr("%1 is already %2; nothing changed.\n").arg(key, after));
        return Success;
    }
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->saveSettings(settings.value(), context));
    if (!result.ok())
        return report(result.error());
    if (m_json)
        print(json({{u"key"_s, key},
                    {u"old"_s, before},
                    {u"new"_s, after},
                    {u"auditEntryId"_s, result.value().auditEntryId}}));
    else
        print(tr("%1 changed from %2 to %3 (audit entry %4).\n")
                  .arg(key, before, after)
                  .arg(result.value().auditEntryId));
    return Success;
}

int CommandLine::logoutAll(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keepUserOption(u"keep-user"_s, tr("Leave this user signed in (repeatable)."),
                                            u"EMAIL"_s);
    const QCommandLineOption keepRoleOption(
        u"keep-role"_s, tr("Leave users with this role signed in (repeatable)."), u"ROLE"_s);
    const QCommandLineOption noRevokeOption(
        u"no-token-revoke"_s, tr("End sessions only; access tokens already issued stay valid until "
                                 "they expire."));
    const QCommandLineOption yesOption(u"yes"_s, tr("Do it. Without --yes only the preview is shown."));
    const QCommandLineOption atOption(
        u"at"_s, tr("Plan it for this time (ISO, local time unless it names an offset or Z)."), u"TIME"_s);
    const QCommandLineOption messageOption(
        u"message"_s, tr("With --at: the announcement users see until then."), u"TEXT"_s);
    parser.addOptions({reasonOption(), ticketOption(), keepUserOption, keepRoleOption, noRevokeOption,
                       yesOption, atOption, messageOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"logout-all"_s, arguments, &exitCode))
        return exitCode;
    const QString reason = requiredReason(parser, u"logout-all"_s, &exitCode);
    if (reason.isEmpty())
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

    if (parser.values(keepRoleOption).contains(QString()))
        return usage(tr("--keep-role needs the name of a role; an empty one spares nobody."));

    if (!openStore(false, &exitCode))
        return exitCode;
    LogoutAllScope scope;
    // Where the source cannot reject tokens, nothing says it did: not the preview, not the trail.
    scope.revokeTokens =
        !parser.isSet(noRevokeOption) && m_source->capabilities().has(Capabilities::Capability::RevokeTokens);
    scope.excludeRoles = parser.values(keepRoleOption);
    // A role or user to spare that the source does not have is refused before anything is
    // previewed or ended: sparing nobody by a typing mistake would log out those meant to stay.
    if (!scope.excludeRoles.isEmpty()) {
        const auto roles = wait(m_source->roles());
        if (!roles.ok())
            return report(roles.error());
        if (auto refused = scope.checkRoles(roles.value()))
            return report(*refused);
    }
    for (const QString &email : parser.values(keepUserOption)) {
        const auto user = wait(m_source->userByEmail(email));
        if (!user.ok())
            return report(user.error().code == SourceError::Code::NotFound
                              ? LogoutAllScope::unknownUsers({email})
                              : user.error());
        scope.keepUserIds << user.value().id;
    }
    const auto preview = wait(m_source->previewLogoutAll(scope));
    if (!preview.ok())
        return report(preview.error());
    const QString tokens = scope.revokeTokens
                               ? tr("access tokens issued before now are rejected for %Ln user(s)", nullptr,
                                    int(preview.value().tokenUsers))
                               : tr("access tokens already issued stay valid until they expire");
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
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    if (at.isValid()) {
        const auto planned = wait(m_source->planLogoutAll(scope, at, parser.value(messageOption), context));
        if (!planned.ok())
            return report(planned.error());
        if (m_json)
            print(json({{u"planned"_s, planned.value().createdId},
                        {u"runAt"_s, isoTime(at)},
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
    const auto result = wait(m_source->logoutAll(scope, context));
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

int CommandLine::storeMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"store migrate"_s, arguments, &exitCode))
        return exitCode;
    if (!m_connectUrl.isEmpty() && !SourceFactory::isStoreUrl(m_connectUrl))
        return report({SourceError::Code::Unsupported,
                       tr("'store migrate' works on SessionDesk stores only; an application migrates its own "
                          "tables."),
                       {}});
    if (m_connectUrl.isEmpty()) {
        if (!openStore(true, &exitCode))
            return exitCode;
        print(tr("The SQLite store %1 is at schema version %2.\n")
                  .arg(m_storePath)
                  .arg(StoreMigrator(u":/sql/sqlite"_s).latestVersion()));
        return Success;
    }
    QString password;
    const auto connection = connectTarget(&password, &exitCode);
    if (!connection)
        return exitCode;
    const auto migrated = PgStore::upgrade(*connection, password, u"migrate"_s);
    if (!migrated.ok())
        return report(migrated.error());
    if (migrated.value().fromVersion == migrated.value().toVersion)
        print(tr("The PostgreSQL store %1 is at schema version %2 already; nothing to do.\n")
                  .arg(connection->url())
                  .arg(migrated.value().toVersion));
    else
        print(tr("Upgraded the PostgreSQL store %1 from schema version %2 to %3.\n")
                  .arg(connection->url())
                  .arg(migrated.value().fromVersion)
                  .arg(migrated.value().toVersion));
    return Success;
}

int CommandLine::scheduleList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(u"all"_s, tr("Also the ones that ran, were cancelled or failed."));
    parser.addOption(allOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"schedule list"_s, arguments, &exitCode))
        return exitCode;
    if (!openStore(true, &exitCode))
        return exitCode;
    const auto plans = wait(m_source->plannedLogouts(!parser.isSet(allOption)));
    if (!plans.ok())
        return report(plans.error());
    if (m_json) {
        QJsonArray array;
        for (const PlannedLogout &plan : plans.value())
            array.append(QJsonObject{{u"id"_s, plan.id},
                                     {u"runAt"_s, isoTime(plan.runAt)},
                                     {u"status"_s, PlannedLogout::statusKey(plan.status)},
                                     {u"message"_s, plan.message},
                                     {u"reason"_s, plan.reason},
                                     {u"plannedBy"_s, plan.createdBy},
                                     {u"outcome"_s, plan.outcome},
                                     {u"ranBy"_s, plan.ranBy}});
        print(json({{u"planned"_s, array}}));
        return Success;
    }
    TextTable table({tr("ID"), tr("RUNS AT"), tr("STATUS"), tr("BY"), tr("REASON"), tr("MESSAGE / OUTCOME")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PlannedLogout &plan : plans.value()) {
        const bool pending = plan.status == PlannedLogout::Status::Pending;
        QString status = PlannedLogout::statusText(plan.status);
        if (pending && !plan.missed(now).isEmpty())
            status = tr("%1 (missed: fails at the next check)").arg(status);
        else if (pending && plan.runAt <= now)
            status = tr("%1 (due: runs at the next check)").arg(status);
        const QString outcome =
            plan.ranBy.isEmpty() ? plan.outcome : tr("%1 (by %2)").arg(plan.outcome, plan.ranBy);
        table.addRow({QString::number(plan.id), DisplayFormat::exactTime(plan.runAt), status, plan.createdBy,
                      plan.reason, pending ? plan.message : outcome});
    }
    print(table.render());
    print(tr("%Ln planned logout(s).\n", nullptr, int(plans.value().size())));
    return Success;
}

int CommandLine::scheduleCancel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({reasonOption(), ticketOption()});
    parser.addPositionalArgument(u"ID"_s, tr("The planned logout."));
    int exitCode = Success;
    if (!parseCommand(parser, u"schedule cancel"_s, arguments, &exitCode, 1))
        return exitCode;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1)
        return usage(tr("schedule cancel needs one planned logout ID (see schedule list)."));
    const QString reason = requiredReason(parser, u"schedule cancel"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto result = wait(m_source->cancelPlannedLogout(
        id, ActionContext{m_source->currentOperator(), reason, parser.value(u"ticket"_s)}));
    if (!result.ok())
        return report(result.error());
    print(tr("Cancelled planned logout %1 (audit entry %2).\n").arg(id).arg(result.value().auditEntryId));
    return Success;
}

int CommandLine::scheduleRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"schedule run"_s, arguments, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    PlannedLogoutRunner runner(m_source.get());
    int failed = 0;
    QObject::connect(
        &runner, &PlannedLogoutRunner::ran, &runner,
        [this, &failed](const PlannedLogout &plan, const Result<ActionResult> &result) {
            if (!result.ok()) {
                ++failed;
                std::fprintf(
                    stderr, "%s: %s\n", qPrintable(program),
                    qPrintable(
                        tr("Planned logout %1 did not run: %2").arg(plan.id).arg(result.error().text)));
                return;
            }
            print(tr("Ran planned logout %1: %2 of %3 ended (audit entry %4).\n")
                      .arg(plan.id)
                      .arg(DisplayFormat::sessions(result.value().sessionsEnded),
                           DisplayFormat::users(result.value().usersAffected))
                      .arg(result.value().auditEntryId));
        });
    const QFuture<int> due = runner.runDue();
    Futures::waitUntilFinished(due);
    const int ran = due.result();
    if (ran == 0 && failed == 0)
        print(tr("No planned logout is due.\n"));
    return failed > 0 ? Failed : Success;
}

int CommandLine::usersAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption emailOption(u"email"_s, tr("The new user's email address."), u"EMAIL"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("The new user's name."), u"NAME"_s);
    const QCommandLineOption roleOption(u"role"_s, tr("The application role (default: member)."), u"ROLE"_s,
                                        u"member"_s);
    const QCommandLineOption why(u"reason"_s, tr("Why (default: \"New team member\")."), u"TEXT"_s);
    parser.addOptions({emailOption, nameOption, roleOption, why, ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"users add"_s, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(emailOption) || !parser.isSet(nameOption))
        return usage(tr("users add needs --email EMAIL and --name NAME."));
    if (!openStore(false, &exitCode))
        return exitCode;
    const QString reason = parser.isSet(why) ? parser.value(why).trimmed() : tr("New team member");
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->addUser(parser.value(emailOption), parser.value(nameOption),
                                               parser.value(roleOption), context));
    if (!result.ok())
        return report(result.error());
    const auto user = wait(m_source->userByEmail(parser.value(emailOption)));
    if (!user.ok())
        return report(user.error());
    if (m_json)
        print(json({{u"user"_s, userJson(user.value())}, {u"auditEntryId"_s, result.value().auditEntryId}}));
    else
        print(tr("Added %1 <%2> with the role %3 (audit entry %4).\n")
                  .arg(user.value().displayName, user.value().email, user.value().role)
                  .arg(result.value().auditEntryId));
    return Success;
}

int CommandLine::usersChange(const QStringList &arguments, const QString &change)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("The user's email address."), u"EMAIL"_s);
    const QCommandLineOption roleOption(u"role"_s, tr("The new application role."), u"ROLE"_s);
    parser.addOptions({userOption, reasonOption(), ticketOption()});
    const bool setRole = change == u"set-role";
    if (setRole)
        parser.addOption(roleOption);
    const QString command = u"users "_s + change;
    int exitCode = Success;
    if (!parseCommand(parser, command, arguments, &exitCode))
        return exitCode;
    if (parser.value(userOption).trimmed().isEmpty())
        return usage(tr("%1 needs --user EMAIL.").arg(command));
    if (setRole && parser.value(roleOption).trimmed().isEmpty())
        return usage(tr("%1 needs --role ROLE.").arg(command));
    const QString reason = requiredReason(parser, command, &exitCode);
    if (reason.isEmpty())
        return exitCode;

    if (!openStore(false, &exitCode))
        return exitCode;
    const auto found = wait(m_source->userByEmail(parser.value(userOption)));
    if (!found.ok())
        return report(found.error());
    const User &user = found.value();
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const QString role = setRole ? parser.value(roleOption).trimmed() : QString();
    const auto result = wait(change == u"deactivate"   ? m_source->deactivateUser(user.id, context)
                             : change == u"reactivate" ? m_source->reactivateUser(user.id, context)
                             : change == u"remove"     ? m_source->removeUser(user.id, context)
                                                       : m_source->setUserRole(user.id, role, context));
    if (!result.ok())
        return report(result.error());
    const ActionResult &done = result.value();
    if (m_json) {
        print(json({{u"user"_s, userJson(user)},
                    {u"change"_s, change},
                    {u"sessionsEnded"_s, done.sessionsEnded},
                    {u"auditEntryId"_s, done.auditEntryId}}));
        return Success;
    }
    const QString who = u"%1 <%2>"_s.arg(user.displayName, user.email);
    if (change == u"deactivate")
        print(tr("Deactivated %1: %Ln session(s) ended; access tokens issued before now are rejected (audit "
                 "entry %2).\n",
                 nullptr, done.sessionsEnded)
                  .arg(who)
                  .arg(done.auditEntryId));
    else if (change == u"reactivate")
        print(tr("Reactivated %1; they sign in again to get a session (audit entry %2).\n")
                  .arg(who)
                  .arg(done.auditEntryId));
    else if (change == u"remove")
        print(tr("Removed %1 (audit entry %2).\n").arg(who).arg(done.auditEntryId));
    else
        print(tr("%1 now has the role %2 (audit entry %3).\n").arg(who, role).arg(done.auditEntryId));
    return Success;
}

int CommandLine::freeze(const QStringList &arguments, bool frozen)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("The user's email address."), u"EMAIL"_s);
    const QCommandLineOption untilOption(
        u"until"_s,
        tr("freeze: when the freeze ends by itself (ISO 8601, e.g. 2026-12-01T09:00, local time unless it "
           "ends in Z); where the source can."),
        u"TIME"_s);
    parser.addOptions({userOption, reasonOption(), ticketOption()});
    if (frozen)
        parser.addOption(untilOption);
    const QString command = frozen ? u"freeze"_s : u"unfreeze"_s;
    int exitCode = Success;
    if (!parseCommand(parser, command, arguments, &exitCode))
        return exitCode;
    if (parser.value(userOption).trimmed().isEmpty())
        return usage(tr("%1 needs --user EMAIL.").arg(command));
    const QString reason = requiredReason(parser, command, &exitCode);
    if (reason.isEmpty())
        return exitCode;
    const QDateTime until =
        frozen && parser.isSet(untilOption) ? TimeArgument::parse(parser.value(untilOption)) : QDateTime();
    if (frozen && parser.isSet(untilOption) && !until.isValid())
        return usage(
            tr("--until takes a time such as 2026-12-01T09:00, not '%1'.").arg(parser.value(untilOption)));

    if (!openStore(false, &exitCode))
        return exitCode;
    const auto user = wait(m_source->userByEmail(parser.value(userOption)));
    if (!user.ok())
        return report(user.error());
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result =
        wait(!frozen           ? m_source->unfreezeUser(user.value().id, context)
             : until.isValid() ? m_source->freezeUserUntil(user.value().id, until.toUTC(), context)
                               : m_source->freezeUser(user.value().id, context));
    if (!result.ok())
        return report(result.error());
    if (m_json) {
        print(json({{u"user"_s, userJson(user.value())},
                    {u"frozen"_s, frozen},
                    {u"sessionsEnded"_s, result.value().sessionsEnded},
                    {u"auditEntryId"_s, result.value().auditEntryId}}));
    } else if (frozen) {
        print(
            tr("Froze %1 <%2>: %Ln session(s) ended (audit entry %3).", nullptr, result.value().sessionsEnded)
                .arg(user.value().displayName, user.value().email)
                .arg(result.value().auditEntryId) +
            u' ' + m_source->capabilities().tokensAfterLogout(result.value().at) + u'\n');
    } else {
        const QString flags = m_source->capabilities().flagsAfterUnfreeze();
        print(tr("Unfroze %1 <%2> (audit entry %3).")
                  .arg(user.value().displayName, user.value().email)
                  .arg(result.value().auditEntryId) +
              (flags.isEmpty() ? QString() : u' ' + flags) + u'\n');
    }
    return Success;
}

int CommandLine::flagsScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(
        u"all"_s, tr("Scan all recent login events, not only those since the last scan."));
    parser.addOption(allOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"flags scan"_s, arguments, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto result = wait(m_source->scanFlags(parser.isSet(allOption)));
    if (!result.ok())
        return report(result.error());
    const ScanResult &scan = result.value();
    if (m_json) {
        print(json({{u"usersScanned"_s, scan.usersScanned},
                    {u"eventsScanned"_s, scan.eventsScanned},
                    {u"flagsRaised"_s, scan.flagsRaised},
                    {u"flagsUpdated"_s, scan.flagsUpdated},
                    {u"usersFrozen"_s, scan.usersFrozen}}));
    } else {
        print(tr("Scanned %1 of %2: %3, %4 updated, %5 frozen automatically.\n")
                  .arg(DisplayFormat::loginEvents(scan.eventsScanned),
                       DisplayFormat::users(scan.usersScanned),
                       tr("%Ln new flag(s)", nullptr, scan.flagsRaised),
                       DisplayFormat::count(scan.flagsUpdated),
                       tr("%Ln account(s)", nullptr, scan.usersFrozen)));
    }
    return Success;
}

int CommandLine::flagsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(u"status"_s, tr("open (default: open and frozen) or all."),
                                          u"open|all"_s, u"open"_s);
    parser.addOption(statusOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"flags list"_s, arguments, &exitCode))
        return exitCode;
    const QString status = parser.value(statusOption);
    if (status != u"open" && status != u"all")
        return usage(tr("--status is open or all, not '%1'.").arg(status));
    if (!openStore(false, &exitCode))
        return exitCode;
    FlagQuery query;
    query.openOnly = status == u"open";
    query.limit = 1000;
    QList<Flag> flags;
    qint64 total = 0;
    do {
        const auto page = wait(m_source->flags(query));
        if (!page.ok())
            return report(page.error());
        if (!query.cursor.isValid())
            total = page.value().total;
        flags << page.value().rows;
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid());
    if (m_json) {
        QJsonArray array;
        for (const Flag &flag : std::as_const(flags))
            array.append(flagJson(flag));
        print(json({{u"total"_s, total}, {u"flags"_s, array}}));
        return Success;
    }
    TextTable table(
        {tr("ID"), tr("SEVERITY"), tr("USER"), tr("RULE"), tr("STATUS"), tr("LAST SEEN"), tr("EXPLANATION")});
    table.alignRight(0);
    for (const Flag &flag : std::as_const(flags)) {
        table.addRow({QString::number(flag.id), Flag::severityText(flag.severity), flag.userEmail,
                      Flag::ruleText(flag.rule), Flag::statusText(flag.status),
                      DisplayFormat::exactTime(flag.lastSeen), flag.explanation});
    }
    print(table.render());
    print(tr("%Ln flag(s).\n", nullptr, int(total)));
    return Success;
}

int CommandLine::flagsClose(const QStringList &arguments, Flag::Status outcome)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The flag."));
    const QCommandLineOption noteOption(u"note"_s, tr("Why (required; written to the audit trail)."),
                                        u"TEXT"_s);
    parser.addOptions({noteOption, ticketOption()});
    const QString command = outcome == Flag::Status::Resolved ? u"flags resolve"_s : u"flags dismiss"_s;
    int exitCode = Success;
    if (!parseCommand(parser, command, arguments, &exitCode, 1))
        return exitCode;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return usage(tr("%1 needs one flag ID (a number).").arg(command));
    const QString note = parser.value(noteOption).trimmed();
    if (note.isEmpty())
        return usage(tr("%1 needs --note TEXT: every flag is closed with a note.").arg(command));
    if (!openStore(false, &exitCode))
        return exitCode;
    const ActionContext context{m_source->currentOperator(), note, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->closeFlag(id, outcome, context));
    if (!result.ok())
        return report(result.error());
    if (m_json)
        print(json({{u"flag"_s, id},
                    {u"status"_s, Flag::statusKey(outcome)},
                    {u"auditEntryId"_s, result.value().auditEntryId}}));
    else
        print(tr("Flag %1 is %2 (audit entry %3).\n")
                  .arg(id)
                  .arg(Flag::statusText(outcome).toLower())
                  .arg(result.value().auditEntryId));
    return Success;
}

int CommandLine::demoSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(u"seconds"_s, tr("How long to play (default 60)."), u"N"_s,
                                           u"60"_s);
    const QCommandLineOption intervalOption(u"interval"_s, tr("Milliseconds between moves (default 900)."),
                                            u"MS"_s, u"900"_s);
    const QCommandLineOption seedOption(u"seed"_s, tr("Random seed (default: from the clock)."), u"S"_s);
    parser.addOptions({secondsOption, intervalOption, seedOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"demo simulate"_s, arguments, &exitCode))
        return exitCode;
    bool ok[2] = {};
    const int seconds = parser.value(secondsOption).toInt(&ok[0]);
    const int interval = parser.value(intervalOption).toInt(&ok[1]);
    if (!ok[0] || !ok[1] || seconds <= 0 || interval <= 0)
        return usage(tr("--seconds and --interval take whole numbers greater than zero."));
    // The store must be a SessionDesk store; the simulator then writes like an application, on a
    // connection of its own (on PostgreSQL as this login, which must be allowed to).
    if (!openStore(false, &exitCode))
        return exitCode;
    if (!m_store)
        return usage(tr("demo simulate plays the application on a SessionDesk store only."));
    const SqlSessionSource::Options store = m_store->options();
    m_store = nullptr;
    m_source.reset();

    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    ActivitySimulator simulator(store, seed);
    QEventLoop loop;
    QObject::connect(&simulator, &ActivitySimulator::acted, &loop,
                     [this](const QString &text) { print(text + u'\n'); });
    QObject::connect(&simulator, &ActivitySimulator::failed, &loop, [&](const SourceError &error) {
        exitCode = report(error);
        loop.quit();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    simulator.start(interval);
    loop.exec();
    simulator.stop();
    return exitCode;
}

int CommandLine::operatorsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"operators list"_s, arguments, &exitCode) || !openStore(false, &exitCode))
        return exitCode;
    const auto operators = wait(m_source->operators());
    if (!operators.ok())
        return report(operators.error());
    if (m_json) {
        QJsonArray array;
        for (const OperatorAccount &account : operators.value())
            array.append(QJsonObject{{u"account"_s, account.osAccount},
                                     {u"role"_s, Operator::roleKey(account.role)},
                                     {u"addedAt"_s, isoTime(account.addedAt)},
                                     {u"addedBy"_s, account.addedBy}});
        print(json({{u"you"_s, m_source->currentOperator().osAccount}, {u"operators"_s, array}}));
        return Success;
    }
    TextTable table({tr("ACCOUNT"), tr("ROLE"), tr("ADDED"), tr("BY")});
    for (const OperatorAccount &account : operators.value())
        table.addRow({account.osAccount, Operator::roleText(account.role),
                      DisplayFormat::exactTime(account.addedAt), account.addedBy});
    print(table.render());
    print(tr("You are %1: %2.\n")
              .arg(m_source->currentOperator().id, m_source->currentOperator().roleDescription()));
    return Success;
}

int CommandLine::operatorsSet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ACCOUNT"_s, tr("The OS account."));
    const QCommandLineOption roleOption(u"role"_s, tr("administrator, support or auditor."), u"ROLE"_s);
    parser.addOptions({roleOption, reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"operators set"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("operators set needs one ACCOUNT."));
    const auto role = Operator::roleFromKey(parser.value(roleOption));
    if (!role)
        return usage(
            tr("--role is administrator, support or auditor, not '%1'.").arg(parser.value(roleOption)));
    const QString reason = requiredReason(parser, u"operators set"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    const QString account = parser.positionalArguments().first();
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->saveOperator(account, *role, context));
    if (!result.ok())
        return report(result.error());
    print(tr("%1 is now %2 (audit entry %3).\n")
              .arg(account, Operator::roleText(*role))
              .arg(result.value().auditEntryId));
    return Success;
}

int CommandLine::operatorsRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ACCOUNT"_s, tr("The OS account."));
    parser.addOptions({reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"operators remove"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("operators remove needs one ACCOUNT."));
    const QString reason = requiredReason(parser, u"operators remove"_s, &exitCode);
    if (reason.isEmpty())
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    const QString account = parser.positionalArguments().first();
    const ActionContext context{m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
    const auto result = wait(m_source->removeOperator(account, context));
    if (!result.ok())
        return report(result.error());
    print(
        tr("%1 is no longer an operator (audit entry %2).\n").arg(account).arg(result.value().auditEntryId));
    return Success;
}

QList<QCommandLineOption> CommandLine::auditFilterOptions()
{
    return {{u"from"_s, tr("Entries from this date or time on (local time unless it names an offset or Z)."),
             u"T"_s},
            {u"to"_s, tr("Entries before this date or time."), u"T"_s},
            {u"user"_s, tr("Entries about this user (email or id)."), u"EMAIL"_s},
            {u"operator"_s, tr("Entries by this operator."), u"OP"_s},
            {u"action"_s, tr("Entries of this action, e.g. logout_user or change_settings."), u"A"_s},
            {u"text"_s, tr("Entries with these words in the reason, ticket, target or values."), u"WORDS"_s},
            {u"sort"_s, tr("time, operator, action, user or count, with :asc or :desc (default time:desc)."),
             u"FIELD"_s, u"time:desc"_s}};
}

bool CommandLine::timeRange(const QCommandLineParser &parser, QDateTime *from, QDateTime *to, int *exitCode)
{
    for (const auto &[name, time] : {std::pair{u"from"_s, from}, std::pair{u"to"_s, to}}) {
        if (!parser.isSet(name))
            continue;
        *time = TimeArgument::parse(parser.value(name));
        if (!time->isValid()) {
            *exitCode =
                usage(tr("--%1 takes a date (2026-11-21) or an ISO time (2026-11-21T14:30Z), not '%2'.")
                          .arg(name, parser.value(name)));
            return false;
        }
    }
    if (from->isValid() && to->isValid() && *from >= *to) {
        *exitCode = usage(tr("--from %1 is not before --to %2, so nothing could match.")
                              .arg(parser.value(u"from"_s), parser.value(u"to"_s)));
        return false;
    }
    return true;
}

bool CommandLine::auditQueryFrom(const QCommandLineParser &parser, AuditQuery &query, int *exitCode)
{
    if (!timeRange(parser, &query.from, &query.to, exitCode))
        return false;
    query.targetUser = parser.value(u"user"_s);
    query.operatorId = parser.value(u"operator"_s);
    query.action = parser.value(u"action"_s);
    query.text = parser.value(u"text"_s);
    const QStringList sort = parser.value(u"sort"_s).split(u':');
    const qsizetype field = auditSortNames.indexOf(sort.first());
    const QString direction = sort.value(1, u"desc"_s);
    if (field < 0 || sort.size() > 2 || (direction != u"asc" && direction != u"desc")) {
        *exitCode = usage(tr("--sort is time, operator, action, user or count, with :asc or :desc; not '%1'.")
                              .arg(parser.value(u"sort"_s)));
        return false;
    }
    query.sortField = AuditQuery::SortField(field);
    query.order = direction == u"asc" ? Qt::AscendingOrder : Qt::DescendingOrder;
    return true;
}

std::optional<SourceError> CommandLine::unknownInFilter(const AuditQuery &query)
{
    // Whether any entry at all has the one field set in only.
    const auto anyEntry = [this](AuditQuery only) -> Result<bool> {
        only.limit = 1;
        const auto page = wait(m_source->auditEntries(only));
        if (!page.ok())
            return page.error();
        return page.value().total > 0;
    };
    if (!query.operatorId.isEmpty()) {
        AuditQuery by;
        by.operatorId = query.operatorId;
        const auto found = anyEntry(by);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return SourceError{
                SourceError::Code::NotFound,
                tr("No entry of the audit trail was made by an operator %1.").arg(query.operatorId),
                {}};
    }
    if (const QString user = query.targetUser.trimmed(); !user.isEmpty()) {
        AuditQuery about;
        about.targetUser = user;
        const auto found = anyEntry(about);
        if (!found.ok())
            return found.error();
        if (!found.value() && !wait(m_source->userByEmail(user)).ok())
            return SourceError{
                SourceError::Code::NotFound,
                tr("There is no user %1, and no entry of the audit trail is about one.").arg(user),
                {}};
    }
    return std::nullopt;
}

int CommandLine::auditList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(auditFilterOptions());
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N entries (default 100; 0: all)."), u"N"_s,
                                         u"100"_s);
    parser.addOption(limitOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"audit list"_s, arguments, &exitCode))
        return exitCode;
    AuditQuery query;
    if (!auditQueryFrom(parser, query, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 0);
    if (!limit)
        return UsageError;
    query.limit = *limit;
    if (!openStore(false, &exitCode))
        return exitCode;
    if (auto unknown = unknownInFilter(query))
        return report(*unknown);
    const auto page = wait(m_source->auditEntries(query));
    if (!page.ok())
        return report(page.error());
    if (m_json) {
        QJsonArray array;
        for (const AuditEntry &entry : page.value().rows)
            array.append(auditJson(entry));
        print(json({{u"total"_s, page.value().total}, {u"entries"_s, array}}));
        return Success;
    }
    TextTable table({tr("ID"), tr("TIME"), tr("OPERATOR"), tr("ACTION"), tr("USER"), tr("COUNT"),
                     tr("OUTCOME"), tr("REASON"), tr("TICKET"), tr("CHANGE")});
    table.alignRight(0);
    table.alignRight(5);
    // In words; --json gives the action's key and the stored values. What fell short is marked, so
    // that it stands out without colour.
    for (const AuditEntry &entry : page.value().rows)
        table.addRow(
            {QString::number(entry.id), DisplayFormat::exactTime(entry.at), entry.operatorId,
             AuditText::action(entry.action),
             entry.targetUserEmail.isEmpty() ? entry.targetUser : entry.targetUserEmail,
             DisplayFormat::count(entry.count),
             AuditText::fellShort(entry) ? u"! "_s + AuditText::outcome(entry) : AuditText::outcome(entry),
             entry.reason, entry.ticket, AuditText::change(entry)});
    print(table.render());
    print(tr("%1 of %Ln entry(s) shown.\n", nullptr, int(page.value().total)).arg(page.value().rows.size()));
    return Success;
}

int CommandLine::auditVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption checkpointOption(
        u"checkpoint"_s, tr("A line printed by audit checkpoint: the trail must still hold that head."),
        u"LINE"_s);
    parser.addOption(checkpointOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"audit verify"_s, arguments, &exitCode))
        return exitCode;
    std::optional<AuditCheckpoint> checkpoint;
    if (parser.isSet(checkpointOption)) {
        checkpoint = AuditCheckpoint::parse(parser.value(checkpointOption));
        if (!checkpoint)
            return usage(
                tr("--checkpoint takes the whole line audit checkpoint printed (sessiondesk-checkpoint v1 "
                   "entry=… hash=… at=… store=…)."));
    }
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto verified = wait(m_source->verifyAudit(checkpoint));
    if (!verified.ok())
        return report(verified.error());
    const AuditVerification &v = verified.value();
    if (m_json) {
        print(json({{u"intact"_s, v.intact},
                    {u"entries"_s, v.entries},
                    {u"firstBadEntry"_s, v.intact ? QJsonValue() : QJsonValue(v.firstBadId)},
                    {u"problem"_s, v.intact ? QJsonValue() : QJsonValue(v.problem)},
                    {u"headHash"_s, v.headHash}}));
    } else if (v.intact) {
        print(tr("The audit trail is intact: %1, head hash %2.\n")
                  .arg(tr("%Ln entry(s)", nullptr, int(v.entries)), v.headHash));
        if (checkpoint && checkpoint->store != v.store)
            print(tr("The checkpoint was taken of %1; this store is %2.\n").arg(checkpoint->store, v.store));
        if (checkpoint)
            print(tr("Entry %1 has the checkpoint's hash.\n").arg(DisplayFormat::count(checkpoint->entry)));
        if (!v.note.isEmpty())
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(v.note));
    } else {
        std::fprintf(
            stderr, "%s: %s\n", qPrintable(program),
            qPrintable(tr("The audit trail is broken at entry %1. %2").arg(v.firstBadId).arg(v.problem)));
    }
    return v.intact ? Success : AuditBroken;
}

int CommandLine::auditCheckpoint(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"audit checkpoint"_s, arguments, &exitCode) || !openStore(false, &exitCode))
        return exitCode;
    const auto verified = wait(m_source->verifyAudit());
    if (!verified.ok())
        return report(verified.error());
    const AuditVerification &v = verified.value();
    if (!v.intact) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program),
                     qPrintable(tr("The audit trail is broken at entry %1, so it has no head to keep. %2")
                                    .arg(v.firstBadId)
                                    .arg(v.problem)));
        return AuditBroken;
    }
    if (v.entries == 0)
        return report(
            {SourceError::Code::NotFound, tr("The audit trail is empty: there is no head to keep yet."), {}});
    const AuditCheckpoint checkpoint{v.store, v.entries, v.headHash, v.verifiedAt};
    if (m_json)
        print(json({{u"checkpoint"_s, checkpoint.line()},
                    {u"store"_s, checkpoint.store},
                    {u"entry"_s, checkpoint.entry},
                    {u"hash"_s, checkpoint.hash},
                    {u"at"_s, isoTime(checkpoint.seenAt)}}));
    else
        print(checkpoint.line() + u'\n');
    return Success;
}

int CommandLine::auditExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(auditFilterOptions());
    const QCommandLineOption csvOption(u"csv"_s, tr("Write CSV (RFC 4180, UTF-8) to FILE."), u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, tr("Write a PDF report to FILE."), u"FILE"_s);
    const QCommandLineOption why(
        u"reason"_s, tr("Why (written to the audit trail; default: \"Audit export\")."), u"TEXT"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("Replace FILE if it exists."));
    parser.addOptions({csvOption, pdfOption, why, ticketOption(), forceOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"audit export"_s, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(csvOption) == parser.isSet(pdfOption))
        return usage(tr("audit export needs one of --csv FILE or --pdf FILE."));
    // Found by trying: an export named like another store, or a link to one, replaced it.
    if (const QFileInfo target(parser.value(parser.isSet(pdfOption) ? pdfOption : csvOption));
        (target.isFile() || target.isSymLink()) && !parser.isSet(forceOption))
        return usage(
            tr("%1 exists; nothing was exported. Give --force to replace it.").arg(target.filePath()));
    AuditQuery query;
    if (!auditQueryFrom(parser, query, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    if (auto unknown = unknownInFilter(query))
        return report(*unknown);
    const bool pdf = parser.isSet(pdfOption);
    AuditExport::Request request;
    request.query = query;
    request.format = pdf ? AuditExport::Format::Pdf : AuditExport::Format::Csv;
    request.path = parser.value(pdf ? pdfOption : csvOption);
    request.context = {m_source->currentOperator(),
                       parser.isSet(why) ? parser.value(why).trimmed() : tr("Audit export"),
                       parser.value(u"ticket"_s)};
    const auto exported = wait(AuditExport::run(m_source.get(), request));
    if (!exported.ok())
        return report(exported.error());
    const AuditExport::Outcome &done = exported.value();
    if (pdf)
        print(tr("Wrote %Ln entry(s) to %1 (%2, audit entry %3).\n", nullptr, done.entries)
                  .arg(done.path, tr("%Ln page(s)", nullptr, done.pages))
                  .arg(done.auditEntryId));
    else
        print(tr("Wrote %Ln entry(s) to %1 (audit entry %2).\n", nullptr, done.entries)
                  .arg(done.path)
                  .arg(done.auditEntryId));
    // The file states the break too; the exit code tells a script.
    if (!done.verification.intact) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program),
                     qPrintable(AuditExporter::verificationText(done.verification)));
        return AuditBroken;
    }
    return Success;
}

int CommandLine::auditSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("Sessions of this user (email or id)."), u"EMAIL"_s);
    const QCommandLineOption operatorOption(u"operator"_s, tr("Sessions this operator ended."), u"OP"_s);
    const QCommandLineOption reasonWords(u"reason"_s, tr("Sessions ended with these words in the reason."),
                                         u"WORDS"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("Ended from this date or time on."), u"T"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Ended before this date or time."), u"T"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N sessions (default 100)."), u"N"_s,
                                         u"100"_s);
    parser.addOptions({userOption, operatorOption, reasonWords, fromOption, toOption, limitOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"audit sessions"_s, arguments, &exitCode))
        return exitCode;
    EndedSessionQuery query;
    query.user = parser.value(userOption);
    query.operatorId = parser.value(operatorOption);
    query.reason = parser.value(reasonWords);
    if (!timeRange(parser, &query.from, &query.to, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 1);
    if (!limit)
        return UsageError;
    query.limit = *limit;
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto page = wait(m_source->endedSessions(query));
    if (!page.ok())
        return report(page.error());
    if (m_json) {
        QJsonArray array;
        for (const EndedSession &ended : page.value().rows) {
            QJsonObject object = sessionJson(ended, QDateTime::currentDateTimeUtc());
            object.insert(u"user"_s, ended.userEmail);
            object.insert(u"reason"_s, ended.reason);
            object.insert(u"ticket"_s, ended.ticket.isEmpty() ? QJsonValue() : QJsonValue(ended.ticket));
            object.insert(u"auditEntryId"_s, ended.auditEntryId);
            array.append(object);
        }
        print(json({{u"total"_s, page.value().total}, {u"sessions"_s, array}}));
        return Success;
    }
    TextTable table(
        {tr("ENDED"), tr("USER"), tr("SESSION"), tr("BY"), tr("HOW"), tr("REASON"), tr("TICKET")});
    for (const EndedSession &ended : page.value().rows)
        table.addRow({DisplayFormat::exactTime(ended.endedAt), ended.userEmail, ended.id, ended.endedBy,
                      ended.endReason ? Session::endReasonText(*ended.endReason) : QString(), ended.reason,
                      ended.ticket});
    print(table.render());
    print(
        tr("%1 of %Ln session(s) shown.\n", nullptr, int(page.value().total)).arg(page.value().rows.size()));
    return Success;
}
