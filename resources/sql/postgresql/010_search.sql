-- SessionDesk native store, schema version 10 (PostgreSQL): searching users folds case and accents
-- in every script, whatever the server's locale ("INÈS", "Inès" and "ines" find the same users).
-- sessiondesk_fold(text) folds as SessionDesk does (docs/store-contract.md): lower case by
-- Unicode's rules (the ICU root collation where the server has ICU; the database's own
-- otherwise), canonical decomposition, combining marks U+0300 to U+036F removed, final sigma as
-- sigma. users.search_key holds the folded name and address, one per line, kept by a trigger for
-- every writer, the application's too; the trigram index (where pg_trgm is installed) serves the
-- search, in place of the two on name and address.
DO $$
DECLARE
    lowered TEXT := CASE WHEN EXISTS (SELECT FROM pg_collation WHERE collname = 'und-x-icu')
                         THEN 'lower(value COLLATE "und-x-icu")' ELSE 'lower(value)' END;
BEGIN
    EXECUTE format('CREATE FUNCTION sessiondesk_fold(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT '
                   'PARALLEL SAFE AS %L',
                   format('SELECT translate(regexp_replace(normalize(%s, NFD), ''['' || chr(768) || ''-'' || '
                          'chr(879) || '']'', '''', ''g''), chr(962), chr(963))', lowered));
END;
$$;
GRANT EXECUTE ON FUNCTION sessiondesk_fold(TEXT) TO PUBLIC;

ALTER TABLE users ADD COLUMN search_key TEXT;
UPDATE users SET search_key = sessiondesk_fold(display_name) || E'\n' || sessiondesk_fold(email);

CREATE FUNCTION sessiondesk_users_search_key() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    NEW.search_key := sessiondesk_fold(NEW.display_name) || E'\n' || sessiondesk_fold(NEW.email);
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION sessiondesk_users_search_key() FROM PUBLIC;
CREATE TRIGGER users_search_key BEFORE INSERT OR UPDATE OF display_name, email, search_key ON users
FOR EACH ROW EXECUTE FUNCTION sessiondesk_users_search_key();

DO $$
DECLARE
    trgm TEXT;
BEGIN
    SELECT extnamespace::regnamespace::TEXT INTO trgm FROM pg_extension WHERE extname = 'pg_trgm';
    IF trgm IS NOT NULL THEN
        DROP INDEX IF EXISTS users_by_email_trgm;
        DROP INDEX IF EXISTS users_by_name_trgm;
        EXECUTE format('CREATE INDEX users_by_search_key_trgm ON users USING gin (search_key %s.gin_trgm_ops)', trgm);
    END IF;
END;
$$;
