#include "models/sources/OverviewListings.h"

#include "models/sources/Futures.h"
#include "models/sources/SessionSource.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace {

// Rows asked for at once: few round trips, and the sources that list everything before paging
// (better-auth, Keycloak) do so once per page.
constexpr int PageRows = 10000;

// What the listings gave, for counting on a worker; the builder holds the window and the
// reasons of the parts the source cannot tell.
struct Listed
{
    explicit Listed(const QDateTime &at)
        : builder(at)
    {}
    OverviewBuilder builder;
    QList<Session> sessions;
    QList<LoginEvent> signIns;
    QList<Flag> flags;
    QList<AuditEntry> actions;
};

// Lists every page of a query into rows, then calls done with nothing, or with the reason the
// source does not offer it (missing), or with the failure.
template<typename Row, typename Query>
void listAll(SessionSource *source, Query query, std::function<QFuture<Result<Page<Row>>>(const Query &)> ask,
             QList<Row> *rows, QString *missing, std::function<void(std::optional<SourceError>)> done)
{
    Futures::onResult(ask(query), source, [=](const Result<Page<Row>> &page) mutable {
        if (!page.ok()) {
            if (page.error().code != SourceError::Code::Unsupported)
                return done(page.error());
            *missing = page.error().text;
            return done(std::nullopt);
        }
        rows->append(page.value().rows);
        if (!page.value().hasMore() || page.value().rows.isEmpty())
            return done(std::nullopt);
        query.cursor = page.value().nextCursor;
        listAll<Row, Query>(source, query, ask, rows, missing, done);
    });
}

Overview count(Listed &listed)
{
    OverviewBuilder &builder = listed.builder;
    const QDateTime now = builder.overview().at;
    QSet<QString> users;
    for (const Session &session : listed.sessions) {
        if (!session.isActive(now))
            continue;
        builder.addSessions(session.origin.country, session.origin.city, session.origin.userAgent,
                            session.origin.latitude, session.origin.longitude);
        users.insert(session.userId);
    }
    builder.setSignedInUsers(users.size());
    for (const LoginEvent &event : listed.signIns)
        builder.addSignIns(event.at, event.success);
    for (const Flag &flag : listed.flags)
        builder.addFlags(flag.rule, flag.severity);
    for (const AuditEntry &entry : listed.actions)
        builder.addActions(entry.at);
    return builder.finish();
}

} // namespace

QFuture<Result<Overview>> OverviewListings::collect(SessionSource *source)
{
    using Capability = Capabilities::Capability;
    const Capabilities capabilities = source->capabilities();
    auto listed = std::make_shared<Listed>(QDateTime::currentDateTimeUtc());
    // Pointers, so that the callbacks below write where the worker will read.
    const OverviewBuilder *window = &listed->builder;
    Overview *missing = &listed->builder.overview(); // its reasons, filled as the listings answer
    if (!capabilities.has(Capability::Locations))
        missing->placesMissing = capabilities.reason(Capability::Locations);
    if (!capabilities.has(Capability::Devices))
        missing->devicesMissing = capabilities.reason(Capability::Devices);
    auto promise = Futures::started<Overview>();

    // The four listings one after the other; the first failure ends the collection.
    auto finish = [source, promise, listed](std::optional<SourceError> error) {
        if (error)
            return Futures::settle(*promise, Result<Overview>(*error));
        Futures::onResult(
            QtConcurrent::run([listed] { return count(*listed); }), source,
            [promise](const Overview &overview) { Futures::settle(*promise, Result(overview)); });
    };
    auto actions = [=](std::optional<SourceError> error) {
        if (error)
            return finish(error);
        AuditQuery query;
        query.from = window->firstDay();
        query.limit = PageRows;
        listAll<AuditEntry, AuditQuery>(
            source, query, [source](const AuditQuery &q) { return source->auditEntries(q); },
            &listed->actions, &missing->actionsMissing, finish);
    };
    auto flags = [=](std::optional<SourceError> error) {
        if (error)
            return finish(error);
        FlagQuery query;
        query.limit = PageRows;
        listAll<Flag, FlagQuery>(
            source, query, [source](const FlagQuery &q) { return source->flags(q); }, &listed->flags,
            &missing->flagsMissing, actions);
    };
    auto signIns = [=](std::optional<SourceError> error) {
        if (error)
            return finish(error);
        if (!capabilities.has(Capability::SignIns)) {
            missing->signInsMissing = capabilities.reason(Capability::SignIns);
            return flags(std::nullopt);
        }
        SignInQuery query;
        query.from = window->firstHour();
        query.limit = PageRows;
        listAll<LoginEvent, SignInQuery>(
            source, query, [source](const SignInQuery &q) { return source->signIns(q); }, &listed->signIns,
            &missing->signInsMissing, flags);
    };
    if (!capabilities.has(Capability::SearchSessions)) {
        missing->sessionsMissing = capabilities.reason(Capability::SearchSessions);
        signIns(std::nullopt);
    } else {
        SessionQuery query;
        query.limit = PageRows;
        listAll<Session, SessionQuery>(
            source, query, [source](const SessionQuery &q) { return source->sessions(q); }, &listed->sessions,
            &missing->sessionsMissing, signIns);
    }
    return promise->future();
}
