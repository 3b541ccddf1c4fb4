#include "models/sources/sql/SqlTeam.h"

#include "models/domain/User.h"
#include "models/storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Account
{
    QString email;
    QString name;
    QString role;
    QString status;
};

// The account as it is, or NotFound for an unknown or removed one.
Result<Account> accountOf(QSqlDatabase &db, const QString &userId)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"SELECT email, display_name, role, status FROM users "
                               "WHERE id = ? AND removed_at IS NULL"_s,
                               {userId}))
        return *error;
    if (!query.next())
        return SourceError{SourceError::Code::NotFound, SqlTeam::tr("The user no longer exists."), {}};
    return Account{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                   query.value(3).toString()};
}

QString statusText(const QString &key)
{
    return User::statusText(User::statusFromKey(key).value_or(UserStatus::Active)).toLower();
}

} // namespace

bool SqlTeam::isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<SourceError> SqlTeam::add(QSqlDatabase &db, const QString &email, const QString &displayName,
                                        const QString &role, const QDateTime &at, ActionResult &result,
                                        AuditEntry &entry)
{
    const QString address = email.trimmed();
    const QString name = displayName.simplified();
    const QString roleName = role.trimmed().isEmpty() ? u"member"_s : role.trimmed();
    if (!isEmailAddress(address))
        return SourceError{SourceError::Code::InvalidInput,
                           tr("'%1' is not an email address (name@example.com).").arg(address),
                           {}};
    if (name.isEmpty())
        return SourceError{SourceError::Code::InvalidInput, tr("A name is required for a new user."), {}};
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"SELECT display_name, email FROM users WHERE %1 = %2"_s.arg(
                                   Sql::lower(db, u"email"_s), Sql::lower(db, u"?"_s)),
                               {address}))
        return error;
    if (query.next())
        return SourceError{SourceError::Code::Conflict,
                           tr("%1 <%2> already has an account; nothing was added.")
                               .arg(query.value(0).toString(), query.value(1).toString()),
                           {}};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto error = Sql::exec(query,
                               u"INSERT INTO users (id, email, display_name, role, status, created_at) "
                               "VALUES (?, ?, ?, ?, 'active', ?)"_s,
                               {id, address, name, roleName, Sql::time(at)}))
        return error;
    entry.targetUser = id;
    entry.newValue = json({{u"email"_s, address}, {u"name"_s, name}, {u"role"_s, roleName}});
    result.usersAffected = 1;
    return std::nullopt;
}

std::optional<SourceError> SqlTeam::deactivate(QSqlDatabase &db, const QString &userId,
                                               const QString &operatorId, const QString &reason,
                                               const QDateTime &at, ActionResult &result)
{
    const auto account = accountOf(db, userId);
    if (!account.ok())
        return account.error();
    if (account.value().status == u"deactivated")
        return SourceError{SourceError::Code::Conflict,
                           tr("%1 is already deactivated; nothing changed.").arg(account.value().name),
                           {}};
    // A freeze ends only by unfreezing, on record: deactivating and reactivating would undo it.
    if (account.value().status == u"frozen")
        return SourceError{
            SourceError::Code::Conflict,
            tr("%1 is frozen: unfreeze the account first, then deactivate it; nothing changed.")
                .arg(account.value().name),
            {}};
    const QVariant now = Sql::time(at);
    QSqlQuery query(db);
    if (auto error =
            Sql::exec(query,
                      u"UPDATE users SET status = 'deactivated', status_reason = ?, tokens_not_before = ? "
                      "WHERE id = ?"_s,
                      {reason, now, userId}))
        return error;
    if (auto error = Sql::exec(query,
                               u"UPDATE sessions SET ended_at = ?, end_reason = 'deactivated', ended_by = ? "
                               "WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?"_s,
                               {now, operatorId, userId, now}))
        return error;
    result.usersAffected = 1;
    result.sessionsEnded = query.numRowsAffected();
    return std::nullopt;
}

std::optional<SourceError> SqlTeam::reactivate(QSqlDatabase &db, const QString &userId, ActionResult &result)
{
    const auto account = accountOf(db, userId);
    if (!account.ok())
        return account.error();
    if (account.value().status != u"deactivated")
        return SourceError{SourceError::Code::Conflict,
                           tr("%1 is %2, not deactivated; nothing changed.")
                               .arg(account.value().name, statusText(account.value().status)),
                           {}};
    QSqlQuery query(db);
    if (auto error = Sql::exec(
            query, u"UPDATE users SET status = 'active', status_reason = NULL WHERE id = ?"_s, {userId}))
        return error;
    result.usersAffected = 1;
    return std::nullopt;
}

