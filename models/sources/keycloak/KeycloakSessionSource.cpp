#include "models/sources/keycloak/KeycloakSessionSource.h"

#include "models/Logging.h"
#include "models/detection/FlagDetector.h"
#include "models/sources/Futures.h"
#include "models/sources/keycloak/KeycloakJson.h"
#include "models/sources/keycloak/KeycloakLoginEvents.h"
#include "models/sources/keycloak/KeycloakToken.h"
#include "models/sources/remote/BoundedRun.h"
#include "models/sources/remote/LogoutFanOut.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

using namespace Qt::Literals::StringLiterals;
using Futures::ready;
using Futures::settle;
using Futures::started;
using Capability = Capabilities::Capability;

bool KeycloakSessionSource::isKeycloakUrl(const QString &url)
{
    return url.startsWith(u"keycloak+http"_s, Qt::CaseInsensitive);
}

Result<KeycloakSessionSource::Options> KeycloakSessionSource::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto invalid = [&text](const QString &why) {
        return SourceError{SourceError::Code::InvalidInput, why, text};
    };
    const QString scheme = url.scheme().toLower();
    QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (!url.isValid() || (scheme != u"keycloak+http" && scheme != u"keycloak+https") ||
        url.host().isEmpty() || path.isEmpty())
        return invalid(
            tr("'%1' is not a Keycloak address; write keycloak+https://ADMIN@host[:port]/REALM, or "
               "keycloak+https://host/REALM?client=CLIENT-ID for a service account.")
                .arg(text));
    if (!url.password().isEmpty())
        return invalid(tr("Put no password into the address; SessionDesk asks for it."));
    Options options;
    options.realm = path.takeLast();
    options.base.setScheme(scheme.mid(int(qstrlen("keycloak+"))));
    options.base.setHost(url.host());
    options.base.setPort(url.port());
    options.base.setPath(path.isEmpty() ? QString() : u'/' + path.join(u'/'));
    if (auto refused = RestClient::refusePlainHttp(options.base, text))
        return *refused;
    options.username = url.userName();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"client")
            return invalid(tr("SessionDesk does not know the option '%1'.").arg(key));
        options.clientId = value;
    }
    if (options.username.isEmpty() == options.clientId.isEmpty())
        return invalid(
            tr("Say who signs in: an administrator (keycloak+https://ADMIN@%1/%2) or a service account "
               "(?client=CLIENT-ID), one of the two.")
                .arg(url.host(), options.realm));
    return options;
}

KeycloakSessionSource::KeycloakSessionSource(Options options, QObject *parent)
    : JournaledSource(parent)
    , m_options(std::move(options))
    , m_client(new RestClient(
          m_options.base, tr("Keycloak at %1").arg(m_options.base.toDisplayString(QUrl::RemovePath)), this))
{
    m_client->setOptions(m_options.http);
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = LocalJournal::defaultPath(
            u"keycloak"_s, m_options.base.host(),
            m_options.base.port(m_options.base.scheme() == u"https" ? 443 : 80), m_options.realm);
    setJournal(m_options.journalPath, m_client->serverName(), tr("Keycloak"));
    usePlaces(m_options.places);
    m_operator = Operator::fromEnvironment();
    m_operator.id = m_options.username.isEmpty() ? m_options.clientId : m_options.username;
    m_operator.role.reset();
    // The secret is the token's alone from here on.
    m_token = new KeycloakToken(
        m_client,
        {m_options.realm, m_options.username, m_options.clientId, std::exchange(m_options.secret, {})}, this);
    m_directory = new KeycloakDirectory(
        m_client, m_options.places, m_options.realm, m_options.concurrency,
        [this](const Request &request) { return api(request); }, this);
    m_loginEvents = new KeycloakLoginEvents(
        m_client, m_directory, [this](const Request &request) { return api(request); }, this);
}

QString KeycloakSessionSource::description() const
{
    return tr("Keycloak realm %1 at %2 as %3")
        .arg(m_options.realm, m_options.base.toDisplayString(), m_operator.id);
}

