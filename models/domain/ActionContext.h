#pragma once

#include "domain/Operator.h"

#include <QString>

// Who performs an admin action and why; every command of a SessionSource takes one.
struct ActionContext
{
    Operator actor;
    QString reason;
    QString ticket;
};
