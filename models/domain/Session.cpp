#include "models/domain/Session.h"

#include "models/domain/DisplayFormat.h"
#include "models/domain/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EndReason allReasons[] = {
    EndReason::UserLogout, EndReason::GlobalLogout, EndReason::AdminLogout, EndReason::AdminLogoutAll,
    EndReason::Frozen,     EndReason::Deactivated,  EndReason::Expired};
}

QString Session::endReasonKey(EndReason reason)
{
    switch (reason) {
    case EndReason::UserLogout:
        return u"user_logout"_s;
    case EndReason::GlobalLogout:
        return u"global_logout"_s;
    case EndReason::AdminLogout:
        return u"admin_logout"_s;
    case EndReason::AdminLogoutAll:
        return u"admin_logout_all"_s;
    case EndReason::Frozen:
        return u"frozen"_s;
    case EndReason::Deactivated:
        return u"deactivated"_s;
    case EndReason::Expired:
        return u"expired"_s;
    }
    Q_UNREACHABLE();
}

std::optional<EndReason> Session::endReasonFromKey(const QString &key)
{
    return enumFromKey(allReasons, endReasonKey, key);
}

QString Session::endReasonText(EndReason reason)
{
    switch (reason) {
    case EndReason::UserLogout:
        return tr("Signed out by the user");
    case EndReason::GlobalLogout:
        return tr("Global logout");
    case EndReason::AdminLogout:
        return tr("Logged out by an administrator");
    case EndReason::AdminLogoutAll:
        return tr("Log out all users");
    case EndReason::Frozen:
        return tr("Account frozen");
    case EndReason::Deactivated:
        return tr("Account deactivated");
    case EndReason::Expired:
        return tr("Expired");
    }
    Q_UNREACHABLE();
}

QString Session::deviceSummary() const
{
    const QString device = DisplayFormat::device(origin.userAgent);
    return thisConsole ? tr("%1 · this console").arg(device) : device;
}
