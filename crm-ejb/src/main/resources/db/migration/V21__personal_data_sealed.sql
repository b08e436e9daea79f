-- Personal fields are stored sealed (v1:<keyId>:<base64url of nonce, ciphertext, tag>), about 4/3 of their UTF-8
-- bytes plus 50 characters, and the birthday as sealed text: nothing may compare or sort on them in the database.
-- V21_1 seals what an existing database holds and replaces the clear duplicate keys with their blind indexes.
ALTER TABLE customer ALTER COLUMN phones SET DATA TYPE VARCHAR(1000);
ALTER TABLE customer ALTER COLUMN emails SET DATA TYPE VARCHAR(12000);
ALTER TABLE customer ALTER COLUMN wechat_id SET DATA TYPE VARCHAR(200);
ALTER TABLE customer ALTER COLUMN birthday SET DATA TYPE VARCHAR(200);
ALTER TABLE survey_response ALTER COLUMN comment SET DATA TYPE VARCHAR(12000);
