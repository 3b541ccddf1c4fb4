#pragma once

#include "models/domain/Flag.h"
#include "models/domain/UserAgent.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The figures of the Overview page at one moment: who is signed in now, from where and with what,
// the sign-ins of the last week by hour, the open flags and the operators' actions by day. A part
// the source cannot tell is missing, with the reason (it is never shown as zero).
struct Overview
{
    Q_DECLARE_TR_FUNCTIONS(Overview)

public:
    static constexpr int Hours = 7 * 24;
    static constexpr int Days = 7;
    static constexpr int TopCountries = 10;
    static constexpr int MostPlaces = 2000;
    static constexpr qint64 HourMs = 3600 * 1000;

    struct Share
    {
        QString key; // a country code (empty: not recorded), a browser's name (empty: unknown)
        qint64 count = 0;
        bool operator==(const Share &) const = default;
    };
    // Where active sessions come from, for the map: a city (or a country where no city is
    // recorded) at the mean of its sessions' coordinates.
    struct Place
    {
        QString country;
        QString city;
        double latitude = 0;
        double longitude = 0;
        qint64 count = 0;
        bool operator==(const Place &) const = default;
    };
    struct DeviceShare
    {
        UserAgent::DeviceType type = UserAgent::DeviceType::Unknown;
        qint64 count = 0;
        bool operator==(const DeviceShare &) const = default;
    };
    struct Hour
    {
        QDateTime start; // UTC
        qint64 succeeded = 0;
        qint64 failed = 0;
        bool operator==(const Hour &) const = default;
    };
    struct FlagCount
    {
        Flag::Rule rule = Flag::Rule::ImpossibleTravel;
        Flag::Severity severity = Flag::Severity::Low;
        qint64 count = 0;
        bool operator==(const FlagCount &) const = default;
    };
    struct Day
    {
        QDate date; // in the computer's time zone
        qint64 actions = 0;
        bool operator==(const Day &) const = default;
    };

    QDateTime at; // when the figures were taken

    // Now. Missing: the reason in sessionsMissing.
    qint64 activeSessions = 0;
    qint64 signedInUsers = 0;
    QList<Share> countries;     // the most sessions first, at most TopCountries
    qint64 otherCountries = 0;  // the sessions from every other country
    QList<Place> places;        // those with coordinates, the most sessions first, at most MostPlaces
    QList<DeviceShare> devices; // the most first
    QList<Share> browsers;      // the most first
    QString sessionsMissing;    // why the source cannot count its active sessions
    QString placesMissing;      // why it cannot tell their countries
    QString devicesMissing;     // why it cannot tell their devices

    QList<Hour> hours; // the last Hours hours, oldest first, the current one last
    QString signInsMissing;

    QList<FlagCount> openFlags; // by rule (in the console's order), then severity, highest first
    QString flagsMissing;

    QList<Day> days; // the last Days days, oldest first, today last
    QString actionsMissing;

    bool operator==(const Overview &) const = default;
};

// Builds an Overview from counts a source gives in any order and grouping: rows of sessions,
// stores' grouped counts, sign-ins one by one or by hour. finish() sorts and cuts the lists.
class OverviewBuilder final
{
public:
    // The window ends with the hour and the day that hold now.
    explicit OverviewBuilder(const QDateTime &now);

    // The start of the window's first hour (UTC) and of its first day (this computer's zone).
    QDateTime firstHour() const { return m_overview.hours.first().start; }
    QDateTime firstDay() const { return m_overview.days.first().date.startOfDay(); }

    // count active sessions from country and city with userAgent (each may be empty: not
    // recorded), at latitude and longitude where known (the mean of the count's coordinates).
    void addSessions(const QString &country, const QString &city, const QString &userAgent,
                     std::optional<double> latitude, std::optional<double> longitude, qint64 count = 1);
    void setSignedInUsers(qint64 users) { m_overview.signedInUsers = users; }
    // Sign-ins within the hour that holds at; outside the window they are left out.
    void addSignIns(const QDateTime &at, bool success, qint64 count = 1);
    void addFlags(Flag::Rule rule, Flag::Severity severity, qint64 count = 1);
    // Actions within the hour (or at the moment) at, counted on its day in this computer's zone.
    void addActions(const QDateTime &at, qint64 count = 1);

    Overview &overview() { return m_overview; }
    Overview finish();

private:
    Overview m_overview;
    QHash<QString, qint64> m_countries;
    QHash<QString, qint64> m_browsers;
    QHash<int, qint64> m_devices;
    QHash<QString, UserAgent> m_agents; // each user agent parsed once
    QHash<QPair<int, int>, qint64> m_flags;
    struct Spot
    {
        double latitude = 0; // sums, weighted by count
        double longitude = 0;
        qint64 count = 0;
    };
    QHash<QPair<QString, QString>, Spot> m_places;
};
