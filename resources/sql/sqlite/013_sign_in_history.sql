-- SessionDesk native store, schema version 13 (SQLite): the sign-in history is searched by
-- address range, and failed sign-ins, the ones an investigation asks for, have an index of their
-- own by time. login_events.ip_key holds the address as the 16-byte key SessionDesk compares
-- (sessiondesk_ip_key: IPv6, IPv4 in its mapped form; an empty key for text that is no address),
-- so that a range is compared as addresses, not as text, over an index. SessionDesk fills it; an
-- application need not: the rows it adds, and those whose address it changes (this trigger clears
-- the key), are keyed by SessionDesk before it searches. (An index on the function itself would
-- refuse every writer that lacks the function, the application among them.)
ALTER TABLE login_events ADD COLUMN ip_key BLOB;
UPDATE login_events SET ip_key = coalesce(sessiondesk_ip_key(ip), X'');
CREATE INDEX login_events_ip_key_missing ON login_events (id) WHERE ip_key IS NULL;
CREATE INDEX login_events_by_address ON login_events (ip_key);
CREATE TRIGGER login_events_ip_key_stale AFTER UPDATE OF ip ON login_events
WHEN NEW.ip_key IS OLD.ip_key AND NEW.ip_key IS NOT NULL
BEGIN
    UPDATE login_events SET ip_key = NULL WHERE id = NEW.id;
END;
CREATE INDEX login_events_failed ON login_events (at) WHERE NOT success;
