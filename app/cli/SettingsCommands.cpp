#include "SettingsCommands.h"

#include "TextTable.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int SettingsCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"get")
        return settingsGet(arguments);
    return settingsSet(arguments); // set: CommandLine passes only the commands its table lists
}

int SettingsCommands::settingsGet(const QStringList &arguments)
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

int SettingsCommands::settingsSet(const QStringList &arguments)
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
    Settings check;
    if (auto invalid = check.set(key, parser.positionalArguments().at(1)))
        return usage(*invalid);
    const auto context = openForAction(parser, u"settings set"_s, &exitCode);
    if (!context)
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
    const auto result = wait(m_source->saveSettings(settings.value(), *context));
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
