<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>%1 of %Ln entry(s) shown.
</source>
        <translation>
            <numerusform>%1 of %Ln entry shown.
</numerusform>
            <numerusform>%1 of %Ln entries shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1 (%2, audit entry %3).
</source>
        <translation>
            <numerusform>Wrote %Ln entry to %1 (%2, audit entry %3).
</numerusform>
            <numerusform>Wrote %Ln entries to %1 (%2, audit entry %3).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1 (audit entry %2).
</source>
        <translation>
            <numerusform>Wrote %Ln entry to %1 (audit entry %2).
</numerusform>
            <numerusform>Wrote %Ln entries to %1 (audit entry %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln session(s) shown.
</source>
        <translation>
            <numerusform>%1 of %Ln session shown.
</numerusform>
            <numerusform>%1 of %Ln sessions shown.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) before it are intact; the last of them has the hash %1.</source>
        <translation>
            <numerusform>%Ln entry before it are intact; the last of them has the hash %1.</numerusform>
            <numerusform>%Ln entries before it are intact; the last of them has the hash %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln entry(s) (%1, %2) to %3? The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>Export %Ln entry (%1, %2) to %3? The export is recorded in the audit trail.</numerusform>
            <numerusform>Export %Ln entries (%1, %2) to %3? The export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1 (audit entry %2).</source>
        <translation>
            <numerusform>Exported %Ln entry to %1 (audit entry %2).</numerusform>
            <numerusform>Exported %Ln entries to %1 (audit entry %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ended session(s)</source>
        <translation>
            <numerusform>%Ln ended session</numerusform>
            <numerusform>%Ln ended sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message numerus="yes">
        <source>%Ln user(s) logged out</source>
        <translation>
            <numerusform>%Ln user logged out</numerusform>
            <numerusform>%Ln users logged out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sessions of %Ln user(s) ended</source>
        <translation>
            <numerusform>sessions of %Ln user ended</numerusform>
            <numerusform>sessions of %Ln users ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message numerus="yes">
        <source>--%1 is at most %Ln characters long.</source>
        <translation>
            <numerusform>--%1 is at most %Ln character long.</numerusform>
            <numerusform>--%1 is at most %Ln characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access tokens issued before now are rejected for %Ln user(s)</source>
        <translation>
            <numerusform>access tokens issued before now are rejected for %Ln user</numerusform>
            <numerusform>access tokens issued before now are rejected for %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsCommands</name>
    <message numerus="yes">
        <source>%Ln saved connection(s).
</source>
        <translation>
            <numerusform>%Ln saved connection.
</numerusform>
            <numerusform>%Ln saved connections.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message numerus="yes">
        <source>Created demo store %1: %2, %3, %4 (seed %5); %Ln flag(s) raised.
</source>
        <translation>
            <numerusform>Created demo store %1: %2, %3, %4 (seed %5); %Ln flag raised.
</numerusform>
            <numerusform>Created demo store %1: %2, %3, %4 (seed %5); %Ln flags raised.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoFiller</name>
    <message numerus="yes">
        <source>The store already holds %Ln user(s); demo data goes into a new, empty store only.</source>
        <translation>
            <numerusform>The store already holds %Ln user; demo data goes into a new, empty store only.</numerusform>
            <numerusform>The store already holds %Ln users; demo data goes into a new, empty store only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln min</numerusform>
            <numerusform>in %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>in %Ln h</numerusform>
            <numerusform>in %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login event(s)</source>
        <translation>
            <numerusform>%Ln login event</numerusform>
            <numerusform>%Ln login events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagExplainer</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) with active sessions; at most %1 allowed (shared credentials?)</source>
        <translation>
            <numerusform>%Ln device with active sessions; at most %1 allowed (shared credentials?)</numerusform>
            <numerusform>%Ln devices with active sessions; at most %1 allowed (shared credentials?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed sign-in(s) in %1 from %2, the first from %3; threshold %4 in %5 min</source>
        <translation>
            <numerusform>%Ln failed sign-in in %1 from %2, the first from %3; threshold %4 in %5 min</numerusform>
            <numerusform>%Ln failed sign-ins in %1 from %2, the first from %3; threshold %4 in %5 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln address</numerusform>
            <numerusform>%Ln addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in from %1 (%2), not seen for this user in the previous %Ln day(s)</source>
        <translation>
            <numerusform>Signed in from %1 (%2), not seen for this user in the previous %Ln day</numerusform>
            <numerusform>Signed in from %1 (%2), not seen for this user in the previous %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in from %1, not seen for this user in the previous %Ln day(s)</source>
        <translation>
            <numerusform>Signed in from %1, not seen for this user in the previous %Ln day</numerusform>
            <numerusform>Signed in from %1, not seen for this user in the previous %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message numerus="yes">
        <source>Scanned %1 login events of the users with new activity: %Ln new flag(s).</source>
        <translation>
            <numerusform>Scanned %1 login events of the users with new activity: %Ln new flag.</numerusform>
            <numerusform>Scanned %1 login events of the users with new activity: %Ln new flags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagsCommands</name>
    <message numerus="yes">
        <source>%Ln new flag(s)</source>
        <translation>
            <numerusform>%Ln new flag</numerusform>
            <numerusform>%Ln new flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flag(s).
</source>
        <translation>
            <numerusform>%Ln flag.
</numerusform>
            <numerusform>%Ln flags.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeycloakSessionSource</name>
    <message numerus="yes">
        <source>The realm&apos;s sessions ended, but %Ln application(s) could not be told.</source>
        <translation>
            <numerusform>The realm&apos;s sessions ended, but %Ln application could not be told.</numerusform>
            <numerusform>The realm&apos;s sessions ended, but %Ln applications could not be told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoutAllDialog</name>
    <message numerus="yes">
        <source>Access tokens of %Ln user(s) are rejected.</source>
        <translation>
            <numerusform>Access tokens of %Ln user are rejected.</numerusform>
            <numerusform>Access tokens of %Ln users are rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln minute(s) ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</source>
        <translation>
            <numerusform>At least %Ln minute ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</numerusform>
            <numerusform>At least %Ln minutes ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a time at least %Ln minute(s) ahead.</source>
        <translation>
            <numerusform>Choose a time at least %Ln minute ahead.</numerusform>
            <numerusform>Choose a time at least %Ln minutes ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoutCommands</name>
    <message numerus="yes">
        <source>Logged out %Ln user(s): %1 ended, one audit entry per user.</source>
        <translation>
            <numerusform>Logged out %Ln user: %1 ended, one audit entry per user.</numerusform>
            <numerusform>Logged out %Ln users: %1 ended, one audit entry per user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>Logged out %1: %Ln session ended (audit entry %2).</numerusform>
            <numerusform>Logged out %1: %Ln sessions ended (audit entry %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln user loaded</numerusform>
            <numerusform>%1 of %Ln users loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewCommands</name>
    <message numerus="yes">
        <source>%1 (%Ln user(s) signed in)</source>
        <translation>
            <numerusform>%1 (%Ln user signed in)</numerusform>
            <numerusform>%1 (%Ln users signed in)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln active session</numerusform>
            <numerusform>%Ln active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) signed in</source>
        <translation>
            <numerusform>%Ln user signed in</numerusform>
            <numerusform>%Ln users signed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln action(s)</source>
        <translation>
            <numerusform>%1: %Ln action</numerusform>
            <numerusform>%1: %Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedLogout</name>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln min</numerusform>
            <numerusform>in %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed: it was due at %1 and no console ran it within %Ln minute(s); nobody was signed out. Plan it again.</source>
        <translation>
            <numerusform>Missed: it was due at %1 and no console ran it within %Ln minute; nobody was signed out. Plan it again.</numerusform>
            <numerusform>Missed: it was due at %1 and no console ran it within %Ln minutes; nobody was signed out. Plan it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedLogoutBar</name>
    <message numerus="yes">
        <source>%Ln kept user(s)</source>
        <translation>
            <numerusform>%Ln kept user</numerusform>
            <numerusform>%Ln kept users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message numerus="yes">
        <source>%1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %Ln second.</numerusform>
            <numerusform>%1 did not answer within %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is still asking to slow down (HTTP 429) after %Ln attempt(s); try again later.</source>
        <translation>
            <numerusform>%1 is still asking to slow down (HTTP 429) after %Ln attempt; try again later.</numerusform>
            <numerusform>%1 is still asking to slow down (HTTP 429) after %Ln attempts; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), also after %Ln attempt(s).</source>
        <translation>
            <numerusform>%1 failed (%2), also after %Ln attempt.</numerusform>
            <numerusform>%1 failed (%2), also after %Ln attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message numerus="yes">
        <source>%Ln planned logout(s).
