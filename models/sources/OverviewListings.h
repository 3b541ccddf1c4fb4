#pragma once

#include "models/domain/Overview.h"
#include "models/sources/Result.h"

#include <QFuture>

class SessionSource;

// The Overview of a source that cannot count for itself: its active sessions, the last week's
// sign-ins, its open flags and the last week's audit entries, listed page by page through the
// seam, then counted on a worker thread. A listing the source does not offer leaves its part
// missing with the source's reason; any other failure is the answer.
class OverviewListings final
{
public:
    static QFuture<Result<Overview>> collect(SessionSource *source);
};
