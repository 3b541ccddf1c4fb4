#include "sources/Capabilities.h"

Capabilities Capabilities::forRole(Role role)
{
    Capabilities capabilities;
    switch (role) {
    case Role::Administrator:
        break;
    case Role::Support:
        capabilities.deny(Capability::LogoutAll, tr("Only administrators can log out all users."));
        capabilities.deny(Capability::ChangeSettings, tr("Only administrators can change settings."));
        break;
    case Role::Auditor:
        for (auto capability : {Capability::LogoutUser, Capability::EndSession, Capability::LogoutAll,
                                Capability::Freeze, Capability::ChangeSettings, Capability::ResolveFlags})
            capabilities.deny(capability, tr("Auditors have read-only access."));
        break;
    }
    return capabilities;
}
