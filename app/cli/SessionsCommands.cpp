#include "SessionsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// The columns of what the source does not record left out of table, whose columns from device on
// are the device, the address, the place, the network, the start and the last activity.
void hideUnrecorded(TextTable &table, const Capabilities &capabilities, int device)
{
    using Capability = Capabilities::Capability;
    const Capability recorded[] = {Capability::Devices,       Capability::Addresses,
                                   Capability::Locations,     Capability::Networks,
                                   Capability::SessionStarts, Capability::SessionActivity};
    for (int i = 0; i < int(std::size(recorded)); ++i) {
        if (!capabilities.has(recorded[i]))
            table.hideColumn(device + i);
    }
}

// The session's columns from the device on: device, address, place, network.
QStringList originCells(const Session &session)
{
    return {session.deviceSummary(), DisplayFormat::address(session.origin.ip),
            DisplayFormat::place(session.origin.city, session.origin.country), session.origin.network};
}

// Whether any session's place came from its address.
bool anyDerived(const QList<Session> &sessions)
{
    return std::any_of(sessions.begin(), sessions.end(),
                       [](const Session &session) { return session.origin.placeFromAddress; });
}

} // namespace

int SessionsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return sessionsList(arguments);
    if (command == u"search")
        return search(arguments);
    if (command == u"end-matching")
        return endMatching(arguments);
    return endSession(arguments); // end-session: CommandLine passes only the commands its table lists
}

int SessionsCommands::sessionsList(const QStringList &arguments)
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
            array.append(DomainJson::session(session, now));
        print(json({{u"user"_s, DomainJson::user(user.value())}, {u"sessions"_s, array}}));
        return Success;
    }
    print(tr("%1: %Ln active session(s)\n", nullptr, user.value().activeSessions).arg(who(user.value())));
    QStringList header{tr("SESSION"), tr("DEVICE"),  tr("IP ADDRESS"),    tr("LOCATION"),
                       tr("NETWORK"), tr("STARTED"), tr("LAST ACTIVITY"), tr("EXPIRES")};
    if (query.includeEnded)
        header << tr("STATUS");
    TextTable table(header);
    hideUnrecorded(table, m_source->capabilities(), 1);
    for (const Session &session : std::as_const(sessions)) {
        QStringList row = QStringList{session.id} + originCells(session);
        row << DisplayFormat::exactTime(session.createdAt) << DisplayFormat::exactTime(session.lastSeenAt)
            << DisplayFormat::exactTime(session.expiresAt);
        if (query.includeEnded) {
            row << (session.isActive(now)
                        ? tr("active")
                        : Session::endReasonText(session.endReason.value_or(EndReason::Expired)));
        }
        table.addRow(row);
    }
    print(table.render());
    print(derivedPlacesNote(anyDerived(sessions)));
    return Success;
}

