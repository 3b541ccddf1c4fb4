#include "SignInsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"
#include "models/domain/IpRange.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int SignInsCommands::run(const QString &, const QStringList &arguments)
{
    return signInsList(arguments); // list: CommandLine passes only the commands its table lists
}

int SignInsCommands::signInsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("Sign-ins of this user (email address)."), u"EMAIL"_s);
    const QCommandLineOption resultOption(u"result"_s, tr("success or failure."), u"RESULT"_s);
    const QCommandLineOption ipOption(
        u"ip"_s, tr("From this address, or from a range of them (CIDR: 10.20.0.0/16, 2001:db8::/32)."),
        u"ADDRESS"_s);
    const QCommandLineOption countryOption(u"country"_s, tr("From this country (two letters: DE, BR)."),
                                           u"CC"_s);
    const QCommandLineOption deviceOption(
        u"device"_s,
        tr("With each of these words in the user agent (browser, system, device model as the "
           "application recorded them: Firefox, \"Chrome Windows\", iPhone)."),
        u"TEXT"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N sign-ins, newest first (default 100)."),
                                         u"N"_s, u"100"_s);
    parser.addOptions({userOption, resultOption, ipOption, countryOption, deviceOption, limitOption});
    parser.addOption(
        {u"from"_s, tr("From this date or time on (local time unless it names an offset or Z)."), u"T"_s});
    parser.addOption({u"to"_s, tr("Before this date or time."), u"T"_s});
    int exitCode = Success;
    if (!parseCommand(parser, u"signins list"_s, arguments, &exitCode))
        return exitCode;
    SignInQuery query;
    if (parser.isSet(resultOption)) {
        const QString result = parser.value(resultOption).trimmed().toLower();
        if (result != u"success" && result != u"failure")
            return usage(tr("--result is success or failure, not '%1'.").arg(parser.value(resultOption)));
        query.success = result == u"success";
    }
    if (parser.isSet(ipOption)) {
        query.network = parser.value(ipOption).trimmed();
        if (!IpRange::parse(query.network))
            return usage(IpRange::refusal(parser.value(ipOption)));
    }
    for (const QCommandLineOption &option : {countryOption, deviceOption}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return usage(
                tr("--%1 needs a value; without it, leave the option out.").arg(option.names().first()));
    }
    query.country = parser.value(countryOption).trimmed();
    query.device = parser.value(deviceOption);
    if (!timeRange(parser, &query.from, &query.to, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 1, 100'000);
    if (!limit)
        return UsageError;
    if (auto refused = query.refusal())
        return usage(refused->text);
    if (parser.isSet(userOption) && parser.value(userOption).trimmed().isEmpty())
        return usage(tr("--user needs an email address."));

    if (!openStore(false, &exitCode))
        return exitCode;
    if (!m_source->capabilities().has(Capabilities::Capability::SignIns))
        return report({SourceError::Code::Unsupported,
                       m_source->capabilities().reason(Capabilities::Capability::SignIns),
                       {}});
    if (parser.isSet(userOption)) {
        const auto user = wait(m_source->userByEmail(parser.value(userOption)));
        if (!user.ok())
            return report(user.error());
        query.userId = user.value().id;
    }
    QList<LoginEvent> events;
    qint64 total = 0;
    do {
        query.limit = qMin(1000, *limit - int(events.size()));
        const auto page = wait(m_source->signIns(query));
        if (!page.ok())
            return report(page.error());
        if (!query.cursor.isValid())
            total = page.value().total;
        events.append(page.value().rows);
        query.cursor = page.value().nextCursor;
    } while (query.cursor.isValid() && events.size() < *limit);

    if (m_json) {
        QJsonArray array;
        for (const LoginEvent &event : std::as_const(events))
            array.append(DomainJson::signIn(event));
        print(json({{u"total"_s, total}, {u"signIns"_s, array}}));
        return Success;
    }
    if (events.isEmpty()) {
        print(tr("No sign-in matches these filters.\n"));
        return Success;
    }
    TextTable table({tr("TIME"), tr("USER"), tr("RESULT"), tr("IP ADDRESS"), tr("LOCATION"), tr("DEVICE"),
                     tr("SESSION")});
    for (const LoginEvent &event : std::as_const(events)) {
        table.addRow(
            {DisplayFormat::exactTime(event.at), event.userEmail.isEmpty() ? event.userId : event.userEmail,
             event.success ? tr("success") : tr("failure"), event.origin.ip,
             DisplayFormat::place(event.origin.city, event.origin.country),
             event.origin.userAgent.isEmpty() ? QString() : DisplayFormat::device(event.origin.userAgent),
             event.sessionId});
    }
    print(table.render());
    print(tr("%1 of %Ln sign-in(s) shown.\n", nullptr,
             int(qMin<qint64>(total, std::numeric_limits<int>::max())))
              .arg(DisplayFormat::count(events.size())));
    return Success;
}
