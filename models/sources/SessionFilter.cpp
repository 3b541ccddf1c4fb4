#include "models/sources/SessionFilter.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/IpRange.h"
#include "models/domain/Session.h"
#include "models/sources/SourceError.h"
#include "models/sources/UserQuery.h"

using namespace Qt::Literals::StringLiterals;

namespace {

SourceError invalid(const QString &why)
{
    return {SourceError::Code::InvalidInput, why, {}};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

bool SessionFilter::isEmpty() const
{
    return *this == SessionFilter();
}

std::optional<SourceError> SessionFilter::refusal() const
{
    if (auto refused = refuseNetwork(network))
        return refused;
    if (auto refused = refuseCountry(country))
        return refused;
    if (auto refused = refuseTimes(startedFrom, startedTo))
        return refused;
    if (auto refused = refuseTimes(activeFrom, activeTo))
        return refused;
    return UserQuery::refuseLongText(device);
}

QStringList SessionFilter::deviceWords() const
{
    return device.toLower().split(u' ', Qt::SkipEmptyParts);
}

bool SessionFilter::matches(const Session &session) const
{
    if (!userId.isEmpty() && session.userId != userId)
        return false;
    if (!network.isEmpty()) {
        const auto range = IpRange::parse(network);
        if (!range || !range->contains(session.origin.ip))
            return false;
    }
    if (!country.trimmed().isEmpty() &&
        session.origin.country.trimmed().toUpper() != country.trimmed().toUpper())
        return false;
    const QString agent = session.origin.userAgent.toLower();
    for (const QString &word : deviceWords()) {
        if (!agent.contains(word))
            return false;
    }
    const auto within = [](const QDateTime &at, const QDateTime &from, const QDateTime &to) {
        return (!from.isValid() || (at.isValid() && at >= from)) &&
               (!to.isValid() || (at.isValid() && at < to));
    };
    return within(session.createdAt, startedFrom, startedTo) &&
           within(session.lastSeenAt, activeFrom, activeTo);
}

QString SessionFilter::text(const QString &user) const
{
    QStringList parts = describe(userId, user, network, country, device);
    describeRange(parts, tr("started"), startedFrom, startedTo);
    describeRange(parts, tr("last active"), activeFrom, activeTo);
    return parts.join(u"; "_s);
}

QStringList SessionFilter::describe(const QString &userId, const QString &user, const QString &network,
                                    const QString &country, const QString &device)
{
    QStringList parts;
    if (!userId.isEmpty())
        parts << tr("user %1").arg(user.isEmpty() ? userId : user);
    if (const auto range = IpRange::parse(network))
        parts << tr("address in %1").arg(range->cidr());
    if (!country.trimmed().isEmpty())
        parts << tr("country %1").arg(DisplayFormat::countryName(country.trimmed().toUpper()));
    if (!device.trimmed().isEmpty())
        parts << tr("device “%1”").arg(device.simplified());
    return parts;
}

void SessionFilter::describeRange(QStringList &parts, const QString &what, const QDateTime &from,
                                  const QDateTime &to)
{
    if (from.isValid() && to.isValid())
        parts
            << tr("%1 from %2 to %3").arg(what, DisplayFormat::exactTime(from), DisplayFormat::exactTime(to));
    else if (from.isValid())
        parts << tr("%1 from %2 on").arg(what, DisplayFormat::exactTime(from));
    else if (to.isValid())
        parts << tr("%1 before %2").arg(what, DisplayFormat::exactTime(to));
}

QJsonObject SessionFilter::toJson() const
{
    QJsonObject object;
    const auto text = [&object](const QString &key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    const auto time = [&object](const QString &key, const QDateTime &value) {
        if (value.isValid())
            object.insert(key, isoTime(value));
    };
    text(u"user"_s, userId);
    // The range as compared, host bits cleared ("10.20.5.5/16" is 10.20.0.0/16).
    const auto range = IpRange::parse(network);
    text(u"network"_s, range ? range->cidr() : network);
    text(u"country"_s, country.toUpper());
    text(u"device"_s, device);
    time(u"startedFrom"_s, startedFrom);
    time(u"startedTo"_s, startedTo);
    time(u"activeFrom"_s, activeFrom);
    time(u"activeTo"_s, activeTo);
    return object;
}

SessionFilter SessionFilter::fromJson(const QJsonObject &object)
{
    const auto time = [&object](const QString &key) {
        return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    };
    SessionFilter filter;
    filter.userId = object.value(u"user"_s).toString();
    filter.network = object.value(u"network"_s).toString();
    filter.country = object.value(u"country"_s).toString();
    filter.device = object.value(u"device"_s).toString();
    filter.startedFrom = time(u"startedFrom"_s);
    filter.startedTo = time(u"startedTo"_s);
    filter.activeFrom = time(u"activeFrom"_s);
    filter.activeTo = time(u"activeTo"_s);
    return filter;
}

std::optional<SourceError> SessionFilter::refuseNetwork(const QString &network)
{
    if (!network.isEmpty() && !IpRange::parse(network))
        return invalid(IpRange::refusal(network));
    return std::nullopt;
}

std::optional<SourceError> SessionFilter::refuseCountry(const QString &country)
{
    if (country.isEmpty())
        return std::nullopt;
    if (!(country.size() == 2 && country.at(0).unicode() < 128 && country.at(1).unicode() < 128 &&
          country.at(0).isLetter() && country.at(1).isLetter()))
        return invalid(
            tr("'%1' is not a country code; write its two letters, such as DE or BR.").arg(country));
    // The usual slip, which would find nothing, silently. Other codes stay allowed: stores write
    // user-assigned ones too (ZZ, XX for "unknown").
    if (country.compare(u"UK"_s, Qt::CaseInsensitive) == 0)
        return invalid(tr("'%1' is not a country code: the United Kingdom's is GB.").arg(country));
    return std::nullopt;
}

std::optional<SourceError> SessionFilter::refuseTimes(const QDateTime &from, const QDateTime &to)
{
    if (from.isValid() && to.isValid() && to <= from)
        return invalid(tr("The time range ends before it starts."));
    return std::nullopt;
}
