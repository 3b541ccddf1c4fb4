#pragma once

#include "models/sources/Futures.h"
#include "models/sources/Result.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/sql/SqlSessionSource.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

// sessiondesk-cli: every capability of the console, scriptable. Parses the global options and a
// command, runs it against the store and returns the exit code:
// 0 success, 1 the operation failed, 2 usage error, 3 the audit trail is broken, 4 not permitted
// (by the operator's role, or by what the source can do at all),
// 5 not found.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        Failed = 1,
        UsageError = 2,
        AuditBroken = 3,
        NotPermitted = 4,
        NotFound = 5,
    };

    // Runs the command and then signs out of the source, if it signed in to one.
    int run(const QStringList &arguments);

private:
    int runCommand(const QStringList &arguments);
    int demoCreate(const QStringList &arguments);
    int demoSimulate(const QStringList &arguments);
    int usersList(const QStringList &arguments);
    int usersAdd(const QStringList &arguments);
    int storeMigrate(const QStringList &arguments);
    int connectionsList(const QStringList &arguments);
    int connectionsAdd(const QStringList &arguments);
    int connectionsRemove(const QStringList &arguments);
    int scheduleList(const QStringList &arguments);
    int scheduleCancel(const QStringList &arguments);
    int scheduleRun(const QStringList &arguments);
    // users deactivate, reactivate, remove and set-role: one user, a reason, an audited change.
    int usersChange(const QStringList &arguments, const QString &change);
    int sessionsList(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int endSession(const QStringList &arguments);
    int logoutAll(const QStringList &arguments);
    int flagsScan(const QStringList &arguments);
    int flagsList(const QStringList &arguments);
    int flagsClose(const QStringList &arguments, Flag::Status outcome);
    int freeze(const QStringList &arguments, bool frozen);
    int settingsGet(const QStringList &arguments);
    int settingsSet(const QStringList &arguments);
    int operatorsList(const QStringList &arguments);
    int operatorsSet(const QStringList &arguments);
    int operatorsRemove(const QStringList &arguments);
    int auditList(const QStringList &arguments);
    int auditVerify(const QStringList &arguments);
    int auditCheckpoint(const QStringList &arguments);
    int auditExport(const QStringList &arguments);
    int auditSessions(const QStringList &arguments);

    // The audit filter options shared by audit list and audit export, read into a query; false
    // (with *exitCode set) when one is malformed.
    static QList<QCommandLineOption> auditFilterOptions();
    bool auditQueryFrom(const QCommandLineParser &parser, AuditQuery &query, int *exitCode);
    // --from and --to, when given: valid times, the first before the second.
    // The sentence refusing an option given twice that takes one value, or empty.
    static QString repeatedOption(const QCommandLineParser &parser, const QString &command = {});
    bool timeRange(const QCommandLineParser &parser, QDateTime *from, QDateTime *to, int *exitCode);
    // A user or operator the filter names that the store does not know: a typing mistake is
    // refused rather than read as "no entries".
    std::optional<SourceError> unknownInFilter(const AuditQuery &query);

    // The option's value as a whole number of at least minimum; none (the usage error printed)
    // when it is not one or out of range.
    std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                   int minimum);
    // Parses a command's own options; on error prints it and sets *exitCode.
    // positionals: how many arguments besides the options the command takes; more is a usage error.
    bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      int *exitCode, int positionals = 0);
    // The --connect target and its password (asked on the terminal; empty: libpq reads PGPASSFILE);
    // none when the URL is unusable, reported, with the exit code in *exitCode.
    std::optional<PgConnection> connectTarget(QString *password, int *exitCode);
    // Opens the store (or signs in to the REST source); on failure reports it and returns the
    // exit code in *exitCode.
    bool openStore(bool create, int *exitCode);
    // The open source as a SessionDesk store, for the commands only those have; none (reported,
    // with the exit code in *exitCode) for other sources.
    SqlSessionSource *sessionDeskStore(const QString &command, int *exitCode);
    // The password for user at host: from the system keychain for a saved connection (--profile),
    // else asked for on the terminal (saying first why the keychain could not give it).
    QString secret(const QString &user, const QString &host);
    int usage(const QString &text);
    // The --reason every action needs, trimmed; when it is missing, usage() says so, *exitCode
    // holds its exit code and the answer is empty.
    QString requiredReason(const QCommandLineParser &parser, const QString &command, int *exitCode);
    int report(const SourceError &error);
    void print(const QString &text);

    template<typename V>
    static Result<V> wait(const QFuture<Result<V>> &future)
    {
        Futures::waitUntilFinished(future);
        if (future.resultCount() == 0)
            return SourceError{SourceError::Code::Failed, tr("The operation was cancelled."), {}};
        return future.result();
    }

    QString m_storePath;
    QString m_connectUrl; // a PostgreSQL store or a REST source instead
    QString m_profile;    // the saved connection m_connectUrl comes from, if any
    bool m_json = false;
    std::unique_ptr<SessionSource> m_source;
    SqlSessionSource *m_store = nullptr; // m_source when it is a SessionDesk store
};
