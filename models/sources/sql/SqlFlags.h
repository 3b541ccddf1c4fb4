#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Flag.h"
#include "models/domain/FlagTransition.h"
#include "models/domain/LoginEvent.h"
#include "models/domain/Operator.h"
#include "models/domain/Session.h"
#include "models/sources/FlagQuery.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"
#include "models/sources/ScanResult.h"
#include "models/storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

// Flags in the native store: detection scans, listing, history, and the status changes that go
// with operator actions. The functions taking a transaction run their own; the others run inside
// the caller's (an audited action's).
class SqlFlags final
{
    Q_DECLARE_TR_FUNCTIONS(SqlFlags)

public:
    // The operator recorded for what detection does by itself (automatic freezing).
    static QString systemOperator();

    // Reads the login events added since the last scan (or all, when full) with their users'
    // recent history and active sessions, runs the detector, and in one transaction raises new
    // flags, updates open ones, freezes automatically when the settings say so, and moves the
    // watermark.
    using UserVisitor = std::function<void(const QString &userId, const QList<LoginEvent> &events,
                                           const QList<Session> &activeSessions)>;
    // Walks login events and active sessions, both selected with their usual columns and sorted
    // by user, and hands each user's over in turn (users with events only).
    static void forEachUser(QSqlQuery &events, QSqlQuery &sessions, const UserVisitor &visit);

    // What a scan found, before anything is written: the findings, the newest sign-in read, whether
    // the settings freeze automatically, and the counts (nothingNew: no sign-in since the last).
    struct Scan
    {
        QList<Flag> findings;
        qint64 newest = 0;
        bool autoFreeze = false;
        bool nothingNew = false;
        ScanResult counts;
    };
    // sessionsDb reads the active sessions while db streams the events: db itself for SQLite, a
    // second connection for PostgreSQL (a connection there streams one result at a time).
    static Result<Scan> find(QSqlDatabase &db, QSqlDatabase &sessionsDb, bool full, const QDateTime &now);
    // SQLite: records what scan found in one transaction (raises new flags, updates open ones,
    // freezes automatically, audited as the system with actor's account and host, and moves the
    // watermark). PostgreSQL stores record it with their own function (PgStore::recordScan).
    static Result<ScanResult> record(QSqlDatabase &db, const Scan &scan, const QDateTime &now,
                                     const SqlTransaction &transaction, const Operator &actor);
    // The reason an automatic freeze gives.
    static QString freezeNote();
    static Result<Page<Flag>> list(QSqlDatabase &db, const FlagQuery &query);
    static Result<QList<FlagTransition>> history(QSqlDatabase &db, qint64 flagId);

    // Resolves or dismisses an open or frozen flag.
    static std::optional<SourceError> close(QSqlDatabase &db, qint64 flagId, Flag::Status outcome,
                                            const QString &operatorId, const QString &note,
                                            const QDateTime &at, AuditEntry &entry);
    // Freezes an active user: status, sessions ended ('frozen'), tokens rejected, open flags frozen.
    static std::optional<SourceError> freeze(QSqlDatabase &db, const QString &userId,
                                             const QString &operatorId, const QString &reason,
                                             const QDateTime &at, ActionResult &result);
    // Unfreezes a frozen user; their frozen flags are open again, still to be resolved.
    static std::optional<SourceError> unfreeze(QSqlDatabase &db, const QString &userId,
                                               const QString &operatorId, const QString &reason,
                                               const QDateTime &at, ActionResult &result);
};
