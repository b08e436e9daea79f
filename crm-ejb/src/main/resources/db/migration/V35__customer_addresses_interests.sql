-- A customer's addresses (personal data) are one sealed column, a JSON array of {kind, country, province, city,
-- district, street, postalCode} sealed as one value (v1:<keyId>:…), unbounded like other sealed texts: nothing may
-- compare or sort on it in the database. Existing customers have none (NULL reads as an empty list).
ALTER TABLE customer ADD COLUMN addresses VARCHAR;

-- Interests are short labels beside the tags, not personal, filterable like them. Existing customers have none.
CREATE TABLE customer_interest (
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    interest     VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, interest)
);
CREATE INDEX customer_interest_interest_idx ON customer_interest (interest, customer_id);
