-- SessionDesk native store, schema version 2 (SQLite): account settings with the store-enforced
-- global logout, flags from suspicious-login detection, and old/new values in the audit trail.

-- Account-level settings. Applications read them (idle timeout, maximum lifetime); the store
-- itself enforces global_logout with the trigger below. Changed only through SessionDesk, audited.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);
INSERT INTO settings (key, value, updated_at, updated_by) VALUES
    ('global_logout', 'off', 0, 'default'),
    ('session_idle_timeout_minutes', '30', 0, 'default'),
    ('session_max_lifetime_hours', '336', 0, 'default'),
    ('impossible_travel_kmh', '805', 0, 'default'),
    ('impossible_travel_min_km', '100', 0, 'default'),
    ('concurrent_countries', '2', 0, 'default'),
    ('device_spread_max', '3', 0, 'default'),
    ('failed_burst_count', '10', 0, 'default'),
    ('failed_burst_minutes', '15', 0, 'default'),
    ('new_country_days', '90', 0, 'default'),
    ('auto_freeze_high', 'off', 0, 'default');

-- Global logout: when the application ends a session because the user signed out and the
-- setting is on, every other active session of that user ends too, in the same transaction.
CREATE TRIGGER sessions_global_logout
AFTER UPDATE OF ended_at ON sessions
WHEN OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL AND NEW.end_reason = 'user_logout'
     AND (SELECT value FROM settings WHERE key = 'global_logout') = 'on'
BEGIN
    UPDATE sessions SET ended_at = NEW.ended_at, end_reason = 'global_logout'
    WHERE user_id = NEW.user_id AND id <> NEW.id AND ended_at IS NULL AND expires_at > NEW.ended_at;
END;

ALTER TABLE audit_log ADD COLUMN old_value TEXT;
ALTER TABLE audit_log ADD COLUMN new_value TEXT;

-- One flag per user and rule while it is open (or the account frozen because of it).
CREATE TABLE flags (
    id          INTEGER PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    rule        TEXT NOT NULL CHECK (rule IN ('impossible_travel', 'concurrent_locations', 'device_spread',
                                              'failed_login_burst', 'new_country')),
    severity    TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'frozen', 'resolved', 'dismissed')),
    explanation TEXT NOT NULL,
    evidence    TEXT NOT NULL, -- JSON: the events or sessions, places, distance, time, speed, threshold
    evidence_key TEXT NOT NULL, -- what was seen (event ids, countries…): a resolved finding is not raised again
    first_seen  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL
);
CREATE UNIQUE INDEX flags_one_open_per_user_rule ON flags (user_id, rule) WHERE status IN ('open', 'frozen');
CREATE INDEX flags_by_status ON flags (status, last_seen);
CREATE INDEX flags_by_evidence ON flags (user_id, rule, evidence_key);

-- Every change of a flag's status: who, when, why.
CREATE TABLE flag_transitions (
    id          INTEGER PRIMARY KEY,
    flag_id     INTEGER NOT NULL REFERENCES flags (id),
    at          INTEGER NOT NULL,
    operator    TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    note        TEXT NOT NULL
);
CREATE INDEX flag_transitions_by_flag ON flag_transitions (flag_id, at);

-- How far detection has read the login events (incremental scans).
CREATE TABLE detection_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    last_login_event   INTEGER NOT NULL DEFAULT 0,
    scanned_at         INTEGER NOT NULL DEFAULT 0
);
INSERT INTO detection_state (id) VALUES (1);
