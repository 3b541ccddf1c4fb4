-- SessionDesk native store, schema version 9 (PostgreSQL): the store's functions hold against its
-- own logins.
--
-- 1. No function can be steered by objects its caller creates. A function that names a table
--    without its schema finds it along search_path, and a search_path without pg_temp searches the
--    caller's temporary tables first: a login could stand in its own audit_log, settings or
--    planned_logouts and have a store function act on the real tables as told by them. Every
--    function of the store now runs with search_path = public, pg_temp (pg_temp last, as
--    PostgreSQL's "Writing SECURITY DEFINER Functions Safely" asks); three that name no table are
--    left without one, so that the planner can still inline them. Nobody but the schema's owner
--    may create objects in public, so no login can add a function that a store function would
--    take for a built-in one. Nor can a caller's setting make the figures trigger stand aside.
-- 2. Detection is accounted for. A console proposes findings; the store keeps only those its own
--    sign-ins and sessions support, under its own thresholds, and writes their evidence itself
--    from its rows. Only administrators and support run detection. The watermark never passes the
--    newest sign-in. Each scan that changed a flag (or proposed one the store refused) is a row of
--    detection_scans (who, when, from where, what), and each flag names the scan that raised it
--    and the one that last changed it; the audit trail stays for operators' decisions.
-- 3. A Log Out All, immediate or planned, that spares a user who does not exist or a role nobody
--    holds is refused (it would log out the users it was meant to spare), and a plan within the
--    notice of a pending one is refused.
-- 4. The database's owner may manage the store's operators (audited like an administrator), so
--    the first administrator of a new store is added the audited way, not by a bare GRANT.

REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Why a Log Out All's scope cannot be carried out, or NULL: it keeps a user who does not exist (or
-- was removed), or spares an empty role or one that no user holds, which would log out the very
-- users the administrator meant to keep signed in.
CREATE FUNCTION sessiondesk_scope_refusal(scope JSON) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT 'An empty role cannot be spared; nothing was ended.'
         FROM json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')) r (role) WHERE trim(r.role) = ''
         LIMIT 1),
        (SELECT format('There is no user %s to keep signed in; nothing was ended.', string_agg(k.id, ', '))
         FROM json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')) k (id)
         WHERE NOT EXISTS (SELECT FROM users u WHERE u.id = k.id AND u.removed_at IS NULL)
         HAVING count(*) > 0),
        (SELECT format('No user has the role %s, so it spares nobody; nothing was ended.', string_agg(r.role, ', '))
         FROM json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')) r (role)
         WHERE NOT EXISTS (SELECT FROM users u WHERE u.role = r.role AND u.removed_at IS NULL)
         HAVING count(*) > 0));
$$;

-- The figures trigger left a statement alone when the session said sessiondesk.figures = 'kept',
-- a setting any login may set: a caller could have a store function, or the application its own
-- writes, leave the figures behind. Log Out All now says so with a row of its transaction in a
-- table only the store's owner writes, and the setting means nothing.
CREATE TABLE figures_kept (transaction_id TEXT PRIMARY KEY);

CREATE OR REPLACE FUNCTION sessiondesk_sessions_stats() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    others TEXT[];
BEGIN
    IF EXISTS (SELECT FROM figures_kept WHERE transaction_id = pg_current_xact_id()::TEXT) THEN
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

CREATE OR REPLACE FUNCTION sessiondesk_end_all_sessions(scope JSON, actor TEXT, planned BIGINT, OUT ended INTEGER,
                                             OUT new_value TEXT)
LANGUAGE plpgsql SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    kept TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')));
    excluded TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')));
    revoke_tokens BOOLEAN := coalesce((scope ->> 'revokeTokens')::BOOLEAN, true);
    affected INTEGER;
    refusal TEXT := sessiondesk_scope_refusal(scope);
