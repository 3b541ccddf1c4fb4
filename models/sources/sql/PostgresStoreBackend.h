#pragma once

#include "models/sources/pg/PgStore.h"
#include "models/sources/sql/StoreBackend.h"

#include <QCoreApplication>

// A SessionDesk store in a PostgreSQL database: the login's database roles make it an operator,
// and every action is one of the store's own functions (PgStore), which check the role again and
// write the audit entry in the same transaction.
class PostgresStoreBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStoreBackend)

public:
    bool isPostgres() const override { return true; }
    QString description(const Options &options) const override;
    Capabilities capabilities(const Operator &op, bool databaseOwner, const Options &options) const override;
    SessionSource::OperatorAccounts operatorAccounts() const override
    {
        return SessionSource::OperatorAccounts::DatabaseLogins;
    }
    QString storeIdentity(const Options &options) const override;

    Result<StoreInfo> open(QSqlDatabase &db, const QString &connectionName, const Options &options,
                           bool upgradeFirst) const override;
    Result<std::optional<Role>> roleOf(QSqlDatabase &db, const QString &osAccount) const override;
    Result<QList<OperatorAccount>> operators(QSqlDatabase &db) const override;
    std::optional<SourceError> checkpoint(QSqlDatabase &db) const override;
    Result<ScanResult> scan(QSqlDatabase &db, bool full, const SqlTransaction &transaction,
                            const Operator &actor, const Options &options) const override;

    Act logoutUsers(const QStringList &userIds) const override;
    Act logoutAll(const LogoutAllScope &scope) const override;
    Act planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                      const QString &message) const override;
    Act cancelPlannedLogout(qint64 id) const override;
    Act runPlannedLogout(const PlannedLogout &plan, const Operator &runner) const override;
    Act endSession(const QString &sessionId) const override;
    Act closeFlag(qint64 flagId, Flag::Status outcome) const override;
    Act freezeUser(const QString &userId) const override;
    Act unfreezeUser(const QString &userId) const override;
    Act addUser(const QString &email, const QString &displayName, const QString &role) const override;
    Act deactivateUser(const QString &userId) const override;
    Act reactivateUser(const QString &userId) const override;
    Act removeUser(const QString &userId) const override;
    Act setUserRole(const QString &userId, const QString &role) const override;
    Act saveSettings(const Settings &settings) const override;
    Act saveOperator(const QString &account, Role role) const override;
    Act removeOperator(const QString &account) const override;
    Act recordExport(const QString &action, const QString &what, int count) const override;

private:
    // The store's functions, called in one transaction; makeCalls works them out inside it.
    using MakeCalls = std::function<Result<QList<PgStore::Call>>(QSqlDatabase &)>;
    // Why what the calls did is refused after all (rolled back with their entries), or none.
    using Check = std::function<std::optional<SourceError>(const ActionResult &)>;
    static Act calling(MakeCalls makeCalls, Check check = {});
    static Act calling(const QList<PgStore::Call> &calls, Check check = {});
};
