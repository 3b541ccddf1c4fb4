#include "models/storage/SqlPage.h"

using namespace Qt::Literals::StringLiterals;

QString SqlPage::keysetCondition(const QString &sortColumn, const QString &idColumn, Qt::SortOrder order)
{
    const QString after = order == Qt::AscendingOrder ? u">"_s : u"<"_s;
    return u"%1 %3= ? AND (%1 %3 ? OR %2 %3 ?)"_s.arg(sortColumn, idColumn, after);
}

QString SqlPage::direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
}

QVariantList SqlPage::keysetArgs(const QVariant &cursor)
{
    const QVariantList key = cursor.toList();
    return {key.value(0), key.value(0), key.value(1)};
}
