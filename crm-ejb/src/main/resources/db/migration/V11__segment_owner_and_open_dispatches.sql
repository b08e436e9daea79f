-- A segment has an owner: the user who saves it, from this version on. While a survey dispatch that is scheduled or
-- not yet complete targets a segment, only its owner or an admin (permission:manage) may change or delete it.
-- Segments saved before this version have no owner (NULL): they count as admin-owned, since nobody was ever given
-- them (created_by only says who typed them in), so while a dispatch targets one only an admin may change it.
ALTER TABLE segment ADD COLUMN owner_id VARCHAR(100);

-- A dispatch is complete once its report step has run; until then (running, stopped, failed, or its server killed)
-- it can be restarted or resumed and would read its segment again. Dispatches before this version count as complete.
ALTER TABLE survey_dispatch ADD COLUMN completed_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE survey_dispatch SET completed_at = created_at;