QFuture<Result<Operator>> KeycloakSessionSource::signIn()
{
    auto promise = started<Operator>();
    // The journal only once the server answered: an address that reaches nothing leaves no file.
    Futures::onResult(m_token->fresh(), this, [this, promise](const std::optional<SourceError> &refused) {
        if (refused)
            return settle(*promise, Result<Operator>(*refused));
        m_operator.role = m_token->role();
        Futures::onResult(
            journal()->open(), this, [this, promise](const std::optional<SourceError> &unusable) {
                if (unusable) {
                    signOut().then(
                        this, [promise, error = *unusable] { settle(*promise, Result<Operator>(error)); });
                    return;
                }
                // The realm's session timeouts give each session its expiry (view-realm; else unknown).
                Futures::onResult(
                    api([this] { return m_client->get(admin({})); }), this,
                    [this, promise](const Reply &realm) {
                        if (realm.ok()) {
                            const QJsonObject object = realm.value().json.object();
                            m_directory->setSessionLimits(
                                KeycloakJson::durationMs(object.value(u"ssoSessionIdleTimeout")),
                                KeycloakJson::durationMs(object.value(u"ssoSessionMaxLifespan")));
                            m_failureFactor = object.value(u"failureFactor").toInt(m_failureFactor);
                            m_savesEvents = object.value(u"eventsEnabled").toBool(true);
                            m_failureWindowMinutes =
                                object.value(u"maxDeltaTimeSeconds").toInt(m_failureWindowMinutes * 60) / 60;
                        }
                        m_open = true;
                        qCInfo(lcRest)
                            << "signed in to Keycloak realm" << m_options.realm << "as" << m_operator.id;
                        Q_EMIT operatorChanged();
                        settle(*promise, Result<Operator>(m_operator));
                    });
            });
    });
    return promise->future();
}

QFuture<void> KeycloakSessionSource::signOut()
{
    m_open = false;
    m_operator.role.reset();
    return m_token->revoke();
}

QFuture<KeycloakSessionSource::Reply> KeycloakSessionSource::api(Request request)
{
    auto promise = started<RestClient::Reply>();
    Futures::onResult(
        m_token->fresh(), this, [this, promise, request](const std::optional<SourceError> &refused) {
            if (refused)
                return settle(*promise, Reply(*refused));
            m_operator.role = m_token->role(); // as the token renewed says
            Futures::onResult(request(), this, [promise](const Reply &reply) { settle(*promise, reply); });
        });
    return promise->future();
}

Capabilities KeycloakSessionSource::capabilities() const
{
    if (!m_open)
        return Capabilities::none(tr("Not signed in to %1 yet.").arg(m_client->serverName()));
    Capabilities capabilities =
        m_operator.role
            ? Capabilities::forRole(*m_operator.role)
            : Capabilities::none(tr("%1 has neither manage-users nor view-users for the realm %2.")
                                     .arg(m_operator.id, m_options.realm));
    capabilities.deny(Capability::ChangeSettings,
                      tr("Keycloak's session settings are the realm's; change them in Keycloak's console."));
    capabilities.deny(Capability::ManageOperators,
                      tr("Who may act is what Keycloak's roles give the account."));
    capabilities.deny(Capability::ManageUsers, tr("Keycloak's users are added and removed in Keycloak."));
    capabilities.deny(
        Capability::RevokeTokens,
        tr("Keycloak's logout of a user (or of all users) makes it refuse the refresh and offline tokens "
           "issued before it, but access tokens that applications check themselves stay valid until they "
           "expire (5 minutes by default). Ending one session refuses none."));
    denyPlaces(capabilities, u"Keycloak"_s, true, true);
    capabilities.deny(Capability::Devices, tr("Keycloak records no user agent for its sessions."));
    capabilities.deny(Capability::Roles, tr("Keycloak's role mappings are not listed here."));
    capabilities.deny(Capability::ChangeRoles, tr("Keycloak's role mappings are changed in Keycloak."));
    capabilities.deny(Capability::TimedFreeze,
                      tr("Keycloak keeps a disabled account disabled until it is enabled."));
    capabilities.deny(Capability::PlanLogouts, tr("A logout of all users at a later time needs a SessionDesk "
                                                  "store to keep the plan and announce it."));
    if (!m_savesEvents)
        capabilities.deny(Capability::SignIns,
                          tr("The realm %1 saves no login events: turn on \"Save events\" under Realm "
                             "settings → User events settings in Keycloak's console.")
                              .arg(m_options.realm));
    capabilities.deny(Capability::UserFlags, noUserFlags(u"Keycloak"_s));
    capabilities.deny(Capability::LiveUpdates,
                      tr("Keycloak does not report changes; press Refresh (F5) to read them again."));
    return capabilities;
}

