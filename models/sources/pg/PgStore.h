#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/ActionResult.h"
#include "models/domain/Flag.h"
#include "models/domain/Operator.h"
#include "models/sources/Result.h"
#include "models/sources/ScanResult.h"
#include "models/storage/StoreMigrator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

// What the native store does differently in PostgreSQL (resources/sql/postgresql/006_roles.sql):
// the database gives the login its role, and every action is one of the store's own functions,
// which checks that role and appends the audit entry in the same transaction. SqlSessionSource
// reads through the same SQL for both engines and acts through here on PostgreSQL.
class PgConnection;

class PgStore final
{
    Q_DECLARE_TR_FUNCTIONS(PgStore)

public:
    // One call of an action function: SELECT sessiondesk_<function>(args…, reason, ticket,
    // os_account, host); it returns the id of the audit entry it appended.
    struct Call
    {
        QString function;
        QVariantList args;
        // Whether the action's entry is read back for its counts: not when the login may have
        // removed itself as an operator, after which it reads nothing of the store.
        bool readBack = true;
    };

    // The channel the store's triggers notify on every change the console shows.
    static QString changeChannel() { return QStringLiteral("sessiondesk_changed"); }

    // Refuses a database that is not at this build's schema version: an empty or older one needs
    // "store migrate" by an administrator first; a newer one a newer SessionDesk.
    static std::optional<SourceError> checkSchema(QSqlDatabase &db, const QString &url);
    // Initializes or upgrades the store over a connection of its own (named connectionName while
    // it lasts), for the database's owner or a member of sessiondesk_admin; refused for others.
    static Result<StoreMigrator::Outcome> upgrade(const PgConnection &connection, const QString &password,
                                                  const QString &connectionName);
    // The login (session_user), as the audit trail names it.
    static Result<QString> login(QSqlDatabase &db);
    // The role the database gives the login: membership of sessiondesk_admin, _support or
    // _auditor (the strongest one); none for a login with none of them.
    static Result<std::optional<Role>> roleOf(QSqlDatabase &db);
    // Whether the login owns the database (it may add the store's operators, audited).
    static Result<bool> ownsDatabase(QSqlDatabase &db);
    // The sentence that tells how login becomes an operator of the store at url: the audited way.
    static QString howToAddOperator(const QString &login, const QString &url);
    // The logins holding one of the store's roles.
    static Result<QList<OperatorAccount>> operators(QSqlDatabase &db);
    // Runs calls in the caller's transaction as context's operator and adds up what they did from
    // the audit entries they wrote.
    static Result<ActionResult> act(QSqlDatabase &db, const QList<Call> &calls, const ActionContext &context);
    // What running a planned logout did: done, or why the plan failed for good (its planner is no
    // longer an administrator; the store has marked it failed, which the transaction keeps).
    struct PlanRun
    {
        std::optional<ActionResult> done;
        QString failure;
    };
    // Runs the planned logout id, which is due, in the caller's transaction, as its planner and
    // from host.
    static Result<PlanRun> runPlanned(QSqlDatabase &db, qint64 id, const Operator &runner);
    // Records a detection scan's findings and the last login event it read, in the caller's
    // transaction (sessiondesk_record_scan): raised, updated and automatically frozen, and the
    // findings the store refused because its own sign-ins and sessions do not support them (it
    // writes the evidence of the others itself).
    static Result<ScanResult> recordScan(QSqlDatabase &db, const QList<Flag> &findings, qint64 newest,
                                         const QString &freezeNote, const Operator &actor);
    // Keeps the store's figures current: marks sessions past their expiry as ended (the number
    // marked is the result) and folds the changes to the numbers of users.
    static Result<int> keepCurrent(QSqlDatabase &db);
    // Deletes what is kept of users removed longer ago than the setting says; the users purged.
    static Result<int> purgeRemovedUsers(QSqlDatabase &db);
};
