-- The case record of a discriminatory-practice complaint (46a-54-33a to 46a-54-71a). It outlives
-- the process instance: closed case files are kept 14 years (46a-54-151).

-- Docket numbers are given out per calendar year: 2026-00001, 2026-00002, ...
CREATE TABLE docket_counter (
    docket_year INT PRIMARY KEY,
    last_number INT NOT NULL
);

CREATE TABLE complaint (
    docket_number          VARCHAR(20)  PRIMARY KEY,
    -- 46a-54-36a(b): the day an office of the commission received it; every clock runs from it.
    filed_on               DATE         NOT NULL,
    recorded_at            TIMESTAMP    NOT NULL,
    recorded_by            VARCHAR(64),
    -- the name the case is known by: the pseudonym of a confidential complaint (46a-54-37a)
    complainant_name       VARCHAR(200) NOT NULL,
    confidential           BOOLEAN      NOT NULL,
    protected_basis        VARCHAR(200),
    statement_of_facts     CLOB         NOT NULL,
    sworn_on               DATE         NOT NULL,
    -- 46a-54-34a
    act_on                 DATE         NOT NULL,
    knew_on                DATE,
    continuing_violation   BOOLEAN      NOT NULL,
    criminal_record_claim  BOOLEAN      NOT NULL,
    housing_claim          BOOLEAN      NOT NULL,
    filing_period          VARCHAR(10)  NOT NULL,
    filing_deadline        DATE         NOT NULL,
    timely_on_its_face     BOOLEAN      NOT NULL,
    -- what the case is doing now, and whether the agency is late with an act it owes
    stage                  VARCHAR(40)  NOT NULL,
    overdue                BOOLEAN      NOT NULL DEFAULT FALSE,
    jurisdictional         BOOLEAN,
    disposition            VARCHAR(80),
    disposed_on            DATE,
    process_instance_id    VARCHAR(64)
);

-- The identity behind a pseudonym (46a-54-37a(b)): kept apart, never a process variable.
CREATE TABLE confidential_identity (
    docket_number       VARCHAR(20)  PRIMARY KEY REFERENCES complaint (docket_number),
    complainant_name    VARCHAR(200) NOT NULL,
    complainant_address VARCHAR(500),
    confidential_ground VARCHAR(40)  NOT NULL
);

CREATE TABLE complainant_contact (
    docket_number       VARCHAR(20)  PRIMARY KEY REFERENCES complaint (docket_number),
    -- for a confidential complaint: the commission's office or the designated representative
    address             VARCHAR(500)
);

CREATE TABLE respondent (
    docket_number   VARCHAR(20)  NOT NULL REFERENCES complaint (docket_number),
    respondent_no   INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    address         VARCHAR(500),
    added_on        DATE         NOT NULL,
    received_on     DATE,
    answer_due_on   DATE,
    answered_on     DATE,
    PRIMARY KEY (docket_number, respondent_no)
);

-- Every paper the commission served: what, on whom, how, when (46a-54-18a, 42a(b), 46a(b), 61a(b)).
-- One row per case, step and recipient, so that a retried step never serves twice.
CREATE TABLE served_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    docket_number   VARCHAR(20)  NOT NULL REFERENCES complaint (docket_number),
    notice          VARCHAR(80)  NOT NULL,
    recipient       VARCHAR(200) NOT NULL,
    method          VARCHAR(40)  NOT NULL,
    sent_on         DATE         NOT NULL,
    received_on     DATE,
    section         VARCHAR(40)  NOT NULL,
    CONSTRAINT served_notice_once UNIQUE (docket_number, notice, recipient)
);

-- The legal clocks of a case: when each ends, under which section, and how it ended.
CREATE TABLE case_deadline (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    docket_number   VARCHAR(20)  NOT NULL REFERENCES complaint (docket_number),
    deadline        VARCHAR(80)  NOT NULL,
    party           VARCHAR(200) NOT NULL,
    section         VARCHAR(40)  NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    closed_on       DATE,
    CONSTRAINT case_deadline_once UNIQUE (docket_number, deadline, party)
);
