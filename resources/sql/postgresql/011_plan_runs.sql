-- SessionDesk native store, schema version 11 (PostgreSQL): a planned logout records the console
-- that ran it, or found it missed ("login (OS account) on host"), and the audit entry of its run
-- names the planner as the operator with the OS account and host of the console that ran it. A
-- plan no console ran within 60 minutes of its time fails as missed instead of signing everybody
-- out at an hour nobody announced.
ALTER TABLE planned_logouts ADD COLUMN ran_by TEXT;

DROP FUNCTION sessiondesk_run_planned_logout(BIGINT, TEXT);
CREATE FUNCTION sessiondesk_run_planned_logout(plan_id BIGINT, runner_account TEXT, runner_host TEXT)
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
        UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(), ran_by = runner,
            outcome = format('Missed: it was due at %s and no console ran it within 60 minutes; nobody was '
                             'signed out. Plan it again.', sessiondesk_iso(plan.run_at))
        WHERE id = plan_id;
        RETURN NULL;
    END IF;
    IF NOT coalesce((SELECT pg_has_role(r.oid, 'sessiondesk_admin', 'MEMBER') FROM pg_roles r
                     WHERE r.rolname = plan.created_by), false) THEN
        UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(), ran_by = runner,
            outcome = 'Only administrators can log out all users.'
        WHERE id = plan_id;
        RETURN NULL;
    END IF;
    -- A scope that spares someone who is gone, or a role nobody holds any longer, fails too.
    refusal := sessiondesk_scope_refusal(plan.scope::JSON);
    IF refusal IS NOT NULL THEN
        UPDATE planned_logouts SET status = 'failed', finished_at = sessiondesk_now(), ran_by = runner,
            outcome = refusal
        WHERE id = plan_id;
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
REVOKE EXECUTE ON FUNCTION sessiondesk_run_planned_logout(BIGINT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sessiondesk_run_planned_logout(BIGINT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
