#include "models/domain/Flag.h"

#include "models/domain/EnumKeys.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr Flag::Rule rules[] = {Flag::Rule::ImpossibleTravel, Flag::Rule::ConcurrentLocations,
                                Flag::Rule::DeviceSpread,     Flag::Rule::FailedLoginBurst,
                                Flag::Rule::NewCountry,       Flag::Rule::ConcurrentNetworks};
constexpr Flag::Severity severities[] = {Flag::Severity::Low, Flag::Severity::Medium, Flag::Severity::High};
constexpr Flag::Status statuses[] = {Flag::Status::Open, Flag::Status::Frozen, Flag::Status::Resolved,
                                     Flag::Status::Dismissed};

} // namespace

const QList<Flag::Rule> &Flag::allRules()
{
    static const QList<Rule> all(std::begin(rules), std::end(rules));
    return all;
}

Flag::Severity Flag::severityOf(Rule rule)
{
    switch (rule) {
    case Rule::ImpossibleTravel:
    case Rule::ConcurrentLocations:
        return Severity::High;
    case Rule::DeviceSpread:
    case Rule::FailedLoginBurst:
    case Rule::ConcurrentNetworks: // mobile networks and VPNs do this too
        return Severity::Medium;
    case Rule::NewCountry:
        return Severity::Low;
    }
    Q_UNREACHABLE();
}

QString Flag::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::ImpossibleTravel:
        return u"impossible_travel"_s;
    case Rule::ConcurrentLocations:
        return u"concurrent_locations"_s;
    case Rule::DeviceSpread:
        return u"device_spread"_s;
    case Rule::FailedLoginBurst:
        return u"failed_login_burst"_s;
    case Rule::NewCountry:
        return u"new_country"_s;
    case Rule::ConcurrentNetworks:
        return u"concurrent_networks"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Flag::Rule> Flag::ruleFromKey(const QString &key)
{
    return enumFromKey(rules, ruleKey, key);
}

QString Flag::ruleText(Rule rule)
{
    switch (rule) {
    case Rule::ImpossibleTravel:
        return tr("Impossible travel");
    case Rule::ConcurrentLocations:
        return tr("Several countries at once");
    case Rule::DeviceSpread:
        return tr("Too many devices");
    case Rule::FailedLoginBurst:
        return tr("Failed sign-in burst");
    case Rule::NewCountry:
        return tr("New country");
    case Rule::ConcurrentNetworks:
        return tr("Several networks at once");
    }
    Q_UNREACHABLE();
}

QString Flag::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Flag::Severity> Flag::severityFromKey(const QString &key)
{
    return enumFromKey(severities, severityKey, key);
}

QString Flag::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    Q_UNREACHABLE();
}

QString Flag::statusKey(Status status)
{
    switch (status) {
    case Status::Open:
        return u"open"_s;
    case Status::Frozen:
        return u"frozen"_s;
    case Status::Resolved:
        return u"resolved"_s;
    case Status::Dismissed:
        return u"dismissed"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Flag::Status> Flag::statusFromKey(const QString &key)
{
    return enumFromKey(statuses, statusKey, key);
}

QString Flag::statusText(Status status)
{
    switch (status) {
    case Status::Open:
        return tr("Open");
    case Status::Frozen:
        return tr("Account frozen");
    case Status::Resolved:
        return tr("Resolved");
    case Status::Dismissed:
        return tr("Dismissed");
    }
    Q_UNREACHABLE();
}

qint64 Flag::findingId(const QString &userId, const QString &what)
{
    const QByteArray hash =
        QCryptographicHash::hash((userId + u'\n' + what).toUtf8(), QCryptographicHash::Sha1);
    return hash.left(7).toHex().toLongLong(nullptr, 16);
}
