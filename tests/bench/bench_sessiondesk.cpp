// sessiondesk-bench: the budgeted figures of docs/architecture.md for the SQLite store at the "large" scale
// and, given a PostgreSQL cluster, for a PostgreSQL store (large, or huge by an option), each
// beside its budget and, for queries, the same SQL run directly in the same process and run (the
// raw reference). Prints one table with a column per store. It measures; it does not pass or fail.
//
//   sessiondesk-bench [--store FILE] [--reuse] [--users N --sessions N --events N]
//                     [--postgres INFO [--postgres-scale large|huge]]
//
// With --better-auth INFO (and --postgres INFO for its database) it measures instead Log Out All
// Users over better-auth's admin API (fixtures/better-auth, started with 5,000 bulk users): with
// bounded concurrency and one request at a time, in the same run, and the ratio. With --django N
// it measures a Django application's database instead (BenchDjango).

#include "BenchDjango.h"
#include "BetterAuthApp.h"
#include "models/demo/DemoFiller.h"
#include "models/detection/FlagDetector.h"
#include "models/domain/DisplayFormat.h"
#include "models/itemmodels/SessionTableModel.h"
#include "models/itemmodels/SignInTableModel.h"
#include "models/itemmodels/UserTableModel.h"
#include "models/places/AddressPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/pg/PgConnection.h"
#include "models/sources/pg/PgStore.h"
#include "models/sources/rest/RestSessionSource.h"
#include "models/sources/sql/SqlFlags.h"
#include "models/sources/sql/SqlSessionSource.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlRows.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int runs = 7;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Runs start() and the event loop until done() has been called; returns milliseconds.
double timeUntil(const std::function<void(const std::function<void()> &done)> &start)
{
    QEventLoop loop;
    bool finished = false;
    QElapsedTimer timer;
    timer.start();
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return timer.nsecsElapsed() / 1e6;
}

template<typename Sender, typename Signal>
double timeSignal(Sender *sender, Signal signal, const std::function<void()> &action)
{
    return timeUntil([&](const std::function<void()> &done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(sender, signal, sender, [done, connection] {
            QObject::disconnect(*connection);
            done();
        });
        action();
    });
}

// Milliseconds until model has no question in flight any more after action.
double timeUntilSettled(PagedModelBase *model, const std::function<void()> &action)
{
    return timeUntil([&](const std::function<void()> &done) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            QObject::connect(model, &PagedModelBase::loadingChanged, model, [done, connection](bool loading) {
                if (loading)
                    return;
                QObject::disconnect(*connection);
                done();
            });
        action();
    });
}

// The longest the event loop (the GUI thread in the app) waits while it runs: a 10 ms timer
// measures the gaps between its ticks.
class StallMeter
{
public:
    StallMeter()
    {
        QObject::connect(&m_ticker, &QTimer::timeout, &m_ticker,
                         [this] { m_longestMs = qMax(m_longestMs, m_gap.restart()); });
    }
    void start()
    {
        m_gap.start();
        m_ticker.start(10);
    }
    void stop() { m_ticker.stop(); }
    qint64 longestMs() const { return m_longestMs; }

private:
    QElapsedTimer m_gap;
    QTimer m_ticker;
    qint64 m_longestMs = 0;
};

// The raw reference: statements prepared once, executed and fully read on this thread.
double rawMs(QSqlDatabase &db, const QStringList &statements, const QList<QVariantList> &args)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < statements.size(); ++i) {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(statements.at(i));
            for (int a = 0; a < args.at(i).size(); ++a)
                query.bindValue(a, args.at(i).at(a));
            if (!query.exec())
                qFatal("reference query failed: %s", qPrintable(query.lastError().text()));
            const int columns = query.record().count();
            while (query.next())
                for (int c = 0; c < columns; ++c)
                    query.value(c);
        }
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

qint64 procStatusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// One figure of one store: its value and, for queries, the raw reference and the ratio.
struct Row
{
    QString figure;
    QString value;
    QString budget;
    QString raw;
    QString ratio;
};

QString ms(double value)
{
    return value < 10 ? u"%1 ms"_s.arg(value, 0, 'f', 2) : u"%1 ms"_s.arg(value, 0, 'f', 1);
}

const QString userSelect =
    u"SELECT u.id, u.email, u.display_name, u.role, u.status, u.status_reason, u.created_at, "
    "u.tokens_not_before, s.open_sessions, s.devices, s.last_seen_at, s.last_city, s.last_country, "
    "%1 FROM users u JOIN user_stats s ON s.user_id = u.id %2 ORDER BY %1 %3, %4 %3 LIMIT 101"_s;

QString ratio(double value, double raw)
{
    return u"%1×"_s.arg(value / raw, 0, 'f', 2);
}

// Sleeps in the event loop while waiting (a loop of processEvents() would spin and take a core
// from the servers being measured).
template<typename T>
T wait(const QFuture<T> &future)
{
    Futures::waitUntilFinished(future);
    return future.result();
}

// A store the benchmark measures: where it is, how to reach it directly, and how to make and drop
// a throwaway copy of it (log out all ends every session).
class BenchStore
{
public:
    virtual ~BenchStore() = default;
    virtual QString name() const = 0;
    virtual SqlSessionSource::Options options() const = 0;
    virtual bool exists() const = 0;
    // Removes the store, so that it is created and seeded again.
    virtual void remove() = 0;
    // Before seeding: a PostgreSQL store needs its schema (SQLite creates it on open).
    virtual void prepare() {}
    // A connection for the raw reference, as an application or a DBA would query.
    virtual QSqlDatabase raw(const QString &connectionName) const = 0;
    // A copy for a destructive measurement, made while nothing else has the store open.
    virtual SqlSessionSource::Options copy() = 0;
    virtual void dropCopy() = 0;
    virtual QString later(const QString &column) const = 0; // column moved forward by 1 ms
    virtual QVariant time(const QDateTime &at) const = 0;   // as bound in raw SQL

    DemoOptions demo;
};

