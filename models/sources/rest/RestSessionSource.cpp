#include "models/sources/rest/RestSessionSource.h"

#include "models/Logging.h"
#include "models/detection/FlagDetector.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/Futures.h"
#include "models/sources/remote/BoundedRun.h"
#include "models/sources/remote/LogoutFanOut.h"
#include "models/sources/remote/SessionSearch.h"

#include <QJsonArray>
#include <QPromise>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

using Futures::ready;
using Futures::settle;
using Futures::started;

} // namespace

bool RestSessionSource::isRestUrl(const QString &url)
{
    return url.startsWith(u"better-auth+http"_s, Qt::CaseInsensitive);
}

Result<RestSessionSource::Options> RestSessionSource::fromUrl(const QString &text)
{
    // An email address as the user has an '@' of its own: every '@' of the authority but the
    // last belongs to the user part.
    QString fixed = text.trimmed();
    const int authorityStart = fixed.indexOf(u"://"_s);
    if (authorityStart >= 0) {
        int authorityEnd = fixed.indexOf(u'/', authorityStart + 3);
        if (authorityEnd < 0)
            authorityEnd = int(fixed.size());
        const int lastAt = fixed.lastIndexOf(u'@', authorityEnd - 1);
        for (int i = lastAt - 1; i > authorityStart; --i) {
            if (fixed.at(i) == u'@')
                fixed.replace(i, 1, u"%40"_s);
        }
    }
    const QUrl url(fixed, QUrl::StrictMode);
    const auto invalid = [&text](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, why, text};
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"better-auth+http" && scheme != u"better-auth+https") ||
        url.host().isEmpty())
        return invalid(tr("'%1' is not a better-auth address; write "
                          "better-auth+https://ADMIN-EMAIL@host[:port][/api/auth].")
                           .arg(text));
    if (!url.password().isEmpty())
        return invalid(tr("Put no password into the address; SessionDesk asks for it."));
    if (url.userName().isEmpty())
        return invalid(tr("Say who signs in: better-auth+https://ADMIN-EMAIL@%1.").arg(url.host()));
    Options options;
    options.email = url.userName();
    options.base.setScheme(scheme.mid(int(qstrlen("better-auth+"))));
    options.base.setHost(url.host());
    options.base.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    options.base.setPath(path.isEmpty() ? u"/api/auth"_s : path);

    if (auto refused = RestClient::refusePlainHttp(options.base, text))
        return *refused;
    return options;
}

RestSessionSource::RestSessionSource(Options options, QObject *parent)
    : JournaledSource(parent)
    , m_options(std::move(options))
    , m_client(new RestClient(m_options.base,
                              tr("better-auth at %1").arg(m_options.base.toDisplayString(QUrl::RemovePath)),
                              this))
    , m_directory(new BetterAuthDirectory(m_client, m_options.places, m_options.concurrency, this))
{
    m_client->setOptions(m_options.http);
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = defaultJournalPath(m_options.base);
    setJournal(m_options.journalPath, m_client->serverName(), tr("better-auth"));
    usePlaces(m_options.places);
    // Who acts is the better-auth administrator; from which OS account and host, as elsewhere.
    m_operator = Operator::fromEnvironment();
    m_operator.id = m_options.email;
    m_operator.role.reset();
}

QString RestSessionSource::defaultJournalPath(const QUrl &base)
{
    return LocalJournal::defaultPath(u"better-auth"_s, base.host(),
                                     base.port(base.scheme() == u"https" ? 443 : 80));
}

QString RestSessionSource::description() const
{
    return tr("better-auth admin API %1 as %2").arg(m_options.base.toDisplayString(), m_options.email);
}

QFuture<Result<Operator>> RestSessionSource::signIn()
{
    auto promise = started<Operator>();
    const QJsonObject credentials{{u"email"_s, m_options.email}, {u"password"_s, m_options.password}};
    m_options.password.fill(u'\0');
    m_options.password.clear();
    signInWith(credentials, promise);
    return promise->future();
}

