-- Ask job, records-team round trip: the asker's display name for the team's card, who answered an
-- escalation and when, what was relayed to the asker, and answers the records team offered for the
-- knowledge base. The asker's question (and the relayed answer, which may repeat it) is blanked after
-- nccc.guidance.question-retention like the V10 columns; ids, who and when stay. A suggestion keeps
-- its answer: it was written for the knowledge base.
ALTER TABLE guidance_escalation ADD COLUMN asker_name VARCHAR(255);
ALTER TABLE guidance_escalation ADD COLUMN answered_by VARCHAR(255);
ALTER TABLE guidance_escalation ADD COLUMN answered_by_name VARCHAR(255);
ALTER TABLE guidance_escalation ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE guidance_escalation ADD COLUMN answer TEXT;

CREATE TABLE guidance_suggestion (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference     VARCHAR(20)  NOT NULL UNIQUE,
    question      TEXT,
    answer        TEXT,
    entry_id      VARCHAR(100),
    kb_version    VARCHAR(100) NOT NULL,
    suggested_by  VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX guidance_suggestion_created ON guidance_suggestion (created_at);
