-- 46a-68j-41, 42: notices of noncompliance issued to contractors, and the list the commission keeps.
CREATE TABLE contractor_notice (
    notice_id              VARCHAR(250) PRIMARY KEY,
    contractor             VARCHAR(200) NOT NULL,
    awarding_agency        VARCHAR(200) NOT NULL,
    presiding_officer      VARCHAR(200) NOT NULL,
    finding_on             DATE         NOT NULL,
    -- 41(b): effective upon issuance
    issued_on              DATE         NOT NULL,
    -- 42(a): the verified statement within 15 days of issue
    statement_due_on       DATE         NOT NULL,
    -- 42(a): 45 days from issue; 42(e): 45 days from the receipt of a later statement
    review_due_on          DATE         NOT NULL,
    statement_received_on  DATE,
    -- TIMELY, LATE (with a letter of explanation, 42(e)) or SUPPLEMENTAL (42(d))
    statement_kind         VARCHAR(20),
    -- IN_EFFECT or RESCINDED
    status                 VARCHAR(20)  NOT NULL,
    supplemental_allowed   BOOLEAN      DEFAULT FALSE NOT NULL,
    determined_on          DATE,
    review_overdue         BOOLEAN      DEFAULT FALSE NOT NULL,
    process_instance_id    VARCHAR(64)  NOT NULL
);
CREATE INDEX contractor_notice_status ON contractor_notice (status, contractor);

-- 41(c): the names sent for the first regular issue of the Law Journal of January, April, July and October.
CREATE TABLE law_journal_publication (
    issue_month   DATE PRIMARY KEY,
    sent_on       DATE NOT NULL,
    names         TEXT NOT NULL
);
