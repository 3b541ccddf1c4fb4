// Django's session_data as a database holds it (fixtures/django writes real ones). Properties:
// nothing crashes, hangs or inflates without bound; a user found is a short single line.
#include "FuzzSupport.h"
#include "models/sources/django/DjangoSessionData.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sessionData = Fuzz::text(data, size);
    const QString user = DjangoSessionData::userOf(sessionData);
    Fuzz::check(!user.contains(u'\n'), "a user over several lines", user);
    Fuzz::check(user.size() <= qsizetype(size), "a user longer than the data", user);
    return 0;
}
