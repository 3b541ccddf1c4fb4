-- SessionDesk native store, schema version 14 (SQLite): the active sessions of all users are
-- searched, and ended, by address range, country, device and time (the Sessions page,
-- `sessions search`, `sessions end-matching`). sessions.ip_key is the 16-byte key SessionDesk
-- compares, as login_events.ip_key (version 13): filled here, for rows an application adds before
-- each range search, and cleared by a trigger when an application changes an address. The indexes
-- hold the open sessions only, as the other indexes an action looks them up by.
ALTER TABLE sessions ADD COLUMN ip_key BLOB;
UPDATE sessions SET ip_key = coalesce(sessiondesk_ip_key(ip), X'');
CREATE INDEX sessions_ip_key_missing ON sessions (id) WHERE ip_key IS NULL;
CREATE INDEX sessions_open_by_address ON sessions (ip_key) WHERE ended_at IS NULL;
-- By country as the console shows it: an application's "de" or " DE" is DE.
CREATE INDEX sessions_open_by_country ON sessions (upper(trim(country))) WHERE ended_at IS NULL;
CREATE TRIGGER sessions_ip_key_stale AFTER UPDATE OF ip ON sessions
WHEN NEW.ip_key IS OLD.ip_key AND NEW.ip_key IS NOT NULL
BEGIN
    UPDATE sessions SET ip_key = NULL WHERE id = NEW.id;
END;