void RestSessionSource::signInWith(const QJsonObject &credentials,
                                   std::shared_ptr<QPromise<Result<Operator>>> promise)
{
    Futures::onResult(
        m_client->post(u"/sign-in/email"_s, credentials), this,
        [this, promise](const Result<RestClient::Reply> &reply) {
            if (!reply.ok() && reply.error().code == SourceError::Code::SignInRefused)
                return settle(*promise, Result<Operator>(
                                            SourceError{SourceError::Code::SignInRefused,
                                                        tr("%1 refused the email address %2 or its password.")
                                                            .arg(m_client->serverName(), m_options.email),
                                                        reply.error().detail}));
            if (!reply.ok())
                return settle(*promise, Result<Operator>(reply.error()));
            const QByteArray token = reply.value().header("set-auth-token");
            const QJsonObject user = reply.value().json.object().value(u"user").toObject();
            if (token.isEmpty() || user.value(u"id").toString().isEmpty()) {
                return settle(*promise, Result<Operator>(SourceError{
                                            SourceError::Code::Failed,
                                            tr("%1 signed in but gave no bearer token; its bearer "
                                               "plugin must be enabled for SessionDesk.")
                                                .arg(m_client->serverName()),
                                            {}}));
            }
            m_client->setBearerToken(token);
            m_directory->setConsoleToken(reply.value().json.object().value(u"token").toString());
            m_operatorUserId = user.value(u"id").toString();
            const QStringList roles = user.value(u"role").toString().split(u',', Qt::SkipEmptyParts);
            const bool administrator = std::any_of(
                roles.begin(), roles.end(), [](const QString &role) { return role.trimmed() == u"admin"; });
            // The journal only once the server answered: an address that reaches nothing leaves no
            // file behind. Without a journal nothing may be done: the new session is closed again.
            Futures::onResult(journal()->open(), this,
                              [this, promise, administrator](const std::optional<SourceError> &unusable) {
                                  if (unusable) {
                                      signOut().then(this, [promise, error = *unusable] {
                                          settle(*promise, Result<Operator>(error));
                                      });
                                      return;
                                  }
                                  if (administrator)
                                      m_operator.role = Role::Administrator;
                                  else
                                      m_operator.role.reset();
                                  m_open = true;
                                  qCInfo(lcRest) << "signed in to" << m_options.base.toDisplayString() << "as"
                                                 << m_options.email;
                                  Q_EMIT operatorChanged();
                                  settle(*promise, Result<Operator>(m_operator));
                              });
        });
}

QFuture<void> RestSessionSource::signOut()
{
    if (m_directory->consoleToken().isEmpty())
        return QtFuture::makeReadyFuture();
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    Futures::onResult(m_client->post(u"/sign-out"_s, QJsonObject{}), this,
                      [this, promise](const Result<RestClient::Reply> &reply) {
                          if (!reply.ok()) // the session then ends when better-auth expires it
                              qCWarning(lcRest) << "signing out failed:" << reply.error().text;
                          forgetSignIn();
                          promise->finish();
                      });
    return promise->future();
}

void RestSessionSource::forgetSignIn()
{
    m_client->setBearerToken({});
    m_directory->setConsoleToken({});
    m_open = false;
    m_operator.role.reset();
}

