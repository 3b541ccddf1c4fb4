-- SessionDesk native store, schema version 4 (PostgreSQL): removed team members.

ALTER TABLE users ADD COLUMN removed_at TIMESTAMPTZ;
CREATE INDEX users_removed ON users (removed_at) WHERE removed_at IS NOT NULL;

INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('removed_history_days', '365', 'epoch', 'default');
