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
    is_right    BOOLEAN NOT NULL,
    tries       INTEGER NOT NULL,
    answered_at BIGINT  NOT NULL,
    PRIMARY KEY (platform, user_id, case_id)
);

CREATE INDEX practice_results_answered ON practice_results (answered_at);
