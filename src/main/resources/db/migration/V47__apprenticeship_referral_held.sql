-- 46a-68-10(b), 14 (review D-34): a complaint filed with the Labor Department waits for CHRO intake to record the
-- day CHRO received the referral and the complainant's oath. Meanwhile the complainant's identity and the facts
-- are held here, never in process variables (which Cockpit shows), and removed when CHRO's complaint is filed.
CREATE TABLE apprenticeship_referral_held (
    matter_id          BIGINT PRIMARY KEY,
    complainant_name   VARCHAR(200),
    complainant_address TEXT,
    complainant_phone  VARCHAR(200),
    statement_of_facts TEXT
);
