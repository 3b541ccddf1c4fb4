#include "models/sources/sql/SqliteStoreBackend.h"

#include "models/Logging.h"
#include "models/audit/AuditTrail.h"
#include "models/sources/sql/SqlFlags.h"
#include "models/sources/sql/SqlPlannedLogouts.h"
#include "models/sources/sql/SqlTeam.h"
#include "models/sources/sql/SqliteLogouts.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlRows.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqliteStoreFile.h"
#include "models/storage/StringPool.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// The role the operators table gives an OS account; none when it is not an operator.
Result<std::optional<Role>> storedRole(QSqlDatabase &db, const QString &osAccount)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT role FROM operators WHERE os_account = ?"_s, {osAccount}))
        return *error;
    return query.next() ? Operator::roleFromKey(query.value(0).toString()) : std::nullopt;
}

// The first account to open a store with no operators becomes its administrator.
std::optional<SourceError> adoptFirstOperator(QSqlDatabase &db, const QString &osAccount)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"INSERT INTO operators (os_account, role, added_at, added_by) "
                               "SELECT ?, 'administrator', ?, 'first operator' "
                               "WHERE NOT EXISTS (SELECT 1 FROM operators)"_s,
                               {osAccount, QDateTime::currentMSecsSinceEpoch()}))
        return error;
    if (query.numRowsAffected() > 0)
        qCInfo(lcSql).noquote() << osAccount << "is the first operator of the store: administrator";
    return std::nullopt;
}

// Refuses to take the administrator role from account when no other administrator is left.
std::optional<SourceError> keepAnAdministrator(QSqlDatabase &db, const QString &account)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT count(*) FROM operators WHERE role = 'administrator' AND os_account <> ?"_s,
            {account}))
        return error;
    query.next();
    if (query.value(0).toInt() > 0)
        return std::nullopt;
    return SourceError{
        SourceError::Code::Conflict,
        SqliteStoreBackend::tr("%1 is the last administrator of this store; make another operator "
                               "administrator first.")
            .arg(account),
        {}};
}

// An operator entry as the audit trail records it before and after a change.
QString operatorJson(const QString &account, std::optional<Role> role)
{
    const QJsonObject object{{u"account"_s, account},
                             {u"role"_s, role ? QJsonValue(Operator::roleKey(*role)) : QJsonValue()}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Deletes what removed users left behind once the setting's period has passed.
Result<int> purgeRemovedUsers(QSqlDatabase &db, const QDateTime &now)
{
    const auto stored = StoreBackend::settings(db);
    if (!stored.ok())
        return stored.error();
    const int days = stored.value().value(QString::fromLatin1(Settings::RemovedHistoryDays)).toInt();
    return SqlTransaction(1, 0).run<int>(
        db, [&](QSqlDatabase &) { return SqlTeam::purgeRemoved(db, now, days); });
}

} // namespace

Result<int> SqliteStoreBackend::expireSessions(QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT EXISTS (SELECT 1 FROM sessions WHERE ended_at IS NULL AND expires_at <= ?)"_s,
            {Sql::time(now)}))
        return *error;
    if (!query.next() || !query.value(0).toBool())
        return 0;
    return SqlTransaction(1, 0).run<int>(db, [&](QSqlDatabase &) -> Result<int> {
        if (auto error = Sql::exec(query,
                                   u"UPDATE sessions SET ended_at = expires_at, end_reason = 'expired' "
                                   "WHERE ended_at IS NULL AND expires_at <= ?"_s,
                                   {Sql::time(now)}))
            return *error;
        qCDebug(lcSql) << "marked" << query.numRowsAffected() << "sessions as expired";
        return query.numRowsAffected();
    });
}

QString SqliteStoreBackend::description(const Options &options) const
{
    return tr("SQLite store %1").arg(QDir::toNativeSeparators(options.path));
}

Capabilities SqliteStoreBackend::capabilities(const Operator &op, bool, const Options &) const
{
    return operatorCapabilities(op);
}

QString SqliteStoreBackend::storeIdentity(const Options &options) const
{
    const QFileInfo file(options.path);
    return file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
}

