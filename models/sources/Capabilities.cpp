#include "models/sources/Capabilities.h"

#include "models/domain/DisplayFormat.h"

const QList<Capabilities::Capability> &Capabilities::operatorCapabilities()
{
    static const QList<Capability> capabilities{Capability::LogoutUser,      Capability::EndSession,
                                                Capability::LogoutAll,       Capability::Freeze,
                                                Capability::ChangeSettings,  Capability::ResolveFlags,
                                                Capability::ManageOperators, Capability::ManageUsers,
                                                Capability::ChangeRoles,     Capability::Export};
    return capabilities;
}

Capabilities Capabilities::forRole(Role role)
{
    Capabilities capabilities;
    switch (role) {
    case Role::Administrator:
        break;
    case Role::Support:
        capabilities.deny(Capability::LogoutAll, tr("Only administrators can log out all users."));
        capabilities.deny(Capability::ChangeSettings, tr("Only administrators can change settings."));
        capabilities.deny(Capability::ManageOperators, tr("Only administrators can manage operators."));
        capabilities.deny(Capability::ManageUsers,
                          tr("Only administrators can add, deactivate or remove users."));
        capabilities.deny(Capability::ChangeRoles, tr("Only administrators can change users' roles."));
        break;
    case Role::Auditor:
        for (auto capability : operatorCapabilities()) {
            if (capability != Capability::Export)
                capabilities.deny(capability, tr("Auditors have read-only access."));
        }
        break;
    }
    return capabilities;
}

Capabilities Capabilities::forOperator(const Operator &op)
{
    if (op.role)
        return forRole(*op.role);
    return none(tr("The account %1 is not an operator of this store, so it can only look. "
                   "An administrator can add it (sessiondesk-cli operators set %1 --role …).")
                    .arg(op.osAccount));
}

Capabilities Capabilities::none(const QString &reason)
{
    Capabilities capabilities;
    for (auto capability : operatorCapabilities())
        capabilities.deny(capability, reason);
    return capabilities;
}

QString Capabilities::tokensAfterLogout(const QDateTime &at) const
{
    if (!has(Capability::RevokeTokens))
        return reason(Capability::RevokeTokens);
    return at.isValid() ? tr("Access tokens issued before %1 are rejected.").arg(DisplayFormat::exactTime(at))
                        : tr("Access tokens issued to them before now are rejected as well.");
}

QString Capabilities::flagsAfterUnfreeze() const
{
    return has(Capability::ResolveFlags) ? tr("Their flags are open again until resolved.") : QString();
}