QFuture<Result<User>> KeycloakSessionSource::userByEmail(const QString &email)
{
    return userFromSearch(email);
}

SessionSearch::UserSessions KeycloakSessionSource::userSessions()
{
    return [this](const QString &userId) {
        return m_directory->userSessions(userId);
    };
}

QFuture<Result<Page<Session>>> KeycloakSessionSource::sessions(const SessionQuery &query)
{
    if (query.userId.isEmpty()) {
        // Every user's sessions, listed user by user (Keycloak's API has no search across them).
        if (auto refused = refusedFilter(query.filter))
            return ready<Page<Session>>(*refused);
        return SessionSearch::page(this, m_options.concurrency, m_directory->allUsers(), query,
                                   userSessions());
    }
    auto promise = started<Page<Session>>();
    Futures::onResult(m_directory->userSessions(query.userId), this,
                      [query, promise](const Result<QList<Session>> &listed) {
                          settle(*promise, listed.ok() ? Result<Page<Session>>(query.pageOf(listed.value()))
                                                       : Result<Page<Session>>(listed.error()));
                      });
    return promise->future();
}

QFuture<Result<Page<User>>> KeycloakSessionSource::users(const UserQuery &query)
{
    if (auto refused = refusedUserFlags(query))
        return ready<Page<User>>(*refused);
    return m_directory->users(query);
}

QFuture<Result<Page<LoginEvent>>> KeycloakSessionSource::signIns(const SignInQuery &query)
{
    if (auto refused = missing(Capability::SignIns, true))
        return ready<Page<LoginEvent>>(*refused);
    // Keycloak records an address for each attempt, no place and no user agent.
    if (auto refused = refusedFilter(query))
        return ready<Page<LoginEvent>>(*refused);
    return m_loginEvents->page(query);
}

QFuture<Result<QStringList>> KeycloakSessionSource::roles()
{
    return ready<QStringList>(QStringList());
}

QFuture<Result<int>> KeycloakSessionSource::endUserSessions(const QString &userId,
                                                            const SessionFilter &matching)
{
    // How many there were, then the logout itself.
    auto ended = started<int>();
    Futures::onResult(
        m_directory->userSessions(userId), this,
        [this, userId, matching, ended](const Result<QList<Session>> &listed) {
            if (!listed.ok())
                return settle(*ended, Result<int>(listed.error()));
            if (!matching.isEmpty()) {
                // The sessions the filter matches, one at a time; one already gone counts as ended.
                QStringList ids;
                for (const Session &session : listed.value()) {
                    if (matching.matches(session))
                        ids << session.id;
                }
                BoundedRun<RestClient::Reply>::collect(
                    this, int(ids.size()), 1,
                    [this, ids](int index) {
                        return api([this, id = ids.at(index)] {
                                   return m_client->remove(admin(u"/sessions/%1"_s.arg(id)));
                               })
                            .then([](const Reply &reply) {
                                return reply.ok() || reply.error().code != SourceError::Code::NotFound
                                           ? reply
                                           : Reply(RestClient::Reply{});
                            });
                    },
                    [ended, count = int(ids.size())](const Result<QList<RestClient::Reply>> &deleted) {
                        settle(*ended, deleted.ok() ? Result<int>(count) : Result<int>(deleted.error()));
                    });
                return;
            }
            const int count = int(listed.value().size());
            Futures::onResult(
                api([this, userId] { return m_client->post(admin(u"/users/%1/logout"_s.arg(userId)), {}); }),
                this, [ended, count](const Reply &reply) {
                    settle(*ended, reply.ok() ? Result<int>(count) : Result<int>(reply.error()));
                });
        });
    return ended->future();
}

