-- The inbox: events the platforms handed the bot, stored before they are
-- acknowledged and worked from here (see bot.InboxStore). id is a hash of
-- the platform's event key, so a done row names no channel. A pending row
-- holds the user and the payload (which may hold message text) until its
-- work is done; then both are dropped and the row is only the event's
-- dedup key, purged after the dedup period. Times are UTC unix
-- milliseconds; 0 means "none".
CREATE TABLE inbox (
    id          TEXT    PRIMARY KEY,
    platform    TEXT    NOT NULL,
    user_id     TEXT    NOT NULL DEFAULT '',
    payload     BLOB,
    state       TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
    owner       TEXT    NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    received_at INTEGER NOT NULL,
    done_at     INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX inbox_pending ON inbox (platform, received_at) WHERE state = 'pending';

CREATE INDEX inbox_done ON inbox (done_at) WHERE state = 'done';

-- Per DM channel, the platform time (unix ms) of the latest post stored
-- from it, from which Mattermost's catch-up fetches what came while the
-- bot was away, also after a restart.
CREATE TABLE inbox_positions (
    platform TEXT    NOT NULL,
    channel  TEXT    NOT NULL,
    user_id  TEXT    NOT NULL,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, channel)
) STRICT;

CREATE INDEX inbox_positions_user ON inbox_positions (platform, user_id);
