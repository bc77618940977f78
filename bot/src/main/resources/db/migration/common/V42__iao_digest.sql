-- Weekly IAO digest: one row per IAO and ISO week (e.g. 2026-W10). Inserting the row claims the digest, so
-- with several instances sharing this database exactly one sends it; a claim whose instance died is taken
-- over once claimed_until has passed. SKIPPED means there was nothing to report that week. Counts only.
CREATE TABLE iao_digest (
    iao_key        VARCHAR(255)  NOT NULL,
    week           VARCHAR(10)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    attempts       INTEGER       NOT NULL,
    claimed_by     VARCHAR(36),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    channel        VARCHAR(10),
    new_items      INTEGER,
    pending_items  INTEGER,
    overdue_items  INTEGER,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT iao_digest_once PRIMARY KEY (iao_key, week)
);
