-- The ground of an administrative dismissal (46a-54-67a(f)(1)(A)-(E)) belongs to the case record: the
-- mandatory release of 46a-54-66a(c)(1) depends on it when the dismissal becomes final (review F02).
ALTER TABLE complaint ADD COLUMN disposition_ground VARCHAR(60);

-- The last day of a clock before it is moved to an open day (46a-54-20a): an extension runs from it,
-- not from the moved day, so that the roll does not compound (review F14; docs/legal-readings.md).
ALTER TABLE case_deadline ADD COLUMN last_day DATE;
