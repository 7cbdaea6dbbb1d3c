-- The inbox, as storage/migrations/sqlite/0004_inbox.sql: events stored
-- before they are acknowledged and worked from here, claimed under a lease
-- with FOR UPDATE SKIP LOCKED so that replicas never work one event at
-- once. A done row keeps only its id (a hash of the event key), purged
-- after the dedup period. Times are UTC unix milliseconds; 0 means "none".
CREATE TABLE inbox (
    id          TEXT   PRIMARY KEY,
    platform    TEXT   NOT NULL,
    user_id     TEXT   NOT NULL DEFAULT '',
    payload     BYTEA,
    state       TEXT   NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
    owner       TEXT   NOT NULL DEFAULT '',
    lease_until BIGINT NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,
    received_at BIGINT NOT NULL,
    done_at     BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX inbox_pending ON inbox (platform, received_at) WHERE state = 'pending';

CREATE INDEX inbox_done ON inbox (done_at) WHERE state = 'done';

-- Per DM channel, the platform time (unix ms) of the latest post stored
-- from it: where Mattermost's catch-up starts after a restart.
CREATE TABLE inbox_positions (
    platform TEXT   NOT NULL,
    channel  TEXT   NOT NULL,
    user_id  TEXT   NOT NULL,
    seen_at  BIGINT NOT NULL,
    PRIMARY KEY (platform, channel)
);

CREATE INDEX inbox_positions_user ON inbox_positions (platform, user_id);
