#include "models/sources/sql/SqlScope.h"

#include "models/domain/IpRange.h"
#include "models/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", ");
}

// The values of wanted that the query (with one "%1" for their placeholders) does not return.
Result<QStringList> absent(QSqlDatabase &db, const QString &sql, const QStringList &wanted)
{
    QSqlQuery query(db);
    QVariantList args;
    for (const QString &value : wanted)
        args << value;
    if (auto error = Sql::exec(query, sql.arg(placeholders(wanted.size())), args))
        return *error;
    QStringList missing = wanted;
    while (query.next())
        missing.removeAll(query.value(0).toString());
    missing.removeDuplicates();
    return missing;
}

} // namespace

std::optional<SourceError> SqlScope::check(QSqlDatabase &db, const LogoutAllScope &scope)
{
    if (!scope.keepUserIds.isEmpty()) {
        const auto missing =
            absent(db, u"SELECT id FROM users WHERE id IN (%1) AND removed_at IS NULL"_s, scope.keepUserIds);
        if (!missing.ok())
            return missing.error();
        if (!missing.value().isEmpty())
            return LogoutAllScope::unknownUsers(missing.value());
    }
    if (scope.excludeRoles.isEmpty())
        return std::nullopt;
    QSqlQuery query(db);
    if (auto error =
            Sql::exec(query, u"SELECT DISTINCT role FROM users WHERE removed_at IS NULL ORDER BY role"_s))
        return error;
    QStringList roles;
    while (query.next())
        roles << query.value(0).toString();
    return scope.checkRoles(roles);
}

std::pair<QString, QVariantList> SqlScope::spared(const LogoutAllScope &scope)
{
    QStringList conditions;
    QVariantList args;
    if (!scope.keepUserIds.isEmpty()) {
        conditions << u"u.id IN (%1)"_s.arg(placeholders(scope.keepUserIds.size()));
        for (const QString &id : scope.keepUserIds)
            args << id;
    }
    if (!scope.excludeRoles.isEmpty()) {
        conditions << u"u.role IN (%1)"_s.arg(placeholders(scope.excludeRoles.size()));
        for (const QString &role : scope.excludeRoles)
            args << role;
    }
    return {conditions.isEmpty() ? u"FALSE"_s : conditions.join(u" OR "), args};
}

QStringList SqlScope::matching(QSqlDatabase &db, const SessionFilter &filter, QVariantList &args)
{
    QStringList conditions;
    const auto compare = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        args << value;
    };
    if (!filter.userId.isEmpty())
        compare(u"s.user_id = ?"_s, filter.userId);
    if (const auto range = IpRange::parse(filter.network)) {
        conditions << Sql::withinRange(db, u"sessions"_s, u"s.ip"_s, *range, args);
    }
    if (!filter.country.isEmpty())
        // As the console shows it: an application's "de" or " DE" is Germany too (over an index on
        // the same expression).
        compare(u"upper(trim(s.country)) = ?"_s, filter.country.toUpper());
    // Each word anywhere in the user agent: "chrome windows" finds Chrome on Windows.
    for (const QString &word : filter.deviceWords())
        compare(Sql::lower(db, u"coalesce(s.user_agent, '')"_s) + u" LIKE ? ESCAPE '\\'"_s,
                Sql::likePattern(word));
    const auto time = [&](const QString &condition, const QDateTime &at) {
        if (at.isValid())
            compare(condition, Sql::time(at));
    };
    time(u"s.created_at >= ?"_s, filter.startedFrom);
    time(u"s.created_at < ?"_s, filter.startedTo);
    time(u"s.last_seen_at >= ?"_s, filter.activeFrom);
    time(u"s.last_seen_at < ?"_s, filter.activeTo);
    return conditions;
}
