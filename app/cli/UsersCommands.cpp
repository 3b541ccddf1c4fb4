#include "UsersCommands.h"

#include "TextTable.h"
#include "TimeArgument.h"
#include "models/connections/SourceFactory.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"
#include "models/domain/Flag.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int UsersCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return usersList(arguments);
    if (command == u"add")
        return usersAdd(arguments);
    if (command == u"freeze")
        return freeze(arguments, true);
    if (command == u"unfreeze")
        return freeze(arguments, false);
    return usersChange(arguments, command);
}

int UsersCommands::usersList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(u"filter"_s, tr("Only users whose name or email contains TEXT."),
                                          u"TEXT"_s);
    const QCommandLineOption statusOption(
        u"status"_s,
        tr("Only users with STATUS (active, frozen, deactivated), or with open flags (flagged)."),
        u"STATUS"_s);
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
    if (const QString status = parser.value(statusOption); status == u"flagged") {
        query.flagged = true;
    } else if (parser.isSet(statusOption)) {
        query.status = User::statusFromKey(status);
        if (!query.status)
            return usage(tr("Unknown status '%1'; use active, frozen, deactivated or flagged.").arg(status));
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
            tr("Cannot sort by '%1'; use name, email, role, status, flags, sessions, devices, last-activity "
               "or location.")
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
            array.append(DomainJson::user(user));
        print(json({{u"total"_s, total}, {u"users"_s, array}}));
        return Success;
    }
    TextTable table({tr("NAME"), tr("EMAIL"), tr("ROLE"), tr("STATUS"), tr("FLAGS"), tr("SESSIONS"),
                     tr("DEVICES"), tr("LAST ACTIVITY"), tr("LAST LOCATION")});
    table.alignRight(5);
    table.alignRight(6);
    // No column of values the source does not record.
    const Capabilities capabilities = m_source->capabilities();
    if (!capabilities.has(Capabilities::Capability::Roles))
        table.hideColumn(2);
    if (!capabilities.has(Capabilities::Capability::UserFlags))
        table.hideColumn(4);
    if (!capabilities.has(Capabilities::Capability::Devices))
        table.hideColumn(6);
    if (!capabilities.has(Capabilities::Capability::UserActivity))
        table.hideColumn(7);
    if (!capabilities.has(Capabilities::Capability::LastLocations))
        table.hideColumn(8);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const User &user : std::as_const(users)) {
        const QString flags = user.flagSeverity ? tr("%1 (highest: %2)")
                                                      .arg(QString::number(user.openFlags),
                                                           Flag::severityText(*user.flagSeverity))
                                                : QString();
        table.addRow({user.displayName, user.email, user.role, User::statusText(user.status), flags,
                      QString::number(user.activeSessions), QString::number(user.devices),
                      DisplayFormat::relativeTime(user.lastActivity, now),
                      DisplayFormat::place(user.lastCity, user.lastCountry)});
    }
    print(table.render());
    print(tr("%1 of %Ln user(s) shown.\n", nullptr, int(total)).arg(DisplayFormat::count(users.size())));
    return Success;
}

int UsersCommands::usersAdd(const QStringList &arguments)
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
    const ActionContext context = actionContext(parser, reason);
    const auto result = wait(m_source->addUser(parser.value(emailOption), parser.value(nameOption),
                                               parser.value(roleOption), context));
    if (!result.ok())
        return report(result.error());
    const auto user = wait(m_source->userByEmail(parser.value(emailOption)));
    if (!user.ok())
        return report(user.error());
    if (m_json)
        print(json(
            {{u"user"_s, DomainJson::user(user.value())}, {u"auditEntryId"_s, result.value().auditEntryId}}));
    else
        print(tr("Added %1 <%2> with the role %3 (audit entry %4).\n")
                  .arg(user.value().displayName, user.value().email, user.value().role)
                  .arg(result.value().auditEntryId));
    return Success;
}

int UsersCommands::usersChange(const QStringList &arguments, const QString &change)
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
    const auto context = openForAction(parser, command, &exitCode);
    if (!context)
        return exitCode;
    const auto found = wait(m_source->userByEmail(parser.value(userOption)));
    if (!found.ok())
        return report(found.error());
    const User &user = found.value();
    const QString role = setRole ? parser.value(roleOption).trimmed() : QString();
    const auto result = wait(change == u"deactivate"   ? m_source->deactivateUser(user.id, *context)
                             : change == u"reactivate" ? m_source->reactivateUser(user.id, *context)
                             : change == u"remove"     ? m_source->removeUser(user.id, *context)
                                                       : m_source->setUserRole(user.id, role, *context));
    if (!result.ok())
        return report(result.error());
    const ActionResult &done = result.value();
    if (m_json) {
        print(json({{u"user"_s, DomainJson::user(user)},
                    {u"change"_s, change},
                    {u"sessionsEnded"_s, done.sessionsEnded},
                    {u"auditEntryId"_s, done.auditEntryId}}));
        return Success;
    }
    const QString named = who(user);
    if (change == u"deactivate")
        print(tr("Deactivated %1: %Ln session(s) ended; access tokens issued before now are rejected (audit "
                 "entry %2).\n",
                 nullptr, done.sessionsEnded)
                  .arg(named)
                  .arg(done.auditEntryId));
    else if (change == u"reactivate")
        print(tr("Reactivated %1; they sign in again to get a session (audit entry %2).\n")
                  .arg(named)
                  .arg(done.auditEntryId));
    else if (change == u"remove")
        print(tr("Removed %1 (audit entry %2).\n").arg(named).arg(done.auditEntryId));
    else
        print(tr("%1 now has the role %2 (audit entry %3).\n").arg(named, role).arg(done.auditEntryId));
    return Success;
}

int UsersCommands::freeze(const QStringList &arguments, bool frozen)
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
    const QDateTime until =
        frozen && parser.isSet(untilOption) ? TimeArgument::parse(parser.value(untilOption)) : QDateTime();
    if (frozen && parser.isSet(untilOption) && !until.isValid())
        return usage(
            tr("--until takes a time such as 2026-12-01T09:00, not '%1'.").arg(parser.value(untilOption)));
    const auto context = openForAction(parser, command, &exitCode);
    if (!context)
        return exitCode;
    const auto user = wait(m_source->userByEmail(parser.value(userOption)));
    if (!user.ok())
        return report(user.error());
    const auto result =
        wait(!frozen           ? m_source->unfreezeUser(user.value().id, *context)
             : until.isValid() ? m_source->freezeUserUntil(user.value().id, until.toUTC(), *context)
                               : m_source->freezeUser(user.value().id, *context));
    if (!result.ok())
        return report(result.error());
    if (m_json) {
        print(json({{u"user"_s, DomainJson::user(user.value())},
                    {u"frozen"_s, frozen},
                    {u"sessionsEnded"_s, result.value().sessionsEnded},
                    {u"auditEntryId"_s, result.value().auditEntryId}}));
    } else if (frozen) {
        print(tr("Froze %1: %Ln session(s) ended (audit entry %2).", nullptr, result.value().sessionsEnded)
                  .arg(who(user.value()))
                  .arg(result.value().auditEntryId) +
              u' ' + m_source->capabilities().tokensAfterLogout(result.value().at) + u'\n');
    } else {
        const QString flags = m_source->capabilities().flagsAfterUnfreeze();
        print(tr("Unfroze %1 (audit entry %2).").arg(who(user.value())).arg(result.value().auditEntryId) +
              (flags.isEmpty() ? QString() : u' ' + flags) + u'\n');
    }
    return Success;
}