int SessionsCommands::endSession(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SESSION_ID"_s, tr("The session to end."));
    parser.addOptions({reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"end-session"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1 ||
        parser.positionalArguments().constFirst().trimmed().isEmpty())
        return usage(tr("end-session needs exactly one SESSION_ID."));
    const auto context = openForAction(parser, u"end-session"_s, &exitCode);
    if (!context)
        return exitCode;
    const QString sessionId = parser.positionalArguments().constFirst();
    const auto result = wait(m_source->endSession(sessionId, *context));
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

QList<QCommandLineOption> SessionsCommands::filterOptions()
{
    return {
        {u"user"_s, tr("Sessions of this user (email address)."), u"EMAIL"_s},
        {u"ip"_s, tr("From this address, or from a range of them (CIDR: 10.20.0.0/16, 2001:db8::/32)."),
         u"ADDRESS"_s},
        {u"country"_s, tr("From this country (two letters: DE, BR)."), u"CC"_s},
        {u"device"_s,
         tr("With each of these words in the user agent as the application recorded it (Firefox, "
            "\"Windows NT\", iPhone; Edge records itself as \"Edg\", and every Chromium browser says "
            "\"Chrome\")."),
         u"TEXT"_s},
        {u"started-from"_s, tr("Started at or after this date or time."), u"T"_s},
        {u"started-to"_s, tr("Started before this time, or through this date."), u"T"_s},
        {u"active-from"_s, tr("Last active at or after this date or time."), u"T"_s},
        {u"active-to"_s, tr("Last active before this time, or through this date."), u"T"_s},
    };
}

std::optional<SessionFilter> SessionsCommands::filterFrom(const QCommandLineParser &parser, int *exitCode)
{
    const auto refuse = [exitCode](const QString &text) -> std::optional<SessionFilter> {
        *exitCode = usage(text);
        return std::nullopt;
    };
    for (const QString &name : {u"user"_s, u"ip"_s, u"country"_s, u"device"_s}) {
        if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
            return refuse(tr("--%1 needs a value; without it, leave the option out.").arg(name));
    }
    SessionFilter filter;
    filter.network = parser.value(u"ip"_s).trimmed();
    filter.country = parser.value(u"country"_s).trimmed();
    filter.device = parser.value(u"device"_s);
    if (!timeRange(parser, &filter.startedFrom, &filter.startedTo, exitCode, u"started-"_s) ||
        !timeRange(parser, &filter.activeFrom, &filter.activeTo, exitCode, u"active-"_s))
        return std::nullopt;
    if (auto refused = filter.refusal())
        return refuse(refused->text);
    return filter;
}

bool SessionsCommands::resolveUser(const QCommandLineParser &parser, SessionFilter &filter, int *exitCode)
{
    if (!parser.isSet(u"user"_s))
        return true;
    const auto user = wait(m_source->userByEmail(parser.value(u"user"_s)));
    if (!user.ok()) {
        *exitCode = report(user.error());
        return false;
    }
    filter.userId = user.value().id;
    return true;
}

int SessionsCommands::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(filterOptions());
    const QCommandLineOption limitOption(
        u"limit"_s, tr("At most N sessions, last active first (default 100)."), u"N"_s, u"100"_s);
    parser.addOption(limitOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"sessions search"_s, arguments, &exitCode))
        return exitCode;
    auto filter = filterFrom(parser, &exitCode);
    if (!filter)
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 1, 100'000);
    if (!limit)
        return UsageError;
    if (!openStore(false, &exitCode) || !resolveUser(parser, *filter, &exitCode))
        return exitCode;
    const Capabilities capabilities = m_source->capabilities();
    if (!capabilities.has(Capabilities::Capability::SearchSessions))
        return report({SourceError::Code::Unsupported,
                       capabilities.reason(Capabilities::Capability::SearchSessions),
                       {}});
    SessionQuery query;
    query.filter = *filter;
    QList<Session> sessions;
    qint64 total = 0;
    do {
        query.limit = qMin(1000, *limit - int(sessions.size()));
        const auto page = wait(m_source->sessions(query));
        if (!page.ok())
            return report(page.error());
        if (!query.cursor.isValid())
            total = page.value().total;
        sessions.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid() && sessions.size() < *limit);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_json) {
        QJsonArray array;
        for (const Session &session : std::as_const(sessions))
            array.append(DomainJson::session(session, now));
        print(json({{u"total"_s, total}, {u"sessions"_s, array}}));
        return Success;
    }
    if (sessions.isEmpty()) {
        print(tr("No active session matches these filters.\n"));
        return Success;
    }
    TextTable table({tr("USER"), tr("DEVICE"), tr("IP ADDRESS"), tr("LOCATION"), tr("NETWORK"), tr("STARTED"),
                     tr("LAST ACTIVITY"), tr("EXPIRES"), tr("SESSION")});
    hideUnrecorded(table, m_source->capabilities(), 1);
    for (const Session &session : std::as_const(sessions)) {
        table.addRow(QStringList{!session.userEmail.isEmpty()  ? session.userEmail
                                 : !session.userName.isEmpty() ? session.userName
                                                               : session.userId} +
                     originCells(session) +
                     QStringList{DisplayFormat::exactTime(session.createdAt),
                                 DisplayFormat::exactTime(session.lastSeenAt),
                                 DisplayFormat::exactTime(session.expiresAt), session.id});
    }
    print(table.render());
    print(derivedPlacesNote(anyDerived(sessions)));
    print(tr("%1 of %Ln active session(s) shown.\n", nullptr,
             int(qMin<qint64>(total, std::numeric_limits<int>::max())))
              .arg(DisplayFormat::count(sessions.size())));
    return Success;
}

