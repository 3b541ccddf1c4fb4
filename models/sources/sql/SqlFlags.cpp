#include "models/sources/sql/SqlFlags.h"

#include "models/Logging.h"
#include "models/audit/AuditTrail.h"
#include "models/detection/FlagDetector.h"
#include "models/detection/FlagExplainer.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlPage.h"
#include "models/storage/SqlRows.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString flagColumns =
    u"f.id, f.user_id, u.display_name, u.email, f.rule, f.severity, f.status, f.explanation, "
    "f.evidence, f.evidence_key, f.first_seen, f.last_seen, u.status"_s;

Flag flagFrom(const QSqlQuery &q, StringPool &pool)
{
    Flag flag;
    flag.id = q.value(0).toLongLong();
    flag.userId = q.value(1).toString();
    flag.userName = q.value(2).toString();
    flag.userEmail = q.value(3).toString();
    flag.rule = Flag::ruleFromKey(q.value(4).toString()).value_or(Flag::Rule::NewCountry);
    flag.severity = Flag::severityFromKey(q.value(5).toString()).value_or(Flag::Severity::Low);
    flag.status = Flag::statusFromKey(q.value(6).toString()).value_or(Flag::Status::Open);
    flag.evidence = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    // In the operator's language; as stored when the evidence does not say enough.
    flag.explanation = FlagExplainer::explanation(flag.rule, flag.evidence);
    if (flag.explanation.isEmpty())
        flag.explanation = q.value(7).toString();
    flag.evidenceKey = pool.shared(q.value(9).toString());
    flag.firstSeen = Sql::fromMs(q.value(10));
    flag.lastSeen = Sql::fromMs(q.value(11));
    flag.userStatus = User::statusFromKey(q.value(12).toString()).value_or(UserStatus::Active);
    return flag;
}

QString flagSortColumn(const QSqlDatabase &db, FlagQuery::SortField field)
{
    switch (field) {
    case FlagQuery::SortField::Severity:
        return u"CASE f.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END"_s;
    case FlagQuery::SortField::User:
        return Sql::noCase(db, u"u.display_name"_s);
    case FlagQuery::SortField::Rule:
        return u"f.rule"_s;
    case FlagQuery::SortField::FirstSeen:
        return u"f.first_seen"_s;
    case FlagQuery::SortField::LastSeen:
        return u"f.last_seen"_s;
    case FlagQuery::SortField::Status:
        return u"f.status"_s;
    }
    Q_UNREACHABLE();
}

std::optional<SourceError> recordTransition(QSqlQuery &query, qint64 flagId, Flag::Status from,
                                            Flag::Status to, const QString &operatorId, const QString &note,
                                            const QDateTime &at)
{
    if (auto error =
            Sql::exec(query, u"UPDATE flags SET status = ? WHERE id = ?"_s, {Flag::statusKey(to), flagId}))
        return error;
    return Sql::exec(query,
                     u"INSERT INTO flag_transitions (flag_id, at, operator, from_status, to_status, note) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {flagId, Sql::time(at), operatorId, Flag::statusKey(from), Flag::statusKey(to), note});
}

// Moves the user's flags in status `from` to `to`, each with a transition.
std::optional<SourceError> moveUserFlags(QSqlQuery &query, const QString &userId, Flag::Status from,
                                         Flag::Status to, const QString &operatorId, const QString &note,
                                         const QDateTime &at)
{
    if (auto error = Sql::exec(query, u"SELECT id FROM flags WHERE user_id = ? AND status = ?"_s,
                               {userId, Flag::statusKey(from)}))
        return error;
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (auto error = recordTransition(query, id, from, to, operatorId, note, at))
            return error;
    }
    return std::nullopt;
}

