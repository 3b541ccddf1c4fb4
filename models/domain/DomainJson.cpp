#include "models/domain/DomainJson.h"

#include "models/domain/UserAgent.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

// Where a session or a sign-in came from: the device read from the user agent, and the place.
void insertOrigin(QJsonObject &object, const Origin &origin)
{
    const UserAgent agent = UserAgent::parse(origin.userAgent);
    object.insert(u"device"_s, UserAgent::deviceTypeText(agent.deviceType()));
    object.insert(u"os"_s, agent.os());
    object.insert(u"browser"_s, agent.browser());
    object.insert(u"userAgent"_s, origin.userAgent);
    object.insert(u"ip"_s, origin.ip);
    object.insert(u"city"_s, origin.city);
    object.insert(u"country"_s, origin.country);
    // Where the place came from: the store, or a place database's answer for the address.
    object.insert(u"placeFromAddress"_s, origin.placeFromAddress);
    object.insert(u"latitude"_s, origin.latitude ? QJsonValue(*origin.latitude) : QJsonValue());
    object.insert(u"longitude"_s, origin.longitude ? QJsonValue(*origin.longitude) : QJsonValue());
    object.insert(u"network"_s, origin.network);
    object.insert(u"asn"_s, origin.asn ? QJsonValue(qint64(origin.asn)) : QJsonValue());
}

} // namespace

QJsonValue DomainJson::time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject DomainJson::user(const User &user)
{
    QJsonObject object{
        {u"id"_s, user.id},
        {u"email"_s, user.email},
        {u"name"_s, user.displayName},
        {u"role"_s, user.role},
        {u"status"_s, User::statusKey(user.status)},
        {u"statusReason"_s, user.statusReason.isEmpty() ? QJsonValue() : QJsonValue(user.statusReason)},
        {u"activeSessions"_s, user.activeSessions},
        {u"devices"_s, user.devices},
        {u"lastActivity"_s, time(user.lastActivity)},
        {u"lastCity"_s, user.lastCity},
        {u"lastCountry"_s, user.lastCountry},
        {u"tokensNotBefore"_s, time(user.tokensNotBefore)}};
    // Where the store keeps flags (Capability::UserFlags): those open, and the most serious.
    if (user.flagSeverity) {
        object.insert(u"openFlags"_s, user.openFlags);
        object.insert(u"flagSeverity"_s, Flag::severityKey(*user.flagSeverity));
    }
    return object;
}

QJsonObject DomainJson::session(const Session &session, const QDateTime &now)
{
    QJsonObject object{{u"id"_s, session.id},
                       {u"active"_s, session.isActive(now)},
                       {u"createdAt"_s, time(session.createdAt)},
                       {u"lastSeenAt"_s, time(session.lastSeenAt)},
                       {u"expiresAt"_s, time(session.expiresAt)},
                       {u"endedAt"_s, time(session.endedAt)},
                       {u"endReason"_s, session.endReason
                                            ? QJsonValue(Session::endReasonKey(*session.endReason))
                                            : QJsonValue()},
                       {u"endedBy"_s, session.endedBy.isEmpty() ? QJsonValue() : QJsonValue(session.endedBy)},
                       {u"thisConsole"_s, session.thisConsole}};
    insertOrigin(object, session.origin);
    if (!session.userEmail.isEmpty()) { // sessions of several users: whose each is
        object.insert(u"userId"_s, session.userId);
        object.insert(u"userEmail"_s, session.userEmail);
        object.insert(u"userName"_s, session.userName);
    }
    return object;
}

QJsonObject DomainJson::signIn(const LoginEvent &event)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    QJsonObject object{{u"id"_s, event.id},
                       {u"at"_s, time(event.at)},
                       {u"userId"_s, event.userId},
                       {u"userEmail"_s, orNull(event.userEmail)},
                       {u"userName"_s, orNull(event.userName)},
                       {u"result"_s, event.success ? u"success"_s : u"failure"_s},
                       {u"sessionId"_s, orNull(event.sessionId)}};
    insertOrigin(object, event.origin);
    return object;
}

QJsonObject DomainJson::flag(const Flag &flag)
{
    return {{u"id"_s, flag.id},
            {u"user"_s, flag.userEmail},
            {u"rule"_s, Flag::ruleKey(flag.rule)},
            {u"severity"_s, Flag::severityKey(flag.severity)},
            {u"status"_s, Flag::statusKey(flag.status)},
            {u"explanation"_s, flag.explanation},
            {u"evidence"_s, flag.evidence},
            {u"firstSeen"_s, time(flag.firstSeen)},
            {u"lastSeen"_s, time(flag.lastSeen)}};
}

