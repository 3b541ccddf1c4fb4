#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The account-level settings: global logout, session timeouts,
// detection thresholds and automatic freezing. Values are kept as the store keeps them (text);
// definitions() says what each key means, its kind and its allowed range.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    enum class Kind {
        Switch, // on | off
        Number, // a whole number within [minimum, maximum]
    };

    struct Definition
    {
        QString key;
        Kind kind = Kind::Number;
        QString defaultValue;
        int minimum = 0;
        int maximum = 0;
        QString unit; // translated: "minutes", "km/h", …
        QString label;
        QString description;
    };

    static constexpr auto GlobalLogout = "global_logout";
    static constexpr auto IdleTimeoutMinutes = "session_idle_timeout_minutes";
    static constexpr auto MaxLifetimeHours = "session_max_lifetime_hours";
    static constexpr auto ImpossibleTravelKmh = "impossible_travel_kmh";
    static constexpr auto ImpossibleTravelMinKm = "impossible_travel_min_km";
    static constexpr auto ConcurrentCountries = "concurrent_countries";
    static constexpr auto DeviceSpreadMax = "device_spread_max";
    static constexpr auto FailedBurstCount = "failed_burst_count";
    static constexpr auto FailedBurstMinutes = "failed_burst_minutes";
    static constexpr auto NewCountryDays = "new_country_days";
    static constexpr auto AutoFreezeHigh = "auto_freeze_high";
    static constexpr auto RemovedHistoryDays = "removed_history_days";
    static constexpr auto PlannedLogoutMinLeadMinutes = "planned_logout_min_lead_minutes";

    static const QList<Definition> &definitions();
    static const Definition *definition(const QString &key);

    // The value for key, or its default when unset.
    QString value(const QString &key) const;
    bool isOn(const char *key) const { return value(QString::fromLatin1(key)) == u"on"; }
    int number(const char *key) const { return value(QString::fromLatin1(key)).toInt(); }
    // Sets key to value; returns why not (unknown key, not on/off, out of range) without changing anything.
    std::optional<QString> set(const QString &key, const QString &value);
    // Keys whose values differ from other's.
    QStringList changedKeys(const Settings &other) const;

    bool operator==(const Settings &other) const { return changedKeys(other).isEmpty(); }

private:
    QMap<QString, QString> m_values;
};
