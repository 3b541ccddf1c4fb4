#pragma once

#include "models/sources/sql/SqlSessionSource.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class SqlTransaction;

// What differs between the two databases a SessionDesk store lives in, chosen once when the store
// is made (SqliteStoreBackend, PostgresStoreBackend): how the store opens, who its operators are,
// and how each action is carried out with its audit entry. SqlSessionSource keeps what both
// share: the reads, the worker threads, live updates, and the refusals every action meets first.
//
// Description, capabilities and identity are asked on the console's thread; everything else runs
// on a worker's thread with its connection. A backend keeps no state: what may change (the address
// after a certificate is pinned, the operator) is passed in.
class StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackend)

public:
    using Options = SqlSessionSource::Options;
    using StoreInfo = SqlSessionSource::StoreInfo;

    // An action being carried out: by whom and why, what it needs, and the transaction settings.
    struct ActionRun
    {
        ActionContext context;
        Capabilities::Capability capability;
        const SqlTransaction &transaction;
    };
    // An action, run on the worker once the common refusals passed: its own transaction, with its
    // audit entries inside it, or nothing.
    using Act = std::function<Result<ActionResult>(QSqlDatabase &db, const ActionRun &run)>;

    virtual ~StoreBackend() = default;
    static std::unique_ptr<const StoreBackend> forOptions(const Options &options);

    // The stored settings; values a person broke by hand fall back to their defaults, with a warning.
    static Result<Settings> settings(QSqlDatabase &db);

    virtual bool isPostgres() const = 0;
    virtual QString description(const Options &options) const = 0;
    virtual Capabilities capabilities(const Operator &op, bool databaseOwner,
                                      const Options &options) const = 0;
    virtual SessionSource::OperatorAccounts operatorAccounts() const = 0;
    // How checkpoints and this computer's witness name the store: its file, or its server and
    // database (not the login).
    virtual QString storeIdentity(const Options &options) const = 0;

    // Opens the store on db (after initializing or upgrading it, with upgradeFirst), refusing what
    // is not a usable store, and finds the role it gives the actor.
    virtual Result<StoreInfo> open(QSqlDatabase &db, const QString &connectionName, const Options &options,
                                   bool upgradeFirst) const = 0;
    // The role the store gives an OS account (SQLite) or the login (PostgreSQL); none: no operator.
    virtual Result<std::optional<Role>> roleOf(QSqlDatabase &db, const QString &osAccount) const = 0;
    virtual Result<QList<OperatorAccount>> operators(QSqlDatabase &db) const = 0;
    // After a write has committed, on the background connection: SQLite copies what it can from
    // the write-ahead log into the store file; PostgreSQL has nothing to do.
    virtual std::optional<SourceError> checkpoint(QSqlDatabase &db) const = 0;
    // A detection scan, on the background connection db.
    virtual Result<ScanResult> scan(QSqlDatabase &db, bool full, const SqlTransaction &transaction,
                                    const Operator &actor, const Options &options) const = 0;

    virtual Act logoutUsers(const QStringList &userIds) const = 0;
    virtual Act logoutAll(const LogoutAllScope &scope) const = 0;
    virtual Act planLogoutAll(const LogoutAllScope &scope, const QDateTime &runAt,
                              const QString &message) const = 0;
    virtual Act cancelPlannedLogout(qint64 id) const = 0;
    // Runs a plan that is due, as its planner (run.context), from the console of runner; a plan the
    // planner may no longer run, or whose scope no longer holds, is marked failed for good.
    virtual Act runPlannedLogout(const PlannedLogout &plan, const Operator &runner) const = 0;
    virtual Act endSession(const QString &sessionId) const = 0;
    virtual Act closeFlag(qint64 flagId, Flag::Status outcome) const = 0;
    virtual Act freezeUser(const QString &userId) const = 0;
    virtual Act unfreezeUser(const QString &userId) const = 0;
    virtual Act addUser(const QString &email, const QString &displayName, const QString &role) const = 0;
    virtual Act deactivateUser(const QString &userId) const = 0;
    virtual Act reactivateUser(const QString &userId) const = 0;
    virtual Act removeUser(const QString &userId) const = 0;
    virtual Act setUserRole(const QString &userId, const QString &role) const = 0;
    virtual Act saveSettings(const Settings &settings) const = 0;
    virtual Act saveOperator(const QString &account, Role role) const = 0;
    virtual Act removeOperator(const QString &account) const = 0;
    // action: SessionSource::exportAction
    virtual Act recordExport(const QString &action, const QString &what, int count) const = 0;

protected:
    // What an operator of either store may do by their role; no store freezes for a time.
    static Capabilities operatorCapabilities(const Operator &op);
};
