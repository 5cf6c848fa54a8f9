-- 46a-68-62(b), (c): the written notice of an approval by default, kept with the plan (review D-20).
ALTER TABLE aa_plan ADD COLUMN default_notice_sent_on DATE;
ALTER TABLE aa_plan ADD COLUMN default_notice_notes TEXT;
-- 46a-68-66(c): the next review of the letter of commitment, a date staff set (review D-15).
ALTER TABLE aa_plan ADD COLUMN commitment_review_on DATE;
-- 46a-68-57, 56: the methods of review used; 39(e): the availability sources the plan names (review M-18).
ALTER TABLE aa_plan ADD COLUMN review_methods VARCHAR(600);
ALTER TABLE aa_plan ADD COLUMN availability_sources TEXT;
-- 46a-68-38, 39(e), 59(a): the missing elements now name the parts of 38 and 39(e) left out too.
ALTER TABLE aa_plan ALTER COLUMN missing_elements SET DATA TYPE VARCHAR(2000);
-- 46a-68-53(b), 52(a)(1): a report received on the first open day after a closed 30th day is marked, so the
-- commission sees it when it weighs the timeliness of prior submissions (legal readings 2.2, review D-10).
ALTER TABLE compliance_report ADD COLUMN last_day_closed BOOLEAN;
