-- 46a-68-53: each agency's compliance summary reports, filed, late or missing.
CREATE TABLE compliance_report (
    agency      VARCHAR(200) NOT NULL,
    as_of       DATE         NOT NULL,
    due_on      DATE         NOT NULL,
    filed_on    DATE,
    -- FILED (within the 30 days), LATE, MISSING
    status      VARCHAR(10)  NOT NULL,
    notes       CLOB,
    PRIMARY KEY (agency, as_of)
);

-- 46a-68-61: the staff recommendation with its reasons, and the standard of review of 59 it rests on.
ALTER TABLE aa_plan ADD COLUMN recommendation_reasons CLOB;
ALTER TABLE aa_plan ADD COLUMN standard_of_review VARCHAR(1000);
ALTER TABLE aa_plan ADD COLUMN standard_met BOOLEAN;
-- 46a-68-31(a): adverse impact by the four-fifths rule, as the reviewer saw it
ALTER TABLE aa_plan ADD COLUMN adverse_impact CLOB;
-- 46a-68-54: the period the plan reports on
ALTER TABLE aa_plan ADD COLUMN reporting_from DATE;
ALTER TABLE aa_plan ADD COLUMN reporting_to DATE;
-- 46a-68-66(c): the monitoring of the letter of commitment: HONORED, FAILED (reported to the commission and the Governor)
ALTER TABLE aa_plan ADD COLUMN commitment_report VARCHAR(20);
ALTER TABLE aa_plan ADD COLUMN commitment_reported_on DATE;
ALTER TABLE aa_plan ADD COLUMN governor_reported_on DATE;

-- 46a-68-52: the annual filing privilege, granted after a formally approved plan, and its rescission.
CREATE TABLE filing_privilege (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency        VARCHAR(200) NOT NULL,
    -- ANNUAL (granted) or SEMIANNUAL (rescinded)
    frequency     VARCHAR(12)  NOT NULL,
    decided_on    DATE         NOT NULL,
    reasons       CLOB
);
CREATE INDEX filing_privilege_agency ON filing_privilege (agency, decided_on);

-- 46a-68-62(a): the commission's vote, by majority of the members present and voting
ALTER TABLE aa_plan ADD COLUMN votes_for INT;
ALTER TABLE aa_plan ADD COLUMN votes_against INT;
