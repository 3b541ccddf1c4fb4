-- SessionDesk native store, schema version 7 (PostgreSQL): Log Out All at scale, and planned
-- logouts run by the store's functions like every other action. Scale was measured at
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

-- Audit entries name the login that acted; a planned logout acts as the administrator who planned
-- it. sessiondesk_append_audit_as writes an entry as a given operator and is callable by no role:
-- only the store's functions (run as its owner) use it.
CREATE FUNCTION sessiondesk_append_audit_as(operator TEXT, action TEXT, target_user TEXT, target_session TEXT,
                                            entry_count INTEGER, reason TEXT, ticket TEXT, os_account TEXT,
                                            host TEXT, old_value TEXT, new_value TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    entry_at TIMESTAMPTZ := sessiondesk_now();
    entry_id BIGINT;
    previous TEXT;
    canonical BYTEA;
BEGIN
    IF coalesce(trim(reason), '') = '' THEN
        RAISE EXCEPTION 'A reason is required: it is written to the audit trail.' USING ERRCODE = '22023';
    END IF;
    LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE;
    SELECT a.id, a.hash INTO entry_id, previous FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    entry_id := coalesce(entry_id, 0) + 1;
    previous := coalesce(previous, repeat('0', 64));
    canonical := convert_to(E'SessionDesk audit entry v1\n', 'UTF8') ||
        sessiondesk_audit_field('id', entry_id::TEXT) ||
        sessiondesk_audit_field('at', (extract(epoch FROM entry_at) * 1000)::BIGINT::TEXT) ||
        sessiondesk_audit_field('operator', operator) ||
        sessiondesk_audit_field('os_account', os_account) ||
        sessiondesk_audit_field('host', host) ||
        sessiondesk_audit_field('action', action) ||
        sessiondesk_audit_field('target_user', target_user) ||
        sessiondesk_audit_field('target_session', target_session) ||
        sessiondesk_audit_field('count', entry_count::TEXT) ||
        sessiondesk_audit_field('reason', trim(reason)) ||
        sessiondesk_audit_field('ticket', trim(ticket)) ||
        sessiondesk_audit_field('outcome', 'success') ||
        sessiondesk_audit_field('old_value', old_value) ||
        sessiondesk_audit_field('new_value', new_value);
    INSERT INTO audit_log (id, at, operator, os_account, host, action, target_user, target_session, count,
                           reason, ticket, outcome, old_value, new_value, prev_hash, hash)
    VALUES (entry_id, entry_at, operator, os_account, host, action, nullif(target_user, ''),
            nullif(target_session, ''), entry_count, trim(reason), nullif(trim(ticket), ''), 'success',
            nullif(old_value, ''), nullif(new_value, ''), previous,
            encode(sha256(convert_to(previous || E'\n', 'UTF8') || canonical), 'hex'));
    RETURN entry_id;
END;
$$;
CREATE OR REPLACE FUNCTION sessiondesk_append_audit(action TEXT, target_user TEXT, target_session TEXT,
                                                    entry_count INTEGER, reason TEXT, ticket TEXT,
                                                    os_account TEXT, host TEXT, old_value TEXT, new_value TEXT)
RETURNS BIGINT LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    SELECT sessiondesk_append_audit_as(session_user, action, target_user, target_session, entry_count, reason,
                                       ticket, os_account, host, old_value, new_value);
$$;

-- Ends every active session outside the scope (users kept, roles excluded) as ended_by and, when
-- the scope says so, rejects the others' tokens; returns the audit entry's new value, written as
-- SessionDesk writes JSON (compact, keys in order), with the users logged out and the plan carried
-- out (planned, when one is). The sessions are ended by actor. Keeps the figures itself: sessions
-- already expired are marked first (the trigger keeps their figures), so that every user it logs
-- out has no open session and no device left afterwards, and the figures trigger is told to leave
-- the one big statement alone.
CREATE FUNCTION sessiondesk_end_all_sessions(scope JSON, actor TEXT, planned BIGINT, OUT ended INTEGER,
                                             OUT new_value TEXT)
LANGUAGE plpgsql SET search_path = public SET jit = off AS $$
DECLARE
    kept TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')));
    excluded TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')));
    revoke_tokens BOOLEAN := coalesce((scope ->> 'revokeTokens')::BOOLEAN, true);
    affected INTEGER;
BEGIN
    PERFORM sessiondesk_expire_sessions();
    PERFORM set_config('sessiondesk.figures', 'kept', true);
    WITH ended_sessions AS (
        UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout_all', ended_by = actor
        WHERE s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
          AND NOT EXISTS (SELECT FROM users u
                          WHERE u.id = s.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)))
        RETURNING s.user_id)
    SELECT count(*), count(DISTINCT user_id) INTO ended, affected FROM ended_sessions;
    PERFORM set_config('sessiondesk.figures', '', true);
    -- No user outside the scope has an open session left: one pass over the figures, not a join
    -- with the sessions just ended (3.9 s -> 3.2 s for the whole logout at the large scale).
    UPDATE user_stats st SET open_sessions = 0, devices = 0
    WHERE (st.open_sessions, st.devices) <> (0, 0)
      AND NOT EXISTS (SELECT FROM users u WHERE u.id = st.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)));
    IF revoke_tokens THEN
        UPDATE users u SET tokens_not_before = sessiondesk_now() WHERE NOT (u.id = ANY (kept) OR u.role = ANY (excluded));
    END IF;
    SELECT row_to_json(v)::TEXT INTO new_value
    FROM (SELECT excluded AS "excludedRoles", kept AS "keptUsers", planned, revoke_tokens AS "revokeTokens",
                 affected AS users) v;
    IF planned IS NULL THEN
        new_value := replace(new_value, '"planned":null,', '');
    END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_end_all_sessions(JSON, TEXT, BIGINT) FROM PUBLIC;

