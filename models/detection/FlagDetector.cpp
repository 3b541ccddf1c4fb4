#include "models/detection/FlagDetector.h"

#include "models/detection/FlagExplainer.h"
#include "models/detection/GeoDistance.h"
#include "models/domain/DisplayFormat.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

Flag finding(const QString &userId, Flag::Rule rule, const QDateTime &firstSeen, const QDateTime &lastSeen)
{
    Flag flag;
    flag.userId = userId;
    flag.rule = rule;
    flag.severity = Flag::severityOf(rule);
    flag.firstSeen = firstSeen;
    flag.lastSeen = lastSeen;
    return flag;
}

// The finding with its line, from its evidence as the console will show it.
std::optional<Flag> explained(std::optional<Flag> flag)
{
    if (flag)
        flag->explanation = FlagExplainer::explanation(flag->rule, flag->evidence);
    return flag;
}

QString place(const Origin &origin)
{
    return origin.city.isEmpty() ? DisplayFormat::countryName(origin.country) : origin.city;
}

// How evidence names a sign-in: its event, or for a session's start read as one, the session.
std::pair<QString, QJsonValue> signInRef(const LoginEvent &event)
{
    if (event.id == 0 && !event.sessionId.isEmpty())
        return {u"session"_s, event.sessionId};
    return {u"event"_s, event.id};
}

QString signInKey(const LoginEvent &event)
{
    return event.id == 0 && !event.sessionId.isEmpty() ? u"s"_s + event.sessionId : u"e%1"_s.arg(event.id);
}

// Evidence found on places that came from addresses says so.
void markDerived(std::optional<Flag> &flag, bool derived)
{
    if (flag && derived)
        flag->evidence.insert(u"placesFrom"_s, u"addresses"_s);
}

QString deviceOf(const Session &session)
{
    if (!session.origin.deviceId.isEmpty())
        return session.origin.deviceId;
    return session.origin.userAgent.isEmpty() ? session.id : session.origin.userAgent;
}

} // namespace

DetectionThresholds DetectionThresholds::fromSettings(const Settings &settings)
{
    DetectionThresholds thresholds;
    thresholds.impossibleTravelKmh = settings.number(Settings::ImpossibleTravelKmh);
    thresholds.impossibleTravelMinKm = settings.number(Settings::ImpossibleTravelMinKm);
    thresholds.concurrentCountries = settings.number(Settings::ConcurrentCountries);
    thresholds.deviceSpreadMax = settings.number(Settings::DeviceSpreadMax);
    thresholds.failedBurstCount = settings.number(Settings::FailedBurstCount);
    thresholds.failedBurstMinutes = settings.number(Settings::FailedBurstMinutes);
    thresholds.newCountryDays = settings.number(Settings::NewCountryDays);
    return thresholds;
}

FlagDetector::FlagDetector(const DetectionThresholds &thresholds)
    : m_thresholds(thresholds)
{}

QList<Flag> FlagDetector::detect(const QString &userId, const QList<LoginEvent> &events,
                                 const QList<Session> &activeSessions) const
{
    QList<Flag> flags;
    for (auto found : {impossibleTravel(userId, events), concurrentLocations(userId, activeSessions),
                       deviceSpread(userId, activeSessions), failedLoginBurst(userId, events),
                       newCountry(userId, events)}) {
        if (found)
            flags.append(*found);
    }
    return flags;
}

