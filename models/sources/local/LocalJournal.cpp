#include "models/sources/local/LocalJournal.h"

#include "models/Logging.h"
#include "models/audit/AuditBook.h"
#include "models/audit/AuditTrail.h"
#include "models/sources/Futures.h"
#include "models/storage/SqlRows.h"
#include "models/storage/SqlTransaction.h"
#include "models/storage/SqlWorker.h"
#include "models/storage/SqliteStoreFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {

// How long a write waits for another program holding the journal, and how often it tries.
constexpr int busyTimeoutMs = 2000;
const SqlTransaction journalTransaction(3, busyTimeoutMs);

} // namespace

LocalJournal::LocalJournal(const QString &path, const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_serverName(serverName)
    , m_worker(new SqlWorker(u"sessiondesk-journal"_s, this))
{}

AuditBook LocalJournal::book() const
{
    const QFileInfo file(m_path);
    return AuditBook(file.exists() ? file.canonicalFilePath() : file.absoluteFilePath(), QString());
}

QString LocalJournal::defaultPath(const QString &kind, const QString &host, int port, const QString &database)
{
    QString server = host + u'-' + QString::number(port);
    if (!database.isEmpty())
        server += u'-' + database;
    server.replace(QRegularExpression(u"[^A-Za-z0-9.-]"_s), u"_"_s);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journals/"_s + kind + u'-' +
           server + u".sqlite"_s;
}

QFuture<std::optional<SourceError>> LocalJournal::open()
{
    const QString connectionName = u"sessiondesk-journal-%1"_s.arg(quintptr(this), 0, 16);
    return m_worker->run([path = m_path, serverName = m_serverName,
                          connectionName](QSqlDatabase &db) -> std::optional<SourceError> {
        // Consoles and CLIs started together create the journal one at a time: another would see
        // the new, still empty file and refuse it.
        QDir().mkpath(QFileInfo(path).absolutePath());
        QLockFile creating(path + u".lock"_s);
        creating.setStaleLockTime(30'000);
        creating.tryLock(busyTimeoutMs);
        // Upgrading to version 3 chains the audit entries written before.
        const auto opened = SqliteStoreFile::open(db, connectionName, path, true, journalTransaction,
                                                  busyTimeoutMs, {{3, AuditTrail::chainUnchained}});
        if (opened.ok())
            return std::nullopt;
        return SourceError{
            opened.error().code,
            tr("The local audit journal %1 cannot be used (%2); SessionDesk does not act on %3 "
               "without recording what it does.")
                .arg(QDir::toNativeSeparators(path), opened.error().text, serverName),
            opened.error().detail};
    });
}

QString LocalJournal::note(const QString &sourceKind) const
{
    return tr("%1 keeps no audit trail: what this console does there is recorded in the local journal %2 on "
              "this computer, hash-chained like a store's trail.")
        .arg(sourceKind, QDir::toNativeSeparators(m_path));
}

AuditEntry LocalJournal::entry(const ActionContext &context, const QString &action, const QString &targetUser,
                               const Result<ActionResult> &result)
{
    AuditEntry entry = AuditTrail::entryFor(
        context, action, result.ok() ? result.value().at : QDateTime::currentDateTimeUtc());
    entry.targetUser = targetUser;
    if (result.ok()) {
        entry.count = result.value().sessionsEnded;
    } else {
        entry.outcome = u"failed"_s;
        entry.newValue = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"error"_s, result.error().text}}).toJson(QJsonDocument::Compact));
    }
    return entry;
}

QJsonObject LocalJournal::scopeValue(const LogoutAllScope &scope,
                                     const std::function<QString(const QString &)> &label)
{
    QJsonObject value = scope.toJson();
    // These sources revoke no tokens, and many issue none: the entry says nothing of tokens.
    value.remove(u"revokeTokens"_s);
    QJsonObject names;
    QStringList named = scope.keepUserIds;
    if (!scope.matching.userId.isEmpty())
        named << scope.matching.userId;
    for (const QString &id : std::as_const(named)) {
        if (const QString name = label(id); !name.isEmpty() && name != id)
            names.insert(id, name);
    }
    if (!names.isEmpty())
        value.insert(u"names"_s, names);
    return value;
}

