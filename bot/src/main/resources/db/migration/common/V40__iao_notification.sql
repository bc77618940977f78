-- IAO notifications: one row per thing an IAO must hear about (a declaration, an amendment, a filed record,
-- a SECRET report). The row is the outbox: a worker claims queued rows, delivers them in Teams (or by email
-- when Teams cannot reach the IAO), and keeps the delivery status. Reminders and escalation work from the
-- same row. summary_json holds only the facts shown on the card (references, area, dates, counts): never
-- message content. (kind, subject_ref, subject_version) is unique, so a replayed event queues nothing new.
CREATE TABLE iao_notification (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(30)   NOT NULL,
    subject_ref      VARCHAR(64)   NOT NULL,
    subject_version  INTEGER       NOT NULL,
    business_area    VARCHAR(100),
    unrouted         BOOLEAN       NOT NULL,
    iao_key          VARCHAR(255)  NOT NULL,
    deputy_key       VARCHAR(255),
    declarant_key    VARCHAR(255),
    summary_json     VARCHAR(4000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    channel          VARCHAR(10),
    conversation_key VARCHAR(255),
    activity_id      VARCHAR(255),
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    claimed_by       VARCHAR(36),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    acknowledged_by  VARCHAR(255),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    reminders_sent   INTEGER       NOT NULL,
    last_reminder_at TIMESTAMP WITH TIME ZONE,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT iao_notification_once UNIQUE (kind, subject_ref, subject_version)
);
CREATE INDEX iao_notification_due ON iao_notification (status, next_attempt_at);
CREATE INDEX iao_notification_by_iao ON iao_notification (iao_key, created_at);
CREATE INDEX iao_notification_by_area ON iao_notification (business_area, created_at);

-- What IAOs did with a notification: acknowledged, asked for information (with their comment, relayed to
-- the declarant), reminded, escalated. Kept as the audit trail; nothing here is updated or deleted.
CREATE TABLE iao_notification_action (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    notification_id VARCHAR(36)   NOT NULL REFERENCES iao_notification (id),
    action          VARCHAR(20)   NOT NULL,
    actor_key       VARCHAR(255),
    comment         VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX iao_notification_action_by_notification ON iao_notification_action (notification_id, created_at);
