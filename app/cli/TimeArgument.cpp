#include "TimeArgument.h"

QDateTime TimeArgument::parse(const QString &text, Day day)
{
    // QDate reads the date part of a longer text too, so only a bare date counts as one.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(day == Day::Through ? date.addDays(1) : date, QTime(0, 0));
    return QDateTime::fromString(text, Qt::ISODate);
}
