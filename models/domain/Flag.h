#pragma once

#include "models/domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A suspicious-login finding for one user (docs/store-contract.md, "The five rules"), with the evidence that
// explains it.
struct Flag
{
    Q_DECLARE_TR_FUNCTIONS(Flag)

public:
    enum class Rule {
        ImpossibleTravel,
        ConcurrentLocations,
        DeviceSpread,
        FailedLoginBurst,
        NewCountry,
        // For sources that record no places, only addresses (never raised in a SessionDesk store).
        ConcurrentNetworks,
    };
    // Every rule, in the order the console lists them.
    static const QList<Rule> &allRules();
    using Severity = FlagSeverity;
    enum class Status {
        Open,
        Frozen,
        Resolved,
        Dismissed,
    };

    qint64 id = 0;
    QString userId;
    QString userName;                           // for display; filled by queries
    QString userEmail;                          // for display; filled by queries
    UserStatus userStatus = UserStatus::Active; // filled by queries
    Rule rule = Rule::ImpossibleTravel;
    Severity severity = Severity::Low;
    Status status = Status::Open;
    QString explanation; // one line: the rule, the places, the numbers, the threshold
    QJsonObject evidence;
    QString evidenceKey; // identifies what was seen, so a resolved finding is not raised again
    QDateTime firstSeen;
    QDateTime lastSeen;

    bool operator==(const Flag &) const = default;

    static Severity severityOf(Rule rule);
    // The id of a finding that is computed afresh each time rather than stored: the same for the same
    // user and kind of finding (what), so that it can be found again.
    static qint64 findingId(const QString &userId, const QString &what);
    static QString ruleKey(Rule rule);
    static std::optional<Rule> ruleFromKey(const QString &key);
    static QString ruleText(Rule rule);
    static QString severityKey(Severity severity);
    static std::optional<Severity> severityFromKey(const QString &key);
    static QString severityText(Severity severity);
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusText(Status status);
};
