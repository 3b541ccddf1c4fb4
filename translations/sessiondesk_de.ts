<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Writing the audit entry failed, so nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:
  demo create [--users N] [--sessions N] [--events N] [--seed S]
                        Create a store filled with deterministic demo data.
  users list [--filter TEXT] [--status STATUS] [--sort FIELD[:desc]] [--limit N]
                        List users; FIELD is name, email, role, status, sessions,
                        devices, last-activity or location; --limit 0 lists all.
  sessions list --user EMAIL [--all]
                        List a user&apos;s active sessions (--all: ended ones too).
  logout --user EMAIL --reason TEXT [--ticket T]
                        End all of a user&apos;s sessions and reject their access tokens.
  end-session SESSION_ID --reason TEXT [--ticket T]
                        End one session.

Exit codes: 0 success, 1 the operation failed, 2 usage error, 4 not permitted, 5 not found.
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required; written to the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or case number for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line console for SessionDesk stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite store (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run, with its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions, ended ones included (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of login events (default 12000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users, --sessions, --events and --seed take whole numbers of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions need users: give --users N greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo store %1: %2 users, %3 sessions, %4 login events (seed %5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users whose name or email contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users with STATUS (active, frozen, deactivated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by FIELD, descending with :desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N users (default 50; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use active, frozen or deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by &apos;%1&apos;; use name, email, role, status, sessions, devices, last-activity or location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) shown.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include ended and expired sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions list needs --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 &lt;%2&gt;: %n active session(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout needs --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout needs --reason TEXT: every action is recorded with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1 &lt;%2&gt;: %n session(s) ended; access tokens issued before %3 are rejected (audit entry %4).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The session to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-session needs exactly one SESSION_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-session needs --reason TEXT: every action is recorded with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended session %1 (audit entry %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SessionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything shown again from the source (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS account %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh with F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made elsewhere appear within a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Security incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination or suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. SEC-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason first: it is written to the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Signed out by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session only; the user&apos;s other sessions stay signed in (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is locked by another program. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged or is not a database. SessionDesk does not repair stores; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlSessionSource</name>
    <message>
        <source>SQLite store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only. SessionDesk records every action in the store itself, so it opens only stores it can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store already holds %n user(s); demo data goes into a new, empty store only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading users failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sessions failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to log a user out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to end a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has already ended (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>The store is locked by another program; SessionDesk waited %1 s for it. Nothing was changed. Try again when the other program has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMigrator</name>
    <message>
        <source>The store is empty: it holds no SessionDesk data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a SessionDesk store (it has no sessiondesk_schema table). SessionDesk leaves it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has schema version %1, but this SessionDesk knows versions up to %2. Use a newer SessionDesk; the store was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to schema version %1 failed; it was left at version %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAgent</name>
    <message>
        <source>Unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Include &amp;ended sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see their sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · role %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · member since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens issued before %1 are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session of %1 on %2 from %3 (%4), started %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session ends; the user&apos;s other sessions stay signed in. Access tokens already issued to this session stay valid until they expire: use Log out on the user to reject them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended one session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>End the %n active session(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and reject the access tokens issued to them (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log out %1 &lt;%2&gt;? This ends their %n active session(s); they must sign in again on every device.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens issued to them before now are rejected as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %n session(s) ended. Access tokens issued before %2 are rejected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for the login sessions of an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite store FILE (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store in the user&apos;s data directory, creating it with demo data on first start (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as PNG to FILE once the first users are shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store and --demo exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SessionDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users did not appear within two minutes; no screenshot taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new, empty store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo store at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo store at %1 with %2 users and %3 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