class SqliteBenchStore final : public BenchStore
{
public:
    explicit SqliteBenchStore(const QString &path)
        : m_path(path)
    {}
    QString name() const override { return u"SQLite"_s; }
    SqlSessionSource::Options options() const override
    {
        SqlSessionSource::Options options;
        options.path = m_path;
        options.createIfMissing = true;
        options.pollIntervalMs = 0;
        return options;
    }
    bool exists() const override { return QFile::exists(m_path); }
    void remove() override { removeFiles(m_path); }
    QSqlDatabase raw(const QString &connectionName) const override
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        raw.setDatabaseName(m_path);
        raw.open();
        return raw;
    }
    SqlSessionSource::Options copy() override
    {
        {
            QSqlDatabase db = raw(u"bench-checkpoint"_s);
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QSqlDatabase::removeDatabase(u"bench-checkpoint"_s);
        removeFiles(copyPath());
        QFile::copy(m_path, copyPath()); // safe here: no other connection has the store open
        SqlSessionSource::Options copied = options();
        copied.path = copyPath();
        copied.createIfMissing = false;
        return copied;
    }
    void dropCopy() override { removeFiles(copyPath()); }
    QString later(const QString &column) const override { return column + u" + 1"_s; }
    QVariant time(const QDateTime &at) const override { return at.toMSecsSinceEpoch(); }

private:
    QString copyPath() const { return m_path + u".logout-all"_s; }
    static void removeFiles(const QString &path)
    {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }

    QString m_path;
};

// A database in a cluster started by tests/fixtures/postgres/pg_cluster.sh (INFO: "SOCKETDIR
// PORT", the superuser trusted on the socket). SessionDesk connects over TCP as the login
// sessiondesk_bench, the store's owner and an administrator, with a password made up for this
// process and kept in memory.
class PgBenchStore final : public BenchStore
{
public:
    PgBenchStore(const QString &info, const QString &database)
        : m_database(database)
    {
        QFile file(info);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the cluster's info file %s", qPrintable(info));
        const QStringList parts = QString::fromUtf8(file.readAll()).simplified().split(u' ');
        m_socket = parts.value(0);
        m_port = parts.value(1).toInt();
        PgConnection admin = connection(u"postgres"_s);
        admin.host = m_socket;
        admin.user = u"postgres"_s;
        auto opened = admin.open(u"bench-admin"_s, QString());
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().text));
        m_admin = opened.value();
        m_password = QString::number(QRandomGenerator::global()->generate64(), 36);
        if (!adminScalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'sessiondesk_bench'"_s).toInt())
            admin_(u"CREATE ROLE sessiondesk_bench LOGIN CREATEROLE"_s);
        admin_(u"ALTER ROLE sessiondesk_bench PASSWORD '%1'"_s.arg(m_password));
    }
    QString name() const override { return u"PostgreSQL"_s; }
    SqlSessionSource::Options options() const override { return optionsFor(m_database); }
    bool exists() const override
    {
        return adminScalar(u"SELECT count(*) FROM pg_database WHERE datname = '%1'"_s.arg(m_database))
                   .toInt() > 0;
    }
    void remove() override { admin_(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database)); }
    void prepare() override
    {
        admin_(u"CREATE DATABASE %1 OWNER sessiondesk_bench"_s.arg(m_database));
        const auto upgraded = PgStore::upgrade(connection(m_database), m_password, u"bench-migrate"_s);
        if (!upgraded.ok())
            qFatal("%s", qPrintable(upgraded.error().text));
        admin_(u"GRANT sessiondesk_admin TO sessiondesk_bench"_s);
    }
    QSqlDatabase raw(const QString &connectionName) const override
    {
        auto opened = connection(m_database).open(connectionName, m_password);
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error().text));
        return opened.value();
    }
    SqlSessionSource::Options copy() override
    {
        dropCopy();
        admin_(u"CREATE DATABASE %1_copy TEMPLATE %1 STRATEGY FILE_COPY"_s.arg(m_database));
        return optionsFor(m_database + u"_copy"_s);
    }
    void dropCopy() override { admin_(u"DROP DATABASE IF EXISTS %1_copy WITH (FORCE)"_s.arg(m_database)); }
    QString later(const QString &column) const override { return column + u" + interval '1 millisecond'"_s; }
    QVariant time(const QDateTime &at) const override { return at; }

private:
    PgConnection connection(const QString &database) const
    {
        PgConnection connection;
        connection.host = u"127.0.0.1"_s;
        connection.port = m_port;
        connection.database = database;
        connection.user = u"sessiondesk_bench"_s;
        return connection;
    }
    SqlSessionSource::Options optionsFor(const QString &database) const
    {
        SqlSessionSource::Options options;
        options.connectUrl = connection(database).url();
        options.password = m_password;
        options.pollIntervalMs = 0;
        return options;
    }
    QVariant adminScalar(const QString &sql) const
    {
        QSqlQuery query(m_admin);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0);
    }
    void admin_(const QString &sql) const
    {
        QSqlQuery query(m_admin);
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql.section(u"PASSWORD"_s, 0, 0)),
                   qPrintable(query.lastError().text()));
    }

    QString m_database;
    QString m_socket;
    int m_port = 0;
    QString m_password;
    QSqlDatabase m_admin;
};

