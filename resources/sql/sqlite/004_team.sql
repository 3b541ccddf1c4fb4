-- SessionDesk native store, schema version 4 (SQLite): team members are added, deactivated and
-- removed from the console (see README.md, "users").

-- Set when an administrator removes a deactivated user whose sessions, sign-ins or flags are
-- still kept: the row is anonymised instead of deleted, and deleted with that history once the
-- setting removed_history_days has passed. Removed users are not listed.
ALTER TABLE users ADD COLUMN removed_at INTEGER;
CREATE INDEX users_removed ON users (removed_at) WHERE removed_at IS NOT NULL;

INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('removed_history_days', '365', 0, 'default');
