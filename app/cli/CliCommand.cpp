#include "CliCommand.h"

#include "PasswordPrompt.h"
#include "TimeArgument.h"
#include "models/connections/ConnectionProfiles.h"
#include "models/connections/SourceFactory.h"
#include "models/credentials/SecretStore.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/sql/SqlSessionSource.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::Literals::StringLiterals;

const QString CliCommand::program = u"sessiondesk-cli"_s;

CliCommand::CliCommand(const Globals &globals)
    : m_storePath(globals.storePath)
    , m_connectUrl(globals.connectUrl)
    , m_profile(globals.profile)
    , m_places(globals.places)
    , m_json(globals.json)
{}

CliCommand::~CliCommand() = default;

QString CliCommand::derivedPlacesNote(bool derived)
{
    return derived
               ? tr("Places found from the IP addresses in a place database: the places of the addresses' "
                    "networks, not of the devices.\n")
               : QString();
}

QString CliCommand::json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QCommandLineOption CliCommand::reasonOption()
{
    return {u"reason"_s, tr("Why (required; written to the audit trail)."), u"TEXT"_s};
}

QCommandLineOption CliCommand::ticketOption()
{
    return {u"ticket"_s, tr("Ticket or case number for the audit trail."), u"T"_s};
}

QList<QCommandLineOption> CliCommand::sparingOptions()
{
    return {{u"keep-user"_s, tr("Leave this user signed in (repeatable)."), u"EMAIL"_s},
            {u"keep-role"_s, tr("Leave users with this role signed in (repeatable)."), u"ROLE"_s},
            {u"no-token-revoke"_s,
             tr("End sessions only; access tokens already issued stay valid until they expire.")}};
}

std::optional<LogoutAllScope> CliCommand::sparing(const QCommandLineParser &parser, int *exitCode)
{
    if (parser.values(u"keep-role"_s).contains(QString())) {
        *exitCode = usage(tr("--keep-role needs the name of a role; an empty one spares nobody."));
        return std::nullopt;
    }
    LogoutAllScope scope;
    scope.revokeTokens = !parser.isSet(u"no-token-revoke"_s) &&
                         m_source->capabilities().has(Capabilities::Capability::RevokeTokens);
    scope.excludeRoles = parser.values(u"keep-role"_s);
    if (!scope.excludeRoles.isEmpty()) {
        const auto roles = wait(m_source->roles());
        const auto refused = roles.ok() ? scope.checkRoles(roles.value()) : roles.error();
        if (refused) {
            *exitCode = report(*refused);
            return std::nullopt;
        }
    }
    for (const QString &email : parser.values(u"keep-user"_s)) {
        const auto user = wait(m_source->userByEmail(email));
        if (!user.ok()) {
            *exitCode = report(user.error().code == SourceError::Code::NotFound
                                   ? LogoutAllScope::unknownUsers({email})
                                   : user.error());
            return std::nullopt;
        }
        scope.keepUserIds << user.value().id;
    }
    return scope;
}

QString CliCommand::repeatedOption(const QCommandLineParser &parser, const QString &command)
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

bool CliCommand::parseCommand(QCommandLineParser &parser, const QString &command,
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
        // "users list --json": an option of the program itself, given after the command.
        static const QStringList globals{u"json"_s,    u"store"_s,      u"connect"_s,
                                         u"profile"_s, u"geoip-city"_s, u"geoip-asn"_s};
        const QStringList unknown = parser.unknownOptionNames();
        const auto global = std::find_if(unknown.begin(), unknown.end(),
                                         [](const QString &name) { return globals.contains(name); });
        *exitCode =
            usage(global == unknown.end()
                      ? parser.errorText()
                      : tr("--%1 is an option of %2 itself: put it before the command (%2 --%1 … %3).")
                            .arg(*global, program, command));
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

std::optional<int> CliCommand::wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                           int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    usage(tr("--%1 takes a whole number from %2 to %3, not '%4'.")
              .arg(option.names().first(), DisplayFormat::count(minimum), DisplayFormat::count(maximum),
                   parser.value(option)));
    return std::nullopt;
}