Result<StoreBackend::StoreInfo> SqliteStoreBackend::open(QSqlDatabase &db, const QString &connectionName,
                                                         const Options &options, bool upgradeFirst) const
{
    if (upgradeFirst)
        return SourceError{
            SourceError::Code::InvalidInput, tr("A SQLite store is upgraded when it is opened."), {}};
    const SqlTransaction transaction(options.busyAttempts, options.busyTimeoutMs);
    // Upgrading to version 3 chains the audit entries written before.
    const auto file =
        SqliteStoreFile::open(db, connectionName, options.path, options.createIfMissing, transaction,
                              options.busyTimeoutMs, {{3, AuditTrail::chainUnchained}});
    if (!file.ok())
        return file.error();
    // Checkpoints run on the background connection after writes, so that an action returns
    // once committed (see checkpointInBackground()).
    QSqlQuery(db).exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    StoreInfo info;
    info.path = file.value().path;
    info.schemaVersion = file.value().schemaVersion;
    info.created = file.value().created;
    auto role = transaction.run<std::optional<Role>>(db, [&](QSqlDatabase &) -> Result<std::optional<Role>> {
        if (auto error = adoptFirstOperator(db, options.actor.osAccount))
            return *error;
        return storedRole(db, options.actor.osAccount);
    });
    if (!role.ok()) {
        db.close();
        return role.error();
    }
    info.actor = options.actor;
    info.actor.role = role.value();
    if (auto expired = expireSessions(db, QDateTime::currentDateTimeUtc()); !expired.ok())
        qCInfo(lcSql) << "expiry sweep skipped:" << expired.error().text;
    if (auto purged = purgeRemovedUsers(db, QDateTime::currentDateTimeUtc()); !purged.ok())
        qCInfo(lcSql) << "purge of removed users skipped:" << purged.error().text;
    QSqlQuery version(db);
    if (version.exec(u"PRAGMA data_version"_s) && version.next())
        info.dataVersion = version.value(0).toLongLong();
    qCInfo(lcSql) << "opened" << info.path << "schema" << info.schemaVersion << (info.created ? "(new)" : "");
    return info;
}

Result<std::optional<Role>> SqliteStoreBackend::roleOf(QSqlDatabase &db, const QString &osAccount) const
{
    return storedRole(db, osAccount);
}

Result<QList<OperatorAccount>> SqliteStoreBackend::operators(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"SELECT os_account, role, added_at, added_by FROM operators ORDER BY os_account"_s))
        return *error;
    QList<OperatorAccount> accounts;
    while (query.next()) {
        accounts.append({query.value(0).toString(),
                         Operator::roleFromKey(query.value(1).toString()).value_or(Role::Auditor),
                         Sql::fromMs(query.value(2)), query.value(3).toString()});
    }
    return accounts;
}

std::optional<SourceError> SqliteStoreBackend::checkpoint(QSqlDatabase &db) const
{
    // Passive: copies what it can without waiting for, or blocking, readers and writers.
    QSqlQuery query(db);
    return Sql::exec(query, u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

Result<ScanResult> SqliteStoreBackend::scan(QSqlDatabase &db, bool full, const SqlTransaction &transaction,
                                            const Operator &actor, const Options &) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto found = SqlFlags::find(db, db, full, now);
    if (!found.ok())
        return found.error();
    return SqlFlags::record(db, found.value(), now, transaction, actor);
}

Result<SqliteStoreBackend::Poll> SqliteStoreBackend::poll(QSqlDatabase &db)
{
    Poll result;
    auto expired = expireSessions(db, QDateTime::currentDateTimeUtc());
    if (!expired.ok())
        return expired.error();
    result.expired = expired.value();
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"PRAGMA data_version"_s))
        return *error;
    query.next();
    result.dataVersion = query.value(0).toLongLong();
    return result;
}

StoreBackend::Act SqliteStoreBackend::acting(const QString &action, Work work)
{
    return [action, work = std::move(work)](QSqlDatabase &db, const ActionRun &run) -> Result<ActionResult> {
        return run.transaction.run<ActionResult>(db, [&](QSqlDatabase &) -> Result<ActionResult> {
            // The store decides what the operator may do, as of now, not the role they claim.
            Operator actor = run.context.actor;
            auto role = storedRole(db, actor.osAccount);
            if (!role.ok())
                return role.error();
            actor.role = role.value();
            if (const QString denied = Capabilities::forOperator(actor).reason(run.capability);
                !denied.isEmpty())
                return SourceError{SourceError::Code::PermissionDenied, denied, {}};
            ActionResult result;
            result.at = QDateTime::currentDateTimeUtc();
            QList<AuditEntry> entries{AuditTrail::entryFor(run.context, action, result.at)};
            if (auto error = work(db, run.context, result, entries))
                return *error;
            const auto audit = AuditTrail::append(db, entries);
            if (!audit.ok())
                return audit.error();
            if (result.auditEntryId == 0)
                result.auditEntryId = audit.value();
            qCInfo(lcSql).noquote() << action << "by" << run.context.actor.id << "ended"
                                    << result.sessionsEnded << "sessions";
            return result;
        });
    };
}

