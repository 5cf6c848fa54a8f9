-- 46a-68j-38, 42(a)-(c) (review D-28): staff review the contractor's verified statement and recommend; the
-- commission determines. The latest recommendation is kept with the notice (each one is in the process history).
ALTER TABLE contractor_notice ADD COLUMN staff_recommendation VARCHAR(20);
ALTER TABLE contractor_notice ADD COLUMN recommendation_reasons VARCHAR(4000);
ALTER TABLE contractor_notice ADD COLUMN recommended_on DATE;
