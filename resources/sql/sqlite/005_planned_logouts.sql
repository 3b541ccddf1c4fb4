-- SessionDesk native store, schema version 5 (SQLite): Log Out All Users planned for a time and
-- announced to users in advance (see README.md, "planned_logouts").

-- Applications read the pending rows and show `message` to signed-in users until `run_at`.
-- SessionDesk runs a due row once (console or `sessiondesk-cli schedule run`), in the same
-- transaction that marks it done, so a row never runs twice.
CREATE TABLE planned_logouts (
    id                 INTEGER PRIMARY KEY,
    run_at             INTEGER NOT NULL,
    message            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    ticket             TEXT,
    scope              TEXT NOT NULL,
    created_at         INTEGER NOT NULL,
    created_by         TEXT NOT NULL,
    created_by_account TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'done', 'cancelled', 'failed')),
    finished_at        INTEGER,
    outcome            TEXT
);
CREATE INDEX planned_logouts_pending ON planned_logouts (run_at) WHERE status = 'pending';

INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('planned_logout_min_lead_minutes', '15', 0, 'default');
