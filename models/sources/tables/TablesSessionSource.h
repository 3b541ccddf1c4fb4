#pragma once

#include "models/sources/SessionSource.h"
#include "models/sources/local/JournaledSource.h"
#include "models/sources/tables/SessionTables.h"
#include "models/sources/tables/SessionTablesQuery.h"

#include <QPromise>

#include <atomic>

class SqlWorker;

// An application's own session tables in PostgreSQL (SessionTables: better-auth, connect-pg-simple,
// Spring Session JDBC) as a session source. Sessions end the way the application ends them: by
// deleting their rows; better-auth's users are frozen with its ban columns. What the login may do
// is what the database grants it on the sessions table (DELETE: administrator; SELECT only:
// read-only). The tables keep no audit trail, so every action is recorded in a local journal
// (LocalJournal), and nothing is done without one.
class TablesSessionSource final : public JournaledSource
{
    Q_OBJECT

public:
    struct Options
    {
        SessionTables tables;
        QString password;    // for the login; empty: libpq looks in PGPASSFILE. Kept in memory only.
        QString journalPath; // empty: LocalJournal::defaultPath for the server and database
        // A server certificate the system does not trust, trusted by its SHA-256 fingerprint
        // (PgServerCertificate pins it); any other is refused.
        QString trustedCertificate;
        std::shared_ptr<const AddressPlaces>
            places; // the places and networks of the addresses; none: addresses only
    };

    explicit TablesSessionSource(Options options, QObject *parent = nullptr);
    ~TablesSessionSource() override;

    // Opens the journal, connects, checks that the tables are there and learns what the login may do.
    QFuture<Result<Operator>> signIn() override;

    QString description() const override;
    QString refusedCertificate() const override { return m_refused; }
    Operator currentOperator() const override { return m_operator; }
    Capabilities capabilities() const override;

    QFuture<Result<Page<User>>> users(const UserQuery &query) override;
    QFuture<Result<User>> userByEmail(const QString &email) override;
    QFuture<Result<Page<Session>>> sessions(const SessionQuery &query) override;
    QFuture<Result<QStringList>> roles() override;

    QFuture<Result<ActionResult>> logoutUsers(const QStringList &userIds,
                                              const ActionContext &context) override;
    QFuture<Result<LogoutAllPreview>> previewLogoutAll(const LogoutAllScope &scope) override;
    QFuture<Result<ActionResult>> logoutAll(const LogoutAllScope &scope,
                                            const ActionContext &context) override;
    QFuture<Result<ActionResult>> endSession(const QString &sessionId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> freezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> freezeUserUntil(const QString &userId, const QDateTime &until,
                                                  const ActionContext &context) override;
    QFuture<Result<ActionResult>> unfreezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<Settings>> settings() override;
    // Tables that record addresses and user agents (better-auth): what the rules that need no
    // places find in the active sessions now, as RestSessionSource does.
    QFuture<Result<Page<Flag>>> flags(const FlagQuery &query) override;

private:
    // Checks the tables and learns what the login may do; settles promise.
    void checkTables(std::shared_ptr<QPromise<Result<Operator>>> promise);
    // Runs job (Result<T> (QSqlDatabase &)) on the worker, connecting first if the connection is
    // not open (again, after a failure).
    template<typename T, typename Job>
    QFuture<Result<T>> query(Job job);
    // Runs work in one transaction on the worker and journals each outcome as action (one entry
    // per user), or one entry for all when scope is given (logout_all, end_matching). A scope's
    // filter that matched nothing (LogoutAllScope::nothingMatches) is refused, nothing journaled.
    // label names the users of the scope in its entry (the id where none is given).
    QFuture<Result<ActionResult>> act(const ActionContext &context, Capabilities::Capability capability,
                                      const QString &action,
                                      std::function<Result<QList<UserOutcome>>(QSqlDatabase &)> work,
                                      const std::optional<LogoutAllScope> &scope = std::nullopt,
                                      const QString &targetSession = {},
                                      const std::function<QString(const QString &)> &label = {});
    // better-auth's ban, until a time or (invalid) until unbanned, and the user's sessions ended.
    QFuture<Result<ActionResult>> freeze(const QString &userId, const QDateTime &until,
                                         const ActionContext &context);
    // The users' journal labels, in the caller's transaction.
    Result<QList<UserOutcome>> outcomesFor(QSqlDatabase &db, const QStringList &userIds) const;
    // Deletes the active sessions of the users, in the caller's transaction.
    Result<QList<UserOutcome>> endSessionsOf(QSqlDatabase &db, const QStringList &userIds) const;
    // The active sessions scope does not spare (a condition on the sessions table as "t").
    QString unspared(const LogoutAllScope &scope, QVariantList *args) const;
    QString active() const;
    // SessionDesk's search folding (SearchText) as an SQL expression of %1 for this server: its
    // encoding and whether it has ICU's root collation.
    static QString foldExpression(bool utf8, bool rootCollation);

    Options m_options;
    SessionTablesQuery m_query; // the SQL of sessions searched and ended
    SqlWorker *m_worker = nullptr;
    Operator m_operator;
    bool m_open = false;
    bool m_canDelete = false;
    bool m_canUpdateUsers = false;
    QString m_fold = QStringLiteral("lower(%1)");
    QString m_refused; // the fingerprint of a certificate refused at sign-in
};
