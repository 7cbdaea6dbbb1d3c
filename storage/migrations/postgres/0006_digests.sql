-- The weekly digest of open reminders, one job per user per ISO week, as
-- storage/migrations/sqlite/0006_digests.sql. The primary key makes the
-- digest go out at most once per user per week, however often the
-- schedule fires and however many replicas run it; replicas claim jobs
-- with FOR UPDATE SKIP LOCKED. attempts counts the claims, failures the
-- failed sends (a 429 left out). Times are UTC unix milliseconds; 0 means
-- "none". No message text is kept.
CREATE TABLE digests (
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    week            TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
    next_attempt_at BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0,
    sent_at         BIGINT  NOT NULL DEFAULT 0,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    PRIMARY KEY (platform, user_id, week)
);

-- The sender's index: only the jobs it may claim, in the order it may try
-- them.
CREATE INDEX digests_due ON digests (week, next_attempt_at)
    WHERE state IN ('pending', 'sending');