// Every figure of one store, in the order printed.
QList<Row> measure(BenchStore &store)
{
    QList<Row> table;
    SqlSessionSource source(store.options());
    if (!wait(source.open()).ok())
        qFatal("cannot open the %s store", qPrintable(store.name()));
    QSqlDatabase raw = store.raw(u"bench-raw"_s);
    // A second connection: a PostgreSQL connection streams one result at a time.
    QSqlDatabase raw2 = store.raw(u"bench-raw-2"_s);
    auto rawScalar = [&raw](const QString &sql) {
        QSqlQuery query(raw);
        if (!query.exec(sql) || !query.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.value(0);
    };
    const QVariant now = store.time(QDateTime::currentDateTimeUtc());
    const QString byName = Sql::noCase(raw, u"u.display_name"_s);
    const qint64 userCount = rawScalar(u"SELECT count(*) FROM users"_s).toLongLong();

    // The users the console lists (removed ones are not), as its own queries say: pages exclude
    // them, counts subtract them.
    const QString listed = u"WHERE u.removed_at IS NULL"_s;
    const auto countListed = [](const QString &matching) {
        return u"SELECT (SELECT count(*) FROM users u WHERE %1) - (SELECT count(*) FROM users u WHERE "
               "u.removed_at IS NOT NULL AND %1)"_s.arg(matching);
    };
    // All of them: PostgreSQL keeps the numbers (schema version 8).
    const QString countAll =
        Sql::isPostgres(raw) ? u"SELECT coalesce(sum(c.users), 0) FROM user_counts c WHERE NOT c.removed"_s
                             : countListed(u"TRUE"_s);

    // First page of users through the item model, against its SQL run directly.
    UserTableModel users(&source);
    {
        QList<double> modelTimes;
        for (int run = 0; run < runs; ++run)
            modelTimes.append(timeSignal(&users, &PagedModelBase::pageLoaded, [&] { users.reload(); }));
        const double firstPage = median(modelTimes);
        const double firstPageRaw =
            rawMs(raw, {userSelect.arg(byName, listed, u"ASC"_s, u"u.id"_s), countAll}, {{}, {}});
        table.append({u"first page of users (item model, 100 rows + total)"_s, ms(firstPage),
                      u"≤ 50 ms, ≤ 1.5× raw"_s, ms(firstPageRaw), ratio(firstPage, firstPageRaw)});
    }

    // A deep page: the page after row 50,000, by keyset.
    {
        QSqlQuery query(raw);
        query.exec(u"SELECT %1, u.id FROM users u ORDER BY 1, 2 LIMIT 1 OFFSET %2"_s.arg(byName).arg(
            qMin<qint64>(50'000, userCount - 1)));
        query.next();
        const QVariantList cursor{query.value(0), query.value(1)};
        UserQuery deep;
        deep.cursor = cursor;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(timeUntil([&](const std::function<void()> &done) {
                Futures::onResult(source.users(deep), &source,
                                  [done](const Result<Page<User>> &) { done(); });
            }));
        }
        const double rawDeep =
            rawMs(raw,
                  {userSelect.arg(byName, listed + u" AND %1 >= ? AND (%1 > ? OR u.id > ?)"_s.arg(byName),
                                  u"ASC"_s, u"u.id"_s)},
                  {{cursor.at(0), cursor.at(0), cursor.at(1)}});
        table.append({u"deep page (after row 50,000, keyset)"_s, ms(median(times)), u"≤ 50 ms"_s, ms(rawDeep),
                      ratio(median(times), rawDeep)});
    }

    // Sort by last activity, newest first.
    {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(timeSignal(&users, &QAbstractItemModel::modelReset, [&] {
                users.sort(UserTableModel::LastActivityColumn, Qt::DescendingOrder);
            }));
            timeSignal(&users, &QAbstractItemModel::modelReset,
                       [&] { users.sort(UserTableModel::NameColumn); });
        }
        const double rawSort =
            rawMs(raw, {userSelect.arg(u"s.last_seen_at"_s, listed, u"DESC"_s, u"s.user_id"_s), countAll},
                  {{}, {}});
        table.append({u"sort users by last activity"_s, ms(median(times)), u"≤ 150 ms"_s, ms(rawSort),
                      ratio(median(times), rawSort)});
    }

    // Filter by an email substring.
    {
        const QString text = u"garcia"_s;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(
                timeSignal(&users, &QAbstractItemModel::modelReset, [&] { users.setFilterText(text); }));
            timeSignal(&users, &QAbstractItemModel::modelReset, [&] { users.setFilterText(QString()); });
        }
        // The folded keys the product searches (schema version 10), with SQLite's fallback for
        // keys not folded yet.
        const bool pg = Sql::isPostgres(raw);
        const QString matching = pg ? u"u.search_key LIKE ? ESCAPE '\\'"_s
                                    : u"(u.search_key LIKE ? ESCAPE '\\' OR (u.search_key IS NULL AND "
                                      "(u.email LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\')))"_s;
        const QVariantList args =
            pg ? QVariantList{u"%garcia%"_s} : QVariantList{u"%garcia%"_s, u"%garcia%"_s, u"%garcia%"_s};
        const double rawFilter =
            rawMs(raw,
                  {userSelect.arg(byName, listed + u" AND "_s + matching, u"ASC"_s, u"u.id"_s),
                   countListed(matching)},
                  {args, args + args});
        table.append({u"filter users by email substring \"%1\""_s.arg(text), ms(median(times)), u"≤ 150 ms"_s,
                      ms(rawFilter), ratio(median(times), rawFilter)});
    }

    // One user's sessions (a user with many), through the detail pane's model.
    {
        const QString busy =
            rawScalar(u"SELECT user_id FROM user_stats ORDER BY open_sessions DESC LIMIT 1"_s).toString();
        const QString other =
            rawScalar(u"SELECT user_id FROM user_stats ORDER BY open_sessions DESC LIMIT 1 OFFSET 1"_s)
                .toString();
        SessionTableModel sessions(&source);
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(
                timeSignal(&sessions, &PagedModelBase::pageLoaded, [&] { sessions.setUserId(busy); }));
            timeSignal(&sessions, &PagedModelBase::pageLoaded, [&] { sessions.setUserId(other); });
        }
        const QString columns =
            u"id, user_id, created_at, last_seen_at, expires_at, ip, user_agent, device_id, country, "
            "city, latitude, longitude, ended_at, end_reason, ended_by, last_seen_at"_s;
        const double rawSessions = rawMs(
            raw,
            {u"SELECT %1 FROM sessions WHERE user_id = ? AND ended_at IS NULL AND expires_at > ? "
             "ORDER BY last_seen_at DESC, id DESC LIMIT 51"_s.arg(columns),
             u"SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL AND expires_at > ?"_s},
            {{busy, now}, {busy, now}});
        table.append({u"one user's sessions (the busiest user's)"_s,
                      u"%1 (%2 active)"_s.arg(ms(median(times))).arg(sessions.totalCount()), u"≤ 10 ms"_s,
                      ms(rawSessions), ratio(median(times), rawSessions)});
    }

    // Sign-ins (login_events): the Sign-ins page's first page (everybody's, newest first, with
    // the total), one user's in the detail pane, and those from a /16 range (by the model, as the
    // page and `signins list --ip` ask).
    {
        const QString columns =
            u"id, user_id, at, success, session_id, ip, user_agent, device_id, country, city, "
            "latitude, longitude"_s;
        const auto measure = [&](const SignInQuery &filter) {
            SignInTableModel model(&source);
            model.setFilter(filter); // not read yet: the model starts with its first reload
            QList<double> times;
            for (int run = 0; run < runs; ++run)
                times.append(timeSignal(&model, &PagedModelBase::pageLoaded, [&] { model.reload(); }));
            return std::pair{median(times), model.totalCount()};
        };
        const auto [firstPage, all] = measure(SignInQuery());
        const double rawFirst =
            rawMs(raw,
                  {u"SELECT %1 FROM login_events ORDER BY at DESC, id DESC LIMIT 51"_s.arg(columns),
                   u"SELECT count(*) FROM login_events"_s},
                  {{}, {}});
        table.append({u"Sign-ins page, first page (50 rows + total)"_s,
                      u"%1 (%2 sign-ins)"_s.arg(ms(firstPage), DisplayFormat::count(all)),
                      u"≤ 50 ms, ≤ 1.5× raw"_s, ms(rawFirst), ratio(firstPage, rawFirst)});
        const QString busiest =
            rawScalar(u"SELECT user_id FROM login_events GROUP BY user_id ORDER BY count(*) DESC LIMIT 1"_s)
                .toString();
        SignInQuery mine;
        mine.userId = busiest;
        const auto [oneUser, hers] = measure(mine);
        const double rawUser =
            rawMs(raw,
                  {u"SELECT %1 FROM login_events WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT 51"_s.arg(
                       columns),
                   u"SELECT count(*) FROM login_events WHERE user_id = ?"_s},
                  {{busiest}, {busiest}});
        table.append({u"one user's sign-ins (the busiest user's)"_s, u"%1 (%2)"_s.arg(ms(oneUser)).arg(hers),
                      u"≤ 10 ms"_s, ms(rawUser), ratio(oneUser, rawUser)});
        const QString ip =
            rawScalar(u"SELECT ip FROM login_events WHERE ip LIKE '%.%.%.%' LIMIT 1"_s).toString();
        SignInQuery range;
        range.network = ip.section(u'.', 0, 1) + u".0.0/16"_s;
        const auto [byRange, inRange] = measure(range);
        table.append({u"sign-ins from a /16 range (%1)"_s.arg(range.network),
                      u"%1 (%2)"_s.arg(ms(byRange)).arg(inRange), u"≤ 150 ms"_s, QString(), QString()});
    }

    // The Sessions page: the active sessions of everybody from a /16 range and from a country,
    // last active first, the first page with the total (by the model, as the page and `sessions
    // search` ask).
    {
        const auto measure = [&](const SessionFilter &filter) {
            SessionTableModel model(&source);
            QList<double> times;
            for (int run = 0; run < runs; ++run)
                times.append(
                    timeSignal(&model, &PagedModelBase::pageLoaded, [&] { model.searchAll(filter); }));
            return std::pair{median(times), model.totalCount()};
        };
        const QString ip = rawScalar(u"SELECT ip FROM sessions WHERE ended_at IS NULL AND ip LIKE '%.%.%.%' "
                                     "LIMIT 1"_s)
                               .toString();
        SessionFilter range;
        range.network = ip.section(u'.', 0, 1) + u".0.0/16"_s;
        const auto [byRange, inRange] = measure(range);
        // Each store's busiest range differs: the range goes with the figure, not in its name.
        table.append({u"sessions search by a /16 range"_s,
                      u"%1 (%2 active in %3)"_s.arg(ms(byRange)).arg(inRange).arg(range.network),
                      u"≤ 150 ms"_s, QString(), QString()});
        SessionFilter country;
        country.country = rawScalar(u"SELECT country FROM sessions WHERE ended_at IS NULL GROUP BY country "
                                    "ORDER BY count(*) DESC LIMIT 1"_s)
                              .toString();
        const auto [byCountry, inCountry] = measure(country);
        const QString columns =
            u"id, user_id, created_at, last_seen_at, expires_at, ip, user_agent, device_id, country, "
            "city, latitude, longitude, ended_at, end_reason, ended_by, last_seen_at"_s;
        const double rawCountry =
            rawMs(raw,
                  {u"SELECT %1 FROM sessions WHERE ended_at IS NULL AND expires_at > ? AND "
                   u"upper(trim(country)) = ? "
                   "ORDER BY last_seen_at DESC, id DESC LIMIT 51"_s.arg(columns),
                   u"SELECT count(*) FROM sessions WHERE ended_at IS NULL AND expires_at > ? AND "
                   "upper(trim(country)) = ?"_s},
                  {{now, country.country}, {now, country.country}});
        table.append({u"sessions search by country (%1, the most sessions)"_s.arg(country.country),
                      u"%1 (%2 active)"_s.arg(ms(byCountry)).arg(inCountry), u"≤ 150 ms"_s, ms(rawCountry),
                      ratio(byCountry, rawCountry)});
    }

    // Scroll the Users model through 1,000 pages (all of them at the large scale), page by page as
    // a view would, and measure memory.
    {
        QFile clear(u"/proc/self/clear_refs"_s);
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5"); // reset the peak RSS to the current RSS
        clear.close();
        const qint64 before = procStatusKb("VmRSS:");
        UserTableModel scrolled(&source);
        QElapsedTimer timer;
        timer.start();
        timeSignal(&scrolled, &PagedModelBase::pageLoaded, [&] { scrolled.reload(); });
        while (scrolled.canFetchMore({}) && scrolled.rowCount() < 100'000)
            timeSignal(&scrolled, &PagedModelBase::pageLoaded, [&] { scrolled.fetchMore({}); });
        const double seconds = timer.elapsed() / 1000.0;
        // Back to the top, as a view dragged there would read it: the first page was let go long
        // ago and is asked for again from its cursor.
        const double back = timeSignal(&scrolled, &PagedModelBase::pageLoaded, [&] {
            if (scrolled.index(0, 0).data().isValid())
                qFatal("the first page was still held after scrolling 100,000 rows");
        });
        // A change elsewhere: the model asks for the pages it holds again, one after the other,
        // and applies the differences on the GUI thread while a timer measures its stalls.
        QList<double> refreshTimes;
        StallMeter stalls;
        for (int run = 0; run < 3; ++run) {
            QSqlQuery(raw).exec(u"UPDATE sessions SET last_seen_at = %1 WHERE id = "
                                "(SELECT id FROM sessions WHERE ended_at IS NULL LIMIT 1)"_s.arg(
                                    store.later(u"last_seen_at"_s)));
            stalls.start();
            refreshTimes.append(timeUntilSettled(&scrolled, [&] { scrolled.refresh(); }));
            stalls.stop();
        }
        const qint64 peak = procStatusKb("VmHWM:");
        table.append({u"scroll the Users model 1,000 pages (100,000 rows)"_s,
                      u"%1 s"_s.arg(seconds, 0, 'f', 2), QString(), QString(), QString()});
        table.append({u"  back to the first row (its page asked for again)"_s, ms(back), u"≤ 50 ms"_s,
                      QString(), QString()});
        table.append({u"refresh after a change, scrolled 100,000 rows (worker + GUI thread)"_s,
                      ms(median(refreshTimes)), QString(), QString(), QString()});
        table.append({u"  longest event-loop stall while it applies (10 ms timer)"_s,
                      u"%1 ms"_s.arg(stalls.longestMs()), u"≤ 50 ms"_s, QString(), QString()});
        table.append({u"peak RSS: Users model scrolled, then refreshed"_s,
                      u"%1 MB"_s.arg(peak / 1024.0, 0, 'f', 1), u"≤ 150 MB"_s, QString(), QString()});
        table.append({u"  of which rows held by the model"_s,
                      u"%1 MB (%2 rows)"_s.arg((procStatusKb("VmRSS:") - before) / 1024.0, 0, 'f', 1)
                          .arg(scrolled.loadedRowCount()),
                      QString(), QString(), QString()});
    }

    // Flag detection over every login event: the rules alone, timed while the events stream by
    // user (reading is measured separately below, as part of a full scan).
    {
        QSqlQuery events(raw);
        events.setForwardOnly(true);
        events.exec(u"SELECT "_s + SqlRows::loginEventColumns() +
                    u" FROM login_events ORDER BY user_id, at, id"_s);
        QSqlQuery active(raw2);
        active.setForwardOnly(true);
        active.prepare(u"SELECT "_s + SqlRows::sessionColumns() +
                       u" FROM sessions WHERE ended_at IS NULL AND expires_at > ? ORDER BY user_id"_s);
        active.addBindValue(now);
        active.exec();
        const FlagDetector detector{DetectionThresholds()};
        qint64 count = 0, findings = 0, detectNs = 0;
        SqlFlags::forEachUser(
            events, active,
            [&](const QString &userId, const QList<LoginEvent> &userEvents, const QList<Session> &sessions) {
                QElapsedTimer timer;
                timer.start();
                findings += detector.detect(userId, userEvents, sessions).size();
                detectNs += timer.nsecsElapsed();
                count += userEvents.size();
            });
        table.append({u"flag detection over every login event (rules only)"_s,
                      u"%1 M/s"_s.arg(count / (detectNs / 1e9) / 1e6, 0, 'f', 1), u"≥ 2 M events/s"_s,
                      QString(), QString()});
        QElapsedTimer timer;
        timer.start();
        const auto scan = wait(source.scanFlags(true));
        table.append({u"full detection scan through the store (read, detect, write)"_s,
                      scan.ok() ? u"%1 s"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 2) : u"not available"_s,
                      QString(), QString(), QString()});
    }
    // The flagged users only, the most serious first (users.flag_rank, schema version 15), once
    // the scan above has raised the flags.
    {
        timeSignal(&users, &QAbstractItemModel::modelReset,
                   [&] { users.sort(UserTableModel::FlagsColumn, Qt::DescendingOrder); });
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(timeSignal(&users, &QAbstractItemModel::modelReset,
                                    [&] { users.setStatusFilter(std::nullopt, true); }));
            timeSignal(&users, &QAbstractItemModel::modelReset, [&] { users.setStatusFilter(std::nullopt); });
        }
        timeSignal(&users, &QAbstractItemModel::modelReset, [&] { users.sort(UserTableModel::NameColumn); });
        const QString flagged = u"u.flag_rank > 0"_s;
        const double rawFlagged =
            rawMs(raw,
                  {userSelect.arg(u"u.flag_rank"_s, listed + u" AND "_s + flagged, u"DESC"_s, u"u.id"_s),
                   countListed(flagged)},
                  {{}, {}});
        const qint64 flaggedUsers =
            rawScalar(u"SELECT count(*) FROM users WHERE flag_rank > 0 AND removed_at IS NULL"_s)
                .toLongLong();
        table.append({u"flagged users only, most serious first"_s,
                      u"%1 (%2 flagged)"_s.arg(ms(median(times)), DisplayFormat::count(flaggedUsers)),
                      u"≤ 150 ms"_s, ms(rawFlagged), ratio(median(times), rawFlagged)});
    }

    // The Overview page's figures, counted on the worker, against the same counts taken from the
    // rows themselves (sign-ins grouped by hour over the last week, sessions by country and agent).
    {
        QList<double> times;
        qint64 active = 0;
        for (int run = 0; run < runs; ++run) {
            times.append(timeUntil([&](const std::function<void()> &done) {
                Futures::onResult(source.overview(), &source, [done, &active](const Result<Overview> &o) {
                    if (!o.ok())
                        qFatal("overview: %s", qPrintable(o.error().text));
                    active = o.value().activeSessions;
                    done();
                });
            }));
        }
        const QString hour =
            Sql::isPostgres(raw) ? u"floor(extract(epoch FROM at) / 3600)"_s : u"at / 3600000"_s;
        const double rawOverview = rawMs(
            raw,
            {u"SELECT country, user_agent, count(*) FROM sessions WHERE ended_at IS NULL GROUP BY 1, 2"_s,
             u"SELECT %1, count(*) FILTER (WHERE success), count(*) FILTER (WHERE NOT success) FROM "
             u"login_events "
             "WHERE at >= ? GROUP BY 1"_s.arg(hour),
             u"SELECT rule, severity, count(*) FROM flags WHERE status IN ('open', 'frozen') GROUP BY 1, 2"_s},
            {{}, {store.time(QDateTime::currentDateTimeUtc().addDays(-7))}, {}});
        table.append({u"Overview page figures (worker)"_s,
                      u"%1 (%2 active)"_s.arg(ms(median(times)), DisplayFormat::count(active)), u"≤ 300 ms"_s,
                      ms(rawOverview), ratio(median(times), rawOverview)});
    }

    raw.close();
    raw2.close();
    raw = raw2 = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench-raw"_s);
    QSqlDatabase::removeDatabase(u"bench-raw-2"_s);
    return table;
}

