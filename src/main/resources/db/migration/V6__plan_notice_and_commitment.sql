-- 46a-68-62(c), 66: the notice of the commission's action, its deficiencies, and the letter of commitment.
ALTER TABLE aa_plan ADD COLUMN deficiencies TEXT;
ALTER TABLE aa_plan ADD COLUMN notice_received_on DATE;
ALTER TABLE aa_plan ADD COLUMN proposals_answer_due_on DATE;
-- ACCEPTED, REJECTED, AGREEMENT_SIGNED, NO_AGREEMENT, NO_ANSWER
ALTER TABLE aa_plan ADD COLUMN commitment VARCHAR(30);
