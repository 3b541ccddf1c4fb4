#include "AuditCommands.h"

#include "TextTable.h"
#include "models/audit/AuditExport.h"
#include "models/audit/AuditExporter.h"
#include "models/audit/AuditText.h"
#include "models/domain/DisplayFormat.h"
#include "models/domain/DomainJson.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList auditSortNames{u"time"_s, u"operator"_s, u"action"_s, u"user"_s, u"count"_s};

} // namespace

int AuditCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"list")
        return auditList(arguments);
    if (command == u"verify")
        return auditVerify(arguments);
    if (command == u"checkpoint")
        return auditCheckpoint(arguments);
    if (command == u"export")
        return auditExport(arguments);
    return auditSessions(arguments); // sessions: CommandLine passes only the commands its table lists
}

QList<QCommandLineOption> AuditCommands::auditFilterOptions()
{
    return {{u"from"_s, tr("Entries from this date or time on (local time unless it names an offset or Z)."),
             u"T"_s},
            {u"to"_s, tr("Entries before this time, or through this date."), u"T"_s},
            {u"user"_s, tr("Entries about this user (email or id)."), u"EMAIL"_s},
            {u"operator"_s, tr("Entries by this operator."), u"OP"_s},
            {u"action"_s, tr("Entries of this action, e.g. logout_user or change_settings."), u"A"_s},
            {u"text"_s, tr("Entries with these words in the reason, ticket, target or values."), u"WORDS"_s},
            {u"sort"_s, tr("time, operator, action, user or count, with :asc or :desc (default time:desc)."),
             u"FIELD"_s, u"time:desc"_s}};
}

bool AuditCommands::auditQueryFrom(const QCommandLineParser &parser, AuditQuery &query, int *exitCode)
{
    if (!timeRange(parser, &query.from, &query.to, exitCode))
        return false;
    query.targetUser = parser.value(u"user"_s);
    query.operatorId = parser.value(u"operator"_s);
    query.action = parser.value(u"action"_s);
    query.text = parser.value(u"text"_s);
    const QStringList sort = parser.value(u"sort"_s).split(u':');
    const qsizetype field = auditSortNames.indexOf(sort.first());
    const QString direction = sort.value(1, u"desc"_s);
    if (field < 0 || sort.size() > 2 || (direction != u"asc" && direction != u"desc")) {
        *exitCode = usage(tr("--sort is time, operator, action, user or count, with :asc or :desc; not '%1'.")
                              .arg(parser.value(u"sort"_s)));
        return false;
    }
    query.sortField = AuditQuery::SortField(field);
    query.order = direction == u"asc" ? Qt::AscendingOrder : Qt::DescendingOrder;
    return true;
}

std::optional<SourceError> AuditCommands::unknownInFilter(const AuditQuery &query)
{
    // Whether any entry at all has the one field set in only.
    const auto anyEntry = [this](AuditQuery only) -> Result<bool> {
        only.limit = 1;
        const auto page = wait(m_source->auditEntries(only));
        if (!page.ok())
            return page.error();
        return page.value().total > 0;
    };
    if (!query.operatorId.isEmpty()) {
        AuditQuery by;
        by.operatorId = query.operatorId;
        const auto found = anyEntry(by);
        if (!found.ok())
            return found.error();
        if (!found.value())
            return SourceError{
                SourceError::Code::NotFound,
                tr("No entry of the audit trail was made by an operator %1.").arg(query.operatorId),
                {}};
    }
    if (const QString user = query.targetUser.trimmed(); !user.isEmpty()) {
        AuditQuery about;
        about.targetUser = user;
        const auto found = anyEntry(about);
        if (!found.ok())
            return found.error();
        if (!found.value() && !wait(m_source->userByEmail(user)).ok())
            return SourceError{
                SourceError::Code::NotFound,
                tr("There is no user %1, and no entry of the audit trail is about one.").arg(user),
                {}};
    }
    return std::nullopt;
}

int AuditCommands::auditList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(auditFilterOptions());
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N entries (default 100; 0: all)."), u"N"_s,
                                         u"100"_s);
    parser.addOption(limitOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"audit list"_s, arguments, &exitCode))
        return exitCode;
    AuditQuery query;
    if (!auditQueryFrom(parser, query, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 0);
    if (!limit)
        return UsageError;
    query.limit = *limit;
    if (!openStore(false, &exitCode))
        return exitCode;
    if (auto unknown = unknownInFilter(query))
        return report(*unknown);
    const auto page = wait(m_source->auditEntries(query));
    if (!page.ok())
        return report(page.error());
    if (m_json) {
        QJsonArray array;
        for (const AuditEntry &entry : page.value().rows)
            array.append(DomainJson::auditEntry(entry));
        print(json({{u"total"_s, page.value().total}, {u"entries"_s, array}}));
        return Success;
    }
    TextTable table({tr("ID"), tr("TIME"), tr("OPERATOR"), tr("ACTION"), tr("USER"), tr("COUNT"),
                     tr("OUTCOME"), tr("REASON"), tr("TICKET"), tr("CHANGE")});
    table.alignRight(0);
    table.alignRight(5);
    // In words; --json gives the action's key and the stored values. What fell short is marked, so
    // that it stands out without colour.
    for (const AuditEntry &entry : page.value().rows)
        table.addRow(
            {QString::number(entry.id), DisplayFormat::exactTime(entry.at), entry.operatorId,
             AuditText::action(entry.action),
             entry.targetUserEmail.isEmpty() ? entry.targetUser : entry.targetUserEmail,
             DisplayFormat::count(entry.count),
             AuditText::fellShort(entry) ? u"! "_s + AuditText::outcome(entry) : AuditText::outcome(entry),
             entry.reason, entry.ticket, AuditText::change(entry)});
    print(table.render());
    print(tr("%1 of %Ln entry(s) shown.\n", nullptr, int(page.value().total)).arg(page.value().rows.size()));
    return Success;
}

