#pragma once

#include "models/domain/Operator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// What this source, for this operator, can do. The UI disables what is missing and shows
// reason() in a tooltip; the CLI refuses with exit code 4 and the same sentence.
class Capabilities final
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    enum class Capability {
        LogoutUser,      // end all of a user's sessions
        EndSession,      // end one session
        LogoutAll,       // log out every user
        Freeze,          // freeze and unfreeze accounts
        ChangeSettings,  // the account-level settings
        ResolveFlags,    // scan, resolve and dismiss flags
        ManageOperators, // add operators, change their roles, remove them
        ManageUsers,     // add, deactivate, reactivate and remove users
        ChangeRoles,     // change a user's application role
        Export,          // export the audit trail or the sign-ins (an audited action itself)
        RevokeTokens,    // reject access tokens issued before a logout
        LiveUpdates,     // the source tells about changes made elsewhere
        PlanLogouts,     // log out all users at a later time, announced until then
        Locations,       // the source records where sessions come from (country, city)
        Devices,         // the source records each session's user agent (its device)
        Addresses,       // the source records each session's IP address
        Roles,           // the source's users have application roles
        TimedFreeze,     // a freeze can end by itself at a set time
        SignIns,         // the source records each sign-in attempt, failed ones too (sign-in history)
        SearchSessions,  // the active sessions of all users, searched and ended by filter
        UserFlags,       // the users list shows, sorts and filters by each user's open flags
        Networks,        // each session's address is named with the network that owns it (its ASN)
        SearchPlaces,    // sessions and sign-ins can be searched by country
        LastLocations,   // the users list shows, sorts and filters by where each user was last active
        SessionStarts,   // the source records when each session started
        SessionActivity, // the source records each session's last activity
        UserActivity,    // the source records when each user was last active
    };

    // What a role may do (docs/store-contract.md, "What each role may do").
    static Capabilities forRole(Role role);
    // What this operator may do: their role's capabilities, or none for an account that is not
    // an operator of the store.
    static Capabilities forOperator(const Operator &op);
    // None of the operator capabilities, each refused with reason (an account that is not an operator).
    static Capabilities none(const QString &reason);
    // The capabilities an operator's role grants or withholds (not those of the source).
    static const QList<Capability> &operatorCapabilities();

    void deny(Capability capability, const QString &reason) { m_denied.insert(capability, reason); }
    void allow(Capability capability) { m_denied.remove(capability); }
    bool has(Capability capability) const { return !m_denied.contains(capability); }
    // Why the capability is missing; empty when it is there.
    QString reason(Capability capability) const { return m_denied.value(capability); }

    // What a logout (or freeze) does to the access tokens issued before it, in one sentence: where
    // the source rejects them, that those issued before at (or, invalid, before now) are rejected;
    // otherwise what the source does instead and why.
    QString tokensAfterLogout(const QDateTime &at = {}) const;
    // What an unfreeze leaves of the user's flags, in one sentence; empty where flags are found
    // afresh each time and have no state to go back to.
    QString flagsAfterUnfreeze() const;

private:
    QHash<Capability, QString> m_denied;
};