int SessionsCommands::endMatching(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(filterOptions());
    parser.addOptions(sparingOptions());
    const QCommandLineOption yesOption(u"yes"_s, tr("Do it. Without --yes only the preview is shown."));
    parser.addOptions({reasonOption(), ticketOption(), yesOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"sessions end-matching"_s, arguments, &exitCode))
        return exitCode;
    auto filter = filterFrom(parser, &exitCode);
    if (!filter)
        return exitCode;
    if (filter->isEmpty() && !parser.isSet(u"user"_s))
        return usage(tr("sessions end-matching needs at least one filter (--user, --ip, --country, --device, "
                        "--started-from/-to, --active-from/-to); to end every session, use logout-all."));
    const auto context = openForAction(parser, u"sessions end-matching"_s, &exitCode);
    if (!context || !resolveUser(parser, *filter, &exitCode))
        return exitCode;
    // Refused before the preview, which would otherwise invite a --yes that is refused.
    if (!m_source->capabilities().has(Capabilities::Capability::LogoutAll))
        return report(m_source->currentOperator().role
                          ? LogoutAllScope::administratorsOnly()
                          : SourceError{SourceError::Code::PermissionDenied,
                                        m_source->capabilities().reason(Capabilities::Capability::LogoutAll),
                                        {}});
    auto scope = sparing(parser, &exitCode);
    if (!scope)
        return exitCode;
    scope->matching = *filter;
    const auto preview = wait(m_source->previewLogoutAll(*scope));
    if (!preview.ok())
        return report(preview.error());
    // In words: the filter, and whom it spares, by the names given.
    QString what = filter->text(parser.value(u"user"_s).trimmed());
    QStringList spared = parser.values(u"keep-user"_s);
    if (!scope->excludeRoles.isEmpty())
        spared << tr("role %1").arg(scope->excludeRoles.join(u", "_s));
    if (!spared.isEmpty())
        what += u"; "_s + tr("sparing %1").arg(spared.join(u", "_s));
    // As the operator named it: the user by address, not by the store's id.
    QJsonObject matching = scope->matching.toJson();
    if (parser.isSet(u"user"_s))
        matching.insert(u"user"_s, parser.value(u"user"_s).trimmed());
    const QString tokens = tokensClause(*scope, preview.value().tokenUsers);
    if (!parser.isSet(yesOption)) {
        // A filter that matches every active session (0.0.0.0/0, a word every user agent has) is a
        // logout of all users in effect: said, so that nobody does it by mistake.
        LogoutAllScope everything = *scope;
        everything.matching = {};
        const auto all = wait(m_source->previewLogoutAll(everything));
        const bool everyone =
            all.ok() && preview.value().sessions > 0 && preview.value().sessions == all.value().sessions;
        if (m_json)
            print(json({{u"sessions"_s, preview.value().sessions},
                        {u"users"_s, preview.value().users},
                        {u"tokenUsers"_s, preview.value().tokenUsers},
                        {u"matching"_s, matching},
                        {u"everySession"_s, everyone},
                        {u"done"_s, false}}));
        else if (preview.value().sessions == 0)
            print(tr("No active session matches (%1); nothing would be ended.\n").arg(what));
        else
            print(tr("This would end %1 of %2 (%3); %4. Add --yes to do it.\n")
                      .arg(DisplayFormat::sessions(preview.value().sessions),
                           DisplayFormat::users(preview.value().users), what, tokens) +
                  (everyone ? tr("These filters match every active session: this is a logout of all users.\n")
                            : QString()));
        return UsageError;
    }
    const auto result = wait(m_source->logoutAll(*scope, *context));
    if (!result.ok())
        return report(result.error());
    if (m_json) {
        print(json({{u"sessions"_s, result.value().sessionsEnded},
                    {u"users"_s, result.value().usersAffected},
                    {u"tokenUsers"_s, scope->revokeTokens ? result.value().usersAffected : 0},
                    {u"matching"_s, matching},
                    {u"auditEntryId"_s, result.value().auditEntryId},
                    {u"done"_s, true}}));
    } else {
        print(tr("Ended %1 of %2 (%3); %4 (audit entry %5).\n")
                  .arg(DisplayFormat::sessions(result.value().sessionsEnded),
                       DisplayFormat::users(result.value().usersAffected), what, tokens)
                  .arg(result.value().auditEntryId));
    }
    return Success;
}
