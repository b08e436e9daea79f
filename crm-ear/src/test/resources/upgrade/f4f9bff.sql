--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: crm_upgrade; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA crm_upgrade;


--
-- Name: SCHEMA crm_upgrade; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA crm_upgrade IS 'standard public schema';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_entry; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.audit_entry (
    id bigint NOT NULL,
    occurred_at timestamp(6) with time zone NOT NULL,
    actor character varying(200) NOT NULL,
    action character varying(40) NOT NULL,
    entity_type character varying(50) NOT NULL,
    entity_id character varying(100),
    changes character varying(100000),
    source character varying(200),
    entity_ids character varying(100000),
    entity_id_blocks character varying(100000)
);


--
-- Name: audit_entry_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.audit_entry_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: crm_role; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_role (
    name character varying(50) NOT NULL,
    scope character varying(10) NOT NULL
);


--
-- Name: crm_role_permission; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_role_permission (
    role_name character varying(50) NOT NULL,
    permission character varying(50) NOT NULL
);


--
-- Name: crm_schema_history; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: crm_team; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_team (
    id character varying(100) NOT NULL,
    name character varying(200) NOT NULL,
    parent_id character varying(100),
    manager_id character varying(100)
);


--
-- Name: crm_user; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_user (
    id character varying(100) NOT NULL,
    display_name character varying(200) NOT NULL,
    team_id character varying(100)
);


--
-- Name: crm_user_permission; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.crm_user_permission (
    user_id character varying(100) NOT NULL,
    permission character varying(50) NOT NULL,
    granted boolean NOT NULL
);


--
-- Name: customer; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer (
    id bigint NOT NULL,
    version bigint NOT NULL,
    type character varying(10) NOT NULL,
    name character varying(400) NOT NULL,
    name_key character varying(400) NOT NULL,
    phones character varying(400),
    emails character varying(2700),
    wechat_id character varying(20),
    gender character varying(10),
    birthday date,
    occupation character varying(200),
    region character varying(200),
    city character varying(200),
    source character varying(20),
    consent_email boolean,
    consent_email_at timestamp(6) with time zone,
    consent_sms boolean,
    consent_sms_at timestamp(6) with time zone,
    consent_wechat boolean,
    consent_wechat_at timestamp(6) with time zone,
    consent_phone boolean,
    consent_phone_at timestamp(6) with time zone,
    owner_id character varying(100) NOT NULL,
    team_id character varying(100),
    tier character varying(20) NOT NULL,
    manual_tier character varying(20),
    computed_tier character varying(20) NOT NULL,
    lifecycle_stage character varying(20) NOT NULL,
    rfm_recency integer,
    rfm_frequency integer,
    rfm_monetary integer,
    last_purchase_at timestamp(6) with time zone,
    purchase_count integer DEFAULT 0 NOT NULL,
    total_spend numeric(19,4) DEFAULT 0 NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);


--
-- Name: customer_contact_key; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer_contact_key (
    customer_id bigint NOT NULL,
    contact_key character varying(300) NOT NULL
);


--
-- Name: customer_history; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer_history (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    field character varying(20) NOT NULL,
    from_value character varying(20),
    to_value character varying(20) NOT NULL,
    source character varying(10) NOT NULL,
    changed_by character varying(100) NOT NULL,
    execution_id bigint,
    changed_at timestamp(6) with time zone NOT NULL
);


--
-- Name: customer_history_id_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

ALTER TABLE crm_upgrade.customer_history ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm_upgrade.customer_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_score; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer_score (
    run_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    purchase_count integer NOT NULL,
    recency integer,
    frequency integer,
    monetary integer,
    computed_tier character varying(20) NOT NULL,
    lifecycle_stage character varying(20) NOT NULL
);


--
-- Name: customer_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.customer_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customer_share; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer_share (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    user_id character varying(100),
    team_id character varying(100),
    access character varying(10) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    created_by character varying(100) NOT NULL,
    CONSTRAINT customer_share_one_target CHECK ((((user_id IS NULL) AND (team_id IS NOT NULL)) OR ((user_id IS NOT NULL) AND (team_id IS NULL))))
);


--
-- Name: customer_share_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.customer_share_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: customer_tag; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.customer_tag (
    customer_id bigint NOT NULL,
    tag character varying(100) NOT NULL
);


--
-- Name: follow_up; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.follow_up (
    id bigint NOT NULL,
    version bigint NOT NULL,
    customer_id bigint NOT NULL,
    author_id character varying(100) NOT NULL,
    channel character varying(10) NOT NULL,
    content character varying(20000) NOT NULL,
    outcome character varying(4000),
    next_step character varying(4000),
    due_at timestamp(6) with time zone,
    assignee_id character varying(100) NOT NULL,
    status character varying(10) NOT NULL,
    completed_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);


--
-- Name: follow_up_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.follow_up_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: index_event; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.index_event (
    id bigint NOT NULL,
    entity_type character varying(20) NOT NULL,
    entity_id bigint NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    "position" bigint
);


--
-- Name: index_event_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.index_event_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: index_failure; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.index_failure (
    node character varying(200) NOT NULL,
    entity_type character varying(20) NOT NULL,
    entity_id bigint NOT NULL,
    attempts integer NOT NULL,
    state character varying(10) NOT NULL,
    next_attempt_at timestamp(6) with time zone NOT NULL,
    first_failed_at timestamp(6) with time zone NOT NULL,
    last_error character varying(2000)
);


--
-- Name: index_log; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.index_log (
    id integer NOT NULL,
    last_position bigint NOT NULL,
    pruned_through bigint NOT NULL
);


--
-- Name: index_node; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.index_node (
    name character varying(200) NOT NULL,
    "position" bigint NOT NULL,
    seen_at timestamp(6) with time zone NOT NULL
);


--
-- Name: job_schedule; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.job_schedule (
    id bigint NOT NULL,
    version bigint NOT NULL,
    job_name character varying(100) NOT NULL,
    cron character varying(200) NOT NULL,
    time_zone character varying(64) NOT NULL,
    parameters character varying(4000) NOT NULL,
    enabled boolean NOT NULL,
    next_fire_at timestamp(6) with time zone,
    last_fire_at timestamp(6) with time zone,
    last_execution_id bigint,
    last_outcome character varying(20),
    created_by character varying(100) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);


--
-- Name: job_schedule_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.job_schedule_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: note; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.note (
    id bigint NOT NULL,
    version bigint NOT NULL,
    customer_id bigint NOT NULL,
    author_id character varying(100) NOT NULL,
    text character varying(20000) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);


--
-- Name: note_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.note_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: purchase; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.purchase (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    amount numeric(19,4) NOT NULL,
    currency character(3) NOT NULL,
    occurred_at timestamp(6) with time zone NOT NULL,
    external_id character varying(100),
    created_at timestamp(6) with time zone NOT NULL
);


--
-- Name: purchase_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.purchase_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: scoring_run; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.scoring_run (
    run_id bigint NOT NULL,
    as_of timestamp(6) with time zone NOT NULL,
    customers bigint NOT NULL,
    scored bigint DEFAULT 0 NOT NULL,
    tier_changes bigint DEFAULT 0 NOT NULL,
    stage_changes bigint DEFAULT 0 NOT NULL,
    created_at timestamp(6) with time zone NOT NULL
);


--
-- Name: segment; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.segment (
    id bigint NOT NULL,
    version bigint NOT NULL,
    name character varying(200) NOT NULL,
    name_key character varying(200) NOT NULL,
    description character varying(2000),
    rules character varying(20000) NOT NULL,
    created_by character varying(100) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL,
    owner_id character varying(100)
);


--
-- Name: segment_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.segment_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: survey; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey (
    id bigint NOT NULL,
    version bigint NOT NULL,
    name character varying(200) NOT NULL,
    type character varying(10) NOT NULL,
    question character varying(1000) NOT NULL,
    follow_up_question character varying(1000),
    target_segment_id bigint,
    channel character varying(10) NOT NULL,
    fatigue_days integer NOT NULL,
    valid_days integer NOT NULL,
    closed_loop boolean NOT NULL,
    closed_loop_threshold integer,
    created_by character varying(100) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    updated_at timestamp(6) with time zone NOT NULL
);


--
-- Name: survey_cohort; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_cohort (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    response_month character(7) NOT NULL,
    tier character varying(20) NOT NULL,
    lifecycle_stage character varying(20) NOT NULL,
    owner_id character varying(100) NOT NULL,
    region character varying(200) NOT NULL
);


--
-- Name: survey_cohort_id_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

ALTER TABLE crm_upgrade.survey_cohort ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm_upgrade.survey_cohort_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: survey_dispatch; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_dispatch (
    dispatch_id bigint NOT NULL,
    survey_id bigint NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    completed_at timestamp(6) with time zone
);


--
-- Name: survey_import; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_import (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    content character varying NOT NULL,
    created_by character varying(100) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL
);


--
-- Name: survey_import_error; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_import_error (
    import_id bigint NOT NULL,
    line bigint NOT NULL,
    message character varying(500) NOT NULL
);


--
-- Name: survey_import_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.survey_import_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: survey_invitation; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_invitation (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    dispatch_id bigint NOT NULL,
    execution_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    channel character varying(10) NOT NULL,
    token character varying(64) NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    expires_at timestamp(6) with time zone NOT NULL,
    sent_at timestamp(6) with time zone,
    responded_at timestamp(6) with time zone
);


--
-- Name: survey_invitation_id_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

ALTER TABLE crm_upgrade.survey_invitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm_upgrade.survey_invitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: survey_response; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_response (
    id bigint NOT NULL,
    survey_id bigint NOT NULL,
    invitation_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    score integer NOT NULL,
    comment character varying(2000),
    channel character varying(10) NOT NULL,
    source character varying(10) NOT NULL,
    execution_id bigint,
    response_month character(7) NOT NULL,
    responded_at timestamp(6) with time zone NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    cohort_id bigint NOT NULL
);


--
-- Name: survey_response_id_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

ALTER TABLE crm_upgrade.survey_response ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm_upgrade.survey_response_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: survey_score; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_score (
    run_id bigint NOT NULL,
    survey_id bigint NOT NULL,
    group_by character varying(20) NOT NULL,
    group_value character varying(200) NOT NULL,
    score_month character(7) NOT NULL,
    score integer NOT NULL,
    responses bigint NOT NULL
);


--
-- Name: survey_score_run; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_score_run (
    run_id bigint NOT NULL,
    completed_at timestamp(6) with time zone
);


--
-- Name: survey_seq; Type: SEQUENCE; Schema: crm_upgrade; Owner: -
--

CREATE SEQUENCE crm_upgrade.survey_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: survey_skip; Type: TABLE; Schema: crm_upgrade; Owner: -
--

