-- The goals a plan sets for each unit and race/sex group, and the previous plan's goals with what was achieved
-- against them, as staff enter them from Form 40A (46a-68-41(b), (c), (g); review M-7): Lines M, U, V and N; G, H,
-- I, J and O, P, Q, R (0 where the plan has none). Lines K, L, S and T are computed from them. Per unit, the factors
-- of the short term goals (41(b)(1)-(3)) and whether a vacancy may be filled by hire or promotion, with each group's
-- representation in the lower job titles (41(e)). And the goal checks the staff recommendation was made on (61).
-- Portable SQL (H2 and PostgreSQL).
ALTER TABLE aa_plan_unit ADD COLUMN actual_vacancies INT;
ALTER TABLE aa_plan_unit ADD COLUMN projected_vacancies INT;
ALTER TABLE aa_plan_unit ADD COLUMN anticipated_hires_promotions INT;
ALTER TABLE aa_plan_unit ADD COLUMN hire_or_promotion BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE aa_plan_unit_utilization ADD COLUMN short_term_hiring_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN short_term_promotion_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN upward_mobility_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN long_term_hiring_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN previous_short_term_hiring_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN previous_long_term_hiring_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN short_term_goal_hires INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN long_term_goal_hires INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN previous_short_term_promotion_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN previous_upward_mobility_goal INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN promotions INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN upward_mobility_promotions INT DEFAULT 0 NOT NULL;
ALTER TABLE aa_plan_unit_utilization ADD COLUMN lower_titles_percent DECIMAL(7,4);

ALTER TABLE aa_plan ADD COLUMN goal_findings TEXT;
