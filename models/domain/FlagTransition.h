#pragma once

#include "models/domain/Flag.h"

#include <QDateTime>
#include <QString>

// One change of a flag's status: who, when, from what to what, and why.
struct FlagTransition
{
    QDateTime at;
    QString operatorId;
    Flag::Status from = Flag::Status::Open;
    Flag::Status to = Flag::Status::Open;
    QString note;

    bool operator==(const FlagTransition &) const = default;
};
