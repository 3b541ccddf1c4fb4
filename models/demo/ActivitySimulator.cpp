#include "models/demo/ActivitySimulator.h"

#include "models/demo/DemoPlaces.h"
#include "models/sources/Futures.h"
#include "models/sources/Result.h"
#include "models/storage/Sql.h"
#include "models/storage/SqlWorker.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Move {
    SignIn,
    SignOut,
    Activity,
    FailedSignIn,
    FailureBurst,
    ImpossibleTravel,
};

struct Step
{
    Move move = Move::SignIn;
    quint32 pick = 0;   // which user or session
    quint32 place = 0;  // which city, for sign-ins from elsewhere
    quint32 detail = 0; // address bytes, ids
};

QString describe(const QString &who, Move move, const QString &where)
{
    switch (move) {
    case Move::SignIn:
        return ActivitySimulator::tr("%1 signed in from %2.").arg(who, where);
    case Move::SignOut:
        return ActivitySimulator::tr("%1 signed out.").arg(who);
    case Move::Activity:
        return ActivitySimulator::tr("%1 is active.").arg(who);
    case Move::FailedSignIn:
        return ActivitySimulator::tr("%1 mistyped their password.").arg(who);
    case Move::FailureBurst:
        return ActivitySimulator::tr("Someone is guessing the password of %1 from %2.").arg(who, where);
    case Move::ImpossibleTravel:
        return ActivitySimulator::tr("%1 signed in from %2, far from their last sign-in.").arg(who, where);
    }
    Q_UNREACHABLE();
}

// One move of the application on its own connection. Returns what happened in one sentence.
Result<QString> play(QSqlDatabase &db, const Step &step)
{
    QSqlQuery query(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cities = DemoPlaces::cities();
    // A random active user with their latest session (device and place), if any: the first id
    // from a random one on (the demo's ids are random hex), else the first of all.
    const QString select =
        u"SELECT u.id, u.display_name, s.id, s.device_id, s.user_agent, s.city, s.country, s.latitude, "
        "s.longitude FROM users u LEFT JOIN sessions s ON s.id = (SELECT id FROM sessions WHERE user_id = "
        "u.id ORDER BY last_seen_at DESC LIMIT 1) WHERE u.status = 'active' AND u.id >= ? ORDER BY u.id "
        "LIMIT 1"_s;
    for (const QString &from : {u"usr_%1"_s.arg(step.pick, 8, 16, QChar(u'0')), u""_s}) {
        if (auto error = Sql::exec(query, select, {from}))
            return *error;
        if (query.next())
            break;
    }
    if (!query.isValid())
        return QString();
    const QString userId = query.value(0).toString();
    const QString who = query.value(1).toString();
    const QString lastSession = query.value(2).toString();
    const QString device = query.value(3).toString().isEmpty() ? u"dev_sim%1"_s.arg(step.detail % 1000)
                                                               : query.value(3).toString();
    const QString agent = query.value(4).toString();
    const DemoPlaces::City &away = cities[step.place % cities.size()];
    const bool elsewhere = step.move == Move::ImpossibleTravel || query.value(5).isNull();
    const QString city = elsewhere ? QString::fromUtf16(away.name) : query.value(5).toString();
    const QString country = elsewhere ? QString::fromUtf16(away.country) : query.value(6).toString();
    const QVariant latitude = elsewhere ? QVariant(away.latitude) : query.value(7);
    const QVariant longitude = elsewhere ? QVariant(away.longitude) : query.value(8);
    const QString ip = u"%1.%2.%3"_s.arg(QString::fromUtf16(away.ipPrefix))
                           .arg(step.detail % 250 + 1)
                           .arg(step.detail / 250 % 250 + 1);

    switch (step.move) {
    case Move::SignIn:
    case Move::ImpossibleTravel: {
        const QString session = u"ses_sim%1%2"_s.arg(now.toMSecsSinceEpoch(), 0, 36).arg(step.detail, 0, 36);
        if (auto error =
                Sql::exec(query,
                          u"INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, "
                          "user_agent, device_id, country, city, latitude, longitude) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {session, userId, Sql::time(now), Sql::time(now), Sql::time(now.addDays(14)), ip,
                           agent, device, country, city, latitude, longitude}))
            return *error;
        if (auto error =
                Sql::exec(query,
                          u"INSERT INTO login_events (user_id, at, success, session_id, ip, user_agent, "
                          "device_id, country, city, latitude, longitude) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {userId, Sql::time(now), true, session, ip, agent, device, country, city, latitude,
                           longitude}))
            return *error;
        return describe(who, step.move, city);
    }
    case Move::SignOut:
        if (lastSession.isEmpty())
            return QString();
        if (auto error = Sql::exec(query,
                                   u"UPDATE sessions SET ended_at = ?, end_reason = 'user_logout' "
                                   "WHERE id = ? AND ended_at IS NULL"_s,
                                   {Sql::time(now), lastSession}))
            return *error;
        return query.numRowsAffected() > 0 ? describe(who, step.move, city) : QString();
    case Move::Activity:
        if (auto error =
                Sql::exec(query, u"UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL"_s,
                          {Sql::time(now), lastSession}))
            return *error;
        return query.numRowsAffected() > 0 ? describe(who, step.move, city) : QString();
    case Move::FailedSignIn:
    case Move::FailureBurst:
        for (int i = 0; i < (step.move == Move::FailureBurst ? 12 : 1); ++i) {
            if (auto error =
                    Sql::exec(query,
                              u"INSERT INTO login_events (user_id, at, success, ip, country, city) "
                              "VALUES (?, ?, ?, ?, ?, ?)"_s,
                              {userId, Sql::time(now.addSecs(-20 * (11 - i))), false, ip, country, city}))
                return *error;
        }
        return describe(who, step.move, step.move == Move::FailureBurst ? ip : city);
    }
    Q_UNREACHABLE();
}

} // namespace

ActivitySimulator::ActivitySimulator(const SqlSessionSource::Options &store, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new SqlWorker(u"sessiondesk-simulator"_s, this))
    , m_random(quint32(seed ^ (seed >> 32)))
{
    m_store.busyTimeoutMs = 5000; // an application waits for the console's writes
    connect(&m_timer, &QTimer::timeout, this, &ActivitySimulator::tick);
}

ActivitySimulator::~ActivitySimulator() = default;

void ActivitySimulator::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ActivitySimulator::stop()
{
    m_timer.stop();
}

void ActivitySimulator::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    // Mostly ordinary life, sometimes trouble.
    const double draw = m_random.generateDouble();
    Step step;
    step.move = draw < 0.40   ? Move::SignIn
                : draw < 0.65 ? Move::SignOut
                : draw < 0.85 ? Move::Activity
                : draw < 0.94 ? Move::FailedSignIn
                : draw < 0.97 ? Move::FailureBurst
                              : Move::ImpossibleTravel;
    step.pick = m_random.generate();
    step.place = m_random.generate();
    step.detail = m_random.generate();
    auto future = m_worker->run([store = m_store, step](QSqlDatabase &db) -> Result<QString> {
        if (!db.isOpen()) {
            if (auto error = SqlSessionSource::openConnection(db, u"sessiondesk-simulator"_s, store))
                return *error;
        }
        return play(db, step);
    });
    Futures::onResult(future, this, [this](const Result<QString> &result) {
        m_busy = false;
        if (!result.ok())
            Q_EMIT failed(result.error());
        else if (!result.value().isEmpty())
            Q_EMIT acted(result.value());
    });
}
