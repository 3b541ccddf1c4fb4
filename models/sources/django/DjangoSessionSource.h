#pragma once

#include "models/sources/SessionSource.h"
#include "models/sources/django/DjangoDatabase.h"
#include "models/sources/local/JournaledSource.h"

class SqlWorker;

// A Django application's database sessions and users (DjangoDatabase) as a session source.
// Sessions end as Django ends them, by deleting their rows; a user is frozen by turning is_active
// off (Django then refuses their sign-in and their sessions) and their sessions are ended. What the
// login may do is what the database grants it (DELETE on django_session: administrator; SELECT
// only, or an SQLite file that may not be written: read-only). Every action is recorded in a local
// journal, as the tables keep no audit trail. Each look reads the tables afresh on the worker and
// finds each session's user in its data.
class DjangoSessionSource final : public JournaledSource
{
    Q_OBJECT

public:
    struct Options
    {
        DjangoDatabase database;
        QString password;    // PostgreSQL's; empty: libpq looks in PGPASSFILE. Kept in memory only.
        QString journalPath; // empty: DjangoDatabase::journalPath
    };

    explicit DjangoSessionSource(Options options, QObject *parent = nullptr);
    ~DjangoSessionSource() override;

    QFuture<Result<Operator>> signIn() override;
    QString description() const override;
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
    QFuture<Result<Page<Flag>>> flags(const FlagQuery &query) override;

private:
    using Snapshot = DjangoDatabase::Snapshot;
    // Runs job (Result<T> (QSqlDatabase &, const DjangoDatabase &)) on the worker, connecting first
    // where needed.
    template<typename T, typename Job>
    QFuture<Result<T>> onWorker(Job job);
    // Reads the tables on the worker and answers with answer (Result<T> (const Snapshot &)).
    template<typename T, typename Answer>
    QFuture<Result<T>> look(Answer answer);
    // Runs work (Result<QList<UserOutcome>> (QSqlDatabase &, const Snapshot &)) in one transaction
    // on the worker over the tables as read in it, and journals the outcome (settleOutcomes; a
    // failure names targetUser, the one user it was meant for).
    QFuture<Result<ActionResult>>
    act(const ActionContext &context, Capabilities::Capability capability, const QString &action,
        std::function<Result<QList<UserOutcome>>(QSqlDatabase &, const Snapshot &)> work,
        const std::optional<LogoutAllScope> &scope = std::nullopt, const QString &targetSession = {},
        const QString &targetUser = {});
    // Freezes (is_active off, sessions ended) or unfreezes; what is so already is refused.
    QFuture<Result<ActionResult>> setActive(const QString &userId, bool active, const ActionContext &context);
    // The active sessions of the scope's users that it does not spare, by user.
    static QHash<QString, QStringList> unspared(const Snapshot &snapshot, const LogoutAllScope &scope);

    Options m_options;
    SqlWorker *m_worker = nullptr;
    Operator m_operator;
    DjangoDatabase::Access m_access;
    bool m_open = false;
};
