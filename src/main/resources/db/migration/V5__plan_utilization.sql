-- Form 40A of a plan as the reviewer computed it (46a-68-40, 41).
CREATE TABLE aa_plan_utilization (
    plan_id                 VARCHAR(200) NOT NULL REFERENCES aa_plan (plan_id),
    race_sex_group          VARCHAR(50)  NOT NULL,
    workforce               INT          NOT NULL,
    parity_percent          DECIMAL(6,2) NOT NULL,
    parity_number           DECIMAL(12,2) NOT NULL,
    net_utilization         DECIMAL(12,2) NOT NULL,
    conclusion              VARCHAR(20)  NOT NULL,
    progress                VARCHAR(20)  NOT NULL,
    parity_goal             INT          NOT NULL,
    minimum_short_term_goal INT          NOT NULL,
    PRIMARY KEY (plan_id, race_sex_group)
);
