-- Questions to the privacy officer (FG), asked from the chat. question and
-- answer are kept without the personal data the bot recognised; the asker
-- is kept to send the answer back and is shown to the FG only when
-- anonymous is 0. Times are UTC unix milliseconds; 0 means "none". A
-- question is kept 90 days after its answer; a draft one day.
CREATE TABLE fg_questions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    lang         TEXT    NOT NULL DEFAULT '',
    municipality TEXT    NOT NULL DEFAULT '',
    topic        TEXT    NOT NULL DEFAULT '',
    question     TEXT    NOT NULL,
    anonymous    INTEGER NOT NULL DEFAULT 0,
    state        TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'answered')),
    parent_id    INTEGER NOT NULL DEFAULT 0,
    channel      TEXT    NOT NULL DEFAULT '',
    post         TEXT    NOT NULL DEFAULT '',
    answer       TEXT    NOT NULL DEFAULT '',
    helped       INTEGER NOT NULL DEFAULT 0,
    delivered    INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    asked_at     INTEGER NOT NULL DEFAULT 0,
    answered_at  INTEGER NOT NULL DEFAULT 0,
    reminded_at  INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL
) STRICT;

CREATE INDEX fg_questions_asker ON fg_questions (platform, user_id);
CREATE INDEX fg_questions_thread ON fg_questions (platform, channel, post);
CREATE INDEX fg_questions_state ON fg_questions (state, asked_at);
