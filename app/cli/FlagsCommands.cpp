#include "FlagsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int FlagsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"scan")
        return flagsScan(arguments);
    if (command == u"list")
        return flagsList(arguments);
    if (command == u"resolve")
        return flagsClose(arguments, Flag::Status::Resolved);
    return flagsClose(
        arguments, Flag::Status::Dismissed); // dismiss: CommandLine passes only the commands its table lists
}

int FlagsCommands::flagsScan(const QStringList &arguments)
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

int FlagsCommands::flagsList(const QStringList &arguments)
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
            array.append(DomainJson::flag(flag));
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

int FlagsCommands::flagsClose(const QStringList &arguments, Flag::Status outcome)
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
    const ActionContext context = actionContext(parser, note);
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
