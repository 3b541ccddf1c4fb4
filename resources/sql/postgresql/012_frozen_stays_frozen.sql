-- SessionDesk native store, schema version 12 (PostgreSQL): a frozen account cannot be deactivated,
-- and a planned logout that fails when it falls due is in the audit trail.
--
-- 1. A frozen account cannot be deactivated.
-- Deactivating it and reactivating it made it active again without anyone unfreezing it, and no
-- unfreeze in the audit trail: a freeze ends only by unfreezing it, with its reason. Whoever means
-- to deactivate a frozen account unfreezes it first, so that both decisions are on record; removing
-- one says so too, instead of sending the administrator to a deactivation the store refuses.
CREATE OR REPLACE FUNCTION sessiondesk_deactivate_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT,
                                                       host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    member users;
    ended INTEGER;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    member := sessiondesk_member(user_id);
    IF member.status = 'deactivated' THEN
        RAISE EXCEPTION '% is already deactivated; nothing changed.', member.display_name USING ERRCODE = '55000';
    END IF;
    IF member.status = 'frozen' THEN
        RAISE EXCEPTION '% is frozen: unfreeze the account first, then deactivate it; nothing changed.',
            member.display_name USING ERRCODE = '55000';
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

CREATE OR REPLACE FUNCTION sessiondesk_remove_user(user_id TEXT, reason TEXT, ticket TEXT, os_account TEXT,
                                                   host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    member users;
    has_history BOOLEAN;
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'], 'Only administrators can manage users.');
    member := sessiondesk_member(user_id);
    IF member.status = 'frozen' THEN
        RAISE EXCEPTION '% is frozen: only deactivated users can be removed. Unfreeze the account, then deactivate it.',
            member.display_name USING ERRCODE = '55000';
    ELSIF member.status <> 'deactivated' THEN
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

-- 2. A planned logout that fails when it falls due (missed, its planner no longer an administrator,
--    its scope no longer holding) was marked failed in planned_logouts only: the audit trail, where
--    a compliance officer looks, said nothing. It now holds a logout_all entry with the outcome
--    'failed', as the planner, from the console that ran it, with the plan and the reason why.
--    sessiondesk_append_audit_outcome writes an entry with its outcome; callable by no role.
CREATE FUNCTION sessiondesk_append_audit_outcome(operator TEXT, action TEXT, target_user TEXT, target_session TEXT,
                                                 entry_count INTEGER, reason TEXT, ticket TEXT, os_account TEXT,
                                                 host TEXT, old_value TEXT, new_value TEXT, entry_outcome TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
        sessiondesk_audit_field('outcome', entry_outcome) ||
        sessiondesk_audit_field('old_value', old_value) ||
        sessiondesk_audit_field('new_value', new_value);
    INSERT INTO audit_log (id, at, operator, os_account, host, action, target_user, target_session, count,
                           reason, ticket, outcome, old_value, new_value, prev_hash, hash)
    VALUES (entry_id, entry_at, operator, os_account, host, action, nullif(target_user, ''),
            nullif(target_session, ''), entry_count, trim(reason), nullif(trim(ticket), ''), entry_outcome,
            nullif(old_value, ''), nullif(new_value, ''), previous,
            encode(sha256(convert_to(previous || E'\n', 'UTF8') || canonical), 'hex'));
    RETURN entry_id;
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_append_audit_outcome(TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, TEXT,
                                                            TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;

CREATE OR REPLACE FUNCTION sessiondesk_append_audit_as(operator TEXT, action TEXT, target_user TEXT,
                                                       target_session TEXT, entry_count INTEGER, reason TEXT,
                                                       ticket TEXT, os_account TEXT, host TEXT, old_value TEXT,
                                                       new_value TEXT)
RETURNS BIGINT LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT sessiondesk_append_audit_outcome(operator, action, target_user, target_session, entry_count, reason,
                                            ticket, os_account, host, old_value, new_value, 'success');
$$;

-- Marks a due plan failed for good, saying why, and records it in the audit trail.
CREATE FUNCTION sessiondesk_plan_failed(plan planned_logouts, runner TEXT, runner_account TEXT,
                                        runner_host TEXT, why TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(), ran_by = runner, outcome = why
    WHERE id = plan.id;
    PERFORM sessiondesk_append_audit_outcome(plan.created_by, 'logout_all', NULL, NULL, 0, plan.reason,
                                             plan.ticket, runner_account, runner_host, NULL,
                                             json_build_object('planned', plan.id, 'error', why)::TEXT, 'failed');
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_plan_failed(planned_logouts, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;

CREATE OR REPLACE FUNCTION sessiondesk_run_planned_logout(plan_id BIGINT, runner_account TEXT, runner_host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    plan planned_logouts;
    done RECORD;
    refusal TEXT;
    runner TEXT := format('%s (%s) on %s', session_user, runner_account, runner_host);
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin', 'sessiondesk_support', 'sessiondesk_auditor'],
                                'Only operators of this store run planned logouts.');
    plan := sessiondesk_pending_plan(plan_id);
    IF plan.run_at > sessiondesk_now() THEN
        RAISE EXCEPTION 'Planned logout % is due at %, not yet; nothing changed.', plan_id, plan.run_at
            USING ERRCODE = '55000';
    END IF;
    IF sessiondesk_now() > plan.run_at + interval '60 minutes' THEN
        PERFORM sessiondesk_plan_failed(plan, runner, runner_account, runner_host,
            format('Missed: it was due at %s and no console ran it within 60 minutes; nobody was '
                   'signed out. Plan it again.', sessiondesk_iso(plan.run_at)));
        RETURN NULL;
    END IF;
    IF NOT coalesce((SELECT pg_has_role(r.oid, 'sessiondesk_admin', 'MEMBER') FROM pg_roles r
                     WHERE r.rolname = plan.created_by), false) THEN
        PERFORM sessiondesk_plan_failed(plan, runner, runner_account, runner_host,
                                        'Only administrators can log out all users.');
        RETURN NULL;
    END IF;
    -- A scope that spares someone who is gone, or a role nobody holds any longer, fails too.
    refusal := sessiondesk_scope_refusal(plan.scope::JSON);
    IF refusal IS NOT NULL THEN
        PERFORM sessiondesk_plan_failed(plan, runner, runner_account, runner_host, refusal);
        RETURN NULL;
    END IF;
    SELECT * INTO done FROM sessiondesk_end_all_sessions(plan.scope::JSON, plan.created_by, plan.id);
    UPDATE planned_logouts SET status = 'done', finished_at = sessiondesk_now(), ran_by = runner,
        outcome = format('Ended %s session(s); users affected: %s.', done.ended, done.new_value::JSON ->> 'users')
    WHERE id = plan_id;
    RETURN sessiondesk_append_audit_as(plan.created_by, 'logout_all', NULL, NULL, done.ended, plan.reason,
                                       plan.ticket, runner_account, runner_host, NULL, done.new_value);
END;
$$;
