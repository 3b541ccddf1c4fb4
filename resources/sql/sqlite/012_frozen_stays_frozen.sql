-- SessionDesk native store, schema version 12 (SQLite): a frozen account cannot be deactivated.
-- Deactivating it and reactivating it made it active again without anyone unfreezing it, and no
-- unfreeze in the audit trail: a freeze ends only by unfreezing it, with its reason. The console
-- refuses it naming the account; this trigger holds for every other writer of the file. (In this
-- version a planned logout that fails when it falls due is also in the audit trail: in SQLite the
-- console writes that entry; in PostgreSQL the store's function does.)
CREATE TRIGGER users_frozen_stays_frozen BEFORE UPDATE OF status ON users
WHEN OLD.status = 'frozen' AND NEW.status = 'deactivated'
BEGIN
    SELECT RAISE(ABORT, 'A frozen account is unfrozen before it is deactivated.');
END;
