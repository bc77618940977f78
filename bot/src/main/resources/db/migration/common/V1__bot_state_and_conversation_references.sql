-- Bot Framework conversation and user state, shared by every instance (optimistic concurrency by etag).
CREATE TABLE bot_state (
    state_key   VARCHAR(1024) NOT NULL PRIMARY KEY,
    type_name   VARCHAR(512)  NOT NULL,
    body        TEXT          NOT NULL,
    etag        VARCHAR(64)   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Where to reach each user proactively (notifications, reminders, relayed answers).
CREATE TABLE conversation_reference (
    user_key        VARCHAR(255)  NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(64),
    conversation_id VARCHAR(512)  NOT NULL,
    service_url     VARCHAR(1024) NOT NULL,
    reference_json  TEXT          NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
