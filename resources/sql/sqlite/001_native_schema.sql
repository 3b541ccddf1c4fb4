-- SessionDesk native store, schema version 1 (SQLite).
-- The public contract (users, sessions, login_events) is described in docs/store-contract.md.
-- Statements are separated by lines ending in ';'; a CREATE TRIGGER ends at its 'END;' line.

CREATE TABLE users (
    id                TEXT PRIMARY KEY,
    email             TEXT UNIQUE NOT NULL,
    display_name      TEXT NOT NULL,
    role              TEXT NOT NULL DEFAULT 'member',
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'frozen', 'deactivated')),
    status_reason     TEXT,
    created_at        INTEGER NOT NULL,
    tokens_not_before INTEGER
);

CREATE TABLE sessions (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    ip           TEXT,
    user_agent   TEXT,
    device_id    TEXT,
    country      TEXT,
    city         TEXT,
    latitude     REAL,
    longitude    REAL,
    ended_at     INTEGER,
    end_reason   TEXT CHECK (end_reason IN ('user_logout', 'global_logout', 'admin_logout',
                                            'admin_logout_all', 'frozen', 'deactivated', 'expired')),
    ended_by     TEXT
);

CREATE TABLE login_events (
    id         INTEGER PRIMARY KEY,
    user_id    TEXT NOT NULL,
    at         INTEGER NOT NULL,
    success    BOOLEAN NOT NULL,
    session_id TEXT,
    ip         TEXT,
    user_agent TEXT,
    device_id  TEXT,
    country    TEXT,
    city       TEXT,
    latitude   REAL,
    longitude  REAL
);

CREATE INDEX users_by_name ON users (display_name COLLATE NOCASE, id);
CREATE INDEX users_by_role ON users (role, id);
CREATE INDEX users_by_status ON users (status, id);
CREATE INDEX sessions_by_user_last_seen ON sessions (user_id, last_seen_at);
CREATE INDEX sessions_open_by_user ON sessions (user_id, device_id) WHERE ended_at IS NULL;
CREATE INDEX sessions_open_by_expiry ON sessions (expires_at) WHERE ended_at IS NULL;
CREATE INDEX login_events_by_user ON login_events (user_id, at);
CREATE INDEX login_events_by_time ON login_events (at);

-- Owned by SessionDesk from here on.

CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY,
    at             INTEGER NOT NULL,
    operator       TEXT NOT NULL,
    os_account     TEXT NOT NULL,
    host           TEXT NOT NULL,
    action         TEXT NOT NULL,
    target_user    TEXT,
    target_session TEXT,
    count          INTEGER NOT NULL DEFAULT 0,
    reason         TEXT NOT NULL,
    ticket         TEXT,
    outcome        TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_target ON audit_log (target_user, at);

-- Per-user figures the Users page sorts by, kept current by the triggers below so that sorting
-- 100,000 users never aggregates a million sessions. open_sessions counts sessions with
-- ended_at IS NULL; SessionDesk marks sessions past expires_at as ended ('expired'), so after
-- that sweep open means active.
CREATE TABLE user_stats (
    user_id       TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    open_sessions INTEGER NOT NULL DEFAULT 0,
    devices       INTEGER NOT NULL DEFAULT 0,
    last_seen_at  INTEGER NOT NULL DEFAULT 0,
    last_city     TEXT NOT NULL DEFAULT '',
    last_country  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX user_stats_by_open ON user_stats (open_sessions, user_id);
CREATE INDEX user_stats_by_devices ON user_stats (devices, user_id);
CREATE INDEX user_stats_by_last_seen ON user_stats (last_seen_at, user_id);
CREATE INDEX user_stats_by_city ON user_stats (last_city COLLATE NOCASE, user_id);

-- What user_stats holds, computed from sessions. Triggers refresh one user's row from it; a bulk
-- load (the demo generator) suspends the triggers and rebuilds the whole table from it.
CREATE VIEW user_stats_source AS
SELECT u.id AS user_id,
       (SELECT count(*) FROM sessions s
        WHERE s.user_id = u.id AND s.ended_at IS NULL) AS open_sessions,
       (SELECT count(DISTINCT coalesce(s.device_id, s.user_agent, s.id)) FROM sessions s
        WHERE s.user_id = u.id AND s.ended_at IS NULL) AS devices,
       coalesce((SELECT max(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id), 0) AS last_seen_at,
       coalesce((SELECT s.city FROM sessions s WHERE s.user_id = u.id
                 ORDER BY s.last_seen_at DESC LIMIT 1), '') AS last_city,
       coalesce((SELECT s.country FROM sessions s WHERE s.user_id = u.id
                 ORDER BY s.last_seen_at DESC LIMIT 1), '') AS last_country
FROM users u;

CREATE TRIGGER users_add_stats AFTER INSERT ON users
BEGIN
    INSERT OR IGNORE INTO user_stats (user_id) VALUES (NEW.id);
    INSERT OR REPLACE INTO user_stats
    SELECT * FROM user_stats_source
    WHERE user_id = NEW.id AND EXISTS (SELECT 1 FROM sessions WHERE user_id = NEW.id);
END;

CREATE TRIGGER sessions_stats_after_insert AFTER INSERT ON sessions
BEGIN
    INSERT OR REPLACE INTO user_stats SELECT * FROM user_stats_source WHERE user_id = NEW.user_id;
END;

CREATE TRIGGER sessions_stats_after_update
AFTER UPDATE OF user_id, last_seen_at, device_id, user_agent, city, country, ended_at ON sessions
BEGIN
    INSERT OR REPLACE INTO user_stats
    SELECT * FROM user_stats_source WHERE user_id IN (OLD.user_id, NEW.user_id);
END;

CREATE TRIGGER sessions_stats_after_delete AFTER DELETE ON sessions
BEGIN
    INSERT OR REPLACE INTO user_stats SELECT * FROM user_stats_source WHERE user_id = OLD.user_id;
END;