// Log out all users, on a copy of the store (it ends every session), with its audit entry,
// while a timer measures how long the event loop (the GUI thread in the app) is kept waiting.
QList<Row> measureLogoutAll(BenchStore &store)
{
    SqlSessionSource target(store.copy());
    if (!wait(target.open()).ok())
        qFatal("cannot open the copy of the %s store", qPrintable(store.name()));
    UserTableModel shown(&target);
    timeSignal(&shown, &PagedModelBase::pageLoaded, [&] { shown.reload(); });
    StallMeter stalls;
    const ActionContext context{Operator::fromEnvironment(), u"Benchmark"_s, QString()};
    qint64 ended = 0;
    const double ms = timeUntil([&](const std::function<void()> &done) {
        stalls.start();
        Futures::onResult(target.logoutAll(LogoutAllScope(), context), &target,
                          [&, done](const Result<ActionResult> &result) {
                              if (!result.ok())
                                  qWarning("log out all failed: %s", qPrintable(result.error().text));
                              ended = result.ok() ? result.value().sessionsEnded : -1;
                              done();
                          });
    });
    // The refresh that follows, as a page would see it.
    timeSignal(&shown, &PagedModelBase::pageLoaded, [&] { shown.refresh(); });
    stalls.stop();
    return {{u"log out all users, with audit"_s, u"%1 s (%2 sessions)"_s.arg(ms / 1000, 0, 'f', 2).arg(ended),
             u"≤ 3 s"_s, QString(), QString()},
            {u"  longest event-loop stall meanwhile (10 ms timer)"_s, u"%1 ms"_s.arg(stalls.longestMs()),
             u"≤ 50 ms"_s, QString(), QString()}};
}

