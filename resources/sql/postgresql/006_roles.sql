-- SessionDesk native store, schema version 6 (PostgreSQL): what each role may do
-- (docs/store-contract.md), enforced by the database for everyone, psql included.
--
-- Three roles: sessiondesk_admin, sessiondesk_support, sessiondesk_auditor (grant one to each
-- operator's login). All may read. Nobody but the store's owner may write a table directly: every
-- action is a SECURITY DEFINER function that checks the caller's role, does the work and appends
-- the audit entry in the same transaction, so that no role can act without auditing. The
-- operator recorded is the database login (session_user). Audit entries are never changed or
-- removed (the triggers of version 3), and no role is granted UPDATE or DELETE on them.
-- Applying this version needs CREATEROLE (or a superuser): the roles are the cluster's.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sessiondesk_auditor') THEN
        CREATE ROLE sessiondesk_auditor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sessiondesk_support') THEN
        CREATE ROLE sessiondesk_support NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sessiondesk_admin') THEN
        CREATE ROLE sessiondesk_admin NOLOGIN;
    END IF;
END;
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

-- The canonical encoding of an audit entry, byte for byte as docs/store-contract.md describes
-- and models/audit/AuditChain computes: "name=<bytes>:<value>\n", or "name=~\n" when empty.
CREATE FUNCTION sessiondesk_audit_field(name TEXT, value TEXT) RETURNS BYTEA
LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(name || '=', 'UTF8') ||
           CASE WHEN value IS NULL OR value = '' THEN convert_to('~', 'UTF8')
                ELSE convert_to(octet_length(convert_to(value, 'UTF8'))::TEXT || ':', 'UTF8') ||
                     convert_to(value, 'UTF8') END ||
           '\x0a'::BYTEA;
$$;

-- The action's time: the transaction's, to the millisecond as SQLite keeps times, so that what an
-- action changes and its audit entry carry the same time.
CREATE FUNCTION sessiondesk_now() RETURNS TIMESTAMPTZ
LANGUAGE sql STABLE AS $$ SELECT date_trunc('milliseconds', now()) $$;

-- Appends an entry to the chain and returns its id. Appends are serialised by a lock on the
-- table (readers are not blocked), so concurrent actions each extend the chain in turn.
CREATE FUNCTION sessiondesk_append_audit(action TEXT, target_user TEXT, target_session TEXT,
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
        sessiondesk_audit_field('operator', session_user) ||
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
    VALUES (entry_id, entry_at, session_user, os_account, host, action, nullif(target_user, ''),
            nullif(target_session, ''), entry_count, trim(reason), nullif(trim(ticket), ''), 'success',
            nullif(old_value, ''), nullif(new_value, ''), previous,
            encode(sha256(convert_to(previous || E'\n', 'UTF8') || canonical), 'hex'));
    RETURN entry_id;
END;
$$;

-- Refuses, with the capability matrix's sentence, a caller without one of the roles.
CREATE FUNCTION sessiondesk_require(roles TEXT[], refusal TEXT) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM unnest(roles) r WHERE pg_has_role(session_user, r, 'MEMBER')) THEN
        RAISE EXCEPTION '%', refusal USING ERRCODE = '42501';
    END IF;
END;
$$;

