#include "models/audit/AuditTrail.h"

#include "models/audit/AuditText.h"
#include "models/domain/SearchText.h"
#include "models/sources/UserQuery.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlPage.h"
#include "models/storage/SqlRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <limits>

using namespace Qt::Literals::StringLiterals;

AuditEntry AuditTrail::entryFor(const ActionContext &context, const QString &action, const QDateTime &at)
{
    AuditEntry entry;
    entry.at = at;
    entry.operatorId = context.actor.id;
    entry.osAccount = context.actor.osAccount;
    entry.host = context.actor.host;
    entry.action = action;
    entry.reason = context.reason.trimmed();
    entry.ticket = context.ticket.trimmed();
    entry.outcome = u"success"_s;
    return entry;
}

Result<qint64> AuditTrail::append(QSqlDatabase &db, const AuditEntry &entry)
{
    const auto failed = [](SourceError error) {
        error.text = tr("Writing the audit entry failed, so nothing was changed. %1").arg(error.text);
        return error;
    };
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s))
        return failed(*error);
    AuditEntry chained = entry;
    const bool first = !query.next();
    chained.id = first ? 1 : query.value(0).toLongLong() + 1;
    chained.prevHash = first ? AuditChain::genesis() : query.value(1).toString();
    chained.hash = AuditChain::hash(chained.prevHash, chained);
    if (auto error = Sql::exec(
            query,
            u"INSERT INTO audit_log (id, at, operator, os_account, host, action, target_user, "
            "target_session, count, reason, ticket, outcome, old_value, new_value, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {chained.id, Sql::time(chained.at), chained.operatorId, chained.osAccount, chained.host,
             chained.action, Sql::nullIfEmpty(chained.targetUser), Sql::nullIfEmpty(chained.targetSession),
             chained.count, chained.reason, Sql::nullIfEmpty(chained.ticket), chained.outcome,
             Sql::nullIfEmpty(chained.oldValue), Sql::nullIfEmpty(chained.newValue), chained.prevHash,
             chained.hash}))
        return failed(*error);
    return chained.id;
}

Result<qint64> AuditTrail::append(QSqlDatabase &db, const QList<AuditEntry> &entries)
{
    qint64 first = 0;
    for (const AuditEntry &entry : entries) {
        const auto id = append(db, entry);
        if (!id.ok())
            return id.error();
        first = first ? first : id.value();
    }
    return first;
}

std::optional<SourceError> AuditTrail::chainUnchained(QSqlDatabase &db)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (auto error =
            Sql::exec(rows, u"SELECT "_s + SqlRows::auditColumns() + u" FROM audit_log a ORDER BY a.id"_s))
        return error;
    QSqlQuery update(db);
    StringPool pool;
    QString previous = AuditChain::genesis();
    while (rows.next()) {
        AuditEntry entry = SqlRows::auditEntryFrom(rows, pool);
        entry.prevHash = previous;
        entry.hash = AuditChain::hash(previous, entry);
        if (auto error = Sql::exec(update, u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s,
                                   {entry.prevHash, entry.hash, entry.id}))
            return error;
        previous = entry.hash;
    }
    return std::nullopt;
}

std::optional<SourceError> AuditTrail::verify(QSqlDatabase &db, AuditChain::Verifier &verifier)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (auto error =
            Sql::exec(rows, u"SELECT "_s + SqlRows::auditColumns() + u" FROM audit_log a ORDER BY a.id"_s))
        return error;
    StringPool pool;
    while (rows.next() && verifier.add(SqlRows::auditEntryFrom(rows, pool))) {
    }
    return std::nullopt;
}

Result<QString> AuditTrail::hashOf(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT hash FROM audit_log WHERE id = ?"_s, {id}))
        return *error;
    return query.next() ? query.value(0).toString() : QString();
}

Result<std::pair<qint64, QString>> AuditTrail::head(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s))
        return *error;
    if (!query.next())
        return std::pair<qint64, QString>{0, QString()};
    return std::pair<qint64, QString>{query.value(0).toLongLong(), query.value(1).toString()};
}

