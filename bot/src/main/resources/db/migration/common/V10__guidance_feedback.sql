-- Ask job: ratings of answers, questions it could not answer, and questions passed to the records
-- team. Question text is personal to the asker: it lives only here (never in logs) and is purged
-- after nccc.guidance.question-retention by the guidance module's scheduled job.
CREATE TABLE guidance_feedback (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    entry_id    VARCHAR(100) NOT NULL,
    kb_version  VARCHAR(100) NOT NULL,
    helpful     BOOLEAN      NOT NULL,
    question    TEXT,
    user_key    VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guidance_feedback_entry ON guidance_feedback (entry_id, kb_version);
CREATE INDEX guidance_feedback_created ON guidance_feedback (created_at);

CREATE TABLE guidance_unanswered (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    question      TEXT         NOT NULL,
    kb_version    VARCHAR(100) NOT NULL,
    top_entry_id  VARCHAR(100),
    confidence    DOUBLE PRECISION NOT NULL,
    user_key      VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guidance_unanswered_created ON guidance_unanswered (created_at);

CREATE TABLE guidance_escalation (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference   VARCHAR(20)  NOT NULL UNIQUE,
    question    TEXT,
    entry_id    VARCHAR(100),
    kb_version  VARCHAR(100) NOT NULL,
    user_key    VARCHAR(255) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guidance_escalation_created ON guidance_escalation (created_at);
