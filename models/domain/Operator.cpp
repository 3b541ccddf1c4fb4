#include "domain/Operator.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Operator Operator::fromEnvironment()
{
    Operator op;
    // The account the process runs as, not $USER, which anyone can set.
    if (const passwd *account = getpwuid(geteuid()))
        op.osAccount = QString::fromLocal8Bit(account->pw_name);
    else
        op.osAccount = u"uid-%1"_s.arg(geteuid());
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
