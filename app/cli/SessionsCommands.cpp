#include "SessionsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int SessionsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return sessionsList(arguments);
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
