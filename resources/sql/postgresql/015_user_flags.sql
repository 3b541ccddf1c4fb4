-- SessionDesk native store, schema version 15 (PostgreSQL): each user's open flags on the Users
-- page (the Flags column, sorted by it, and the "Flagged" filter) without reading the flags of
-- 100,000 users for a page. users.flag_rank is the highest severity among the user's open flags
-- (open, or the account frozen because of them) times ten, plus their number (at most one per
-- rule): 0 for none, 31 for one high, 23 for three of which the highest is medium. A statement
-- trigger on flags keeps it, as the owner (whoever changed the flags), for the users the
-- statement touched; an index holds it in order (and counts the flagged users). An export of
-- sign-ins is recorded in the audit trail (sessiondesk_record_sign_ins_export), and the number of
-- sign-ins is kept (sign_in_counts), so that the Sign-ins page does not count millions of rows.
ALTER TABLE users ADD COLUMN flag_rank INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION sessiondesk_refresh_flag_ranks(user_ids TEXT[]) RETURNS void LANGUAGE sql
SET search_path = public, pg_temp AS $$
    UPDATE users u SET flag_rank = coalesce(r.flag_rank, 0)
    FROM (SELECT v.id,
                 (SELECT max(CASE f.severity WHEN 'high' THEN 30 WHEN 'medium' THEN 20 ELSE 10 END) + count(*)
                  FROM flags f WHERE f.user_id = v.id AND f.status IN ('open', 'frozen')) AS flag_rank
          FROM unnest(user_ids) AS v(id)) r
    WHERE u.id = r.id AND u.flag_rank IS DISTINCT FROM coalesce(r.flag_rank, 0);
$$;
REVOKE ALL ON FUNCTION sessiondesk_refresh_flag_ranks(TEXT[]) FROM PUBLIC;
SELECT sessiondesk_refresh_flag_ranks(ARRAY(SELECT DISTINCT user_id FROM flags));
CREATE INDEX users_by_flag_rank ON users (flag_rank, id);

CREATE FUNCTION sessiondesk_flags_rank() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM sessiondesk_refresh_flag_ranks(ARRAY(SELECT DISTINCT user_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM sessiondesk_refresh_flag_ranks(ARRAY(SELECT DISTINCT user_id FROM old_rows));
    ELSE
        PERFORM sessiondesk_refresh_flag_ranks(
            ARRAY(SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION sessiondesk_flags_rank() FROM PUBLIC;
CREATE TRIGGER flags_rank_after_insert AFTER INSERT ON flags REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_flags_rank();
CREATE TRIGGER flags_rank_after_update AFTER UPDATE ON flags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_flags_rank();
CREATE TRIGGER flags_rank_after_delete AFTER DELETE ON flags REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_flags_rank();

-- An export of sign-in attempts (the Sign-ins page's Export CSV…, `signins export`) is recorded in
-- the audit trail as the audit trail's own export is: who, why, what (the format, the file, the
-- filter) and how many. The file is put in place only once this entry is written.
CREATE FUNCTION sessiondesk_record_sign_ins_export(what TEXT, entry_count INTEGER, reason TEXT, ticket TEXT,
                                                   os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store can export its sign-ins.');
    RETURN sessiondesk_append_audit('sign_ins_export', NULL, NULL, entry_count, reason, ticket, os_account,
                                    host, NULL, what);
END;
$$;
REVOKE ALL ON FUNCTION sessiondesk_record_sign_ins_export(TEXT, INTEGER, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_record_sign_ins_export(TEXT, INTEGER, TEXT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;

-- The number of sign-in attempts, successful and failed, for the Sign-ins page's total when it is
-- filtered by result at most: a sum of 32 rows instead of a count of millions. Kept by statement
-- triggers in 16 shards per result, the shard chosen by the writing connection, so that an
-- application's concurrent sign-ins seldom wait for each other's counter row.
CREATE TABLE sign_in_counts (
    shard   SMALLINT NOT NULL,
    success BOOLEAN NOT NULL,
    events  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shard, success)
);
GRANT SELECT ON sign_in_counts TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
INSERT INTO sign_in_counts (shard, success) SELECT s, r FROM generate_series(0, 15) s, (VALUES (true), (false)) v(r);
UPDATE sign_in_counts c SET events = t.events
FROM (SELECT success, count(*) AS events FROM login_events GROUP BY success) t
WHERE c.shard = 0 AND c.success = t.success;

CREATE FUNCTION sessiondesk_count_sign_ins() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Each branch names only the transition tables its statement has.
    IF TG_OP = 'TRUNCATE' THEN
        UPDATE sign_in_counts SET events = 0 WHERE events <> 0;
    ELSIF TG_OP = 'INSERT' THEN
        UPDATE sign_in_counts c SET events = c.events + net.events
        FROM (SELECT success, count(*) AS events FROM new_rows GROUP BY success) net
        WHERE c.shard = pg_backend_pid() % 16 AND c.success = net.success;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE sign_in_counts c SET events = c.events - net.events
        FROM (SELECT success, count(*) AS events FROM old_rows GROUP BY success) net
        WHERE c.shard = pg_backend_pid() % 16 AND c.success = net.success;
    ELSE -- an UPDATE: only a changed result moves a count
        UPDATE sign_in_counts c SET events = c.events + net.events
        FROM (SELECT success, sum(events) AS events
              FROM (SELECT success, count(*) AS events FROM new_rows GROUP BY success
                    UNION ALL
                    SELECT success, -count(*) FROM old_rows GROUP BY success) changes
              GROUP BY success HAVING sum(events) <> 0) net
        WHERE c.shard = pg_backend_pid() % 16 AND c.success = net.success;
    END IF;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION sessiondesk_count_sign_ins() FROM PUBLIC;
CREATE TRIGGER login_events_count_after_insert AFTER INSERT ON login_events REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_sign_ins();
CREATE TRIGGER login_events_count_after_update AFTER UPDATE ON login_events
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_sign_ins();
CREATE TRIGGER login_events_count_after_delete AFTER DELETE ON login_events REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_sign_ins();
CREATE TRIGGER login_events_count_after_truncate AFTER TRUNCATE ON login_events
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_sign_ins();
