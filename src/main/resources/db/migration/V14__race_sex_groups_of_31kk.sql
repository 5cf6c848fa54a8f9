-- 46a-68-31(kk) defines eight race/sex groups: "white males, black males, Hispanic males, other males,
-- white females, black females, Hispanic females and other females". Form 40A was kept for ten, with
-- Asian or Pacific Islander and American Indian or Alaskan Native apart (the designations of the
-- apprenticeship part, 46a-68-2(h)); both are "other" (review W-6). Each plan's two such rows of a sex
-- become one row, OTHER_MALE or OTHER_FEMALE: Lines C and B add up, and Line D, Line E, the conclusion and
-- the goals are computed again as UtilizationAnalysis does (40(b), (c), 41(d)): Line D = Grand Total x
-- Line B / 100 to 2 decimals, a half up; the parity goal is the shortfall, and the least short term goal
-- one-fifth of it, each to the closer whole number.
-- Progress: Line F of the previous plan is not kept, so the merged row keeps a direction only where the two
-- rows agree (or one of them did not change); otherwise no comparison can be made and it reads
-- NO_PREVIOUS_PLAN. (Alphabetically IMPROVED < NO_PREVIOUS_PLAN < UNCHANGED < WORSENED.)

INSERT INTO aa_plan_utilization (plan_id, race_sex_group, workforce, parity_percent, parity_number,
    net_utilization, conclusion, progress, parity_goal, minimum_short_term_goal)
SELECT plan_id, 'OTHER_MALE', SUM(workforce), SUM(parity_percent), 0, 0, 'PARITY',
       CASE WHEN MIN(progress) = MAX(progress) THEN MIN(progress)
            WHEN MIN(progress) = 'IMPROVED' AND MAX(progress) = 'UNCHANGED' THEN 'IMPROVED'
            WHEN MIN(progress) = 'UNCHANGED' AND MAX(progress) = 'WORSENED' THEN 'WORSENED'
            ELSE 'NO_PREVIOUS_PLAN' END,
       0, 0
FROM aa_plan_utilization
WHERE race_sex_group IN ('ASIAN_PACIFIC_ISLANDER_MALE', 'AMERICAN_INDIAN_ALASKAN_NATIVE_MALE')
GROUP BY plan_id;

INSERT INTO aa_plan_utilization (plan_id, race_sex_group, workforce, parity_percent, parity_number,
    net_utilization, conclusion, progress, parity_goal, minimum_short_term_goal)
SELECT plan_id, 'OTHER_FEMALE', SUM(workforce), SUM(parity_percent), 0, 0, 'PARITY',
       CASE WHEN MIN(progress) = MAX(progress) THEN MIN(progress)
            WHEN MIN(progress) = 'IMPROVED' AND MAX(progress) = 'UNCHANGED' THEN 'IMPROVED'
            WHEN MIN(progress) = 'UNCHANGED' AND MAX(progress) = 'WORSENED' THEN 'WORSENED'
            ELSE 'NO_PREVIOUS_PLAN' END,
       0, 0
FROM aa_plan_utilization
WHERE race_sex_group IN ('ASIAN_PACIFIC_ISLANDER_FEMALE', 'AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE')
GROUP BY plan_id;

DELETE FROM aa_plan_utilization
WHERE race_sex_group IN ('ASIAN_PACIFIC_ISLANDER_MALE', 'AMERICAN_INDIAN_ALASKAN_NATIVE_MALE',
                         'ASIAN_PACIFIC_ISLANDER_FEMALE', 'AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE');

-- Line D from the plan's Grand Total (Cell 1C, the sum of Line C, unchanged by the merge); "* 0.01" keeps
-- the product exact before the rounding on both H2 and PostgreSQL
UPDATE aa_plan_utilization
SET parity_number = ROUND((SELECT SUM(t.workforce) FROM aa_plan_utilization t
                           WHERE t.plan_id = aa_plan_utilization.plan_id) * parity_percent * 0.01, 2)
WHERE race_sex_group IN ('OTHER_MALE', 'OTHER_FEMALE');

UPDATE aa_plan_utilization
SET net_utilization = workforce - parity_number
WHERE race_sex_group IN ('OTHER_MALE', 'OTHER_FEMALE');

UPDATE aa_plan_utilization
SET conclusion = CASE WHEN net_utilization < 0 THEN 'UNDERUTILIZED'
                      WHEN net_utilization > 0 THEN 'OVERUTILIZED' ELSE 'PARITY' END,
    parity_goal = CASE WHEN net_utilization < 0 THEN CAST(ROUND(0 - net_utilization, 0) AS INT) ELSE 0 END,
    minimum_short_term_goal = CASE WHEN net_utilization < 0
                                   THEN CAST(ROUND((0 - net_utilization) * 0.2, 0) AS INT) ELSE 0 END
WHERE race_sex_group IN ('OTHER_MALE', 'OTHER_FEMALE');
