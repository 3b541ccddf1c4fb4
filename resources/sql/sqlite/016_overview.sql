-- SessionDesk native store, schema version 16 (SQLite): the Overview page's figures without
-- reading a million rows. sign_in_hours holds the sign-in attempts of each hour (hour = at / 3600000,
-- UTC hours since 1970), successful and failed, kept by triggers on login_events whoever writes
-- them; a bulk load suspends the triggers and fills the table again from sign_in_hours_source. The
-- active sessions by place and user agent are counted from an index that holds just those.
CREATE TABLE sign_in_hours (
    hour      INTEGER PRIMARY KEY,
    succeeded INTEGER NOT NULL DEFAULT 0,
    failed    INTEGER NOT NULL DEFAULT 0
);
CREATE VIEW sign_in_hours_source AS
SELECT at / 3600000 AS hour, sum(success <> 0) AS succeeded, sum(success = 0) AS failed
FROM login_events GROUP BY at / 3600000;
INSERT INTO sign_in_hours SELECT * FROM sign_in_hours_source;

CREATE TRIGGER login_events_hours_after_insert AFTER INSERT ON login_events
BEGIN
    INSERT INTO sign_in_hours (hour, succeeded, failed) VALUES (NEW.at / 3600000, NEW.success <> 0, NEW.success = 0)
    ON CONFLICT (hour) DO UPDATE SET succeeded = succeeded + excluded.succeeded, failed = failed + excluded.failed;
END;
CREATE TRIGGER login_events_hours_after_delete AFTER DELETE ON login_events
BEGIN
    UPDATE sign_in_hours SET succeeded = succeeded - (OLD.success <> 0), failed = failed - (OLD.success = 0)
    WHERE hour = OLD.at / 3600000;
END;
CREATE TRIGGER login_events_hours_after_update AFTER UPDATE OF at, success ON login_events
BEGIN
    UPDATE sign_in_hours SET succeeded = succeeded - (OLD.success <> 0), failed = failed - (OLD.success = 0)
    WHERE hour = OLD.at / 3600000;
    INSERT INTO sign_in_hours (hour, succeeded, failed) VALUES (NEW.at / 3600000, NEW.success <> 0, NEW.success = 0)
    ON CONFLICT (hour) DO UPDATE SET succeeded = succeeded + excluded.succeeded, failed = failed + excluded.failed;
END;

CREATE INDEX sessions_open_by_place_agent ON sessions (country, city, user_agent, latitude, longitude)
    WHERE ended_at IS NULL;

-- users.flag_rank (version 15) is kept by the triggers on flags through the view user_flag_ranks,
-- which SQLite computes for every open flag each time (the user's condition is not pushed into
-- its GROUP BY): a full scan raising 13,000 flags took two minutes. Each trigger now counts the
-- one user's open flags over the index on (user_id, …).
DROP TRIGGER flags_rank_after_insert;
DROP TRIGGER flags_rank_after_update;
DROP TRIGGER flags_rank_after_delete;
DROP TRIGGER users_flag_rank_after_insert;
CREATE TRIGGER flags_rank_after_insert AFTER INSERT ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce(
        (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
         FROM flags f WHERE f.user_id = users.id AND f.status IN ('open', 'frozen')), 0)
    WHERE id = NEW.user_id;
END;
CREATE TRIGGER flags_rank_after_update AFTER UPDATE OF user_id, severity, status ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce(
        (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
         FROM flags f WHERE f.user_id = users.id AND f.status IN ('open', 'frozen')), 0)
    WHERE id IN (OLD.user_id, NEW.user_id);
END;
CREATE TRIGGER flags_rank_after_delete AFTER DELETE ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce(
        (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
         FROM flags f WHERE f.user_id = users.id AND f.status IN ('open', 'frozen')), 0)
    WHERE id = OLD.user_id;
END;
CREATE TRIGGER users_flag_rank_after_insert AFTER INSERT ON users
BEGIN
    UPDATE users SET flag_rank = coalesce(
        (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
         FROM flags f WHERE f.user_id = NEW.id AND f.status IN ('open', 'frozen')), 0)
    WHERE id = NEW.id;
END;
