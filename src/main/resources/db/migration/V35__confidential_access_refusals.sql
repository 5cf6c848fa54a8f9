-- 46a-54-37a(b): refused attempts to read a confidential complainant's identity are recorded too, beside the readings
-- (security issue, item 9); the executive director reads a case's log.
ALTER TABLE confidential_access ADD COLUMN outcome VARCHAR(10) DEFAULT 'READ' NOT NULL;
