#pragma once

#include "models/demo/DemoOptions.h"
#include "models/demo/DemoSink.h"

#include <QRandomGenerator>

// Makes realistic, deterministic demo data: people from several continents with matching names,
// emails and home cities (real coordinates), roles and statuses, one to six devices each (desktop
// and mobile user agents), sessions over the last 30 days (active, signed out, expired, ended by a
// freeze or deactivation), and login events with failures, failure bursts, travel and a few
// impossible-travel pairs. Streams into a DemoSink; memory stays flat at any scale.
class DemoGenerator final
{
public:
    explicit DemoGenerator(const DemoOptions &options);

    // Returns false when the sink stopped it.
    bool generate(DemoSink &sink);

private:
    QList<int> distribute(int total, const QList<int> &weights);

    DemoOptions m_options;
    QRandomGenerator m_random;
};