int AuditCommands::auditVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption checkpointOption(
        u"checkpoint"_s, tr("A line printed by audit checkpoint: the trail must still hold that head."),
        u"LINE"_s);
    parser.addOption(checkpointOption);
    int exitCode = Success;
    if (!parseCommand(parser, u"audit verify"_s, arguments, &exitCode))
        return exitCode;
    std::optional<AuditCheckpoint> checkpoint;
    if (parser.isSet(checkpointOption)) {
        checkpoint = AuditCheckpoint::parse(parser.value(checkpointOption));
        if (!checkpoint)
            return usage(
                tr("--checkpoint takes the whole line audit checkpoint printed (sessiondesk-checkpoint v1 "
                   "entry=… hash=… at=… store=…)."));
    }
    if (!openStore(false, &exitCode))
        return exitCode;
    const auto verified = wait(m_source->verifyAudit(checkpoint));
    if (!verified.ok())
        return report(verified.error());
    const AuditVerification &v = verified.value();
    if (m_json) {
        print(json({{u"intact"_s, v.intact},
                    {u"entries"_s, v.entries},
                    {u"firstBadEntry"_s, v.intact ? QJsonValue() : QJsonValue(v.firstBadId)},
                    {u"problem"_s, v.intact ? QJsonValue() : QJsonValue(v.problem)},
                    {u"headHash"_s, v.headHash}}));
    } else if (v.intact) {
        print(tr("The audit trail is intact: %1, head hash %2.\n")
                  .arg(tr("%Ln entry(s)", nullptr, int(v.entries)), v.headHash));
        if (checkpoint && checkpoint->store != v.store)
            print(tr("The checkpoint was taken of %1; this store is %2.\n").arg(checkpoint->store, v.store));
        if (checkpoint)
            print(tr("Entry %1 has the checkpoint's hash.\n").arg(DisplayFormat::count(checkpoint->entry)));
        if (!v.note.isEmpty())
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), qPrintable(v.note));
    } else {
        std::fprintf(
            stderr, "%s: %s\n", qPrintable(program),
            qPrintable(tr("The audit trail is broken at entry %1. %2").arg(v.firstBadId).arg(v.problem)));
    }
    return v.intact ? Success : AuditBroken;
}

int AuditCommands::auditCheckpoint(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!parseCommand(parser, u"audit checkpoint"_s, arguments, &exitCode) || !openStore(false, &exitCode))
        return exitCode;
    const auto verified = wait(m_source->verifyAudit());
    if (!verified.ok())
        return report(verified.error());
    const AuditVerification &v = verified.value();
    if (!v.intact) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program),
                     qPrintable(tr("The audit trail is broken at entry %1, so it has no head to keep. %2")
                                    .arg(v.firstBadId)
                                    .arg(v.problem)));
        return AuditBroken;
    }
    if (v.entries == 0)
        return report(
            {SourceError::Code::NotFound, tr("The audit trail is empty: there is no head to keep yet."), {}});
    const AuditCheckpoint checkpoint{v.store, v.entries, v.headHash, v.verifiedAt};
    if (m_json)
        print(json({{u"checkpoint"_s, checkpoint.line()},
                    {u"store"_s, checkpoint.store},
                    {u"entry"_s, checkpoint.entry},
                    {u"hash"_s, checkpoint.hash},
                    {u"at"_s, DomainJson::time(checkpoint.seenAt)}}));
    else
        print(checkpoint.line() + u'\n');
    return Success;
}

