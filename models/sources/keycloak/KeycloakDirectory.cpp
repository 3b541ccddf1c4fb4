#include "models/sources/keycloak/KeycloakDirectory.h"

#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/keycloak/KeycloakJson.h"
#include "models/sources/remote/AllPages.h"
#include "models/sources/remote/BoundedRun.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using Futures::ready;
using Futures::settle;
using Futures::started;

namespace {

constexpr int pageSize = 100; // users per request when walking all of them

// Keycloak's search matches the start of the user name, names and email only; "*text*" matches
// anywhere, as every other source does. Text already written in Keycloak's syntax (a "*" in it,
// or "exact" in quotes) goes as it is.
QString searchTerm(const QString &text)
{
    const QString term = text.contains(u'*') || text.startsWith(u'"') ? text : u'*' + text + u'*';
    return QString::fromUtf8(QUrl::toPercentEncoding(term));
}

} // namespace

KeycloakDirectory::KeycloakDirectory(RestClient *client, std::shared_ptr<const AddressPlaces> places,
                                     const QString &realm, int concurrency, Api api, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_places(std::move(places))
    , m_realm(realm)
    , m_concurrency(concurrency)
    , m_api(std::move(api))
{}

QString KeycloakDirectory::admin(const QString &path) const
{
    return u"/admin/realms/"_s + m_realm + path;
}

void KeycloakDirectory::setSessionLimits(qint64 idleTimeoutMs, qint64 maxLifespanMs)
{
    m_idleTimeoutMs = idleTimeoutMs;
    m_maxLifespanMs = maxLifespanMs;
}

User KeycloakDirectory::user(const QJsonObject &object)
{
    const User user = KeycloakJson::user(object);
    m_labels.insert(user.id, KeycloakJson::label(object));
    m_names.insert(user.id, user.displayName);
    return user;
}

QFuture<Result<QList<Session>>> KeycloakDirectory::userSessions(const QString &userId)
{
    auto promise = started<QList<Session>>();
    Futures::onResult(
        m_api([this, userId] { return m_client->get(admin(u"/users/%1/sessions"_s.arg(userId))); }), this,
        [this, userId, promise](const Reply &reply) {
            if (!reply.ok())
                return settle(*promise, Result<QList<Session>>(reply.error()));
            QList<Session> sessions;
            for (const QJsonValue &value : reply.value().json.array()) {
                const Session session =
                    KeycloakJson::session(value.toObject(), userId, m_idleTimeoutMs, m_maxLifespanMs);
                m_sessionUser.insert(session.id, userId);
                sessions.append(session);
            }
            Futures::onResult(AddressPlaces::placed(m_places, sessions), this,
                              [promise](const QList<Session> &placed) {
                                  settle(*promise, Result<QList<Session>>(placed));
                              });
        });
    return promise->future();
}

void KeycloakDirectory::sessionsOf(const QStringList &userIds,
                                   std::function<void(Result<QList<QList<Session>>>)> done)
{
    BoundedRun<QList<Session>>::collect(
        this, int(userIds.size()), m_concurrency,
        [this, userIds](int i) { return userSessions(userIds.at(i)); }, done);
}

std::optional<SourceError> KeycloakDirectory::refusedUserSort(UserQuery::SortField field, Qt::SortOrder order)
{
    if (field != UserQuery::SortField::Name || order != Qt::AscendingOrder)
        return SourceError{
            SourceError::Code::Unsupported, tr("Keycloak lists users by user name only, A to Z."), {}};
    return std::nullopt;
}

QFuture<Result<Page<User>>> KeycloakDirectory::users(const UserQuery &query)
{
    if (const auto refused = refusedUserSort(query.sortField, query.order))
        return ready<Page<User>>(*refused);
    if (query.status == UserStatus::Deactivated)
        return ready<Page<User>>(Page<User>{{}, 0, {}});
    const int offset = query.cursor.toInt();
    QUrlQuery parameters;
    parameters.addQueryItem(u"first"_s, QString::number(offset));
    parameters.addQueryItem(u"max"_s, QString::number(query.limit));
    if (!query.text.isEmpty())
        parameters.addQueryItem(u"search"_s, searchTerm(query.text));
    if (query.status)
        parameters.addQueryItem(u"enabled"_s, *query.status == UserStatus::Active ? u"true"_s : u"false"_s);
    auto promise = started<Page<User>>();
    Futures::onResult(
        m_api([this, parameters] { return m_client->get(admin(u"/users"_s), parameters); }), this,
        [this, query, offset, promise](const Reply &reply) {
            if (!reply.ok())
                return settle(*promise, Result<Page<User>>(reply.error()));
            auto page = std::make_shared<Page<User>>();
            QStringList ids;
            for (const QJsonValue &value : reply.value().json.array()) {
                page->rows.append(user(value.toObject()));
                ids << page->rows.last().id;
            }
            if (page->rows.size() == query.limit)
                page->nextCursor = int(offset + page->rows.size());
            // Keycloak counts matches of a search, not of the enabled filter.
            const auto counted = [this, page, ids, promise, offset](const Reply &count) {
                page->total = count.ok() ? count.value().json.toVariant().toLongLong()
                                         : offset + page->rows.size() + (page->hasMore() ? 1 : 0);
                sessionsOf(ids, [page, promise](const Result<QList<QList<Session>>> &sessions) {
                    if (!sessions.ok())
                        return settle(*promise, Result<Page<User>>(sessions.error()));
                    for (int i = 0; i < page->rows.size(); ++i) {
                        User &user = page->rows[i];
                        user.activeSessions = int(sessions.value().at(i).size());
                        for (const Session &session : sessions.value().at(i))
                            user.lastActivity = qMax(user.lastActivity, session.lastSeenAt);
                    }
                    settle(*promise, Result<Page<User>>(*page));
                });
            };
            if (query.status)
                return counted(Reply(SourceError{}));
            QUrlQuery count;
            if (!query.text.isEmpty())
                count.addQueryItem(u"search"_s, searchTerm(query.text));
            Futures::onResult(m_api([this, count] { return m_client->get(admin(u"/users/count"_s), count); }),
                              this, counted);
        });
    return promise->future();
}

QFuture<Result<QList<User>>> KeycloakDirectory::allUsers()
{
    using Users = AllPages<User>;
    return Users::collect(this, [this](qsizetype offset) {
        auto part = started<Users::Part>();
        QUrlQuery parameters;
        parameters.addQueryItem(u"first"_s, QString::number(offset));
        parameters.addQueryItem(u"max"_s, QString::number(pageSize));
        parameters.addQueryItem(u"briefRepresentation"_s, u"true"_s);
        Futures::onResult(m_api([this, parameters] { return m_client->get(admin(u"/users"_s), parameters); }),
                          this, [this, part](const Reply &reply) {
                              if (!reply.ok())
                                  return settle(*part, Result<Users::Part>(reply.error()));
                              Users::Part page;
                              for (const QJsonValue &value : reply.value().json.array())
                                  page.rows.append(user(value.toObject()));
                              page.more = page.rows.size() == pageSize;
                              settle(*part, Result<Users::Part>(page));
                          });
        return part->future();
    });
}

void KeycloakDirectory::withLabel(const QString &userId, std::function<void()> then)
{
    if (userId.isEmpty() || m_labels.contains(userId))
        return then();
    Futures::onResult(m_api([this, userId] { return m_client->get(admin(u"/users/%1"_s.arg(userId))); }),
                      this, [this, then](const Reply &reply) {
                          if (reply.ok())
                              user(reply.value().json.object());
                          then();
                      });
}
