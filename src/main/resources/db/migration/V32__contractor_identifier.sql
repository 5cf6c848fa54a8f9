-- 46a-68j-41(c) (review D-31): the commission keeps "a complete and accurate list" of contractors under notice,
-- so a contractor is known by more than the spelling of its name: its federal employer identification number
-- (kept as NN-NNNNNNN) and its state vendor number; a notice issued from now on has at least one of them.
ALTER TABLE contractor_notice ADD COLUMN fein VARCHAR(10);
ALTER TABLE contractor_notice ADD COLUMN vendor_number VARCHAR(40);
CREATE INDEX contractor_notice_fein ON contractor_notice (fein);
