-- SessionDesk native store, schema version 8 (PostgreSQL): the number of users, kept. The Users
-- page says how many users there are; counting them read every page of users (81 ms of the first
-- page's 83 ms at a million users, README "PostgreSQL at scale"). The numbers by status are kept
-- instead, as changes that each statement adds (so no writer waits for another's counter), and
-- the consoles' housekeeping folds them together from time to time. Users are locked against
-- writes while they are counted and the triggers are made, so that no user is counted twice or
-- missed.
LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE;
CREATE TABLE user_counts (
    status  TEXT NOT NULL,
    removed BOOLEAN NOT NULL,
    users   BIGINT NOT NULL
);
INSERT INTO user_counts SELECT status, removed_at IS NOT NULL, count(*) FROM users GROUP BY 1, 2;
GRANT SELECT ON user_counts TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;

-- Users inserted or deleted: one change per status for the whole statement.
CREATE FUNCTION sessiondesk_count_users() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO user_counts SELECT status, removed_at IS NOT NULL, count(*) FROM new_rows GROUP BY 1, 2;
    ELSE
        INSERT INTO user_counts SELECT status, removed_at IS NOT NULL, -count(*) FROM old_rows GROUP BY 1, 2;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_count_after_insert AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_users();
CREATE TRIGGER users_count_after_delete AFTER DELETE ON users REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_count_users();

-- A user whose status changes, or who is removed or restored: a row trigger on those columns
-- only, so that statements changing other columns of many users (Log Out All's token times)
-- neither fire it nor capture their rows.
CREATE FUNCTION sessiondesk_recount_user() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO user_counts
    VALUES (OLD.status, OLD.removed_at IS NOT NULL, -1), (NEW.status, NEW.removed_at IS NOT NULL, 1);
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_count_after_update AFTER UPDATE OF status, removed_at ON users FOR EACH ROW
WHEN ((OLD.status, OLD.removed_at IS NOT NULL) IS DISTINCT FROM (NEW.status, NEW.removed_at IS NOT NULL))
EXECUTE FUNCTION sessiondesk_recount_user();

-- Folds the changes into one row per status once there are more than a few; returns the rows
-- folded. A fold and the changes of transactions still open do not meet: those are not seen, and
-- are folded next time.
CREATE FUNCTION sessiondesk_fold_user_counts() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    folded INTEGER := 0;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store keep its figures current.');
    IF (SELECT count(*) FROM user_counts) > 16 THEN
        WITH folding AS (DELETE FROM user_counts RETURNING status, removed, users)
        INSERT INTO user_counts
        SELECT status, removed, sum(users) FROM folding GROUP BY status, removed HAVING sum(users) <> 0;
        GET DIAGNOSTICS folded = ROW_COUNT;
    END IF;
    RETURN folded;
END;
$$;

-- Functions are callable by PUBLIC when made. As version 6 did for its own, that right is taken
-- from these and from those version 7 made (which check the caller's role themselves); the
-- store's roles keep what was granted to them. (Not from every function of the schema: pg_trgm's
-- are there too, and not the store's.)
REVOKE EXECUTE ON FUNCTION sessiondesk_count_users(), sessiondesk_recount_user(), sessiondesk_fold_user_counts(),
                           sessiondesk_plan_json(planned_logouts),
                           sessiondesk_plan_logout_all(JSON, TIMESTAMPTZ, TEXT, TEXT, TEXT, TEXT, TEXT),
                           sessiondesk_cancel_planned_logout(BIGINT, TEXT, TEXT, TEXT, TEXT),
                           sessiondesk_run_planned_logout(BIGINT, TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_fold_user_counts()
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
