#pragma once

#include "models/domain/Operator.h"

#include <QString>

// Who performs an admin action and why; every command of a SessionSource takes one.
struct ActionContext
{
    // Longer ones are refused where they are typed: a reason is a sentence or two for the audit
    // trail and its reports, a ticket a reference.
    static constexpr int maxReasonLength = 1000;
    static constexpr int maxTicketLength = 100;

    Operator actor;
    QString reason;
    QString ticket;
};
