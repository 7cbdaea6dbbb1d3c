-- The core tables, as storage/migrations/sqlite/0001_core.sql. Every time
-- is UTC unix milliseconds (BIGINT), as in SQLite, so that both stores
-- compare, order and purge alike. No table holds message text or client
-- data.

-- One row per conversation: a user on a platform, in a channel. flow_json is
-- the flows.State as JSON (step IDs and option values only), NULL when no
-- flow is under way. version counts saves: an update names the version it
-- read, so two replicas handling events of one user cannot both save.
CREATE TABLE conversations (
    platform   TEXT   NOT NULL,
    user_id    TEXT   NOT NULL,
    channel    TEXT   NOT NULL,
    flow_json  TEXT,
    pending    TEXT   NOT NULL DEFAULT '',
    case_label TEXT   NOT NULL DEFAULT '',
    version    BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id, channel)
);

CREATE INDEX conversations_updated_at ON conversations (updated_at);

-- A user's preferences; empty text means "not set yet".
CREATE TABLE settings (
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    lang         TEXT    NOT NULL DEFAULT '',
    tz           TEXT    NOT NULL DEFAULT '',
    municipality TEXT    NOT NULL DEFAULT '',
    digest_off   BOOLEAN NOT NULL DEFAULT false,
    updated_at   BIGINT  NOT NULL,
    PRIMARY KEY (platform, user_id)
);

-- The audit trail: IDs and a fixed vocabulary only. An identity column
-- never hands out an ID twice, also after a user's entries are deleted.
CREATE TABLE audit (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform TEXT   NOT NULL,
    user_id  TEXT   NOT NULL,
    at       BIGINT NOT NULL,
    action   TEXT   NOT NULL,
    flow     TEXT   NOT NULL DEFAULT '',
    outcome  TEXT   NOT NULL DEFAULT '',
    reminder BIGINT NOT NULL DEFAULT 0,
    detail   TEXT   NOT NULL DEFAULT ''
);

CREATE INDEX audit_user ON audit (platform, user_id, at, id);

-- Platform event IDs already handled, shared by every replica: the primary
-- key lets exactly one INSERT … ON CONFLICT DO NOTHING of a key succeed.
CREATE TABLE dedup (
    key     TEXT   PRIMARY KEY,
    seen_at BIGINT NOT NULL
);

CREATE INDEX dedup_seen_at ON dedup (seen_at);