Capabilities RestSessionSource::capabilities() const
{
    using C = Capabilities::Capability;
    if (!m_open)
        return Capabilities::none(tr("Not signed in to %1 yet.").arg(m_client->serverName()));
    Capabilities capabilities =
        m_operator.role ? Capabilities::forRole(*m_operator.role)
                        : Capabilities::none(tr("%1 is not an administrator of %2: its admin API serves "
                                                "only users with the admin role.")
                                                 .arg(m_options.email, m_client->serverName()));
    capabilities.deny(
        C::ChangeSettings,
        tr("better-auth has no global-logout setting: a user's sign-out ends that session only."));
    capabilities.deny(
        C::ResolveFlags,
        tr("better-auth's flags are found in its sessions each time they are shown; they cannot be "
           "resolved or dismissed here. Log the user out or freeze them instead."));
    capabilities.deny(C::ManageOperators,
                      tr("better-auth's administrators are its users with the admin role; "
                         "roles are changed in better-auth."));
    capabilities.deny(C::ManageUsers, tr("better-auth's users are added and removed by its application."));
    capabilities.deny(C::RevokeTokens,
                      tr("This source cannot revoke issued access tokens: ending a better-auth session "
                         "invalidates its session token, but tokens the application issued from it (JWTs) "
                         "stay valid until they expire."));
    denyPlaces(capabilities, u"better-auth"_s, true, true);
    capabilities.deny(C::PlanLogouts,
                      tr("A logout of all users at a later time needs a SessionDesk store to keep "
                         "the plan and announce it; better-auth has neither."));
    capabilities.deny(C::SignIns, tr("better-auth's admin API lists sessions, not sign-in attempts: there "
                                     "is no sign-in history to show."));
    capabilities.deny(C::UserFlags, noUserFlags(u"better-auth"_s));
    capabilities.deny(C::LiveUpdates,
                      tr("better-auth does not report changes made elsewhere; press Refresh (F5) to read "
                         "them again."));
    return capabilities;
}

QFuture<Result<Page<User>>> RestSessionSource::users(const UserQuery &query)
{
    if (auto refused = refusedUserFlags(query))
        return ready<Page<User>>(*refused);
    return m_directory->users(query);
}

QFuture<Result<User>> RestSessionSource::userByEmail(const QString &email)
{
    return m_directory->userByEmail(email);
}

QFuture<Result<Page<Session>>> RestSessionSource::sessions(const SessionQuery &query)
{
    if (query.userId.isEmpty())
        return searchSessions(query);
    // better-auth deletes the sessions it ends; what it still lists past its expiry has expired.
    auto promise = started<Page<Session>>();
    Futures::onResult(m_directory->userSessions(query.userId), this,
                      [query, promise](const Result<QList<Session>> &listed) {
                          settle(*promise, listed.ok() ? Result<Page<Session>>(query.pageOf(listed.value()))
                                                       : Result<Page<Session>>(listed.error()));
                      });
    return promise->future();
}

QFuture<Result<Page<Session>>> RestSessionSource::searchSessions(const SessionQuery &query)
{
    if (auto refused = refusedFilter(query.filter))
        return ready<Page<Session>>(*refused);
    return SessionSearch::page(this, m_options.concurrency, m_directory->allUsers(), query, userSessions());
}

SessionSearch::UserSessions RestSessionSource::userSessions()
{
    return [this](const QString &userId) {
        return m_directory->userSessions(userId);
    };
}

QFuture<Result<QList<Session>>> RestSessionSource::unsparedSessions(const LogoutAllScope &scope)
{
    auto promise = started<QList<Session>>();
    Futures::onResult(m_directory->allUsers(), this, [this, scope, promise](const Result<QList<User>> &all) {
        if (!all.ok())
            return settle(*promise, Result<QList<Session>>(all.error()));
        const QStringList unsparedIds = unspared(all.value(), scope);
        const QSet<QString> candidates(unsparedIds.cbegin(), unsparedIds.cend()); // of 100,000 users
        QList<User> users = all.value();
        users.removeIf([&candidates](const User &u) { return !candidates.contains(u.id); });
        Futures::onResult(
            SessionSearch::matching(this, m_options.concurrency, users, scope.matching, userSessions()), this,
            [this, promise](const Result<QList<Session>> &found) {
                if (!found.ok())
                    return settle(*promise, found);
                QList<Session> others = found.value(); // this console's session stays
                others.removeIf([this](const Session &session) {
                    return m_directory->tokenOf(session.id) == m_directory->consoleToken();
                });
                settle(*promise, Result<QList<Session>>(others));
            });
    });
    return promise->future();
}