// End the active sessions of the country with the most, on a copy of the store (about 50,000 at
// the large scale), with their audit entry, while a timer measures the event loop's stalls.
QList<Row> measureEndMatching(BenchStore &store)
{
    SqlSessionSource target(store.copy());
    if (!wait(target.open()).ok())
        qFatal("cannot open the copy of the %s store", qPrintable(store.name()));
    LogoutAllScope scope;
    {
        QSqlDatabase raw = store.raw(u"bench-end-matching"_s);
        QSqlQuery query(raw);
        if (!query.exec(u"SELECT country FROM sessions WHERE ended_at IS NULL GROUP BY country "
                        "ORDER BY count(*) DESC LIMIT 1"_s) ||
            !query.next())
            qFatal("no sessions to end");
        scope.matching.country = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"bench-end-matching"_s);
    StallMeter stalls;
    const ActionContext context{Operator::fromEnvironment(), u"Benchmark"_s, QString()};
    qint64 ended = 0;
    const double ms = timeUntil([&](const std::function<void()> &done) {
        stalls.start();
        Futures::onResult(
            target.logoutAll(scope, context), &target, [&, done](const Result<ActionResult> &result) {
                if (!result.ok())
                    qWarning("ending matching sessions failed: %s", qPrintable(result.error().text));
                ended = result.ok() ? result.value().sessionsEnded : -1;
                done();
            });
    });
    stalls.stop();
    return {{u"end the matching sessions (%1), with audit"_s.arg(scope.matching.country),
             u"%1 s (%2 sessions)"_s.arg(ms / 1000, 0, 'f', 2).arg(ended), u"≤ 2 s (50,000)"_s, QString(),
             QString()},
            {u"  longest event-loop stall while ending them (10 ms timer)"_s,
             u"%1 ms"_s.arg(stalls.longestMs()), u"≤ 50 ms"_s, QString(), QString()}};
}

} // namespace