std::optional<Flag> FlagDetector::impossibleTravel(const QString &userId,
                                                   const QList<LoginEvent> &events) const
{
    const LoginEvent *previous = nullptr;
    std::optional<Flag> result;
    for (const LoginEvent &event : events) {
        if (!event.success || !event.origin.latitude || !event.origin.longitude)
            continue;
        if (previous) {
            const double km = GeoDistance::kilometres(*previous->origin.latitude, *previous->origin.longitude,
                                                      *event.origin.latitude, *event.origin.longitude);
            // Sign-ins in the same minute count as one minute apart: no division by zero.
            const qint64 minutes = qMax<qint64>(1, previous->at.secsTo(event.at) / 60);
            const double kmh = km / (minutes / 60.0);
            // Places found from addresses may be off by their accuracy radii: only what is left of
            // the distance counts.
            const double least = qMax(0.0, km - previous->origin.accuracyKm - event.origin.accuracyKm);
            if (least >= m_thresholds.impossibleTravelMinKm &&
                least / (minutes / 60.0) > m_thresholds.impossibleTravelKmh) {
                const QDateTime first = result ? result->firstSeen : event.at;
                result = finding(userId, Flag::Rule::ImpossibleTravel, first, event.at);
                const auto [fromKey, fromRef] = signInRef(*previous);
                const auto [toKey, toRef] = signInRef(event);
                result->evidence = {{u"from"_s, QJsonObject{{fromKey, fromRef},
                                                            {u"at"_s, previous->at.toString(Qt::ISODate)},
                                                            {u"city"_s, previous->origin.city},
                                                            {u"country"_s, previous->origin.country},
                                                            {u"latitude"_s, *previous->origin.latitude},
                                                            {u"longitude"_s, *previous->origin.longitude},
                                                            {u"ip"_s, previous->origin.ip}}},
                                    {u"to"_s, QJsonObject{{toKey, toRef},
                                                          {u"at"_s, event.at.toString(Qt::ISODate)},
                                                          {u"city"_s, event.origin.city},
                                                          {u"country"_s, event.origin.country},
                                                          {u"latitude"_s, *event.origin.latitude},
                                                          {u"longitude"_s, *event.origin.longitude},
                                                          {u"ip"_s, event.origin.ip}}},
                                    {u"distanceKm"_s, std::round(km)},
                                    {u"minutes"_s, minutes},
                                    {u"speedKmh"_s, std::round(kmh)},
                                    {u"thresholdKmh"_s, m_thresholds.impossibleTravelKmh}};
                result->evidenceKey = signInKey(*previous) + u'-' + signInKey(event);
                markDerived(result, previous->origin.placeFromAddress || event.origin.placeFromAddress);
            }
        }
        previous = &event;
    }
    return explained(result);
}

std::optional<Flag> FlagDetector::concurrentLocations(const QString &userId,
                                                      const QList<Session> &activeSessions) const
{
    auto found = severalAtOnce(
        userId, Flag::Rule::ConcurrentLocations, u"countries"_s, activeSessions,
        [](const Session &session) { return session.origin.country; },
        [](const Session &session) {
            return QJsonObject{{u"session"_s, session.id},
                               {u"country"_s, session.origin.country},
                               {u"city"_s, session.origin.city}};
        });
    markDerived(found, std::any_of(activeSessions.begin(), activeSessions.end(),
                                   [](const Session &session) { return session.origin.placeFromAddress; }));
    return explained(found);
}

std::optional<Flag> FlagDetector::concurrentNetworks(const QString &userId,
                                                     const QList<Session> &activeSessions) const
{
    return severalAtOnce(
        userId, Flag::Rule::ConcurrentNetworks, u"networks"_s, activeSessions,
        [](const Session &session) {
            // One organisation's network, however many prefixes it spans.
            if (session.origin.asn != 0)
                return u"AS%1 %2"_s.arg(session.origin.asn).arg(session.origin.network);
            const QHostAddress address(session.origin.ip);
            if (address.isNull())
                return QString();
            const int prefix = address.protocol() == QAbstractSocket::IPv4Protocol ? 16 : 48;
            return u"%1/%2"_s
                .arg(QHostAddress::parseSubnet(u"%1/%2"_s.arg(address.toString()).arg(prefix))
                         .first.toString())
                .arg(prefix);
        },
        [](const Session &session) {
            return QJsonObject{{u"session"_s, session.id}, {u"ip"_s, session.origin.ip}};
        });
}

