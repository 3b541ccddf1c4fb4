-- SessionDesk native store, schema version 10 (SQLite): searching users folds case and accents in
-- every script ("INÈS", "Inès" and "ines" find the same users). users.search_key holds the user's
-- name and address folded (lower case, accents removed; docs/store-contract.md), one per line.
-- SessionDesk fills it; an application need not: when it changes a name or an address, this
-- trigger clears the key, and SessionDesk folds it again before it searches.
ALTER TABLE users ADD COLUMN search_key TEXT;
CREATE INDEX users_search_key_missing ON users (id) WHERE search_key IS NULL;
CREATE TRIGGER users_search_key_stale AFTER UPDATE OF display_name, email ON users
WHEN NEW.search_key IS OLD.search_key AND NEW.search_key IS NOT NULL
BEGIN
    UPDATE users SET search_key = NULL WHERE id = NEW.id;
END;
UPDATE users SET search_key = sessiondesk_fold(display_name) || char(10) || sessiondesk_fold(email);
