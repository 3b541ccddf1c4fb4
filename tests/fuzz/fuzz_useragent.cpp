// User-Agent headers as applications store them. Properties: nothing crashes or hangs; every
// header gets a one-line summary of at most 100 characters (a table cell), whatever the header.
#include "FuzzSupport.h"
#include "models/domain/UserAgent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString header = Fuzz::text(data, size);
    const UserAgent agent = UserAgent::parse(header);
    const QString summary = agent.summary();
    Fuzz::check(!summary.isEmpty(), "an empty summary", header);
    Fuzz::check(!summary.contains(u'\n') && !summary.contains(u'\r'), "a summary over several lines",
                summary);
    Fuzz::check(summary.size() <= 100, "a summary longer than a table cell", summary);
    Fuzz::check(!UserAgent::deviceTypeText(agent.deviceType()).isEmpty(), "a device type without words");
    return 0;
}
