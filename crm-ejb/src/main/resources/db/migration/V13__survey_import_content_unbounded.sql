-- An uploaded CSV of survey responses is as large as crm.import.max-bytes allows (10 MiB by default, configurable), which
-- the column must hold: VARCHAR(1100000) overflowed with a 1.3 MB file. VARCHAR without a length is unbounded on
-- PostgreSQL (as TEXT) and takes H2's largest length; NOT NULL stays.
ALTER TABLE survey_import ALTER COLUMN content SET DATA TYPE VARCHAR;
