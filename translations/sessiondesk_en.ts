<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) before it are intact; the last of them has the hash %1.</source>
        <translation>
            <numerusform>%n entry before it are intact; the last of them has the hash %1.</numerusform>
            <numerusform>%n entries before it are intact; the last of them has the hash %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n entry(s) (%1, %2) to %3? The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>Export %n entry (%1, %2) to %3? The export is recorded in the audit trail.</numerusform>
            <numerusform>Export %n entries (%1, %2) to %3? The export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entry(s) to %1 (audit entry %2).</source>
        <translation>
            <numerusform>Exported %n entry to %1 (audit entry %2).</numerusform>
            <numerusform>Exported %n entries to %1 (audit entry %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended session(s)</source>
        <translation>
            <numerusform>%n ended session</numerusform>
            <numerusform>%n ended sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1 of %n user(s) shown.
</source>
        <translation>
            <numerusform>%1 of %n user shown.
</numerusform>
            <numerusform>%1 of %n users shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &lt;%2&gt;: %n active session(s)
</source>
        <translation>
            <numerusform>%1 &lt;%2&gt;: %n active session
</numerusform>
            <numerusform>%1 &lt;%2&gt;: %n active sessions
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1 &lt;%2&gt;: %n session(s) ended; access tokens issued before %3 are rejected (audit entry %4).
</source>
        <translation>
            <numerusform>Logged out %1 &lt;%2&gt;: %n session ended; access tokens issued before %3 are rejected (audit entry %4).
</numerusform>
            <numerusform>Logged out %1 &lt;%2&gt;: %n sessions ended; access tokens issued before %3 are rejected (audit entry %4).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>access tokens issued before now are rejected for %n user(s)</source>
        <translation>
            <numerusform>access tokens issued before now are rejected for %n user</numerusform>
            <numerusform>access tokens issued before now are rejected for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Froze %1 &lt;%2&gt;: %n session(s) ended; access tokens issued before now are rejected (audit entry %3).
</source>
        <translation>
            <numerusform>Froze %1 &lt;%2&gt;: %n session ended; access tokens issued before now are rejected (audit entry %3).
</numerusform>
            <numerusform>Froze %1 &lt;%2&gt;: %n sessions ended; access tokens issued before now are rejected (audit entry %3).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s).
</source>
        <translation>
            <numerusform>%n flag.
</numerusform>
            <numerusform>%n flags.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s) shown.
</source>
        <translation>
            <numerusform>%1 of %n entry shown.
</numerusform>
            <numerusform>%1 of %n entries shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1 (audit entry %2).
</source>
        <translation>
            <numerusform>Wrote %n entry to %1 (audit entry %2).
</numerusform>
            <numerusform>Wrote %n entries to %1 (audit entry %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) shown.
</source>
        <translation>
            <numerusform>%1 of %n session shown.
</numerusform>
            <numerusform>%1 of %n sessions shown.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %n session(s) ended; access tokens issued before now are rejected (audit entry %2).
</source>
        <translation>
            <numerusform>Deactivated %1: %n session ended; access tokens issued before now are rejected (audit entry %2).
