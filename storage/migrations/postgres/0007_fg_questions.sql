-- Questions to the privacy officer (FG), asked from the chat. question and
-- answer are kept without the personal data the bot recognised; the asker
-- is kept to send the answer back and is shown to the FG only when
-- anonymous is false. Times are UTC unix milliseconds; 0 means "none". A
-- question is kept 90 days after its answer; a draft one day.
CREATE TABLE fg_questions (
    id           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform     TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    lang         TEXT    NOT NULL DEFAULT '',
    municipality TEXT    NOT NULL DEFAULT '',
    topic        TEXT    NOT NULL DEFAULT '',
    question     TEXT    NOT NULL,
    anonymous    BOOLEAN NOT NULL DEFAULT false,
    state        TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'answered')),
    parent_id    BIGINT  NOT NULL DEFAULT 0,
    channel      TEXT    NOT NULL DEFAULT '',
    post         TEXT    NOT NULL DEFAULT '',
    answer       TEXT    NOT NULL DEFAULT '',
    helped       BOOLEAN NOT NULL DEFAULT false,
    delivered    BOOLEAN NOT NULL DEFAULT false,
    created_at   BIGINT  NOT NULL,
    asked_at     BIGINT  NOT NULL DEFAULT 0,
    answered_at  BIGINT  NOT NULL DEFAULT 0,
    reminded_at  BIGINT  NOT NULL DEFAULT 0,
    version      BIGINT  NOT NULL
);

CREATE INDEX fg_questions_asker ON fg_questions (platform, user_id);
CREATE INDEX fg_questions_thread ON fg_questions (platform, channel, post);
CREATE INDEX fg_questions_state ON fg_questions (state, asked_at);
