#include "models/sources/PlannedLogout.h"

#include "models/domain/DisplayFormat.h"

using namespace Qt::Literals::StringLiterals;

QString PlannedLogout::statusKey(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Done:
        return u"done"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    case Status::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<PlannedLogout::Status> PlannedLogout::statusFromKey(const QString &key)
{
    for (Status status : {Status::Pending, Status::Done, Status::Cancelled, Status::Failed}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString PlannedLogout::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("Pending");
    case Status::Done:
        return tr("Done");
    case Status::Cancelled:
        return tr("Cancelled");
    case Status::Failed:
        return tr("Failed");
    }
    return {};
}

QString PlannedLogout::countdown(const QDateTime &at, const QDateTime &now)
{
    const qint64 minutes = (now.secsTo(at) + 59) / 60;
    if (minutes <= 0)
        return tr("now");
    if (minutes < 60)
        return tr("in %Ln min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("in %Ln day(s)", nullptr, int(minutes / (24 * 60)));
}

QString PlannedLogout::missed(const QDateTime &now) const
{
    if (now <= runAt.addSecs(qint64(missedAfterMinutes) * 60))
        return {};
    return tr("Missed: it was due at %1 and no console ran it within %Ln minute(s); nobody was signed out. "
              "Plan it again.",
              nullptr, missedAfterMinutes)
        .arg(DisplayFormat::exactTime(runAt));
}
