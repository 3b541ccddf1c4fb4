#include "OperatorsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int OperatorsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return operatorsList(arguments);
    if (command == u"set")
        return operatorsSet(arguments);
    return operatorsRemove(arguments); // remove: CommandLine passes only the commands its table lists
}

int OperatorsCommands::operatorsList(const QStringList &arguments)
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
                                     {u"addedAt"_s, DomainJson::time(account.addedAt)},
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

int OperatorsCommands::operatorsSet(const QStringList &arguments)
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
    const auto context = openForAction(parser, u"operators set"_s, &exitCode);
    if (!context)
        return exitCode;
    const QString account = parser.positionalArguments().first();
    const auto result = wait(m_source->saveOperator(account, *role, *context));
    if (!result.ok())
        return report(result.error());
    print(tr("%1 is now %2 (audit entry %3).\n")
              .arg(account, Operator::roleText(*role))
              .arg(result.value().auditEntryId));
    return Success;
}

int OperatorsCommands::operatorsRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ACCOUNT"_s, tr("The OS account."));
    parser.addOptions({reasonOption(), ticketOption()});
    int exitCode = Success;
    if (!parseCommand(parser, u"operators remove"_s, arguments, &exitCode, 1))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("operators remove needs one ACCOUNT."));
    const auto context = openForAction(parser, u"operators remove"_s, &exitCode);
    if (!context)
        return exitCode;
    const QString account = parser.positionalArguments().first();
    const auto result = wait(m_source->removeOperator(account, *context));
    if (!result.ok())
        return report(result.error());
    print(
        tr("%1 is no longer an operator (audit entry %2).\n").arg(account).arg(result.value().auditEntryId));
    return Success;
}
