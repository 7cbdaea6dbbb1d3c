-- The replies of the turn that answered a pending inbox event, stored in
-- the turn's own transaction (see bot.TurnWrites.Event): an event worked
-- again after a crash returns them instead of being applied a second
-- time. Bot text only; dropped with the payload once the event is done.
ALTER TABLE inbox ADD COLUMN replies TEXT;
