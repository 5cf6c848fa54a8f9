-- A paper that tells its recipient when something is due keeps that date with it: the response to a request for
-- an extension of time "shall inform the respondent of the date the answer is due" (46a-54-45a, 47a); the order
-- vacating a default sets the date the answer is due (46a-54-46a(f), 43a); the decision on an objection or a
-- request for more time sets the new time to comply (46a-54-52a(a), (d), (e), 53a). Review F27, F28, F21.
ALTER TABLE served_notice ADD COLUMN due_on DATE;