StoreBackend::Act SqliteStoreBackend::runPlannedLogout(const PlannedLogout &plan,
                                                       const Operator &runner) const
{
    // As the administrator who planned it (run.context; the store checks their role now); the
    // entry names the OS account and host of the console that ran it.
    const QString ranBy = tr("%1 on %2").arg(runner.osAccount, runner.host);
    const qint64 id = plan.id;
    const Act logout =
        acting(u"logout_all"_s,
               [id, runner, ranBy](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                                   QList<AuditEntry> &entries) -> std::optional<SourceError> {
                   // Still pending inside this transaction, which holds the write lock: it runs once.
                   const auto current = SqlPlannedLogouts::pending(db, id);
                   if (!current.ok())
                       return current.error();
                   if (const QString missed = current.value().missed(result.at); !missed.isEmpty())
                       return SourceError{SourceError::Code::InvalidInput, missed, {}};
                   AuditEntry &entry = entries.first();
                   entry.osAccount = runner.osAccount;
                   entry.host = runner.host;
                   if (auto error = SqliteLogouts::everyone(db, current.value().scope, context.actor.id, id,
                                                            result, entry))
                       return error;
                   return SqlPlannedLogouts::finish(
                       db, id, PlannedLogout::Status::Done, result.at,
                       tr("Ended %Ln session(s); users affected: %1.", nullptr, result.sessionsEnded)
                           .arg(result.usersAffected),
                       ranBy);
               });
    return [logout, id, ranBy, runner](QSqlDatabase &db, const ActionRun &run) -> Result<ActionResult> {
        auto done = logout(db, run);
        using Code = SourceError::Code;
        if (done.ok() ||
            !QList{Code::PermissionDenied, Code::NotFound, Code::InvalidInput}.contains(done.error().code))
            return done;
        // The planner may no longer do this, the scope spares someone who is gone, or it was
        // missed: the plan fails for good, saying why, and the audit trail says so too.
        const auto marked = run.transaction.run<bool>(db, [&](QSqlDatabase &) -> Result<bool> {
            const QDateTime at = QDateTime::currentDateTimeUtc();
            if (auto error = SqlPlannedLogouts::finish(db, id, PlannedLogout::Status::Failed, at,
                                                       done.error().text, ranBy))
                return *error;
            AuditEntry entry = AuditTrail::entryFor(run.context, u"logout_all"_s, at);
            entry.osAccount = runner.osAccount;
            entry.host = runner.host;
            entry.outcome = u"failed"_s;
            entry.newValue = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"planned"_s, id}, {u"error"_s, done.error().text}})
                    .toJson(QJsonDocument::Compact));
            if (const auto appended = AuditTrail::append(db, entry); !appended.ok())
                return appended.error();
            return true;
        });
        if (!marked.ok())
            qCWarning(lcSql) << "planned logout" << id
                             << "could not be marked failed:" << marked.error().text;
        return done;
    };
}

