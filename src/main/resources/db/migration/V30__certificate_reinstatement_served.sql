-- 46a-68-68(d), 67(b), (c) (review M-23): a certificate the commission reinstates is served again on the
-- agency, DAS and OPM; until the agency receives it the status is REINSTATED and the bar does not run.
-- The day of the vote that reinstated it is kept: the services follow it.
ALTER TABLE noncompliance_certificate ADD COLUMN reinstated_on DATE;
