#include "models/sources/rest/BetterAuthDirectory.h"

#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/remote/AllPages.h"
#include "models/sources/remote/BoundedRun.h"
#include "models/sources/remote/RestClient.h"
#include "models/sources/rest/BetterAuthJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Futures::ready;
using Futures::settle;
using Futures::started;

namespace {

constexpr int pageSize = 200; // users per request when walking all of them

} // namespace

BetterAuthDirectory::BetterAuthDirectory(RestClient *client, std::shared_ptr<const AddressPlaces> places,
                                         int concurrency, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_places(std::move(places))
    , m_concurrency(concurrency)
{}

QStringList BetterAuthDirectory::roles() const
{
    QSet<QString> roles = m_roles;
    roles << u"admin"_s << u"user"_s;
    QStringList sorted(roles.begin(), roles.end());
    sorted.sort();
    return sorted;
}

User BetterAuthDirectory::user(const QJsonObject &object)
{
    const User user = BetterAuthJson::user(object);
    m_emails.insert(user.id, user.email);
    for (const QString &role : BetterAuthJson::roles(user))
        m_roles.insert(role);
    return user;
}

Session BetterAuthDirectory::session(const QJsonObject &object)
{
    Session session = BetterAuthJson::session(object);
    const QString token = object.value(u"token").toString();
    session.thisConsole = !token.isEmpty() && token == m_consoleToken;
    m_sessions.insert(session.id, {session.userId, token});
    return session;
}

QFuture<Result<QList<Session>>> BetterAuthDirectory::userSessions(const QString &userId)
{
    auto promise = started<QList<Session>>();
    Futures::onResult(m_client->post(u"/admin/list-user-sessions"_s, {{u"userId"_s, userId}}), this,
                      [this, promise](const Result<RestClient::Reply> &reply) {
                          if (!reply.ok())
                              return settle(*promise, Result<QList<Session>>(reply.error()));
                          QList<Session> sessions;
                          for (const QJsonValue &value :
                               reply.value().json.object().value(u"sessions").toArray())
                              sessions.append(session(value.toObject()));
                          Futures::onResult(AddressPlaces::placed(m_places, sessions), this,
                                            [promise](const QList<Session> &placed) {
                                                settle(*promise, Result<QList<Session>>(placed));
                                            });
                      });
    return promise->future();
}

std::optional<SourceError> BetterAuthDirectory::refusedUserSort(UserQuery::SortField field)
{
    if (sortKey(field).isEmpty())
        return SourceError{SourceError::Code::Unsupported,
                           tr("better-auth sorts users by name, email, role or status only."),
                           {}};
    return std::nullopt;
}

QString BetterAuthDirectory::sortKey(UserQuery::SortField field)
{
    switch (field) {
    case UserQuery::SortField::Name:
        return u"name"_s;
    case UserQuery::SortField::Email:
        return u"email"_s;
    case UserQuery::SortField::Role:
        return u"role"_s;
    case UserQuery::SortField::Status:
        return u"banned"_s;
    default:
        return {};
    }
}

QFuture<Result<Page<User>>> BetterAuthDirectory::users(const UserQuery &query)
{
    if (const auto refused = refusedUserSort(query.sortField))
        return ready<Page<User>>(*refused);
    const QString sortBy = sortKey(query.sortField);
    if (query.status == UserStatus::Deactivated)
        return ready<Page<User>>(Page<User>{{}, 0, {}}); // better-auth has no deactivated accounts

    // The cursor is the offset and the field searched: better-auth searches one field; the email
    // first, the name when no email matches.
    const QVariantList cursor = query.cursor.toList();
    const int offset = cursor.value(0).toInt();
    const QString searched = cursor.value(1, u"email"_s).toString();
    auto promise = started<Page<User>>();
    auto request = std::make_shared<std::function<void(const QString &)>>();
    // The request holds itself only while an answer is awaited (a weak reference otherwise):
    // a function owning itself would never be freed.
    *request = [this, query, sortBy, offset, promise, weak = std::weak_ptr(request)](const QString &field) {
        QUrlQuery parameters;
        parameters.addQueryItem(u"limit"_s, QString::number(query.limit));
        parameters.addQueryItem(u"offset"_s, QString::number(offset));
        parameters.addQueryItem(u"sortBy"_s, sortBy);
        parameters.addQueryItem(u"sortDirection"_s, query.order == Qt::AscendingOrder ? u"asc"_s : u"desc"_s);
        if (!query.text.isEmpty()) {
            // better-auth keeps email addresses in lower case and searches with a case-sensitive
            // LIKE: an address is searched for in lower case; a name only as typed.
            const QString text = field == u"email" ? query.text.toLower() : query.text;
            parameters.addQueryItem(u"searchValue"_s, QString::fromUtf8(QUrl::toPercentEncoding(text)));
            parameters.addQueryItem(u"searchField"_s, field);
            parameters.addQueryItem(u"searchOperator"_s, u"contains"_s);
        }
        if (query.status) {
            parameters.addQueryItem(u"filterField"_s, u"banned"_s);
            parameters.addQueryItem(u"filterOperator"_s,
                                    *query.status == UserStatus::Frozen ? u"eq"_s : u"ne"_s);
            parameters.addQueryItem(u"filterValue"_s, u"true"_s);
        }
        Futures::onResult(m_client->get(u"/admin/list-users"_s, parameters), this,
                          [this, query, offset, field, promise,
                           request = weak.lock()](const Result<RestClient::Reply> &reply) {
                              if (!reply.ok())
                                  return settle(*promise, Result<Page<User>>(reply.error()));
                              const QJsonObject answer = reply.value().json.object();
                              auto page = std::make_shared<Page<User>>();
                              page->total = answer.value(u"total").toInteger();
                              if (page->total == 0 && !query.text.isEmpty() && offset == 0 &&
                                  field == u"email")
                                  return (*request)(u"name"_s);
                              for (const QJsonValue &value : answer.value(u"users").toArray())
                                  page->rows.append(user(value.toObject()));
                              const int next = offset + int(page->rows.size());
                              if (!page->rows.isEmpty() && next < page->total)
                                  page->nextCursor = QVariantList{next, field};
                              addSessionFigures(page, promise);
                          });
    };
    (*request)(searched);
    return promise->future();
}

void BetterAuthDirectory::addSessionFigures(std::shared_ptr<Page<User>> page,
                                            std::shared_ptr<QPromise<Result<Page<User>>>> promise)
{
    QStringList ids;
    for (const User &user : std::as_const(page->rows))
        ids << user.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    withSessionsOf(
        ids,
        [page, now](int index, const QList<Session> &sessions) {
            User &user = page->rows[index];
            QSet<QString> devices;
            for (const Session &session : sessions) {
                if (session.isActive(now)) {
                    ++user.activeSessions;
                    devices.insert(session.origin.userAgent);
                }
                if (!user.lastActivity.isValid() || session.lastSeenAt > user.lastActivity)
                    user.lastActivity = session.lastSeenAt;
            }
            user.devices = int(devices.size());
        },
        [page, promise](const std::optional<SourceError> &failure) {
            settle(*promise, failure ? Result<Page<User>>(*failure) : Result<Page<User>>(*page));
        });
}

void BetterAuthDirectory::withSessionsOf(const QStringList &userIds,
                                         std::function<void(int, const QList<Session> &)> each,
                                         std::function<void(const std::optional<SourceError> &)> done)
{
    BoundedRun<QList<Session>>::collect(
        this, int(userIds.size()), m_concurrency,
        [this, userIds](int index) { return userSessions(userIds.at(index)); },
        [each, done](const Result<QList<QList<Session>>> &sessions) {
            if (!sessions.ok())
                return done(sessions.error());
            for (int index = 0; index < sessions.value().size(); ++index)
                each(index, sessions.value().at(index));
            done(std::nullopt);
        });
}

QFuture<Result<User>> BetterAuthDirectory::userByEmail(const QString &email)
{
    auto promise = started<User>();
    // better-auth keeps addresses in lower case and compares them exactly: the address as written
    // first (an account written otherwise by the application is found only so), then in lower case.
    const QString written = email.trimmed();
    const auto ask = [this](const QString &value) {
        QUrlQuery parameters;
        parameters.addQueryItem(u"limit"_s, u"1"_s);
        parameters.addQueryItem(u"filterField"_s, u"email"_s);
        parameters.addQueryItem(u"filterOperator"_s, u"eq"_s);
        parameters.addQueryItem(u"filterValue"_s, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        return m_client->get(u"/admin/list-users"_s, parameters);
    };
    const auto found = [this, written, promise](const Result<RestClient::Reply> &reply) {
        if (!reply.ok())
            return settle(*promise, Result<User>(reply.error()));
        QList<User> users;
        for (const QJsonValue &value : reply.value().json.object().value(u"users").toArray())
            users << user(value.toObject());
        const Result<User> picked = UserQuery::byEmail(users, written);
        if (!picked.ok())
            return settle(*promise, picked);
        auto page = std::make_shared<Page<User>>();
        page->rows.append(picked.value());
        auto figures = started<Page<User>>();
        Futures::onResult(figures->future(), this, [promise](const Result<Page<User>> &filled) {
            settle(*promise,
                   filled.ok() ? Result<User>(filled.value().rows.first()) : Result<User>(filled.error()));
        });
        addSessionFigures(page, figures);
    };
    Futures::onResult(
        ask(written), this, [ask, found, written, this](const Result<RestClient::Reply> &exact) {
            const bool none = exact.ok() && exact.value().json.object().value(u"users").toArray().isEmpty();
            if (!none || written.toLower() == written)
                return found(exact);
            Futures::onResult(ask(written.toLower()), this, found);
        });
    return promise->future();
}

QFuture<Result<QList<User>>> BetterAuthDirectory::allUsers()
{
    using Users = AllPages<User>;
    return Users::collect(this, [this](qsizetype offset) {
        auto part = started<Users::Part>();
        QUrlQuery parameters;
        parameters.addQueryItem(u"limit"_s, QString::number(pageSize));
        parameters.addQueryItem(u"offset"_s, QString::number(offset));
        // A unique key: by creation time, users created in the same instant came back in a
        // different order on each page, so that offsets skipped some and repeated others.
        parameters.addQueryItem(u"sortBy"_s, u"id"_s);
        parameters.addQueryItem(u"sortDirection"_s, u"asc"_s);
        Futures::onResult(m_client->get(u"/admin/list-users"_s, parameters), this,
                          [this, offset, part](const Result<RestClient::Reply> &reply) {
                              if (!reply.ok())
                                  return settle(*part, Result<Users::Part>(reply.error()));
                              const QJsonObject answer = reply.value().json.object();
                              Users::Part page;
                              for (const QJsonValue &value : answer.value(u"users").toArray())
                                  page.rows.append(user(value.toObject()));
                              page.more = offset + page.rows.size() < answer.value(u"total").toInteger();
                              settle(*part, Result<Users::Part>(page));
                          });
        return part->future();
    });
}

QFuture<Result<BetterAuthDirectory::KnownSession>> BetterAuthDirectory::knownSession(const QString &sessionId)
{
    if (m_sessions.contains(sessionId))
        return ready<KnownSession>(m_sessions.value(sessionId));
    // better-auth finds sessions by user only: a process that has not listed this one yet (the
    // CLI) looks through every user's.
    auto promise = started<KnownSession>();
    Futures::onResult(allUsers(), this, [this, sessionId, promise](const Result<QList<User>> &all) {
        if (!all.ok())
            return settle(*promise, Result<KnownSession>(all.error()));
        QStringList ids;
        for (const User &user : all.value())
            ids << user.id;
        withSessionsOf(
            ids, [](int, const QList<Session> &) {},
            [this, sessionId, promise](const std::optional<SourceError> &failure) {
                if (failure)
                    return settle(*promise, Result<KnownSession>(*failure));
                if (!m_sessions.contains(sessionId))
                    return settle(*promise,
                                  Result<KnownSession>(SourceError{
                                      SourceError::Code::NotFound,
                                      tr("%1 has no session %2.").arg(m_client->serverName(), sessionId),
                                      {}}));
                settle(*promise, Result<KnownSession>(m_sessions.value(sessionId)));
            });
    });
    return promise->future();
}

QFuture<Result<QJsonObject>> BetterAuthDirectory::userById(const QString &userId)
{
    auto promise = started<QJsonObject>();
    QUrlQuery parameters;
    parameters.addQueryItem(u"limit"_s, u"1"_s);
    parameters.addQueryItem(u"filterField"_s, u"id"_s);
    parameters.addQueryItem(u"filterOperator"_s, u"eq"_s);
    parameters.addQueryItem(u"filterValue"_s, QString::fromUtf8(QUrl::toPercentEncoding(userId)));
    Futures::onResult(m_client->get(u"/admin/list-users"_s, parameters), this,
                      [this, promise, userId](const Result<RestClient::Reply> &listed) {
                          if (!listed.ok())
                              return settle(*promise, Result<QJsonObject>(listed.error()));
                          const QJsonArray users = listed.value().json.object().value(u"users").toArray();
                          if (users.isEmpty())
                              return settle(*promise,
                                            Result<QJsonObject>(SourceError{
                                                SourceError::Code::NotFound,
                                                tr("%1 has no user %2.").arg(m_client->serverName(), userId),
                                                {}}));
                          settle(*promise, Result<QJsonObject>(users.first().toObject()));
                      });
    return promise->future();
}