QFuture<Result<ActionResult>> LocalJournal::record(Result<ActionResult> result,
                                                   const QList<AuditEntry> &entries)
{
    return append(entries).then(this, [this, result](const Result<qint64> &journaled) mutable {
        if (!journaled.ok()) {
            qCWarning(lcAudit) << "the local journal could not record an action:" << journaled.error().text;
            if (result.ok())
                result = SourceError{SourceError::Code::Failed,
                                     tr("Done on %1, but the local audit journal could not record it: %2")
                                         .arg(m_serverName, journaled.error().text),
                                     journaled.error().detail};
        } else if (result.ok()) {
            result.value().auditEntryId = journaled.value();
        }
        return result;
    });
}

QFuture<Result<qint64>> LocalJournal::append(const QList<AuditEntry> &entries)
{
    return m_worker->run([book = book(), entries](QSqlDatabase &db) -> Result<qint64> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return book.append(db, journalTransaction, entries);
    });
}

QFuture<Result<Page<AuditEntry>>> LocalJournal::auditEntries(const AuditQuery &query)
{
    return m_worker->run([query](QSqlDatabase &db) -> Result<Page<AuditEntry>> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return AuditTrail::list(db, query);
    });
}

QFuture<Result<AuditVerification>> LocalJournal::verifyAudit(const std::optional<AuditCheckpoint> &against)
{
    return m_worker->run([book = book(), against](QSqlDatabase &db) -> Result<AuditVerification> {
        if (!db.isOpen())
            return SqlRows::notOpen();
        return book.verify(db, against);
    });
}

QFuture<Result<ActionResult>> LocalJournal::recordExport(const QString &action, const QString &what,
                                                         int count, const ActionContext &context)
{
    if (context.reason.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(Result<ActionResult>(
            SourceError{SourceError::Code::InvalidInput,
                        tr("Give a reason for the export: it is written to the audit trail."),
                        {}}));
    // The entry is the export's precondition, not the record of something done elsewhere: when it
    // cannot be written, that is the answer (record() would say the action was done on the server).
    ActionResult done;
    done.at = QDateTime::currentDateTimeUtc();
    AuditEntry entry = AuditTrail::entryFor(context, action, done.at);
    entry.count = count;
    entry.newValue = what;
    return append({entry}).then(this,
                                [done](const Result<qint64> &journaled) mutable -> Result<ActionResult> {
                                    if (!journaled.ok())
                                        return journaled.error();
                                    done.auditEntryId = journaled.value();
                                    return done;
                                });
}

QFuture<Result<Page<EndedSession>>> LocalJournal::endedSessions(const EndedSessionQuery &query)
{
    // The server forgets the sessions it ended; the journal's entries for them are what is known.
    AuditQuery entries;
    entries.action = u"end_session"_s;
    entries.targetUser = query.user;
    entries.operatorId = query.operatorId;
    entries.text = query.reason;
    entries.from = query.from;
    entries.to = query.to;
    entries.order = query.order;
    entries.limit = query.limit;
    entries.cursor = query.cursor;
    return auditEntries(entries).then(this, [](const Result<Page<AuditEntry>> &page) {
        if (!page.ok())
            return Result<Page<EndedSession>>(page.error());
        Page<EndedSession> ended{{}, page.value().total, page.value().nextCursor};
        for (const AuditEntry &entry : page.value().rows) {
            EndedSession session;
            session.id = entry.targetSession;
            session.userEmail = entry.targetUserEmail.isEmpty() ? entry.targetUser : entry.targetUserEmail;
            session.endedAt = entry.at;
            session.endReason = EndReason::AdminLogout;
            session.endedBy = entry.operatorId;
            session.reason = entry.reason;
            session.ticket = entry.ticket;
            session.auditEntryId = entry.id;
            if (entry.outcome == u"success")
                ended.rows.append(session);
            else
                --ended.total; // an attempt that failed ended nothing
        }
        return Result<Page<EndedSession>>(ended);
    });
}
