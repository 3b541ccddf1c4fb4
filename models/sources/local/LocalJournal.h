#pragma once

#include "models/domain/ActionContext.h"
#include "models/domain/ActionResult.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/EndedSession.h"
#include "models/sources/AuditCheckpoint.h"
#include "models/sources/AuditQuery.h"
#include "models/sources/AuditVerification.h"
#include "models/sources/EndedSessionQuery.h"
#include "models/sources/LogoutAllScope.h"
#include "models/sources/Page.h"
#include "models/sources/Result.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

class AuditBook;
class SqlWorker;

// The audit trail of a source that keeps none (an identity server's API, an application's own
// session tables): an SQLite file on this computer, one per server, holding a SessionDesk store's
// audit trail (the same schema, chain and verification as a store's, AuditBook). Every action is recorded
// here with its outcome (success, failed, partial); a source whose journal cannot be used does nothing.
class LocalJournal final : public QObject
{
    Q_OBJECT

public:
    // serverName names the source in messages ("better-auth at https://auth.example").
    LocalJournal(const QString &path, const QString &serverName, QObject *parent = nullptr);

    // In the user's data directory: journals/<kind>-<host>-<port>[-<database>].sqlite
    static QString defaultPath(const QString &kind, const QString &host, int port,
                               const QString &database = {});

    QString path() const { return m_path; }
    // Creates or opens the journal; an error says it cannot be used and that nothing is done.
    QFuture<std::optional<SourceError>> open();
    // The Audit page's sentence: sourceKind keeps no trail, this journal records what is done.
    QString note(const QString &sourceKind) const;

    // An entry for an action on a user (targetUser: their email or id) with its outcome.
    static AuditEntry entry(const ActionContext &context, const QString &action, const QString &targetUser,
                            const Result<ActionResult> &result);
    // A logout of all users' scope as its entry keeps it, without a word on access tokens (the
    // sources with a local journal reject none, and many issue none); the users it names (kept, or the
    // filter's) under "names" as label calls them, for people to read (a server's ids are opaque).
    static QJsonObject scopeValue(const LogoutAllScope &scope,
                                  const std::function<QString(const QString &)> &label);
    // Writes entries and answers result with the first entry's id; when the journal cannot be
    // written, says so (what was done on the server stays done).
    QFuture<Result<ActionResult>> record(Result<ActionResult> result, const QList<AuditEntry> &entries);

    QFuture<Result<Page<AuditEntry>>> auditEntries(const AuditQuery &query);
    QFuture<Result<AuditVerification>> verifyAudit(const std::optional<AuditCheckpoint> &against);
    QFuture<Result<ActionResult>> recordExport(const QString &action, const QString &what, int count,
                                               const ActionContext &context);
    QFuture<Result<Page<EndedSession>>> endedSessions(const EndedSessionQuery &query);

private:
    QFuture<Result<qint64>> append(const QList<AuditEntry> &entries);
    // The trail with this computer's witness over it, named by the journal's file.
    AuditBook book() const;

    QString m_path;
    QString m_serverName;
    SqlWorker *m_worker = nullptr;
};
