-- Reminders to inform the client and to record a decision in the file
-- (§1.4 Dossier, §1.6), as storage/migrations/sqlite/0002_reminders.sql.
-- Times are UTC unix milliseconds; 0 means "none". case_label is the
-- user's own label, shared_nl/shared_en the bot's words for what was shared
-- with whom; reason is the user's short reason why informing the client was
-- not yet safe, kept for their file note. No client names. Every change
-- appends a row to audit in the same transaction.
CREATE TABLE reminders (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('inform', 'record')),
    case_label      TEXT    NOT NULL DEFAULT '',
    flow            TEXT    NOT NULL,
    outcome         TEXT    NOT NULL,
    shared_nl       TEXT    NOT NULL DEFAULT '',
    shared_en       TEXT    NOT NULL DEFAULT '',
    decided_at      BIGINT  NOT NULL,
    lang            TEXT    NOT NULL DEFAULT '',
    tz              TEXT    NOT NULL DEFAULT '',
    state           TEXT    NOT NULL CHECK (state IN ('scheduled', 'sending', 'sent', 'done', 'snoozed', 'cancelled')),
    due_at          BIGINT  NOT NULL,
    next_attempt_at BIGINT  NOT NULL,
    lease_until     BIGINT  NOT NULL DEFAULT 0,
    attempts        INTEGER NOT NULL DEFAULT 0,
    late            BOOLEAN NOT NULL DEFAULT false,
    sent_at         BIGINT  NOT NULL DEFAULT 0,
    reason_code     TEXT    NOT NULL DEFAULT '',
    reason          TEXT    NOT NULL DEFAULT '',
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    version         BIGINT  NOT NULL
);

-- The sweep's index. It holds only the reminders a sweep may claim
-- (scheduled, snoozed, or sending under a lease, whose next_attempt_at is
-- the lease's end), in the order they may be tried: finding the due ones
-- costs the number due, not the number pending. Replicas claim from it
-- with FOR UPDATE SKIP LOCKED, so each takes rows no other holds.
CREATE INDEX reminders_due ON reminders (next_attempt_at)
    WHERE state IN ('scheduled', 'snoozed', 'sending');

CREATE INDEX reminders_owner ON reminders (platform, user_id, state);
