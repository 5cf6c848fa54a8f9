-- Notices served in the proceedings of 46a-68 and 46a-68j (what, to whom, how, when), kept apart
-- from the complaint's served_notice, whose rows belong to a docket.
CREATE TABLE proceeding_notice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    proceeding_id   VARCHAR(300) NOT NULL,
    notice          VARCHAR(120) NOT NULL,
    recipient       VARCHAR(200) NOT NULL,
    method          VARCHAR(40)  NOT NULL,
    sent_on         DATE         NOT NULL,
    received_on     DATE,
    section         VARCHAR(40)  NOT NULL,
    CONSTRAINT proceeding_notice_once UNIQUE (proceeding_id, notice, recipient)
);

-- 46a-68-67: a certificate of noncompliance and the bar it puts on hiring and promotion.
CREATE TABLE noncompliance_certificate (
    certificate_id       VARCHAR(250) PRIMARY KEY,
    agency               VARCHAR(200) NOT NULL,
    plan_id              VARCHAR(220) NOT NULL REFERENCES aa_plan (plan_id),
    voted_on             DATE         NOT NULL,
    issued_on            DATE         NOT NULL,
    -- ISSUED (not yet received), IN_EFFECT, WITHDRAWN, WITHDRAWN_ON_AGREEMENT, RESCINDED
    status               VARCHAR(30)  NOT NULL,
    -- 67(b): the bar runs from the agency's receipt (of the certificate, or of its reinstatement, 68(d))
    bar_from             DATE,
    ended_on             DATE,
    agreement            CLOB,
    agreement_due_on     DATE,
    hearing_officer      VARCHAR(200),
    process_instance_id  VARCHAR(64)  NOT NULL
);
CREATE INDEX noncompliance_certificate_agency ON noncompliance_certificate (agency, status);

-- 46a-68-70: one petition for a certificate of exemption per vacancy.
CREATE TABLE certificate_exemption (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_id   VARCHAR(250) NOT NULL REFERENCES noncompliance_certificate (certificate_id),
    vacancy          VARCHAR(200) NOT NULL,
    vacancy_key      VARCHAR(200) NOT NULL,
    served_on        DATE         NOT NULL,
    -- PENDING, REFERRED, GRANTED, DENIED, OBVIATED, MOOT
    status           VARCHAR(20)  NOT NULL,
    decided_on       DATE
);
CREATE INDEX certificate_exemption_vacancy ON certificate_exemption (certificate_id, vacancy_key);
