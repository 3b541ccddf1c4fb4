-- SessionDesk native store, schema version 13 (SQLite): failed sign-ins, the ones an investigation
-- asks for, have an index of their own by time. (Ranges of addresses are compared as addresses by
-- the console's sessiondesk_ip_key(); an index on it would refuse every writer that lacks the
-- function, the application among them, so SQLite has none.)
CREATE INDEX login_events_failed ON login_events (at) WHERE NOT success;