</numerusform>
            <numerusform>Deactivated %1: %n sessions ended; access tokens issued before now are rejected (audit entry %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned logout(s).
</source>
        <translation>
            <numerusform>%n planned logout.
</numerusform>
            <numerusform>%n planned logouts.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created demo store %1: %2 users, %3 sessions, %4 login events (seed %5); %n flag(s) raised.
</source>
        <translation>
            <numerusform>Created demo store %1: %2 users, %3 sessions, %4 login events (seed %5); %n flag raised.
</numerusform>
            <numerusform>Created demo store %1: %2 users, %3 sessions, %4 login events (seed %5); %n flags raised.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved connection(s).
</source>
        <translation>
            <numerusform>%n saved connection.
</numerusform>
            <numerusform>%n saved connections.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1 (%2, audit entry %3).
</source>
        <translation>
            <numerusform>Wrote %n entry to %1 (%2, audit entry %3).
</numerusform>
            <numerusform>Wrote %n entries to %1 (%2, audit entry %3).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagExplainer</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message numerus="yes">
        <source>Scanned %1 login events of the users with new activity: %n new flag(s).</source>
        <translation>
            <numerusform>Scanned %1 login events of the users with new activity: %n new flag.</numerusform>
            <numerusform>Scanned %1 login events of the users with new activity: %n new flags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeycloakSessionSource</name>
    <message numerus="yes">
        <source>The realm&apos;s sessions ended, but %n application(s) could not be told.</source>
        <translation>
            <numerusform>The realm&apos;s sessions ended, but %n application could not be told.</numerusform>
            <numerusform>The realm&apos;s sessions ended, but %n applications could not be told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoutAllDialog</name>
    <message numerus="yes">
        <source>Access tokens of %n user(s) are rejected.</source>
        <translation>
            <numerusform>Access tokens of %n user are rejected.</numerusform>
            <numerusform>Access tokens of %n users are rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n minute(s) ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</source>
        <translation>
            <numerusform>At least %n minute ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</numerusform>
            <numerusform>At least %n minutes ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a time at least %n minute(s) ahead.</source>
        <translation>
            <numerusform>Choose a time at least %n minute ahead.</numerusform>
            <numerusform>Choose a time at least %n minutes ahead.</numerusform>
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
    <name>PlannedLogout</name>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedLogoutBar</name>
    <message numerus="yes">
        <source>%n more planned after it.</source>
        <translation>
            <numerusform>%n more planned after it.</numerusform>
            <numerusform>%n more planned after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is still asking to slow down (HTTP 429) after %n attempt(s); try again later.</source>
        <translation>
            <numerusform>%1 is still asking to slow down (HTTP 429) after %n attempt; try again later.</numerusform>
            <numerusform>%1 is still asking to slow down (HTTP 429) after %n attempts; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), also after %n attempt(s).</source>
        <translation>
            <numerusform>%1 failed (%2), also after %n attempt.</numerusform>
            <numerusform>%1 failed (%2), also after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestSessionSource</name>
    <message numerus="yes">
        <source>%n session(s) of %1 users ended</source>
        <translation>
            <numerusform>%n session of %1 users ended</numerusform>
            <numerusform>%n sessions of %1 users ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlPlannedLogouts</name>
    <message numerus="yes">
        <source>A planned logout must be at least %n minute(s) ahead, at %1 or later, so that users see the announcement in time.</source>
        <translation>
            <numerusform>A planned logout must be at least %n minute ahead, at %1 or later, so that users see the announcement in time.</numerusform>
            <numerusform>A planned logout must be at least %n minutes ahead, at %1 or later, so that users see the announcement in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned logout %1 is already pending at %2, within %n minute(s) of this one; cancel it first or choose another time. Nothing was planned.</source>
        <translation>
            <numerusform>Planned logout %1 is already pending at %2, within %n minute of this one; cancel it first or choose another time. Nothing was planned.</numerusform>
            <numerusform>Planned logout %1 is already pending at %2, within %n minutes of this one; cancel it first or choose another time. Nothing was planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlSessionSource</name>
    <message numerus="yes">
        <source>The store already holds %n user(s); demo data goes into a new, empty store only.</source>
        <translation>
            <numerusform>The store already holds %n user; demo data goes into a new, empty store only.</numerusform>
            <numerusform>The store already holds %n users; demo data goes into a new, empty store only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s); users affected: %1.</source>
        <translation>
            <numerusform>Ended %n session; users affected: %1.</numerusform>
            <numerusform>Ended %n sessions; users affected: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message numerus="yes">
        <source>Deactivate %1 &lt;%2&gt;? Their %n active session(s) end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</source>
        <translation>
            <numerusform>Deactivate %1 &lt;%2&gt;? Their %n active session end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</numerusform>
            <numerusform>Deactivate %1 &lt;%2&gt;? Their %n active sessions end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %n session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>Deactivated %1: %n session ended (audit entry %2).</numerusform>
            <numerusform>Deactivated %1: %n sessions ended (audit entry %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message numerus="yes">
        <source>End the %n active session(s) of %1</source>
        <translation>
            <numerusform>End the %n active session of %1</numerusform>
            <numerusform>End the %n active sessions of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>Log out %1 &lt;%2&gt;? This ends their %n active session(s); they must sign in again on every device.</source>
        <translation>
            <numerusform>Log out %1 &lt;%2&gt;? This ends their %n active session; they must sign in again on every device.</numerusform>
            <numerusform>Log out %1 &lt;%2&gt;? This ends their %n active sessions; they must sign in again on every device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %n session(s) ended. Access tokens issued before %2 are rejected.</source>
        <translation>
            <numerusform>Logged out %1: %n session ended. Access tokens issued before %2 are rejected.</numerusform>
            <numerusform>Logged out %1: %n sessions ended. Access tokens issued before %2 are rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %n user(s)</source>
        <translation>
            <numerusform>Log out %n user</numerusform>
            <numerusform>Log out %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %1? This ends %n active session(s); each of them must sign in again on every device.</source>
        <translation>
            <numerusform>Log out %1? This ends %n active session; each of them must sign in again on every device.</numerusform>
            <numerusform>Log out %1? This ends %n active sessions; each of them must sign in again on every device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</source>
        <translation>
            <numerusform>%n of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</numerusform>
            <numerusform>%n of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected users have no active session and are left out.</source>
        <translation>
            <numerusform>%n of the selected users has no active session and is left out.</numerusform>
            <numerusform>%n of the selected users have no active session and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%n flag(s) raised.</source>
        <translation>
            <numerusform>%n flag raised.</numerusform>
            <numerusform>%n flags raised.</numerusform>
        </translation>
    </message>
</context>
</TS>