CREATE TABLE crm_upgrade.survey_skip (
    dispatch_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    survey_id bigint NOT NULL,
    execution_id bigint NOT NULL,
    reason character varying(20) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL
);


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.audit_entry VALUES (1, '2026-12-07 11:53:04.06533+00', 'sales1', 'READ_PII', 'customer', '1', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (2, '2026-12-07 11:53:04.453243+00', 'sales1', 'CREATE', 'customer', '17', '{"type":{"before":null,"after":"PERSON"},"name":{"before":null,"after":"升级 王小明"},"phones":{"before":null,"after":["+86139****7101"]},"emails":{"before":null,"after":["u***@example.com"]},"gender":{"before":null,"after":"MALE"},"birthday":{"before":null,"after":"****-**-**"},"occupation":{"before":null,"after":"engineer"},"region":{"before":null,"after":"华东"},"city":{"before":null,"after":"上海"},"source":{"before":null,"after":"WEB"},"tags":{"before":null,"after":["upgrade-base","newsletter"]},"consents.EMAIL":{"before":null,"after":true},"consents.SMS":{"before":null,"after":false},"ownerId":{"before":null,"after":"sales1"},"teamId":{"before":null,"after":"east"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (3, '2026-12-07 11:53:04.509602+00', 'sales1', 'CREATE', 'customer', '18', '{"type":{"before":null,"after":"PERSON"},"name":{"before":null,"after":"Upgrade Emily Base"},"phones":{"before":null,"after":["+141****2672"]},"emails":{"before":null,"after":["u***@example.com"]},"region":{"before":null,"after":"华东"},"city":{"before":null,"after":"杭州"},"source":{"before":null,"after":"REFERRAL"},"tags":{"before":null,"after":["upgrade-base"]},"consents.EMAIL":{"before":null,"after":true},"ownerId":{"before":null,"after":"sales1"},"teamId":{"before":null,"after":"east"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (4, '2026-12-07 11:53:04.604871+00', 'sales2', 'CREATE', 'customer', '19', '{"type":{"before":null,"after":"COMPANY"},"name":{"before":null,"after":"升级科技有限公司"},"phones":{"before":null,"after":["+8621****7103"]},"emails":{"before":null,"after":["b***@upgrade-tech.example.cn"]},"region":{"before":null,"after":"华东"},"city":{"before":null,"after":"南京"},"source":{"before":null,"after":"OFFLINE_EVENT"},"tags":{"before":null,"after":["upgrade-base","b2b"]},"consents.EMAIL":{"before":null,"after":true},"consents.PHONE":{"before":null,"after":true},"ownerId":{"before":null,"after":"sales2"},"teamId":{"before":null,"after":"east"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (5, '2026-12-07 11:53:04.658244+00', 'sales1', 'CREATE', 'purchase', '31', '{"externalId":{"before":null,"after":"UPG-1001"},"customerId":{"before":null,"after":"17"},"amount":{"before":null,"after":"99.00"},"occurredAt":{"before":null,"after":"2026-09-01T08:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (6, '2026-12-07 11:53:04.723473+00', 'sales1', 'CREATE', 'purchase', '32', '{"externalId":{"before":null,"after":"UPG-1002"},"customerId":{"before":null,"after":"17"},"amount":{"before":null,"after":"250.50"},"occurredAt":{"before":null,"after":"2026-10-11T09:30:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (7, '2026-12-07 11:53:04.759056+00', 'sales1', 'CREATE', 'purchase', '33', '{"externalId":{"before":null,"after":"UPG-1003"},"customerId":{"before":null,"after":"17"},"amount":{"before":null,"after":"1200.00"},"occurredAt":{"before":null,"after":"2026-11-20T02:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (8, '2026-12-07 11:53:04.783813+00', 'sales1', 'CREATE', 'purchase', '34', '{"externalId":{"before":null,"after":"UPG-2001"},"customerId":{"before":null,"after":"18"},"amount":{"before":null,"after":"45.00"},"occurredAt":{"before":null,"after":"2026-03-02T10:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (9, '2026-12-07 11:53:04.813137+00', 'sales2', 'CREATE', 'purchase', '35', '{"externalId":{"before":null,"after":"UPG-3001"},"customerId":{"before":null,"after":"19"},"amount":{"before":null,"after":"1000.00"},"occurredAt":{"before":null,"after":"2026-05-15T06:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (10, '2026-12-07 11:53:04.841939+00', 'sales2', 'CREATE', 'purchase', '36', '{"externalId":{"before":null,"after":"UPG-3002"},"customerId":{"before":null,"after":"19"},"amount":{"before":null,"after":"2000.00"},"occurredAt":{"before":null,"after":"2026-06-15T06:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (11, '2026-12-07 11:53:04.878872+00', 'sales2', 'CREATE', 'purchase', '37', '{"externalId":{"before":null,"after":"UPG-3003"},"customerId":{"before":null,"after":"19"},"amount":{"before":null,"after":"3000.00"},"occurredAt":{"before":null,"after":"2026-07-15T06:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (12, '2026-12-07 11:53:04.91724+00', 'sales2', 'CREATE', 'purchase', '38', '{"externalId":{"before":null,"after":"UPG-3004"},"customerId":{"before":null,"after":"19"},"amount":{"before":null,"after":"4000.00"},"occurredAt":{"before":null,"after":"2026-08-15T06:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (13, '2026-12-07 11:53:04.969277+00', 'sales2', 'CREATE', 'purchase', '39', '{"externalId":{"before":null,"after":"UPG-3005"},"customerId":{"before":null,"after":"19"},"amount":{"before":null,"after":"5000.00"},"occurredAt":{"before":null,"after":"2026-09-15T06:00:00Z"},"currency":{"before":null,"after":"CNY"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (14, '2026-12-07 11:53:05.073162+00', 'sales1', 'CREATE', 'note', '4', '{"customerId":{"before":null,"after":"17"},"text":{"before":null,"after":"客户要求退款，答应下周回访 upgradealpha。Asked about a refund, call back on 139****7101."}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (15, '2026-12-07 11:53:05.144856+00', 'sales1', 'CREATE', 'note', '5', '{"customerId":{"before":null,"after":"18"},"text":{"before":null,"after":"Renewal discussed, upgradebravo discount offered.\nSecond line."}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (16, '2026-12-07 11:53:05.26876+00', 'sales2', 'CREATE', 'note', '6', '{"customerId":{"before":null,"after":"19"},"text":{"before":null,"after":"公司年度采购合同 upgradecharlie 已签"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (17, '2026-12-07 11:53:05.579926+00', 'sales1', 'CREATE', 'follow-up', '5', '{"customerId":{"before":null,"after":"17"},"channel":{"before":null,"after":"PHONE"},"content":{"before":null,"after":"回访退款进度 upgradedelta"},"dueAt":{"before":null,"after":"2026-11-30T02:00:00Z"},"assigneeId":{"before":null,"after":"sales1"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (18, '2026-12-07 11:53:05.816657+00', 'sales2', 'CREATE', 'follow-up', '6', '{"customerId":{"before":null,"after":"19"},"channel":{"before":null,"after":"VISIT"},"content":{"before":null,"after":"上门拜访 upgradeecho"},"outcome":{"before":null,"after":"签约"},"nextStep":{"before":null,"after":"季度回顾"},"assigneeId":{"before":null,"after":"sales2"},"status":{"before":null,"after":"DONE"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (19, '2026-12-07 11:53:05.904598+00', 'sales1', 'CREATE', 'follow-up', '7', '{"customerId":{"before":null,"after":"18"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"No due date upgradefoxtrot"},"assigneeId":{"before":null,"after":"sales1"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (20, '2026-12-07 11:53:06.253011+00', 'sales1', 'CREATE', 'customer-share', '1', '{"customerId":{"before":null,"after":"17"},"userId":{"before":null,"after":"sales2"},"access":{"before":null,"after":"READ"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (21, '2026-12-07 11:53:06.422159+00', 'sales2', 'CREATE', 'customer-share', '2', '{"customerId":{"before":null,"after":"19"},"teamId":{"before":null,"after":"west"},"access":{"before":null,"after":"WRITE"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (22, '2026-12-07 11:53:07.210783+00', 'batch', 'CREATE', 'job-execution', '1', '{"jobName":{"before":null,"after":"customer-scoring"},"parameters.rangeSize":{"before":null,"after":"5000"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (23, '2026-12-07 11:53:07.757867+00', 'system:customer-scoring', 'UPDATE', 'customer-scoring', '1', '{"asOf":{"before":null,"after":"2026-12-07T11:53:07.336296Z"},"customers":{"before":null,"after":"19"},"scored":{"before":null,"after":"15"},"tierChanges":{"before":null,"after":"15"},"stageChanges":{"before":null,"after":"15"}}', NULL, NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (66, '2026-12-07 11:53:19.364625+00', 'sales1', 'READ_PII', 'note', '4', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (24, '2026-12-07 11:53:08.763487+00', 'batch', 'CREATE', 'survey', '1', '{"name":{"before":null,"after":"Upgrade base NPS"},"type":{"before":null,"after":"NPS"},"question":{"before":null,"after":"您向朋友推荐我们的可能性有多大？"},"followUpQuestion":{"before":null,"after":"为什么？"},"channel":{"before":null,"after":"EMAIL"},"fatigueDays":{"before":null,"after":"30"},"validDays":{"before":null,"after":"3650"},"closedLoop":{"before":null,"after":"true"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (25, '2026-12-07 11:53:09.048439+00', 'batch', 'CREATE', 'job-execution', '2', '{"jobName":{"before":null,"after":"survey-dispatch"},"parameters.chunkSize":{"before":null,"after":"5000"},"parameters.dispatchId":{"before":null,"after":"0"},"parameters.surveyId":{"before":null,"after":"1"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (26, '2026-12-07 11:53:09.090512+00', 'system:survey-dispatch', 'CREATE', 'survey-dispatch', '2', '{"surveyId":{"before":null,"after":"1"}}', NULL, NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (27, '2026-12-07 11:53:09.162197+00', 'system:survey-dispatch', 'UPDATE', 'survey-dispatch', '2', '{"executionId":{"before":null,"after":"2"},"customers":{"before":null,"after":"1..19"},"invited":{"before":null,"after":19},"skipped":{"before":null,"after":0}}', NULL, NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (28, '2026-12-07 11:53:09.339091+00', 'system:survey-dispatch', 'UPDATE', 'survey-dispatch', '2', '{"completedAt":{"before":null,"after":"2026-12-07T11:53:09.337095729Z"}}', NULL, NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (29, '2026-12-07 11:53:10.131743+00', 'system:survey-public-link', 'CREATE', 'survey-response', '1', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"17"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"17"},"score":{"before":null,"after":9},"comment":{"before":null,"after":"很好"},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.086759Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (30, '2026-12-07 11:53:10.273923+00', 'system:survey-public-link', 'CREATE', 'survey-response', '2', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"18"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"18"},"score":{"before":null,"after":3},"comment":{"before":null,"after":"太慢了 too slow"},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.240645Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (31, '2026-12-07 11:53:10.278275+00', 'system:survey-closed-loop', 'CREATE', 'follow-up', '8', '{"customerId":{"before":null,"after":"18"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"NPS 3 on the survey \"Upgrade base NPS\": 太慢了 too slow"},"dueAt":{"before":null,"after":"2026-12-09T11:53:10.275324332Z"},"assigneeId":{"before":null,"after":"sales1"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (32, '2026-12-07 11:53:10.501892+00', 'system:survey-public-link', 'CREATE', 'survey-response', '3', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"1"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"1"},"score":{"before":null,"after":10},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.379465Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (33, '2026-12-07 11:53:10.57931+00', 'system:survey-public-link', 'CREATE', 'survey-response', '4', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"2"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"2"},"score":{"before":null,"after":9},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.550283Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (34, '2026-12-07 11:53:10.673685+00', 'system:survey-public-link', 'CREATE', 'survey-response', '5', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"3"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"3"},"score":{"before":null,"after":8},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.621928Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (35, '2026-12-07 11:53:10.717262+00', 'system:survey-public-link', 'CREATE', 'survey-response', '6', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"4"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"4"},"score":{"before":null,"after":7},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.696697Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (36, '2026-12-07 11:53:10.773662+00', 'system:survey-public-link', 'CREATE', 'survey-response', '7', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"5"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"5"},"score":{"before":null,"after":6},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.735782Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (37, '2026-12-07 11:53:10.776434+00', 'system:survey-closed-loop', 'CREATE', 'follow-up', '9', '{"customerId":{"before":null,"after":"5"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"NPS 6 on the survey \"Upgrade base NPS\""},"dueAt":{"before":null,"after":"2026-12-09T11:53:10.774081295Z"},"assigneeId":{"before":null,"after":"sales3"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (42, '2026-12-07 11:53:11.20051+00', 'system:survey-public-link', 'CREATE', 'survey-response', '11', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"9"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"9"},"score":{"before":null,"after":5},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.184671Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (43, '2026-12-07 11:53:11.204107+00', 'system:survey-closed-loop', 'CREATE', 'follow-up', '11', '{"customerId":{"before":null,"after":"9"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"NPS 5 on the survey \"Upgrade base NPS\""},"dueAt":{"before":null,"after":"2026-12-09T11:53:11.200852074Z"},"assigneeId":{"before":null,"after":"sales2"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (38, '2026-12-07 11:53:10.912723+00', 'system:survey-public-link', 'CREATE', 'survey-response', '8', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"6"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"6"},"score":{"before":null,"after":10},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.878372Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (39, '2026-12-07 11:53:11.016844+00', 'system:survey-public-link', 'CREATE', 'survey-response', '9', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"7"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"7"},"score":{"before":null,"after":9},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:10.963692Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (40, '2026-12-07 11:53:11.083438+00', 'system:survey-public-link', 'CREATE', 'survey-response', '10', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"8"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"8"},"score":{"before":null,"after":0},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.062087Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (41, '2026-12-07 11:53:11.091809+00', 'system:survey-closed-loop', 'CREATE', 'follow-up', '10', '{"customerId":{"before":null,"after":"8"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"NPS 0 on the survey \"Upgrade base NPS\""},"dueAt":{"before":null,"after":"2026-12-09T11:53:11.083842488Z"},"assigneeId":{"before":null,"after":"manager"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (44, '2026-12-07 11:53:11.490752+00', 'system:survey-public-link', 'CREATE', 'survey-response', '12', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"10"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"10"},"score":{"before":null,"after":10},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.388972Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (45, '2026-12-07 11:53:11.570484+00', 'system:survey-public-link', 'CREATE', 'survey-response', '13', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"11"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"11"},"score":{"before":null,"after":8},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.546939Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (46, '2026-12-07 11:53:11.676096+00', 'system:survey-public-link', 'CREATE', 'survey-response', '14', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"12"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"12"},"score":{"before":null,"after":9},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.619462Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (47, '2026-12-07 11:53:11.706907+00', 'system:survey-public-link', 'CREATE', 'survey-response', '15', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"13"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"13"},"score":{"before":null,"after":10},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.698778Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (48, '2026-12-07 11:53:11.750858+00', 'system:survey-public-link', 'CREATE', 'survey-response', '16', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"14"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"14"},"score":{"before":null,"after":9},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.734349Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (49, '2026-12-07 11:53:11.782996+00', 'system:survey-public-link', 'CREATE', 'survey-response', '17', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"15"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"15"},"score":{"before":null,"after":8},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.766682Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (50, '2026-12-07 11:53:11.856385+00', 'system:survey-public-link', 'CREATE', 'survey-response', '18', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"16"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"16"},"score":{"before":null,"after":7},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.809320Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (51, '2026-12-07 11:53:11.943263+00', 'system:survey-public-link', 'CREATE', 'survey-response', '19', '{"surveyId":{"before":null,"after":"1"},"invitationId":{"before":null,"after":"19"},"invitation.status":{"before":"PENDING","after":"RESPONDED"},"customerId":{"before":null,"after":"19"},"score":{"before":null,"after":6},"channel":{"before":null,"after":"EMAIL"},"source":{"before":null,"after":"LINK"},"respondedAt":{"before":null,"after":"2026-12-07T11:53:11.886034Z"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (52, '2026-12-07 11:53:11.960255+00', 'system:survey-closed-loop', 'CREATE', 'follow-up', '12', '{"customerId":{"before":null,"after":"19"},"channel":{"before":null,"after":"EMAIL"},"content":{"before":null,"after":"NPS 6 on the survey \"Upgrade base NPS\""},"dueAt":{"before":null,"after":"2026-12-09T11:53:11.956249137Z"},"assigneeId":{"before":null,"after":"sales2"},"status":{"before":null,"after":"PLANNED"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (53, '2026-12-07 11:53:12.098131+00', 'batch', 'CREATE', 'job-execution', '3', '{"jobName":{"before":null,"after":"nps-scoring"}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (54, '2026-12-07 11:53:12.212684+00', 'system:nps-scoring', 'UPDATE', 'survey-scores', '3', '{"histogramRows":{"before":null,"after":"65"}}', NULL, NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (55, '2026-12-07 11:53:12.559562+00', 'batch', 'CREATE', 'schedule', '1', '{"jobName":{"before":null,"after":"customer-scoring"},"cron":{"before":null,"after":"30 1 * * *"},"timeZone":{"before":null,"after":"Asia/Shanghai"},"parameters":{"before":null,"after":"{}"},"enabled":{"before":null,"after":true}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (56, '2026-12-07 11:53:12.718341+00', 'batch', 'CREATE', 'schedule', '2', '{"jobName":{"before":null,"after":"nps-scoring"},"cron":{"before":null,"after":"0 3 * * 1"},"timeZone":{"before":null,"after":"UTC"},"parameters":{"before":null,"after":"{}"},"enabled":{"before":null,"after":true}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (57, '2026-12-07 11:53:12.857746+00', 'batch', 'UPDATE', 'schedule', '2', '{"enabled":{"before":true,"after":false}}', '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (58, '2026-12-07 11:53:13.854214+00', 'sales1', 'READ_PII', 'note', '4', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (59, '2026-12-07 11:53:15.381284+00', 'sales2', 'READ_PII', 'note', '4', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (60, '2026-12-07 11:53:15.704813+00', 'sales1', 'READ_PII', 'customer', '17', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (61, '2026-12-07 11:53:15.929586+00', 'sales1', 'READ_PII', 'note', '4', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (62, '2026-12-07 11:53:16.895689+00', 'sales1', 'READ_PII', 'customer', '18', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (63, '2026-12-07 11:53:17.732377+00', 'sales2', 'READ_PII', 'customer', '19', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (64, '2026-12-07 11:53:18.843791+00', 'sales2', 'READ_PII', 'customer', '17', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (65, '2026-12-07 11:53:19.260278+00', 'sales3', 'READ_PII', 'customer', '19', NULL, '127.0.0.1', NULL, NULL);
INSERT INTO crm_upgrade.audit_entry VALUES (67, '2026-12-07 11:53:20.070157+00', 'sales1', 'READ_PII', 'customer', NULL, NULL, '127.0.0.1', '17 18', '0');


--
-- Data for Name: crm_role; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.crm_role VALUES ('admin', 'ALL');
INSERT INTO crm_upgrade.crm_role VALUES ('sales', 'OWN');
INSERT INTO crm_upgrade.crm_role VALUES ('analyst', 'ALL');
INSERT INTO crm_upgrade.crm_role VALUES ('batch-admin', 'NONE');
INSERT INTO crm_upgrade.crm_role VALUES ('auditor', 'ALL');
INSERT INTO crm_upgrade.crm_role VALUES ('manager', 'TEAM');
INSERT INTO crm_upgrade.crm_role VALUES ('service', 'TEAM');


--
-- Data for Name: crm_role_permission; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'CUSTOMER_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'SCORE_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'CUSTOMER_REASSIGN');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'NOTE_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'CUSTOMER_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'FOLLOWUP_DELETE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'SURVEY_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'JOB_OPERATE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'CUSTOMER_PII_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'PERMISSION_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'FOLLOWUP_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'CUSTOMER_DELETE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'REPORT_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'AUDIT_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'SEGMENT_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('admin', 'PRIVACY_ERASE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('sales', 'CUSTOMER_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('sales', 'CUSTOMER_PII_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('sales', 'NOTE_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('sales', 'FOLLOWUP_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('sales', 'CUSTOMER_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('analyst', 'SCORE_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('analyst', 'CUSTOMER_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('analyst', 'REPORT_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('analyst', 'SEGMENT_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('batch-admin', 'SCORE_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('batch-admin', 'SURVEY_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('batch-admin', 'SEGMENT_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('batch-admin', 'JOB_OPERATE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('auditor', 'CUSTOMER_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('auditor', 'AUDIT_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'CUSTOMER_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'CUSTOMER_PII_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'SCORE_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'CUSTOMER_REASSIGN');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'NOTE_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'FOLLOWUP_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'CUSTOMER_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'FOLLOWUP_DELETE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'REPORT_READ');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('manager', 'SEGMENT_MANAGE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('service', 'NOTE_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('service', 'FOLLOWUP_WRITE');
INSERT INTO crm_upgrade.crm_role_permission VALUES ('service', 'CUSTOMER_READ');


--
-- Data for Name: crm_schema_history; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.crm_schema_history VALUES (1, '1', 'customers', 'SQL', 'V1__customers.sql', 1279405529, 'postgres', '2026-12-07 11:52:58.708045', 128, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (2, '2', 'audit trail', 'SQL', 'V2__audit_trail.sql', -752918868, 'postgres', '2026-12-07 11:52:58.967746', 37, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (3, '3', 'permissions', 'SQL', 'V3__permissions.sql', -952430240, 'postgres', '2026-12-07 11:52:59.064038', 40, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (4, '4', 'notes follow ups search', 'SQL', 'V4__notes_follow_ups_search.sql', 492507979, 'postgres', '2026-12-07 11:52:59.132032', 156, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (5, '5', 'job schedules', 'SQL', 'V5__job_schedules.sql', 1558853771, 'postgres', '2026-12-07 11:52:59.306879', 31, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (6, '6', 'scoring segments', 'SQL', 'V6__scoring_segments.sql', 536016684, 'postgres', '2026-12-07 11:52:59.358959', 33, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (7, '7', 'surveys', 'SQL', 'V7__surveys.sql', -1993029554, 'postgres', '2026-12-07 11:52:59.405128', 203, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (8, '8', 'survey cohorts', 'SQL', 'V8__survey_cohorts.sql', 1841907647, 'postgres', '2026-12-07 11:52:59.65101', 18, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (9, '9', 'audit reads of several records', 'SQL', 'V9__audit_reads_of_several_records.sql', 740348174, 'postgres', '2026-12-07 11:52:59.682084', 6, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (10, '9.1', 'audit entry ids index', 'SQL', 'V9_1__audit_entry_ids_index.sql', -1776846514, 'postgres', '2026-12-07 11:52:59.70037', 3, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (11, '10', 'audit entry id blocks', 'SQL', 'V10__audit_entry_id_blocks.sql', -1623428893, 'postgres', '2026-12-07 11:52:59.715249', 4, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (12, '10.1', 'Audit entry id blocks', 'JDBC', 'db.migration.V10_1__Audit_entry_id_blocks', NULL, 'postgres', '2026-12-07 11:52:59.72538', 3, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (13, '10.2', 'audit entry id blocks index', 'SQL', 'V10_2__audit_entry_id_blocks_index.sql', -1891988555, 'postgres', '2026-12-07 11:52:59.732124', 2, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (14, '11', 'segment owner and open dispatches', 'SQL', 'V11__segment_owner_and_open_dispatches.sql', -687670850, 'postgres', '2026-12-07 11:52:59.747287', 4, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (15, '12', 'one share per target', 'SQL', 'V12__one_share_per_target.sql', -1856036342, 'postgres', '2026-12-07 11:52:59.760326', 17, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (16, '13', 'survey import content unbounded', 'SQL', 'V13__survey_import_content_unbounded.sql', -1940687649, 'postgres', '2026-12-07 11:52:59.789286', 3, true);
INSERT INTO crm_upgrade.crm_schema_history VALUES (17, '14', 'survey response customer index', 'SQL', 'V14__survey_response_customer_index.sql', -1266913305, 'postgres', '2026-12-07 11:52:59.797984', 3, true);


--
-- Data for Name: crm_team; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.crm_team VALUES ('west', 'West (西南)', NULL, NULL);
INSERT INTO crm_upgrade.crm_team VALUES ('east', 'East (华东)', NULL, 'manager');


--
-- Data for Name: crm_user; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.crm_user VALUES ('admin', 'Admin', NULL);
INSERT INTO crm_upgrade.crm_user VALUES ('sales1', 'Sales One (李娜)', 'east');
INSERT INTO crm_upgrade.crm_user VALUES ('auditor', 'Auditor', NULL);
INSERT INTO crm_upgrade.crm_user VALUES ('sales2', 'Sales Two (Tom Baker)', 'east');
INSERT INTO crm_upgrade.crm_user VALUES ('analyst', 'Analyst', NULL);
INSERT INTO crm_upgrade.crm_user VALUES ('sales3', 'Sales Three (陈刚)', 'west');
INSERT INTO crm_upgrade.crm_user VALUES ('manager', 'Manager East (王经理)', 'east');
INSERT INTO crm_upgrade.crm_user VALUES ('service1', 'Service One (赵敏)', 'east');
INSERT INTO crm_upgrade.crm_user VALUES ('batch', 'Batch Admin', NULL);


--
-- Data for Name: crm_user_permission; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: customer; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.customer VALUES (1, 1, 'PERSON', '张伟', '张伟', '+8613800138000', 'zhang.wei@example.com', 'wxzhan1990', 'MALE', '1975-01-01', 'engineer', '华东', '上海', 'WEB', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales1', 'east', 'POTENTIAL', NULL, 'POTENTIAL', 'ACQUISITION', NULL, NULL, NULL, NULL, 0, 0.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.customer VALUES (6, 1, 'PERSON', '陈静', '陈静', '+8613698765432', 'chen.jing@example.com', NULL, 'FEMALE', '1985-06-06', 'accountant', '西南', '重庆', 'WEB', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales3', 'west', 'POTENTIAL', NULL, 'POTENTIAL', 'ACQUISITION', NULL, NULL, NULL, NULL, 0, 0.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.customer VALUES (11, 1, 'PERSON', '孙丽', '孙丽', '+8613300001111', 'sun.li@example.com', NULL, 'MALE', '1995-11-11', 'manager', '华东', '上海', 'WEB', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales1', 'east', 'POTENTIAL', NULL, 'POTENTIAL', 'ACQUISITION', NULL, NULL, NULL, NULL, 0, 0.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.customer VALUES (16, 1, 'COMPANY', 'Smith & Sons', 'smith & sons', '+442079460000', 'hello@smithandsons.example.co.uk', NULL, NULL, NULL, NULL, '华东', '上海', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, NULL, NULL, NULL, NULL, 'manager', 'east', 'POTENTIAL', NULL, 'POTENTIAL', 'ACQUISITION', NULL, NULL, NULL, NULL, 0, 0.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.customer VALUES (18, 3, 'PERSON', 'Upgrade Emily Base', 'upgrade emily base', '+14155552672', 'upgrade.emily@example.com', NULL, NULL, NULL, NULL, '华东', '杭州', 'REFERRAL', true, '2026-12-07 11:53:04.5066+00', NULL, NULL, NULL, NULL, NULL, NULL, 'sales1', 'east', 'REGULAR', NULL, 'REGULAR', 'RETENTION_RISK', 1, 1, 1, '2026-03-02 10:00:00+00', 1, 45.0000, '2026-12-07 11:53:04.5066+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (19, 7, 'COMPANY', '升级科技有限公司', '升级科技有限公司', '+862188887103', 'buyer@upgrade-tech.example.cn', NULL, NULL, NULL, NULL, '华东', '南京', 'OFFLINE_EVENT', true, '2026-12-07 11:53:04.601494+00', NULL, NULL, NULL, NULL, true, '2026-12-07 11:53:04.601494+00', 'sales2', 'east', 'IMPORTANT', NULL, 'IMPORTANT', 'LOYAL', 1, 5, 5, '2026-09-15 06:00:00+00', 5, 15000.0000, '2026-12-07 11:53:04.601494+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (15, 3, 'COMPANY', '58同城合作伙伴', '58同城合作伙伴', '+862887654321', 'bd@partner58.example.cn', NULL, NULL, NULL, NULL, '西南', '成都', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, NULL, NULL, NULL, NULL, 'sales3', 'west', 'IMPORTANT', NULL, 'IMPORTANT', 'CONVERSION', 1, 5, 5, '2026-11-03 11:53:00.195047+00', 4, 1858.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (14, 3, 'COMPANY', 'Acme Trading (Asia) Ltd.', 'acme trading (asia) ltd.', '+85221234567', 'sales@acme-asia.example.com', NULL, NULL, NULL, NULL, '华南', '香港', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, NULL, NULL, NULL, NULL, 'sales2', 'east', 'IMPORTANT', NULL, 'IMPORTANT', 'CONVERSION', 2, 4, 4, '2026-11-04 11:53:00.195047+00', 3, 1138.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (13, 3, 'COMPANY', '上海星辰科技有限公司', '上海星辰科技有限公司', '+862161234567', 'contact@xingchen.example.cn', NULL, NULL, NULL, NULL, '华东', '上海', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, NULL, NULL, NULL, NULL, 'sales1', 'east', 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 2, 2, 3, '2026-11-05 11:53:00.195047+00', 2, 589.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (12, 3, 'PERSON', '周杰', '周杰', '+8613122223333', 'zhou.jie@example.com', NULL, 'FEMALE', '1997-12-12', 'artist', '华北', '北京', 'SOCIAL', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'admin', NULL, 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 2, 1, 2, '2026-11-06 11:53:00.195047+00', 1, 209.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (10, 3, 'PERSON', '赵磊', '赵磊', '+8617712345678', 'zhao.lei@example.com', 'wxzhao1999', 'FEMALE', '1993-10-10', 'engineer', '西北', '西安', 'OTHER', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales3', 'west', 'VIP', NULL, 'VIP', 'CONVERSION', 3, 5, 5, '2026-11-08 11:53:00.195047+00', 4, 1658.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (9, 3, 'PERSON', 'Siobhán O''Brien', 'siobhán o''brien', '+353851234567', 'siobhan.obrien@example.ie', NULL, 'MALE', '1991-09-09', 'nurse', '华东', '宁波', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales2', 'east', 'IMPORTANT', NULL, 'IMPORTANT', 'CONVERSION', 3, 4, 3, '2026-11-09 11:53:00.195047+00', 3, 988.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (8, 3, 'PERSON', '欧阳·娜娜', '欧阳·娜娜', '+8613511112222', 'ouyang.nana@example.com', NULL, 'FEMALE', '1989-08-08', 'musician', '华东', '上海', 'OFFLINE_EVENT', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'manager', 'east', 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 3, 2, 2, '2026-11-10 11:53:00.195047+00', 2, 489.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (7, 3, 'PERSON', 'Jean-Luc Martin', 'jean-luc martin', '+33612345678', 'jl.martin@example.fr', 'wxjlm1996', 'MALE', '1987-07-07', 'chef', '华东', '苏州', 'SOCIAL', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales1', 'east', 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 4, 1, 1, '2026-11-11 11:53:00.195047+00', 1, 159.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (5, 3, 'PERSON', '刘洋', '刘洋', '+8618612345678', 'liu.yang@example.org', NULL, 'MALE', '1983-05-05', 'lawyer', '西南', '成都', 'OTHER', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales3', 'west', 'VIP', NULL, 'VIP', 'CONVERSION', 4, 5, 4, '2026-11-13 11:53:00.195047+00', 4, 1458.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (4, 3, 'PERSON', 'Emily Johnson', 'emily johnson', '+14155552671', 'emily.johnson@example.com', 'wxemil1993', 'FEMALE', '1981-04-04', 'designer', '华东', '上海', 'REFERRAL', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales2', 'east', 'IMPORTANT', NULL, 'IMPORTANT', 'CONVERSION', 4, 4, 3, '2026-11-14 11:53:00.195047+00', 3, 838.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (3, 3, 'PERSON', '李强', '李强', '+8615001234567', 'li.qiang@example.com', NULL, 'MALE', '1979-03-03', 'doctor', '华东', '南京', 'OFFLINE_EVENT', true, '2026-12-07 11:53:00.195047+00', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales2', 'east', 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 5, 2, 2, '2026-11-15 11:53:00.195047+00', 2, 389.0000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (2, 3, 'PERSON', '王芳', '王芳', '+8613912345678', 'wang.fang@example.cn', NULL, 'FEMALE', '1977-02-02', 'teacher', '华东', '杭州', 'SOCIAL', true, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', false, '2026-12-07 11:53:00.195047+00', NULL, NULL, 'sales1', 'east', 'REGULAR', NULL, 'REGULAR', 'CONVERSION', 5, 1, 1, '2026-11-16 11:53:00.195047+00', 1, 109.5000, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer VALUES (17, 5, 'PERSON', '升级 王小明', '升级 王小明', '+8613900007101', 'upgrade.wang@example.com', NULL, 'MALE', '1988-08-08', 'engineer', '华东', '上海', 'WEB', true, '2026-12-07 11:53:04.444647+00', false, '2026-12-07 11:53:04.444647+00', NULL, NULL, NULL, NULL, 'sales1', 'east', 'VIP', NULL, 'VIP', 'CONVERSION', 5, 4, 4, '2026-11-20 02:00:00+00', 3, 1549.5000, '2026-12-07 11:53:04.444647+00', '2026-12-07 11:53:07.50346+00');


--
-- Data for Name: customer_contact_key; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.customer_contact_key VALUES (1, 'phone:+8613800138000');
INSERT INTO crm_upgrade.customer_contact_key VALUES (1, 'email:zhang.wei@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (2, 'phone:+8613912345678');
INSERT INTO crm_upgrade.customer_contact_key VALUES (2, 'email:wang.fang@example.cn');
INSERT INTO crm_upgrade.customer_contact_key VALUES (3, 'email:li.qiang@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (3, 'phone:+8615001234567');
INSERT INTO crm_upgrade.customer_contact_key VALUES (4, 'email:emily.johnson@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (4, 'phone:+14155552671');
INSERT INTO crm_upgrade.customer_contact_key VALUES (5, 'phone:+8618612345678');
INSERT INTO crm_upgrade.customer_contact_key VALUES (5, 'email:liu.yang@example.org');
INSERT INTO crm_upgrade.customer_contact_key VALUES (6, 'email:chen.jing@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (6, 'phone:+8613698765432');
INSERT INTO crm_upgrade.customer_contact_key VALUES (7, 'phone:+33612345678');
INSERT INTO crm_upgrade.customer_contact_key VALUES (7, 'email:jl.martin@example.fr');
INSERT INTO crm_upgrade.customer_contact_key VALUES (8, 'phone:+8613511112222');
INSERT INTO crm_upgrade.customer_contact_key VALUES (8, 'email:ouyang.nana@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (9, 'phone:+353851234567');
INSERT INTO crm_upgrade.customer_contact_key VALUES (9, 'email:siobhan.obrien@example.ie');
INSERT INTO crm_upgrade.customer_contact_key VALUES (10, 'phone:+8617712345678');
INSERT INTO crm_upgrade.customer_contact_key VALUES (10, 'email:zhao.lei@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (11, 'email:sun.li@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (11, 'phone:+8613300001111');
INSERT INTO crm_upgrade.customer_contact_key VALUES (12, 'phone:+8613122223333');
INSERT INTO crm_upgrade.customer_contact_key VALUES (12, 'email:zhou.jie@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (13, 'phone:+862161234567');
INSERT INTO crm_upgrade.customer_contact_key VALUES (13, 'email:contact@xingchen.example.cn');
INSERT INTO crm_upgrade.customer_contact_key VALUES (14, 'phone:+85221234567');
INSERT INTO crm_upgrade.customer_contact_key VALUES (14, 'email:sales@acme-asia.example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (15, 'email:bd@partner58.example.cn');
INSERT INTO crm_upgrade.customer_contact_key VALUES (15, 'phone:+862887654321');
INSERT INTO crm_upgrade.customer_contact_key VALUES (16, 'phone:+442079460000');
INSERT INTO crm_upgrade.customer_contact_key VALUES (16, 'email:hello@smithandsons.example.co.uk');
INSERT INTO crm_upgrade.customer_contact_key VALUES (17, 'email:upgrade.wang@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (17, 'phone:+8613900007101');
INSERT INTO crm_upgrade.customer_contact_key VALUES (18, 'phone:+14155552672');
INSERT INTO crm_upgrade.customer_contact_key VALUES (18, 'email:upgrade.emily@example.com');
INSERT INTO crm_upgrade.customer_contact_key VALUES (19, 'phone:+862188887103');
INSERT INTO crm_upgrade.customer_contact_key VALUES (19, 'email:buyer@upgrade-tech.example.cn');


--
-- Data for Name: customer_history; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.customer_history VALUES (1, 18, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (2, 19, 'tier', 'POTENTIAL', 'IMPORTANT', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (3, 15, 'tier', 'POTENTIAL', 'IMPORTANT', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (4, 14, 'tier', 'POTENTIAL', 'IMPORTANT', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (5, 13, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (6, 12, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (7, 10, 'tier', 'POTENTIAL', 'VIP', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (8, 9, 'tier', 'POTENTIAL', 'IMPORTANT', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (9, 8, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (10, 7, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (11, 5, 'tier', 'POTENTIAL', 'VIP', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (12, 4, 'tier', 'POTENTIAL', 'IMPORTANT', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (13, 3, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (14, 2, 'tier', 'POTENTIAL', 'REGULAR', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (15, 17, 'tier', 'POTENTIAL', 'VIP', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (16, 18, 'lifecycleStage', 'ACQUISITION', 'RETENTION_RISK', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (17, 19, 'lifecycleStage', 'ACQUISITION', 'LOYAL', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (18, 15, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (19, 14, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (20, 13, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (21, 12, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (22, 10, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (23, 9, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (24, 8, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (25, 7, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (26, 5, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (27, 4, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (28, 3, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (29, 2, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');
INSERT INTO crm_upgrade.customer_history VALUES (30, 17, 'lifecycleStage', 'ACQUISITION', 'CONVERSION', 'SCORING', 'system:customer-scoring', 1, '2026-12-07 11:53:07.50346+00');


--
-- Data for Name: customer_score; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: customer_share; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.customer_share VALUES (1, 17, 'sales2', NULL, 'READ', '2026-12-07 11:53:06.239155+00', 'sales1');
INSERT INTO crm_upgrade.customer_share VALUES (2, 19, NULL, 'west', 'WRITE', '2026-12-07 11:53:06.421091+00', 'sales2');


--
-- Data for Name: customer_tag; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.customer_tag VALUES (1, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (1, 'vip-event-2026');
INSERT INTO crm_upgrade.customer_tag VALUES (2, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (3, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (4, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (5, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (5, 'vip-event-2026');
INSERT INTO crm_upgrade.customer_tag VALUES (6, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (7, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (8, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (9, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (9, 'vip-event-2026');
INSERT INTO crm_upgrade.customer_tag VALUES (10, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (11, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (12, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (13, 'b2b');
INSERT INTO crm_upgrade.customer_tag VALUES (14, 'b2b');
INSERT INTO crm_upgrade.customer_tag VALUES (15, 'b2b');
INSERT INTO crm_upgrade.customer_tag VALUES (16, 'b2b');
INSERT INTO crm_upgrade.customer_tag VALUES (17, 'newsletter');
INSERT INTO crm_upgrade.customer_tag VALUES (17, 'upgrade-base');
INSERT INTO crm_upgrade.customer_tag VALUES (18, 'upgrade-base');
INSERT INTO crm_upgrade.customer_tag VALUES (19, 'b2b');
INSERT INTO crm_upgrade.customer_tag VALUES (19, 'upgrade-base');


--
-- Data for Name: follow_up; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.follow_up VALUES (1, 1, 1, 'sales1', 'PHONE', '回访退款进度 follow up on the refund', NULL, NULL, '2026-12-10 11:53:00.195047+00', 'sales1', 'PLANNED', NULL, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.follow_up VALUES (2, 1, 4, 'sales2', 'MEETING', 'Product demo at the Shanghai office', 'Signed a trial; 试用 30 天', NULL, '2026-12-05 11:53:00.195047+00', 'sales2', 'DONE', '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.follow_up VALUES (3, 1, 5, 'sales3', 'WECHAT', '微信确认新的收货地址', NULL, NULL, '2026-12-06 11:53:00.195047+00', 'sales3', 'PLANNED', NULL, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.follow_up VALUES (4, 1, 13, 'sales1', 'VISIT', '上门拜访，讨论年度采购合同 annual purchase contract', NULL, NULL, '2026-12-14 11:53:00.195047+00', 'sales1', 'PLANNED', NULL, '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.follow_up VALUES (5, 1, 17, 'sales1', 'PHONE', '回访退款进度 upgradedelta', NULL, NULL, '2026-11-30 02:00:00+00', 'sales1', 'PLANNED', NULL, '2026-12-07 11:53:05.530318+00', '2026-12-07 11:53:05.530318+00');
INSERT INTO crm_upgrade.follow_up VALUES (6, 1, 19, 'sales2', 'VISIT', '上门拜访 upgradeecho', '签约', '季度回顾', NULL, 'sales2', 'DONE', '2026-12-07 11:53:05.811339+00', '2026-12-07 11:53:05.811339+00', '2026-12-07 11:53:05.811339+00');
INSERT INTO crm_upgrade.follow_up VALUES (7, 1, 18, 'sales1', 'EMAIL', 'No due date upgradefoxtrot', NULL, NULL, NULL, 'sales1', 'PLANNED', NULL, '2026-12-07 11:53:05.892797+00', '2026-12-07 11:53:05.892797+00');
INSERT INTO crm_upgrade.follow_up VALUES (8, 1, 18, 'system:survey-closed-loop', 'EMAIL', 'NPS 3 on the survey "Upgrade base NPS": 太慢了 too slow', NULL, NULL, '2026-12-09 11:53:10.275324+00', 'sales1', 'PLANNED', NULL, '2026-12-07 11:53:10.276431+00', '2026-12-07 11:53:10.276431+00');
INSERT INTO crm_upgrade.follow_up VALUES (9, 1, 5, 'system:survey-closed-loop', 'EMAIL', 'NPS 6 on the survey "Upgrade base NPS"', NULL, NULL, '2026-12-09 11:53:10.774081+00', 'sales3', 'PLANNED', NULL, '2026-12-07 11:53:10.774434+00', '2026-12-07 11:53:10.774434+00');
INSERT INTO crm_upgrade.follow_up VALUES (10, 1, 8, 'system:survey-closed-loop', 'EMAIL', 'NPS 0 on the survey "Upgrade base NPS"', NULL, NULL, '2026-12-09 11:53:11.083842+00', 'manager', 'PLANNED', NULL, '2026-12-07 11:53:11.085412+00', '2026-12-07 11:53:11.085412+00');
INSERT INTO crm_upgrade.follow_up VALUES (11, 1, 9, 'system:survey-closed-loop', 'EMAIL', 'NPS 5 on the survey "Upgrade base NPS"', NULL, NULL, '2026-12-09 11:53:11.200852+00', 'sales2', 'PLANNED', NULL, '2026-12-07 11:53:11.201064+00', '2026-12-07 11:53:11.201064+00');
INSERT INTO crm_upgrade.follow_up VALUES (12, 1, 19, 'system:survey-closed-loop', 'EMAIL', 'NPS 6 on the survey "Upgrade base NPS"', NULL, NULL, '2026-12-09 11:53:11.956249+00', 'sales2', 'PLANNED', NULL, '2026-12-07 11:53:11.956755+00', '2026-12-07 11:53:11.956755+00');


--
-- Data for Name: index_event; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: index_failure; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: index_log; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.index_log VALUES (1, 20, 20);


--
-- Data for Name: index_node; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.index_node VALUES ('server', 20, '2026-12-07 11:53:12.654544+00');


--
-- Data for Name: job_schedule; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.job_schedule VALUES (1, 1, 'customer-scoring', '30 1 * * *', 'Asia/Shanghai', '{}', true, '2026-12-07 17:30:00+00', NULL, NULL, NULL, 'batch', '2026-12-07 11:53:12.450947+00', '2026-12-07 11:53:12.53639+00');
INSERT INTO crm_upgrade.job_schedule VALUES (2, 2, 'nps-scoring', '0 3 * * 1', 'UTC', '{}', false, NULL, NULL, NULL, NULL, 'batch', '2026-12-07 11:53:12.704498+00', '2026-12-07 11:53:12.853304+00');


--
-- Data for Name: note; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.note VALUES (1, 1, 1, 'sales1', '客户要求退款，答应下周二回访。Called about the refund for the November order, promised 回访 next Tuesday.', '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.note VALUES (2, 1, 4, 'sales2', 'Interested in the premium plan; asked for a demo at the 上海 office.', '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.note VALUES (3, 1, 5, 'sales3', '客户反馈物流太慢，希望改用顺丰。Deliveries go to 18612345678.', '2026-12-07 11:53:00.195047+00', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.note VALUES (4, 1, 17, 'sales1', '客户要求退款，答应下周回访 upgradealpha。Asked about a refund, call back on 13900007101.', '2026-12-07 11:53:05.070137+00', '2026-12-07 11:53:05.070137+00');
INSERT INTO crm_upgrade.note VALUES (5, 1, 18, 'sales1', 'Renewal discussed, upgradebravo discount offered.
Second line.', '2026-12-07 11:53:05.142992+00', '2026-12-07 11:53:05.142992+00');
INSERT INTO crm_upgrade.note VALUES (6, 1, 19, 'sales2', '公司年度采购合同 upgradecharlie 已签', '2026-12-07 11:53:05.264518+00', '2026-12-07 11:53:05.264518+00');


--
-- Data for Name: purchase; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.purchase VALUES (1, 2, 109.5000, 'CNY', '2026-11-16 11:53:00.195047+00', 'DEMO-1-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (2, 3, 119.5000, 'CNY', '2026-11-15 11:53:00.195047+00', 'DEMO-2-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (3, 3, 269.5000, 'CNY', '2026-10-26 11:53:00.195047+00', 'DEMO-2-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (4, 4, 129.5000, 'CNY', '2026-11-14 11:53:00.195047+00', 'DEMO-3-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (5, 4, 279.5000, 'CNY', '2026-10-25 11:53:00.195047+00', 'DEMO-3-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (6, 4, 429.5000, 'CNY', '2026-10-05 11:53:00.195047+00', 'DEMO-3-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (10, 5, 589.5000, 'CNY', '2026-09-14 11:53:00.195047+00', 'DEMO-4-3', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (7, 5, 139.5000, 'CNY', '2026-11-13 11:53:00.195047+00', 'DEMO-4-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (9, 5, 439.5000, 'CNY', '2026-10-04 11:53:00.195047+00', 'DEMO-4-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (8, 5, 289.5000, 'CNY', '2026-10-24 11:53:00.195047+00', 'DEMO-4-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (11, 7, 159.5000, 'CNY', '2026-11-11 11:53:00.195047+00', 'DEMO-6-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (13, 8, 319.5000, 'CNY', '2026-10-21 11:53:00.195047+00', 'DEMO-7-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (12, 8, 169.5000, 'CNY', '2026-11-10 11:53:00.195047+00', 'DEMO-7-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (16, 9, 479.5000, 'CNY', '2026-09-30 11:53:00.195047+00', 'DEMO-8-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (15, 9, 329.5000, 'CNY', '2026-10-20 11:53:00.195047+00', 'DEMO-8-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (14, 9, 179.5000, 'CNY', '2026-11-09 11:53:00.195047+00', 'DEMO-8-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (20, 10, 639.5000, 'CNY', '2026-09-09 11:53:00.195047+00', 'DEMO-9-3', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (17, 10, 189.5000, 'CNY', '2026-11-08 11:53:00.195047+00', 'DEMO-9-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (18, 10, 339.5000, 'CNY', '2026-10-19 11:53:00.195047+00', 'DEMO-9-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (19, 10, 489.5000, 'CNY', '2026-09-29 11:53:00.195047+00', 'DEMO-9-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (21, 12, 209.5000, 'CNY', '2026-11-06 11:53:00.195047+00', 'DEMO-11-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (23, 13, 369.5000, 'CNY', '2026-10-16 11:53:00.195047+00', 'DEMO-12-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (22, 13, 219.5000, 'CNY', '2026-11-05 11:53:00.195047+00', 'DEMO-12-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (24, 14, 229.5000, 'CNY', '2026-11-04 11:53:00.195047+00', 'DEMO-13-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (26, 14, 529.5000, 'CNY', '2026-09-25 11:53:00.195047+00', 'DEMO-13-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (25, 14, 379.5000, 'CNY', '2026-10-15 11:53:00.195047+00', 'DEMO-13-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (30, 15, 689.5000, 'CNY', '2026-09-04 11:53:00.195047+00', 'DEMO-14-3', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (28, 15, 389.5000, 'CNY', '2026-10-14 11:53:00.195047+00', 'DEMO-14-1', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (27, 15, 239.5000, 'CNY', '2026-11-03 11:53:00.195047+00', 'DEMO-14-0', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (29, 15, 539.5000, 'CNY', '2026-09-24 11:53:00.195047+00', 'DEMO-14-2', '2026-12-07 11:53:00.195047+00');
INSERT INTO crm_upgrade.purchase VALUES (31, 17, 99.0000, 'CNY', '2026-09-01 08:00:00+00', 'UPG-1001', '2026-12-07 11:53:04.655837+00');
INSERT INTO crm_upgrade.purchase VALUES (32, 17, 250.5000, 'CNY', '2026-10-11 09:30:00+00', 'UPG-1002', '2026-12-07 11:53:04.721316+00');
INSERT INTO crm_upgrade.purchase VALUES (33, 17, 1200.0000, 'CNY', '2026-11-20 02:00:00+00', 'UPG-1003', '2026-12-07 11:53:04.757195+00');
INSERT INTO crm_upgrade.purchase VALUES (34, 18, 45.0000, 'CNY', '2026-03-02 10:00:00+00', 'UPG-2001', '2026-12-07 11:53:04.780332+00');
INSERT INTO crm_upgrade.purchase VALUES (35, 19, 1000.0000, 'CNY', '2026-05-15 06:00:00+00', 'UPG-3001', '2026-12-07 11:53:04.811434+00');
INSERT INTO crm_upgrade.purchase VALUES (36, 19, 2000.0000, 'CNY', '2026-06-15 06:00:00+00', 'UPG-3002', '2026-12-07 11:53:04.83979+00');
INSERT INTO crm_upgrade.purchase VALUES (37, 19, 3000.0000, 'CNY', '2026-07-15 06:00:00+00', 'UPG-3003', '2026-12-07 11:53:04.877055+00');
INSERT INTO crm_upgrade.purchase VALUES (38, 19, 4000.0000, 'CNY', '2026-08-15 06:00:00+00', 'UPG-3004', '2026-12-07 11:53:04.914839+00');
INSERT INTO crm_upgrade.purchase VALUES (39, 19, 5000.0000, 'CNY', '2026-09-15 06:00:00+00', 'UPG-3005', '2026-12-07 11:53:04.964458+00');


--
-- Data for Name: scoring_run; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: segment; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: survey; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey VALUES (1, 1, 'Upgrade base NPS', 'NPS', '您向朋友推荐我们的可能性有多大？', '为什么？', NULL, 'EMAIL', 30, 3650, true, NULL, 'batch', '2026-12-07 11:53:08.739672+00', '2026-12-07 11:53:08.739672+00');


--
-- Data for Name: survey_cohort; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_cohort VALUES (1, 1, '2026-12', 'VIP', 'CONVERSION', 'sales1', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (2, 1, '2026-12', 'REGULAR', 'RETENTION_RISK', 'sales1', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (3, 1, '2026-12', 'POTENTIAL', 'ACQUISITION', 'sales1', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (4, 1, '2026-12', 'REGULAR', 'CONVERSION', 'sales1', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (5, 1, '2026-12', 'REGULAR', 'CONVERSION', 'sales2', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (6, 1, '2026-12', 'IMPORTANT', 'CONVERSION', 'sales2', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (7, 1, '2026-12', 'VIP', 'CONVERSION', 'sales3', '西南');
INSERT INTO crm_upgrade.survey_cohort VALUES (8, 1, '2026-12', 'POTENTIAL', 'ACQUISITION', 'sales3', '西南');
INSERT INTO crm_upgrade.survey_cohort VALUES (9, 1, '2026-12', 'REGULAR', 'CONVERSION', 'manager', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (10, 1, '2026-12', 'VIP', 'CONVERSION', 'sales3', '西北');
INSERT INTO crm_upgrade.survey_cohort VALUES (11, 1, '2026-12', 'REGULAR', 'CONVERSION', 'admin', '华北');
INSERT INTO crm_upgrade.survey_cohort VALUES (12, 1, '2026-12', 'IMPORTANT', 'CONVERSION', 'sales2', '华南');
INSERT INTO crm_upgrade.survey_cohort VALUES (13, 1, '2026-12', 'IMPORTANT', 'CONVERSION', 'sales3', '西南');
INSERT INTO crm_upgrade.survey_cohort VALUES (14, 1, '2026-12', 'POTENTIAL', 'ACQUISITION', 'manager', '华东');
INSERT INTO crm_upgrade.survey_cohort VALUES (15, 1, '2026-12', 'IMPORTANT', 'LOYAL', 'sales2', '华东');


--
-- Data for Name: survey_dispatch; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_dispatch VALUES (2, 1, '2026-12-07 11:53:09.088926+00', '2026-12-07 11:53:09.337096+00');


--
-- Data for Name: survey_import; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: survey_import_error; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Data for Name: survey_invitation; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_invitation VALUES (17, 1, 2, 2, 17, 'EMAIL', 'iHMeRNHJhqE7KcUsCsJ28gpH1funjcLxcMsQkS32FJY', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.086759+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (18, 1, 2, 2, 18, 'EMAIL', '933CU9j0NFRTv2qmPJosWClHW0sLsGTyBzcyY6SLpwM', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.240645+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (1, 1, 2, 2, 1, 'EMAIL', 'EXhvZ-uoiqo2bQHO3dBs_kCwGzeAC03LJoNblv_gWYI', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.379465+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (2, 1, 2, 2, 2, 'EMAIL', 'Q8hcEGCqa1gTcEwfSJgZJPFygdHIElZMpApTBgFP2xQ', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.550283+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (3, 1, 2, 2, 3, 'EMAIL', 'dejwg9r7iAiQevfB012c4TP2EHlF-Q8HIGcPBOirELI', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.621928+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (4, 1, 2, 2, 4, 'EMAIL', '6CddSpOuP8JVqBXcmPeYXSFXrckfTnEfGlzVHb2Q-0U', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.696697+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (5, 1, 2, 2, 5, 'EMAIL', 'HV8RI0a2KfccB6O7_Djnk-hKJcuupMhWhQe4zbbwLVs', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.735782+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (6, 1, 2, 2, 6, 'EMAIL', 'DOaUsI95qJwpSoad0zPj-BijIxvuqDMwRt70udVJE_k', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.878372+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (7, 1, 2, 2, 7, 'EMAIL', 'kp2Wuma7XgexpFXfKRJUaaXYMP8oYudBJWzwLPIiyi4', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:10.963692+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (8, 1, 2, 2, 8, 'EMAIL', '-lgf2Il8KeFHJl-2bnxDegEdqIcKO9hf-lT4Bv_e38Y', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.062087+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (9, 1, 2, 2, 9, 'EMAIL', 'imeuaNunOItGFVmuOlpqlC1xB5o98TDQWZwOqFVmGXc', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.184671+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (10, 1, 2, 2, 10, 'EMAIL', 'pQgzjqQiMUkN2fRWU15_2EAetFjg5Pb6znKDsjpAxX4', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.388972+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (11, 1, 2, 2, 11, 'EMAIL', 'L7ywTT15_tHxElSB3sNoXLL3MX6CoUo48ByBOrhK00k', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.546939+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (12, 1, 2, 2, 12, 'EMAIL', 'uRVATOgb0Lj5d8ooIaa3DbcH070mqXSeN6b50uTWF84', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.619462+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (13, 1, 2, 2, 13, 'EMAIL', 'wn9pZjLGLs0eiPQtuNeAeAFeRZUUDwYzNl40A7OODwY', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.698778+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (14, 1, 2, 2, 14, 'EMAIL', 'Jh5848Twn1BStqCUpUrCeAaU3QPJoVY5a8gFQfgndSg', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.734349+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (15, 1, 2, 2, 15, 'EMAIL', 'E7tnG_9aHKDUGKtk1n1czmz_yqgd2jDTK3DKH65Ikek', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.766682+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (16, 1, 2, 2, 16, 'EMAIL', 'FlFis3lJGeaXRzhR7K0VN1kA60I5A_OCdW5xKAEDWmA', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.80932+00');
INSERT INTO crm_upgrade.survey_invitation VALUES (19, 1, 2, 2, 19, 'EMAIL', 'i5eCBJhDbt0f-HthLQlXFGK43pqRRXOHlhdpSqHmtf4', 'RESPONDED', '2026-12-07 11:53:09.136721+00', '2036-12-04 11:53:09.136721+00', NULL, '2026-12-07 11:53:11.886034+00');


--
-- Data for Name: survey_response; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_response VALUES (1, 1, 17, 17, 9, '很好', 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.086759+00', '2026-12-07 11:53:10.128632+00', 1);
INSERT INTO crm_upgrade.survey_response VALUES (2, 1, 18, 18, 3, '太慢了 too slow', 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.240645+00', '2026-12-07 11:53:10.269693+00', 2);
INSERT INTO crm_upgrade.survey_response VALUES (3, 1, 1, 1, 10, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.379465+00', '2026-12-07 11:53:10.494762+00', 3);
INSERT INTO crm_upgrade.survey_response VALUES (4, 1, 2, 2, 9, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.550283+00', '2026-12-07 11:53:10.574093+00', 4);
INSERT INTO crm_upgrade.survey_response VALUES (5, 1, 3, 3, 8, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.621928+00', '2026-12-07 11:53:10.669045+00', 5);
INSERT INTO crm_upgrade.survey_response VALUES (6, 1, 4, 4, 7, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.696697+00', '2026-12-07 11:53:10.714759+00', 6);
INSERT INTO crm_upgrade.survey_response VALUES (7, 1, 5, 5, 6, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.735782+00', '2026-12-07 11:53:10.77237+00', 7);
INSERT INTO crm_upgrade.survey_response VALUES (8, 1, 6, 6, 10, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.878372+00', '2026-12-07 11:53:10.910427+00', 8);
INSERT INTO crm_upgrade.survey_response VALUES (9, 1, 7, 7, 9, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:10.963692+00', '2026-12-07 11:53:11.010807+00', 4);
INSERT INTO crm_upgrade.survey_response VALUES (10, 1, 8, 8, 0, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.062087+00', '2026-12-07 11:53:11.079731+00', 9);
INSERT INTO crm_upgrade.survey_response VALUES (11, 1, 9, 9, 5, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.184671+00', '2026-12-07 11:53:11.196737+00', 6);
INSERT INTO crm_upgrade.survey_response VALUES (12, 1, 10, 10, 10, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.388972+00', '2026-12-07 11:53:11.424208+00', 10);
INSERT INTO crm_upgrade.survey_response VALUES (13, 1, 11, 11, 8, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.546939+00', '2026-12-07 11:53:11.568952+00', 3);
INSERT INTO crm_upgrade.survey_response VALUES (14, 1, 12, 12, 9, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.619462+00', '2026-12-07 11:53:11.668531+00', 11);
INSERT INTO crm_upgrade.survey_response VALUES (15, 1, 13, 13, 10, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.698778+00', '2026-12-07 11:53:11.705741+00', 4);
INSERT INTO crm_upgrade.survey_response VALUES (16, 1, 14, 14, 9, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.734349+00', '2026-12-07 11:53:11.744931+00', 12);
INSERT INTO crm_upgrade.survey_response VALUES (17, 1, 15, 15, 8, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.766682+00', '2026-12-07 11:53:11.781297+00', 13);
INSERT INTO crm_upgrade.survey_response VALUES (18, 1, 16, 16, 7, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.80932+00', '2026-12-07 11:53:11.853302+00', 14);
INSERT INTO crm_upgrade.survey_response VALUES (19, 1, 19, 19, 6, NULL, 'EMAIL', 'LINK', NULL, '2026-12', '2026-12-07 11:53:11.886034+00', '2026-12-07 11:53:11.924342+00', 15);


--
-- Data for Name: survey_score; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '西北', '2026-12', 10, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'VIP', '2026-12', 9, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'VIP', '2026-12', 10, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 0, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 5, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 8, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 9, 5);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'VIP', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales2', '2026-12', 9, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 8, 3);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 9, 5);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales2', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 10, 4);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales2', '2026-12', 5, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales2', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales2', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 0, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'admin', '2026-12', 9, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 3, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 5, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 6, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'month', '2026-12', '2026-12', 7, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'IMPORTANT', '2026-12', 5, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'IMPORTANT', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'IMPORTANT', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'IMPORTANT', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'IMPORTANT', '2026-12', 9, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华南', '2026-12', 9, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'POTENTIAL', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 3, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'POTENTIAL', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 5, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'POTENTIAL', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 7, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '西南', '2026-12', 10, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 9, 3);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '西南', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 8, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'manager', '2026-12', 0, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华东', '2026-12', 0, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'RETENTION_RISK', '2026-12', 3, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'manager', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales3', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales1', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales1', '2026-12', 9, 3);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales3', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'CONVERSION', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'LOYAL', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'REGULAR', '2026-12', 10, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales1', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales3', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'REGULAR', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'REGULAR', '2026-12', 9, 3);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'REGULAR', '2026-12', 3, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'ACQUISITION', '2026-12', 8, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'ACQUISITION', '2026-12', 7, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '西南', '2026-12', 6, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'tier', 'REGULAR', '2026-12', 0, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'lifecycleStage', 'ACQUISITION', '2026-12', 10, 2);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'ownerId', 'sales1', '2026-12', 3, 1);
INSERT INTO crm_upgrade.survey_score VALUES (3, 1, 'region', '华北', '2026-12', 9, 1);


--
-- Data for Name: survey_score_run; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--

INSERT INTO crm_upgrade.survey_score_run VALUES (3, '2026-12-07 11:53:12.208716+00');


--
-- Data for Name: survey_skip; Type: TABLE DATA; Schema: crm_upgrade; Owner: -
--



--
-- Name: audit_entry_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.audit_entry_seq', 100, true);


--
-- Name: customer_history_id_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.customer_history_id_seq', 30, true);


--
-- Name: customer_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.customer_seq', 50, true);


--
-- Name: customer_share_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.customer_share_seq', 50, true);


--
-- Name: follow_up_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.follow_up_seq', 50, true);


--
-- Name: index_event_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.index_event_seq', 50, true);


--
-- Name: job_schedule_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.job_schedule_seq', 50, true);


--
-- Name: note_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.note_seq', 50, true);


--
-- Name: purchase_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.purchase_seq', 50, true);


--
-- Name: segment_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.segment_seq', 50, false);


--
-- Name: survey_cohort_id_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.survey_cohort_id_seq', 15, true);


--
-- Name: survey_import_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.survey_import_seq', 50, false);


--
-- Name: survey_invitation_id_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.survey_invitation_id_seq', 19, true);


--
-- Name: survey_response_id_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.survey_response_id_seq', 19, true);


--
-- Name: survey_seq; Type: SEQUENCE SET; Schema: crm_upgrade; Owner: -
--

SELECT pg_catalog.setval('crm_upgrade.survey_seq', 50, true);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: crm_role_permission crm_role_permission_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_role_permission
    ADD CONSTRAINT crm_role_permission_pkey PRIMARY KEY (role_name, permission);


--
-- Name: crm_role crm_role_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_role
    ADD CONSTRAINT crm_role_pkey PRIMARY KEY (name);


--
-- Name: crm_schema_history crm_schema_history_pk; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_schema_history
    ADD CONSTRAINT crm_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: crm_team crm_team_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_team
    ADD CONSTRAINT crm_team_pkey PRIMARY KEY (id);


--
-- Name: crm_user_permission crm_user_permission_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_user_permission
    ADD CONSTRAINT crm_user_permission_pkey PRIMARY KEY (user_id, permission);


--
-- Name: crm_user crm_user_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_user
    ADD CONSTRAINT crm_user_pkey PRIMARY KEY (id);


--
-- Name: customer_contact_key customer_contact_key_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_contact_key
    ADD CONSTRAINT customer_contact_key_pkey PRIMARY KEY (customer_id, contact_key);


--
-- Name: customer_history customer_history_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_history
    ADD CONSTRAINT customer_history_pkey PRIMARY KEY (id);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: customer_score customer_score_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_score
    ADD CONSTRAINT customer_score_pkey PRIMARY KEY (run_id, customer_id);


--
-- Name: customer_share customer_share_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_share
    ADD CONSTRAINT customer_share_pkey PRIMARY KEY (id);


--
-- Name: customer_share customer_share_team_key; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_share
    ADD CONSTRAINT customer_share_team_key UNIQUE (customer_id, team_id);


--
-- Name: customer_share customer_share_user_key; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_share
    ADD CONSTRAINT customer_share_user_key UNIQUE (customer_id, user_id);


--
-- Name: customer_tag customer_tag_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_tag
    ADD CONSTRAINT customer_tag_pkey PRIMARY KEY (customer_id, tag);


--
-- Name: follow_up follow_up_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.follow_up
    ADD CONSTRAINT follow_up_pkey PRIMARY KEY (id);


--
-- Name: index_event index_event_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.index_event
    ADD CONSTRAINT index_event_pkey PRIMARY KEY (id);


--
-- Name: index_failure index_failure_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.index_failure
    ADD CONSTRAINT index_failure_pkey PRIMARY KEY (node, entity_type, entity_id);


--
-- Name: index_log index_log_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.index_log
    ADD CONSTRAINT index_log_pkey PRIMARY KEY (id);


--
-- Name: index_node index_node_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.index_node
    ADD CONSTRAINT index_node_pkey PRIMARY KEY (name);


--
-- Name: job_schedule job_schedule_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.job_schedule
    ADD CONSTRAINT job_schedule_pkey PRIMARY KEY (id);


--
-- Name: note note_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);


--
-- Name: purchase purchase_external_id_uq; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.purchase
    ADD CONSTRAINT purchase_external_id_uq UNIQUE (customer_id, external_id);


--
-- Name: purchase purchase_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.purchase
    ADD CONSTRAINT purchase_pkey PRIMARY KEY (id);


--
-- Name: scoring_run scoring_run_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.scoring_run
    ADD CONSTRAINT scoring_run_pkey PRIMARY KEY (run_id);


--
-- Name: segment segment_name_uq; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.segment
    ADD CONSTRAINT segment_name_uq UNIQUE (name_key);


--
-- Name: segment segment_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.segment
    ADD CONSTRAINT segment_pkey PRIMARY KEY (id);


--
-- Name: survey_cohort survey_cohort_key; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_cohort
    ADD CONSTRAINT survey_cohort_key UNIQUE (survey_id, response_month, tier, lifecycle_stage, owner_id, region);


--
-- Name: survey_cohort survey_cohort_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_cohort
    ADD CONSTRAINT survey_cohort_pkey PRIMARY KEY (id);


--
-- Name: survey_dispatch survey_dispatch_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_dispatch
    ADD CONSTRAINT survey_dispatch_pkey PRIMARY KEY (dispatch_id);


--
-- Name: survey_import_error survey_import_error_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_import_error
    ADD CONSTRAINT survey_import_error_pkey PRIMARY KEY (import_id, line);


--
-- Name: survey_import survey_import_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_import
    ADD CONSTRAINT survey_import_pkey PRIMARY KEY (id);


--
-- Name: survey_invitation survey_invitation_once; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_invitation
    ADD CONSTRAINT survey_invitation_once UNIQUE (dispatch_id, customer_id);


--
-- Name: survey_invitation survey_invitation_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_invitation
    ADD CONSTRAINT survey_invitation_pkey PRIMARY KEY (id);


--
-- Name: survey_invitation survey_invitation_token_uq; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_invitation
    ADD CONSTRAINT survey_invitation_token_uq UNIQUE (token);


--
-- Name: survey survey_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey
    ADD CONSTRAINT survey_pkey PRIMARY KEY (id);


--
-- Name: survey_response survey_response_once; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_response
    ADD CONSTRAINT survey_response_once UNIQUE (invitation_id);


--
-- Name: survey_response survey_response_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_response
    ADD CONSTRAINT survey_response_pkey PRIMARY KEY (id);


--
-- Name: survey_score survey_score_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_score
    ADD CONSTRAINT survey_score_pkey PRIMARY KEY (run_id, survey_id, group_by, group_value, score_month, score);


--
-- Name: survey_score_run survey_score_run_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_score_run
    ADD CONSTRAINT survey_score_run_pkey PRIMARY KEY (run_id);


--
-- Name: survey_skip survey_skip_pkey; Type: CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_skip
    ADD CONSTRAINT survey_skip_pkey PRIMARY KEY (dispatch_id, customer_id);


--
-- Name: audit_entry_actor_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX audit_entry_actor_idx ON crm_upgrade.audit_entry USING btree (actor, id);


--
-- Name: audit_entry_entity_id_blocks_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX audit_entry_entity_id_blocks_idx ON crm_upgrade.audit_entry USING gin (string_to_array((entity_id_blocks)::text, ' '::text)) WHERE (entity_id_blocks IS NOT NULL);


--
-- Name: audit_entry_entity_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX audit_entry_entity_idx ON crm_upgrade.audit_entry USING btree (entity_type, entity_id, id);


--
-- Name: audit_entry_occurred_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX audit_entry_occurred_idx ON crm_upgrade.audit_entry USING btree (occurred_at);


--
-- Name: crm_schema_history_s_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX crm_schema_history_s_idx ON crm_upgrade.crm_schema_history USING btree (success);


--
-- Name: customer_contact_key_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_contact_key_idx ON crm_upgrade.customer_contact_key USING btree (contact_key);


--
-- Name: customer_history_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_history_customer_idx ON crm_upgrade.customer_history USING btree (customer_id, id);


--
-- Name: customer_history_field_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_history_field_idx ON crm_upgrade.customer_history USING btree (field, changed_at);


--
-- Name: customer_name_key_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_name_key_idx ON crm_upgrade.customer USING btree (name_key);


--
-- Name: customer_owner_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_owner_idx ON crm_upgrade.customer USING btree (owner_id, id);


--
-- Name: customer_share_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_share_customer_idx ON crm_upgrade.customer_share USING btree (customer_id);


--
-- Name: customer_share_team_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_share_team_idx ON crm_upgrade.customer_share USING btree (team_id, customer_id);


--
-- Name: customer_share_user_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_share_user_idx ON crm_upgrade.customer_share USING btree (user_id, customer_id);


--
-- Name: customer_stage_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_stage_idx ON crm_upgrade.customer USING btree (lifecycle_stage, id);


--
-- Name: customer_tag_tag_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_tag_tag_idx ON crm_upgrade.customer_tag USING btree (tag, customer_id);


--
-- Name: customer_team_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_team_idx ON crm_upgrade.customer USING btree (team_id, id);


--
-- Name: customer_tier_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_tier_idx ON crm_upgrade.customer USING btree (tier, id);


--
-- Name: customer_updated_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX customer_updated_idx ON crm_upgrade.customer USING btree (updated_at);


--
-- Name: follow_up_assignee_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX follow_up_assignee_idx ON crm_upgrade.follow_up USING btree (assignee_id, status, due_at, id);


--
-- Name: follow_up_customer_done_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX follow_up_customer_done_idx ON crm_upgrade.follow_up USING btree (customer_id, status, completed_at);


--
-- Name: follow_up_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX follow_up_customer_idx ON crm_upgrade.follow_up USING btree (customer_id, id);


--
-- Name: index_event_position_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX index_event_position_idx ON crm_upgrade.index_event USING btree ("position");


--
-- Name: job_schedule_due_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX job_schedule_due_idx ON crm_upgrade.job_schedule USING btree (enabled, next_fire_at);


--
-- Name: note_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX note_customer_idx ON crm_upgrade.note USING btree (customer_id, id);


--
-- Name: purchase_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX purchase_customer_idx ON crm_upgrade.purchase USING btree (customer_id, occurred_at, id);


--
-- Name: survey_invitation_fatigue_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_invitation_fatigue_idx ON crm_upgrade.survey_invitation USING btree (customer_id, created_at);


--
-- Name: survey_invitation_status_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_invitation_status_idx ON crm_upgrade.survey_invitation USING btree (survey_id, status, id);


--
-- Name: survey_response_cohort_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_response_cohort_idx ON crm_upgrade.survey_response USING btree (cohort_id, score);


--
-- Name: survey_response_customer_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_response_customer_idx ON crm_upgrade.survey_response USING btree (customer_id, survey_id, response_month);


--
-- Name: survey_response_survey_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_response_survey_idx ON crm_upgrade.survey_response USING btree (survey_id, response_month);


--
-- Name: survey_segment_idx; Type: INDEX; Schema: crm_upgrade; Owner: -
--

CREATE INDEX survey_segment_idx ON crm_upgrade.survey USING btree (target_segment_id);


--
-- Name: crm_role_permission crm_role_permission_role_name_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_role_permission
    ADD CONSTRAINT crm_role_permission_role_name_fkey FOREIGN KEY (role_name) REFERENCES crm_upgrade.crm_role(name) ON DELETE CASCADE;


--
-- Name: crm_team crm_team_parent_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_team
    ADD CONSTRAINT crm_team_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES crm_upgrade.crm_team(id);


--
-- Name: crm_user crm_user_team_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.crm_user
    ADD CONSTRAINT crm_user_team_id_fkey FOREIGN KEY (team_id) REFERENCES crm_upgrade.crm_team(id);


--
-- Name: customer_contact_key customer_contact_key_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_contact_key
    ADD CONSTRAINT customer_contact_key_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: customer_history customer_history_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_history
    ADD CONSTRAINT customer_history_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: customer_share customer_share_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_share
    ADD CONSTRAINT customer_share_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: customer_tag customer_tag_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.customer_tag
    ADD CONSTRAINT customer_tag_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: follow_up follow_up_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.follow_up
    ADD CONSTRAINT follow_up_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: note note_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.note
    ADD CONSTRAINT note_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: purchase purchase_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.purchase
    ADD CONSTRAINT purchase_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: survey_cohort survey_cohort_survey_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_cohort
    ADD CONSTRAINT survey_cohort_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES crm_upgrade.survey(id);


--
-- Name: survey_dispatch survey_dispatch_survey_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_dispatch
    ADD CONSTRAINT survey_dispatch_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES crm_upgrade.survey(id);


--
-- Name: survey_import survey_import_survey_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_import
    ADD CONSTRAINT survey_import_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES crm_upgrade.survey(id);


--
-- Name: survey_invitation survey_invitation_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_invitation
    ADD CONSTRAINT survey_invitation_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- Name: survey_invitation survey_invitation_survey_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_invitation
    ADD CONSTRAINT survey_invitation_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES crm_upgrade.survey(id);


--
-- Name: survey_response survey_response_cohort_fk; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_response
    ADD CONSTRAINT survey_response_cohort_fk FOREIGN KEY (cohort_id) REFERENCES crm_upgrade.survey_cohort(id);


--
-- Name: survey_response survey_response_invitation_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_response
    ADD CONSTRAINT survey_response_invitation_id_fkey FOREIGN KEY (invitation_id) REFERENCES crm_upgrade.survey_invitation(id) ON DELETE CASCADE;


--
-- Name: survey_response survey_response_survey_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_response
    ADD CONSTRAINT survey_response_survey_id_fkey FOREIGN KEY (survey_id) REFERENCES crm_upgrade.survey(id);


--
-- Name: survey_skip survey_skip_customer_id_fkey; Type: FK CONSTRAINT; Schema: crm_upgrade; Owner: -
--

ALTER TABLE ONLY crm_upgrade.survey_skip
    ADD CONSTRAINT survey_skip_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES crm_upgrade.customer(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


