#pragma once

#include <QDateTime>
#include <QString>

// A time given on the command line (--at, --until, --from, --to): an ISO date (local midnight) or
// an ISO time, in the computer's time zone, as the CLI shows times, unless it names an offset or
// Z. Invalid when it is neither.
class TimeArgument final
{
public:
    static QDateTime parse(const QString &text);
};
