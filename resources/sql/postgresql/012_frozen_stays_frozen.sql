-- SessionDesk native store, schema version 12 (PostgreSQL): a frozen account cannot be deactivated.
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