bool CliCommand::openStore(bool create, int *exitCode)
{
    if (m_connectUrl.isEmpty()) {
        SqlSessionSource::Options options;
        options.path = m_storePath;
        options.createIfMissing = create;
        options.pollIntervalMs = 0;
        auto made = std::make_unique<SqlSessionSource>(options);
        m_store = made.get();
        m_source = std::move(made);
    } else {
        const auto target = SourceFactory::target(m_connectUrl);
        if (!target.ok()) {
            *exitCode = report(target.error());
            return false;
        }
        const auto profile = ConnectionProfiles::find(m_profile);
        const SourceFactory::Secrets secrets{
            target.value().needsPassword ? secret(target.value().account, target.value().host) : QString(),
            profile ? profile->trustedCertificate : QString()};
        // Without a terminal nothing was asked: an empty password is never sent to a server (it
        // would count as a failed sign-in of that account).
        if (secrets.password.isEmpty() && !target.value().passwordOptional) {
            *exitCode = report(SourceError{
                SourceError::Code::SignInRefused,
                tr("No password for %1 at %2: there is no terminal to ask on. Save it in the system "
                   "keychain (connections add NAME --url URL --save-password) and use --profile NAME.")
                    .arg(target.value().account, target.value().host),
                {}});
            return false;
        }
        if (SourceFactory::isStoreUrl(m_connectUrl)) {
            auto made = SourceFactory::createStore(m_connectUrl, secrets, 0);
            m_store = made.get();
            m_source = std::move(made);
        } else {
            m_store = nullptr;
            m_source = SourceFactory::create(m_connectUrl, secrets, 0, m_places);
        }
    }
    const auto opened = wait(m_source->signIn());
    if (!opened.ok()) {
        *exitCode = report(opened.error());
        return false;
    }
    return true;
}

QString CliCommand::secret(const QString &user, const QString &host)
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

int CliCommand::usage(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n%s\n", qPrintable(program), qPrintable(text),
                 qPrintable(tr("Run '%1 --help' for the commands and their options.").arg(program)));
    return UsageError;
}

std::optional<ActionContext> CliCommand::openForAction(const QCommandLineParser &parser,
                                                       const QString &command, int *exitCode)
{
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (reason.isEmpty()) {
        *exitCode =
            usage(tr("%1 needs --reason TEXT: every action is recorded with its reason.").arg(command));
        return std::nullopt;
    }
    if (!openStore(false, exitCode))
        return std::nullopt;
    return actionContext(parser, reason);
}

ActionContext CliCommand::actionContext(const QCommandLineParser &parser, const QString &reason) const
{
    return {m_source->currentOperator(), reason, parser.value(u"ticket"_s)};
}

int CliCommand::report(const SourceError &error)
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

void CliCommand::print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

bool CliCommand::timeRange(const QCommandLineParser &parser, QDateTime *from, QDateTime *to, int *exitCode,
                           const QString &prefix)
{
    const QString fromName = prefix + u"from"_s;
    const QString toName = prefix + u"to"_s;
    for (const auto &[name, time] : {std::pair{fromName, from}, std::pair{toName, to}}) {
        if (!parser.isSet(name))
            continue;
        *time = TimeArgument::parse(parser.value(name),
                                    name == toName ? TimeArgument::Day::Through : TimeArgument::Day::Start);
        if (!time->isValid()) {
            *exitCode =
                usage(tr("--%1 takes a date (2026-11-21) or an ISO time (2026-11-21T14:30Z), not '%2'.")
                          .arg(name, parser.value(name)));
            return false;
        }
    }
    if (from->isValid() && to->isValid() && *from >= *to) {
        *exitCode = usage(tr("--%1 %2 is not before --%3 %4, so nothing could match.")
                              .arg(fromName, parser.value(fromName), toName, parser.value(toName)));
        return false;
    }
    return true;
}

QString CliCommand::tokensClause(const LogoutAllScope &scope, qint64 tokenUsers) const
{
    if (scope.revokeTokens)
        return tr("access tokens issued before now are rejected for %Ln user(s)", nullptr, int(tokenUsers));
    const Capabilities capabilities = m_source->capabilities();
    if (capabilities.has(Capabilities::Capability::RevokeTokens))
        return tr("access tokens already issued stay valid until they expire");
    QString reason = capabilities.reason(Capabilities::Capability::RevokeTokens);
    if (reason.endsWith(u'.'))
        reason.chop(1);
    return tr("no token is rejected (%1)").arg(reason);
}

QString CliCommand::who(const User &user)
{
    if (user.email.isEmpty() || user.displayName.isEmpty())
        return user.email.isEmpty() ? user.displayName : user.email;
    return u"%1 <%2>"_s.arg(user.displayName, user.email);
}
