#include "models/domain/Overview.h"

#include <algorithm>
#include <cmath>

OverviewBuilder::OverviewBuilder(const QDateTime &now)
{
    m_overview.at = now;
    const qint64 hourMs = Overview::HourMs;
    const qint64 currentHour = now.toMSecsSinceEpoch() / hourMs * hourMs;
    for (int i = Overview::Hours - 1; i >= 0; --i)
        m_overview.hours.append({QDateTime::fromMSecsSinceEpoch(currentHour - i * hourMs, Qt::UTC), 0, 0});
    const QDate today = now.toLocalTime().date();
    for (int i = Overview::Days - 1; i >= 0; --i)
        m_overview.days.append({today.addDays(-i), 0});
}

void OverviewBuilder::addSessions(const QString &country, const QString &city, const QString &userAgent,
                                  std::optional<double> latitude, std::optional<double> longitude,
                                  qint64 count)
{
    m_overview.activeSessions += count;
    const QString code = country.trimmed().toUpper();
    m_countries[code] += count;
    if (latitude && longitude && std::isfinite(*latitude) && std::isfinite(*longitude) &&
        std::abs(*latitude) <= 90 && std::abs(*longitude) <= 180) {
        Spot &spot = m_places[{code, city.trimmed()}];
        spot.latitude += *latitude * double(count);
        spot.longitude += *longitude * double(count);
        spot.count += count;
    }
    auto agent = m_agents.constFind(userAgent);
    if (agent == m_agents.cend())
        agent = m_agents.insert(userAgent, UserAgent::parse(userAgent));
    m_devices[int(agent->deviceType())] += count;
    m_browsers[agent->browserName()] += count;
}

void OverviewBuilder::addSignIns(const QDateTime &at, bool success, qint64 count)
{
    const qint64 index = (at.toMSecsSinceEpoch() - firstHour().toMSecsSinceEpoch()) / Overview::HourMs;
    if (at < firstHour() || index >= Overview::Hours)
        return;
    auto &hour = m_overview.hours[index];
    (success ? hour.succeeded : hour.failed) += count;
}

void OverviewBuilder::addFlags(Flag::Rule rule, Flag::Severity severity, qint64 count)
{
    m_flags[{int(rule), int(severity)}] += count;
}

void OverviewBuilder::addActions(const QDateTime &at, qint64 count)
{
    const qint64 index = m_overview.days.first().date.daysTo(at.toLocalTime().date());
    if (index >= 0 && index < Overview::Days)
        m_overview.days[index].actions += count;
}

namespace {

// Most first; equal counts by key, so that the order never depends on a hash.
template<typename Key>
QList<std::pair<Key, qint64>> mostFirst(const QHash<Key, qint64> &counts)
{
    QList<std::pair<Key, qint64>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            sorted.append({it.key(), it.value()});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return sorted;
}

} // namespace

Overview OverviewBuilder::finish()
{
    Overview &o = m_overview;
    o.countries.clear();
    o.otherCountries = 0;
    // Sessions without a recorded country count among the others, never as a country of their own.
    for (const auto &[country, count] : mostFirst(m_countries)) {
        if (!country.isEmpty() && o.countries.size() < Overview::TopCountries)
            o.countries.append({country, count});
        else
            o.otherCountries += count;
    }
    QHash<QPair<QString, QString>, qint64> placeCounts;
    for (auto it = m_places.cbegin(); it != m_places.cend(); ++it)
        placeCounts.insert(it.key(), it.value().count);
    o.places.clear();
    for (const auto &[key, count] : mostFirst(placeCounts)) {
        if (o.places.size() == Overview::MostPlaces)
            break;
        const Spot &spot = m_places[key];
        o.places.append(
            {key.first, key.second, spot.latitude / double(count), spot.longitude / double(count), count});
    }
    o.devices.clear();
    for (const auto &[type, count] : mostFirst(m_devices))
        o.devices.append({UserAgent::DeviceType(type), count});
    o.browsers.clear();
    for (const auto &[name, count] : mostFirst(m_browsers))
        o.browsers.append({name, count});
    o.openFlags.clear();
    for (const Flag::Rule rule : Flag::allRules()) {
        for (const auto severity : {Flag::Severity::High, Flag::Severity::Medium, Flag::Severity::Low}) {
            if (const qint64 count = m_flags.value({int(rule), int(severity)}); count > 0)
                o.openFlags.append({rule, severity, count});
        }
    }
    return o;
}