QJsonObject DomainJson::auditEntry(const AuditEntry &entry)
{
    auto optional = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {{u"id"_s, entry.id},
            {u"at"_s, time(entry.at)},
            {u"operator"_s, entry.operatorId},
            {u"osAccount"_s, entry.osAccount},
            {u"host"_s, entry.host},
            {u"action"_s, entry.action},
            {u"targetUser"_s, optional(entry.targetUser)},
            {u"targetEmail"_s, optional(entry.targetUserEmail)},
            {u"targetSession"_s, optional(entry.targetSession)},
            {u"count"_s, entry.count},
            {u"reason"_s, entry.reason},
            {u"ticket"_s, optional(entry.ticket)},
            {u"outcome"_s, entry.outcome},
            {u"oldValue"_s, optional(entry.oldValue)},
            {u"newValue"_s, optional(entry.newValue)},
            {u"hash"_s, entry.hash}};
}

QJsonObject DomainJson::overview(const Overview &o)
{
    QJsonArray countries;
    for (const Overview::Share &share : o.countries)
        countries.append(QJsonObject{{u"country"_s, share.key}, {u"sessions"_s, share.count}});
    QJsonArray places;
    for (const Overview::Place &place : o.places)
        places.append(QJsonObject{{u"country"_s, place.country},
                                  {u"city"_s, place.city},
                                  {u"latitude"_s, place.latitude},
                                  {u"longitude"_s, place.longitude},
                                  {u"sessions"_s, place.count}});
    const auto deviceKey = [](UserAgent::DeviceType type) {
        switch (type) {
        case UserAgent::DeviceType::Desktop:
            return u"desktop"_s;
        case UserAgent::DeviceType::Phone:
            return u"phone"_s;
        case UserAgent::DeviceType::Tablet:
            return u"tablet"_s;
        case UserAgent::DeviceType::Unknown:
            break;
        }
        return u"unknown"_s;
    };
    QJsonArray devices;
    for (const Overview::DeviceShare &share : o.devices)
        devices.append(QJsonObject{{u"device"_s, deviceKey(share.type)}, {u"sessions"_s, share.count}});
    QJsonArray browsers;
    for (const Overview::Share &share : o.browsers)
        browsers.append(
            QJsonObject{{u"browser"_s, share.key.isEmpty() ? QJsonValue() : QJsonValue(share.key)},
                        {u"sessions"_s, share.count}});
    QJsonArray hours;
    for (const Overview::Hour &hour : o.hours)
        hours.append(QJsonObject{
            {u"hour"_s, time(hour.start)}, {u"succeeded"_s, hour.succeeded}, {u"failed"_s, hour.failed}});
    QJsonArray flags;
    for (const Overview::FlagCount &count : o.openFlags)
        flags.append(QJsonObject{{u"rule"_s, Flag::ruleKey(count.rule)},
                                 {u"severity"_s, Flag::severityKey(count.severity)},
                                 {u"flags"_s, count.count}});
    QJsonArray days;
    for (const Overview::Day &day : o.days)
        days.append(QJsonObject{{u"date"_s, day.date.toString(Qt::ISODate)}, {u"actions"_s, day.actions}});
    QJsonObject missing;
    for (const auto &[key, reason] :
         {std::pair(u"sessions"_s, o.sessionsMissing), std::pair(u"places"_s, o.placesMissing),
          std::pair(u"devices"_s, o.devicesMissing), std::pair(u"signIns"_s, o.signInsMissing),
          std::pair(u"flags"_s, o.flagsMissing), std::pair(u"actions"_s, o.actionsMissing)}) {
        if (!reason.isEmpty())
            missing.insert(key, reason);
    }
    return {{u"at"_s, time(o.at)},
            {u"activeSessions"_s, o.activeSessions},
            {u"signedInUsers"_s, o.signedInUsers},
            {u"countries"_s, countries},
            {u"otherCountries"_s, o.otherCountries},
            {u"places"_s, places},
            {u"devices"_s, devices},
            {u"browsers"_s, browsers},
            {u"signInsPerHour"_s, hours},
            {u"openFlags"_s, flags},
            {u"actionsPerDay"_s, days},
            {u"missing"_s, missing}};
}