namespace {

QString auditSortColumn(AuditQuery::SortField field)
{
    switch (field) {
    case AuditQuery::SortField::At:
        return u"a.at"_s;
    case AuditQuery::SortField::Operator:
        return u"a.operator"_s;
    case AuditQuery::SortField::Action:
        return u"a.action"_s;
    case AuditQuery::SortField::TargetUser:
        return u"coalesce(u.email, a.target_user, '')"_s;
    case AuditQuery::SortField::Count:
        return u"a.count"_s;
    }
    Q_UNREACHABLE();
}

// Narrows column to a user given by id or by email address, in any letter case (the exact
// address first, so that the index serves the usual case).
std::optional<SourceError> matchUser(QSqlDatabase &db, const QString &column, const QString &user,
                                     QStringList &conditions, QVariantList &args)
{
    QVariantList ids{user};
    QSqlQuery query(db);
    const QString anyCase =
        u"SELECT id FROM users WHERE %1 = %2"_s.arg(Sql::lower(db, u"email"_s), Sql::lower(db, u"?"_s));
    for (const QString &sql : {u"SELECT id FROM users WHERE email = ?"_s, anyCase}) {
        if (auto error = Sql::exec(query, sql, {user}))
            return error;
        while (query.next())
            ids << query.value(0);
        if (ids.size() > 1)
            break;
    }
    conditions << u"%1 IN (%2)"_s.arg(column, QStringList(ids.size(), u"?"_s).join(u", "_s));
    args << ids;
    // Nobody of that address in the users: a local journal, which names users by address; those
    // match in any letter case too (a store's entries keep ids, found above by their index).
    if (ids.size() == 1) {
        conditions.last() =
            u"(%1 OR %2 = %3)"_s.arg(conditions.last(), Sql::lower(db, column), Sql::lower(db, u"?"_s));
        args << user;
    }
    return std::nullopt;
}

} // namespace

Result<Page<AuditEntry>> AuditTrail::list(QSqlDatabase &db, const AuditQuery &query)
{
    QStringList conditions;
    QVariantList args;
    if (query.from.isValid()) {
        conditions << u"a.at >= ?"_s;
        args << Sql::time(query.from);
    }
    if (query.to.isValid()) {
        conditions << u"a.at < ?"_s;
        args << Sql::time(query.to);
    }
    if (!query.operatorId.isEmpty()) {
        conditions << u"a.operator = ?"_s;
        args << query.operatorId;
    }
    if (const QString action = query.action.trimmed().toLower(); !action.isEmpty()) {
        if (!AuditText::actionKeys().contains(action))
            return SourceError{SourceError::Code::InvalidInput,
                               tr("There is no action '%1' in the audit trail; the actions are: %2.")
                                   .arg(query.action, AuditText::actionKeys().join(u", "_s)),
                               {}};
        conditions << u"a.action = ?"_s;
        args << action;
    }
    if (const QString user = query.targetUser.trimmed(); !user.isEmpty())
        if (auto error = matchUser(db, u"a.target_user"_s, user, conditions, args))
            return *error;
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        if (auto tooLong = UserQuery::refuseLongText(text))
            return *tooLong;
        QStringList columns{u"a.reason"_s, u"a.ticket"_s,      u"a.operator"_s,
                            u"a.action"_s, u"a.target_user"_s, u"a.target_session"_s,
                            u"u.email"_s,  u"a.old_value"_s,   u"a.new_value"_s};
        // Case and accents folded, as the users' search (SearchText).
        for (QString &column : columns) {
            column = u"sessiondesk_fold(%1) LIKE ? ESCAPE '\\'"_s.arg(column);
            args << Sql::likePattern(SearchText::fold(text));
        }
        conditions << u'(' + columns.join(u" OR "_s) + u')';
    }
    const QString from = u" FROM audit_log a LEFT JOIN users u ON u.id = a.target_user"_s;
    const QVariantList countArgs = args;
    const QString count = u"SELECT count(*)"_s + from +
                          (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s));
    const QString sortColumn = auditSortColumn(query.sortField);
    if (query.cursor.isValid()) {
        conditions << SqlPage::keysetCondition(sortColumn, u"a.id"_s, query.order);
        args << SqlPage::keysetArgs(query.cursor);
    }
    const QString direction = SqlPage::direction(query.order);
    const QString select = u"SELECT "_s + SqlRows::auditColumns() + u", coalesce(u.email, ''), "_s +
                           sortColumn + from +
                           (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s)) +
                           u" ORDER BY %1 %2, a.id %2 LIMIT ?"_s.arg(sortColumn, direction);
    // Every matching entry at once for an export: a limit larger than any trail.
    const int limit = query.limit > 0 ? query.limit : std::numeric_limits<int>::max() - 1;
    auto page =
        SqlPage::fetch<AuditEntry>(db, select, args, limit, query.cursor.isValid() ? QString() : count,
                                   countArgs, [](const QSqlQuery &row, StringPool &pool) {
                                       AuditEntry entry = SqlRows::auditEntryFrom(row, pool);
                                       entry.targetUserEmail = row.value(16).toString();
                                       return entry;
                                   });
    if (!page.ok())
        return page;
    if (auto error = nameKeptUsers(db, page.value().rows))
        return *error;
    return page;
}

