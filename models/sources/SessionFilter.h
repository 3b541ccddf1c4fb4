#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct Session;

struct SourceError;

// Which active sessions of all users a search shows and "End Matching Sessions" ends: each filter
// that is set must match (the Sessions page, `sessions search`, `sessions end-matching`).
struct SessionFilter
{
    Q_DECLARE_TR_FUNCTIONS(SessionFilter)

public:
    QString userId;        // one user's sessions
    QString network;       // an address or a CIDR range (IpRange), IPv4 or IPv6
    QString country;       // ISO 3166-1 alpha-2, either case
    QString device;        // words, each somewhere in the user agent
    QDateTime startedFrom; // started at or after; open when invalid
    QDateTime startedTo;   // started before
    QDateTime activeFrom;  // last active at or after
    QDateTime activeTo;    // last active before

    bool operator==(const SessionFilter &) const = default;
    // No filter at all: every active session (then ending them is Log Out All Users).
    bool isEmpty() const;

    // Why the filters cannot be asked (an address or range that is none, a country that is no
    // two-letter code, a range of times that ends before it starts, over-long text), before any
    // source is.
    std::optional<SourceError> refusal() const;
    // The device filter's words, lower case: "Chrome  Windows" -> chrome, windows.
    QStringList deviceWords() const;
    // Whether session (of userId) matches every filter that is set, as the stores compare: the
    // address within the range as an address, the country in either case, each device word
    // anywhere in the user agent, from inclusive and to exclusive. For sources that filter what
    // they listed (better-auth).
    bool matches(const Session &session) const;
    // The filters in words, for previews and the audit trail: "user anna@example.com; address in
    // 10.20.0.0/16; country Germany; device “chrome”; started from 1 Dec 2026 10:00"; user names
    // the user (their address) where userId is set.
    QString text(const QString &user) const;
    // Shared with the sign-in filters: the words of a filter's user (named user), address range,
    // country and device words, each that is set.
    static QStringList describe(const QString &userId, const QString &user, const QString &network,
                                const QString &country, const QString &device);
    // "what from A to B", "what from A on" or "what before B" appended to parts; nothing when
    // both ends are open.
    static void describeRange(QStringList &parts, const QString &what, const QDateTime &from,
                              const QDateTime &to);

    // {"user": id, "network": "10.20.0.0/16", "country": "DE", "device": "...", "startedFrom":
    // ISO time, ...}, only what is set: as the audit entry of an end keeps it.
    QJsonObject toJson() const;
    static SessionFilter fromJson(const QJsonObject &object);

    // Shared with the sign-in filters: why network is no address or range, why country is no
    // two-letter code, why a time range is none; none when it is fine (or empty).
    static std::optional<SourceError> refuseNetwork(const QString &network);
    static std::optional<SourceError> refuseCountry(const QString &country);
    static std::optional<SourceError> refuseTimes(const QDateTime &from, const QDateTime &to);
};
