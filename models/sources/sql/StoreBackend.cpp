#include "models/sources/sql/StoreBackend.h"

#include "models/Logging.h"
#include "models/sources/sql/PostgresStoreBackend.h"
#include "models/sources/sql/SqliteStoreBackend.h"
#include "models/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<const StoreBackend> StoreBackend::forOptions(const Options &options)
{
    if (options.connectUrl.isEmpty())
        return std::make_unique<const SqliteStoreBackend>();
    return std::make_unique<const PostgresStoreBackend>();
}

Capabilities StoreBackend::operatorCapabilities(const Operator &op)
{
    Capabilities capabilities = Capabilities::forOperator(op);
    capabilities.deny(Capabilities::Capability::TimedFreeze,
                      tr("A SessionDesk store keeps an account frozen until it is unfrozen."));
    return capabilities;
}

Result<Settings> StoreBackend::settings(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (auto error = Sql::exec(query, u"SELECT key, value FROM settings"_s))
        return *error;
    Settings settings;
    while (query.next()) {
        if (auto invalid = settings.set(query.value(0).toString(), query.value(1).toString()))
            qCWarning(lcSql).noquote() << "ignoring stored setting:" << *invalid;
    }
    return settings;
}