std::optional<SourceError> AuditTrail::nameKeptUsers(QSqlDatabase &db, QList<AuditEntry> &entries)
{
    // The users a Log Out All kept signed in, and the user an end of matching sessions was
    // limited to, are named by id in its values: their addresses, for people to read (AuditText).
    const auto namesUsers = [](const AuditEntry &entry) {
        return entry.action.startsWith(u"logout_all") || entry.action == u"end_matching";
    };
    QSet<QString> ids;
    for (const AuditEntry &entry : std::as_const(entries)) {
        if (!namesUsers(entry))
            continue;
        for (const QString &value : {entry.oldValue, entry.newValue}) {
            const QJsonObject object = QJsonDocument::fromJson(value.toUtf8()).object();
            for (const QJsonValue &id : object.value(u"keptUsers"_s).toArray())
                ids.insert(id.toString());
            if (const QString user = object.value(u"matching"_s).toObject().value(u"user"_s).toString();
                !user.isEmpty())
                ids.insert(user);
        }
    }
    if (ids.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    QVariantList args;
    for (const QString &id : std::as_const(ids))
        args << id;
    if (auto error = Sql::exec(query,
                               u"SELECT id, email FROM users WHERE id IN (%1)"_s.arg(
                                   QStringList(args.size(), u"?"_s).join(u", ")),
                               args))
        return error;
    QHash<QString, QString> emails;
    while (query.next())
        emails.insert(query.value(0).toString(), query.value(1).toString());
    for (AuditEntry &entry : entries) {
        if (namesUsers(entry))
            entry.userEmails = emails;
    }
    return std::nullopt;
}

Result<Page<EndedSession>> AuditTrail::endedSessions(QSqlDatabase &db, const EndedSessionQuery &query)
{
    QStringList conditions{u"s.ended_by IS NOT NULL"_s};
    QVariantList args;
    if (const QString user = query.user.trimmed(); !user.isEmpty())
        if (auto error = matchUser(db, u"s.user_id"_s, user, conditions, args))
            return *error;
    if (!query.operatorId.isEmpty()) {
        conditions << u"s.ended_by = ?"_s;
        args << query.operatorId;
    }
    if (query.from.isValid()) {
        conditions << u"s.ended_at >= ?"_s;
        args << Sql::time(query.from);
    }
    if (query.to.isValid()) {
        conditions << u"s.ended_at < ?"_s;
        args << Sql::time(query.to);
    }
    if (const QString reason = query.reason.trimmed(); !reason.isEmpty()) {
        conditions << u"sessiondesk_fold(a.reason) LIKE ? ESCAPE '\\'"_s;
        args << Sql::likePattern(SearchText::fold(reason));
    }
    // The entry that ended a session: same operator and time, aimed at its user (or at everyone).
    const QString from =
        u" FROM sessions s JOIN users u ON u.id = s.user_id "
        "LEFT JOIN audit_log a ON a.id = (SELECT e.id FROM audit_log e WHERE e.at = s.ended_at "
        "AND e.operator = s.ended_by AND (e.target_user IS NULL OR e.target_user = s.user_id) "
        "AND (e.target_session IS NULL OR e.target_session = s.id) ORDER BY e.id DESC LIMIT 1)"_s;
    const QVariantList countArgs = args;
    const QString count = u"SELECT count(*)"_s + from + u" WHERE "_s + conditions.join(u" AND "_s);
    if (query.cursor.isValid()) {
        conditions << SqlPage::keysetCondition(u"s.ended_at"_s, u"s.id"_s, query.order);
        args << SqlPage::keysetArgs(query.cursor);
    }
    QStringList sessionColumns = SqlRows::sessionColumns().split(u", "_s);
    for (QString &column : sessionColumns)
        column.prepend(u"s."_s);
    const QString select = u"SELECT "_s + sessionColumns.join(u", "_s) +
                           u", u.email, u.display_name, coalesce(a.reason, ''), coalesce(a.ticket, ''), "
                           "coalesce(a.id, 0), s.ended_at"_s +
                           from + u" WHERE "_s + conditions.join(u" AND "_s) +
                           u" ORDER BY s.ended_at %1, s.id %1 LIMIT ?"_s.arg(SqlPage::direction(query.order));
    const int columns = int(sessionColumns.size());
    // 0: every one (the command line's --limit 0).
    return SqlPage::fetch<EndedSession>(db, select, args,
                                        query.limit > 0 ? query.limit : std::numeric_limits<int>::max() - 1,
                                        query.cursor.isValid() ? QString() : count, countArgs,
                                        [columns](const QSqlQuery &row, StringPool &pool) {
                                            EndedSession ended;
                                            static_cast<Session &>(ended) = SqlRows::sessionFrom(row, pool);
                                            ended.userEmail = row.value(columns).toString();
                                            ended.userName = row.value(columns + 1).toString();
                                            ended.reason = row.value(columns + 2).toString();
                                            ended.ticket = row.value(columns + 3).toString();
                                            ended.auditEntryId = row.value(columns + 4).toLongLong();
                                            return ended;
                                        });
}
