-- What an empty cell means for a customer an import updates: KEEP the stored value (as before) or CLEAR it.
ALTER TABLE customer_import ADD COLUMN blank_cells VARCHAR(5) DEFAULT 'KEEP' NOT NULL;