-- Log out all users (administrators only) except those the scope spares (LogoutAllScope's JSON:
-- {"keptUsers": [...], "excludedRoles": [...], "revokeTokens": true}), with one audit entry.
CREATE OR REPLACE FUNCTION sessiondesk_logout_all(scope JSON, reason TEXT, ticket TEXT, os_account TEXT,
                                                  host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    done RECORD;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can log out all users.');
    SELECT * INTO done FROM sessiondesk_end_all_sessions(scope, session_user, NULL);
    RETURN sessiondesk_append_audit('logout_all', NULL, NULL, done.ended, reason, ticket, os_account, host,
                                    NULL, done.new_value);
END;
$$;

-- A planned logout as SessionDesk writes it in the audit trail: the scope with id, time and message.
CREATE FUNCTION sessiondesk_plan_json(plan planned_logouts) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT row_to_json(v)::TEXT
    FROM (SELECT coalesce(plan.scope::JSON -> 'excludedRoles', '[]') AS "excludedRoles", plan.id AS id,
                 coalesce(plan.scope::JSON -> 'keptUsers', '[]') AS "keptUsers", plan.message AS message,
                 coalesce((plan.scope::JSON ->> 'revokeTokens')::BOOLEAN, true) AS "revokeTokens",
                 to_char(plan.run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "runAt") v;
$$;

-- Plans a logout of all users (administrators only) at run_at, at least the setting
-- planned_logout_min_lead_minutes ahead, with the message applications show until then.
CREATE FUNCTION sessiondesk_plan_logout_all(scope JSON, run_at TIMESTAMPTZ, message TEXT, reason TEXT,
                                            ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    lead INTEGER := (SELECT value::INTEGER FROM settings WHERE key = 'planned_logout_min_lead_minutes');
    plan planned_logouts;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can log out all users.');
    IF run_at IS NULL OR run_at < sessiondesk_now() + make_interval(mins => lead) THEN
        RAISE EXCEPTION 'A planned logout must be at least % minutes ahead, so that users see the announcement in time.',
            lead USING ERRCODE = '22023';
    END IF;
    IF coalesce(trim(message), '') = '' THEN
        RAISE EXCEPTION 'A planned logout needs a message for users: it is shown until the logout runs.'
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO planned_logouts (run_at, message, reason, ticket, scope, created_at, created_by, created_by_account)
    VALUES (run_at, trim(message), trim(reason), nullif(trim(ticket), ''), scope::TEXT, sessiondesk_now(),
            session_user, os_account)
    RETURNING * INTO plan;
    RETURN sessiondesk_append_audit('logout_all_planned', NULL, NULL, 0, reason, ticket, os_account, host,
                                    NULL, sessiondesk_plan_json(plan));
END;
$$;

-- The pending plan, locked until the transaction ends; refused with a sentence otherwise.
CREATE FUNCTION sessiondesk_pending_plan(plan_id BIGINT) RETURNS planned_logouts LANGUAGE plpgsql AS $$
DECLARE
    plan planned_logouts;
BEGIN
    SELECT * INTO plan FROM planned_logouts WHERE id = plan_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no planned logout %.', plan_id USING ERRCODE = 'P0002';
    END IF;
    IF plan.status <> 'pending' THEN
        RAISE EXCEPTION 'Planned logout % is %, not pending; nothing changed.', plan_id, plan.status
            USING ERRCODE = '55000';
    END IF;
    RETURN plan;
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_pending_plan(BIGINT) FROM PUBLIC;

-- Cancels a pending planned logout (administrators only).
CREATE FUNCTION sessiondesk_cancel_planned_logout(plan_id BIGINT, reason TEXT, ticket TEXT, os_account TEXT,
                                                  host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
#variable_conflict use_variable
DECLARE
    plan planned_logouts;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can log out all users.');
    plan := sessiondesk_pending_plan(plan_id);
    UPDATE planned_logouts SET status = 'cancelled', finished_at = sessiondesk_now(),
        outcome = format('Cancelled by %s: %s', session_user, trim(reason))
    WHERE id = plan_id;
    RETURN sessiondesk_append_audit('logout_all_cancel', NULL, NULL, 0, reason, ticket, os_account, host,
                                    sessiondesk_plan_json(plan), NULL);
END;
$$;

-- Runs a planned logout that is due, once: any operator's console may call it when the time has
-- come; it acts as the administrator who planned it, with the plan's reason and ticket, from the
-- calling machine (host). A planner who is no longer an administrator makes the plan fail for
-- good, saying why, and nothing else changes: then it returns NULL. Else the audit entry.
CREATE FUNCTION sessiondesk_run_planned_logout(plan_id BIGINT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    plan planned_logouts;
    done RECORD;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store run planned logouts.');
    plan := sessiondesk_pending_plan(plan_id);
    IF plan.run_at > sessiondesk_now() THEN
        RAISE EXCEPTION 'Planned logout % is due at %, not yet; nothing changed.', plan_id, plan.run_at
            USING ERRCODE = '55000';
    END IF;
    IF NOT coalesce((SELECT pg_has_role(r.oid, 'sessiondesk_admin', 'MEMBER') FROM pg_roles r
                     WHERE r.rolname = plan.created_by), false) THEN
        UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(),
            outcome = 'Only administrators can log out all users.'
        WHERE id = plan_id;
        RETURN NULL;
    END IF;
    SELECT * INTO done FROM sessiondesk_end_all_sessions(plan.scope::JSON, plan.created_by, plan.id);
    UPDATE planned_logouts SET status = 'done', finished_at = sessiondesk_now(),
        outcome = format('Ended %s session(s); users affected: %s.', done.ended, done.new_value::JSON ->> 'users')
    WHERE id = plan_id;
    RETURN sessiondesk_append_audit_as(plan.created_by, 'logout_all', NULL, NULL, done.ended, plan.reason,
                                       plan.ticket, plan.created_by_account, host, NULL, done.new_value);
END;
$$;

REVOKE EXECUTE ON FUNCTION sessiondesk_append_audit_as(TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT, TEXT,
                                                       TEXT, TEXT),
                           sessiondesk_plan_json(planned_logouts),
                           sessiondesk_plan_logout_all(JSON, TIMESTAMPTZ, TEXT, TEXT, TEXT, TEXT, TEXT),
                           sessiondesk_cancel_planned_logout(BIGINT, TEXT, TEXT, TEXT, TEXT),
                           sessiondesk_run_planned_logout(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_plan_logout_all(JSON, TIMESTAMPTZ, TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_cancel_planned_logout(BIGINT, TEXT, TEXT, TEXT, TEXT) TO sessiondesk_admin;
GRANT EXECUTE ON FUNCTION sessiondesk_run_planned_logout(BIGINT, TEXT)
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
