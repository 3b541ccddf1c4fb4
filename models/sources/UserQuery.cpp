#include "models/sources/UserQuery.h"

#include "models/domain/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

std::optional<SourceError> UserQuery::refuseLongText(const QString &text)
{
    if (text.size() <= maxTextLength)
        return std::nullopt;
    return SourceError{SourceError::Code::InvalidInput,
                       tr("A search is at most %1 characters long.").arg(maxTextLength),
                       {}};
}

QString UserQuery::sortFieldKey(SortField field)
{
    switch (field) {
    case SortField::Name:
        return u"name"_s;
    case SortField::Email:
        return u"email"_s;
    case SortField::Role:
        return u"role"_s;
    case SortField::Status:
        return u"status"_s;
    case SortField::Flags:
        return u"flags"_s;
    case SortField::ActiveSessions:
        return u"sessions"_s;
    case SortField::Devices:
        return u"devices"_s;
    case SortField::LastActivity:
        return u"last-activity"_s;
    case SortField::LastLocation:
        return u"location"_s;
    }
    Q_UNREACHABLE();
}

std::optional<UserQuery::SortField> UserQuery::sortFieldFromKey(const QString &key)
{
    static constexpr SortField fields[] = {
        SortField::Name,    SortField::Email,        SortField::Role,
        SortField::Status,  SortField::Flags,        SortField::ActiveSessions,
        SortField::Devices, SortField::LastActivity, SortField::LastLocation};
    return enumFromKey(fields, sortFieldKey, key);
}

Result<User> UserQuery::byEmail(const QList<User> &found, const QString &wanted)
{
    const QString address = wanted.trimmed();
    QList<User> anyCase;
    for (const User &user : found) {
        if (user.email == address || user.id == address)
            return user;
        // A user without an address (an OAuth account without the e-mail scope) by their name.
        if (user.email.compare(address, Qt::CaseInsensitive) == 0 ||
            user.id.compare(address, Qt::CaseInsensitive) == 0 ||
            (user.email.isEmpty() && user.displayName.compare(address, Qt::CaseInsensitive) == 0))
            anyCase << user;
    }
    if (anyCase.size() == 1)
        return anyCase.first();
    if (anyCase.isEmpty())
        return SourceError{
            SourceError::Code::NotFound, tr("There is no user with the email address %1.").arg(address), {}};
    QStringList names;
    for (const User &user : std::as_const(anyCase))
        names << (user.email.isEmpty() ? tr("%1 (id %2)").arg(user.displayName, user.id) : user.email);
    return SourceError{SourceError::Code::Conflict,
                       tr("%1 names several users in other letter cases: %2. Write it exactly as one "
                          "of them.")
                           .arg(address, names.join(u", ")),
                       {}};
}
