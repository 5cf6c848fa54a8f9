-- 46a-68-8(b), 12(a), (b) (review D-33): whether the compliance review found a discriminatory practice
-- (deregistration on the review needs one; a pattern or practice under 9 counts), and the day the matter
-- was referred to CHRO for its determination (12(a)).
ALTER TABLE apprenticeship_matter ADD COLUMN discriminatory_practice BOOLEAN;
ALTER TABLE apprenticeship_matter ADD COLUMN referred_to_chro_on DATE;

-- 46a-68-8(b), last sentence (review M-37): a sponsor seeking new registration is given the department's
-- recommendations to achieve compliance for recognition purposes.
ALTER TABLE apprenticeship_matter ADD COLUMN seeking_registration BOOLEAN;
ALTER TABLE apprenticeship_matter ADD COLUMN registration_recommendations TEXT;
ALTER TABLE apprenticeship_matter ADD COLUMN recommendations_sent_on DATE;

-- 46a-68-10(b) (reviews D-34, M-37): where the complaint was filed (DEPARTMENT, or CHRO, which referred it
-- to the department to resolve informally), and the day CHRO received the department's referral: the filing
-- date of CHRO's separate complaint (46a-54-36a(b)).
ALTER TABLE apprenticeship_matter ADD COLUMN filed_with VARCHAR(20);
ALTER TABLE apprenticeship_matter ADD COLUMN chro_received_on DATE;

-- 46a-68-10(b) (review D-35): how CHRO resolved its complaint after a complying resolution: WITHDRAWAL
-- (46a-54-68a) or CONCILIATION_AGREEMENT (46a-54-67a(a)(2)).
ALTER TABLE apprenticeship_matter ADD COLUMN chro_resolution VARCHAR(30);

-- 46a-68-4(c), 6(b), 7(b), 7(f) (review M-38): the sponsor's duties the audit tests, each recorded as MET,
-- NOT_MET or NOT_APPLICABLE, with the auditor's notes.
CREATE TABLE apprenticeship_audit_check (
    matter_id    BIGINT       NOT NULL REFERENCES apprenticeship_matter (id),
    requirement  VARCHAR(20)  NOT NULL,
    result       VARCHAR(20)  NOT NULL,
    notes        TEXT,
    PRIMARY KEY (matter_id, requirement)
);
