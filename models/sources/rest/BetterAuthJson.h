#pragma once

#include "models/domain/Session.h"
#include "models/domain/User.h"

#include <QCoreApplication>
#include <QJsonObject>

// better-auth's admin API answers, mapped into domain values. Pure functions of the answer, so
// that a malformed or hostile answer can be tried on them alone (tests/fuzz); the source keeps
// what it remembers of users and sessions itself.
class BetterAuthJson final
{
    Q_DECLARE_TR_FUNCTIONS(BetterAuthJson)

public:
    // A user object (list-users, get-user): a ban is a freeze, its reason and end in statusReason.
    static User user(const QJsonObject &object);
    // A session object (list-user-sessions); thisConsole is left to the caller, who knows the
    // console's own token.
    static Session session(const QJsonObject &object);
    // The roles a user object names: better-auth keeps several joined by commas.
    static QStringList roles(const User &user);
};
