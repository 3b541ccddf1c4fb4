#include "SignInsCommands.h"

#include "TextTable.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"
#include "models/domain/IpRange.h"
#include "models/exports/SignInExport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

int SignInsCommands::run(const QString &command, const QStringList &arguments)
{
    return command == u"export" ? signInsExport(arguments) : signInsList(arguments);
}

void SignInsCommands::addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({u"user"_s, tr("Sign-ins of this user (email address)."), u"EMAIL"_s});
    parser.addOption({u"result"_s, tr("success or failure."), u"RESULT"_s});
    parser.addOption({u"ip"_s,
                      tr("From this address, or from a range of them (CIDR: 10.20.0.0/16, 2001:db8::/32)."),
                      u"ADDRESS"_s});
    parser.addOption({u"country"_s, tr("From this country (two letters: DE, BR)."), u"CC"_s});
    parser.addOption({u"device"_s,
                      tr("With each of these words in the user agent (browser, system, device model as the "
                         "application recorded them: Firefox, \"Chrome Windows\", iPhone)."),
                      u"TEXT"_s});
    parser.addOption(
        {u"from"_s, tr("From this date or time on (local time unless it names an offset or Z)."), u"T"_s});
    parser.addOption({u"to"_s, tr("Before this time, or through this date."), u"T"_s});
}

bool SignInsCommands::queryFrom(const QCommandLineParser &parser, SignInQuery &query, int *exitCode)
{
    const auto fail = [exitCode](int code) {
        *exitCode = code;
        return false;
    };
    if (parser.isSet(u"result"_s)) {
        const QString result = parser.value(u"result"_s).trimmed().toLower();
        if (result != u"success" && result != u"failure")
            return fail(
                usage(tr("--result is success or failure, not '%1'.").arg(parser.value(u"result"_s))));
        query.success = result == u"success";
    }
    if (parser.isSet(u"ip"_s)) {
        query.network = parser.value(u"ip"_s).trimmed();
        if (!IpRange::parse(query.network))
            return fail(usage(IpRange::refusal(parser.value(u"ip"_s))));
    }
    for (const QString &option : {u"country"_s, u"device"_s}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return fail(usage(tr("--%1 needs a value; without it, leave the option out.").arg(option)));
    }
    query.country = parser.value(u"country"_s).trimmed();
    query.device = parser.value(u"device"_s);
    if (!timeRange(parser, &query.from, &query.to, exitCode))
        return false;
    if (auto refused = query.refusal())
        return fail(usage(refused->text));
    if (parser.isSet(u"user"_s) && parser.value(u"user"_s).trimmed().isEmpty())
        return fail(usage(tr("--user needs an email address.")));
    return true;
}

bool SignInsCommands::openFor(const QCommandLineParser &parser, SignInQuery &query, QString *user,
                              int *exitCode)
{
    if (!openStore(false, exitCode))
        return false;
    const Capabilities capabilities = m_source->capabilities();
    if (!capabilities.has(Capabilities::Capability::SignIns)) {
        *exitCode = report(
            {SourceError::Code::Unsupported, capabilities.reason(Capabilities::Capability::SignIns), {}});
        return false;
    }
    if (parser.isSet(u"user"_s)) {
        const auto found = wait(m_source->userByEmail(parser.value(u"user"_s)));
        if (!found.ok()) {
            *exitCode = report(found.error());
            return false;
        }
        query.userId = found.value().id;
        *user = found.value().email;
    }
    return true;
}

int SignInsCommands::signInsList(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N sign-ins, newest first (default 100)."),
                                         u"N"_s, u"100"_s);
    parser.addOption(limitOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"signins list"_s, arguments, &exitCode))
        return exitCode;
    SignInQuery query;
    if (!queryFrom(parser, query, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 1, 100'000);
    if (!limit)
        return UsageError;
    QString user;
    if (!openFor(parser, query, &user, &exitCode))
        return exitCode;
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
    TextTable table({tr("TIME"), tr("USER"), tr("RESULT"), tr("IP ADDRESS"), tr("LOCATION"), tr("NETWORK"),
                     tr("DEVICE"), tr("SESSION")});
    const Capabilities capabilities = m_source->capabilities();
    using Capability = Capabilities::Capability;
    for (const auto &[column, recorded] :
         {std::pair{3, Capability::Addresses}, std::pair{4, Capability::Locations},
          std::pair{5, Capability::Networks}, std::pair{6, Capability::Devices}}) {
        if (!capabilities.has(recorded))
            table.hideColumn(column);
    }
    bool derived = false;
    for (const LoginEvent &event : std::as_const(events)) {
        derived = derived || event.origin.placeFromAddress;
        table.addRow(
            {DisplayFormat::exactTime(event.at),
             !event.userEmail.isEmpty()  ? event.userEmail
             : !event.userName.isEmpty() ? event.userName
                                         : event.userId,
             event.success ? tr("success") : tr("failure"), DisplayFormat::address(event.origin.ip),
             DisplayFormat::place(event.origin.city, event.origin.country), event.origin.network,
             event.origin.userAgent.isEmpty() ? QString() : DisplayFormat::device(event.origin.userAgent),
             event.sessionId});
    }
    print(table.render());
    print(derivedPlacesNote(derived));
    print(tr("%1 of %Ln sign-in(s) shown.\n", nullptr,
             int(qMin<qint64>(total, std::numeric_limits<int>::max())))
              .arg(DisplayFormat::count(events.size())));
    return Success;
}

int SignInsCommands::signInsExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    const QCommandLineOption csvOption(u"csv"_s, tr("Write CSV (RFC 4180, UTF-8) to FILE."), u"FILE"_s);
    const QCommandLineOption why(u"reason"_s, tr("Why (written to the audit trail)."), u"TEXT"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("Replace FILE if it exists."));
    parser.addOptions({csvOption, why, ticketOption(), forceOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"signins export"_s, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(csvOption))
        return usage(tr("signins export needs --csv FILE."));
    if (parser.value(why).trimmed().isEmpty())
        return usage(tr("signins export needs --reason TEXT: the export is recorded in the audit trail."));
    if (const QFileInfo target(parser.value(csvOption));
        (target.isFile() || target.isSymLink()) && !parser.isSet(forceOption))
        return usage(
            tr("%1 exists; nothing was exported. Give --force to replace it.").arg(target.filePath()));
    SignInExport::Request request;
    if (!queryFrom(parser, request.query, &exitCode))
        return exitCode;
    if (!openFor(parser, request.query, &request.user, &exitCode))
        return exitCode;
    request.path = parser.value(csvOption);
    request.replace = parser.isSet(forceOption);
    request.context = {m_source->currentOperator(), parser.value(why).trimmed(), parser.value(u"ticket"_s)};
    const auto exported = wait(SignInExport::run(m_source.get(), request));
    if (!exported.ok())
        return report(exported.error());
    if (m_json) {
        print(json({{u"path"_s, exported.value().path},
                    {u"signIns"_s, exported.value().written.rows},
                    {u"auditEntryId"_s, exported.value().auditEntryId}}));
        return Success;
    }
    print(tr("Wrote %Ln sign-in(s) to %1 (audit entry %2).\n", nullptr, exported.value().written.rows)
              .arg(exported.value().path)
              .arg(exported.value().auditEntryId));
    return Success;
}