// Raises a new flag or updates the open one for the same user and rule. Returns the new flag's id
// (0 when an open flag was updated, -1 when the finding was resolved before and is skipped).
Result<qint64> upsert(QSqlQuery &query, const Flag &finding, qint64 scanId)
{
    const QString evidence =
        QString::fromUtf8(QJsonDocument(finding.evidence).toJson(QJsonDocument::Compact));
    if (auto error = Sql::exec(
            query, u"SELECT id FROM flags WHERE user_id = ? AND rule = ? AND status IN ('open', 'frozen')"_s,
            {finding.userId, Flag::ruleKey(finding.rule)}))
        return *error;
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (auto error =
                Sql::exec(query,
                          u"UPDATE flags SET last_seen = max(last_seen, ?), explanation = ?, evidence = ?, "
                          "evidence_key = ?, updated_by_scan = ? WHERE id = ?"_s,
                          {Sql::time(finding.lastSeen), finding.explanation, evidence, finding.evidenceKey,
                           scanId, id}))
            return *error;
        return 0;
    }
    if (auto error = Sql::exec(
            query,
            u"SELECT EXISTS (SELECT 1 FROM flags WHERE user_id = ? AND rule = ? AND evidence_key = ?)"_s,
            {finding.userId, Flag::ruleKey(finding.rule), finding.evidenceKey}))
        return *error;
    query.next();
    if (query.value(0).toBool())
        return -1; // already closed by an operator: not raised again for the same evidence
    if (auto error = Sql::exec(
            query,
            u"INSERT INTO flags (user_id, rule, severity, status, explanation, evidence, evidence_key, "
            "first_seen, last_seen, raised_by_scan, updated_by_scan) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)"_s,
            {finding.userId, Flag::ruleKey(finding.rule), Flag::severityKey(finding.severity),
             finding.explanation, evidence, finding.evidenceKey, Sql::time(finding.firstSeen),
             Sql::time(finding.lastSeen), scanId, scanId}))
        return *error;
    return query.lastInsertId().toLongLong();
}

} // namespace

QString SqlFlags::systemOperator()
{
    return u"system"_s;
}

void SqlFlags::forEachUser(QSqlQuery &events, QSqlQuery &sessions, const UserVisitor &visit)
{
    StringPool pool;
    bool moreEvents = events.next();
    bool moreSessions = sessions.next();
    while (moreEvents) {
        const QString userId = events.value(1).toString();
        QList<LoginEvent> userEvents;
        while (moreEvents && events.value(1).toString() == userId) {
            userEvents.append(SqlRows::loginEventFrom(events, pool));
            moreEvents = events.next();
        }
        while (moreSessions && sessions.value(1).toString() < userId)
            moreSessions = sessions.next();
        QList<Session> userSessions;
        while (moreSessions && sessions.value(1).toString() == userId) {
            userSessions.append(SqlRows::sessionFrom(sessions, pool));
            moreSessions = sessions.next();
        }
        visit(userId, userEvents, userSessions);
    }
}

QString SqlFlags::freezeNote()
{
    return tr("Frozen automatically after a high-severity flag.");
}

Result<SqlFlags::Scan> SqlFlags::find(QSqlDatabase &db, QSqlDatabase &sessionsDb, bool full,
                                      const QDateTime &now)
{
    Scan scan;
    ScanResult &result = scan.counts;
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT s.value, d.last_login_event, (SELECT coalesce(max(id), 0) FROM login_events) "
                   "FROM settings s, detection_state d WHERE s.key = 'auto_freeze_high'"_s))
        return *error;
    query.next();
    scan.autoFreeze = query.value(0).toString() == u"on";
    const qint64 watermark = full ? 0 : query.value(1).toLongLong();
    scan.newest = query.value(2).toLongLong();
    if (!full && scan.newest <= watermark) {
        scan.nothingNew = true;
        return scan;
    }

    Settings settings;
    if (auto error = Sql::exec(query, u"SELECT key, value FROM settings"_s))
        return *error;
    while (query.next())
        settings.set(query.value(0).toString(), query.value(1).toString());
    const DetectionThresholds thresholds = DetectionThresholds::fromSettings(settings);
    const FlagDetector detector(thresholds);

    // The users with new events, their recent history and active sessions, both sorted by user.
    const QString users =
        full ? QString() : u" AND user_id IN (SELECT DISTINCT user_id FROM login_events WHERE id > ?)"_s;
    const QVariantList userArgs = full ? QVariantList() : QVariantList{watermark};
    const QDateTime since = now.addDays(-qMax(thresholds.newCountryDays, 30));
    QSqlQuery events(db);
    if (auto error =
            Sql::exec(events,
                      u"SELECT "_s + SqlRows::loginEventColumns() + u" FROM login_events WHERE at >= ?"_s +
                          users + u" ORDER BY user_id, at, id"_s,
                      QVariantList{Sql::time(since)} + userArgs))
        return *error;
    QSqlQuery sessions(sessionsDb);
    if (auto error = Sql::exec(sessions,
                               u"SELECT "_s + SqlRows::sessionColumns() +
                                   u" FROM sessions WHERE ended_at IS NULL AND expires_at > ?"_s + users +
                                   u" ORDER BY user_id"_s,
                               QVariantList{Sql::time(now)} + userArgs))
        return *error;

    forEachUser(
        events, sessions,
        [&](const QString &userId, const QList<LoginEvent> &userEvents, const QList<Session> &userSessions) {
            ++result.usersScanned;
            result.eventsScanned += userEvents.size();
            scan.findings.append(detector.detect(userId, userEvents, userSessions));
        });
    events.finish();
    sessions.finish();
    return scan;
}

