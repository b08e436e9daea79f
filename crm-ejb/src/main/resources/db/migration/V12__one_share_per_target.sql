-- One share per customer and user, and per customer and team. Shares made at the same moment could leave two rows for
-- one target, and withdrawing one of them left the access in place. The latest share of a target (by the time it was
-- made, then by id: ids are handed out in blocks per instance, so their order alone is not the order of creation) is
-- the one its author meant; the older ones go.
DELETE FROM customer_share WHERE user_id IS NOT NULL AND EXISTS (SELECT 1 FROM customer_share t
    WHERE t.customer_id = customer_share.customer_id AND t.user_id = customer_share.user_id
      AND (t.created_at > customer_share.created_at OR t.created_at = customer_share.created_at AND t.id > customer_share.id));
DELETE FROM customer_share WHERE team_id IS NOT NULL AND EXISTS (SELECT 1 FROM customer_share t
    WHERE t.customer_id = customer_share.customer_id AND t.team_id = customer_share.team_id
      AND (t.created_at > customer_share.created_at OR t.created_at = customer_share.created_at AND t.id > customer_share.id));
ALTER TABLE customer_share ADD CONSTRAINT customer_share_user_key UNIQUE (customer_id, user_id);
ALTER TABLE customer_share ADD CONSTRAINT customer_share_team_key UNIQUE (customer_id, team_id);
