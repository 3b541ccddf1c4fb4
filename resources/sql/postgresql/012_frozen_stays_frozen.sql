-- SessionDesk native store, schema version 12 (PostgreSQL): a frozen account cannot be deactivated.
-- Deactivating it and reactivating it made it active again without anyone unfreezing it, and no
-- unfreeze in the audit trail: a freeze ends only by unfreezing it, with its reason. Whoever means
-- to deactivate a frozen account unfreezes it first, so that both decisions are on record.
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
