-- SessionDesk native store, schema version 3 (SQLite): the audit trail becomes a hash chain, and
-- the store says who its operators are.

-- Each entry carries the previous entry's hash and its own (see README.md, "The audit chain").
-- Entries written before this version are chained by the upgrade itself, in the same transaction.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (prev_hash);
CREATE INDEX audit_log_by_operator ON audit_log (operator, at);
CREATE INDEX audit_log_by_action ON audit_log (action, at);

-- Entries are appended, never changed or removed. This stops mistakes, not an attacker with the
-- file (who can drop these triggers); the chain is what shows tampering.
CREATE TRIGGER audit_log_sealed_insert
BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'audit entries are appended with their hash chain');
END;
CREATE TRIGGER audit_log_sealed_update
BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;
CREATE TRIGGER audit_log_sealed_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be removed');
END;

-- Who may operate this store, by OS account, in which role (docs/store-contract.md). The first
-- account to open a store with no operators becomes its administrator.
CREATE TABLE operators (
    os_account TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('administrator', 'support', 'auditor')),
    added_at   INTEGER NOT NULL,
    added_by   TEXT NOT NULL
);
