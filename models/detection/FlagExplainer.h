#pragma once

#include "models/domain/Flag.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A flag explained in the operator's language, from its rule and evidence alone: the one line
// that says why the account was flagged, and the evidence as labelled lines. Detection stores
// its line with the flag for other readers of the store; SessionDesk shows what this says.
class FlagExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(FlagExplainer)

public:
    // Places, numbers and the threshold in one line. Empty when the evidence lacks what the
    // rule needs (a flag written by another tool).
    static QString explanation(Flag::Rule rule, const QJsonObject &evidence);
    // "Label: value" lines; fields this version does not know are listed as they are.
    static QString evidenceText(Flag::Rule rule, const QJsonObject &evidence);

private:
    // explanation() without saying where the places came from.
    static QString ruleLine(Flag::Rule rule, const QJsonObject &evidence);
};
