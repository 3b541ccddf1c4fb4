#include "models/sources/keycloak/KeycloakLoginEvents.h"

#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/keycloak/KeycloakJson.h"
#include "models/sources/remote/AllPages.h"
#include "models/sources/remote/BoundedRun.h"

#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Futures::ready;
using Futures::settle;
using Futures::started;

namespace {

constexpr int pageSize = 500;   // events per request
constexpr int keptSeconds = 30; // how long the events of one filter are used again

// The filters Keycloak is asked for: the rest of a query, its page left out.
SignInQuery filtersOf(SignInQuery query)
{
    query.cursor = QVariant();
    query.limit = 0;
    query.order = Qt::DescendingOrder;
    return query;
}

} // namespace

KeycloakLoginEvents::KeycloakLoginEvents(RestClient *client, KeycloakDirectory *directory,
                                         KeycloakDirectory::Api api, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_api(std::move(api))
{}

QFuture<Result<Page<LoginEvent>>> KeycloakLoginEvents::page(const SignInQuery &query)
{
    const SignInQuery filters = filtersOf(query);
    if (m_readAt.isValid() && m_readAt.secsTo(QDateTime::currentDateTimeUtc()) < keptSeconds &&
        filters == m_read)
        return named(query.pageOf(m_events));
    auto promise = started<Page<LoginEvent>>();
    Futures::onResult(
        read(filters), this, [this, query, filters, promise](const Result<QList<LoginEvent>> &read) {
            if (!read.ok())
                return settle(*promise, Result<Page<LoginEvent>>(read.error()));
            m_read = filters;
            m_events = read.value();
            m_readAt = QDateTime::currentDateTimeUtc();
            Futures::onResult(named(query.pageOf(m_events)), this,
                              [promise](const Result<Page<LoginEvent>> &page) { settle(*promise, page); });
        });
    return promise->future();
}

QFuture<Result<Page<LoginEvent>>> KeycloakLoginEvents::named(Page<LoginEvent> page)
{
    // The users of the page no listing has shown yet are asked for (a few at a time), then each
    // row is named as the directory knows its user: email and display name.
    QSet<QString> asked;
    QStringList unknown;
    for (const LoginEvent &event : std::as_const(page.rows)) {
        if (!event.userId.isEmpty() && !m_directory->names().contains(event.userId) &&
            !asked.contains(event.userId)) {
            asked.insert(event.userId);
            unknown << event.userId;
        }
    }
    auto promise = started<Page<LoginEvent>>();
    BoundedRun<bool>::collect(
        this, int(unknown.size()), 4,
        [this, unknown](int index) {
            auto learnt = started<bool>();
            m_directory->withLabel(unknown.at(index), [learnt] { settle(*learnt, Result<bool>(true)); });
            return learnt->future();
        },
        [this, page, promise](const Result<QList<bool>> &) mutable {
            for (LoginEvent &event : page.rows) {
                if (const QString name = m_directory->names().value(event.userId); !name.isEmpty())
                    event.userName = name;
                const QString label = m_directory->labelOf(event.userId);
                if (label.contains(u'@'))
                    event.userEmail = label;
                if (event.userName.isEmpty() && !event.userId.isEmpty())
                    event.userName = label; // neither a name nor one typed: the email or user name
            }
            settle(*promise, Result<Page<LoginEvent>>(page));
        });
    return promise->future();
}

QFuture<Result<QList<LoginEvent>>> KeycloakLoginEvents::read(const SignInQuery &query)
{
    QUrlQuery asked;
    if (!query.success || *query.success)
        asked.addQueryItem(u"type"_s, u"LOGIN"_s);
    if (!query.success || !*query.success)
        asked.addQueryItem(u"type"_s, u"LOGIN_ERROR"_s);
    if (!query.userId.isEmpty())
        asked.addQueryItem(u"user"_s, query.userId);
    // Keycloak reads whole days (yyyy-MM-dd, both inclusive) in the server's time zone: a day more
    // on each side, and the exact times are compared here.
    if (query.from.isValid())
        asked.addQueryItem(u"dateFrom"_s, query.from.toUTC().addDays(-1).date().toString(Qt::ISODate));
    if (query.to.isValid())
        asked.addQueryItem(u"dateTo"_s, query.to.toUTC().addDays(1).date().toString(Qt::ISODate));
    using Events = AllPages<LoginEvent>;
    return Events::collect(this, [this, asked](qsizetype offset) {
        if (offset >= maxEvents)
            return ready<Events::Part>(SourceError{
                SourceError::Code::Unsupported,
                tr("Keycloak holds more than %L1 sign-in attempts for these filters; choose a user or a "
                   "shorter time.")
                    .arg(maxEvents),
                {}});
        QUrlQuery parameters = asked;
        parameters.addQueryItem(u"first"_s, QString::number(offset));
        parameters.addQueryItem(u"max"_s, QString::number(pageSize));
        auto part = started<Events::Part>();
        Futures::onResult(
            m_api([this, parameters] { return m_client->get(m_directory->admin(u"/events"_s), parameters); }),
            this, [this, part](const KeycloakDirectory::Reply &reply) {
                if (!reply.ok())
                    return settle(*part, Result<Events::Part>(reply.error()));
                Events::Part page;
                const QJsonArray events = reply.value().json.array();
                for (const QJsonValue &event : events)
                    page.rows.append(KeycloakJson::loginEvent(event.toObject()));
                page.more = events.size() == pageSize;
                Futures::onResult(AddressPlaces::placed(m_directory->places(), page.rows), this,
                                  [part, page](const QList<LoginEvent> &placed) mutable {
                                      page.rows = placed;
                                      settle(*part, Result<Events::Part>(page));
                                  });
            });
        return part->future();
    });
}
