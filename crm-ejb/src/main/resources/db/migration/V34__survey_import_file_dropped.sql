-- An uploaded CSV of survey responses holds comments (personal data). It is kept only while the import job may still
-- read it: the job drops it when the import has completed (content NULL), and an erasure blanks the erased
-- customer's comments in the files still kept.
ALTER TABLE survey_import ALTER COLUMN content DROP NOT NULL;
