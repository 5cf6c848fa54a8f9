-- Form 40A per analysis unit and labor market area (46a-68-39(a), 40(a): "Comparisons ... shall be made by
-- occupational category, position classifications employing a significant number of persons and job titles for
-- which a separate availability base was calculated. Such analyses shall be performed for each relevant labor
-- market area"; review W-5). aa_plan_utilization, keyed by plan and group, now holds the work force as a whole:
-- the occupational categories added up (59(b)(1)). Rows kept there before are left as they were entered.
-- Portable SQL (H2 and PostgreSQL).
CREATE TABLE aa_plan_unit (
    plan_id            VARCHAR(200) NOT NULL REFERENCES aa_plan (plan_id),
    -- OCCUPATIONAL_CATEGORY, POSITION_CLASSIFICATION, JOB_TITLE
    unit_kind          VARCHAR(30)  NOT NULL,
    unit_name          VARCHAR(200) NOT NULL,
    labor_market_area  VARCHAR(200) NOT NULL,
    grand_total        INT          NOT NULL,
    PRIMARY KEY (plan_id, unit_kind, unit_name, labor_market_area)
);

-- One column of a unit's Form 40A: Lines C, B and F as entered, Lines A, D, E and the goals of 41(d) computed.
CREATE TABLE aa_plan_unit_utilization (
    plan_id                 VARCHAR(200)  NOT NULL,
    unit_kind               VARCHAR(30)   NOT NULL,
    unit_name               VARCHAR(200)  NOT NULL,
    labor_market_area       VARCHAR(200)  NOT NULL,
    race_sex_group          VARCHAR(50)   NOT NULL,
    workforce               INT           NOT NULL,
    workforce_percent       DECIMAL(6,2)  NOT NULL,
    parity_percent          DECIMAL(7,4)  NOT NULL,
    parity_number           DECIMAL(12,2) NOT NULL,
    net_utilization         DECIMAL(12,2) NOT NULL,
    previous_net            DECIMAL(12,2),
    conclusion              VARCHAR(20)   NOT NULL,
    progress                VARCHAR(20)   NOT NULL,
    parity_goal             INT           NOT NULL,
    minimum_short_term_goal INT           NOT NULL,
    PRIMARY KEY (plan_id, unit_kind, unit_name, labor_market_area, race_sex_group),
    FOREIGN KEY (plan_id, unit_kind, unit_name, labor_market_area)
        REFERENCES aa_plan_unit (plan_id, unit_kind, unit_name, labor_market_area) ON DELETE CASCADE
);
