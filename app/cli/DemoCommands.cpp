#include "DemoCommands.h"

#include "models/demo/ActivitySimulator.h"
#include "models/demo/DemoFiller.h"
#include "models/domain/DisplayFormat.h"
#include "models/sources/sql/SqlSessionSource.h"

#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int DemoCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == u"create")
        return demoCreate(arguments);
    return demoSimulate(arguments); // simulate: CommandLine passes only the commands its table lists
}

SqlSessionSource *DemoCommands::sessionDeskStore(const QString &command, int *exitCode)
{
    if (!m_store)
        *exitCode = report(
            {SourceError::Code::Unsupported,
             tr("'%1' works on SessionDesk stores only, not on %2.").arg(command, m_source->description()),
             {}});
    return m_store;
}

int DemoCommands::demoCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption usersOption(u"users"_s, tr("Number of users (default 1000)."), u"N"_s,
                                         u"1000"_s);
    const QCommandLineOption sessionsOption(
        u"sessions"_s, tr("Number of sessions, ended ones included (default 4000)."), u"N"_s, u"4000"_s);
    const QCommandLineOption eventsOption(u"events"_s, tr("Number of login events (default 12000)."), u"N"_s,
                                          u"12000"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, tr("Random seed; the same seed gives the same data (default 1)."), u"S"_s, u"1"_s);
    parser.addOptions({usersOption, sessionsOption, eventsOption, seedOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"demo create"_s, arguments, &exitCode))
        return exitCode;

    // At most the benchmark's huge scale: a typing mistake must not fill the disk for an hour.
    const auto users = wholeNumber(parser, usersOption, 0, 1'000'000);
    const auto sessions = users ? wholeNumber(parser, sessionsOption, 0, 10'000'000) : std::nullopt;
    const auto events = sessions ? wholeNumber(parser, eventsOption, 0, 20'000'000) : std::nullopt;
    if (!events)
        return UsageError;
    DemoOptions demo;
    demo.users = *users;
    demo.sessions = *sessions;
    demo.events = *events;
    bool seeded = false;
    demo.seed = parser.value(seedOption).toULongLong(&seeded);
    if (!seeded)
        return usage(
            tr("--seed takes a whole number of zero or more, not '%1'.").arg(parser.value(seedOption)));
    if (demo.users == 0 && demo.sessions > 0)
        return usage(tr("Sessions need users: give --users N greater than zero."));

    if (!openStore(true, &exitCode))
        return exitCode;
    SqlSessionSource *demoStore = sessionDeskStore(u"demo create"_s, &exitCode);
    if (!demoStore)
        return exitCode;
    const auto created = wait(DemoFiller::fill(*demoStore, demo));
    if (!created.ok())
        return report(created.error());
    const auto &counts = created.value();
    // As the console does with a new demo store: its suspicious sign-ins are flagged at once, when
    // this login may run detection (the database's owner without a store role may not).
    const bool detects = m_source->capabilities().has(Capabilities::Capability::ResolveFlags);
    ScanResult scan;
    if (detects) {
        const auto scanned = wait(m_source->scanFlags(true));
        if (!scanned.ok())
            return report(scanned.error());
        scan = scanned.value();
    }
    const QString store = m_connectUrl.isEmpty() ? m_storePath : m_connectUrl;
    if (m_json) {
        print(json({{u"store"_s, store},
                    {u"users"_s, counts.users},
                    {u"sessions"_s, counts.sessions},
                    {u"events"_s, counts.events},
                    {u"flags"_s, detects ? QJsonValue(scan.flagsRaised) : QJsonValue()},
                    {u"seed"_s, QString::number(demo.seed)}}));
    } else if (detects) {
        print(tr("Created demo store %1: %2, %3, %4 (seed %5); %Ln flag(s) raised.\n", nullptr,
                 scan.flagsRaised)
                  .arg(store, DisplayFormat::users(counts.users), DisplayFormat::sessions(counts.sessions),
                       DisplayFormat::loginEvents(counts.events))
                  .arg(demo.seed));
    } else {
        print(tr("Created demo store %1: %2, %3, %4 (seed %5). Flags are raised when an administrator's or "
                 "support's console opens the store, or by their flags scan.\n")
                  .arg(store, DisplayFormat::users(counts.users), DisplayFormat::sessions(counts.sessions),
                       DisplayFormat::loginEvents(counts.events))
                  .arg(demo.seed));
    }
    return Success;
}

int DemoCommands::demoSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(u"seconds"_s, tr("How long to play (default 60)."), u"N"_s,
                                           u"60"_s);
    const QCommandLineOption intervalOption(u"interval"_s, tr("Milliseconds between moves (default 900)."),
                                            u"MS"_s, u"900"_s);
    const QCommandLineOption seedOption(u"seed"_s, tr("Random seed (default: from the clock)."), u"S"_s);
    parser.addOptions({secondsOption, intervalOption, seedOption});
    int exitCode = Success;
    if (!parseCommand(parser, u"demo simulate"_s, arguments, &exitCode))
        return exitCode;
    bool ok[2] = {};
    const int seconds = parser.value(secondsOption).toInt(&ok[0]);
    const int interval = parser.value(intervalOption).toInt(&ok[1]);
    if (!ok[0] || !ok[1] || seconds <= 0 || interval <= 0)
        return usage(tr("--seconds and --interval take whole numbers greater than zero."));
    // The store must be a SessionDesk store; the simulator then writes like an application, on a
    // connection of its own (on PostgreSQL as this login, which must be allowed to).
    if (!openStore(false, &exitCode))
        return exitCode;
    if (!m_store)
        return usage(tr("demo simulate plays the application on a SessionDesk store only."));
    const SqlSessionSource::Options store = m_store->options();
    m_store = nullptr;
    m_source.reset();

    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    ActivitySimulator simulator(store, seed);
    QEventLoop loop;
    QObject::connect(&simulator, &ActivitySimulator::acted, &loop,
                     [this](const QString &text) { print(text + u'\n'); });
    QObject::connect(&simulator, &ActivitySimulator::failed, &loop, [&](const SourceError &error) {
        exitCode = report(error);
        loop.quit();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    simulator.start(interval);
    loop.exec();
    simulator.stop();
    return exitCode;
}