int AuditCommands::auditExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(auditFilterOptions());
    const QCommandLineOption csvOption(u"csv"_s, tr("Write CSV (RFC 4180, UTF-8) to FILE."), u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, tr("Write a PDF report to FILE."), u"FILE"_s);
    const QCommandLineOption why(
        u"reason"_s, tr("Why (written to the audit trail; default: \"Audit export\")."), u"TEXT"_s);
    const QCommandLineOption forceOption(u"force"_s, tr("Replace FILE if it exists."));
    parser.addOptions({csvOption, pdfOption, why, ticketOption(), forceOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"audit export"_s, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(csvOption) == parser.isSet(pdfOption))
        return usage(tr("audit export needs one of --csv FILE or --pdf FILE."));
    // Found by trying: an export named like another store, or a link to one, replaced it.
    if (const QFileInfo target(parser.value(parser.isSet(pdfOption) ? pdfOption : csvOption));
        (target.isFile() || target.isSymLink()) && !parser.isSet(forceOption))
        return usage(
            tr("%1 exists; nothing was exported. Give --force to replace it.").arg(target.filePath()));
    AuditQuery query;
    if (!auditQueryFrom(parser, query, &exitCode))
        return exitCode;
    if (!openStore(false, &exitCode))
        return exitCode;
    if (auto unknown = unknownInFilter(query))
        return report(*unknown);
    const bool pdf = parser.isSet(pdfOption);
    AuditExport::Request request;
    request.query = query;
    request.format = pdf ? AuditExport::Format::Pdf : AuditExport::Format::Csv;
    request.path = parser.value(pdf ? pdfOption : csvOption);
    request.replace = parser.isSet(forceOption);
    request.context = {m_source->currentOperator(),
                       parser.isSet(why) ? parser.value(why).trimmed() : tr("Audit export"),
                       parser.value(u"ticket"_s)};
    const auto exported = wait(AuditExport::run(m_source.get(), request));
    if (!exported.ok())
        return report(exported.error());
    const AuditExport::Outcome &done = exported.value();
    if (pdf)
        print(tr("Wrote %Ln entry(s) to %1 (%2, audit entry %3).\n", nullptr, done.entries)
                  .arg(done.path, tr("%Ln page(s)", nullptr, done.pages))
                  .arg(done.auditEntryId));
    else
        print(tr("Wrote %Ln entry(s) to %1 (audit entry %2).\n", nullptr, done.entries)
                  .arg(done.path)
                  .arg(done.auditEntryId));
    // The file states the break too; the exit code tells a script.
    if (!done.verification.intact) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(program),
                     qPrintable(AuditExporter::verificationText(done.verification)));
        return AuditBroken;
    }
    return Success;
}

int AuditCommands::auditSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption userOption(u"user"_s, tr("Sessions of this user (email or id)."), u"EMAIL"_s);
    const QCommandLineOption operatorOption(u"operator"_s, tr("Sessions this operator ended."), u"OP"_s);
    const QCommandLineOption reasonWords(u"reason"_s, tr("Sessions ended with these words in the reason."),
                                         u"WORDS"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("Ended from this date or time on."), u"T"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Ended before this time, or through this date."), u"T"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("At most N sessions (default 100; 0: all)."), u"N"_s,
                                         u"100"_s);
    parser.addOptions({userOption, operatorOption, reasonWords, fromOption, toOption, limitOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"audit sessions"_s, arguments, &exitCode))
        return exitCode;
    EndedSessionQuery query;
    query.user = parser.value(userOption);
    query.operatorId = parser.value(operatorOption);
    query.reason = parser.value(reasonWords);
    if (!timeRange(parser, &query.from, &query.to, &exitCode))
        return exitCode;
    const auto limit = wholeNumber(parser, limitOption, 0);
    if (!limit)
        return UsageError;
    query.limit = *limit;
    if (!openStore(false, &exitCode))
        return exitCode;
    // A name that matches nothing is refused, not answered with nothing.
    AuditQuery names;
    names.operatorId = query.operatorId;
    names.targetUser = query.user;
    if (const auto unknown = unknownInFilter(names))
        return report(*unknown);
    const auto page = wait(m_source->endedSessions(query));
    if (!page.ok())
        return report(page.error());
    if (m_json) {
        QJsonArray array;
        for (const EndedSession &ended : page.value().rows) {
            QJsonObject object = DomainJson::session(ended, QDateTime::currentDateTimeUtc());
            object.insert(u"user"_s, ended.userEmail);
            object.insert(u"reason"_s, ended.reason);
            object.insert(u"ticket"_s, ended.ticket.isEmpty() ? QJsonValue() : QJsonValue(ended.ticket));
            object.insert(u"auditEntryId"_s, ended.auditEntryId);
            array.append(object);
        }
        print(json({{u"total"_s, page.value().total}, {u"sessions"_s, array}}));
        return Success;
    }
    TextTable table(
        {tr("ENDED"), tr("USER"), tr("SESSION"), tr("BY"), tr("HOW"), tr("REASON"), tr("TICKET")});
    for (const EndedSession &ended : page.value().rows)
        table.addRow({DisplayFormat::exactTime(ended.endedAt), ended.userEmail, ended.id, ended.endedBy,
                      ended.endReason ? Session::endReasonText(*ended.endReason) : QString(), ended.reason,
                      ended.ticket});
    print(table.render());
    print(
        tr("%1 of %Ln session(s) shown.\n", nullptr, int(page.value().total)).arg(page.value().rows.size()));
    return Success;
}
