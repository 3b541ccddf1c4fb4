-- SessionDesk native store, schema version 7 (PostgreSQL): Log Out All at scale. Measured at
-- 100,000 users with 335,000 active sessions (the benchmark's large store), where writing took
-- the time: every ended session and every user's new token time was a new row version in each of
-- their tables' indexes, and the figures trigger compared the statement's old and new rows
-- (README "PostgreSQL at scale" has the numbers). Now ends and token times are heap-only updates
-- (no index names the columns they change, and the pages keep room for them), and Log Out All
-- keeps the figures itself.
--
-- Room on the pages: fillfactor applies to rows written from now on; VACUUM FULL sessions, users
-- applies it to a store's existing rows (it locks those tables while it rewrites them).
ALTER TABLE users SET (fillfactor = 50);
ALTER TABLE sessions SET (fillfactor = 60);

-- The open sessions were found by partial indexes WHERE ended_at IS NULL, which made every end a
-- change of an indexed column. A user's sessions are found by sessions_by_user_last_seen, and
-- sessions by their expiry by a plain index; the sessions that expire are marked from a watermark.
DROP INDEX sessions_open_by_user;
DROP INDEX sessions_open_by_expiry;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Expiry times up to which expired sessions have been marked (one row).
CREATE TABLE sessions_expiry_marked (through TIMESTAMPTZ NOT NULL);
INSERT INTO sessions_expiry_marked VALUES ('-infinity');
GRANT SELECT ON sessions_expiry_marked TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;

-- Marks the sessions whose expiry passed since the watermark (less five minutes, for sessions
-- written by transactions still open then) as expired, and moves the watermark once a minute.
CREATE OR REPLACE FUNCTION sessiondesk_expire_sessions() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    expired INTEGER := 0;
    current TIMESTAMPTZ := sessiondesk_now();
    since TIMESTAMPTZ;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store keep its sessions current.');
    SELECT through - interval '5 minutes' INTO since FROM sessions_expiry_marked;
    -- Only when there is something to mark: even an UPDATE of no rows would notify the consoles.
    IF EXISTS (SELECT FROM sessions WHERE expires_at > since AND expires_at <= current AND ended_at IS NULL) THEN
        UPDATE sessions SET ended_at = expires_at, end_reason = 'expired'
        WHERE expires_at > since AND expires_at <= current AND ended_at IS NULL;
        GET DIAGNOSTICS expired = ROW_COUNT;
    END IF;
    UPDATE sessions_expiry_marked SET through = current WHERE through < current - interval '1 minute';
    RETURN expired;
END;
$$;

-- A session written already expired (inserted so, or its expiry moved into the past) is marked
-- as it is written, since the watermark has passed its expiry.
CREATE FUNCTION sessiondesk_end_expired() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.ended_at := NEW.expires_at;
    NEW.end_reason := 'expired';
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_end_expired() FROM PUBLIC;
CREATE TRIGGER sessions_end_expired BEFORE INSERT OR UPDATE OF expires_at ON sessions
FOR EACH ROW WHEN (NEW.ended_at IS NULL AND NEW.expires_at <= now())
EXECUTE FUNCTION sessiondesk_end_expired();

-- The figures trigger leaves a statement to its caller when the caller says it keeps the figures
-- itself (sessiondesk.figures = 'kept', for the rest of its transaction or until it clears it):
-- only Log Out All does, which knows them without reading anybody's sessions again.
CREATE OR REPLACE FUNCTION sessiondesk_sessions_stats() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public SET jit = off AS $$
DECLARE
    others TEXT[];
BEGIN
    IF current_setting('sessiondesk.figures', true) = 'kept' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        PERFORM sessiondesk_refresh_user_stats(ARRAY(SELECT DISTINCT user_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM sessiondesk_refresh_user_stats(ARRAY(SELECT DISTINCT user_id FROM old_rows));
    ELSE
        WITH changes AS (
            SELECT o.user_id AS old_user, n.user_id AS new_user,
                   coalesce(o.user_id = n.user_id AND o.ended_at IS NULL AND n.ended_at IS NOT NULL
                            AND (o.last_seen_at, o.device_id, o.user_agent, o.city, o.country)
                                IS NOT DISTINCT FROM (n.last_seen_at, n.device_id, n.user_agent, n.city, n.country),
                            false) AS only_ended
            FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
            WHERE (o.user_id, o.last_seen_at, o.device_id, o.user_agent, o.city, o.country, o.ended_at)
                  IS DISTINCT FROM (n.user_id, n.last_seen_at, n.device_id, n.user_agent, n.city, n.country, n.ended_at)),
        touched AS (
            SELECT t.user_id, count(*) FILTER (WHERE c.only_ended) AS ended, bool_and(c.only_ended) AS only_ended
            FROM changes c CROSS JOIN LATERAL (SELECT c.old_user UNION SELECT c.new_user) t (user_id)
            WHERE t.user_id IS NOT NULL
            GROUP BY t.user_id),
        cleared AS (
            UPDATE user_stats s SET open_sessions = 0, devices = 0 FROM touched t
            WHERE t.only_ended AND s.user_id = t.user_id AND s.open_sessions = t.ended
            RETURNING s.user_id)
        SELECT ARRAY(SELECT user_id FROM touched EXCEPT SELECT user_id FROM cleared) INTO others;
        PERFORM sessiondesk_refresh_user_stats(others);
    END IF;
    RETURN NULL;
END;
$$;

-- Log out all users (administrators only) except those the scope spares, as in version 6, now
-- keeping the figures itself: sessions already expired are marked first (the trigger keeps their
-- figures), so that every user it logs out has no open session and no device left afterwards.
CREATE OR REPLACE FUNCTION sessiondesk_logout_all(scope JSON, reason TEXT, ticket TEXT, os_account TEXT,
                                                  host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET jit = off AS $$
DECLARE
    kept TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')));
    excluded TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')));
    revoke_tokens BOOLEAN := coalesce((scope ->> 'revokeTokens')::BOOLEAN, true);
    ended INTEGER;
    affected INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can log out all users.');
    PERFORM sessiondesk_expire_sessions();
    PERFORM set_config('sessiondesk.figures', 'kept', true);
    WITH ended_sessions AS (
        UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout_all', ended_by = session_user
        WHERE s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
          AND NOT EXISTS (SELECT FROM users u
                          WHERE u.id = s.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)))
        RETURNING s.user_id),
    logged_out AS (SELECT DISTINCT user_id FROM ended_sessions),
    cleared AS (
        UPDATE user_stats st SET open_sessions = 0, devices = 0 FROM logged_out l
        WHERE st.user_id = l.user_id AND (st.open_sessions, st.devices) <> (0, 0))
    SELECT (SELECT count(*) FROM ended_sessions), (SELECT count(*) FROM logged_out) INTO ended, affected;
    PERFORM set_config('sessiondesk.figures', '', true);
    IF revoke_tokens THEN
        UPDATE users u SET tokens_not_before = sessiondesk_now() WHERE NOT (u.id = ANY (kept) OR u.role = ANY (excluded));
    END IF;
    RETURN sessiondesk_append_audit('logout_all', NULL, NULL, ended, reason, ticket, os_account, host, NULL,
                                    json_build_object('keptUsers', to_json(kept), 'excludedRoles',
                                                      to_json(excluded), 'revokeTokens', revoke_tokens,
                                                      'users', affected)::TEXT);
END;
$$;