// The places and networks of the addresses of sources that record no places: a million sessions'
// addresses (100,000 distinct public IPv4 addresses, as a large deployment's sessions come from),
// looked up as the sources do (AddressPlaces, kept by address), against the same addresses looked
// up each time (PlaceDatabase::find, libmaxminddb itself), in the same run.
int benchPlaces(const QString &cityFile, const QString &asnFile)
{
    QStringList problems;
    const auto places = AddressPlaces::open({cityFile, asnFile}, &problems);
    if (!problems.isEmpty() || !places->hasPlaces())
        qFatal("%s", qPrintable(problems.join(u' ')));
    QStringList addresses;
    quint32 state = 1;
    while (addresses.size() < 100'000) {
        state = state * 1'664'525u + 1'013'904'223u; // the same addresses each run
        const quint32 a = 1 + (state >> 24) % 222;
        if (a == 10 || a == 127 || a == 100 || a == 172 || a == 192)
            continue; // private, loopback and shared ranges have no place
        addresses
            << u"%1.%2.%3.%4"_s.arg(a).arg((state >> 16) & 0xff).arg((state >> 8) & 0xff).arg(state & 0xff);
    }
    const auto sessionsOf = [&addresses](int count, int first = 0) {
        QList<Session> sessions(count);
        for (int i = 0; i < count; ++i)
            sessions[i].origin.ip = addresses.at((first + i) % addresses.size());
        return sessions;
    };
    const auto timed = [](const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        return timer.nsecsElapsed() / 1e6;
    };
    // The first page may wait for the files to be read from disk (off the console's thread: the
    // sources fill on a worker); the next page of addresses not looked up before is the figure.
    QList<Session> firstPage = sessionsOf(100);
    const double firstPageMs = timed([&] { places->fill(firstPage); });
    QList<Session> page = sessionsOf(100, 100);
    const double pageMs = timed([&] { places->fill(page); });
    // A million sessions: each address looked up once, then kept.
    QList<Session> million = sessionsOf(1'000'000);
    const double millionMs = timed([&] { places->fill(million); });
    const double millionRawMs = timed([&] {
        for (const Session &session : std::as_const(million)) {
            const auto found = places->places()->find(session.origin.ip);
            if (places->networks())
                places->networks()->find(session.origin.ip);
            Q_UNUSED(found);
        }
    });
    int placed = 0;
    for (const Session &session : std::as_const(million))
        placed += session.origin.placeFromAddress ? 1 : 0;
    std::printf("SessionDesk benchmark: places and networks of addresses (%s%s)\n",
                qPrintable(places->places()->description()),
                places->networks() ? qPrintable(u", "_s + places->networks()->description()) : "");
    std::printf("  %-66s %-10s %12s %14s %8s\n", "figure", "budget", "value", "raw lookups", "ratio");
    std::printf("  %-66s %-10s %12s %14s %8s\n", "the first page of 100 sessions (the files read from disk)",
                "worker", qPrintable(ms(firstPageMs)), "", "");
    std::printf("  %-66s %-10s %12s %14s %8s\n", "a page of 100 sessions from new addresses", "≤ 10 ms",
                qPrintable(ms(pageMs)), "", "");
    std::printf("  %-66s %-10s %12s %14s %8s\n", "1,000,000 sessions from 100,000 addresses, kept by address",
                "≤ 1,000 ms", qPrintable(ms(millionMs)), qPrintable(ms(millionRawMs)),
                qPrintable(ratio(millionMs, millionRawMs)));
    std::printf(
        "  %d of 1,000,000 sessions placed; the rest come from addresses the database has no place for\n",
        placed);
    return 0;
}

