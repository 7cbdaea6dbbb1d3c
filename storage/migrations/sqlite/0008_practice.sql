-- A user's own results on the practice cases: per case the last answer
-- chosen (0-based), whether it was right and how many answers were given.
-- No message text. Shown to the user alone (mijn-gegevens), erased with
-- the user, and kept a year after the last answer. Times are UTC unix
-- milliseconds.
CREATE TABLE practice_results (
    platform    TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    case_id     TEXT    NOT NULL,
    answer      INTEGER NOT NULL,
    is_right    INTEGER NOT NULL,
    tries       INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (platform, user_id, case_id)
) STRICT;

CREATE INDEX practice_results_answered ON practice_results (answered_at);

-- The weekly case of each team channel: one row per channel per ISO week,
-- claimed by one replica before it posts. The spread of the first answers
-- (count_a..count_d) names no one. Kept a year.
CREATE TABLE weekly_posts (
    platform    TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    week        TEXT    NOT NULL,
    case_id     TEXT    NOT NULL,
    post        TEXT    NOT NULL DEFAULT '',
    claimed_at  INTEGER NOT NULL,
    posted_at   INTEGER NOT NULL DEFAULT 0,
    count_a     INTEGER NOT NULL DEFAULT 0,
    count_b     INTEGER NOT NULL DEFAULT 0,
    count_c     INTEGER NOT NULL DEFAULT 0,
    count_d     INTEGER NOT NULL DEFAULT 0,
    summarised  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, channel, week)
) STRICT;

-- Who answered a weekly post, so that a second press does not count
-- twice; not what they answered. Erased with the user.
CREATE TABLE weekly_answers (
    platform    TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    week        TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    PRIMARY KEY (platform, channel, week, user_id)
) STRICT;
