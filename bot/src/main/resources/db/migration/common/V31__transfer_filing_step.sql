-- Filing steps: what each filing attempt of a confirmed transfer did, so a rerun after a crash or failure skips
-- finished work and sends nothing twice. Per attempt one ATTEMPT row (the claim: who runs it, a heartbeat, how it
-- ended), one row per finished step (PACKAGED, UPLOADED, VERIFIED, MARKED_FILED, RECEIPT_SENT, CLEANED) and one
-- row per notice sent once per transfer (user told of a long upload or a delay, operators alerted). Ids, counts,
-- sizes and codes only: never names or content.
CREATE TABLE transfer_filing_step (
    transfer_id VARCHAR(36)  NOT NULL REFERENCES transfer_job (id),
    attempt     INTEGER      NOT NULL,
    step        VARCHAR(30)  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    worker_id   VARCHAR(36)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    touched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    file_count  INTEGER,
    byte_count  BIGINT,
    detail      VARCHAR(60),
    CONSTRAINT transfer_filing_step_pk PRIMARY KEY (transfer_id, attempt, step)
);
