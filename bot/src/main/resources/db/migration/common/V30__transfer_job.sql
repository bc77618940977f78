-- File job: one row per file (or note) someone sends to be filed, from download to filing. The job folder
-- holds the original and the normalised JSON until the job ends; cancelled and rejected jobs keep no folder.
-- file_name can contain a person's name (WhatsApp names exports after the chat): never log it.
CREATE TABLE transfer_job (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_key              VARCHAR(255)  NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    mode                  VARCHAR(20)   NOT NULL,
    file_name             VARCHAR(255)  NOT NULL,
    file_size             BIGINT,
    sha256                VARCHAR(64),
    job_folder            VARCHAR(1000) NOT NULL,
    original_path         VARCHAR(1000),
    json_path             VARCHAR(1000),
    source_format         VARCHAR(30),
    event_count           BIGINT,
    message_count         BIGINT,
    participant_count     INTEGER,
    attachments_present   BIGINT,
    attachments_missing   BIGINT,
    warning_count         INTEGER,
    first_timestamp       TIMESTAMP WITH TIME ZONE,
    last_timestamp        TIMESTAMP WITH TIME ZONE,
    date_order            VARCHAR(20),
    date_order_ambiguous  BOOLEAN,
    declaration_reference VARCHAR(20),
    business_area         VARCHAR(100),
    failure_reason        VARCHAR(60),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX transfer_job_user ON transfer_job (user_key, created_at);
CREATE INDEX transfer_job_status ON transfer_job (status, updated_at);