std::optional<Flag>
FlagDetector::severalAtOnce(const QString &userId, Flag::Rule rule, const QString &key,
                            const QList<Session> &activeSessions,
                            const std::function<QString(const Session &)> &placeOf,
                            const std::function<QJsonObject(const Session &)> &details) const
{
    QStringList places;
    QJsonArray sessions;
    QDateTime first, last;
    for (const Session &session : activeSessions) {
        const QString place = placeOf(session);
        if (place.isEmpty())
            continue;
        if (!places.contains(place))
            places.append(place);
        sessions.append(details(session));
        first = first.isValid() ? qMin(first, session.createdAt) : session.createdAt;
        last = last.isValid() ? qMax(last, session.lastSeenAt) : session.lastSeenAt;
    }
    if (places.size() < m_thresholds.concurrentCountries)
        return std::nullopt;
    std::sort(places.begin(), places.end());
    Flag flag = finding(userId, rule, first, last);
    flag.evidence = {{key, QJsonArray::fromStringList(places)},
                     {u"sessions"_s, sessions},
                     {u"threshold"_s, m_thresholds.concurrentCountries}};
    flag.evidenceKey = places.join(u',');
    return explained(flag);
}

QList<Flag> FlagDetector::sessionFindings(const User &user, const QList<Session> &activeSessions) const
{
    return findingsOf(user,
                      {deviceSpread(user.id, activeSessions), concurrentNetworks(user.id, activeSessions)}) +
           placeRules(user, activeSessions);
}

QList<Flag> FlagDetector::placeRules(const User &user, const QList<Session> &sessions) const
{
    const QList<LoginEvent> starts = startsAsSignIns(sessions);
    return findingsOf(user, {concurrentLocations(user.id, sessions), impossibleTravel(user.id, starts),
                             newCountry(user.id, starts)});
}

QList<Flag> FlagDetector::placeFindings(const QList<User> &users, const QList<Session> &activeSessions) const
{
    QHash<QString, QList<Session>> byUser;
    for (const Session &session : activeSessions)
        byUser[session.userId].append(session);
    QList<Flag> found;
    for (const User &user : users) {
        const QList<Session> sessions = byUser.value(user.id);
        if (sessions.isEmpty())
            continue;
        found << placeRules(user, sessions);
    }
    return found;
}

QList<Flag> FlagDetector::findingsOf(const User &user, const QList<std::optional<Flag>> &found)
{
    QList<Flag> findings;
    for (auto flag : found) {
        if (!flag)
            continue;
        flag->id = Flag::findingId(user.id, Flag::ruleKey(flag->rule));
        flag->userName = user.displayName;
        flag->userEmail = user.email;
        flag->userStatus = user.status;
        findings.append(*flag);
    }
    return findings;
}

QList<LoginEvent> FlagDetector::startsAsSignIns(const QList<Session> &sessions)
{
    QList<LoginEvent> starts;
    for (const Session &session : sessions) {
        if (!session.createdAt.isValid())
            continue;
        LoginEvent start;
        start.userId = session.userId;
        start.at = session.createdAt;
        start.success = true;
        start.sessionId = session.id;
        start.origin = session.origin;
        starts.append(start);
    }
    std::stable_sort(starts.begin(), starts.end(),
                     [](const LoginEvent &a, const LoginEvent &b) { return a.at < b.at; });
    return starts;
}

std::optional<Flag> FlagDetector::deviceSpread(const QString &userId,
                                               const QList<Session> &activeSessions) const
{
    QSet<QString> devices;
    QDateTime first, last;
    for (const Session &session : activeSessions) {
        devices.insert(deviceOf(session));
        first = first.isValid() ? qMin(first, session.createdAt) : session.createdAt;
        last = last.isValid() ? qMax(last, session.lastSeenAt) : session.lastSeenAt;
    }
    if (devices.size() <= m_thresholds.deviceSpreadMax)
        return std::nullopt;
    QStringList sorted(devices.cbegin(), devices.cend());
    std::sort(sorted.begin(), sorted.end());
    Flag flag = finding(userId, Flag::Rule::DeviceSpread, first, last);
    flag.evidence = {{u"devices"_s, int(devices.size())},
                     {u"sessions"_s, int(activeSessions.size())},
                     {u"threshold"_s, m_thresholds.deviceSpreadMax}};
    flag.evidenceKey = QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return explained(flag);
}

