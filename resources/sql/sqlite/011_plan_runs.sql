-- SessionDesk native store, schema version 11 (SQLite): a planned logout records the console that
-- ran it, or found it missed ("login (OS account) on host"). A plan no console ran within 60
-- minutes of its time fails as missed instead of signing everybody out at an hour nobody announced.
ALTER TABLE planned_logouts ADD COLUMN ran_by TEXT;