StoreBackend::Act SqliteStoreBackend::logoutUsers(const QStringList &userIds) const
{
    return acting(
        u"logout_user"_s,
        [userIds](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                  QList<AuditEntry> &entries) -> std::optional<SourceError> {
            if (userIds.isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No user was chosen."), {}};
            const AuditEntry action = entries.takeFirst();
            const QVariant now = Sql::time(result.at);
            QSqlQuery query(db);
            for (const QString &userId : userIds) {
                if (auto error = Sql::exec(query, u"UPDATE users SET tokens_not_before = ? WHERE id = ?"_s,
                                           {now, userId}))
                    return error;
                if (query.numRowsAffected() == 0)
                    return SourceError{SourceError::Code::NotFound, tr("The user no longer exists."), {}};
                if (auto error = Sql::exec(
                        query,
                        u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout', ended_by = ? "
                        "WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?"_s,
                        {now, context.actor.id, userId, now}))
                    return error;
                AuditEntry entry = action;
                entry.targetUser = userId;
                entry.count = query.numRowsAffected();
                entries.append(entry);
                result.sessionsEnded += entry.count;
                ++result.usersAffected;
            }
            return std::nullopt;
        });
}

StoreBackend::Act SqliteStoreBackend::logoutAll(const LogoutAllScope &scope) const
{
    if (!scope.matching.isEmpty())
        return acting(u"end_matching"_s,
                      [scope](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                              QList<AuditEntry> &entries) -> std::optional<SourceError> {
                          if (auto error = SqliteLogouts::matching(db, scope, context.actor.id, result,
                                                                   entries.first()))
                              return error;
                          return scope.refuseGrown(result.sessionsEnded); // rolled back
                      });
    return acting(u"logout_all"_s,
                  [scope](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                          QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      return SqliteLogouts::everyone(db, scope, context.actor.id, 0, result, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                                                    const QString &message) const
{
    return acting(u"logout_all_planned"_s,
                  [=](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      return SqlPlannedLogouts::plan(db, scope, runAt, message, context, result.at, result,
                                                     entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::cancelPlannedLogout(qint64 id) const
{
    return acting(u"logout_all_cancel"_s,
                  [=](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      return SqlPlannedLogouts::cancel(db, id, context, result.at, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::endSession(const QString &sessionId) const
{
    return acting(
        u"end_session"_s,
        [sessionId](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                    QList<AuditEntry> &entries) -> std::optional<SourceError> {
            AuditEntry &entry = entries.first();
            QSqlQuery query(db);
            if (auto error = Sql::exec(
                    query, u"SELECT "_s + SqlRows::sessionColumns() + u" FROM sessions WHERE id = ?"_s,
                    {sessionId}))
                return error;
            if (!query.next())
                return SourceError{
                    SourceError::Code::NotFound, tr("There is no session %1.").arg(sessionId), {}};
            StringPool pool;
            const Session session = SqlRows::sessionFrom(query, pool);
            if (!session.isActive(result.at)) {
                const QString why = Session::endReasonText(session.endReason.value_or(EndReason::Expired));
                return SourceError{SourceError::Code::Conflict,
                                   tr("Session %1 has already ended (%2).").arg(sessionId, why),
                                   {}};
            }
            if (auto error =
                    Sql::exec(query,
                              u"UPDATE sessions SET ended_at = ?, end_reason = 'admin_logout', ended_by = ? "
                              "WHERE id = ? AND ended_at IS NULL"_s,
                              {Sql::time(result.at), context.actor.id, sessionId}))
                return error;
            result.usersAffected = 1;
            result.sessionsEnded = query.numRowsAffected();
            entry.targetUser = session.userId;
            entry.targetSession = sessionId;
            entry.count = result.sessionsEnded;
            return std::nullopt;
        });
}

StoreBackend::Act SqliteStoreBackend::closeFlag(qint64 flagId, Flag::Status outcome) const
{
    const bool resolve = outcome == Flag::Status::Resolved;
    return acting(resolve ? u"resolve_flag"_s : u"dismiss_flag"_s,
                  [flagId, outcome](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                                    QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      return SqlFlags::close(db, flagId, outcome, context.actor.id, context.reason.trimmed(),
                                             result.at, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::freezeUser(const QString &userId) const
{
    return acting(u"freeze_user"_s,
                  [userId](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                           QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      auto error = SqlFlags::freeze(db, userId, context.actor.id, context.reason.trimmed(),
                                                    result.at, result);
                      entries.first().count = result.sessionsEnded;
                      return error;
                  });
}

StoreBackend::Act SqliteStoreBackend::unfreezeUser(const QString &userId) const
{
    return acting(u"unfreeze_user"_s,
                  [userId](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                           QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      return SqlFlags::unfreeze(db, userId, context.actor.id, context.reason.trimmed(),
                                                result.at, result);
                  });
}

StoreBackend::Act SqliteStoreBackend::addUser(const QString &email, const QString &displayName,
                                              const QString &role) const
{
    return acting(u"user_add"_s,
                  [=](QSqlDatabase &db, const ActionContext &, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      return SqlTeam::add(db, email, displayName, role, result.at, result, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::deactivateUser(const QString &userId) const
{
    return acting(u"user_deactivate"_s,
                  [=](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      auto error = SqlTeam::deactivate(db, userId, context.actor.id, context.reason.trimmed(),
                                                       result.at, result);
                      entries.first().count = result.sessionsEnded;
                      return error;
                  });
}

StoreBackend::Act SqliteStoreBackend::reactivateUser(const QString &userId) const
{
    return acting(u"user_reactivate"_s,
                  [=](QSqlDatabase &db, const ActionContext &, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      return SqlTeam::reactivate(db, userId, result);
                  });
}

StoreBackend::Act SqliteStoreBackend::removeUser(const QString &userId) const
{
    return acting(u"user_remove"_s,
                  [=](QSqlDatabase &db, const ActionContext &, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      return SqlTeam::remove(db, userId, result.at, result, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::setUserRole(const QString &userId, const QString &role) const
{
    return acting(u"user_set_role"_s,
                  [=](QSqlDatabase &db, const ActionContext &, ActionResult &result,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      entries.first().targetUser = userId;
                      return SqlTeam::setRole(db, userId, role, result, entries.first());
                  });
}

StoreBackend::Act SqliteStoreBackend::saveSettings(const Settings &settings) const
{
    return acting(
        u"change_settings"_s,
        [settings](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
                   QList<AuditEntry> &entries) -> std::optional<SourceError> {
            AuditEntry &entry = entries.first();
            const auto stored = StoreBackend::settings(db);
            if (!stored.ok())
                return stored.error();
            const QStringList changed = stored.value().changedKeys(settings);
            if (changed.isEmpty())
                return SourceError{SourceError::Code::InvalidInput, tr("No setting was changed."), {}};
            QJsonObject before, after;
            QSqlQuery query(db);
            for (const QString &key : changed) {
                before.insert(key, stored.value().value(key));
                after.insert(key, settings.value(key));
                if (auto error = Sql::exec(
                        query,
                        u"INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                        {key, settings.value(key), Sql::time(result.at), context.actor.id}))
                    return error;
            }
            result.settingsChanged = int(changed.size());
            entry.oldValue = QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact));
            entry.newValue = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
            return std::nullopt;
        });
}

StoreBackend::Act SqliteStoreBackend::saveOperator(const QString &osAccount, Role role) const
{
    const QString account = osAccount.trimmed();
    return acting(
        u"operator_set"_s,
        [=](QSqlDatabase &db, const ActionContext &context, ActionResult &result,
            QList<AuditEntry> &entries) -> std::optional<SourceError> {
            if (account.isEmpty() || account.contains(QRegularExpression(u"\\s"_s)))
                return SourceError{SourceError::Code::InvalidInput,
                                   tr("'%1' is not an OS account name.").arg(osAccount),
                                   {}};
            if (!Operator::accountExists(account))
                return SourceError{SourceError::Code::NotFound,
                                   tr("This computer has no account %1; operators of a SQLite store "
                                      "are the accounts that sign in to the computer.")
                                       .arg(account),
                                   {}};
            auto before = storedRole(db, account);
            if (!before.ok())
                return before.error();
            if (before.value() == role)
                return SourceError{
                    SourceError::Code::Conflict,
                    tr("%1 is already %2; nothing changed.").arg(account, Operator::roleText(role)),
                    {}};
            if (before.value() == Role::Administrator)
                if (auto error = keepAnAdministrator(db, account))
                    return error;
            QSqlQuery query(db);
            if (auto error =
                    Sql::exec(query,
                              u"INSERT INTO operators (os_account, role, added_at, added_by) VALUES (?, ?, "
                              u"?, ?) "
                              "ON CONFLICT (os_account) DO UPDATE SET role = excluded.role"_s,
                              {account, Operator::roleKey(role), Sql::time(result.at), context.actor.id}))
                return error;
            AuditEntry &entry = entries.first();
            entry.oldValue = operatorJson(account, before.value());
            entry.newValue = operatorJson(account, role);
            return std::nullopt;
        });
}

StoreBackend::Act SqliteStoreBackend::removeOperator(const QString &osAccount) const
{
    return acting(u"operator_remove"_s,
                  [=](QSqlDatabase &db, const ActionContext &, ActionResult &,
                      QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      auto before = storedRole(db, osAccount);
                      if (!before.ok())
                          return before.error();
                      if (!before.value())
                          return SourceError{SourceError::Code::NotFound,
                                             tr("%1 is not an operator of this store.").arg(osAccount),
                                             {}};
                      if (before.value() == Role::Administrator)
                          if (auto error = keepAnAdministrator(db, osAccount))
                              return error;
                      QSqlQuery query(db);
                      if (auto error =
                              Sql::exec(query, u"DELETE FROM operators WHERE os_account = ?"_s, {osAccount}))
                          return error;
                      AuditEntry &entry = entries.first();
                      entry.oldValue = operatorJson(osAccount, before.value());
                      entry.newValue = operatorJson(osAccount, std::nullopt);
                      return std::nullopt;
                  });
}

StoreBackend::Act SqliteStoreBackend::recordExport(const QString &action, const QString &what,
                                                   int count) const
{
    return acting(action,
                  [what, count](QSqlDatabase &, const ActionContext &, ActionResult &,
                                QList<AuditEntry> &entries) -> std::optional<SourceError> {
                      AuditEntry &entry = entries.first();
                      entry.count = count;
                      entry.newValue = what;
                      return std::nullopt;
                  });
}
