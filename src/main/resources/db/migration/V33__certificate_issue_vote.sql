-- 46a-68-67(a) (review D-25): the commission's vote to issue a certificate of noncompliance, counted as the votes
-- of 68(a) and (d) are: the commissioners present and voting for and against. Certificates issued before have none.
ALTER TABLE noncompliance_certificate ADD COLUMN votes_for INTEGER;
ALTER TABLE noncompliance_certificate ADD COLUMN votes_against INTEGER;
