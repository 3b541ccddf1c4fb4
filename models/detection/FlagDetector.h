#pragma once

#include "models/domain/Flag.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Session.h"
#include "models/domain/Settings.h"
#include "models/domain/User.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

// The thresholds of the rules (docs/store-contract.md, "The five rules"), from the account settings.
struct DetectionThresholds
{
    double impossibleTravelKmh = 805;
    double impossibleTravelMinKm = 100;
    int concurrentCountries = 2;
    int deviceSpreadMax = 3;
    int failedBurstCount = 10;
    int failedBurstMinutes = 15;
    int newCountryDays = 90;

    static DetectionThresholds fromSettings(const Settings &settings);
};

// The five flag rules as pure functions of one user's login events (oldest first) and active
// sessions. Each finding explains itself in one line and carries its evidence.
class FlagDetector final
{
    Q_DECLARE_TR_FUNCTIONS(FlagDetector)

public:
    explicit FlagDetector(const DetectionThresholds &thresholds);

    QList<Flag> detect(const QString &userId, const QList<LoginEvent> &events,
                       const QList<Session> &activeSessions) const;

    // Two consecutive successful sign-ins further apart than the minimum distance that imply a
    // ground speed above the threshold, the places' accuracy radii taken off the distance. The
    // latest such pair is the evidence.
    std::optional<Flag> impossibleTravel(const QString &userId, const QList<LoginEvent> &events) const;
    // Active sessions in at least the threshold's number of countries.
    std::optional<Flag> concurrentLocations(const QString &userId,
                                            const QList<Session> &activeSessions) const;
    // Active sessions from at least the concurrent-countries threshold's number of networks (the
    // autonomous system where an ASN database names it, else IPv4 /16, IPv6 /48): for sources that
    // record addresses but no places. Not part of detect().
    std::optional<Flag> concurrentNetworks(const QString &userId, const QList<Session> &activeSessions) const;
    // What the rules find in a user's active sessions now, for sources that keep no login events:
    // deviceSpread and concurrentNetworks; where the sessions have places (recorded, or found from
    // their addresses) also concurrentLocations, and impossibleTravel and newCountry between the
    // sessions' starts (startsAsSignIns). Found afresh each time, with an id that stays the same
    // for the same user and rule. Evidence on places found from addresses says so (placesFrom).
    QList<Flag> sessionFindings(const User &user, const QList<Session> &activeSessions) const;
    // Only the rules that need places (concurrentLocations, and impossibleTravel and newCountry
    // between the sessions' starts) over the active sessions of users (each naming its user), for
    // sources whose own rules are others (Keycloak's lockouts); as sessionFindings finds them.
    QList<Flag> placeFindings(const QList<User> &users, const QList<Session> &activeSessions) const;
    // More distinct devices among the active sessions than allowed.
    std::optional<Flag> deviceSpread(const QString &userId, const QList<Session> &activeSessions) const;
    // At least the threshold's number of failed sign-ins within the window.
    std::optional<Flag> failedLoginBurst(const QString &userId, const QList<LoginEvent> &events) const;
    // A successful sign-in from a country the user did not sign in from in the lookback period
    // (and the user did sign in during it, so there is something to compare with).
    std::optional<Flag> newCountry(const QString &userId, const QList<LoginEvent> &events) const;

private:
    // The sessions' starts as successful sign-ins, oldest first, each naming its session (id 0).
    static QList<LoginEvent> startsAsSignIns(const QList<Session> &sessions);
    // What the rules that need places find in one user's active sessions.
    QList<Flag> placeRules(const User &user, const QList<Session> &sessions) const;
    // The findings among found, each with its lasting id and its user's names.
    static QList<Flag> findingsOf(const User &user, const QList<std::optional<Flag>> &found);
    // Active sessions in at least the concurrent-countries threshold's number of distinct places,
    // as placeOf names them (empty: unknown, not counted); the evidence lists the places under key
    // and each counted session as details describes it.
    std::optional<Flag> severalAtOnce(const QString &userId, Flag::Rule rule, const QString &key,
                                      const QList<Session> &activeSessions,
                                      const std::function<QString(const Session &)> &placeOf,
                                      const std::function<QJsonObject(const Session &)> &details) const;

    DetectionThresholds m_thresholds;
};
