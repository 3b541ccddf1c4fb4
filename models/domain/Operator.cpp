#include "domain/Operator.h"

#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

Operator Operator::fromEnvironment()
{
    Operator op;
    op.osAccount = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", u"unknown"_s));
    op.host = QSysInfo::machineHostName();
    op.id = op.osAccount;
    return op;
}

QString Operator::roleText(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("administrator");
    case Role::Support:
        return tr("support");
    case Role::Auditor:
        return tr("auditor");
    }
    Q_UNREACHABLE();
}
