#pragma once

#include "sources/SessionSource.h"
#include "sources/rest/RestClient.h"

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
class RestSessionSource final : public SessionSource
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
    };

    // better-auth+http(s)://ADMIN-EMAIL@host:port[/path] (the path defaults to /api/auth); the
    // password is never part of it.
    static Result<Options> fromUrl(const QString &url);
    static bool isRestUrl(const QString &url);

    explicit RestSessionSource(Options options, QObject *parent = nullptr);

    // Signs in; the operator (and what they may do) is known once it answers.
    QFuture<Result<Operator>> open();

    QString description() const override;
    Operator currentOperator() const override { return m_operator; }
    Capabilities capabilities() const override;

    QFuture<Result<Page<User>>> users(const UserQuery &query) override;
    QFuture<Result<User>> userByEmail(const QString &email) override;
    QFuture<Result<Page<Session>>> sessions(const SessionQuery &query) override;
    QFuture<Result<QStringList>> roles() override;

    QFuture<Result<ActionResult>> logoutUsers(const QStringList &userIds, const ActionContext &context) override;
    QFuture<Result<LogoutAllPreview>> previewLogoutAll(const LogoutAllScope &scope) override;
    QFuture<Result<ActionResult>> logoutAll(const LogoutAllScope &scope, const ActionContext &context) override;
    QFuture<Result<ActionResult>> endSession(const QString &sessionId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> freezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> unfreezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<Settings>> settings() override;

private:
    // One user's sessions as better-auth lists them (expired ones included), remembering the
    // tokens to end them with.
    QFuture<Result<QList<Session>>> userSessions(const QString &userId);
    // Ends the user's active sessions: all at once, or one by one for the operator's own account,
    // whose console session stays. Answers how many there were.
    QFuture<Result<int>> endUserSessions(const QString &userId);
    // Ends the sessions of each user with bounded concurrency, reporting progress; stops starting
    // more once the future is cancelled. Fails, saying how far it got, if any user failed.
    void logoutEach(const QStringList &userIds, std::shared_ptr<QPromise<Result<ActionResult>>> promise);
    // Every user, page by page (for log out all and its preview).
    QFuture<Result<QList<User>>> allUsers();
    void allUsersFrom(int offset, std::shared_ptr<QList<User>> users,
                      std::shared_ptr<QPromise<Result<QList<User>>>> promise);
    // Fills the per-user figures from each user's sessions (better-auth's list has none).
    void addSessionFigures(std::shared_ptr<Page<User>> page, std::shared_ptr<QPromise<Result<Page<User>>>> promise);
    // Users who stay signed in under scope (and the operator's console session in any case).
    bool spared(const User &user, const LogoutAllScope &scope) const;
    User userFromJson(const QJsonObject &object);
    Session sessionFromJson(const QJsonObject &object);
    // Refused before any request when the operator may not (the server would refuse it too).
    std::optional<SourceError> refusal(Capabilities::Capability capability, const ActionContext &context) const;
    template<typename T>
    static QFuture<Result<T>> ready(Result<T> result);

    Options m_options;
    RestClient *m_client = nullptr;
    Operator m_operator;      // id: the administrator's email
    QString m_operatorUserId; // their better-auth user id
    QString m_consoleSessionToken; // the session this console signed in with
    bool m_open = false;
    struct KnownSession
    {
        QString userId;
        QString token;
    };
    QHash<QString, KnownSession> m_sessions; // by session id; tokens stay in memory
    QSet<QString> m_roles;                   // application roles seen so far
};
