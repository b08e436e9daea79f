-- Role permissions and scopes that admins change at run time, per-user grants and revocations, record shares.

CREATE TABLE crm_role (
    name   VARCHAR(50) PRIMARY KEY,
    scope  VARCHAR(10) NOT NULL
);

CREATE TABLE crm_role_permission (
    role_name   VARCHAR(50) NOT NULL REFERENCES crm_role (name) ON DELETE CASCADE,
    permission  VARCHAR(50) NOT NULL,
    PRIMARY KEY (role_name, permission)
);

-- granted = TRUE adds a permission to the user's roles, FALSE takes it away.
CREATE TABLE crm_user_permission (
    user_id     VARCHAR(100) NOT NULL,
    permission  VARCHAR(50) NOT NULL,
    granted     BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, permission)
);

CREATE SEQUENCE customer_share_seq START WITH 50 INCREMENT BY 50;

-- A customer shared with one user or with one team, for reading or also for writing.
CREATE TABLE customer_share (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    user_id      VARCHAR(100),
    team_id      VARCHAR(100),
    access       VARCHAR(10) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    CONSTRAINT customer_share_one_target CHECK ((user_id IS NULL AND team_id IS NOT NULL) OR (user_id IS NOT NULL AND team_id IS NULL))
);
CREATE INDEX customer_share_user_idx ON customer_share (user_id, customer_id);
CREATE INDEX customer_share_team_idx ON customer_share (team_id, customer_id);
CREATE INDEX customer_share_customer_idx ON customer_share (customer_id);
