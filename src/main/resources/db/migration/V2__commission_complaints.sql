-- 46a-54-39a: complaints the commission issues itself, by majority vote at a meeting.
ALTER TABLE complaint ADD COLUMN commission_issued BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE complaint ADD COLUMN commission_vote_on DATE;
ALTER TABLE complaint ADD COLUMN commission_ground VARCHAR(40);