std::optional<SourceError> SqlTeam::remove(QSqlDatabase &db, const QString &userId, const QDateTime &at,
                                           ActionResult &result, AuditEntry &entry)
{
    const auto account = accountOf(db, userId);
    if (!account.ok())
        return account.error();
    const Account &before = account.value();
    if (before.status == u"frozen")
        return SourceError{
            SourceError::Code::Conflict,
            tr("%1 is frozen: only deactivated users can be removed. Unfreeze the account, then "
               "deactivate it.")
                .arg(before.name),
            {}};
    if (before.status != u"deactivated")
        return SourceError{
            SourceError::Code::Conflict,
            tr("%1 is %2: only deactivated users can be removed. Deactivate the account first.")
                .arg(before.name, statusText(before.status)),
            {}};
    QSqlQuery query(db);
    if (auto error = Sql::exec(query,
                               u"SELECT EXISTS (SELECT 1 FROM sessions WHERE user_id = ?) "
                               "OR EXISTS (SELECT 1 FROM login_events WHERE user_id = ?) "
                               "OR EXISTS (SELECT 1 FROM flags WHERE user_id = ?)"_s,
                               {userId, userId, userId}))
        return error;
    const bool hasHistory = query.next() && query.value(0).toBool();
    if (hasHistory) {
        if (auto error = Sql::exec(query,
                                   u"UPDATE users SET email = 'removed-' || id || '@removed.invalid', "
                                   "display_name = ?, status_reason = NULL, removed_at = ? WHERE id = ?"_s,
                                   {u"Removed user"_s, Sql::time(at), userId}))
            return error;
    } else if (auto error = Sql::exec(query, u"DELETE FROM users WHERE id = ?"_s, {userId})) {
        return error;
    }
    entry.oldValue = json({{u"email"_s, before.email}, {u"name"_s, before.name}, {u"role"_s, before.role}});
    entry.newValue = json({{u"removed"_s, hasHistory ? u"anonymised, history kept"_s : u"deleted"_s}});
    result.usersAffected = 1;
    return std::nullopt;
}

std::optional<SourceError> SqlTeam::setRole(QSqlDatabase &db, const QString &userId, const QString &role,
                                            ActionResult &result, AuditEntry &entry)
{
    const QString roleName = role.trimmed();
    if (roleName.isEmpty())
        return SourceError{SourceError::Code::InvalidInput, tr("A role is required."), {}};
    const auto account = accountOf(db, userId);
    if (!account.ok())
        return account.error();
    if (account.value().role == roleName)
        return SourceError{
            SourceError::Code::Conflict,
            tr("%1 already has the role %2; nothing changed.").arg(account.value().name, roleName),
            {}};
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"UPDATE users SET role = ? WHERE id = ?"_s, {roleName, userId}))
        return error;
    entry.oldValue = json({{u"role"_s, account.value().role}});
    entry.newValue = json({{u"role"_s, roleName}});
    result.usersAffected = 1;
    return std::nullopt;
}

Result<int> SqlTeam::purgeRemoved(QSqlDatabase &db, const QDateTime &now, int days)
{
    const QVariant cutoff = Sql::time(now.addDays(-days));
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT count(*) FROM users WHERE removed_at < ?"_s, {cutoff}))
        return *error;
    if (!query.next() || query.value(0).toInt() == 0)
        return 0;
    const int users = query.value(0).toInt();
    const QString removed = u"(SELECT id FROM users WHERE removed_at < ?)"_s;
    for (const QString &statement :
         {u"DELETE FROM flag_transitions WHERE flag_id IN (SELECT id FROM flags WHERE user_id IN %1)"_s,
          u"DELETE FROM flags WHERE user_id IN %1"_s, u"DELETE FROM login_events WHERE user_id IN %1"_s,
          u"DELETE FROM sessions WHERE user_id IN %1"_s, u"DELETE FROM users WHERE id IN %1"_s}) {
        if (auto error = Sql::exec(query, statement.arg(removed), {cutoff}))
            return *error;
    }
    return users;
}
