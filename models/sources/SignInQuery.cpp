#include "models/sources/SignInQuery.h"

#include "models/domain/Session.h"
#include "models/sources/SessionFilter.h"
#include "models/sources/SortedPage.h"
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

bool SignInQuery::matches(const LoginEvent &event) const
{
    if ((!userId.isEmpty() && event.userId != userId) || (success && event.success != *success) ||
        (from.isValid() && event.at < from) || (to.isValid() && event.at >= to))
        return false;
    SessionFilter origin;
    origin.network = network;
    origin.country = country;
    origin.device = device;
    Session session;
    session.origin = event.origin;
    return origin.matches(session);
}

Page<LoginEvent> SignInQuery::pageOf(const QList<LoginEvent> &events) const
{
    QList<LoginEvent> rows;
    for (const LoginEvent &event : events) {
        if (matches(event))
            rows.append(event);
    }
    return sortedPage(
        rows, [](const LoginEvent &event) -> QVariant { return event.at; }, order, cursor, limit);
}
