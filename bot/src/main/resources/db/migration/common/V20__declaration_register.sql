-- The NCCC declaration register. Nothing here is deleted by user action: an amendment adds a version
-- row, a withdrawal marks the declaration withdrawn with its reason and time.

-- One row per year hands out reference numbers: UPDATE ... SET next_value = next_value + 1 locks the
-- row until commit, so concurrent submissions on any instance get distinct numbers.
CREATE TABLE declaration_reference_counter (
    counter_year INTEGER NOT NULL PRIMARY KEY,
    next_value   BIGINT  NOT NULL
);

CREATE TABLE declaration (
    reference           VARCHAR(20)  NOT NULL PRIMARY KEY,
    user_key            VARCHAR(255) NOT NULL,
    declarant_name      VARCHAR(255),
    declarant_email     VARCHAR(320),
    aad_object_id       VARCHAR(64),
    tenant_id           VARCHAR(64),
    business_area       VARCHAR(100) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    current_version     INTEGER      NOT NULL,
    transfer_id         VARCHAR(255),
    transferred_at      TIMESTAMP WITH TIME ZONE,
    filing_requested_at TIMESTAMP WITH TIME ZONE,
    withdrawn_reason    TEXT,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX declaration_by_user ON declaration (user_key, submitted_at);
CREATE INDEX declaration_by_area ON declaration (business_area, submitted_at);

-- Every version with its full field values. submission_id is the card instance (or dialog) that
-- produced it, unique so a second click on an old card cannot create a duplicate.
CREATE TABLE declaration_version (
    reference      VARCHAR(20)  NOT NULL,
    version        INTEGER      NOT NULL,
    submission_id  VARCHAR(64)  NOT NULL,
    channel        VARCHAR(30)  NOT NULL,
    channel_other  VARCHAR(100),
    account        VARCHAR(20)  NOT NULL,
    device         VARCHAR(20)  NOT NULL,
    date_from      DATE         NOT NULL,
    date_to        DATE         NOT NULL,
    counterparties TEXT         NOT NULL,
    external_party BOOLEAN      NOT NULL,
    business_area  VARCHAR(100) NOT NULL,
    subject        TEXT         NOT NULL,
    significant    VARCHAR(20)  NOT NULL,
    classification VARCHAR(30)  NOT NULL,
    personal_data  VARCHAR(30)  NOT NULL,
    reason         TEXT,
    disappearing   BOOLEAN      NOT NULL,
    transferred    VARCHAR(20)  NOT NULL,
    on_hold        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reference, version),
    CONSTRAINT declaration_version_submission UNIQUE (submission_id),
    CONSTRAINT declaration_version_declaration FOREIGN KEY (reference) REFERENCES declaration (reference)
);

-- A report that SECRET-or-above material went over an NCCC: only the fact and who reported it.
CREATE TABLE secret_material_report (
    report_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    submission_id VARCHAR(64)  NOT NULL,
    user_key      VARCHAR(255) NOT NULL,
    reporter_name VARCHAR(255),
    business_area VARCHAR(100) NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT secret_material_report_submission UNIQUE (submission_id)
);

-- Transfer reminders. sent_count doubles as the compare-and-set version: an instance sends reminder
-- n only if its UPDATE ... WHERE sent_count = n-1 changed the row, so two instances never both send it.
CREATE TABLE declaration_reminder (
    reference    VARCHAR(20)  NOT NULL PRIMARY KEY,
    user_key     VARCHAR(255) NOT NULL,
    next_due     TIMESTAMP WITH TIME ZONE,
    sent_count   INTEGER      NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE,
    claimed_by   VARCHAR(64),
    CONSTRAINT declaration_reminder_declaration FOREIGN KEY (reference) REFERENCES declaration (reference)
);
CREATE INDEX declaration_reminder_due ON declaration_reminder (next_due);
