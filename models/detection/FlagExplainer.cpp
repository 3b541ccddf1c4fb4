#include "models/detection/FlagExplainer.h"

#include "models/domain/DisplayFormat.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

QString duration(qint64 minutes)
{
    if (minutes < 60)
        return FlagExplainer::tr("%1 min").arg(minutes);
    return FlagExplainer::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString number(const QJsonValue &value)
{
    return DisplayFormat::count(std::llround(value.toDouble()));
}

// A city where known, else the country.
QString shortPlace(const QJsonObject &origin)
{
    const QString city = origin.value(u"city"_s).toString();
    return city.isEmpty() ? DisplayFormat::countryName(origin.value(u"country"_s).toString()) : city;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// "Nairobi, Kenya · 41.90.75.98 · 2026-11-15 02:35:59 UTC"
QString sighting(const QJsonObject &origin)
{
    QStringList parts{
        DisplayFormat::place(origin.value(u"city"_s).toString(), origin.value(u"country"_s).toString())};
    if (const QString ip = origin.value(u"ip"_s).toString(); !ip.isEmpty())
        parts << ip;
    if (const QDateTime at = timeOf(origin.value(u"at"_s)); at.isValid())
        parts << DisplayFormat::exactTime(at);
    return parts.join(u" · "_s);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QString countryNames(const QJsonValue &codes)
{
    QStringList names;
    for (const QString &code : strings(codes))
        names << DisplayFormat::countryName(code);
    return names.join(u", "_s);
}

bool hasAll(const QJsonObject &evidence, std::initializer_list<QString> keys)
{
    return std::all_of(keys.begin(), keys.end(), [&](const QString &key) { return evidence.contains(key); });
}

// A session of the evidence by what it records: its place, its address, or else its id.
QString sessionText(const QJsonObject &session)
{
    QStringList parts;
    const QString place =
        DisplayFormat::place(session.value(u"city"_s).toString(), session.value(u"country"_s).toString());
    if (!place.isEmpty())
        parts << place;
    if (const QString ip = session.value(u"ip"_s).toString(); !ip.isEmpty())
        parts << ip;
    if (parts.isEmpty())
        parts << session.value(u"session"_s).toVariant().toString();
    return parts.join(u", "_s);
}

} // namespace

QString FlagExplainer::explanation(Flag::Rule rule, const QJsonObject &evidence)
{
    const QString line = ruleLine(rule, evidence);
    if (line.isEmpty() || evidence.value(u"placesFrom"_s).toString() != u"addresses")
        return line;
    return tr("%1 (places found from the IP addresses)").arg(line);
}

QString FlagExplainer::ruleLine(Flag::Rule rule, const QJsonObject &e)
{
    switch (rule) {
    case Flag::Rule::ImpossibleTravel:
        if (!hasAll(e, {u"from"_s, u"to"_s, u"distanceKm"_s, u"minutes"_s, u"speedKmh"_s, u"thresholdKmh"_s}))
            return {};
        return tr("%1 → %2, %3 km in %4 = %5 km/h; threshold %6 km/h")
            .arg(shortPlace(e.value(u"from"_s).toObject()), shortPlace(e.value(u"to"_s).toObject()),
                 number(e.value(u"distanceKm"_s)), duration(e.value(u"minutes"_s).toInteger()),
                 number(e.value(u"speedKmh"_s)), number(e.value(u"thresholdKmh"_s)));
    case Flag::Rule::ConcurrentLocations:
        if (!hasAll(e, {u"countries"_s, u"threshold"_s}))
            return {};
        return tr("Active sessions in %1 countries at once: %2; threshold %3")
            .arg(e.value(u"countries"_s).toArray().size())
            .arg(countryNames(e.value(u"countries"_s)))
            .arg(e.value(u"threshold"_s).toInt());
    case Flag::Rule::ConcurrentNetworks:
        if (!hasAll(e, {u"networks"_s, u"threshold"_s}))
            return {};
        return tr("Active sessions from %1 networks at once: %2; threshold %3")
            .arg(e.value(u"networks"_s).toArray().size())
            .arg(e.value(u"networks"_s).toVariant().toStringList().join(u", "_s))
            .arg(e.value(u"threshold"_s).toInt());
    case Flag::Rule::DeviceSpread:
        if (!hasAll(e, {u"devices"_s, u"threshold"_s}))
            return {};
        return tr("%Ln device(s) with active sessions; at most %1 allowed (shared credentials?)", nullptr,
                  e.value(u"devices"_s).toInt())
            .arg(DisplayFormat::count(e.value(u"threshold"_s).toInt()));
    case Flag::Rule::FailedLoginBurst: {
        if (!hasAll(e, {u"failures"_s, u"from"_s, u"to"_s, u"addresses"_s, u"firstFrom"_s, u"threshold"_s,
                        u"windowMinutes"_s}))
            return {};
        const qint64 minutes =
            qMax<qint64>(1, timeOf(e.value(u"from"_s)).secsTo(timeOf(e.value(u"to"_s))) / 60);
        return tr("%Ln failed sign-in(s) in %1 from %2, the first from %3; threshold %4 in %5 min", nullptr,
                  e.value(u"failures"_s).toInt())
            .arg(duration(minutes),
                 tr("%Ln address(es)", nullptr, int(e.value(u"addresses"_s).toArray().size())),
                 e.value(u"firstFrom"_s).toString(), DisplayFormat::count(e.value(u"threshold"_s).toInt()),
                 DisplayFormat::count(e.value(u"windowMinutes"_s).toInt()));
    }
    case Flag::Rule::NewCountry:
        if (!hasAll(e, {u"country"_s, u"lookbackDays"_s}))
            return {};
        if (e.value(u"city"_s).toString().isEmpty())
            return tr("Signed in from %1, not seen for this user in the previous %Ln day(s)", nullptr,
                      e.value(u"lookbackDays"_s).toInt())
                .arg(DisplayFormat::countryName(e.value(u"country"_s).toString()));
        return tr("Signed in from %1 (%2), not seen for this user in the previous %Ln day(s)", nullptr,
                  e.value(u"lookbackDays"_s).toInt())
            .arg(DisplayFormat::countryName(e.value(u"country"_s).toString()), shortPlace(e));
    }
    return {};
}

QString FlagExplainer::evidenceText(Flag::Rule rule, const QJsonObject &e)
{
    // Each known field with its label, in the order that tells the story.
    QList<std::pair<QString, QString>> known;
    switch (rule) {
    case Flag::Rule::ImpossibleTravel:
        known = {{u"from"_s, tr("From")},           {u"to"_s, tr("To")},
                 {u"distanceKm"_s, tr("Distance")}, {u"minutes"_s, tr("Time between")},
                 {u"speedKmh"_s, tr("Speed")},      {u"thresholdKmh"_s, tr("Threshold")}};
        break;
    case Flag::Rule::ConcurrentLocations:
        known = {{u"countries"_s, tr("Countries")},
                 {u"sessions"_s, tr("Active sessions")},
                 {u"threshold"_s, tr("Threshold")}};
        break;
    case Flag::Rule::ConcurrentNetworks:
        known = {{u"networks"_s, tr("Networks")},
                 {u"sessions"_s, tr("Active sessions")},
                 {u"threshold"_s, tr("Threshold")}};
        break;
    case Flag::Rule::DeviceSpread:
        known = {{u"devices"_s, tr("Devices")},
                 {u"sessions"_s, tr("Active sessions")},
                 {u"threshold"_s, tr("Allowed")}};
        break;
    case Flag::Rule::FailedLoginBurst:
        known = {{u"failures"_s, tr("Failed sign-ins")},
                 {u"from"_s, tr("First")},
                 {u"to"_s, tr("Last")},
                 {u"firstFrom"_s, tr("First from")},
                 {u"addresses"_s, tr("Addresses")},
                 {u"threshold"_s, tr("Threshold")},
                 {u"firstEvent"_s, tr("First event")}};
        break;
    case Flag::Rule::NewCountry:
        known = {
            {u"country"_s, tr("Sign-in")}, {u"lookbackDays"_s, tr("Lookback")}, {u"event"_s, tr("Event")}};
        break;
    }

    // Whichever the rule: the session a start came from, and where the places came from.
    known << std::pair{u"session"_s, tr("Session")} << std::pair{u"placesFrom"_s, tr("Places")};

    auto valueText = [&](const QString &key, const QJsonValue &value) -> QString {
        if (key == u"placesFrom" && value.toString() == u"addresses")
            return tr("found from the IP addresses in a place database");
        if (value.isObject())
            return sighting(value.toObject());
        if (key == u"distanceKm")
            return tr("%1 km").arg(number(value));
        if (key == u"speedKmh" || key == u"thresholdKmh")
            return tr("%1 km/h").arg(number(value));
        if (key == u"minutes")
            return duration(value.toInteger());
        if (key == u"countries")
            return countryNames(value);
        if (key == u"country")
            return sighting(e);
        if (key == u"lookbackDays")
            return tr("%Ln day(s)", nullptr, value.toInt());
        if (key == u"from" || key == u"to")
            return DisplayFormat::exactTime(timeOf(value));
        if (rule == Flag::Rule::FailedLoginBurst && key == u"threshold")
            return tr("%1 in %2 min").arg(value.toInt()).arg(e.value(u"windowMinutes"_s).toInt());
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << (item.isObject() ? sessionText(item.toObject()) : item.toVariant().toString());
            return items.join(u"; "_s);
        }
        return value.toVariant().toString();
    };

    // Shown within another line: the window with the threshold, the place with the country.
    QStringList folded{u"windowMinutes"_s};
    if (rule == Flag::Rule::NewCountry)
        folded << u"at"_s << u"city"_s << u"ip"_s;
    QStringList lines;
    for (const auto &[key, label] : std::as_const(known)) {
        if (e.contains(key))
            lines << u"%1: %2"_s.arg(label, valueText(key, e.value(key)));
        folded << key;
    }
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (!folded.contains(it.key()))
            lines << u"%1: %2"_s.arg(it.key(), valueText(it.key(), it.value()));
    }
    return lines.join(u'\n');
}
