#pragma once

#include <QDateTime>
#include <QString>

// A time given on the command line (--at, --until, --from, --to): an ISO date or an ISO time, in
// the computer's time zone, as the CLI shows times, unless it names an offset or Z. Invalid when it
// is neither.
class TimeArgument final
{
public:
    // Which end of a day a bare date stands for: its first moment (--from, --at), or, for the end
    // of a range (--to: before it), the next day's, so that "--from D --to D" is all of day D.
    enum class Day {
        Start,
        Through,
    };
    static QDateTime parse(const QString &text, Day day = Day::Start);
};
