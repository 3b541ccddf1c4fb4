-- SessionDesk native store, schema version 3 (PostgreSQL): the audit trail becomes a hash chain
-- (see README.md, "The audit chain"), and the store says who its operators are.

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (prev_hash);
CREATE INDEX audit_log_by_operator ON audit_log (operator, at);
CREATE INDEX audit_log_by_action ON audit_log (action, at);

-- Entries are appended, never changed or removed.
CREATE FUNCTION sessiondesk_audit_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.hash IS NULL OR NEW.prev_hash IS NULL THEN
            RAISE EXCEPTION 'audit entries are appended with their hash chain';
        END IF;
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'audit entries cannot be changed';
    END IF;
    RAISE EXCEPTION 'audit entries cannot be removed';
END;
$$;
CREATE TRIGGER audit_log_sealed BEFORE INSERT OR UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION sessiondesk_audit_sealed();
CREATE TRIGGER audit_log_sealed_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_audit_sealed();

CREATE TABLE operators (
    os_account TEXT PRIMARY KEY,
    role       TEXT NOT NULL CHECK (role IN ('administrator', 'support', 'auditor')),
    added_at   TIMESTAMPTZ NOT NULL,
    added_by   TEXT NOT NULL
);