QFuture<Result<QList<Session>>> KeycloakSessionSource::unsparedSessions(const LogoutAllScope &scope)
{
    auto promise = started<QList<Session>>();
    Futures::onResult(m_directory->allUsers(), this, [this, scope, promise](const Result<QList<User>> &all) {
        if (!all.ok())
            return settle(*promise, Result<QList<Session>>(all.error()));
        QList<User> users = all.value();
        users.removeIf([&scope](const User &user) { return scope.keepUserIds.contains(user.id); });
        Futures::onResult(
            SessionSearch::matching(this, m_options.concurrency, users, scope.matching, userSessions()), this,
            [promise](const Result<QList<Session>> &found) { settle(*promise, found); });
    });
    return promise->future();
}

void KeycloakSessionSource::logoutEach(const QStringList &userIds, const ActionContext &context,
                                       const std::optional<LogoutAllScope> &scope,
                                       std::shared_ptr<QPromise<Result<ActionResult>>> promise)
{
    LogoutFanOut::run(
        this, m_options.concurrency, userIds,
        [this, matching = scope ? scope->matching : SessionFilter()](const QString &userId) {
            return endUserSessions(userId, matching);
        },
        context, scope, [this](const QString &userId) { return m_directory->labelOf(userId); }, promise,
        [this] { return stopRequested(); },
        [this, promise](const LogoutFanOut::Outcome &outcome) {
            settleJournaled(promise, outcome.result, outcome.entries);
        });
}

AuditEntry KeycloakSessionSource::journalEntry(const ActionContext &context, const QString &action,
                                               const QString &userId,
                                               const Result<ActionResult> &result) const
{
    return LocalJournal::entry(context, action, m_directory->labelOf(userId), result);
}

