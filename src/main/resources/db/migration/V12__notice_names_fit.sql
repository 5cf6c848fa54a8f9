-- A served paper's name is the whole name staff read in the case file, e.g. "No Reasonable Cause -
-- Lack of Jurisdiction, with notice of the right to request reconsideration" (46a-54-61a(b)): 80
-- characters stuck such a dismissal at its mailing. NoticeNamesFitTest checks every name written here.
ALTER TABLE served_notice ALTER COLUMN notice SET DATA TYPE VARCHAR(250);
ALTER TABLE case_deadline ALTER COLUMN deadline SET DATA TYPE VARCHAR(200);
ALTER TABLE proceeding_notice ALTER COLUMN notice SET DATA TYPE VARCHAR(250);
