#include "models/sources/AuditCheckpoint.h"

#include "models/domain/DisplayFormat.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QString AuditCheckpoint::line() const
{
    return u"sessiondesk-checkpoint v1 entry=%1 hash=%2 at=%3 store=%4"_s.arg(entry).arg(
        hash, seenAt.toUTC().toString(Qt::ISODate), store);
}

std::optional<AuditCheckpoint> AuditCheckpoint::parse(const QString &line)
{
    static const QRegularExpression format(
        u"^sessiondesk-checkpoint v1 entry=(\\d{1,18}) hash=([0-9a-f]{64}) at=(\\S+) store=(.+)$"_s);
    const auto match = format.match(line.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    AuditCheckpoint checkpoint;
    checkpoint.entry = match.captured(1).toLongLong();
    checkpoint.hash = match.captured(2);
    checkpoint.seenAt = QDateTime::fromString(match.captured(3), Qt::ISODate);
    checkpoint.store = match.captured(4);
    if (checkpoint.entry <= 0 || !checkpoint.seenAt.isValid())
        return std::nullopt;
    return checkpoint;
}

QString AuditCheckpoint::contradiction(qint64 lastEntry, const QString &hashThere,
                                       const QString &seenBy) const
{
    const QString seen = DisplayFormat::exactTime(seenAt);
    if (lastEntry < entry)
        return tr("The trail ends at entry %1; entry %2 (hash %3…) was seen on %4 by %5: entries were "
                  "removed "
                  "from its end, or the store was replaced by an older copy.")
            .arg(DisplayFormat::count(lastEntry), DisplayFormat::count(entry), hash.left(16), seen, seenBy);
    if (hashThere != hash)
        return tr("Entry %1 has the hash %2…, but %3 saw %4… there on %5: the trail was rewritten from there "
                  "on.")
            .arg(DisplayFormat::count(entry), hashThere.left(16), seenBy, hash.left(16), seen);
    return {};
}
