-- The replies of the turn that answered a pending inbox event, as
-- storage/migrations/sqlite/0009_inbox_replies.sql: stored in the turn's
-- transaction, returned when the event is worked again, dropped once the
-- event is done.
ALTER TABLE inbox ADD COLUMN replies TEXT;
