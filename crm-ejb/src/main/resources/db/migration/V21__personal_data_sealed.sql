-- Personal fields are stored sealed (v1:<keyId>:<base64url of nonce, ciphertext, tag>), about 4/3 of their UTF-8
-- bytes plus 50 characters, and the birthday as sealed text: nothing may compare or sort on them in the database.
-- Notes and follow-ups are free text that names phones, emails and more: sealed too, their columns unbounded (TEXT on
-- PostgreSQL, H2's largest length), the length limits being the services'.
-- The audit trail's changes are sealed as well: they keep free text masked, but in the customer's words.
-- V21_1 seals what an existing database holds and replaces the clear duplicate keys with their blind indexes.
ALTER TABLE customer ALTER COLUMN phones SET DATA TYPE VARCHAR(1000);
ALTER TABLE customer ALTER COLUMN emails SET DATA TYPE VARCHAR(12000);
ALTER TABLE customer ALTER COLUMN wechat_id SET DATA TYPE VARCHAR(200);
ALTER TABLE customer ALTER COLUMN birthday SET DATA TYPE VARCHAR(200);
ALTER TABLE survey_response ALTER COLUMN comment SET DATA TYPE VARCHAR(12000);
ALTER TABLE note ALTER COLUMN text SET DATA TYPE VARCHAR;
ALTER TABLE follow_up ALTER COLUMN content SET DATA TYPE VARCHAR;
ALTER TABLE follow_up ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE follow_up ALTER COLUMN next_step SET DATA TYPE VARCHAR;
ALTER TABLE audit_entry ALTER COLUMN changes SET DATA TYPE VARCHAR;
