-- The outbox: every answer, reminder and notice is stored here before it
-- is sent, and sent from here with retries (bot.Outbox). dedup_key makes an
-- enqueue idempotent ('' for none). target is the adapter's address of the
-- messages (a channel or response URL); payload the rendered messages or
-- the bot's reply as JSON: it is emptied when the item is sent or given
-- up, so message text stays only while it waits. parts_sent counts the
-- platform messages of the item delivered so far; unsure is set when an
-- attempt ended without knowing whether the platform took the message,
-- so the next attempt asks the platform first. Times are UTC unix
-- milliseconds; for state 'sending' next_attempt_at is the end of the
-- sender's lease, and owner names the process that holds it (see
-- bot.OutboxConfig.Owner), so a restarted process takes its own back at once. Sent and failed rows are purged after the dedup period.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    dedup_key       TEXT    NOT NULL DEFAULT '',
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    target          TEXT    NOT NULL DEFAULT '',
    payload         TEXT    NOT NULL DEFAULT '',
    parts_sent      INTEGER NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    unsure          INTEGER NOT NULL DEFAULT 0,
    owner           TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    next_attempt_at INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX outbox_key ON outbox (dedup_key) WHERE dedup_key <> '';

CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state IN ('pending', 'sending');

CREATE INDEX outbox_owner ON outbox (platform, user_id);
