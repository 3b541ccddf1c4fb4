// The CLI's time arguments (--at, --until, --from, --to). Properties: nothing crashes; an
// accepted time is a valid instant, and written back in ISO form it reads as the same instant.
#include "FuzzSupport.h"
#include "TimeArgument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::application();
    const QString text = Fuzz::text(data, size);
    const QDateTime time = TimeArgument::parse(text);
    if (!time.isValid())
        return 0;
    const QString iso = time.toString(Qt::ISODateWithMs);
    const QDateTime again = TimeArgument::parse(iso);
    Fuzz::check(again.isValid() && again == time, "an accepted time does not read back as itself",
                text + QStringLiteral(" -> ") + iso);
    return 0;
}