Result<ScanResult> SqlFlags::record(QSqlDatabase &db, const Scan &scan, const QDateTime &now,
                                    const SqlTransaction &transaction, const Operator &actor)
{
    if (scan.nothingNew)
        return scan.counts;
    ScanResult result = scan.counts;
    const QList<Flag> &findings = scan.findings;
    const bool autoFreeze = scan.autoFreeze;
    const qint64 newest = scan.newest;
    const QString note = freezeNote();
    QSqlQuery query(db);
    return transaction.run<ScanResult>(db, [&](QSqlDatabase &) -> Result<ScanResult> {
        // The scan's own row first, for the flags to name; kept only when the scan changed something.
        if (auto error =
                Sql::exec(query,
                          u"INSERT INTO detection_scans (at, operator, os_account, host, through_event, "
                          "raised, updated, frozen, refused) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)"_s,
                          {Sql::time(now), actor.id, actor.osAccount, actor.host, newest}))
            return *error;
        const qint64 scanId = query.lastInsertId().toLongLong();
        QStringList toFreeze; // users with a new high-severity flag
        for (const Flag &finding : std::as_const(findings)) {
            const auto id = upsert(query, finding, scanId);
            if (!id.ok())
                return id.error();
            if (id.value() == 0)
                ++result.flagsUpdated;
            if (id.value() <= 0)
                continue;
            ++result.flagsRaised;
            if (autoFreeze && finding.severity == Flag::Severity::High && !toFreeze.contains(finding.userId))
                toFreeze << finding.userId;
        }
        // After all findings are stored, so that freezing marks every open flag of the user.
        for (const QString &userId : std::as_const(toFreeze)) {
            ActionResult frozen;
            if (auto error = freeze(db, userId, systemOperator(), note, now, frozen)) {
                if (error->code == SourceError::Code::Conflict)
                    continue; // already frozen or deactivated
                return *error;
            }
            // Audited like an operator's freeze, with the system as the operator.
            AuditEntry entry;
            entry.at = now;
            entry.operatorId = entry.osAccount = entry.host = systemOperator();
            entry.action = u"freeze_user"_s;
            entry.targetUser = userId;
            entry.count = frozen.sessionsEnded;
            entry.reason = note;
            entry.outcome = u"success"_s;
            if (auto audit = AuditTrail::append(db, entry); !audit.ok())
                return audit.error();
            ++result.usersFrozen;
        }
        if (auto error = Sql::exec(
                query,
                u"UPDATE detection_state SET last_login_event = max(last_login_event, ?), scanned_at = ?"_s,
                {newest, Sql::time(now)}))
            return *error;
        if (auto error =
                result.flagsRaised + result.flagsUpdated + result.usersFrozen > 0
                    ? Sql::exec(
                          query,
                          u"UPDATE detection_scans SET raised = ?, updated = ?, frozen = ? WHERE id = ?"_s,
                          {result.flagsRaised, result.flagsUpdated, result.usersFrozen, scanId})
                    : Sql::exec(query, u"DELETE FROM detection_scans WHERE id = ?"_s, {scanId}))
            return *error;
        qCInfo(lcSql) << "scan:" << result.usersScanned << "users," << result.eventsScanned << "events,"
                      << result.flagsRaised << "new flags," << result.usersFrozen << "frozen";
        return result;
    });
}

Result<Page<Flag>> SqlFlags::list(QSqlDatabase &db, const FlagQuery &query)
{
    QStringList conditions;
    QVariantList args;
    // A removed user's flags are no work left open (the Users page no longer lists them either).
    if (query.openOnly)
        conditions << u"f.status IN ('open', 'frozen')"_s << u"u.removed_at IS NULL"_s;
    if (!query.userId.isEmpty()) {
        conditions << u"f.user_id = ?"_s;
        args << query.userId;
    }
    if (query.rule) {
        conditions << u"f.rule = ?"_s;
        args << Flag::ruleKey(*query.rule);
    }
    const QVariantList countArgs = args;
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND ");
    // As many as the page lists: those of users that are there.
    const QString count = u"SELECT count(*) FROM flags f JOIN users u ON u.id = f.user_id"_s + where;
    const QString sortColumn = flagSortColumn(db, query.sortField);
    if (query.cursor.isValid()) {
        conditions << SqlPage::keysetCondition(sortColumn, u"f.id"_s, query.order);
        args << SqlPage::keysetArgs(query.cursor);
    }
    const QString direction = SqlPage::direction(query.order);
    const QString select = u"SELECT "_s + flagColumns + u", "_s + sortColumn +
                           u" FROM flags f JOIN users u ON u.id = f.user_id"_s +
                           (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND ")) +
                           u" ORDER BY %1 %2, f.id %2 LIMIT ?"_s.arg(sortColumn, direction);
    return SqlPage::fetch<Flag>(db, select, args, query.limit, query.cursor.isValid() ? QString() : count,
                                countArgs, flagFrom);
}

Result<QList<FlagTransition>> SqlFlags::history(QSqlDatabase &db, qint64 flagId)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"SELECT at, operator, from_status, to_status, note FROM flag_transitions "
                               "WHERE flag_id = ? ORDER BY at, id"_s,
                               {flagId}))
        return *error;
    QList<FlagTransition> transitions;
    while (query.next()) {
        transitions.append({Sql::fromMs(query.value(0)), query.value(1).toString(),
                            Flag::statusFromKey(query.value(2).toString()).value_or(Flag::Status::Open),
                            Flag::statusFromKey(query.value(3).toString()).value_or(Flag::Status::Open),
                            query.value(4).toString()});
    }
    return transitions;
}