QFuture<Result<QStringList>> RestSessionSource::roles()
{
    // Every user's, not only those of the users listed so far: an application may give any role.
    auto promise = started<QStringList>();
    Futures::onResult(m_directory->allUsers(), this, [this, promise](const Result<QList<User>> &all) {
        settle(*promise,
               all.ok() ? Result<QStringList>(m_directory->roles()) : Result<QStringList>(all.error()));
    });
    return promise->future();
}

QFuture<Result<int>> RestSessionSource::endUserSessions(const QString &userId, const SessionFilter &matching)
{
    auto promise = started<int>();
    Futures::onResult(
        m_directory->userSessions(userId), this,
        [this, userId, matching, promise](const Result<QList<Session>> &listed) {
            if (!listed.ok())
                return settle(*promise, Result<int>(listed.error()));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QStringList tokens;
            for (const Session &session : listed.value()) {
                const QString token = m_directory->tokenOf(session.id);
                if (session.isActive(now) && token != m_directory->consoleToken() &&
                    matching.matches(session))
                    tokens.append(token);
            }
            const int count = int(tokens.size());
            if (count == 0)
                return settle(*promise, Result<int>(0));
            // A request whose answer was lost may still have reached the server: the user is
            // looked at again before being reported as failed.
            const auto failed = [this, userId, promise, tokens, count](const SourceError &error) {
                Futures::onResult(
                    m_directory->userSessions(userId), this,
                    [this, promise, tokens, count, error](const Result<QList<Session>> &left) {
                        const QDateTime later = QDateTime::currentDateTimeUtc();
                        const bool ended =
                            left.ok() &&
                            std::none_of(left.value().begin(), left.value().end(), [&](const Session &s) {
                                return s.isActive(later) && tokens.contains(m_directory->tokenOf(s.id));
                            });
                        settle(*promise, ended ? Result<int>(count) : Result<int>(error));
                    });
            };
            const auto answered = [promise, count, failed](const Result<RestClient::Reply> &reply) {
                if (!reply.ok())
                    return failed(reply.error());
                settle(*promise, Result<int>(count));
            };
            if (userId != m_operatorUserId && matching.isEmpty()) {
                Futures::onResult(m_client->post(u"/admin/revoke-user-sessions"_s, {{u"userId"_s, userId}}),
                                  this, answered);
                return;
            }
            // The operator's own account, or the sessions a filter matches: one by one (so that
            // this console stays signed in, and the others are kept).
            BoundedRun<RestClient::Reply>::collect(
                this, count, 1,
                [this, tokens](int index) {
                    return m_client->post(u"/admin/revoke-user-session"_s,
                                          {{u"sessionToken"_s, tokens.at(index)}});
                },
                [promise, count, failed](const Result<QList<RestClient::Reply>> &revoked) {
                    if (!revoked.ok())
                        return failed(revoked.error());
                    settle(*promise, Result<int>(count));
                });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> RestSessionSource::logoutUsers(const QStringList &userIds,
                                                             const ActionContext &context)
{
    if (const auto refused = refusal(Capabilities::Capability::LogoutUser, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    logoutEach(userIds, context, std::nullopt, promise);
    return promise->future();
}

void RestSessionSource::logoutEach(const QStringList &userIds, const ActionContext &context,
                                   const std::optional<LogoutAllScope> &scope,
                                   std::shared_ptr<QPromise<Result<ActionResult>>> promise)
{
    LogoutFanOut::run(
        this, m_options.concurrency, userIds,
        [this, matching = scope ? scope->matching : SessionFilter()](const QString &userId) {
            return endUserSessions(userId, matching);
        },
        context, scope, [this](const QString &userId) { return m_directory->emailOf(userId); }, promise,
        [this] { return stopRequested(); },
        [this, promise](const LogoutFanOut::Outcome &outcome) {
            settleJournaled(promise, outcome.result, outcome.entries);
        });
}

AuditEntry RestSessionSource::journalEntry(const ActionContext &context, const QString &action,
                                           const QString &userId, const Result<ActionResult> &result) const
{
    return LocalJournal::entry(context, action, m_directory->emailOf(userId), result);
}

QStringList RestSessionSource::unspared(const QList<User> &users, const LogoutAllScope &scope)
{
    QStringList ids;
    for (const User &user : users) {
        const QStringList roles = user.role.split(u',', Qt::SkipEmptyParts);
        const bool sparedRole = std::any_of(roles.begin(), roles.end(), [&scope](const QString &role) {
            return scope.excludeRoles.contains(role.trimmed());
        });
        if (!scope.keepUserIds.contains(user.id) && !sparedRole)
            ids << user.id;
    }
    return ids;
}

QFuture<Result<LogoutAllPreview>> RestSessionSource::previewLogoutAll(const LogoutAllScope &scope)
{
    if (auto refused = refusedFilter(scope))
        return ready<LogoutAllPreview>(*refused);
    auto promise = started<LogoutAllPreview>();
    Futures::onResult(unsparedSessions(scope), this, [promise](const Result<QList<Session>> &found) {
        settle(*promise, found.ok() ? Result<LogoutAllPreview>(SessionSearch::previewOf(found.value()))
                                    : Result<LogoutAllPreview>(found.error()));
    });
    return promise->future();
}

QFuture<Result<ActionResult>> RestSessionSource::logoutAll(const LogoutAllScope &scope,
                                                           const ActionContext &context)
{
    if (auto refused = refusedFilter(scope))
        return ready<ActionResult>(*refused);
    if (const auto refused = refusal(Capabilities::Capability::LogoutAll, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    if (!scope.matching.isEmpty()) {
        // Those with a matching session only; none is a refusal, with nothing journaled.
        Futures::onResult(unsparedSessions(scope), this,
                          [this, scope, context, promise](const Result<QList<Session>> &found) {
                              const Result<QStringList> users = SessionSearch::usersToEnd(found, scope);
                              if (!users.ok())
                                  return settle(*promise, Result<ActionResult>(users.error()));
                              logoutEach(users.value(), context, scope, promise);
                          });
        return promise->future();
    }
    Futures::onResult(m_directory->allUsers(), this,
                      [this, scope, context, promise](const Result<QList<User>> &all) {
                          if (!all.ok())
                              return settle(*promise, Result<ActionResult>(all.error()));
                          logoutEach(unspared(all.value(), scope), context, scope, promise);
                      });
    return promise->future();
}

QFuture<Result<ActionResult>> RestSessionSource::endSession(const QString &sessionId,
                                                            const ActionContext &context)
{
    if (const auto refused = refusal(Capabilities::Capability::EndSession, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    Futures::onResult(
        m_directory->knownSession(sessionId), this,
        [this, promise, sessionId, context](const Result<BetterAuthDirectory::KnownSession> &found) {
            if (!found.ok())
                return settle(*promise, Result<ActionResult>(found.error()));
            endKnownSession(sessionId, found.value(), context, promise);
        });
    return promise->future();
}

void RestSessionSource::endKnownSession(const QString &sessionId,
                                        const BetterAuthDirectory::KnownSession &known,
                                        const ActionContext &context,
                                        std::shared_ptr<QPromise<Result<ActionResult>>> promise)
{
    const bool own = known.token == m_directory->consoleToken();
    const auto finish = [this, promise, context, sessionId, known](const Result<ActionResult> &result) {
        AuditEntry entry = journalEntry(context, u"end_session"_s, known.userId, result);
        entry.targetSession = sessionId;
        settleJournaled(promise, result, {entry});
    };
    Futures::onResult(
        m_client->post(u"/admin/revoke-user-session"_s, {{u"sessionToken"_s, known.token}}), this,
        [this, sessionId, known, own, finish](const Result<RestClient::Reply> &reply) {
            if (!reply.ok())
                return finish(reply.error());
            if (own) {
                // The console's own session: it is signed out now, and nothing can be asked any more.
                m_directory->forgetSession(sessionId);
                forgetSignIn();
                Q_EMIT operatorChanged();
                return finish(ActionResult{1, 1, 0, 0, 0, QDateTime::currentDateTimeUtc()});
            }
            // better-auth answers success for any token: check that the session is gone.
            Futures::onResult(
                m_directory->userSessions(known.userId), this,
                [this, sessionId, finish](const Result<QList<Session>> &left) {
                    if (!left.ok())
                        return finish(left.error());
                    const bool gone = std::none_of(left.value().begin(), left.value().end(),
                                                   [&](const Session &s) { return s.id == sessionId; });
                    if (!gone) {
                        return finish(SourceError{
                            SourceError::Code::Failed,
                            tr("%1 said the session ended, but still lists it.").arg(m_client->serverName()),
                            {}});
                    }
                    m_directory->forgetSession(sessionId);
                    finish(ActionResult{1, 1, 0, 0, 0, QDateTime::currentDateTimeUtc()});
                });
        });
}

QFuture<Result<ActionResult>> RestSessionSource::freezeUser(const QString &userId,
                                                            const ActionContext &context)
{
    return freeze(userId, {}, context);
}

QFuture<Result<ActionResult>> RestSessionSource::freezeUserUntil(const QString &userId,
                                                                 const QDateTime &until,
                                                                 const ActionContext &context)
{
    if (until <= QDateTime::currentDateTimeUtc())
        return ready<ActionResult>(
            SourceError{SourceError::Code::InvalidInput, tr("A freeze must end in the future."), {}});
    return freeze(userId, until, context);
}

QFuture<Result<ActionResult>> RestSessionSource::freeze(const QString &userId, const QDateTime &until,
                                                        const ActionContext &context)
{
    if (const auto refused = refusal(Capabilities::Capability::Freeze, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    const auto finish = [this, promise, context, userId, until](const Result<ActionResult> &result) {
        AuditEntry entry = journalEntry(context, u"freeze_user"_s, userId, result);
        if (until.isValid() && result.ok())
            entry.newValue = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"until"_s, until.toUTC().toString(Qt::ISODate)}})
                    .toJson(QJsonDocument::Compact));
        settleJournaled(promise, result, {entry});
    };
    // better-auth deletes a banned user's sessions itself; count them first to report them.
    Futures::onResult(
        m_directory->userSessions(userId), this,
        [this, userId, context, until, finish](const Result<QList<Session>> &listed) {
            if (!listed.ok())
                return finish(listed.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const int active = int(std::count_if(listed.value().begin(), listed.value().end(),
                                                 [&](const Session &s) { return s.isActive(now); }));
            QJsonObject ban{{u"userId"_s, userId}, {u"banReason"_s, context.reason.trimmed()}};
            if (until.isValid())
                // Whole seconds from now, rounded up: the freeze ends at the minute asked for, not
                // a fraction of a second before it.
                ban.insert(u"banExpiresIn"_s,
                           qMax<qint64>(1, (QDateTime::currentDateTimeUtc().msecsTo(until) + 999) / 1000));
            Futures::onResult(m_client->post(u"/admin/ban-user"_s, ban), this,
                              [finish, active](const Result<RestClient::Reply> &reply) {
                                  if (!reply.ok())
                                      return finish(reply.error());
                                  finish(ActionResult{1, active, 0, 0, 0, QDateTime::currentDateTimeUtc()});
                              });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> RestSessionSource::unfreezeUser(const QString &userId,
                                                              const ActionContext &context)
{
    if (const auto refused = refusal(Capabilities::Capability::Freeze, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    // Unfreezing an account that is not frozen does nothing: refused, and nothing journaled.
    Futures::onResult(
        m_directory->userById(userId), this,
        [this, promise, context, userId](const Result<QJsonObject> &found) {
            if (!found.ok())
                return settle(*promise, Result<ActionResult>(found.error()));
            if (!found.value().value(u"banned").toBool())
                return settle(*promise,
                              Result<ActionResult>(SourceError{
                                  SourceError::Code::Conflict, tr("The account is not frozen."), {}}));
            Futures::onResult(m_client->post(u"/admin/unban-user"_s, {{u"userId"_s, userId}}), this,
                              [this, promise, context, userId](const Result<RestClient::Reply> &reply) {
                                  const Result<ActionResult> result = oneUserChanged(reply);
                                  settleJournaled(
                                      promise, result,
                                      {journalEntry(context, u"unfreeze_user"_s, userId, result)});
                              });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> RestSessionSource::setUserRole(const QString &userId, const QString &role,
                                                             const ActionContext &context)
{
    if (const auto refused = refusal(Capabilities::Capability::ChangeRoles, context))
        return ready<ActionResult>(*refused);
    const QString roleName = role.trimmed();
    if (roleName.isEmpty())
        return ready<ActionResult>(
            SourceError{SourceError::Code::InvalidInput, tr("A role is required."), {}});
    auto promise = started<ActionResult>();
    Futures::onResult(
        m_directory->userById(userId), this,
        [this, promise, context, userId, roleName](const Result<QJsonObject> &found) {
            if (!found.ok())
                return settle(*promise, Result<ActionResult>(found.error()));
            const User user = m_directory->user(found.value());
            if (user.role == roleName)
                return settle(
                    *promise,
                    Result<ActionResult>(SourceError{
                        SourceError::Code::Conflict,
                        tr("%1 already has the role %2; nothing changed.").arg(user.displayName, roleName),
                        {}}));
            Futures::onResult(
                m_client->post(u"/admin/set-role"_s, {{u"userId"_s, userId}, {u"role"_s, roleName}}), this,
                [this, promise, context, userId, roleName,
                 before = user.role](const Result<RestClient::Reply> &reply) {
                    const Result<ActionResult> result = oneUserChanged(reply);
                    AuditEntry entry = journalEntry(context, u"user_set_role"_s, userId, result);
                    if (result.ok()) {
                        m_directory->noteRole(roleName);
                        entry.oldValue = QString::fromUtf8(
                            QJsonDocument(QJsonObject{{u"role"_s, before}}).toJson(QJsonDocument::Compact));
                        entry.newValue = QString::fromUtf8(
                            QJsonDocument(QJsonObject{{u"role"_s, roleName}}).toJson(QJsonDocument::Compact));
                    }
                    settleJournaled(promise, result, {entry});
                });
        });
    return promise->future();
}

QFuture<Result<Settings>> RestSessionSource::settings()
{
    return unsupported<Settings>(capabilities().reason(Capabilities::Capability::ChangeSettings));
}

QFuture<Result<QList<Flag>>> RestSessionSource::findFlags()
{
    auto promise = started<QList<Flag>>();
    Futures::onResult(m_directory->allUsers(), this, [this, promise](const Result<QList<User>> &all) {
        if (!all.ok())
            return settle(*promise, Result<QList<Flag>>(all.error()));
        const QList<User> users = all.value();
        QStringList ids;
        for (const User &user : users)
            ids << user.id;
        auto found = std::make_shared<QList<Flag>>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const FlagDetector detector{DetectionThresholds()};
        m_directory->withSessionsOf(
            ids,
            [users, found, now, detector](int index, const QList<Session> &sessions) {
                QList<Session> active;
                std::copy_if(sessions.begin(), sessions.end(), std::back_inserter(active),
                             [&now](const Session &s) { return s.isActive(now); });
                found->append(detector.sessionFindings(users.at(index), active));
            },
            [promise, found](const std::optional<SourceError> &failure) {
                if (failure)
                    return settle(*promise, Result<QList<Flag>>(*failure));
                settle(*promise, Result<QList<Flag>>(*found));
            });
    });
    return promise->future();
}

QFuture<Result<Page<Flag>>> RestSessionSource::flags(const FlagQuery &query)
{
    return findingsPage(keptFindings([this] { return findFlags(); }), query);
}

QFuture<Result<ScanResult>> RestSessionSource::scanFlags(bool)
{
    return unsupported<ScanResult>(capabilities().reason(Capabilities::Capability::ResolveFlags));
}

QFuture<Result<ActionResult>> RestSessionSource::closeFlag(qint64, Flag::Status, const ActionContext &)
{
    return unsupported<ActionResult>(capabilities().reason(Capabilities::Capability::ResolveFlags));
}