BEGIN
    IF refusal IS NOT NULL THEN
        RAISE EXCEPTION '%', refusal USING ERRCODE = 'P0002';
    END IF;
    PERFORM sessiondesk_expire_sessions();
    INSERT INTO figures_kept VALUES (pg_current_xact_id()::TEXT);
    WITH ended_sessions AS (
        UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout_all', ended_by = actor
        WHERE s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
          AND NOT EXISTS (SELECT FROM users u
                          WHERE u.id = s.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)))
        RETURNING s.user_id)
    SELECT count(*), count(DISTINCT user_id) INTO ended, affected FROM ended_sessions;
    DELETE FROM figures_kept WHERE transaction_id = pg_current_xact_id()::TEXT;
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

-- Whether the calling login owns the database (and so may do anything with it anyway).
CREATE FUNCTION sessiondesk_is_database_owner() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT session_user = pg_get_userbyid(d.datdba) FROM pg_database d WHERE d.datname = current_database();
$$;

-- Operators are managed by administrators and by the database's owner, whose own store role does
-- not matter: it may grant the roles directly, so it is given the audited way to do it.
CREATE FUNCTION sessiondesk_require_operator_manager() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT sessiondesk_is_database_owner() THEN
        PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can change the operators.');
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION sessiondesk_set_operator(login TEXT, new_role TEXT, reason TEXT, ticket TEXT,
                                                    os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before TEXT;
    granted TEXT := CASE new_role WHEN 'administrator' THEN 'sessiondesk_admin'
                                  WHEN 'support' THEN 'sessiondesk_support'
                                  WHEN 'auditor' THEN 'sessiondesk_auditor' END;
BEGIN
    PERFORM sessiondesk_require_operator_manager();
    IF coalesce(trim(reason), '') = '' THEN
        RAISE EXCEPTION 'A reason is required: it is written to the audit trail.' USING ERRCODE = '22023';
    ELSIF granted IS NULL THEN
        RAISE EXCEPTION 'A role is administrator, support or auditor, not %.', new_role USING ERRCODE = '22023';
    ELSIF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = login AND rolcanlogin) THEN
        RAISE EXCEPTION '% is not a login of this database server.', login USING ERRCODE = '22023';
    END IF;
    before := sessiondesk_operator_role(login);
    IF before = new_role THEN
        RAISE EXCEPTION '% is already %; nothing changed.', login, new_role USING ERRCODE = '55000';
    ELSIF before = 'administrator' THEN
        PERFORM sessiondesk_keep_an_administrator(login);
    END IF;
    PERFORM sessiondesk_revoke_store_roles(login);
    EXECUTE format('GRANT %I TO %I', granted, login);
    RETURN sessiondesk_append_audit('operator_set', NULL, NULL, 0, reason, ticket, os_account, host,
                                    sessiondesk_operator_json(login, before),
                                    sessiondesk_operator_json(login, new_role));
END;
$$;

