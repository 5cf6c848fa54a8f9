-- 46a-54-35a(b), 36a(b), 34a(b) (review F29): a sworn complaint is sufficient when it says "when" the practices
-- occurred, so a complaint that gives the date of the act only approximately ("spring 2026") is registered all the
-- same. The words are kept as the complaint gives them; the date of the act, the last day to file counted from it
-- and the timeliness on the face of the complaint are then unknown until the jurisdictional review decides (42a(a)).
ALTER TABLE complaint ADD COLUMN act_approximately VARCHAR(200);
ALTER TABLE complaint ALTER COLUMN act_on DROP NOT NULL;
ALTER TABLE complaint ALTER COLUMN filing_deadline DROP NOT NULL;
ALTER TABLE complaint ALTER COLUMN timely_on_its_face DROP NOT NULL;
-- 34a(b)(3): the date the complainant knew or reasonably should have known that the acts may have constituted
-- discrimination, the third factor the commission "shall consider", shown to the reviewer beside (b)(1) and (b)(2).
ALTER TABLE complaint ADD COLUMN knew_discrimination_on DATE;
