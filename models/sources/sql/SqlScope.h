#pragma once

#include "models/sources/LogoutAllScope.h"
#include "models/sources/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>
#include <utility>

// Whom a Log Out All spares, and which sessions a filter matches, in a SessionDesk store: checked
// against the users, and as conditions.
class SqlScope final
{
public:
    // Refuses a scope that names what the store does not have: a kept user who does not exist (or
    // was removed), an empty role, or a role no user holds. Sparing nobody by a typing mistake
    // would log out the very users the operator meant to keep signed in.
    static std::optional<SourceError> check(QSqlDatabase &db, const LogoutAllScope &scope);
    // The users the scope spares, as a condition on users u, with its arguments ("FALSE" when it
    // spares nobody).
    static std::pair<QString, QVariantList> spared(const LogoutAllScope &scope);
    // The sessions s the filter matches, as conditions (none for an empty filter) whose arguments
    // are appended to args (an address range keys the addresses written since first: withinRange).
    static QStringList matching(QSqlDatabase &db, const SessionFilter &filter, QVariantList &args);
};