QFuture<Result<ActionResult>> KeycloakSessionSource::logoutUsers(const QStringList &userIds,
                                                                 const ActionContext &context)
{
    if (const auto refused = refusal(Capability::LogoutUser, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    logoutEach(userIds, context, std::nullopt, promise);
    return promise->future();
}

QFuture<Result<LogoutAllPreview>> KeycloakSessionSource::previewLogoutAll(const LogoutAllScope &scope)
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

QFuture<Result<ActionResult>> KeycloakSessionSource::logoutAll(const LogoutAllScope &scope,
                                                               const ActionContext &context)
{
    if (auto refused = refusedFilter(scope))
        return ready<ActionResult>(*refused);
    if (const auto refused = refusal(Capability::LogoutAll, context))
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
    const auto finish = [this, promise, context, scope](const Result<ActionResult> &result) {
        AuditEntry entry = journalEntry(context, u"logout_all"_s, {}, result);
        QJsonObject value =
            LocalJournal::scopeValue(scope, [this](const QString &id) { return m_directory->labelOf(id); });
        if (!result.ok())
            value.insert(u"error"_s, result.error().text);
        entry.newValue = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
        settleJournaled(promise, result, {entry});
    };
    Futures::onResult(
        previewLogoutAll(scope), this,
        [this, scope, context, promise, finish](const Result<LogoutAllPreview> &before) {
            if (!before.ok())
                return finish(before.error());
            const ActionResult counted{int(before.value().users),      int(before.value().sessions), 0, 0, 0,
                                       QDateTime::currentDateTimeUtc()};
            if (scope.keepUserIds.isEmpty()) {
                // Nobody spared: the realm's own logout-all, in one request.
                Futures::onResult(
                    api([this] { return m_client->post(admin(u"/logout-all"_s), {}); }), this,
                    [finish, counted](const Reply &reply) {
                        const auto failed =
                            reply.ok() ? reply.value().json.object().value(u"failedRequests").toArray()
                                       : QJsonArray();
                        if (!reply.ok())
                            return finish(reply.error());
                        if (!failed.isEmpty())
                            return finish(SourceError{
                                SourceError::Code::Failed,
                                tr("The realm's sessions ended, but %Ln application(s) could not be told.",
                                   nullptr, int(failed.size())),
                                QString::fromUtf8(QJsonDocument(failed).toJson(QJsonDocument::Compact))});
                        finish(counted);
                    });
                return;
            }
            Futures::onResult(m_directory->allUsers(), this,
                              [this, scope, context, promise, finish](const Result<QList<User>> &all) {
                                  if (!all.ok())
                                      return finish(all.error());
                                  QStringList ids;
                                  for (const User &user : all.value()) {
                                      if (!scope.keepUserIds.contains(user.id))
                                          ids << user.id;
                                  }
                                  logoutEach(ids, context, scope, promise);
                              });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> KeycloakSessionSource::endSession(const QString &sessionId,
                                                                const ActionContext &context)
{
    if (const auto refused = refusal(Capability::EndSession, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    Futures::onResult(
        api([this, sessionId] { return m_client->remove(admin(u"/sessions/%1"_s.arg(sessionId))); }), this,
        [this, promise, context, sessionId](const Reply &reply) {
            Result<ActionResult> result =
                reply.ok()
                    ? Result<ActionResult>(ActionResult{1, 1, 0, 0, 0, QDateTime::currentDateTimeUtc()})
                    : Result<ActionResult>(reply.error());
            if (!reply.ok() && reply.error().code == SourceError::Code::NotFound)
                result = SourceError{SourceError::Code::NotFound,
                                     tr("The session %1 has already ended or expired.").arg(sessionId),
                                     reply.error().detail};
            const QString userId = m_directory->userOfSession(sessionId);
            m_directory->withLabel(userId, [this, promise, context, sessionId, userId, result] {
                AuditEntry entry = journalEntry(context, u"end_session"_s, userId, result);
                entry.targetSession = sessionId;
                settleJournaled(promise, result, {entry});
            });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> KeycloakSessionSource::freezeUser(const QString &userId,
                                                                const ActionContext &context)
{
    if (const auto refused = refusal(Capability::Freeze, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    const auto finish = [this, promise, context, userId](const Result<ActionResult> &result) {
        settleJournaled(promise, result, {journalEntry(context, u"freeze_user"_s, userId, result)});
    };
    // Disabled first, so that no new session starts, then the ones there are end.
    Futures::onResult(
        api([this, userId] {
            return m_client->put(admin(u"/users/%1"_s.arg(userId)), {{u"enabled"_s, false}});
        }),
        this, [this, userId, finish](const Reply &disabled) {
            if (!disabled.ok())
                return finish(disabled.error());
            Futures::onResult(endUserSessions(userId), this, [finish](const Result<int> &ended) {
                finish(ended.ok() ? Result<ActionResult>(ActionResult{1, ended.value(), 0, 0, 0,
                                                                      QDateTime::currentDateTimeUtc()})
                                  : Result<ActionResult>(ended.error()));
            });
        });
    return promise->future();
}

QFuture<Result<ActionResult>> KeycloakSessionSource::unfreezeUser(const QString &userId,
                                                                  const ActionContext &context)
{
    if (const auto refused = refusal(Capability::Freeze, context))
        return ready<ActionResult>(*refused);
    auto promise = started<ActionResult>();
    // Enabling an account that is enabled does nothing: refused, and nothing journaled.
    Futures::onResult(
        api([this, userId] { return m_client->get(admin(u"/users/%1"_s.arg(userId))); }), this,
        [this, promise, context, userId](const Reply &found) {
            if (!found.ok())
                return settle(*promise, Result<ActionResult>(found.error()));
            if (found.value().json.object().value(u"enabled").toBool(true))
                return settle(*promise,
                              Result<ActionResult>(SourceError{
                                  SourceError::Code::Conflict, tr("The account is not frozen."), {}}));
            Futures::onResult(
                api([this, userId] {
                    return m_client->put(admin(u"/users/%1"_s.arg(userId)), {{u"enabled"_s, true}});
                }),
                this, [this, promise, context, userId](const Reply &reply) {
                    const Result<ActionResult> result = oneUserChanged(reply);
                    settleJournaled(promise, result,
                                    {journalEntry(context, u"unfreeze_user"_s, userId, result)});
                });
        });
    return promise->future();
}

QFuture<Result<Settings>> KeycloakSessionSource::settings()
{
    return unsupported<Settings>(capabilities().reason(Capability::ChangeSettings));
}

QFuture<Result<QList<Flag>>> KeycloakSessionSource::findFlags()
{
    auto promise = started<QList<Flag>>();
    Futures::onResult(m_directory->allUsers(), this, [this, promise](const Result<QList<User>> &all) {
        if (!all.ok())
            return settle(*promise, Result<QList<Flag>>(all.error()));
        const QList<User> users = all.value();
        // Keycloak's own threshold: failures within its window before it locks the account.
        const int threshold = m_failureFactor;
        const int window = m_failureWindowMinutes;
        BoundedRun<RestClient::Reply>::collect(
            this, int(users.size()), m_options.concurrency,
            [this, users](int i) {
                return api([this, id = users.at(i).id] {
                    return m_client->get(admin(u"/attack-detection/brute-force/users/%1"_s.arg(id)));
                });
            },
            [this, promise, users, threshold, window](const Result<QList<RestClient::Reply>> &statuses) {
                if (!statuses.ok())
                    return settle(*promise, Result<QList<Flag>>(statuses.error()));
                QList<Flag> found;
                for (int i = 0; i < users.size(); ++i) {
                    const QJsonObject status = statuses.value().at(i).json.object();
                    if (auto flag = KeycloakJson::bruteForceFlag(users.at(i), status, threshold, window))
                        found.append(*flag);
                }
                Futures::onResult(
                    placeFindings(users), this, [promise, found](const Result<QList<Flag>> &placed) {
                        settle(*promise, placed.ok() ? Result<QList<Flag>>(found + placed.value()) : placed);
                    });
            });
    });
    return promise->future();
}

QFuture<Result<QList<Flag>>> KeycloakSessionSource::placeFindings(const QList<User> &users)
{
    if (!places() || !places()->hasPlaces())
        return ready<QList<Flag>>(QList<Flag>());
    auto promise = started<QList<Flag>>();
    Futures::onResult(SessionSearch::matching(this, m_options.concurrency, users, {}, userSessions()), this,
                      [promise, users](const Result<QList<Session>> &sessions) {
                          if (!sessions.ok())
                              return settle(*promise, Result<QList<Flag>>(sessions.error()));
                          const FlagDetector detector{DetectionThresholds()};
                          settle(*promise,
                                 Result<QList<Flag>>(detector.placeFindings(users, sessions.value())));
                      });
    return promise->future();
}

QFuture<Result<Page<Flag>>> KeycloakSessionSource::flags(const FlagQuery &query)
{
    return findingsPage(keptFindings([this] { return findFlags(); }), query);
}

QFuture<Result<ScanResult>> KeycloakSessionSource::scanFlags(bool)
{
    forgetFindings();
    auto promise = started<ScanResult>();
    Futures::onResult(keptFindings([this] { return findFlags(); }), this,
                      [promise](const Result<QList<Flag>> &current) {
                          if (!current.ok())
                              return settle(*promise, Result<ScanResult>(current.error()));
                          ScanResult scan;
                          scan.flagsUpdated = int(current.value().size());
                          settle(*promise, Result<ScanResult>(scan));
                      });
    return promise->future();
}

QFuture<Result<ActionResult>> KeycloakSessionSource::closeFlag(qint64 flagId, Flag::Status,
                                                               const ActionContext &context)
{
    if (const auto refused = refusal(Capability::ResolveFlags, context))
        return ready<ActionResult>(*refused);
    const QList<Flag> &found = lastFindings();
    const auto flag =
        std::find_if(found.cbegin(), found.cend(), [flagId](const Flag &f) { return f.id == flagId; });
    if (flag == found.cend())
        return ready<ActionResult>(SourceError{
            SourceError::Code::NotFound, tr("That lockout is no longer listed; show the flags again."), {}});
    if (flag->rule != Flag::Rule::FailedLoginBurst)
        return ready<ActionResult>(SourceError{
            SourceError::Code::Unsupported,
            tr("Only Keycloak's lockouts can be resolved here; the flags found in the sessions' places "
               "are found afresh each time. Log the user out or freeze them instead."),
            {}});
    const QString userId = flag->userId;
    auto promise = started<ActionResult>();
    Futures::onResult(
        api([this, userId] {
            return m_client->remove(admin(u"/attack-detection/brute-force/users/%1"_s.arg(userId)));
        }),
        this, [this, promise, context, userId](const Reply &reply) {
            const Result<ActionResult> result = oneUserChanged(reply);
            settleJournaled(promise, result, {journalEntry(context, u"unlock_user"_s, userId, result)});
        });
    return promise->future();
}

QString KeycloakSessionSource::auditTrailNote() const
{
    return tr("What this console does in Keycloak is recorded, with its reasons, in the local journal %1 on "
              "this "
              "computer, hash-chained like a store's trail; Keycloak's own admin events are copied into it "
              "(%2).")
        .arg(QDir::toNativeSeparators(m_options.journalPath),
             m_token->canViewEvents() ? tr("action keycloak_…")
                                      : tr("not for this account: it lacks view-events"));
}

QFuture<std::optional<SourceError>> KeycloakSessionSource::importAdminEvents()
{
    if (!m_token->canViewEvents())
        return QtFuture::makeReadyFuture(std::optional<SourceError>());
    auto promise = std::make_shared<QPromise<std::optional<SourceError>>>();
    promise->start();
    // The newest event already copied: the events after it are new.
    AuditQuery imported;
    imported.text = u"keycloak_"_s;
    imported.limit = 50;
    Futures::onResult(
        journal()->auditEntries(imported), this, [this, promise](const Result<Page<AuditEntry>> &seen) {
            QDateTime newest;
            for (const AuditEntry &entry : seen.ok() ? seen.value().rows : QList<AuditEntry>()) {
                if (entry.action.startsWith(u"keycloak_"_s) && entry.at > newest)
                    newest = entry.at;
            }
            QUrlQuery parameters;
            parameters.addQueryItem(u"first"_s, u"0"_s);
            parameters.addQueryItem(u"max"_s, u"500"_s);
            if (newest.isValid())
                parameters.addQueryItem(u"dateFrom"_s, newest.date().toString(Qt::ISODate));
            Futures::onResult(
                api([this, parameters] { return m_client->get(admin(u"/admin-events"_s), parameters); }),
                this, [this, promise, newest](const Reply &reply) {
                    const auto done = [promise](std::optional<SourceError> error) {
                        promise->addResult(error);
                        promise->finish();
                    };
                    if (!reply.ok())
                        return done(reply.error());
                    QList<AuditEntry> entries;
                    const QJsonArray events = reply.value().json.array();
                    for (qsizetype i = events.size() - 1; i >= 0; --i) { // oldest first
                        const QJsonObject event = events.at(i).toObject();
                        const QDateTime at = KeycloakJson::time(event.value(u"time"));
                        if (at.isValid() && (!newest.isValid() || at > newest))
                            entries << KeycloakJson::adminEvent(event, m_directory->labels());
                    }
                    if (entries.isEmpty())
                        return done(std::nullopt);
                    Futures::onResult(journal()->record(ActionResult(), entries), this,
                                      [done](const Result<ActionResult> &recorded) {
                                          done(recorded.ok() ? std::nullopt
                                                             : std::optional<SourceError>(recorded.error()));
                                      });
                });
        });
    return promise->future();
}

QFuture<Result<Page<AuditEntry>>> KeycloakSessionSource::auditEntries(const AuditQuery &query)
{
    auto promise = started<Page<AuditEntry>>();
    Futures::onResult(
        importAdminEvents(), this, [this, query, promise](const std::optional<SourceError> &failed) {
            if (failed)
                qCWarning(lcRest) << "Keycloak's admin events could not be copied:" << failed->text;
            Futures::onResult(JournaledSource::auditEntries(query), this,
                              [promise](const Result<Page<AuditEntry>> &page) { settle(*promise, page); });
        });
    return promise->future();
}
