// sessiondesk-bench: the figures of DESIGN.md section 7 for the SQLite store at the "large" scale,
// each beside its budget and, for queries, the same SQL run directly in the same process and run
// (the raw reference). Prints one table. It measures; it does not pass or fail.
//
//   sessiondesk-bench [--store FILE] [--reuse] [--users N --sessions N --events N]

#include "detection/FlagDetector.h"
#include "itemmodels/SessionTableModel.h"
#include "itemmodels/UserTableModel.h"
#include "sources/Futures.h"
#include "sources/sql/SqlFlags.h"
#include "sources/sql/SqlRows.h"
#include "sources/sql/SqlSessionSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures SessionDesk against the budgets of DESIGN.md section 7."_s);
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The store to create or reuse."_s, u"FILE"_s,
                                         u"/tmp/sessiondesk-bench-large.sqlite"_s);
    const QCommandLineOption reuseOption(u"reuse"_s,
                                         u"Reuse the store if it exists instead of seeding it again."_s);
    const QCommandLineOption usersOption(u"users"_s, u"Users (large: 100000)."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption sessionsOption(u"sessions"_s, u"Sessions (large: 1000000)."_s, u"N"_s,
                                            u"1000000"_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Login events (large: 2000000)."_s, u"N"_s,
                                          u"2000000"_s);
    // Internal: the seeding run's figure, handed to the measuring run.
    QCommandLineOption seededOption(u"seeded"_s, u"(internal)"_s, u"TEXT"_s);
    seededOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({storeOption, reuseOption, usersOption, sessionsOption, eventsOption, seededOption});
    parser.process(app);
    const QString path = parser.value(storeOption);

    QList<Row> table;
    DemoOptions demo;
    demo.users = parser.value(usersOption).toInt();
    demo.sessions = parser.value(sessionsOption).toInt();
    demo.events = parser.value(eventsOption).toInt();
    demo.seed = 1;

    SqlSessionSource::Options options;
    options.path = path;
    options.createIfMissing = true;
    options.pollIntervalMs = 0;
    const bool seed = !(parser.isSet(reuseOption) && QFile::exists(path));
    if (seed) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
    }
    SqlSessionSource source(options);
    auto wait = [](const auto &future) {
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return future.result();
    };
    if (!wait(source.open()).ok())
        qFatal("cannot open %s", qPrintable(path));
    if (seed) {
        QElapsedTimer timer;
        timer.start();
        const auto counts = wait(source.generateDemo(demo));
        if (!counts.ok())
            qFatal("seeding failed: %s", qPrintable(counts.error().text));
        // Measure in a fresh process, as a console that only opens the store would run: this one
        // holds what the bulk load allocated, which would distort the memory figure.
        const QString figure = u"%1 users, %2 sessions, %3 events in %4 s"_s.arg(counts.value().users)
                                   .arg(counts.value().sessions)
                                   .arg(counts.value().events)
                                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
        return QProcess::execute(QCoreApplication::applicationFilePath(),
                                 {u"--store"_s, path, u"--reuse"_s, u"--seeded"_s, figure});
    }
    if (parser.isSet(seededOption)) {
        const QString figure = parser.value(seededOption);
        table.append({u"seed store: "_s + figure.section(u" in "_s, 0, 0), figure.section(u" in "_s, 1),
                      u"well under 60 s"_s, QString(), QString()});
    }

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-raw"_s);
    raw.setDatabaseName(path);
    raw.open();
    auto rawScalar = [&raw](const QString &sql) {
        QSqlQuery query(raw);
        query.exec(sql);
        query.next();
        return query.value(0);
    };
    const QVariant now = QDateTime::currentMSecsSinceEpoch();

    // The users the console lists (removed ones are not), as its own queries say: pages exclude
    // them, counts subtract them.
    const QString listed = u"WHERE u.removed_at IS NULL"_s;
    const auto countListed = [](const QString &matching) {
        return u"SELECT (SELECT count(*) FROM users u WHERE %1) - (SELECT count(*) FROM users u WHERE "
               "u.removed_at IS NOT NULL AND %1)"_s.arg(matching);
    };

    // First page of users through the item model, against its SQL run directly.
    UserTableModel users(&source);
    QList<double> modelTimes;
    for (int run = 0; run < runs; ++run)
        modelTimes.append(timeSignal(&users, &PagedModelBase::pageLoaded, [&] { users.reload(); }));
    const double firstPage = median(modelTimes);
    const double firstPageRaw =
        rawMs(raw,
              {userSelect.arg(u"u.display_name COLLATE NOCASE"_s, listed, u"ASC"_s, u"u.id"_s),
               countListed(u"1"_s)},
              {{}, {}});
    table.append({u"first page of users (item model, 100 rows + total)"_s, ms(firstPage),
                  u"≤ 50 ms, ≤ 1.5× raw"_s, ms(firstPageRaw),
                  u"%1×"_s.arg(firstPage / firstPageRaw, 0, 'f', 2)});

    // A deep page: the page after row 50,000, by keyset.
    {
        const int depth = qMin(50'000, demo.users - 1);
        QSqlQuery query(raw);
        query.exec(
            u"SELECT display_name, id FROM users ORDER BY display_name COLLATE NOCASE, id LIMIT 1 OFFSET %1"_s
                .arg(depth));
        query.next();
        const QVariantList cursor{query.value(0), query.value(1)};
        UserQuery deep;
        deep.cursor = cursor;
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            times.append(timeUntil([&](const std::function<void()> &done) {
                Futures::onResult(source.users(deep), &app, [done](const Result<Page<User>> &) { done(); });
            }));
        }
        const double rawDeep =
            rawMs(raw,
                  {userSelect.arg(u"u.display_name COLLATE NOCASE"_s,
                                  listed + u" AND u.display_name COLLATE NOCASE >= ? AND "
                                           "(u.display_name COLLATE NOCASE > ? OR u.id > ?)"_s,
                                  u"ASC"_s, u"u.id"_s)},
                  {{cursor.at(0), cursor.at(0), cursor.at(1)}});
        table.append({u"deep page (after row %1, keyset)"_s.arg(depth), ms(median(times)), u"≤ 50 ms"_s,
                      ms(rawDeep), u"%1×"_s.arg(median(times) / rawDeep, 0, 'f', 2)});
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
        const double rawSort = rawMs(
            raw,
            {userSelect.arg(u"s.last_seen_at"_s, listed, u"DESC"_s, u"s.user_id"_s), countListed(u"1"_s)},
            {{}, {}});
        table.append({u"sort users by last activity"_s, ms(median(times)), u"≤ 150 ms"_s, ms(rawSort),
                      u"%1×"_s.arg(median(times) / rawSort, 0, 'f', 2)});
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
        const QString matching = u"(u.email LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\')"_s;
        const QVariantList args{u"%garcia%"_s, u"%garcia%"_s};
        const double rawFilter = rawMs(raw,
                                       {userSelect.arg(u"u.display_name COLLATE NOCASE"_s,
                                                       listed + u" AND "_s + matching, u"ASC"_s, u"u.id"_s),
                                        countListed(matching)},
                                       {args, args + args});
        table.append({u"filter users by email substring \"%1\""_s.arg(text), ms(median(times)), u"≤ 150 ms"_s,
                      ms(rawFilter), u"%1×"_s.arg(median(times) / rawFilter, 0, 'f', 2)});
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
        table.append({u"one user's sessions (%1 active)"_s.arg(sessions.totalCount()), ms(median(times)),
                      u"≤ 10 ms"_s, ms(rawSessions), u"%1×"_s.arg(median(times) / rawSessions, 0, 'f', 2)});
    }

    // Scroll the Users model to the end, page by page as a view would, and measure memory.
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
        while (scrolled.canFetchMore({}))
            timeSignal(&scrolled, &PagedModelBase::pageLoaded, [&] { scrolled.fetchMore({}); });
        const double seconds = timer.elapsed() / 1000.0;
        // A change elsewhere while everything is loaded: the model asks for all loaded rows again
        // and applies the difference on the GUI thread.
        QElapsedTimer applying;
        QList<double> refreshTimes, applyTimes;
        QObject::connect(&scrolled, &PagedModelBase::loadingChanged, &scrolled, [&](bool loading) {
            if (!loading)
                applying.start();
        });
        for (int run = 0; run < 3; ++run) {
            QSqlQuery(raw).exec(u"UPDATE sessions SET last_seen_at = last_seen_at + 1 WHERE id = "
                                "(SELECT id FROM sessions WHERE ended_at IS NULL LIMIT 1)"_s);
            refreshTimes.append(
                timeSignal(&scrolled, &PagedModelBase::pageLoaded, [&] { scrolled.refresh(); }));
            applyTimes.append(applying.nsecsElapsed() / 1e6);
        }
        const qint64 peak = procStatusKb("VmHWM:");
        table.append({u"scroll the Users model to the end (%1 rows, %2 pages)"_s.arg(scrolled.rowCount())
                          .arg((scrolled.rowCount() + 99) / 100),
                      u"%1 s"_s.arg(seconds, 0, 'f', 2), QString(), QString(), QString()});
        table.append({u"refresh after a change, all rows loaded (worker + GUI thread)"_s,
                      ms(median(refreshTimes)), QString(), QString(), QString()});
        table.append({u"  of which applying the difference on the GUI thread"_s, ms(median(applyTimes)),
                      u"≤ 50 ms stall"_s, QString(), QString()});
        table.append({u"peak RSS: Users model scrolled to the end, then refreshed"_s,
                      u"%1 MB"_s.arg(peak / 1024.0, 0, 'f', 1), u"≤ 150 MB"_s, QString(), QString()});
        table.append({u"  of which rows held by the model"_s,
                      u"%1 MB"_s.arg((procStatusKb("VmRSS:") - before) / 1024.0, 0, 'f', 1), QString(),
                      QString(), QString()});
    }

    // Flag detection over every login event: the rules alone, timed while the events stream by
    // user (reading is measured separately below, as part of a full scan).
    {
        QSqlQuery events(raw);
        events.setForwardOnly(true);
        events.exec(u"SELECT "_s + SqlRows::loginEventColumns() +
                    u" FROM login_events ORDER BY user_id, at, id"_s);
        QSqlQuery active(raw);
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
        table.append(
            {u"flag detection over all %1 login events (rules only; %2 findings)"_s.arg(count).arg(findings),
             u"%1 M/s"_s.arg(count / (detectNs / 1e9) / 1e6, 0, 'f', 1), u"≥ 2 M events/s"_s, QString(),
             QString()});
        QElapsedTimer timer;
        timer.start();
        const auto scan = wait(source.scanFlags(true));
        table.append({u"full detection scan through the store (read, detect, write %1 flags)"_s.arg(
                          scan.ok() ? scan.value().flagsRaised + scan.value().flagsUpdated : -1),
                      u"%1 s"_s.arg(timer.elapsed() / 1000.0, 0, 'f', 2), QString(), QString(), QString()});
    }

    // Log out all users, on a copy of the store (it ends every session), with its audit entry,
    // while a timer measures how long the event loop (the GUI thread in the app) is kept waiting.
    {
        QSqlQuery(raw).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QString copy = path + u".logout-all"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(copy + suffix);
        QFile::copy(path, copy); // safe here: no other process has the store open
        SqlSessionSource::Options copyOptions = options;
        copyOptions.path = copy;
        copyOptions.createIfMissing = false;
        SqlSessionSource target(copyOptions);
        wait(target.open());
        UserTableModel shown(&target);
        timeSignal(&shown, &PagedModelBase::pageLoaded, [&] { shown.reload(); });
        QElapsedTimer gap;
        qint64 longestGapMs = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &ticker,
                         [&] { longestGapMs = qMax(longestGapMs, gap.restart()); });
        const ActionContext context{Operator::fromEnvironment(), u"Benchmark"_s, QString()};
        QElapsedTimer timer;
        qint64 ended = 0;
        const double ms = timeUntil([&](const std::function<void()> &done) {
            gap.start();
            ticker.start(10);
            timer.start();
            Futures::onResult(target.logoutAll(LogoutAllScope(), context), &app,
                              [&, done](const Result<ActionResult> &result) {
                                  ended = result.ok() ? result.value().sessionsEnded : -1;
                                  done();
                              });
        });
        // The refresh that follows, as a page would see it.
        timeSignal(&shown, &PagedModelBase::pageLoaded, [&] { shown.refresh(); });
        ticker.stop();
        table.append({u"log out all users (%1 sessions, with audit)"_s.arg(ended),
                      u"%1 s"_s.arg(ms / 1000, 0, 'f', 2), u"≤ 3 s"_s, QString(), QString()});
        table.append({u"  longest event-loop stall meanwhile (10 ms timer)"_s, u"%1 ms"_s.arg(longestGapMs),
                      u"≤ 50 ms"_s, QString(), QString()});
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(copy + suffix);
    }

    // One table.
    QList<int> widths{6, 5, 6, 13, 5};
    for (const Row &row : std::as_const(table)) {
        widths[0] = qMax(widths[0], int(row.figure.size()));
        widths[1] = qMax(widths[1], int(row.value.size()));
        widths[2] = qMax(widths[2], int(row.budget.size()));
        widths[3] = qMax(widths[3], int(row.raw.size()));
        widths[4] = qMax(widths[4], int(row.ratio.size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += (i == 1 || i >= 3 ? cells.at(i).rightJustified(widths.at(i))
                                      : cells.at(i).leftJustified(widths.at(i))) +
                    u"  "_s;
        std::printf("%s\n", qPrintable(text.trimmed()));
    };
    std::printf("SessionDesk benchmark, SQLite store %s (%s)\n", qPrintable(path),
                parser.isSet(seededOption) ? "seeded in this run" : "reused");
    line({u"figure"_s, u"value"_s, u"budget"_s, u"raw SQL (same run)"_s, u"ratio"_s});
    for (const Row &row : std::as_const(table))
        line({row.figure, row.value, row.budget, row.raw, row.ratio});
    return 0;
}
