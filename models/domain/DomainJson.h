#pragma once

#include "models/domain/AuditEntry.h"
#include "models/domain/Flag.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Overview.h"
#include "models/domain/Session.h"
#include "models/domain/User.h"

#include <QJsonObject>
#include <QJsonValue>

// Domain values as JSON, one mapping for every place that writes them (the CLI's --json, exports):
// keys in camelCase, enums by their stable keys, times as UTC ISO 8601 with milliseconds, and null
// for what is not set.
class DomainJson final
{
public:
    static QJsonValue time(const QDateTime &time);
    static QJsonObject user(const User &user);
    // now decides whether the session counts as active.
    static QJsonObject session(const Session &session, const QDateTime &now);
    static QJsonObject signIn(const LoginEvent &event);
    static QJsonObject flag(const Flag &flag);
    static QJsonObject auditEntry(const AuditEntry &entry);
    // The Overview's figures; "missing" names the parts the source cannot tell, with the reason.
    static QJsonObject overview(const Overview &overview);
};
