-- SessionDesk native store, schema version 9 (SQLite): detection scans are traced. Each scan that
-- raised, updated or froze something is a row of detection_scans (who, when, from where, what),
-- and each flag names the scan that raised it and the one that last changed it; the audit trail
-- stays for operators' decisions. (In PostgreSQL this version also makes the store's functions
-- hold against its own logins; in SQLite the console enforces the roles.)
CREATE TABLE detection_scans (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    operator      TEXT NOT NULL,
    os_account    TEXT,
    host          TEXT,
    through_event INTEGER NOT NULL,
    raised        INTEGER NOT NULL,
    updated       INTEGER NOT NULL,
    frozen        INTEGER NOT NULL,
    refused       INTEGER NOT NULL
);
ALTER TABLE flags ADD COLUMN raised_by_scan INTEGER REFERENCES detection_scans (id);
ALTER TABLE flags ADD COLUMN updated_by_scan INTEGER REFERENCES detection_scans (id);
