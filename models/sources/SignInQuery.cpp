#include "models/sources/SignInQuery.h"

#include "models/sources/SessionFilter.h"
#include "models/sources/SourceError.h"
#include "models/sources/UserQuery.h"

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
