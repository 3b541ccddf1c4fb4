#pragma once

#include "models/domain/User.h"
#include "models/sources/Result.h"
#include "models/sources/SourceError.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

// What the Users page asks for: filter, sort and one page, evaluated by the source.
struct UserQuery
{
    Q_DECLARE_TR_FUNCTIONS(UserQuery)

public:
    enum class SortField {
        Name,
        Email,
        Role,
        Status,
        Flags, // the highest severity of the open flags, then their number (Capability::UserFlags)
        ActiveSessions,
        Devices,
        LastActivity,
        LastLocation,
    };

    QString text; // substring of the name or email, case-insensitive

    static constexpr int maxTextLength = 200; // longer searches are refused
    // The refusal of a search text longer than maxTextLength (users', audit words), or none.
    static std::optional<SourceError> refuseLongText(const QString &text);
    // The user of found that wanted names by email address (or id, for sources whose users are
    // names; or the name of a user without an address): the one written exactly so; else the only one in
    // another letter case. Several in other cases and none exact are refused (Conflict) naming them, never
    // one picked; none at all is NotFound.
    static Result<User> byEmail(const QList<User> &found, const QString &wanted);
    std::optional<UserStatus> status;
    bool flagged = false; // only users with open flags (Capability::UserFlags)
    SortField sortField = SortField::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = 100;
    QVariant cursor; // from the previous Page; invalid for the first page

    // Names used on the command line: name, email, role, status, flags, sessions, devices,
    // last-activity, location.
    static QString sortFieldKey(SortField field);
    static std::optional<SortField> sortFieldFromKey(const QString &key);
};
