#include "models/sources/SignInQuery.h"

#include "models/sources/SessionFilter.h"
#include "models/sources/SourceError.h"
#include "models/sources/UserQuery.h"

QString SignInQuery::description(const QString &user) const
{
    QStringList parts;
    if (success)
        parts << (*success ? tr("successful ones") : tr("failed ones"));
    parts << SessionFilter::describe(userId, user, network, country, device);
    SessionFilter::describeRange(parts, tr("time"), from, to);
    return parts.isEmpty() ? tr("all sign-ins") : parts.join(u"; ");
}

std::optional<SourceError> SignInQuery::refusal() const
{
    if (auto refused = SessionFilter::refuseNetwork(network))
        return refused;
    if (auto refused = SessionFilter::refuseCountry(country))
        return refused;
    if (auto refused = SessionFilter::refuseTimes(from, to))
        return refused;
    return UserQuery::refuseLongText(device);
}
