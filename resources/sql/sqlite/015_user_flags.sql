-- SessionDesk native store, schema version 15 (SQLite): each user's open flags on the Users page
-- (the Flags column, sorted by it, and the "Flagged" filter) without reading the flags of 100,000
-- users for a page. users.flag_rank is the highest severity among the user's open flags (open, or
-- the account frozen because of them) times ten, plus their number (at most one per rule): 0 for
-- none, 31 for one high, 23 for three of which the highest is medium. Triggers on flags keep it;
-- an index holds it in order (and counts the flagged users).
ALTER TABLE users ADD COLUMN flag_rank INTEGER NOT NULL DEFAULT 0;
CREATE VIEW user_flag_ranks AS
SELECT user_id, max(CASE severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*) AS flag_rank
FROM flags WHERE status IN ('open', 'frozen') GROUP BY user_id;
UPDATE users SET flag_rank = coalesce((SELECT r.flag_rank FROM user_flag_ranks r WHERE r.user_id = users.id), 0);
CREATE INDEX users_by_flag_rank ON users (flag_rank, id);

CREATE TRIGGER flags_rank_after_insert AFTER INSERT ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce((SELECT r.flag_rank FROM user_flag_ranks r WHERE r.user_id = users.id), 0)
    WHERE id = NEW.user_id;
END;
CREATE TRIGGER flags_rank_after_update AFTER UPDATE OF user_id, severity, status ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce((SELECT r.flag_rank FROM user_flag_ranks r WHERE r.user_id = users.id), 0)
    WHERE id IN (OLD.user_id, NEW.user_id);
END;
CREATE TRIGGER flags_rank_after_delete AFTER DELETE ON flags
BEGIN
    UPDATE users SET flag_rank = coalesce((SELECT r.flag_rank FROM user_flag_ranks r WHERE r.user_id = users.id), 0)
    WHERE id = OLD.user_id;
END;

-- What SQLite does not tell a trigger: a user written again whole (INSERT OR REPLACE, as an
-- application re-saving a profile may) starts from the default, so its rank is computed as it is
-- written; a flag that replaces another by id deletes that one without its delete trigger, so the
-- replaced flag's user is given the rank without it first.
CREATE TRIGGER users_flag_rank_after_insert AFTER INSERT ON users
BEGIN
    UPDATE users SET flag_rank = coalesce((SELECT r.flag_rank FROM user_flag_ranks r WHERE r.user_id = NEW.id), 0)
    WHERE id = NEW.id;
END;
CREATE TRIGGER flags_rank_before_replace BEFORE INSERT ON flags
WHEN NEW.id IS NOT NULL
BEGIN
    UPDATE users SET flag_rank = coalesce(
        (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
         FROM flags f WHERE f.user_id = users.id AND f.status IN ('open', 'frozen') AND f.id <> NEW.id), 0)
    WHERE id = (SELECT user_id FROM flags WHERE id = NEW.id);
END;
