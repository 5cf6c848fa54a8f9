-- 46a-68-7(e): the department's records of apprenticeship programs, their compliance reviews and
-- investigations, and the program's state.
CREATE TABLE apprenticeship_program (
    registration_number    VARCHAR(40)  PRIMARY KEY,
    sponsor                VARCHAR(200) NOT NULL,
    trade                  VARCHAR(200),
    -- REGISTERED, UNDER_REVIEW, COMPLIANCE_PERIOD, DEREGISTERED, REINSTATED
    status                 VARCHAR(20)  NOT NULL,
    status_since           DATE         NOT NULL,
    -- 46a-68-8(a)(1): a regular audit not more than once in any 12-month period
    last_regular_audit_on  DATE,
    compliance_due_on      DATE
);

-- One matter on a program: an audit (46a-68-8), a complaint (10), a reinstatement (13) or an exemption (16).
CREATE TABLE apprenticeship_matter (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    registration_number  VARCHAR(40)  NOT NULL REFERENCES apprenticeship_program (registration_number),
    -- REGULAR_AUDIT, SPECIAL_AUDIT, COMPLAINT, REINSTATEMENT, EXEMPTION
    matter               VARCHAR(20)  NOT NULL,
    opened_on            DATE         NOT NULL,
    reasons              CLOB,
    audit_notified_on    DATE,
    audit_on             DATE,
    -- COMPLIANT, NONCOMPLIANT, PATTERN_OR_PRACTICE
    finding              VARCHAR(20),
    results_sent_on      DATE,
    -- COMPLIED, DEREGISTER, REFER_TO_CHRO
    sanction             VARCHAR(20),
    chro_docket          VARCHAR(20),
    -- DISCRIMINATION, NO_DISCRIMINATION
    chro_determination   VARCHAR(20),
    outcome              VARCHAR(30),
    process_instance_id  VARCHAR(64)  NOT NULL
);
CREATE INDEX apprenticeship_matter_program ON apprenticeship_matter (registration_number, matter);