</source>
        <translation>
            <numerusform>%Ln planned logout.
</numerusform>
            <numerusform>%Ln planned logouts.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsCommands</name>
    <message numerus="yes">
        <source>%1 of %Ln active session(s) shown.
</source>
        <translation>
            <numerusform>%1 of %Ln active session shown.
</numerusform>
            <numerusform>%1 of %Ln active sessions shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln active session(s)
</source>
        <translation>
            <numerusform>%1: %Ln active session
</numerusform>
            <numerusform>%1: %Ln active sessions
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%1 active session(s)</source>
        <translation>
            <numerusform>%1 active session</numerusform>
            <numerusform>%1 active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %Ln Matching Session(s)…</source>
        <translation>
            <numerusform>End %Ln Matching Session…</numerusform>
            <numerusform>End %Ln Matching Sessions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInsCommands</name>
    <message numerus="yes">
        <source>%1 of %Ln sign-in(s) shown.
</source>
        <translation>
            <numerusform>%1 of %Ln sign-in shown.
</numerusform>
            <numerusform>%1 of %Ln sign-ins shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sign-in(s) to %1 (audit entry %2).
</source>
        <translation>
            <numerusform>Wrote %Ln sign-in to %1 (audit entry %2).
</numerusform>
            <numerusform>Wrote %Ln sign-ins to %1 (audit entry %2).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInsPage</name>
    <message numerus="yes">
        <source>%1 sign-in attempt(s)</source>
        <translation>
            <numerusform>%1 sign-in attempt</numerusform>
            <numerusform>%1 sign-in attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %1 sign-in attempt(s) (%2) to %3? The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>Export %1 sign-in attempt (%2) to %3? The export is recorded in the audit trail.</numerusform>
            <numerusform>Export %1 sign-in attempts (%2) to %3? The export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 sign-in attempt(s) to %2 (audit entry %3).</source>
        <translation>
            <numerusform>Exported %1 sign-in attempt to %2 (audit entry %3).</numerusform>
            <numerusform>Exported %1 sign-in attempts to %2 (audit entry %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPlannedLogouts</name>
    <message numerus="yes">
        <source>A planned logout must be at least %Ln minute(s) ahead, at %1 or later, so that users see the announcement in time.</source>
        <translation>
            <numerusform>A planned logout must be at least %Ln minute ahead, at %1 or later, so that users see the announcement in time.</numerusform>
            <numerusform>A planned logout must be at least %Ln minutes ahead, at %1 or later, so that users see the announcement in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned logout %1 is already pending at %2, within %Ln minute(s) of this one; cancel it first or choose another time. Nothing was planned.</source>
        <translation>
            <numerusform>Planned logout %1 is already pending at %2, within %Ln minute of this one; cancel it first or choose another time. Nothing was planned.</numerusform>
            <numerusform>Planned logout %1 is already pending at %2, within %Ln minutes of this one; cancel it first or choose another time. Nothing was planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteStoreBackend</name>
    <message numerus="yes">
        <source>Ended %Ln session(s); users affected: %1.</source>
        <translation>
            <numerusform>Ended %Ln session; users affected: %1.</numerusform>
            <numerusform>Ended %Ln sessions; users affected: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message numerus="yes">
        <source>Deactivate %1 &lt;%2&gt;? Their %Ln active session(s) end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</source>
        <translation>
            <numerusform>Deactivate %1 &lt;%2&gt;? Their %Ln active session end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</numerusform>
            <numerusform>Deactivate %1 &lt;%2&gt;? Their %Ln active sessions end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>Deactivated %1: %Ln session ended (audit entry %2).</numerusform>
            <numerusform>Deactivated %1: %Ln sessions ended (audit entry %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln active session</numerusform>
            <numerusform>%Ln active sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message numerus="yes">
        <source>End the %Ln active session(s) of %1</source>
        <translation>
            <numerusform>End the %Ln active session of %1</numerusform>
            <numerusform>End the %Ln active sessions of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open flag(s), the most serious of severity %1</source>
        <translation>
            <numerusform>%Ln open flag, of severity %1</numerusform>
            <numerusform>%Ln open flags, the most serious of severity %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersCommands</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown.
</source>
        <translation>
            <numerusform>%1 of %Ln user shown.
</numerusform>
            <numerusform>%1 of %Ln users shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %Ln session(s) ended; access tokens issued before now are rejected (audit entry %2).
</source>
        <translation>
            <numerusform>Deactivated %1: %Ln session ended; access tokens issued before now are rejected (audit entry %2).
</numerusform>
            <numerusform>Deactivated %1: %Ln sessions ended; access tokens issued before now are rejected (audit entry %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Froze %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>Froze %1: %Ln session ended (audit entry %2).</numerusform>
            <numerusform>Froze %1: %Ln sessions ended (audit entry %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Log out %1 &lt;%2&gt;? This ends their %Ln active session(s); they must sign in again on every device.</source>
        <translation>
            <numerusform>Log out %1 &lt;%2&gt;? This ends their %Ln active session; they must sign in again on every device.</numerusform>
            <numerusform>Log out %1 &lt;%2&gt;? This ends their %Ln active sessions; they must sign in again on every device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %Ln user(s)</source>
        <translation>
            <numerusform>Log out %Ln user</numerusform>
            <numerusform>Log out %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %1? This ends %Ln active session(s); each of them must sign in again on every device.</source>
        <translation>
            <numerusform>Log out %1? This ends %Ln active session; each of them must sign in again on every device.</numerusform>
            <numerusform>Log out %1? This ends %Ln active sessions; each of them must sign in again on every device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</source>
        <translation>
            <numerusform>%Ln of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</numerusform>
            <numerusform>%Ln of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users have no active session and are left out.</source>
        <translation>
            <numerusform>%Ln of the selected users has no active session and is left out.</numerusform>
            <numerusform>%Ln of the selected users have no active session and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %Ln session(s) ended.</source>
        <translation>
            <numerusform>Logged out %1: %Ln session ended.</numerusform>
            <numerusform>Logged out %1: %Ln sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message numerus="yes">
        <source>and %Ln more place(s)</source>
        <translation>
            <numerusform>and %Ln more place</numerusform>
            <numerusform>and %Ln more places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%Ln flag(s) raised.</source>
        <translation>
            <numerusform>%Ln flag raised.</numerusform>
            <numerusform>%Ln flags raised.</numerusform>
        </translation>
    </message>
</context>
</TS>
