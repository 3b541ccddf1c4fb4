#include "ScheduleCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"
#include "models/schedule/PlannedLogoutRunner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int ScheduleCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return scheduleList(arguments);
    if (command == u"cancel")
        return scheduleCancel(arguments);
    return scheduleRun(arguments); // run: CommandLine passes only the commands its table lists
}

int ScheduleCommands::scheduleList(const QStringList &arguments)
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
                                     {u"runAt"_s, DomainJson::time(plan.runAt)},
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

int ScheduleCommands::scheduleCancel(const QStringList &arguments)
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
    const auto context = openForAction(parser, u"schedule cancel"_s, &exitCode);
    if (!context)
        return exitCode;
    const auto result = wait(m_source->cancelPlannedLogout(id, *context));
    if (!result.ok())
        return report(result.error());
    print(tr("Cancelled planned logout %1 (audit entry %2).\n").arg(id).arg(result.value().auditEntryId));
    return Success;
}

int ScheduleCommands::scheduleRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"schedule run"_s, arguments, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    if (const Operator me = m_source->currentOperator(); !me.role)
        return report(
            {SourceError::Code::PermissionDenied,
             tr("Only operators of this store run planned logouts, and %1 is not an operator of this "
                "store; nothing ran.")
                 .arg(me.osAccount),
             {}});
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
