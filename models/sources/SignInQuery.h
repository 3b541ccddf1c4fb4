#pragma once

#include "models/domain/LoginEvent.h"
#include "models/sources/Page.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

struct SourceError;

// Sign-in attempts (login events), newest first, paged by the source: one user's for the detail
// pane, or all of them filtered for the Sign-ins page and `signins list`.
struct SignInQuery
{
    Q_DECLARE_TR_FUNCTIONS(SignInQuery)

public:
    enum class SortField {
        At,
    };

    QString userId;              // one user's sign-ins; everybody's when empty
    std::optional<bool> success; // successful ones only, or failed ones only
    QString network;             // an address or a CIDR range (IpRange), IPv4 or IPv6
    QString country;             // ISO 3166-1 alpha-2
    QDateTime from;              // from this time on; open when invalid
    QDateTime to;                // before this time; open when invalid
    QString device;              // words, each somewhere in the user agent
    SortField sortField = SortField::At;
    Qt::SortOrder order = Qt::DescendingOrder;
    int limit = 50;
    QVariant cursor;

    bool operator==(const SignInQuery &) const = default;

    // Why the filters cannot be asked (an address or range that is none, a country that is no
    // two-letter code, a time range that ends before it starts), before any source is.
    std::optional<SourceError> refusal() const;
    // The filters in words, for the audit trail: "failed ones; user anna@example.com; address in
    // 10.20.0.0/16; time from 1 Dec 2026 10:00 on"; user names the user where userId is set.
    QString description(const QString &user) const;
    // Whether event matches every filter that is set, as the stores compare (SessionFilter::matches
    // for the address, country and device words). For sources that filter what they listed.
    bool matches(const LoginEvent &event) const;
    // The page this query asks for of events a source listed at once: those matching, sorted, from
    // the cursor's offset.
    Page<LoginEvent> pageOf(const QList<LoginEvent> &events) const;
};