// Log Out All Users over better-auth: every user but the administrator has two sessions, ended by
// one request per user (after listing them), with `concurrency` requests in flight.
int benchBetterAuth(const QString &info, const QString &pgInfo)
{
    qputenv("SESSIONDESK_TEST_BETTER_AUTH", info.toLocal8Bit());
    qputenv("SESSIONDESK_TEST_PG", pgInfo.toLocal8Bit());
    if (!BetterAuthApp::available())
        qFatal("no better-auth server described by %s", qPrintable(info));
    BetterAuthApp app;
    QSqlDatabase db = app.database();
    QSqlQuery query(db);
    const auto exec = [&query](const QString &sql) {
        if (!query.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    };
    exec(u"SELECT count(*) FROM \"user\""_s);
    query.next();
    const int users = query.value(0).toInt();
    QTemporaryDir journals;
    QList<QPair<int, double>> timings;
    for (const int concurrency : {8, 1}) {
        exec(u"DELETE FROM session"_s);
        exec(
            uR"(INSERT INTO session (id, "expiresAt", token, "createdAt", "updatedAt", "ipAddress", "userAgent", "userId")
                 SELECT md5(u.id || g || random()::text), now() + interval '7 days', md5(u.id || g || random()::text),
                        now(), now(), '198.51.100.' || g, 'Bench/' || g, u.id
                 FROM "user" u, generate_series(1, 2) g WHERE u.role IS DISTINCT FROM 'admin')"_s);
        auto options = RestSessionSource::fromUrl(app.sourceUrl()).value();
        options.password = BetterAuthApp::adminPassword();
        options.concurrency = concurrency;
        options.journalPath = journals.filePath(u"journal-%1.sqlite"_s.arg(concurrency));
        RestSessionSource source(options);
        if (!wait(source.signIn()).ok())
            qFatal("cannot sign in to better-auth");
        ActionContext context{source.currentOperator(), u"Benchmark"_s, {}};
        QElapsedTimer timer;
        timer.start();
        const auto result = wait(source.logoutAll(LogoutAllScope(), context));
        const double seconds = timer.elapsed() / 1000.0;
        if (!result.ok())
            qFatal("log out all failed: %s", qPrintable(result.error().text));
        if (result.value().sessionsEnded != 2 * (users - 1))
            qFatal("ended %d sessions, expected %d", result.value().sessionsEnded, 2 * (users - 1));
        timings.append({concurrency, seconds});
    }
    std::printf("SessionDesk benchmark: Log Out All Users over better-auth's admin API\n");
    std::printf("  %d users (%d sessions), one list and one revoke request per user, journal written\n",
                users, 2 * (users - 1));
    for (const auto &[concurrency, seconds] : std::as_const(timings))
        std::printf("  %d request(s) in flight: %.2f s (%.0f users/s)\n", concurrency, seconds,
                    users / seconds);
    std::printf("  bounded concurrency is %.2f× faster than one request at a time\n",
                timings.at(1).second / timings.at(0).second);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures SessionDesk against the budgets of docs/architecture.md."_s);
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The SQLite store to create or reuse."_s, u"FILE"_s,
                                         u"/tmp/sessiondesk-bench-large.sqlite"_s);
    const QCommandLineOption reuseOption(u"reuse"_s,
                                         u"Reuse the stores if they exist instead of seeding them again."_s);
    const QCommandLineOption usersOption(u"users"_s, u"SQLite: users (large: 100000)."_s, u"N"_s,
                                         u"100000"_s);
    const QCommandLineOption sessionsOption(u"sessions"_s, u"SQLite: sessions (large: 1000000)."_s, u"N"_s,
                                            u"1000000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"SQLite: login events (large: 2000000)."_s, u"N"_s,
                                          u"2000000"_s);
    const QCommandLineOption postgresOption(
        u"postgres"_s,
        u"Also measure a PostgreSQL store in the cluster that pg_cluster.sh started (its INFO file)."_s,
        u"INFO"_s);
    const QCommandLineOption scaleOption(u"postgres-scale"_s,
                                         u"PostgreSQL: large (100,000 users) or huge (1,000,000 users, "
                                         "10,000,000 sessions, 20,000,000 events)."_s,
                                         u"SCALE"_s, u"large"_s);
    const QCommandLineOption betterAuthOption(
        u"better-auth"_s,
        u"Measure Log Out All Users over the better-auth server that node_app.sh started (its INFO "
        "file; its database is in the --postgres cluster) instead."_s,
        u"INFO"_s);
    const QCommandLineOption placesOption(
        u"places"_s, u"Measure the places of addresses with the city database FILE instead."_s, u"FILE"_s);
    const QCommandLineOption djangoOption(
        u"django"_s, u"Measure a Django application's SQLite database with N sessions instead."_s, u"N"_s);
    const QCommandLineOption placesAsnOption(u"places-asn"_s, u"With --places: also the ASN database FILE."_s,
                                             u"FILE"_s);
    // Internal: the seeding run's figures, handed to the measuring run.
    QCommandLineOption seededOption(u"seeded"_s, u"(internal)"_s, u"TEXT"_s);
    seededOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({storeOption, reuseOption, usersOption, sessionsOption, eventsOption, postgresOption,
                       scaleOption, betterAuthOption, placesOption, placesAsnOption, djangoOption,
                       seededOption});
    parser.process(app);
    if (parser.isSet(djangoOption))
        return benchDjango(parser.value(djangoOption).toInt());
    if (parser.isSet(placesOption))
        return benchPlaces(parser.value(placesOption), parser.value(placesAsnOption));
    if (parser.isSet(betterAuthOption)) {
        if (!parser.isSet(postgresOption))
            qFatal("--better-auth needs --postgres INFO for the server's database");
        return benchBetterAuth(parser.value(betterAuthOption), parser.value(postgresOption));
    }
    const bool huge = parser.value(scaleOption) == u"huge";
    if (!huge && parser.value(scaleOption) != u"large")
        qFatal("--postgres-scale is large or huge");

    std::vector<std::unique_ptr<BenchStore>> stores;
    stores.push_back(std::make_unique<SqliteBenchStore>(parser.value(storeOption)));
    stores.back()->demo.users = parser.value(usersOption).toInt();
    stores.back()->demo.sessions = parser.value(sessionsOption).toInt();
    stores.back()->demo.events = parser.value(eventsOption).toInt();
    if (parser.isSet(postgresOption)) {
        stores.push_back(std::make_unique<PgBenchStore>(
            parser.value(postgresOption), huge ? u"sessiondesk_bench_huge"_s : u"sessiondesk_bench_large"_s));
        stores.back()->demo.users = huge ? 1'000'000 : 100'000;
        stores.back()->demo.sessions = huge ? 10'000'000 : 1'000'000;
        stores.back()->demo.events = huge ? 20'000'000 : 2'000'000;
    }

    // Seed what is missing, then measure in a fresh process, as a console that only opens the
    // store would run: this one holds what the bulk load allocated, which would distort memory.
    QStringList seeded;
    for (const auto &store : stores) {
        store->demo.seed = 1;
        if (parser.isSet(reuseOption) && store->exists())
            continue;
        store->remove();
        store->prepare();
        SqlSessionSource source(store->options());
        if (!wait(source.open()).ok())
            qFatal("cannot open the %s store", qPrintable(store->name()));
        QElapsedTimer timer;
        timer.start();
        const auto counts = wait(DemoFiller::fill(source, store->demo));
        if (!counts.ok())
            qFatal("seeding failed: %s", qPrintable(counts.error().text));
        seeded << u"%1|%2 s"_s.arg(store->name()).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }
    if (!seeded.isEmpty()) {
        QStringList arguments = QCoreApplication::arguments().mid(1);
        arguments << u"--reuse"_s;
        for (const QString &figure : std::as_const(seeded))
            arguments << u"--seeded"_s << figure;
        return QProcess::execute(QCoreApplication::applicationFilePath(), arguments);
    }

    // One column per store.
    QList<QString> figures, budgets;
    QList<QHash<QString, Row>> columns;
    for (const auto &store : stores) {
        QHash<QString, Row> column;
        QString seedFigure;
        for (const QString &figure : parser.values(seededOption)) {
            if (figure.section(u'|', 0, 0) == store->name())
                seedFigure = figure.section(u'|', 1);
        }
        QList<Row> rows{{u"seed the store"_s, seedFigure.isEmpty() ? u"(reused)"_s : seedFigure,
                         u"well under 60 s (large), 10 min (huge)"_s, QString(), QString()}};
        rows += measure(*store);
        rows += measureEndMatching(*store);
        store->dropCopy();
        rows += measureLogoutAll(*store);
        store->dropCopy();
        for (const Row &row : std::as_const(rows)) {
            if (!figures.contains(row.figure)) {
                figures << row.figure;
                budgets << row.budget;
            }
            column.insert(row.figure, row);
        }
        columns.append(column);
    }

    QList<QStringList> lines;
    QStringList header{u"figure"_s, u"budget"_s};
    for (const auto &store : stores)
        header << store->name() << u"raw SQL"_s << u"ratio"_s;
    lines << header;
    for (int i = 0; i < figures.size(); ++i) {
        QStringList line{figures.at(i), budgets.at(i)};
        for (const auto &column : std::as_const(columns)) {
            const Row row = column.value(figures.at(i));
            line << row.value << row.raw << row.ratio;
        }
        lines << line;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines))
        for (int i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths[i], int(line.at(i).size()));
    std::printf("SessionDesk benchmark\n");
    for (const auto &store : stores)
        std::printf("  %s: %d users, %d sessions, %d login events\n", qPrintable(store->name()),
                    store->demo.users, store->demo.sessions, store->demo.events);
    for (const QStringList &line : std::as_const(lines)) {
        QString text;
        for (int i = 0; i < line.size(); ++i)
            text +=
                (i >= 2 ? line.at(i).rightJustified(widths.at(i)) : line.at(i).leftJustified(widths.at(i))) +
                u"  "_s;
        while (text.endsWith(u' '))
            text.chop(1);
        std::printf("%s\n", qPrintable(text));
    }
    return 0;
}
