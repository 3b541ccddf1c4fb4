#pragma once

#include "Interruption.h"
#include "models/domain/ActionContext.h"
#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/Result.h"
#include "models/sources/SessionSource.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

class QCommandLineParser;
class QJsonObject;
class SqlSessionSource;

// What every command of sessiondesk-cli shares, written once: the global options, the source the
// command opens (a SessionDesk store or a remote source), parsing the command's own options (help,
// options given twice, over-long reasons, stray words), the reason every action needs, waiting for
// an answer, and reporting with the exit codes. Each group of commands is a subclass
// (UsersCommands, AuditCommands, …) that CommandLine's table names.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    // 0 success, 1 the operation failed, 2 usage error, 3 the audit trail is broken, 4 not
    // permitted (by the operator's role, or by what the source can do at all), 5 not found.
    enum ExitCode {
        Success = 0,
        Failed = 1,
        UsageError = 2,
        AuditBroken = 3,
        NotPermitted = 4,
        NotFound = 5,
    };
    // The global options, as given before the command.
    struct Globals
    {
        QString storePath;
        QString connectUrl; // a PostgreSQL store or a remote source instead
        QString profile;    // the saved connection connectUrl comes from, if any
        bool json = false;
        // The places and networks of addresses, for the sources that record addresses only.
        std::shared_ptr<const AddressPlaces> places;
    };
    static const QString program;

    explicit CliCommand(const Globals &globals);
    virtual ~CliCommand();

    // Runs command (the group's subcommand, or a command that has no group) with its arguments.
    virtual int run(const QString &command, const QStringList &arguments) = 0;
    // The source the command signed in to, if any (to sign out of it afterwards).
    SessionSource *source() const { return m_source.get(); }

    // The sentence refusing an option given twice that takes one value, or empty.
    static QString repeatedOption(const QCommandLineParser &parser, const QString &command = {});
    static int usage(const QString &text);
    static int report(const SourceError &error);
    static void print(const QString &text);

protected:
    static QCommandLineOption reasonOption();
    static QCommandLineOption ticketOption();
    // --keep-user, --keep-role and --no-token-revoke: whom a logout of many users spares.
    static QList<QCommandLineOption> sparingOptions();
    static QString json(const QJsonObject &object);
    // The line under a table of sessions or sign-ins whose places came from the addresses, where
    // any did (derived), else nothing.
    static QString derivedPlacesNote(bool derived);
    // A user as the command line names them: "Name <address>", or the one of them there is.
    static QString who(const User &user);

    // --from and --to (TimeArgument; with a prefix, --PREFIXfrom and --PREFIXto) as times, each
    // when given, a bare date in --to meaning through that day; false (the usage error printed, *exitCode
    // set) for one that is no time, or a range that ends before it starts.
    bool timeRange(const QCommandLineParser &parser, QDateTime *from, QDateTime *to, int *exitCode,
                   const QString &prefix = {});
    // Whom the sparingOptions() spare, checked with the open source: a role or user to spare that
    // it does not have is refused (reported, *exitCode set) before anything is previewed or ended,
    // since sparing nobody by a typing mistake would log out those meant to stay. Tokens are
    // revoked only where the source can, so that nothing says it did where it cannot.
    std::optional<LogoutAllScope> sparing(const QCommandLineParser &parser, int *exitCode);
    // What ending the sessions of scope does to access tokens, as a clause of a sentence (tokenUsers:
    // the users whose tokens are rejected): rejected, left valid, or why the source has none to
    // reject.
    QString tokensClause(const LogoutAllScope &scope, qint64 tokenUsers) const;
    // The option's value as a whole number from minimum to maximum; none (the usage error printed)
    // when it is not one or out of range.
    std::optional<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                                   int minimum, int maximum = std::numeric_limits<int>::max());
    // Parses a command's own options; on error prints it and sets *exitCode.
    // positionals: how many arguments besides the options the command takes; more is a usage error.
    bool parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                      int *exitCode, int positionals = 0);
    // Opens the store (or signs in to the remote source); on failure reports it and returns the
    // exit code in *exitCode.
    bool openStore(bool create, int *exitCode);
    // The password for user at host: from the system keychain for a saved connection (--profile),
    // else asked for on the terminal (saying first why the keychain could not give it).
    QString secret(const QString &user, const QString &host);
    // The prologue of every action with a --reason: the reason (required), then the store opened
    // (or the source signed in to), and the context the action is done in: the operator the source
    // knows, the reason, the --ticket. None when the reason is missing or the store cannot be
    // opened: that is reported and *exitCode holds the exit code.
    std::optional<ActionContext> openForAction(const QCommandLineParser &parser, const QString &command,
                                               int *exitCode);
    // The context of an action whose why is not a --reason (a flag's --note, users add's default).
    ActionContext actionContext(const QCommandLineParser &parser, const QString &reason) const;

    // The future's result. Ctrl-C or SIGTERM while waiting (Interruption) asks the source to stop
    // (SessionSource::requestStop): an action going user by user stops before the next one and
    // answers how far it got; one that is a single transaction finishes and answers as usual. The
    // future is never cancelled, which would lose the answer of an action that was done.
    template<typename V>
    Result<V> wait(const QFuture<Result<V>> &future) const
    {
        SessionSource *source = m_source.get();
        const auto stop = [source] {
            if (source)
                source->requestStop();
        };
        if (Interruption::caught())
            stop();
        const QMetaObject::Connection connection = QObject::connect(
            Interruption::instance(), &Interruption::interrupted, Interruption::instance(), stop);
        Futures::waitUntilFinished(future);
        QObject::disconnect(connection);
        if (future.resultCount() == 0)
            return SourceError{SourceError::Code::Failed, tr("The operation was cancelled."), {}};
        return future.result();
    }

    QString m_storePath;
    QString m_connectUrl;
    QString m_profile;
    std::shared_ptr<const AddressPlaces> m_places;
    bool m_json = false;
    std::unique_ptr<SessionSource> m_source;
    SqlSessionSource *m_store = nullptr; // m_source when it is a SessionDesk store
};
