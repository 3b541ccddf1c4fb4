#pragma once

#include "models/sources/SessionSource.h"
#include "models/sources/keycloak/KeycloakDirectory.h"
#include "models/sources/local/JournaledSource.h"
#include "models/sources/remote/RestClient.h"
#include "models/sources/remote/SessionSearch.h"

#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>

class KeycloakLoginEvents;
class KeycloakToken;

// A realm of a Keycloak server, through its Admin REST API, as a session source. The operator gets
// a token by the password grant (an administrator of the master realm, client admin-cli) or by the
// client-credentials grant (a service account of the realm); what they may do follows the roles in
// the token (manage-users: administrator; view-users only: auditor). Users, their sessions, log out
// a user, end one session, log out the realm; freezing disables the account; Keycloak's brute-force
// lockouts are the flags, and closing one unlocks the account; its login events are the sign-ins. What
// SessionDesk does is recorded in a local journal, together with Keycloak's own admin events, which it
// imports.
class KeycloakSessionSource final : public JournaledSource
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl base;        // http(s)://host:port[/prefix]
        QString realm;    // the realm administered
        QString username; // password grant: the administrator (master realm)
        QString clientId; // client-credentials grant instead: the realm's client
        QString secret;   // the password (used once) or the client secret (kept in memory)
        int concurrency = 8;
        RestClient::Options http;
        QString journalPath; // empty: LocalJournal::defaultPath for the server and realm
        std::shared_ptr<const AddressPlaces>
            places; // the places and networks of the addresses; none: addresses only
    };

    static bool isKeycloakUrl(const QString &url);
    // keycloak+https://ADMIN@host[:port][/prefix]/REALM, or keycloak+https://host/REALM?client=ID
    // for a service account; never a secret.
    static Result<Options> fromUrl(const QString &url);

    explicit KeycloakSessionSource(Options options, QObject *parent = nullptr);

    QFuture<Result<Operator>> signIn() override;
    // Revokes the console's refresh token (RFC 7009), which ends the administrator's session in
    // the master realm, so that no run leaves one behind. A service account has none to end.
    QFuture<void> signOut() override;
    QString description() const override;
    QString refusedCertificate() const override { return m_client->refusedCertificate(); }
    Operator currentOperator() const override { return m_operator; }
    Capabilities capabilities() const override;

    QFuture<Result<Page<User>>> users(const UserQuery &query) override;
    QFuture<Result<User>> userByEmail(const QString &email) override;
    QFuture<Result<Page<Session>>> sessions(const SessionQuery &query) override;
    QFuture<Result<QStringList>> roles() override;
    // The realm's login events (LOGIN, LOGIN_ERROR), where it saves them (KeycloakLoginEvents).
    QFuture<Result<Page<LoginEvent>>> signIns(const SignInQuery &query) override;

    QFuture<Result<ActionResult>> logoutUsers(const QStringList &userIds,
                                              const ActionContext &context) override;
    QFuture<Result<LogoutAllPreview>> previewLogoutAll(const LogoutAllScope &scope) override;
    // The whole realm at once (POST logout-all) when nobody is spared; else user by user.
    QFuture<Result<ActionResult>> logoutAll(const LogoutAllScope &scope,
                                            const ActionContext &context) override;
    QFuture<Result<ActionResult>> endSession(const QString &sessionId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> freezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<ActionResult>> unfreezeUser(const QString &userId, const ActionContext &context) override;
    QFuture<Result<Settings>> settings() override;

    // Accounts Keycloak's brute-force detection has seen failing or locked.
    QFuture<Result<Page<Flag>>> flags(const FlagQuery &query) override;
    QFuture<Result<ScanResult>> scanFlags(bool full) override;
    // Resolving or dismissing a lockout clears it: the account may sign in again.
    QFuture<Result<ActionResult>> closeFlag(qint64 flagId, Flag::Status outcome,
                                            const ActionContext &context) override;

    QString auditTrailNote() const override;
    // Imports Keycloak's admin events not yet in the journal, then reads the journal.
    QFuture<Result<Page<AuditEntry>>> auditEntries(const AuditQuery &query) override;

private:
    using Reply = KeycloakDirectory::Reply;
    using Request = KeycloakDirectory::Request;
    // Sends request with a valid token, getting a new one first when it is about to expire.
    QFuture<Reply> api(Request request);
    QString admin(const QString &path) const { return m_directory->admin(path); }

    // Ends one user's sessions (POST logout), answering how many there were; with a filter, those
    // it matches only, one by one (DELETE of each session).
    QFuture<Result<int>> endUserSessions(const QString &userId, const SessionFilter &matching = {});
    // The active sessions of the users scope does not spare that its filter matches.
    QFuture<Result<QList<Session>>> unsparedSessions(const LogoutAllScope &scope);
    // One user's sessions, for SessionSearch.
    SessionSearch::UserSessions userSessions();
    // Logs users out, bounded, with progress and Stop (LogoutFanOut), and journals it.
    void logoutEach(const QStringList &userIds, const ActionContext &context,
                    const std::optional<LogoutAllScope> &scope,
                    std::shared_ptr<QPromise<Result<ActionResult>>> promise);
    AuditEntry journalEntry(const ActionContext &context, const QString &action, const QString &userId,
                            const Result<ActionResult> &result) const;
    // The lockouts Keycloak reports now and, with a city database, placeFindings(); found afresh
    // (flags() keeps them a while: keptFindings).
    QFuture<Result<QList<Flag>>> findFlags();
    // With a city database, the rules that need places over users' sessions (FlagDetector::placeFindings).
    QFuture<Result<QList<Flag>>> placeFindings(const QList<User> &users);
    QFuture<std::optional<SourceError>> importAdminEvents();

    Options m_options;
    RestClient *m_client = nullptr;
    Operator m_operator;
    bool m_open = false;
    KeycloakToken *m_token = nullptr;
    KeycloakDirectory *m_directory = nullptr;
    KeycloakLoginEvents *m_loginEvents = nullptr;
    bool m_savesEvents = true;        // the realm saves login events (eventsEnabled; so until it says)
    int m_failureFactor = 30;         // brute-force detection: failures before a lockout
    int m_failureWindowMinutes = 720; // … within this time (Keycloak's defaults until the realm says)
};
