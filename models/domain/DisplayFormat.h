#pragma once

#include "models/domain/Origin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How times, places and counts read for people, shared by the item models and the CLI.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    // "just now", "5 min ago", "3 h ago", "4 days ago", "in 2 days"; a date beyond a month.
    static QString relativeTime(const QDateTime &time, const QDateTime &now);
    // Exact local time with its zone, for tooltips and the CLI: "2026-11-21 14:03:12 CET".
    static QString exactTime(const QDateTime &time);
    // The hour from start in this computer's zone: "7 Dec 2026, 14:00–15:00".
    static QString hourRange(const QDateTime &start);
    // "Berlin, Germany" from a city and an ISO 3166-1 alpha-2 code.
    static QString place(const QString &city, const QString &countryCode);
    static QString countryName(const QString &countryCode);
    // The place of a session or sign-in for its tooltip: where it came from, and for a place found
    // from the address, that it was ("found from the address 203.0.113.7 in a place database").
    static QString placeToolTip(const Origin &origin);
    // "AS3320 Deutsche Telekom AG, the network of 203.0.113.7"; empty when the network is unknown.
    static QString networkToolTip(const Origin &origin);
    // "Desktop · Firefox 133 on Linux" from a user agent header.
    static QString device(const QString &userAgent);
    // An IP address as it is usually written: IPv6 shortened ("2001:db8::7334", not as some
    // applications store it, "2001:0db8:0000:…"); IPv4, IPv6 with an IPv4 part, and anything else
    // as it is.
    static QString address(const QString &ip);
    static QString count(qint64 n);
    // Counted nouns in the locale's digits and the language's plural: "1 session", "1,339 sessions".
    static QString sessions(qint64 n);
    static QString users(qint64 n);
    static QString loginEvents(qint64 n);
};
