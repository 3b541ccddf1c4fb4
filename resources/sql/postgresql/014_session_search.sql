-- SessionDesk native store, schema version 14 (PostgreSQL): the active sessions of all users are
-- searched, and ended, by address range, country, device and time (the Sessions page,
-- `sessions search`, `sessions end-matching`). Addresses are compared as inet (sessiondesk_inet,
-- version 13) over an index, countries over one too. Neither index names ended_at, so that ending
-- a session stays a heap-only update (version 7).
CREATE INDEX sessions_by_address ON sessions (sessiondesk_inet(ip));
CREATE INDEX sessions_by_country ON sessions (upper(trim(country))); -- "de" and " DE" are DE

-- Ends the active sessions the scope's filter ("matching") matches, but those of the users it
-- spares, in one transaction with one audit entry (administrators only: it reaches users of every
-- kind). The filter is required (without one this is sessiondesk_logout_all), and one that matches
-- no session is refused: nothing is ended by a typing mistake, and nothing is recorded as done
-- that was not. Each filter that is set must match: "user" (an id), "network" (a CIDR range,
-- compared as addresses), "country" (two letters), "device" (words, each somewhere in the user
-- agent, either case), "startedFrom"/"startedTo" and "activeFrom"/"activeTo" (ISO times; from
-- inclusive, to exclusive). Access tokens issued before now are rejected for the users whose
-- sessions ended, unless "revokeTokens" is false. The user figures follow by their trigger.
CREATE FUNCTION sessiondesk_end_matching(scope JSON, reason TEXT, ticket TEXT, os_account TEXT, host TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    kept TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'keptUsers', '[]')));
    excluded TEXT[] := ARRAY(SELECT json_array_elements_text(coalesce(scope -> 'excludedRoles', '[]')));
    revoke_tokens BOOLEAN := coalesce((scope ->> 'revokeTokens')::BOOLEAN, true);
    matching JSON := scope -> 'matching';
    by_user TEXT;
    by_network CIDR;
    by_country TEXT;
    by_words TEXT[];
    started_from TIMESTAMPTZ;
    started_to TIMESTAMPTZ;
    active_from TIMESTAMPTZ;
    active_to TIMESTAMPTZ;
    current TIMESTAMPTZ := sessiondesk_now();
    refusal TEXT;
    ended INTEGER;
    affected TEXT[];
BEGIN
    PERFORM sessiondesk_require(ARRAY['sessiondesk_admin'],
                                'Only administrators can end the sessions of many users at once.');
    IF matching IS NULL OR json_typeof(matching) <> 'object'
       OR NOT EXISTS (SELECT FROM json_object_keys(matching)) THEN
        RAISE EXCEPTION 'Ending matching sessions needs a filter; without one it is a logout of all users.'
            USING ERRCODE = '22023';
    END IF;
    refusal := sessiondesk_scope_refusal(scope);
    IF refusal IS NOT NULL THEN
        RAISE EXCEPTION '%', refusal USING ERRCODE = 'P0002';
    END IF;
    by_user := nullif(matching ->> 'user', '');
    by_network := nullif(matching ->> 'network', '')::CIDR;
    by_country := upper(trim(nullif(matching ->> 'country', '')));
    IF coalesce(trim(matching ->> 'device'), '') <> '' THEN
        by_words := regexp_split_to_array(lower(trim(matching ->> 'device')), ' +');
    END IF;
    started_from := (matching ->> 'startedFrom')::TIMESTAMPTZ;
    started_to := (matching ->> 'startedTo')::TIMESTAMPTZ;
    active_from := (matching ->> 'activeFrom')::TIMESTAMPTZ;
    active_to := (matching ->> 'activeTo')::TIMESTAMPTZ;
    PERFORM sessiondesk_expire_sessions();
    WITH ended_sessions AS (
        UPDATE sessions s SET ended_at = current, end_reason = 'admin_logout', ended_by = session_user
        WHERE s.ended_at IS NULL AND s.expires_at > current
          AND (by_user IS NULL OR s.user_id = by_user)
          AND (by_network IS NULL OR sessiondesk_inet(s.ip) <<= by_network)
          AND (by_country IS NULL OR upper(trim(s.country)) = by_country)
          AND (by_words IS NULL OR NOT EXISTS (SELECT FROM unnest(by_words) w
                                              WHERE strpos(lower(coalesce(s.user_agent, '')), w) = 0))
          AND (started_from IS NULL OR s.created_at >= started_from)
          AND (started_to IS NULL OR s.created_at < started_to)
          AND (active_from IS NULL OR s.last_seen_at >= active_from)
          AND (active_to IS NULL OR s.last_seen_at < active_to)
          AND NOT EXISTS (SELECT FROM users u
                          WHERE u.id = s.user_id AND (u.id = ANY (kept) OR u.role = ANY (excluded)))
        RETURNING s.user_id)
    SELECT count(*), coalesce(array_agg(DISTINCT user_id), '{}') INTO ended, affected FROM ended_sessions;
    IF ended = 0 AND cardinality(kept) + cardinality(excluded) = 0 THEN
        RAISE EXCEPTION 'No active session matches the filter; nothing was ended.' USING ERRCODE = 'P0002';
    ELSIF ended = 0 THEN
        RAISE EXCEPTION 'No active session matches the filter but those of the users and roles spared; nothing was ended.'
            USING ERRCODE = 'P0002';
    END IF;
    IF revoke_tokens THEN
        UPDATE users SET tokens_not_before = current WHERE id = ANY (affected);
    END IF;
    RETURN sessiondesk_append_audit('end_matching', by_user, NULL, ended, reason, ticket, os_account, host, NULL,
                                    json_build_object('excludedRoles', excluded, 'keptUsers', kept,
                                                      'matching', matching, 'revokeTokens', revoke_tokens,
                                                      'users', cardinality(affected))::TEXT);
END;
$$;
GRANT EXECUTE ON FUNCTION sessiondesk_end_matching(JSON, TEXT, TEXT, TEXT, TEXT)
    TO sessiondesk_admin, sessiondesk_support, sessiondesk_auditor;
