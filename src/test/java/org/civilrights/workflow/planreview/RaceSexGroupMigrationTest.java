package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The Form 40A rows kept before the eight groups of 46a-68-31(kk): a fresh database migrated to V13, given
 * the rows the ten-group code wrote, then migrated to the end.
 */
class RaceSexGroupMigrationTest {

    @Test // review W-6
    void theGroupsKeptApartBeforeAreCountedTogetherAsOtherMalesAndOtherFemales_46a_68_31_kk() {
        String url = "jdbc:h2:mem:race-sex-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("13").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        String plan = "Department of Social Services 2026-03-30";
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status)
                VALUES (:id, 'Department of Social Services', DATE '2026-03-30', DATE '2026-03-30', DATE '2026-03-30',
                        DATE '2026-06-28', 'UNDER_REVIEW')
                """).param("id", plan).update();
        // the review's example 2 (300 employees) as the ten-group code kept it:
        // group, Line C, Line B, Line D, Line E, conclusion, progress, parity goal, least short term goal
        List<Object[]> tenGroups = List.of(
                new Object[] {"WHITE_MALE", 150, "45.00", "135.00", "15.00", "OVERUTILIZED", "NO_PREVIOUS_PLAN", 0, 0},
                new Object[] {"WHITE_FEMALE", 120, "40.00", "120.00", "0.00", "PARITY", "NO_PREVIOUS_PLAN", 0, 0},
                new Object[] {"BLACK_MALE", 12, "4.00", "12.00", "0.00", "PARITY", "NO_PREVIOUS_PLAN", 0, 0},
                new Object[] {"BLACK_FEMALE", 10, "4.00", "12.00", "-2.00", "UNDERUTILIZED", "NO_PREVIOUS_PLAN", 2, 0},
                new Object[] {"HISPANIC_MALE", 5, "2.00", "6.00", "-1.00", "UNDERUTILIZED", "NO_PREVIOUS_PLAN", 1, 0},
                new Object[] {"HISPANIC_FEMALE", 0, "2.00", "6.00", "-6.00", "UNDERUTILIZED", "NO_PREVIOUS_PLAN", 6, 1},
                new Object[] {"ASIAN_PACIFIC_ISLANDER_MALE", 0, "1.20", "3.60", "-3.60", "UNDERUTILIZED", "IMPROVED", 4, 1},
                new Object[] {"ASIAN_PACIFIC_ISLANDER_FEMALE", 0, "1.00", "3.00", "-3.00", "UNDERUTILIZED", "IMPROVED", 3, 1},
                new Object[] {"AMERICAN_INDIAN_ALASKAN_NATIVE_MALE", 3, "0.20", "0.60", "2.40", "OVERUTILIZED", "UNCHANGED", 0, 0},
                new Object[] {"AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE", 0, "0.60", "1.80", "-1.80", "UNDERUTILIZED", "WORSENED", 2, 0});
        for (Object[] row : tenGroups) {
            jdbc.sql("""
                    INSERT INTO aa_plan_utilization (plan_id, race_sex_group, workforce, parity_percent, parity_number,
                        net_utilization, conclusion, progress, parity_goal, minimum_short_term_goal)
                    VALUES (:id, :g, :c, :b, :d, :e, :conclusion, :progress, :goal, :min)
                    """).param("id", plan).param("g", row[0]).param("c", row[1]).param("b", new BigDecimal((String) row[2]))
                    .param("d", new BigDecimal((String) row[3])).param("e", new BigDecimal((String) row[4]))
                    .param("conclusion", row[5]).param("progress", row[6]).param("goal", row[7]).param("min", row[8])
                    .update();
        }

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
        jdbc.sql("SELECT * FROM aa_plan_utilization WHERE plan_id = :id").param("id", plan).query().listOfRows()
                .forEach(r -> rows.put((String) r.get("RACE_SEX_GROUP"), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrder("WHITE_MALE", "WHITE_FEMALE", "BLACK_MALE", "BLACK_FEMALE",
                "HISPANIC_MALE", "HISPANIC_FEMALE", "OTHER_MALE", "OTHER_FEMALE");
        // "other males": 0 + 3 employed against 1.2% + 0.2%: 300 x 1.4% = 4.20 expected, shortfall 1.20, so a goal
        // of 1 and no short term minimum (0.24), where the ten groups asked for 4 Asian or Pacific Islander men
        assertThat(rows.get("OTHER_MALE")).satisfies(r -> {
            assertThat(r.get("WORKFORCE")).isEqualTo(3);
            assertThat((BigDecimal) r.get("PARITY_PERCENT")).isEqualByComparingTo("1.40");
            assertThat((BigDecimal) r.get("PARITY_NUMBER")).isEqualByComparingTo("4.20");
            assertThat((BigDecimal) r.get("NET_UTILIZATION")).isEqualByComparingTo("-1.20");
            assertThat(r.get("CONCLUSION")).isEqualTo("UNDERUTILIZED");
            assertThat(r.get("PARITY_GOAL")).isEqualTo(1);
            assertThat(r.get("MINIMUM_SHORT_TERM_GOAL")).isEqualTo(0);
            assertThat(r.get("PROGRESS")).as("improved and unchanged: improved together").isEqualTo("IMPROVED");
        });
        // "other females": 0 employed against 1.0% + 0.6%: 4.80 expected, a goal of 5 and at least 1 (0.96)
        assertThat(rows.get("OTHER_FEMALE")).satisfies(r -> {
            assertThat(r.get("WORKFORCE")).isEqualTo(0);
            assertThat((BigDecimal) r.get("PARITY_PERCENT")).isEqualByComparingTo("1.60");
            assertThat((BigDecimal) r.get("PARITY_NUMBER")).isEqualByComparingTo("4.80");
            assertThat((BigDecimal) r.get("NET_UTILIZATION")).isEqualByComparingTo("-4.80");
            assertThat(r.get("PARITY_GOAL")).isEqualTo(5);
            assertThat(r.get("MINIMUM_SHORT_TERM_GOAL")).isEqualTo(1);
            assertThat(r.get("PROGRESS")).as("improved and worsened: Line F was not kept, so no comparison")
                    .isEqualTo("NO_PREVIOUS_PLAN");
        });
        assertThat(rows.get("HISPANIC_FEMALE").get("PARITY_GOAL")).as("the other groups as they were").isEqualTo(6);
        assertThat((BigDecimal) rows.get("WHITE_MALE").get("NET_UTILIZATION")).isEqualByComparingTo("15.00");
    }

    @Test // review W-6
    void aHalfRoundsUpInTheMergedRowsAsInTheComputation_46a_68_41_d() {
        String url = "jdbc:h2:mem:race-sex-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("13").load().migrate();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        String plan = "Connecticut State Library 2026-03-30";
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status)
                VALUES (:id, 'Connecticut State Library', DATE '2026-03-30', DATE '2026-03-30', DATE '2026-03-30',
                        DATE '2026-06-28', 'UNDER_REVIEW')
                """).param("id", plan).update();
        // 100 employees; Lines D, E and the goals of the old rows do not matter: they are computed again
        Object[][] rows = {{"WHITE_MALE", 99, "96.00"}, {"ASIAN_PACIFIC_ISLANDER_MALE", 1, "1.00"},
                {"AMERICAN_INDIAN_ALASKAN_NATIVE_MALE", 0, "0.50"}, {"ASIAN_PACIFIC_ISLANDER_FEMALE", 0, "2.00"},
                {"AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE", 0, "0.50"}};
        for (Object[] row : rows) {
            jdbc.sql("""
                    INSERT INTO aa_plan_utilization (plan_id, race_sex_group, workforce, parity_percent, parity_number,
                        net_utilization, conclusion, progress, parity_goal, minimum_short_term_goal)
                    VALUES (:id, :g, :c, :b, 0, 0, 'PARITY', 'NO_PREVIOUS_PLAN', 0, 0)
                    """).param("id", plan).param("g", row[0]).param("c", row[1]).param("b", new BigDecimal((String) row[2]))
                    .update();
        }

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        // other males: 1 against 1.5%: shortfall 0.50, a goal of 1; other females: 0 against 2.5%: 2.50, so 3,
        // and one-fifth of it, 0.5, at least 1
        Map<String, Object> male = jdbc.sql("SELECT * FROM aa_plan_utilization WHERE plan_id = :id AND race_sex_group = 'OTHER_MALE'")
                .param("id", plan).query().singleRow();
        assertThat((BigDecimal) male.get("NET_UTILIZATION")).isEqualByComparingTo("-0.50");
        assertThat(male.get("PARITY_GOAL")).isEqualTo(1);
        Map<String, Object> female = jdbc.sql("SELECT * FROM aa_plan_utilization WHERE plan_id = :id AND race_sex_group = 'OTHER_FEMALE'")
                .param("id", plan).query().singleRow();
        assertThat(female.get("PARITY_GOAL")).isEqualTo(3);
        assertThat(female.get("MINIMUM_SHORT_TERM_GOAL")).isEqualTo(1);
    }
}
