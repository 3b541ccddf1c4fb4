-- SessionDesk native store, schema version 16 (PostgreSQL): the Overview page's figures. The
-- active sessions by country and user agent are counted from an index that holds just those; the
-- sign-ins per hour come from login_events_by_time (an index-only scan over the last week).
CREATE INDEX sessions_open_by_country_agent ON sessions (country, user_agent) WHERE ended_at IS NULL;
