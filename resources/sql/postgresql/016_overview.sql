-- SessionDesk native store, schema version 16 (PostgreSQL): the Overview page's figures. The
-- active sessions by place and user agent are counted from an index that holds just those; the
-- sign-ins per hour come from login_events_by_time (an index-only scan over the last week).
CREATE INDEX sessions_open_by_place_agent ON sessions (country, city, user_agent, latitude, longitude)
    WHERE ended_at IS NULL;
