#include "models/domain/Operator.h"

#include "models/domain/EnumKeys.h"

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

bool Operator::accountExists(const QString &osAccount)
{
    const QByteArray name = osAccount.toLocal8Bit();
    passwd entry{};
    passwd *found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    return getpwnam_r(name.constData(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found;
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

QString Operator::roleKey(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u"administrator"_s;
    case Role::Support:
        return u"support"_s;
    case Role::Auditor:
        return u"auditor"_s;
    }
    Q_UNREACHABLE();
}

std::optional<Role> Operator::roleFromKey(const QString &key)
{
    static constexpr Role roles[] = {Role::Administrator, Role::Support, Role::Auditor};
    return enumFromKey(roles, roleKey, key);
}

QString Operator::roleDescription() const
{
    return role ? roleText(*role) : tr("not an operator of this store");
}
