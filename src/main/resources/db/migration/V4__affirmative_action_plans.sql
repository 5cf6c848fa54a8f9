-- State-agency affirmative action plans under review (46a-68-51 to 46a-68-66).
CREATE TABLE aa_plan (
    plan_id              VARCHAR(200) PRIMARY KEY,
    agency               VARCHAR(200) NOT NULL,
    due_on               DATE         NOT NULL,
    filed_on             DATE         NOT NULL,
    -- 46a-68-51(e): an early plan is deemed filed on its due date; the 90 days run from this day
    deemed_filed_on      DATE         NOT NULL,
    -- 46a-68-62(b): the 90th day; without formal action the plan is approved by default at its end
    default_approval_on  DATE         NOT NULL,
    missing_elements     VARCHAR(1000),
    recommendation       VARCHAR(20),
    -- UNDER_REVIEW, APPROVED, DISAPPROVED, APPROVED_BY_DEFAULT
    status               VARCHAR(30)  NOT NULL,
    decided_on           DATE,
    process_instance_id  VARCHAR(64)
);
