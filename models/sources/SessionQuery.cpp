#include "models/sources/SessionQuery.h"

#include "models/sources/SortedPage.h"

#include <limits>

Page<Session> SessionQuery::pageOf(const QList<Session> &sessions) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Session> rows;
    for (Session session : sessions) {
        session.endIfExpired(now);
        if (includeEnded || session.isActive(now))
            rows.append(session);
    }
    const auto key = [this](const Session &s) -> QVariant {
        switch (sortField) {
        case SortField::Device:
            return s.origin.userAgent;
        case SortField::IpAddress:
            return s.origin.ip;
        case SortField::Location:
            return s.origin.city;
        case SortField::Started:
            return s.createdAt;
        case SortField::LastActivity:
            return s.lastSeenAt;
        case SortField::Expires:
            return s.expiresAt;
        case SortField::Status:
            return s.endedAt.isValid() ? s.endedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        return {};
    };
    return sortedPage(rows, key, order, cursor, limit);
}
