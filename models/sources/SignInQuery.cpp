#include "models/sources/SignInQuery.h"

#include "models/domain/IpRange.h"
#include "models/sources/SourceError.h"
#include "models/sources/UserQuery.h"

std::optional<SourceError> SignInQuery::refusal() const
{
    const auto invalid = [](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, why, {}};
    };
    if (!network.isEmpty() && !IpRange::parse(network))
        return invalid(IpRange::refusal(network));
    if (!country.isEmpty() &&
        (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter() ||
         country.at(0).unicode() > 127 || country.at(1).unicode() > 127))
        return invalid(
            tr("'%1' is not a country code; write its two letters, such as DE or BR.").arg(country));
    if (from.isValid() && to.isValid() && to <= from)
        return invalid(tr("The time range ends before it starts."));
    if (auto tooLong = UserQuery::refuseLongText(device))
        return tooLong;
    return std::nullopt;
}
