-- The id a customer has in the system it came from (an ERP, a shop, the CSV of an older CRM): bulk calls update the
-- customer that carries it instead of creating a second one. At most one customer per id; most customers have none
-- (NULLs do not clash in a unique index on H2 or PostgreSQL).
ALTER TABLE customer ADD COLUMN external_id VARCHAR(100);
CREATE UNIQUE INDEX customer_external_id_uq ON customer (external_id);
