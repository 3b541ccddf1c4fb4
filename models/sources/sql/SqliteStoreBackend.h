#pragma once

#include "models/sources/sql/StoreBackend.h"

#include <QCoreApplication>

// A SessionDesk store in an SQLite file: the operators table makes an OS account an operator, and
// every action runs here, checking the account's role as the store has it now and writing the
// action's audit entries in the same transaction.
class SqliteStoreBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStoreBackend)

public:
    // Marks sessions past their expiry as ended ('expired'), so that open means active. Cheap when
    // there is nothing to do (a partial index).
    static Result<int> expireSessions(QSqlDatabase &db, const QDateTime &now);
    // One look at the store for the console's live updates: sessions past their expiry ended, and
    // the data version, which changes when another connection wrote.
    struct Poll
    {
        qint64 dataVersion = 0;
        int expired = 0;
    };
    static Result<Poll> poll(QSqlDatabase &db);

    bool isPostgres() const override { return false; }
    QString description(const Options &options) const override;
    Capabilities capabilities(const Operator &op, bool databaseOwner, const Options &options) const override;
    SessionSource::OperatorAccounts operatorAccounts() const override
    {
        return SessionSource::OperatorAccounts::OsAccounts;
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
    Act saveOperator(const QString &osAccount, Role role) const override;
    Act removeOperator(const QString &osAccount) const override;
    Act recordExport(const QString &action, const QString &what, int count) const override;

private:
    // What an action does, in its transaction: work(db, context, result, entries) fills in the
    // result and the entries, which start with one for the action (it may replace it with one per
    // target), or refuses.
    using Work = std::function<std::optional<SourceError>(QSqlDatabase &, const ActionContext &,
                                                          ActionResult &, QList<AuditEntry> &)>;
    // The action named action: refused unless the store gives the actor's account the capability
    // now; otherwise work and the audit entries commit in one transaction, or nothing does.
    static Act acting(const QString &action, Work work);
};
