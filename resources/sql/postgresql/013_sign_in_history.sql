-- SessionDesk native store, schema version 13 (PostgreSQL): the sign-in history is searched by
-- address range. sessiondesk_inet(text) reads a stored address as inet, NULL for text that is no
-- address (the application writes login_events.ip as text, in whatever form it has), so that a
-- range is compared as addresses, IPv4 and IPv6, not as text; the index on it serves
-- "sessiondesk_inet(ip) <<= range". An IPv4 address written in its IPv6-mapped form
-- (::ffff:10.20.5.5) is the IPv4 address, as SessionDesk compares it on SQLite. Failed sign-ins, the ones an investigation asks for, have an
-- index of their own by time.
-- PARALLEL UNSAFE: its exception block is a subtransaction, which a parallel index build or scan
-- may not start (SQLSTATE 25000 when a bulk load rebuilt the index in parallel).
CREATE FUNCTION sessiondesk_inet(value TEXT) RETURNS inet LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL UNSAFE AS $$
DECLARE
    address inet;
BEGIN
    -- A dotted part with a leading zero (10.0.0.010) is no address, as on SQLite: some readers
    -- take it for octal.
    IF value !~ '^[0-9A-Fa-f:.]{2,45}$' OR value ~ '(^|[.:])0[0-9]+\.' OR value ~ '\.0[0-9]+(\.|$)' THEN
        RETURN NULL;
    END IF;
    address := host(value::inet)::inet;
    IF family(address) = 6 AND address <<= '::ffff:0.0.0.0/96'::cidr THEN
        RETURN substr(host(address), 8)::inet;
    END IF;
    RETURN address;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN NULL;
END;
$$;
GRANT EXECUTE ON FUNCTION sessiondesk_inet(TEXT) TO PUBLIC;

CREATE INDEX login_events_by_address ON login_events (sessiondesk_inet(ip));
CREATE INDEX login_events_failed ON login_events (at) WHERE NOT success;
