-- The core tables. Every time is UTC unix milliseconds (INTEGER).
-- No table holds message text or client data.

-- One row per conversation: a user on a platform, in a channel. flow_json is
-- the flows.State as JSON (step IDs and option values only), NULL when no
-- flow is under way. version counts saves, for optimistic concurrency.
CREATE TABLE conversations (
    platform   TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    channel    TEXT    NOT NULL,
    flow_json  TEXT,
    pending    TEXT    NOT NULL DEFAULT '',
    case_label TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, user_id, channel)
) STRICT;

CREATE INDEX conversations_updated_at ON conversations (updated_at);

-- A user's preferences; empty text means "not set yet".
CREATE TABLE settings (
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    lang         TEXT    NOT NULL DEFAULT '',
    tz           TEXT    NOT NULL DEFAULT '',
    municipality TEXT    NOT NULL DEFAULT '',
    digest_off   INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (platform, user_id)
) STRICT;

-- The audit trail: IDs and a fixed vocabulary only. AUTOINCREMENT keeps an
-- ID from being handed out twice, also after a user's entries are deleted.
CREATE TABLE audit (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT    NOT NULL,
    user_id  TEXT    NOT NULL,
    at       INTEGER NOT NULL,
    action   TEXT    NOT NULL,
    flow     TEXT    NOT NULL DEFAULT '',
    outcome  TEXT    NOT NULL DEFAULT '',
    reminder INTEGER NOT NULL DEFAULT 0,
    detail   TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX audit_user ON audit (platform, user_id, at, id);

-- Platform event IDs already handled, so that a retried event is handled once.
CREATE TABLE dedup (
    key     TEXT    PRIMARY KEY,
    seen_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX dedup_seen_at ON dedup (seen_at);
