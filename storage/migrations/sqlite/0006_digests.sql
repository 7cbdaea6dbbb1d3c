-- The weekly digest of open reminders, one job per user per ISO week
-- ("2026-W10", in the zone of the schedule). The primary key makes the
-- digest go out at most once per user per week, however often the
-- schedule fires and however many instances run it. A job is pending until
-- a sender claims it (sending, with a lease that ends at next_attempt_at),
-- then sent once the platform accepted it, skipped when there was nothing
-- to send or the user switched the digest off, or failed after its last
-- attempt. attempts counts the claims (a claim finishes only under its
-- own count); failures counts the failed sends, a platform's "wait" (429)
-- left out. Times are UTC unix milliseconds; 0 means "none". No message
-- text is kept.
CREATE TABLE digests (
    platform        TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    week            TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'skipped', 'failed')),
    next_attempt_at INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (platform, user_id, week)
) STRICT;

-- The sender's index: only the jobs it may claim, in the order it may try
-- them.
CREATE INDEX digests_due ON digests (week, next_attempt_at)
    WHERE state IN ('pending', 'sending');