std::optional<SourceError> SqlFlags::close(QSqlDatabase &db, qint64 flagId, Flag::Status outcome,
                                           const QString &operatorId, const QString &note,
                                           const QDateTime &at, AuditEntry &entry)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT user_id, rule, status FROM flags WHERE id = ?"_s, {flagId}))
        return error;
    if (!query.next())
        return SourceError{SourceError::Code::NotFound, tr("There is no flag %1.").arg(flagId), {}};
    const QString userId = query.value(0).toString();
    const QString rule = query.value(1).toString();
    const auto status = Flag::statusFromKey(query.value(2).toString()).value_or(Flag::Status::Open);
    if (status != Flag::Status::Open && status != Flag::Status::Frozen)
        return SourceError{SourceError::Code::Conflict,
                           tr("Flag %1 is already %2.").arg(flagId).arg(Flag::statusText(status).toLower()),
                           {}};
    if (auto error = recordTransition(query, flagId, status, outcome, operatorId, note, at))
        return error;
    entry.targetUser = userId;
    entry.newValue = QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"flag"_s, flagId}, {u"rule"_s, rule}, {u"status"_s, Flag::statusKey(outcome)}})
            .toJson(QJsonDocument::Compact));
    return std::nullopt;
}

std::optional<SourceError> SqlFlags::freeze(QSqlDatabase &db, const QString &userId,
                                            const QString &operatorId, const QString &reason,
                                            const QDateTime &at, ActionResult &result)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT status FROM users WHERE id = ?"_s, {userId}))
        return error;
    if (!query.next())
        return SourceError{SourceError::Code::NotFound, tr("The user no longer exists."), {}};
    if (query.value(0).toString() != u"active")
        return SourceError{
            SourceError::Code::Conflict,
            tr("The account is %1, not active; only active accounts can be frozen.")
                .arg(User::statusText(
                         User::statusFromKey(query.value(0).toString()).value_or(UserStatus::Active))
                         .toLower()),
            {}};
    const QVariant now = Sql::time(at);
    if (auto error = Sql::exec(
            query,
            u"UPDATE users SET status = 'frozen', status_reason = ?, tokens_not_before = ? WHERE id = ?"_s,
            {reason, now, userId}))
        return error;
    if (auto error = Sql::exec(query,
                               u"UPDATE sessions SET ended_at = ?, end_reason = 'frozen', ended_by = ? "
                               "WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?"_s,
                               {now, operatorId, userId, now}))
        return error;
    result.usersAffected = 1;
    result.sessionsEnded = query.numRowsAffected();
    return moveUserFlags(query, userId, Flag::Status::Open, Flag::Status::Frozen, operatorId, reason, at);
}

std::optional<SourceError> SqlFlags::unfreeze(QSqlDatabase &db, const QString &userId,
                                              const QString &operatorId, const QString &reason,
                                              const QDateTime &at, ActionResult &result)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"UPDATE users SET status = 'active', status_reason = NULL "
                               "WHERE id = ? AND status = 'frozen'"_s,
                               {userId}))
        return error;
    if (query.numRowsAffected() == 0) {
        if (auto error = Sql::exec(query, u"SELECT 1 FROM users WHERE id = ?"_s, {userId}))
            return error;
        if (!query.next())
            return SourceError{SourceError::Code::NotFound, tr("The user no longer exists."), {}};
        return SourceError{SourceError::Code::Conflict, tr("The account is not frozen."), {}};
    }
    result.usersAffected = 1;
    return moveUserFlags(query, userId, Flag::Status::Frozen, Flag::Status::Open, operatorId, reason, at);
}