std::optional<Flag> FlagDetector::failedLoginBurst(const QString &userId,
                                                   const QList<LoginEvent> &events) const
{
    QList<const LoginEvent *> failures;
    for (const LoginEvent &event : events) {
        if (!event.success)
            failures.append(&event);
    }
    const qint64 window = qint64(m_thresholds.failedBurstMinutes) * 60;
    std::optional<Flag> result;
    for (qsizetype start = 0; start + m_thresholds.failedBurstCount <= failures.size();) {
        const qsizetype end = start + m_thresholds.failedBurstCount - 1;
        if (failures.at(start)->at.secsTo(failures.at(end)->at) > window) {
            ++start;
            continue;
        }
        // A burst: take every failure within the window of its start, then look past it.
        qsizetype last = end;
        while (last + 1 < failures.size() &&
               failures.at(start)->at.secsTo(failures.at(last + 1)->at) <= window)
            ++last;
        const LoginEvent &first = *failures.at(start);
        QSet<QString> addresses;
        for (qsizetype i = start; i <= last; ++i)
            addresses.insert(failures.at(i)->origin.ip);
        const QDateTime firstSeen = result ? result->firstSeen : first.at;
        result = finding(userId, Flag::Rule::FailedLoginBurst, firstSeen, failures.at(last)->at);
        result->evidence = {
            {u"failures"_s, int(last - start + 1)},
            {u"firstEvent"_s, first.id},
            {u"from"_s, first.at.toString(Qt::ISODate)},
            {u"to"_s, failures.at(last)->at.toString(Qt::ISODate)},
            {u"addresses"_s, QJsonArray::fromStringList(QStringList(addresses.cbegin(), addresses.cend()))},
            {u"firstFrom"_s, first.origin.ip.isEmpty() ? place(first.origin) : first.origin.ip},
            {u"threshold"_s, m_thresholds.failedBurstCount},
            {u"windowMinutes"_s, m_thresholds.failedBurstMinutes}};
        result->evidenceKey = u"e%1"_s.arg(first.id);
        start = last + 1;
    }
    return explained(result);
}

std::optional<Flag> FlagDetector::newCountry(const QString &userId, const QList<LoginEvent> &events) const
{
    const qint64 lookback = qint64(m_thresholds.newCountryDays) * 86400;
    std::optional<Flag> result;
    qsizetype windowStart = 0;
    QList<const LoginEvent *> successes;
    for (const LoginEvent &event : events) {
        if (event.success && !event.origin.country.isEmpty())
            successes.append(&event);
    }
    for (qsizetype i = 0; i < successes.size(); ++i) {
        const LoginEvent &event = *successes.at(i);
        while (successes.at(windowStart)->at.secsTo(event.at) > lookback)
            ++windowStart;
        if (windowStart == i)
            continue; // nothing to compare with
        bool seen = false;
        for (qsizetype j = windowStart; j < i && !seen; ++j)
            seen = successes.at(j)->origin.country == event.origin.country;
        if (seen)
            continue;
        const QDateTime firstSeen = result ? result->firstSeen : event.at;
        result = finding(userId, Flag::Rule::NewCountry, firstSeen, event.at);
        const auto [key, ref] = signInRef(event);
        result->evidence = {{key, ref},
                            {u"at"_s, event.at.toString(Qt::ISODate)},
                            {u"country"_s, event.origin.country},
                            {u"city"_s, event.origin.city},
                            {u"ip"_s, event.origin.ip},
                            {u"lookbackDays"_s, m_thresholds.newCountryDays}};
        result->evidenceKey = signInKey(event);
        markDerived(result, event.origin.placeFromAddress);
    }
    return explained(result);
}
