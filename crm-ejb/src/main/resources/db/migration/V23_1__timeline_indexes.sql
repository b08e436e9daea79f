-- The timeline reads each source of a customer newest first, a page at a time: an index on (customer, time, id) per
-- source lets it read a page and stop, however many items the customer has. Interactions and purchases have theirs.
CREATE INDEX note_customer_time_idx ON note (customer_id, created_at, id);
CREATE INDEX follow_up_customer_time_idx ON follow_up (customer_id, created_at, id);
CREATE INDEX points_entry_customer_time_idx ON points_entry (customer_id, created_at, id);
CREATE INDEX customer_history_customer_time_idx ON customer_history (customer_id, field, changed_at, id);
CREATE INDEX survey_response_customer_time_idx ON survey_response (customer_id, responded_at, id);
