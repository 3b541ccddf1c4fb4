#pragma once

#include "models/sources/SourceError.h"
#include "models/sources/sql/SqlSessionSource.h"

#include <QCoreApplication>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

class SqlWorker;

// Plays the application for a live demo: at a human pace it signs users in and out, records
// activity and failed sign-ins, and now and then something suspicious (a burst of failures, a
// sign-in from the other side of the world minutes after the last one). It writes to the store
// the way an application would, plain SQL on a connection of its own, on its own thread: to a
// SQLite file, or to PostgreSQL as a login that may write users, sessions and login_events (the
// application's role or the store's owner; an operator's login may not).
class ActivitySimulator final : public QObject
{
    Q_OBJECT

public:
    ActivitySimulator(const SqlSessionSource::Options &store, quint64 seed, QObject *parent = nullptr);
    ~ActivitySimulator() override;

    void start(int intervalMs = 900);
    void stop();

Q_SIGNALS:
    // One sentence on what the "application" just did.
    void acted(const QString &description);
    void failed(const SourceError &error);

private:
    void tick();

    SqlSessionSource::Options m_store;
    SqlWorker *m_worker = nullptr;
    QTimer m_timer;
    QRandomGenerator m_random;
    bool m_busy = false;
};
