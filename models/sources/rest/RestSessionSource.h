#pragma once

#include "models/sources/SessionSource.h"
#include "models/sources/local/JournaledSource.h"
#include "models/sources/remote/RestClient.h"
#include "models/sources/remote/SessionSearch.h"
#include "models/sources/rest/BetterAuthDirectory.h"

#include <QHash>
#include <QPromise>
#include <QSet>
#include <QUrl>

#include <memory>

// better-auth's admin REST API (its admin and bearer plugins) as a session source. The operator
// signs in as a better-auth administrator; users, their sessions, ending sessions and freezing
// (better-auth's ban) go through the admin endpoints. better-auth has no "log out all users":
// that walks the users with bounded concurrency, one request per user, and can simply be run again
// to finish what failed. Session tokens are kept in memory only, to end sessions with; never shown
// or logged.
//
// better-auth keeps no audit trail, so every action is recorded, with its outcome, in a local
// journal: a SessionDesk SQLite store on this computer whose hash-chained trail is the same code
// as a store's. Without a journal that can be written nothing is done.
class RestSessionSource final : public JournaledSource
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl base;        // http(s)://host:port/api/auth
        QString email;    // the administrator who signs in
        QString password; // used once to sign in, then dropped
        int concurrency = 8;
        RestClient::Options http;
        QString journalPath; // the local audit journal; empty: defaultJournalPath(base)
        std::shared_ptr<const AddressPlaces>
            places; // the places and networks of the addresses; none: addresses only
    };

    // better-auth+http(s)://ADMIN-EMAIL@host:port[/path] (the path defaults to /api/auth); the
    // password is never part of it.
    static Result<Options> fromUrl(const QString &url);
    static bool isRestUrl(const QString &url);
    // One journal per server, in the user's data directory.
    static QString defaultJournalPath(const QUrl &base);

    explicit RestSessionSource(Options options, QObject *parent = nullptr);

    // Signs in, then opens the local journal (only once the server answered, so that an address
    // that reaches nothing leaves no file); the operator is known once both have answered.
    QFuture<Result<Operator>> signIn() override;
    // Signs the console's own session out at better-auth, so that no run leaves one behind.
    QFuture<void> signOut() override;

    QString description() const override;
    // The fingerprint of a certificate refused as untrusted by the last request, if one was.
    QString refusedCertificate() const override { return m_client->refusedCertificate(); }
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
    // better-auth's set-role (the admin plugin); the change is journaled with the role before.
    QFuture<Result<ActionResult>> setUserRole(const QString &userId, const QString &role,
                                              const ActionContext &context) override;
    QFuture<Result<Settings>> settings() override;
    // What the rules that need no places find in the users' active sessions now: too many devices
    // (by user agent) and several networks at once (by address). Computed, not stored: they cannot
    // be resolved or dismissed, and have no history.
    QFuture<Result<Page<Flag>>> flags(const FlagQuery &query) override;
    QFuture<Result<ScanResult>> scanFlags(bool full) override;
    QFuture<Result<ActionResult>> closeFlag(qint64 flagId, Flag::Status outcome,
                                            const ActionContext &context) override;

private:
    void signInWith(const QJsonObject &credentials, std::shared_ptr<QPromise<Result<Operator>>> promise);
    // Drops the bearer token and what the sign-in said: nothing can be asked until the next.
    void forgetSignIn();

    // Ends a session whose token is known, checks that it is gone and journals it. Ending the
    // console's own session signs the console out.
    void endKnownSession(const QString &sessionId, const BetterAuthDirectory::KnownSession &known,
                         const ActionContext &context,
                         std::shared_ptr<QPromise<Result<ActionResult>>> promise);
    // Ends the user's active sessions (those matching matches, when set): all at once, or one by
    // one for the operator's own account, whose console session stays, and for a filter. Answers
    // how many there were.
    QFuture<Result<int>> endUserSessions(const QString &userId, const SessionFilter &matching = {});
    // The active sessions of every user that filter matches, each naming its user (the Sessions
    // page, `sessions search`): every user's sessions listed with bounded concurrency and filtered
    // here, since better-auth's API lists them user by user.
    QFuture<Result<Page<Session>>> searchSessions(const SessionQuery &query);
    // One user's sessions, for SessionSearch.
    SessionSearch::UserSessions userSessions();
    // The active sessions of the users scope does not spare that its filter matches, this
    // console's own left out (it stays signed in).
    QFuture<Result<QList<Session>>> unsparedSessions(const LogoutAllScope &scope);
    // Ends the sessions of each user with bounded concurrency, reporting progress; stops starting
    // more once the future is cancelled. Fails, saying how far it got, if any user failed. Journals
    // one entry per user (logout_user), or one for all (logout_all, with scope).
    void logoutEach(const QStringList &userIds, const ActionContext &context,
                    const std::optional<LogoutAllScope> &scope,
                    std::shared_ptr<QPromise<Result<ActionResult>>> promise);
    // An entry of the local journal for an action on a user (by id) or session, with its outcome.
    AuditEntry journalEntry(const ActionContext &context, const QString &action, const QString &userId,
                            const Result<ActionResult> &result) const;
    // The findings over every user, found afresh (flags() keeps them a while: keptFindings).
    QFuture<Result<QList<Flag>>> findFlags();
    // The ids of the users scope does not spare (the console's own session is kept in any case).
    static QStringList unspared(const QList<User> &users, const LogoutAllScope &scope);
    // better-auth's ban, with banExpiresIn when until is valid; the sessions it deletes counted first.
    QFuture<Result<ActionResult>> freeze(const QString &userId, const QDateTime &until,
                                         const ActionContext &context);

    Options m_options;
    RestClient *m_client = nullptr;
    Operator m_operator;      // id: the administrator's email
    QString m_operatorUserId; // their better-auth user id
    BetterAuthDirectory *m_directory = nullptr;
    bool m_open = false;
};
