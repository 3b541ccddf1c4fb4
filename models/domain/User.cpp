#include "models/domain/User.h"

#include "models/domain/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

QString User::statusKey(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return u"active"_s;
    case UserStatus::Frozen:
        return u"frozen"_s;
    case UserStatus::Deactivated:
        return u"deactivated"_s;
    }
    Q_UNREACHABLE();
}

std::optional<UserStatus> User::statusFromKey(const QString &key)
{
    static constexpr UserStatus statuses[] = {UserStatus::Active, UserStatus::Frozen,
                                              UserStatus::Deactivated};
    return enumFromKey(statuses, statusKey, key);
}

QString User::statusText(UserStatus status)
{
    switch (status) {
    case UserStatus::Active:
        return tr("Active");
    case UserStatus::Frozen:
        return tr("Frozen");
    case UserStatus::Deactivated:
        return tr("Deactivated");
    }
    Q_UNREACHABLE();
}
