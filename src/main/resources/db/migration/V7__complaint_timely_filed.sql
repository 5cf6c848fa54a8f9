-- 46a-54-42a(a), 66a(a): the jurisdictional review's finding that the complaint was timely filed, kept
-- apart from jurisdiction (which also needs a discriminatory practice) so that a release request can ask
-- "timely filed?" of the review, or of the filing period on its face before the review.
ALTER TABLE complaint ADD COLUMN timely_filed BOOLEAN;
