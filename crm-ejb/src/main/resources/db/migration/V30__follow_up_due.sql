-- When a planned follow-up's due time passed and that was announced (CDI FollowUpDue, webhook followup.due): once
-- per follow-up and due time; a new due time announces again. Those already due at the upgrade count as announced.
ALTER TABLE follow_up ADD COLUMN due_announced_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE follow_up SET due_announced_at = CURRENT_TIMESTAMP WHERE status = 'PLANNED' AND due_at <= CURRENT_TIMESTAMP;
CREATE INDEX follow_up_due_idx ON follow_up (status, due_announced_at, due_at);