-- Log a user out: end their active sessions and reject their tokens; returns the audit entry.
CREATE FUNCTION sessiondesk_logout_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    ended INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Auditors have read-only access.');
    UPDATE users SET tokens_not_before = sessiondesk_now() WHERE id = user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The user no longer exists.' USING ERRCODE = 'P0002';
    END IF;
    UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout', ended_by = session_user
    WHERE s.user_id = sessiondesk_logout_user.user_id AND s.ended_at IS NULL AND s.expires_at > sessiondesk_now();
    GET DIAGNOSTICS ended = ROW_COUNT;
    RETURN sessiondesk_append_audit('logout_user', user_id, NULL, ended, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

-- End one session; the user's other sessions stay.
CREATE FUNCTION sessiondesk_end_session(session_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    owner TEXT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Auditors have read-only access.');
    UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout', ended_by = session_user
    WHERE s.id = session_id AND s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
    RETURNING s.user_id INTO owner;
    IF owner IS NULL THEN
        IF EXISTS (SELECT FROM sessions s WHERE s.id = session_id) THEN
            RAISE EXCEPTION 'Session % has already ended.', session_id USING ERRCODE = '55000';
        END IF;
        RAISE EXCEPTION 'There is no session %.', session_id USING ERRCODE = 'P0002';
    END IF;
    RETURN sessiondesk_append_audit('end_session', owner, session_id, 1, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

-- Log out all users (administrators only) except those the scope spares, rejecting their tokens
-- when it says so. scope is LogoutAllScope's JSON: {"keptUsers": [...], "excludedRoles": [...],
-- "revokeTokens": true}; the audit entry records it with the number of users logged out.
CREATE FUNCTION sessiondesk_logout_all(scope JSON, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    kept TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')));
    excluded TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')));
    revoke_tokens BOOLEAN := coalesce((scope ->> 'revokeTokens')::BOOLEAN, true);
    ended INTEGER;
    affected INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can log out all users.');
    WITH ended_sessions AS (
        UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'admin_logout_all', ended_by = session_user
        WHERE s.ended_at IS NULL AND s.expires_at > sessiondesk_now()
          AND NOT EXISTS (SELECT FROM users u
                          WHERE u.id = s.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)))
        RETURNING s.user_id)
    SELECT count(*), count(DISTINCT user_id) INTO ended, affected FROM ended_sessions;
    IF revoke_tokens THEN
        UPDATE users u SET tokens_not_before = sessiondesk_now() WHERE NOT (u.id = ANY (kept) OR u.role = ANY (excluded));
    END IF;
    RETURN sessiondesk_append_audit('logout_all', NULL, NULL, ended, reason, ticket, os_account, host, NULL,
                                    json_build_object('keptUsers', to_json(kept), 'excludedRoles',
                                                      to_json(excluded), 'revokeTokens', revoke_tokens,
                                                      'users', affected)::TEXT);
END;
$$;

-- Records an export of the audit trail (what was exported, how many entries).
CREATE FUNCTION sessiondesk_record_export(what TEXT, entry_count INTEGER, reason TEXT, ticket TEXT,
                                          os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store can export its audit trail.');
    RETURN sessiondesk_append_audit('audit_export', NULL, NULL, entry_count, reason, ticket, os_account, host,
                                    NULL, what);
END;
$$;

-- Marks sessions past their expiry as ended ('expired'), so that open means active. Housekeeping
-- any operator's console does; it changes nothing an operator decides, so it is not audited.
CREATE FUNCTION sessiondesk_expire_sessions() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    expired INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store keep its sessions current.');
    -- Only when there is something to mark: even an UPDATE of no rows would notify the consoles.
    IF NOT EXISTS (SELECT FROM sessions WHERE ended_at IS NULL AND expires_at <= sessiondesk_now()) THEN
        RETURN 0;
    END IF;
    UPDATE sessions SET ended_at = expires_at, end_reason = 'expired'
    WHERE ended_at IS NULL AND expires_at <= sessiondesk_now();
    GET DIAGNOSTICS expired = ROW_COUNT;
    RETURN expired;
END;
$$;

-- Deletes what is kept of users removed longer ago than removed_history_days (their sessions,
-- login events and flags; the audit trail keeps its entries). Housekeeping any operator's console
-- does when it opens the store, as SessionDesk does with SQLite; not audited. Returns the users.
CREATE FUNCTION sessiondesk_purge_removed() RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    cutoff TIMESTAMPTZ := sessiondesk_now()
        - make_interval(days => (SELECT value::INTEGER FROM settings WHERE key = 'removed_history_days'));
    purged TEXT[];
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store keep its sessions current.');
    purged := ARRAY(SELECT id FROM users WHERE removed_at < cutoff);
    IF cardinality(purged) = 0 THEN
        RETURN 0;
    END IF;
    DELETE FROM flag_transitions WHERE flag_id IN (SELECT id FROM flags WHERE user_id = ANY (purged));
    DELETE FROM flags WHERE user_id = ANY (purged);
    DELETE FROM login_events WHERE user_id = ANY (purged);
    DELETE FROM sessions WHERE user_id = ANY (purged);
    DELETE FROM users WHERE id = ANY (purged);
    RETURN cardinality(purged);
END;
$$;

-- Changes settings (administrators only): changes is a JSON object of keys and new values. One
-- audit entry holds the old and the new values, written as SessionDesk writes JSON (compact, keys
-- in order).
CREATE FUNCTION sessiondesk_set_settings(changes JSON, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    unknown TEXT;
    old_values TEXT;
    new_values TEXT;
    changed INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can change settings.');
    SELECT c.key INTO unknown FROM json_each_text(changes) c
    WHERE NOT EXISTS (SELECT FROM settings s WHERE s.key = c.key) LIMIT 1;
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'There is no setting ''%''.', unknown USING ERRCODE = 'P0002';
    END IF;
    SELECT '{' || string_agg(to_json(s.key)::TEXT || ':' || to_json(s.value)::TEXT, ',' ORDER BY s.key) || '}',
           '{' || string_agg(to_json(c.key)::TEXT || ':' || to_json(c.value)::TEXT, ',' ORDER BY c.key) || '}',
           count(*)
    INTO old_values, new_values, changed
    FROM json_each_text(changes) c JOIN settings s ON s.key = c.key;
    UPDATE settings s SET value = c.value, updated_at = sessiondesk_now(), updated_by = session_user
    FROM json_each_text(changes) c WHERE s.key = c.key;
    RETURN sessiondesk_append_audit('change_settings', NULL, NULL, changed, reason, ticket, os_account, host,
                                    old_values, new_values);
END;
$$;

-- Moves a user's flags from one status to another, recording each change with the note.
CREATE FUNCTION sessiondesk_move_flags(flag_user TEXT, from_status TEXT, to_status TEXT, note TEXT)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO flag_transitions (flag_id, at, operator, from_status, to_status, note)
    SELECT f.id, sessiondesk_now(), session_user, from_status, to_status, note FROM flags f
    WHERE f.user_id = flag_user AND f.status = from_status;
    UPDATE flags SET status = to_status WHERE user_id = flag_user AND status = from_status;
$$;

-- Freeze an active account: its sessions end, its tokens are rejected, its open flags are frozen.
-- Freezes an active account: its sessions end, its tokens are rejected, its open flags are
-- frozen, and the entry is appended. Called by the actions below, which check the caller's role.
CREATE FUNCTION sessiondesk_freeze(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    current_status TEXT;
    ended INTEGER;
BEGIN
    SELECT u.status INTO current_status FROM users u WHERE u.id = user_id FOR UPDATE;
    IF current_status IS NULL THEN
        RAISE EXCEPTION 'The user no longer exists.' USING ERRCODE = 'P0002';
    ELSIF current_status <> 'active' THEN
        RAISE EXCEPTION 'The account is %, not active; only active accounts can be frozen.', current_status
            USING ERRCODE = '55000';
    END IF;
    UPDATE users u SET status = 'frozen', status_reason = trim(reason), tokens_not_before = sessiondesk_now()
    WHERE u.id = user_id;
    UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'frozen', ended_by = session_user
    WHERE s.user_id = sessiondesk_freeze.user_id AND s.ended_at IS NULL AND s.expires_at > sessiondesk_now();
    GET DIAGNOSTICS ended = ROW_COUNT;
    PERFORM sessiondesk_move_flags(user_id, 'open', 'frozen', trim(reason));
    RETURN sessiondesk_append_audit('freeze_user', user_id, NULL, ended, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

CREATE FUNCTION sessiondesk_freeze_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Auditors have read-only access.');
    RETURN sessiondesk_freeze(user_id, reason, ticket, os_account, host);
END;
$$;

-- Records what a console's detection scan found: findings is a JSON array of objects with user,
-- rule, severity, explanation, evidence (the compact JSON text), evidenceKey, firstSeen and lastSeen
-- (epoch milliseconds); newest is the last login event the scan read. As in the SQLite store: the
-- open or frozen flag of the same user and rule is brought up to date; a finding an operator
-- already closed for the same evidence is not raised again; anything else is raised. With
-- auto_freeze_high on, an active user with a newly raised high-severity flag is frozen with note
-- as the reason, audited as done by the login whose console scanned. Every operator's console
-- scans. Returns {"raised": n, "updated": n, "frozen": n}.
CREATE FUNCTION sessiondesk_record_scan(findings JSON, newest BIGINT, note TEXT, os_account TEXT, host TEXT)
RETURNS JSON LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    finding JSON;
    existing BIGINT;
    raised INTEGER := 0;
    updated INTEGER := 0;
    frozen INTEGER := 0;
    to_freeze TEXT[] := '{}';
    account TEXT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store run its detection.');
    FOR finding IN SELECT * FROM json_array_elements(findings) LOOP
        SELECT f.id INTO existing FROM flags f
        WHERE f.user_id = finding ->> 'user' AND f.rule = finding ->> 'rule' AND f.status IN ('open', 'frozen');
        IF existing IS NOT NULL THEN
            UPDATE flags f SET last_seen = greatest(f.last_seen, to_timestamp((finding ->> 'lastSeen')::BIGINT / 1000.0)),
                explanation = finding ->> 'explanation', evidence = finding ->> 'evidence',
                evidence_key = finding ->> 'evidenceKey'
            WHERE f.id = existing;
            updated := updated + 1;
        ELSIF NOT EXISTS (SELECT FROM flags f WHERE f.user_id = finding ->> 'user' AND f.rule = finding ->> 'rule'
                          AND f.evidence_key = finding ->> 'evidenceKey') THEN
            INSERT INTO flags (user_id, rule, severity, status, explanation, evidence, evidence_key, first_seen,
                               last_seen)
            VALUES (finding ->> 'user', finding ->> 'rule', finding ->> 'severity', 'open',
                    finding ->> 'explanation', finding ->> 'evidence', finding ->> 'evidenceKey',
                    to_timestamp((finding ->> 'firstSeen')::BIGINT / 1000.0),
                    to_timestamp((finding ->> 'lastSeen')::BIGINT / 1000.0));
            raised := raised + 1;
            IF finding ->> 'severity' = 'high' AND NOT (finding ->> 'user' = ANY (to_freeze)) THEN
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
    UPDATE detection_state SET last_login_event = greatest(last_login_event, newest), scanned_at = sessiondesk_now();
    RETURN json_build_object('raised', raised, 'updated', updated, 'frozen', frozen);
END;
$$;

-- Unfreeze a frozen account; its frozen flags are open again until resolved.
CREATE FUNCTION sessiondesk_unfreeze_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Auditors have read-only access.');
    UPDATE users u SET status = 'active', status_reason = NULL WHERE u.id = user_id AND u.status = 'frozen';
    IF NOT FOUND THEN
        IF NOT EXISTS (SELECT FROM users u WHERE u.id = user_id) THEN
            RAISE EXCEPTION 'The user no longer exists.' USING ERRCODE = 'P0002';
        END IF;
        RAISE EXCEPTION 'The account is not frozen.' USING ERRCODE = '55000';
    END IF;
    PERFORM sessiondesk_move_flags(user_id, 'frozen', 'open', trim(reason));
    RETURN sessiondesk_append_audit('unfreeze_user', user_id, NULL, 0, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

-- Resolve or dismiss a flag, with a note.
CREATE FUNCTION sessiondesk_close_flag(flag_id BIGINT, outcome TEXT, note TEXT, ticket TEXT, os_account TEXT,
                                       host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    flag_user TEXT;
    flag_rule TEXT;
    flag_status TEXT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support'],
                                'Auditors have read-only access.');
    IF outcome NOT IN ('resolved', 'dismissed') THEN
        RAISE EXCEPTION 'A flag is resolved or dismissed, not %.', outcome USING ERRCODE = '22023';
    END IF;
    IF coalesce(trim(note), '') = '' THEN
        RAISE EXCEPTION 'A note is required to close a flag.' USING ERRCODE = '22023';
    END IF;
    SELECT f.user_id, f.rule, f.status INTO flag_user, flag_rule, flag_status FROM flags f
    WHERE f.id = flag_id FOR UPDATE;
    IF flag_user IS NULL THEN
        RAISE EXCEPTION 'There is no flag %.', flag_id USING ERRCODE = 'P0002';
    ELSIF flag_status NOT IN ('open', 'frozen') THEN
        RAISE EXCEPTION 'The flag is % already.', flag_status USING ERRCODE = '55000';
    END IF;
    INSERT INTO flag_transitions (flag_id, at, operator, from_status, to_status, note)
    VALUES (flag_id, sessiondesk_now(), session_user, flag_status, outcome, trim(note));
    UPDATE flags f SET status = outcome WHERE f.id = flag_id;
    RETURN sessiondesk_append_audit(CASE outcome WHEN 'resolved' THEN 'resolve_flag' ELSE 'dismiss_flag' END,
                                    flag_user, NULL, 1, note, ticket, os_account, host, NULL,
                                    format('{"flag":%s,"rule":%s,"status":%s}', flag_id, to_json(flag_rule),
                                           to_json(outcome)));
END;
$$;

-- Team members (administrators only), as SessionDesk's SQLite store does them: add, deactivate
-- (sessions end, tokens rejected), reactivate, remove (anonymised when the user has history,
-- deleted otherwise; deactivated users only), set the application role.
CREATE FUNCTION sessiondesk_member(user_id TEXT) RETURNS users LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member users;
BEGIN
    SELECT * INTO member FROM users u WHERE u.id = user_id AND u.removed_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The user no longer exists.' USING ERRCODE = 'P0002';
    END IF;
    RETURN member;
END;
$$;

CREATE FUNCTION sessiondesk_add_user(email TEXT, display_name TEXT, app_role TEXT, reason TEXT, ticket TEXT,
                                     os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    address TEXT := trim(email);
    full_name TEXT := regexp_replace(trim(display_name), '\s+', ' ', 'g');
    role_name TEXT := coalesce(nullif(trim(app_role), ''), 'member');
    existing users;
    new_id TEXT := gen_random_uuid()::TEXT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    IF address !~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$' THEN
        RAISE EXCEPTION '''%'' is not an email address (name@example.com).', address USING ERRCODE = '22023';
    ELSIF full_name = '' THEN
        RAISE EXCEPTION 'A name is required for a new user.' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO existing FROM users u WHERE lower(u.email) = lower(address);
    IF FOUND THEN
        RAISE EXCEPTION '% <%> already has an account; nothing was added.', existing.display_name, existing.email
            USING ERRCODE = '55000';
    END IF;
    INSERT INTO users (id, email, display_name, role, status, created_at)
    VALUES (new_id, address, full_name, role_name, 'active', sessiondesk_now());
    RETURN sessiondesk_append_audit('user_add', new_id, NULL, 0, reason, ticket, os_account, host, NULL,
                                    format('{"email":%s,"name":%s,"role":%s}', to_json(address), to_json(full_name),
                                           to_json(role_name)));
END;
$$;

CREATE FUNCTION sessiondesk_deactivate_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member users;
    ended INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    member := sessiondesk_member(user_id);
    IF member.status = 'deactivated' THEN
        RAISE EXCEPTION '% is already deactivated; nothing changed.', member.display_name USING ERRCODE = '55000';
    END IF;
    UPDATE users u SET status = 'deactivated', status_reason = trim(reason), tokens_not_before = sessiondesk_now()
    WHERE u.id = user_id;
    UPDATE sessions s SET ended_at = sessiondesk_now(), end_reason = 'deactivated', ended_by = session_user
    WHERE s.user_id = sessiondesk_deactivate_user.user_id AND s.ended_at IS NULL
      AND s.expires_at > sessiondesk_now();
    GET DIAGNOSTICS ended = ROW_COUNT;
    RETURN sessiondesk_append_audit('user_deactivate', user_id, NULL, ended, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

CREATE FUNCTION sessiondesk_reactivate_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member users;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    member := sessiondesk_member(user_id);
    IF member.status <> 'deactivated' THEN
        RAISE EXCEPTION '% is %, not deactivated; nothing changed.', member.display_name, member.status
            USING ERRCODE = '55000';
    END IF;
    UPDATE users u SET status = 'active', status_reason = NULL WHERE u.id = user_id;
    RETURN sessiondesk_append_audit('user_reactivate', user_id, NULL, 0, reason, ticket, os_account, host,
                                    NULL, NULL);
END;
$$;

CREATE FUNCTION sessiondesk_remove_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member users;
    has_history BOOLEAN;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    member := sessiondesk_member(user_id);
    IF member.status <> 'deactivated' THEN
        RAISE EXCEPTION '% is %: only deactivated users can be removed. Deactivate the account first.',
            member.display_name, member.status USING ERRCODE = '55000';
    END IF;
    has_history := EXISTS (SELECT FROM sessions s WHERE s.user_id = member.id)
                   OR EXISTS (SELECT FROM login_events e WHERE e.user_id = member.id)
                   OR EXISTS (SELECT FROM flags f WHERE f.user_id = member.id);
    IF has_history THEN
        UPDATE users u SET email = 'removed-' || u.id || '@removed.invalid', display_name = 'Removed user',
            status_reason = NULL, removed_at = sessiondesk_now()
        WHERE u.id = member.id;
    ELSE
        DELETE FROM users u WHERE u.id = member.id;
    END IF;
    RETURN sessiondesk_append_audit('user_remove', user_id, NULL, 0, reason, ticket, os_account, host,
                                    format('{"email":%s,"name":%s,"role":%s}', to_json(member.email),
                                           to_json(member.display_name), to_json(member.role)),
                                    format('{"removed":%s}', to_json(CASE WHEN has_history
                                           THEN 'anonymised, history kept' ELSE 'deleted' END)));
END;
$$;

CREATE FUNCTION sessiondesk_set_user_role(user_id TEXT, app_role TEXT, reason TEXT, ticket TEXT, os_account TEXT,
                                          host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    member users;
    role_name TEXT := trim(app_role);
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    IF coalesce(role_name, '') = '' THEN
        RAISE EXCEPTION 'A role is required.' USING ERRCODE = '22023';
    END IF;
    member := sessiondesk_member(user_id);
    IF member.role = role_name THEN
        RAISE EXCEPTION '% already has the role %; nothing changed.', member.display_name, role_name
            USING ERRCODE = '55000';
    END IF;
    UPDATE users u SET role = role_name WHERE u.id = user_id;
    RETURN sessiondesk_append_audit('user_set_role', user_id, NULL, 0, reason, ticket, os_account, host,
                                    format('{"role":%s}', to_json(member.role)),
                                    format('{"role":%s}', to_json(role_name)));
END;
$$;

-- Operators are the logins holding one of the store's roles (granted directly). An administrator
-- changes them through these functions, audited like SessionDesk's operators table in SQLite;
-- the store's owner grants the roles (CREATEROLE), so the grantor the catalog shows is the owner.
CREATE FUNCTION sessiondesk_operator_role(login TEXT) RETURNS TEXT LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
    SELECT CASE max(CASE r.rolname WHEN 'sessiondesk_admin' THEN 3 WHEN 'sessiondesk_support' THEN 2 ELSE 1 END)
               WHEN 3 THEN 'administrator' WHEN 2 THEN 'support' WHEN 1 THEN 'auditor' END
    FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
    WHERE m.rolname = login AND r.rolname IN ('sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor');
$$;

-- Before an administrator's role is changed or taken: one administrator must remain.
CREATE FUNCTION sessiondesk_keep_an_administrator(login TEXT) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
                   JOIN pg_roles m ON m.oid = a.member
                   WHERE r.rolname = 'sessiondesk_admin' AND m.rolname <> login) THEN
        RAISE EXCEPTION '% is the last administrator of this store; make another operator administrator first.',
            login USING ERRCODE = '55000';
    END IF;
END;
$$;

-- Sets a login's store role (administrators only), replacing the one it had.
CREATE FUNCTION sessiondesk_set_operator(login TEXT, new_role TEXT, reason TEXT, ticket TEXT, os_account TEXT,
                                         host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    before TEXT;
    granted TEXT := CASE new_role WHEN 'administrator' THEN 'sessiondesk_admin'
                                  WHEN 'support' THEN 'sessiondesk_support'
                                  WHEN 'auditor' THEN 'sessiondesk_auditor' END;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can change the operators.');
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

-- Takes a login's store role (administrators only).
CREATE FUNCTION sessiondesk_remove_operator(login TEXT, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    before TEXT;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can change the operators.');
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

CREATE FUNCTION sessiondesk_revoke_store_roles(login TEXT) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    held TEXT;
BEGIN
    FOR held IN SELECT r.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid
                JOIN pg_roles m ON m.oid = a.member
                WHERE m.rolname = login
                  AND r.rolname IN ('sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor') LOOP
        EXECUTE format('REVOKE %I FROM %I', held, login);
    END LOOP;
END;
$$;

-- {"account":…,"role":…} as SessionDesk writes it.
CREATE FUNCTION sessiondesk_operator_json(login TEXT, store_role TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT format('{"account":%s,"role":%s}', to_json(login), coalesce(to_json(store_role)::TEXT, 'null'));
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_logout_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_end_session(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_freeze_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_unfreeze_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_close_flag(BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support;
GRANT EXECUTE ON FUNCTION sessiondesk_record_export(TEXT, INTEGER, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_expire_sessions(),
                          sessiondesk_purge_removed(),
                          sessiondesk_record_scan(JSON, BIGINT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
GRANT EXECUTE ON FUNCTION sessiondesk_logout_all(JSON, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_set_settings(JSON, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_set_operator(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_remove_operator(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_add_user(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_deactivate_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_reactivate_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_remove_user(TEXT, TEXT, TEXT, TEXT, TEXT),
                          sessiondesk_set_user_role(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin;

-- Live updates: every statement that changes what the console shows notifies the channel
-- sessiondesk_changed with the table's name (one notification per table and transaction).
CREATE FUNCTION sessiondesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sessiondesk_changed', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;
DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['users', 'sessions', 'flags', 'settings', 'audit_log', 'operators',
                                   'planned_logouts']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_notify_change()',
                       watched || '_notify', watched);
    END LOOP;
END;
$$;

-- Figures at scale. Version 1 recomputed a user's figures once per changed session (row triggers,
-- each figure its own subquery): ending a million sessions took minutes. From here each statement
-- recomputes every user it touched once, in one grouped query over their sessions (statement
-- triggers with transition tables), and the global-logout trigger is only called for the rows
-- it concerns. user_stats_source shows the same computation for every user.
DROP TRIGGER users_add_stats ON users;
DROP FUNCTION sessiondesk_users_add_stats();
DROP TRIGGER sessions_stats_after_insert ON sessions;
DROP TRIGGER sessions_stats_after_update ON sessions;
DROP TRIGGER sessions_stats_after_delete ON sessions;
DROP FUNCTION sessiondesk_sessions_stats();
DROP VIEW user_stats_source;
DROP FUNCTION sessiondesk_refresh_user_stats(TEXT[]);

-- The figures of the given users, computed from their sessions. Planned for each call's array
-- (one user, or all of them after a logout-all), not once for any size.
CREATE FUNCTION sessiondesk_user_stats(user_ids TEXT[]) RETURNS SETOF user_stats LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_custom_plan AS $$
BEGIN
    RETURN QUERY
    SELECT u.id, coalesce(a.open_sessions, 0), coalesce(a.devices, 0),
           coalesce(a.last_seen_at, 'epoch'::TIMESTAMPTZ), coalesce(a.last_city, ''), coalesce(a.last_country, '')
    FROM users u
    LEFT JOIN (SELECT s.user_id,
                      (count(*) FILTER (WHERE s.ended_at IS NULL))::INTEGER AS open_sessions,
                      (count(DISTINCT coalesce(s.device_id, s.user_agent, s.id))
                           FILTER (WHERE s.ended_at IS NULL))::INTEGER AS devices,
                      max(s.last_seen_at) AS last_seen_at,
                      (array_agg(s.city ORDER BY s.last_seen_at DESC, s.id DESC))[1] AS last_city,
                      (array_agg(s.country ORDER BY s.last_seen_at DESC, s.id DESC))[1] AS last_country
               FROM sessions s WHERE s.user_id = ANY (user_ids) GROUP BY s.user_id) a ON a.user_id = u.id
    WHERE u.id = ANY (user_ids);
END;
$$;
CREATE VIEW user_stats_source AS SELECT * FROM sessiondesk_user_stats(ARRAY(SELECT id FROM users));
GRANT SELECT ON user_stats_source TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
GRANT EXECUTE ON FUNCTION sessiondesk_user_stats(TEXT[])
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;

CREATE FUNCTION sessiondesk_refresh_user_stats(user_ids TEXT[]) RETURNS void LANGUAGE sql
SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO user_stats SELECT * FROM sessiondesk_user_stats(user_ids)
    ON CONFLICT (user_id) DO UPDATE SET open_sessions = excluded.open_sessions,
        devices = excluded.devices, last_seen_at = excluded.last_seen_at,
        last_city = excluded.last_city, last_country = excluded.last_country
    WHERE (user_stats.open_sessions, user_stats.devices, user_stats.last_seen_at, user_stats.last_city,
           user_stats.last_country) IS DISTINCT FROM (excluded.open_sessions, excluded.devices,
           excluded.last_seen_at, excluded.last_city, excluded.last_country);
$$;

CREATE FUNCTION sessiondesk_users_add_stats() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO user_stats (user_id) SELECT id FROM new_rows ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_add_stats AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_users_add_stats();

-- Recomputes the figures of the users whose sessions the statement inserted, deleted, or changed
-- in a column the figures read (a statement trigger with transition tables cannot name columns).
-- Sessions that only ended (a logout, a logout-all) are cheaper: a user all of whose open
-- sessions ended has none open and no device left, known without reading their sessions again.
CREATE FUNCTION sessiondesk_sessions_stats() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    others TEXT[];
BEGIN
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
CREATE TRIGGER sessions_stats_after_insert AFTER INSERT ON sessions REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_sessions_stats();
CREATE TRIGGER sessions_stats_after_update AFTER UPDATE ON sessions
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_sessions_stats();
CREATE TRIGGER sessions_stats_after_delete AFTER DELETE ON sessions REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION sessiondesk_sessions_stats();

DROP TRIGGER sessions_global_logout ON sessions;
CREATE TRIGGER sessions_global_logout AFTER UPDATE OF ended_at ON sessions
FOR EACH ROW WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL AND NEW.end_reason = 'user_logout')
EXECUTE FUNCTION sessiondesk_global_logout();
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

-- Searching users by a part of their name or email (ILIKE '%text%') reads every user unless
-- trigram indexes serve it: with pg_trgm, 185 ms → 5.5 ms at 100,000 users. pg_trgm ships with
-- PostgreSQL (contrib) and is trusted, so the database's owner may install it; where it is missing
-- or the migrating login may not, the search still works, by reading every user.
DO $$
DECLARE
    trgm TEXT;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_trgm') THEN
        IF NOT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_trgm')
           OR NOT has_database_privilege(current_database(), 'CREATE') THEN
            RAISE NOTICE 'pg_trgm is not available to this login: searching users reads every user';
            RETURN;
        END IF;
        CREATE EXTENSION pg_trgm;
    END IF;
    SELECT extnamespace::regnamespace::TEXT INTO trgm FROM pg_extension WHERE extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX users_by_email_trgm ON users USING gin (email %s.gin_trgm_ops)', trgm);
    EXECUTE format('CREATE INDEX users_by_name_trgm ON users USING gin (display_name %s.gin_trgm_ops)', trgm);
END;
$$;