CREATE OR REPLACE FUNCTION sessiondesk_remove_operator(login TEXT, reason TEXT, ticket TEXT, os_account TEXT,
                                                       host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before TEXT;
BEGIN
    PERFORM sessiondesk_require_operator_manager();
    before := sessiondesk_operator_role(login);
    IF before IS NULL THEN
        RAISE EXCEPTION '% is not an operator of this store.', login USING ERRCODE = 'P0002';
    ELSIF before = 'administrator' THEN
        PERFORM sessiondesk_keep_an_administrator(login);
    END IF;
    PERFORM sessiondesk_revoke_store_roles(login);
    RETURN sessiondesk_append_audit('operator_remove', NULL, NULL, 0, reason, ticket, os_account, host,
                                    sessiondesk_operator_json(login, before),
                                    sessiondesk_operator_json(login, NULL));
END;
$$;

-- Detection scans that changed something, or were proposed findings the store refused.
CREATE TABLE detection_scans (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    operator      TEXT NOT NULL,
    os_account    TEXT,
    host          TEXT,
    through_event BIGINT NOT NULL,
    raised        INTEGER NOT NULL,
    updated       INTEGER NOT NULL,
    frozen        INTEGER NOT NULL,
    refused       INTEGER NOT NULL
);
GRANT SELECT ON detection_scans TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
-- Deferred: a scan marks the flags it raises and updates before it writes its own row.
ALTER TABLE flags ADD COLUMN raised_by_scan BIGINT REFERENCES detection_scans (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE flags ADD COLUMN updated_by_scan BIGINT REFERENCES detection_scans (id) DEFERRABLE INITIALLY DEFERRED;

-- A setting as a number.
CREATE FUNCTION sessiondesk_setting(setting_key TEXT) RETURNS DOUBLE PRECISION LANGUAGE sql STABLE AS $$
    SELECT value::DOUBLE PRECISION FROM settings WHERE key = setting_key;
$$;

-- A time as SessionDesk writes it in evidence (ISO 8601, UTC, whole seconds).
CREATE FUNCTION sessiondesk_iso(at TIMESTAMPTZ) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
$$;

-- Whole seconds from one time to a later one, as SessionDesk counts them.
CREATE FUNCTION sessiondesk_seconds(since TIMESTAMPTZ, until TIMESTAMPTZ) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT trunc(extract(epoch FROM until - since))::BIGINT;
$$;

-- Great-circle distance in kilometres (haversine, the earth's mean radius), as models/detection
-- computes it.
CREATE FUNCTION sessiondesk_km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION, lat2 DOUBLE PRECISION,
                               lon2 DOUBLE PRECISION) RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE AS $$
    SELECT 2 * 6371.0 * asin(least(1.0, sqrt(sin(radians(lat2 - lat1) / 2) ^ 2
                                                 + cos(radians(lat1)) * cos(radians(lat2))
                                                   * sin(radians(lon2 - lon1) / 2) ^ 2)));
$$;

-- A login event as evidence names it.
CREATE FUNCTION sessiondesk_event_json(e login_events) RETURNS JSONB LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('event', e.id, 'at', sessiondesk_iso(e.at), 'city', coalesce(e.city, ''),
                              'country', coalesce(e.country, ''), 'ip', coalesce(e.ip, ''));
$$;

-- What the store's own rows and thresholds say about a finding a console proposes for a user and a
-- rule, with the events it names in claimed (its evidence): the evidence the store writes, its key,
-- first and last seen and a line in English; no row when the store's data does not support it.
-- claimed_first is kept as first seen only when it is a sign-in of the user's no later than the
-- finding (a flag first seen earlier in the same scan).
CREATE FUNCTION sessiondesk_supported_finding(flag_user TEXT, flag_rule TEXT, claimed JSONB,
                                              claimed_first TIMESTAMPTZ)
RETURNS TABLE (evidence JSONB, evidence_key TEXT, first_seen TIMESTAMPTZ, last_seen TIMESTAMPTZ,
               explanation TEXT)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    a login_events;
    b login_events;
    km DOUBLE PRECISION;
    minutes BIGINT;
    kmh DOUBLE PRECISION;
    places TEXT[];
    devices TEXT[];
    total INTEGER;
    failures INTEGER;
    addresses TEXT[];
    burst_end TIMESTAMPTZ;
    window_seconds BIGINT;
    first_at TIMESTAMPTZ;
    last_at TIMESTAMPTZ;
    found_sessions JSONB;
BEGIN
    IF flag_rule = 'impossible_travel' THEN
        SELECT * INTO a FROM login_events e WHERE e.id = (claimed -> 'from' ->> 'event')::BIGINT
            AND e.user_id = flag_user AND e.success AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL;
        SELECT * INTO b FROM login_events e WHERE e.id = (claimed -> 'to' ->> 'event')::BIGINT
            AND e.user_id = flag_user AND e.success AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL;
        IF a.id IS NULL OR b.id IS NULL OR (b.at, b.id) <= (a.at, a.id)
           OR EXISTS (SELECT FROM login_events e WHERE e.user_id = flag_user AND e.success
                      AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
                      AND (e.at, e.id) > (a.at, a.id) AND (e.at, e.id) < (b.at, b.id)) THEN
            RETURN; -- not two of the user's sign-ins, one right after the other
        END IF;
        km := sessiondesk_km(a.latitude, a.longitude, b.latitude, b.longitude);
        minutes := greatest(1, sessiondesk_seconds(a.at, b.at) / 60);
        kmh := km / (minutes / 60.0);
        IF km < sessiondesk_setting('impossible_travel_min_km') OR kmh <= sessiondesk_setting('impossible_travel_kmh') THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT
            jsonb_build_object('from', sessiondesk_event_json(a), 'to', sessiondesk_event_json(b),
                               'distanceKm', round(km::NUMERIC), 'minutes', minutes, 'speedKmh', round(kmh::NUMERIC),
                               'thresholdKmh', sessiondesk_setting('impossible_travel_kmh')),
            format('e%s-e%s', a.id, b.id), b.at, b.at,
            format('%s → %s, %s km in %s min = %s km/h; threshold %s km/h',
                   coalesce(nullif(a.city, ''), a.country), coalesce(nullif(b.city, ''), b.country),
                   round(km::NUMERIC), minutes, round(kmh::NUMERIC), sessiondesk_setting('impossible_travel_kmh'));
    ELSIF flag_rule = 'concurrent_locations' THEN
        SELECT array_agg(DISTINCT s.country COLLATE "C" ORDER BY s.country COLLATE "C"), min(s.created_at), max(s.last_seen_at),
               jsonb_agg(jsonb_build_object('session', s.id, 'country', s.country, 'city', coalesce(s.city, ''))
                         ORDER BY s.id)
        INTO places, first_at, last_at, found_sessions
        FROM sessions s WHERE s.user_id = flag_user AND s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
          AND coalesce(s.country, '') <> '';
        IF coalesce(cardinality(places), 0) < sessiondesk_setting('concurrent_countries') THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT
            jsonb_build_object('countries', to_jsonb(places), 'sessions', found_sessions,
                               'threshold', sessiondesk_setting('concurrent_countries')),
            array_to_string(places, ','), first_at, last_at,
            format('Active sessions in %s countries at once: %s; threshold %s', cardinality(places),
                   array_to_string(places, ', '), sessiondesk_setting('concurrent_countries'));
    ELSIF flag_rule = 'device_spread' THEN
        SELECT array_agg(DISTINCT coalesce(nullif(s.device_id, ''), nullif(s.user_agent, ''), s.id) COLLATE "C"
                         ORDER BY coalesce(nullif(s.device_id, ''), nullif(s.user_agent, ''), s.id) COLLATE "C"),
               count(*), min(s.created_at), max(s.last_seen_at)
        INTO devices, total, first_at, last_at
        FROM sessions s WHERE s.user_id = flag_user AND s.ended_at IS NULL AND s.expires_at > sessiondesk_now();
        IF coalesce(cardinality(devices), 0) <= sessiondesk_setting('device_spread_max') THEN
            RETURN;
        END IF;
        RETURN QUERY SELECT
            jsonb_build_object('devices', cardinality(devices), 'sessions', total,
                               'threshold', sessiondesk_setting('device_spread_max')),
            left(encode(sha256(convert_to(array_to_string(devices, E'\n'), 'UTF8')), 'hex'), 16), first_at, last_at,
            format('%s devices with active sessions; at most %s allowed (shared credentials?)',
                   cardinality(devices), sessiondesk_setting('device_spread_max'));
    ELSIF flag_rule = 'failed_login_burst' THEN
        SELECT * INTO a FROM login_events e WHERE e.id = (claimed ->> 'firstEvent')::BIGINT
            AND e.user_id = flag_user AND NOT e.success;
        IF a.id IS NULL THEN
            RETURN;
        END IF;
        window_seconds := (sessiondesk_setting('failed_burst_minutes') * 60)::BIGINT;
        SELECT count(*), max(e.at), array_agg(DISTINCT coalesce(e.ip, '') ORDER BY coalesce(e.ip, ''))
        INTO failures, burst_end, addresses
        FROM login_events e WHERE e.user_id = flag_user AND NOT e.success AND (e.at, e.id) >= (a.at, a.id)
          AND e.at <= a.at + make_interval(secs => window_seconds + 1)
          AND sessiondesk_seconds(a.at, e.at) <= window_seconds;
        IF failures < sessiondesk_setting('failed_burst_count') THEN
            RETURN;
        END IF;
        first_at := CASE WHEN EXISTS (SELECT FROM login_events e WHERE e.user_id = flag_user AND NOT e.success
                                   AND e.at = claimed_first AND e.at <= a.at) THEN claimed_first ELSE a.at END;
        RETURN QUERY SELECT
            jsonb_build_object('failures', failures, 'firstEvent', a.id, 'from', sessiondesk_iso(a.at),
                               'to', sessiondesk_iso(burst_end), 'addresses', to_jsonb(addresses),
                               'firstFrom', coalesce(nullif(a.ip, ''), nullif(a.city, ''), coalesce(a.country, '')),
                               'threshold', sessiondesk_setting('failed_burst_count'),
                               'windowMinutes', sessiondesk_setting('failed_burst_minutes')),
            format('e%s', a.id), first_at, burst_end,
            format('%s failed sign-ins from %s address(es), the first from %s; threshold %s in %s min', failures,
                   cardinality(addresses), coalesce(nullif(a.ip, ''), nullif(a.city, ''), a.country),
                   sessiondesk_setting('failed_burst_count'), sessiondesk_setting('failed_burst_minutes'));
    ELSIF flag_rule = 'new_country' THEN
        SELECT * INTO a FROM login_events e WHERE e.id = (claimed ->> 'event')::BIGINT
            AND e.user_id = flag_user AND e.success AND coalesce(e.country, '') <> '';
        IF a.id IS NULL THEN
            RETURN;
        END IF;
        window_seconds := (sessiondesk_setting('new_country_days') * 86400)::BIGINT;
        -- The user's earlier sign-ins from a known country within the look-back: there must be some,
        -- and none from this country.
        SELECT array_agg(DISTINCT e.country) INTO places
        FROM login_events e WHERE e.user_id = flag_user AND e.success AND coalesce(e.country, '') <> ''
          AND (e.at, e.id) < (a.at, a.id) AND e.at >= a.at - make_interval(secs => window_seconds + 1)
          AND sessiondesk_seconds(e.at, a.at) <= window_seconds;
        IF places IS NULL OR a.country = ANY (places) THEN
            RETURN;
        END IF;
        first_at := CASE WHEN EXISTS (SELECT FROM login_events e WHERE e.user_id = flag_user AND e.success
                                   AND e.at = claimed_first AND e.at <= a.at) THEN claimed_first ELSE a.at END;
        RETURN QUERY SELECT
            sessiondesk_event_json(a) || jsonb_build_object('lookbackDays', sessiondesk_setting('new_country_days')),
            format('e%s', a.id), first_at, a.at,
            format('Signed in from %s (%s), not seen for this user in the previous %s days', a.country,
                   coalesce(nullif(a.city, ''), a.country), sessiondesk_setting('new_country_days'));
    END IF;
END;
$$;

-- Records what a console's detection scan proposes (administrators and support): findings is a
-- JSON array of objects with user, rule, evidence (the console's, as JSON text) and firstSeen
-- (epoch milliseconds); newest is the last login event the scan read. Each finding the store's
-- data supports (sessiondesk_supported_finding) brings the open or frozen flag of the same user and
-- rule up to date, or, unless an operator already closed one for the same evidence, is raised,
-- with the evidence the store wrote; the others are refused and counted. With auto_freeze_high
-- on, an active user with a newly raised high-severity flag is frozen with note as the reason,
-- audited as done by the login whose console scanned. Returns {"raised", "updated", "frozen",
-- "refused", "scan"}.
DROP FUNCTION sessiondesk_record_scan(JSON, BIGINT, TEXT, TEXT, TEXT);
CREATE FUNCTION sessiondesk_record_scan(findings JSON, newest BIGINT, note TEXT, os_account TEXT, host TEXT)
RETURNS JSON LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    finding JSON;
    found RECORD;
    flag_rule TEXT;
    severity TEXT;
    existing BIGINT;
    raised INTEGER := 0;
    updated INTEGER := 0;
    frozen INTEGER := 0;
    refused INTEGER := 0;
    to_freeze TEXT[] := '{}';
    account TEXT;
    scan_id BIGINT := nextval(pg_get_serial_sequence('detection_scans', 'id'));
    through BIGINT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Only administrators and support run detection; auditors look.');
    FOR finding IN SELECT * FROM json_array_elements(coalesce(findings, '[]')) LOOP
        flag_rule := finding ->> 'rule';
        severity := CASE flag_rule WHEN 'impossible_travel' THEN 'high' WHEN 'concurrent_locations' THEN 'high'
                                   WHEN 'device_spread' THEN 'medium' WHEN 'failed_login_burst' THEN 'medium'
                                   WHEN 'new_country' THEN 'low' END;
        SELECT * INTO found FROM sessiondesk_supported_finding(
            finding ->> 'user', flag_rule, coalesce((finding ->> 'evidence')::JSONB, '{}'),
            to_timestamp((finding ->> 'firstSeen')::BIGINT / 1000.0));
        IF severity IS NULL OR found.evidence IS NULL THEN
            refused := refused + 1;
            CONTINUE;
        END IF;
        SELECT f.id INTO existing FROM flags f
        WHERE f.user_id = finding ->> 'user' AND f.rule = flag_rule AND f.status IN ('open', 'frozen');
        IF existing IS NOT NULL THEN
            UPDATE flags f SET last_seen = greatest(f.last_seen, found.last_seen), explanation = found.explanation,
                evidence = found.evidence::TEXT, evidence_key = found.evidence_key, updated_by_scan = scan_id
            WHERE f.id = existing;
            updated := updated + 1;
        ELSIF NOT EXISTS (SELECT FROM flags f WHERE f.user_id = finding ->> 'user' AND f.rule = flag_rule
                          AND f.evidence_key = found.evidence_key) THEN
            INSERT INTO flags (user_id, rule, severity, status, explanation, evidence, evidence_key, first_seen,
                               last_seen, raised_by_scan, updated_by_scan)
            VALUES (finding ->> 'user', flag_rule, severity, 'open', found.explanation, found.evidence::TEXT,
                    found.evidence_key, least(found.first_seen, found.last_seen), found.last_seen, scan_id, scan_id);
            raised := raised + 1;
            IF severity = 'high' AND NOT (finding ->> 'user' = ANY (to_freeze)) THEN
                to_freeze := to_freeze || (finding ->> 'user');
            END IF;
        END IF;
    END LOOP;
    -- After every finding is stored, so that freezing marks each open flag of the user.
    IF (SELECT value FROM settings WHERE key = 'auto_freeze_high') = 'on' THEN
        FOREACH account IN ARRAY to_freeze LOOP
            IF (SELECT status FROM users WHERE id = account) = 'active' THEN
                PERFORM sessiondesk_freeze(account, note, NULL, os_account, host);
                frozen := frozen + 1;
            END IF;
        END LOOP;
    END IF;
    through := least(coalesce(newest, 0), (SELECT coalesce(max(id), 0) FROM login_events));
    UPDATE detection_state SET last_login_event = greatest(last_login_event, through), scanned_at = sessiondesk_now();
    IF raised + updated + frozen + refused > 0 THEN
        INSERT INTO detection_scans (id, at, operator, os_account, host, through_event, raised, updated, frozen,
                                     refused)
        VALUES (scan_id, sessiondesk_now(), session_user, os_account, host,
                (SELECT last_login_event FROM detection_state), raised, updated, frozen, refused);
    END IF;
    RETURN json_build_object('raised', raised, 'updated', updated, 'frozen', frozen, 'refused', refused,
                             'scan', CASE WHEN raised + updated + frozen + refused > 0 THEN scan_id END);
END;
$$;

-- Planning refuses a time within the notice of a pending plan (users would be told two times) and a
-- scope that names what the store does not have; a plan whose scope no longer fits when it is due
-- fails, saying why, like one whose planner is no longer an administrator.
CREATE OR REPLACE FUNCTION sessiondesk_plan_logout_all(scope JSON, run_at TIMESTAMPTZ, message TEXT, reason TEXT,
                                            ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
    SELECT * INTO plan FROM planned_logouts p WHERE p.status = 'pending'
        AND p.run_at > sessiondesk_plan_logout_all.run_at - make_interval(mins => lead)
        AND p.run_at < sessiondesk_plan_logout_all.run_at + make_interval(mins => lead)
    ORDER BY p.run_at LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Planned logout % is already pending at %, within % minutes of this one; cancel it first or choose another time. Nothing was planned.',
            plan.id, sessiondesk_iso(plan.run_at), lead USING ERRCODE = '55000';
    END IF;
    IF sessiondesk_scope_refusal(scope) IS NOT NULL THEN
        RAISE EXCEPTION '%', sessiondesk_scope_refusal(scope) USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO planned_logouts (run_at, message, reason, ticket, scope, created_at, created_by, created_by_account)
    VALUES (run_at, trim(message), trim(reason), nullif(trim(ticket), ''), scope::TEXT, sessiondesk_now(),
            session_user, os_account)
    RETURNING * INTO plan;
    RETURN sessiondesk_append_audit('logout_all_planned', NULL, NULL, 0, reason, ticket, os_account, host,
                                    NULL, sessiondesk_plan_json(plan));
END;
$$;

CREATE OR REPLACE FUNCTION sessiondesk_run_planned_logout(plan_id BIGINT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    plan planned_logouts;
    done RECORD;
    refusal TEXT;
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
    -- A scope that spares someone who is gone, or a role nobody holds any longer, fails too.
    refusal := sessiondesk_scope_refusal(plan.scope::JSON);
    IF refusal IS NOT NULL THEN
        UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(), outcome = refusal
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

-- Every function of the store runs with pg_temp last on its path, but for three that name no
-- table and are inlined into the queries that call them.
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    FOR f IN SELECT p.oid::REGPROCEDURE FROM pg_proc p
             WHERE p.pronamespace = 'public'::REGNAMESPACE AND p.proname LIKE 'sessiondesk\_%'
               AND p.proname NOT IN ('sessiondesk_now', 'sessiondesk_audit_field', 'sessiondesk_operator_json',
                                     'sessiondesk_iso', 'sessiondesk_seconds', 'sessiondesk_km')
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::REGCLASS AND d.objid = p.oid
                               AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = public, pg_temp', f);
    END LOOP;
END;
$$;

REVOKE EXECUTE ON FUNCTION sessiondesk_is_database_owner(), sessiondesk_require_operator_manager(),
                           sessiondesk_scope_refusal(JSON),
                           sessiondesk_setting(TEXT), sessiondesk_iso(TIMESTAMPTZ),
                           sessiondesk_seconds(TIMESTAMPTZ, TIMESTAMPTZ),
                           sessiondesk_km(DOUBLE PRECISION, DOUBLE PRECISION, DOUBLE PRECISION, DOUBLE PRECISION),
                           sessiondesk_event_json(login_events),
                           sessiondesk_supported_finding(TEXT, TEXT, JSONB, TIMESTAMPTZ),
                           sessiondesk_record_scan(JSON, BIGINT, TEXT, TEXT, TEXT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_record_scan(JSON, BIGINT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support;
-- The owner's way to the first administrator: set_operator is callable by every login, and checks.
GRANT EXECUTE ON FUNCTION sessiondesk_set_operator(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_remove_operator(TEXT, TEXT, TEXT, TEXT, TEXT)
    TO PUBLIC;

-- A function one of the store's roles may call is callable by all three, and refuses the wrong role
-- itself, so that an operator of that role hears the store's sentence ("Auditors have read-only
-- access.") rather than only "permission denied for function". Logins without a store role may
-- call none of them (but for the operators' two above, which the database's owner may call).
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    FOR f IN SELECT DISTINCT p.oid::REGPROCEDURE FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a
             WHERE p.pronamespace = 'public'::REGNAMESPACE AND p.proname LIKE 'sessiondesk\_%'
               AND a.privilege_type = 'EXECUTE'
               AND a.grantee IN (SELECT oid FROM pg_roles
                                 WHERE rolname IN ('sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor')) LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor', f);
    END LOOP;
END;
$$;
