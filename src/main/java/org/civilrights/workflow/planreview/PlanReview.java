package org.civilrights.workflow.planreview;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Filing, review and the commission's action on a state agency's affirmative action plan (46a-68-51 to 62). */
@Service
public class PlanReview {

    public enum Status { UNDER_REVIEW, APPROVED, DISAPPROVED, APPROVED_BY_DEFAULT }

    public record Registered(String planId, LocalDate deemedFiledOn, LocalDate defaultApprovalOn,
                             PlanDates.ReportingPeriod reportingPeriod) {
    }

    public record Plan(String planId, String agency, LocalDate dueOn, LocalDate filedOn, LocalDate deemedFiledOn,
                       LocalDate defaultApprovalOn, String missingElements, Status status, LocalDate decidedOn) {
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final Resource scheduleFile;

    PlanReview(JdbcClient jdbc, LegalCalendar calendar, OfficeClock clock,
               @Value("${plan-review.filing-schedule:classpath:planreview/filing-schedule.csv}") Resource scheduleFile) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.scheduleFile = scheduleFile;
    }

    /**
     * Appendix A as the agency keeps it, read at each use so an edited file needs no restart, with the
     * commission's decisions on the annual filing privilege (46a-68-52) applied over it.
     */
    public FilingSchedule schedule() {
        FilingSchedule schedule;
        try (InputStream csv = scheduleFile.getInputStream()) {
            schedule = FilingSchedule.read(csv);
        } catch (IOException e) {
            throw new IllegalStateException("The filing schedule cannot be read: " + scheduleFile, e);
        }
        List<Map<String, Object>> decisions = jdbc.sql("""
                SELECT agency, frequency FROM filing_privilege f WHERE id = (SELECT MAX(id) FROM filing_privilege g
                WHERE g.agency = f.agency)
                """).query().listOfRows();
        for (Map<String, Object> decision : decisions) {
            schedule = schedule.withFrequency((String) decision.get("AGENCY"),
                    PlanFrequency.valueOf((String) decision.get("FREQUENCY")));
        }
        return schedule;
    }

    /** The agency's record the commission weighs for the annual filing privilege (46a-68-52(a)(1)-(3)). */
    public String privilegeRecord(String agency) {
        StringBuilder record = new StringBuilder();
        jdbc.sql("SELECT due_on, filed_on, status FROM aa_plan WHERE LOWER(agency) = LOWER(:a) ORDER BY due_on DESC LIMIT 4")
                .param("a", agency.trim()).query().listOfRows().forEach(p -> record.append(String.format(
                        "%n- plan due %s, filed %s: %s", p.get("DUE_ON"), p.get("FILED_ON"),
                        p.get("STATUS").toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))));
        // a late report received on the first open day after a closed 30th day is marked (46a-68-53(b), 52(a)(1); legal
        // readings 2.2): the commission decides whether it was timely in fact
        jdbc.sql("""
                SELECT status, COUNT(*) AS n, SUM(CASE WHEN last_day_closed THEN 1 ELSE 0 END) AS closed
                FROM compliance_report WHERE LOWER(agency) = LOWER(:a) GROUP BY status ORDER BY status
                """)
                .param("a", agency.trim()).query().listOfRows().forEach(r -> record.append(String.format(
                        "%n- compliance summary reports %s: %s%s", r.get("STATUS").toString().toLowerCase(java.util.Locale.ROOT),
                        r.get("N"), ((Number) r.get("CLOSED")).intValue() == 0 ? "" : String.format(" (%s of them received "
                                + "on the first open day after a last day the office was closed: weigh whether timely in "
                                + "fact, 46a-68-52(a)(1))", r.get("CLOSED")))));
        return record.length() == 0 ? "No plan or report of this agency is on record." : record.toString().trim();
    }

    /**
     * 46a-68-52: after a formally approved plan (62) an agency may petition to file annually; the
     * commission grants it only on timely submissions, plans in compliance and every good faith effort
     * (a)(1)-(3), and may rescind it at any time when that level is not kept (b). Returns the agency's
     * frequency from now on.
     */
    public PlanFrequency decidePrivilege(String agency, String decision, LocalDate decidedOn, boolean timely,
                                         boolean compliant, boolean goodFaith, String reasons) {
        List<String> problems = new ArrayList<>();
        FilingSchedule.Entry entry = agency == null ? null : schedule().find(agency).orElse(null);
        if (entry == null) {
            throw new IllegalArgumentException("agency: '" + agency + "' is not in the filing schedule of Appendix A "
                    + "(46a-68-51)");
        }
        if (decidedOn == null || decidedOn.isAfter(clock.today())) {
            problems.add("privilegeDecidedOn: the day of the commission's decision is required and cannot be in the future");
        }
        PlanFrequency result = entry.frequency();
        switch (String.valueOf(decision)) {
            case "GRANT" -> {
                // 52(a) "Once the commission has formally approved an affirmative action plan pursuant to Section
                // 46a-68-62": a plan of the agency the commission approved by vote (62(a)), on or before the decision; an
                // approval by default (62(b)) is no formal approval (review W-12). Later plans, approved by default or
                // disapproved, are no bar: the commission weighs them under (a)(1)-(3), shown in the agency's record
                // (review R-8)
                Map<String, Object> approved = jdbc.sql("""
                        SELECT due_on FROM aa_plan WHERE agency = :a AND status = 'APPROVED'
                        AND (decided_on IS NULL OR decided_on <= :d) ORDER BY due_on DESC LIMIT 1
                        """).param("a", entry.agency()).param("d", decidedOn == null ? clock.today() : decidedOn)
                        .query().listOfRows().stream().findFirst().orElse(null);
                if (approved == null) {
                    problems.add("privilegeDecision: annual filing may be granted once the commission has formally approved "
                            + "a plan of the agency (46a-68-52(a), 62(a)); the commission has not formally approved a plan of "
                            + entry.agency() + " (an approval by default (62(b)) is not a formal approval)");
                }
                if (entry.frequency() != PlanFrequency.SEMIANNUAL) {
                    problems.add("privilegeDecision: " + entry.agency() + " already files " + entry.frequency()
                            .name().toLowerCase(java.util.Locale.ROOT) + " (46a-68-51, 52)");
                }
                if (!(timely && compliant && goodFaith)) {
                    problems.add("privilegeDecision: the privilege is granted on timely prior submissions, plans in "
                            + "compliance and every good faith effort to achieve the goals (46a-68-52(a)(1)-(3))");
                }
                result = PlanFrequency.ANNUAL;
            }
            case "RESCIND" -> {
                if (entry.frequency() != PlanFrequency.ANNUAL) {
                    problems.add("privilegeDecision: " + entry.agency() + " has no annual filing privilege to rescind "
                            + "(46a-68-52(b))");
                }
                if (reasons == null || reasons.isBlank()) {
                    problems.add("privilegeReasons: the failure to maintain the level of performance of 52(a) "
                            + "(46a-68-52(b))");
                }
                result = PlanFrequency.SEMIANNUAL;
            }
            case "DENY", "KEEP" -> {
            }
            default -> problems.add("privilegeDecision: grant, deny, rescind or keep (46a-68-52)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (result != entry.frequency()) {
            jdbc.sql("INSERT INTO filing_privilege (agency, frequency, decided_on, reasons) VALUES (:a, :f, :d, :r)")
                    .param("a", entry.agency()).param("f", result.name()).param("d", decidedOn).param("r", reasons)
                    .update();
        }
        return result;
    }

    /**
     * Records a filed plan. 46a-68-51: the due date must be one of the agency's scheduled dates
     * (rolled to a business day, 51(d)); 51(e): an early plan is deemed filed on its due date;
     * 62(b): the commission has 90 days from then to act.
     */
    public Registered register(String agency, LocalDate dueOn, LocalDate filedOn, String processInstanceId) {
        List<String> problems = new ArrayList<>();
        FilingSchedule.Entry entry = agency == null ? null : schedule().find(agency).orElse(null);
        if (entry == null) {
            problems.add("agency: '" + agency + "' is not in the filing schedule of Appendix A (46a-68-51)");
        }
        if (filedOn == null || filedOn.isAfter(clock.today())) {
            problems.add("filedOn: the day the plan was filed is required and cannot be in the future");
        }
        if (entry != null && dueOn != null) {
            List<LocalDate> scheduled = new ArrayList<>(FilingSchedule.dueDates(entry, dueOn.getYear(), calendar));
            scheduled.addAll(FilingSchedule.dueDates(entry, dueOn.getYear() - 1, calendar));
            if (!scheduled.contains(dueOn)) {
                problems.add("dueOn: " + dueOn + " is not a due date of " + entry.agency() + " (" + entry.frequency()
                        + ", " + entry.due() + "; 46a-68-51)");
            }
        } else if (dueOn == null) {
            problems.add("dueOn: the due date the plan answers is required (46a-68-51)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String planId = entry.agency() + " " + dueOn;
        if (jdbc.sql("SELECT COUNT(*) FROM aa_plan WHERE plan_id = :id").param("id", planId).query(Integer.class).single() > 0) {
            throw new IllegalArgumentException("dueOn: a plan of " + entry.agency() + " for " + dueOn
                    + " is already registered (46a-68-51)");
        }
        LocalDate deemed = PlanDates.deemedFiledOn(filedOn, dueOn);
        // 54: the months are counted from the date of Appendix A, not from the day 51(d) moved it to (review D-13)
        PlanDates.ReportingPeriod period = PlanDates.reportingPeriod(FilingSchedule.appendixDate(entry, dueOn, calendar)
                .orElse(dueOn), entry.frequency()).orElse(null);
        LocalDate ninetieth = calendar.lastDayUnmoved(deemed, PlanDates.DEFAULT_APPROVAL);
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status,
                    process_instance_id) VALUES (:id, :agency, :due, :filed, :deemed, :ninetieth, 'UNDER_REVIEW', :pi)
                """)
                .param("id", planId).param("agency", entry.agency()).param("due", dueOn).param("filed", filedOn)
                .param("deemed", deemed).param("ninetieth", ninetieth).param("pi", processInstanceId).update();
        if (period != null) {
            jdbc.sql("UPDATE aa_plan SET reporting_from = :f, reporting_to = :t WHERE plan_id = :id")
                    .param("f", period.from()).param("t", period.to()).param("id", planId).update();
        }
        return new Registered(planId, deemed, ninetieth, period);
    }

    /** Whether a plan of {@code agency} for the due date {@code dueOn} is registered (46a-68-51). */
    public boolean isRegistered(String agency, LocalDate dueOn) {
        return jdbc.sql("SELECT COUNT(*) FROM aa_plan WHERE LOWER(agency) = LOWER(:a) AND due_on = :d")
                .param("a", agency.trim()).param("d", dueOn).query(Integer.class).single() > 0;
    }

    /** The columns of aa_plan_unit_utilization that keep the goal lines of Form 40A (41(b), (c), (g)). */
    private static final String GOAL_COLUMNS = Form40A.Line.GOALS.stream().map(Form40A.Line::column)
            .collect(Collectors.joining(", "));

    /**
     * 46a-68-40(a): a unit's Form 40A, computed (40(b), (c), 41(d)) and kept with the plan, with the goals the plan sets
     * and the previous plan's (41). One entered before for the same unit and labor market area is replaced: staff
     * correct a Form 40A by entering it again.
     */
    public void recordUnit(String planId, Form40A form) {
        get(planId);
        deleteUnit(planId, form.unit());
        AnalysisUnit unit = form.unit();
        Form40A.Factors factors = form.factors();
        jdbc.sql("""
                INSERT INTO aa_plan_unit (plan_id, unit_kind, unit_name, labor_market_area, grand_total, actual_vacancies,
                    projected_vacancies, anticipated_hires_promotions, hire_or_promotion)
                VALUES (:id, :kind, :name, :area, :total, :actual, :projected, :anticipated, :either)
                """).param("id", planId).param("kind", unit.kind().name()).param("name", unit.name())
                .param("area", unit.laborMarketArea()).param("total", form.grandTotal())
                .param("actual", factors.actualVacancies()).param("projected", factors.projectedVacancies())
                .param("anticipated", factors.anticipatedHires()).param("either", factors.hireOrPromotion()).update();
        form.analyze().forEach((group, r) -> {
            Form40A.Column column = form.columns().get(group);
            var insert = jdbc.sql("""
                    INSERT INTO aa_plan_unit_utilization (plan_id, unit_kind, unit_name, labor_market_area, race_sex_group,
                        workforce, workforce_percent, parity_percent, parity_number, net_utilization, previous_net,
                        conclusion, progress, parity_goal, minimum_short_term_goal, lower_titles_percent, %s)
                    VALUES (:id, :kind, :name, :area, :g, :c, :a, :b, :d, :e, :f, :conclusion, :progress, :goal, :min,
                        :lower, %s)
                    """.formatted(GOAL_COLUMNS, Form40A.Line.GOALS.stream().map(l -> ":" + l.column())
                    .collect(Collectors.joining(", "))))
                    .param("id", planId).param("kind", unit.kind().name()).param("name", unit.name())
                    .param("area", unit.laborMarketArea()).param("g", group.name()).param("c", r.workforce())
                    .param("a", r.workforcePercent()).param("b", r.parityPercent()).param("d", r.parityNumber())
                    .param("e", r.netUtilization()).param("f", r.previousNet()).param("conclusion", r.conclusion().name())
                    .param("progress", r.progress().name()).param("goal", r.parityGoal())
                    .param("min", r.minimumShortTermGoal()).param("lower", column.lowerTitlesPercent());
            for (Form40A.Line line : Form40A.Line.GOALS) {
                insert = insert.param(line.column(), column.line(line));
            }
            insert.update();
        });
    }

    /** 46a-68-40(a): removes a unit's Form 40A entered by mistake. */
    public void removeUnit(String planId, AnalysisUnit unit) {
        if (deleteUnit(planId, unit) == 0) {
            throw new IllegalArgumentException(Form40A.UNIT_NAME + ": no Form 40A of " + unit.label() + " is recorded for "
                    + "this plan (46a-68-40(a))");
        }
    }

    private int deleteUnit(String planId, AnalysisUnit unit) {
        // its columns go with it (ON DELETE CASCADE)
        return jdbc.sql("""
                DELETE FROM aa_plan_unit WHERE plan_id = :id AND unit_kind = :kind AND LOWER(unit_name) = LOWER(:name)
                AND LOWER(labor_market_area) = LOWER(:area)
                """).param("id", planId).param("kind", unit.kind().name()).param("name", unit.name())
                .param("area", unit.laborMarketArea()).update();
    }

    /** The plan's Form 40A, occupational categories first, then position classifications and job titles, by name. */
    public List<Form40A> units(String planId) {
        Map<AnalysisUnit, Map<RaceSexGroup, Form40A.Column>> units = new java.util.TreeMap<>(java.util.Comparator
                .comparing(AnalysisUnit::kind).thenComparing(AnalysisUnit::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AnalysisUnit::laborMarketArea, String.CASE_INSENSITIVE_ORDER));
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT unit_kind, unit_name, labor_market_area, race_sex_group, workforce, parity_percent, previous_net,
                    lower_titles_percent, %s
                FROM aa_plan_unit_utilization WHERE plan_id = :id
                """.formatted(GOAL_COLUMNS)).param("id", planId).query().listOfRows();
        for (Map<String, Object> row : rows) {
            AnalysisUnit unit = new AnalysisUnit(AnalysisUnit.Kind.valueOf((String) row.get("UNIT_KIND")),
                    (String) row.get("UNIT_NAME"), (String) row.get("LABOR_MARKET_AREA"));
            Map<Form40A.Line, Integer> goals = new java.util.EnumMap<>(Form40A.Line.class);
            for (Form40A.Line line : Form40A.Line.GOALS) {
                goals.put(line, ((Number) row.get(line.column().toUpperCase(java.util.Locale.ROOT))).intValue());
            }
            units.computeIfAbsent(unit, u -> new java.util.EnumMap<>(RaceSexGroup.class)).put(
                    RaceSexGroup.valueOf((String) row.get("RACE_SEX_GROUP")), new Form40A.Column(
                            ((Number) row.get("WORKFORCE")).intValue(), (BigDecimal) row.get("PARITY_PERCENT"),
                            (BigDecimal) row.get("PREVIOUS_NET"), goals, (BigDecimal) row.get("LOWER_TITLES_PERCENT")));
        }
        Map<String, Form40A.Factors> factors = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT unit_kind, unit_name, labor_market_area, actual_vacancies, projected_vacancies,
                    anticipated_hires_promotions, hire_or_promotion FROM aa_plan_unit WHERE plan_id = :id
                """).param("id", planId).query().listOfRows().forEach(row -> factors.put(row.get("UNIT_KIND") + "|"
                + row.get("UNIT_NAME") + "|" + row.get("LABOR_MARKET_AREA"), new Form40A.Factors(
                integer(row.get("ACTUAL_VACANCIES")), integer(row.get("PROJECTED_VACANCIES")),
                integer(row.get("ANTICIPATED_HIRES_PROMOTIONS")), Boolean.TRUE.equals(row.get("HIRE_OR_PROMOTION")))));
        List<Form40A> forms = new ArrayList<>();
        units.forEach((unit, columns) -> forms.add(new Form40A(unit, columns, factors.get(unit.kind().name() + "|"
                + unit.name() + "|" + unit.laborMarketArea()))));
        return forms;
    }

    /**
     * 46a-68-39(a), 40(a): the analysis is made "at a minimum ... by occupational category"; the review goes on only
     * once the plan's occupational categories are entered.
     */
    public void requireOccupationalCategory(String planId) {
        if (units(planId).stream().noneMatch(f -> f.unit().kind() == AnalysisUnit.Kind.OCCUPATIONAL_CATEGORY)) {
            throw new IllegalArgumentException(Form40A.UNIT_KIND + ": the utilization analysis is made at least by "
                    + "occupational category (46a-68-39(a), 40(a)): enter the Form 40A of the plan's occupational categories "
                    + "before going on");
        }
    }

    /** The Form 40A entered so far, as the next entry shows them. */
    public String unitsEntered(String planId) {
        List<Form40A> forms = units(planId);
        return forms.isEmpty() ? "None yet." : forms.stream().map(f -> heading(f.unit()) + ", " + f.grandTotal() + " employed")
                .collect(Collectors.joining("; ")) + ".";
    }

    /**
     * 46a-68-40, 41(d), 59(b)(1): the analysis the reviewer reads, computed from every unit's Form 40A: each unit's
     * underutilized groups with their parity goal and least short term goal; the work force as a whole (the occupational
     * categories added up, {@link UtilizationAnalysis#asAWhole}), kept in aa_plan_utilization; and whether the work
     * force is in parity "considered as a whole and by occupational category".
     */
    public String recordUtilization(String planId) {
        StringBuilder summary = new StringBuilder();
        List<String> notInParity = new ArrayList<>();
        List<Map<RaceSexGroup, UtilizationAnalysis.GroupResult>> categories = new ArrayList<>();
        for (Form40A form : units(planId)) {
            Map<RaceSexGroup, UtilizationAnalysis.GroupResult> analysis = form.analyze();
            summary.append(String.format("%s, %d employed. %s%n%n", heading(form.unit()), form.grandTotal(),
                    underutilized(analysis, true)));
            if (form.unit().kind() == AnalysisUnit.Kind.OCCUPATIONAL_CATEGORY) {
                categories.add(analysis);
                underutilizedGroups(analysis).ifPresent(groups -> notInParity.add("in " + form.unit().name() + " (" + groups + ")"));
            }
        }
        jdbc.sql("DELETE FROM aa_plan_utilization WHERE plan_id = :id").param("id", planId).update();
        if (categories.isEmpty()) {
            return summary + "No occupational category is entered: the work force as a whole is not computed (46a-68-39(a)).";
        }
        Map<RaceSexGroup, UtilizationAnalysis.GroupResult> whole = UtilizationAnalysis.asAWhole(categories);
        for (UtilizationAnalysis.GroupResult r : whole.values()) {
            jdbc.sql("""
                    INSERT INTO aa_plan_utilization (plan_id, race_sex_group, workforce, parity_percent, parity_number,
                        net_utilization, conclusion, progress, parity_goal, minimum_short_term_goal)
                    VALUES (:id, :g, :c, :b, :d, :e, :conclusion, :progress, :goal, :min)
                    """)
                    .param("id", planId).param("g", r.group().name()).param("c", r.workforce())
                    .param("b", r.parityPercent()).param("d", r.parityNumber()).param("e", r.netUtilization())
                    .param("conclusion", r.conclusion().name()).param("progress", r.progress().name())
                    .param("goal", r.parityGoal()).param("min", r.minimumShortTermGoal()).update();
        }
        underutilizedGroups(whole).ifPresent(groups -> notInParity.add("as a whole (" + groups + ")"));
        summary.append(String.format("**The work force as a whole** (%s, 46a-68-59(b)(1)), %d employed. %s%n%n",
                categories.size() == 1 ? "its one occupational category" : "the " + categories.size()
                        + " occupational categories added up",
                whole.values().stream().mapToInt(UtilizationAnalysis.GroupResult::workforce).sum(), underutilized(whole, false)));
        summary.append(notInParity.isEmpty()
                ? "**Parity (46a-68-59(b)(1))**: the work force is in parity as a whole and in every occupational category."
                : "**Parity (46a-68-59(b)(1))**: the work force is not in parity: underutilized " + String.join(", ", notInParity)
                + ".");
        return summary.toString();
    }

    /** 46a-68-40(c): the underutilized groups of a Form 40A, with their goals (41(d)) when {@code goals}. */
    private static String underutilized(Map<RaceSexGroup, UtilizationAnalysis.GroupResult> analysis, boolean goals) {
        StringBuilder text = new StringBuilder();
        for (UtilizationAnalysis.GroupResult r : analysis.values()) {
            if (r.conclusion() == UtilizationAnalysis.Conclusion.UNDERUTILIZED) {
                String goal = !goals ? "" : r.parityGoal() == 0 ? " shortfall under one half: no goal;"
                        : String.format(" parity goal %d, short term goal at least %d;", r.parityGoal(), r.minimumShortTermGoal());
                text.append(String.format("%n%n- **%s**: %d employed, %s expected (Line E %s);%s %s.", r.group().label(),
                        r.workforce(), r.parityNumber().toPlainString(), r.netUtilization().toPlainString(), goal,
                        r.progress().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            }
        }
        return text.length() == 0 ? "No race/sex group is underutilized (46a-68-40(c))."
                : "Underutilized (46a-68-40(c)):" + text;
    }

    private static java.util.Optional<String> underutilizedGroups(Map<RaceSexGroup, UtilizationAnalysis.GroupResult> analysis) {
        String groups = analysis.values().stream().filter(r -> r.conclusion() == UtilizationAnalysis.Conclusion.UNDERUTILIZED)
                .map(r -> r.group().label()).collect(Collectors.joining(", "));
        return groups.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(groups);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * 46a-68-41 (review M-7): the goals of every unit checked against 41(a) to (g) ({@link GoalReview}), and the previous
     * plan's goals with what was achieved (41(g)), per unit and for the occupational categories together, which is what
     * 59(b)(2) ("has met all or substantially all of its hiring, promotion and program goals") weighs. What the
     * reviewer reads before recommending; recorded with the recommendation.
     */
    public String goalFindings(String planId) {
        StringBuilder text = new StringBuilder();
        int[] previous = new int[8]; // G, met; H, met; O, met; P, met: each group counted up to its goal
        for (Form40A form : units(planId)) {
            List<GoalReview.Finding> findings = GoalReview.findings(form, form.analyze());
            text.append("Goals of ").append(heading(form.unit())).append(" (46a-68-41):");
            text.append(findings.isEmpty() ? " no finding: the goals meet 41(a) to (g) as far as the figures show." : "");
            for (GoalReview.Finding finding : findings) {
                text.append(String.format("%n%n- %s", finding.group() == null ? finding.text()
                        : "**" + finding.group().label() + "**: " + finding.text()));
            }
            Form40A.Factors factors = form.factors();
            if (factors.stated()) {
                text.append(String.format("%n%nFactors (41(b)): %s actual and %s projected vacancies, %s anticipated hires "
                        + "and promotions.", orNotStated(factors.actualVacancies()), orNotStated(factors.projectedVacancies()),
                        orNotStated(factors.anticipatedHires())));
            }
            StringBuilder achieved = new StringBuilder();
            for (GoalReview.Achievement a : GoalReview.achievements(form).values()) {
                if (!a.hadGoals()) {
                    continue;
                }
                achieved.append(String.format("%n%n- **%s**: short term hiring goal %d, hires %d (Line K %s); long term "
                        + "hiring goal %d, hires %d (Line L %s); short term promotion goal %d, promotions %d (Line S %s); "
                        + "upward mobility goal %d, promotions %d (Line T %s).", a.group().label(), a.lineG(), a.lineI(),
                        percent(a.lineK()), a.lineH(), a.lineJ(), percent(a.lineL()), a.lineO(), a.lineQ(),
                        percent(a.lineS()), a.lineP(), a.lineR(), percent(a.lineT())));
                if (form.unit().kind() == AnalysisUnit.Kind.OCCUPATIONAL_CATEGORY) {
                    int[] lines = {a.lineG(), a.lineI(), a.lineH(), a.lineJ(), a.lineO(), a.lineQ(), a.lineP(), a.lineR()};
                    for (int i = 0; i < 8; i += 2) {
                        previous[i] += lines[i];
                        previous[i + 1] += Math.min(lines[i], lines[i + 1]);
                    }
                }
            }
            if (achieved.length() > 0) {
                text.append(String.format("%n%nThe previous plan's goals (41(g)):")).append(achieved);
            }
            text.append(String.format("%n%n"));
        }
        if (previous[0] + previous[2] + previous[4] + previous[6] == 0) {
            return text.append("No goal of a previous plan is entered for an occupational category (41(g)): 59(b)(2) has no "
                    + "figures to rest on.").toString();
        }
        return text.append(String.format("**The previous plan's goals met, the occupational categories together (41(g); "
                + "59(b)(2))**, each group counted up to its goal: short term hiring %s; long term hiring %s; short term "
                + "promotion %s; upward mobility %s.", met(previous[1], previous[0]), met(previous[3], previous[2]),
                met(previous[5], previous[4]), met(previous[7], previous[6]))).toString();
    }

    private static String orNotStated(Integer value) {
        return value == null ? "(not stated)" : value.toString();
    }

    private static String percent(BigDecimal value) {
        return value == null ? "no goal" : value.toPlainString() + "%";
    }

    private static String met(int met, int goals) {
        return goals == 0 ? "no goal" : met + " of " + goals + " (" + GoalReview.percent(met, goals).toPlainString() + "%)";
    }

    /** "**Officials** (occupational category; labor market area: Hartford)". */
    private static String heading(AnalysisUnit unit) {
        return "**" + unit.name() + "** (" + unit.kind().label() + "; labor market area: " + unit.laborMarketArea() + ")";
    }

    /**
     * 46a-68-31(a): the four-fifths rule on the plan's selection figures, kept with the plan and shown to
     * the reviewer as an indication (the regulation tempers it for small samples and atypical pools). The rates
     * are compared exactly; an indication that rests on a small sample says so (review W-8).
     */
    public String recordAdverseImpact(String planId, Map<RaceSexGroup, AdverseImpact.Selection> selections) {
        String summary;
        if (selections.isEmpty()) {
            summary = "No selection figures were entered. Where the agency has not kept full and accurate data, the "
                    + "commission may infer adverse impact from an underutilization (46a-68-31(a)).";
        } else {
            Map<RaceSexGroup, AdverseImpact.Result> results = AdverseImpact.analyze(selections);
            StringBuilder text = new StringBuilder();
            results.values().stream().filter(AdverseImpact.Result::adverseImpact).forEach(r -> text.append(String.format(
                    "%n%n- **%s**: selection rate %s%%, %s of the most favored group's rate%s", r.group().label(),
                    selectionPercent(r.rate()), r.ratioToFavored().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                    r.smallSample() ? String.format("; **small sample** (%d applicants, the most favored group %d): the "
                            + "difference may not be statistically meaningful, and may not constitute adverse impact; evidence "
                            + "over a longer period, or of the same device used elsewhere, may be considered (46a-68-31(a))", selections.get(r.group()).applicants(),
                            selections.get(r.favored()).applicants()) : "")));
            if (text.length() == 0) {
                summary = "No group's selection rate is below four-fifths of the most favored group's (46a-68-31(a)).";
            } else {
                AdverseImpact.Result favored = results.get(results.values().iterator().next().favored());
                summary = "An indication, not a finding: below four-fifths of the rate of the most favored group, "
                        + favored.group().label() + " (" + selectionPercent(favored.rate()) + "% of "
                        + selections.get(favored.group()).applicants() + " applicants), compared exactly (46a-68-31(a)):"
                        + text;
            }
        }
        jdbc.sql("UPDATE aa_plan SET adverse_impact = :a WHERE plan_id = :id").param("a", summary).param("id", planId)
                .update();
        return summary;
    }

    /** A selection rate as a percent with one decimal, for the reviewer: 0.1 is "10.0". */
    private static String selectionPercent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** 46a-68-59(b)(1)-(3): the ground on which a plan may be approved. */
    public enum Standard { PARITY, GOALS_MET, GOOD_FAITH, NONE }

    /**
     * 46a-68-61: the staff transmit a recommendation with its reasons; 59: a recommendation to approve only
     * when the plan has every required element (a) and meets (b)(1), (2) or (3), and (b)(4). The goal checks of 41
     * the staff read ({@link #goalFindings}) are recorded with it; they inform the recommendation and do not bind it
     * (41(d) "ordinarily", 41(h)).
     */
    public String recordRecommendation(String planId, String recommendation, String reasons, String standard,
                                     Boolean priorDeficienciesAddressed) {
        Plan plan = get(planId);
        List<String> problems = new ArrayList<>();
        if (!"APPROVE".equals(recommendation) && !"DISAPPROVE".equals(recommendation)) {
            problems.add("staffRecommendation: approve or disapprove (46a-68-61)");
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add("recommendationReasons: the transmittal includes the reasons for the recommendation (46a-68-61)");
        }
        Standard ground = null;
        try {
            ground = Standard.valueOf(String.valueOf(standard));
        } catch (IllegalArgumentException e) {
            problems.add("standardGoals: parity, goals met, every good faith effort, or none (46a-68-59(b))");
        }
        if (priorDeficienciesAddressed == null) {
            problems.add("priorDeficienciesAddressed: yes or no (46a-68-59(b)(4))");
        }
        boolean elements = plan.missingElements() == null || plan.missingElements().isBlank();
        boolean met = elements && ground != null && ground != Standard.NONE && Boolean.TRUE.equals(priorDeficienciesAddressed);
        if ("APPROVE".equals(recommendation) && problems.isEmpty() && !met) {
            problems.add("staffRecommendation: a plan is approved only if it has every required element (46a-68-59(a)), "
                    + "the work force is in parity, the goals were met or every good faith effort was made (59(b)(1)-(3)), "
                    + "and prior deficiencies were substantially addressed (59(b)(4))"
                    + (elements ? "" : "; missing: " + plan.missingElements()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String standardText = "59(a) " + (elements ? "all elements" : "elements missing") + "; 59(b) "
                + ground.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; 59(b)(4) prior deficiencies "
                + (priorDeficienciesAddressed ? "addressed" : "not addressed");
        jdbc.sql("""
                UPDATE aa_plan SET recommendation = :r, recommendation_reasons = :reasons, standard_of_review = :s,
                    standard_met = :met, goal_findings = :goals WHERE plan_id = :id
                """).param("r", recommendation).param("reasons", reasons).param("s", standardText).param("met", met)
                .param("goals", goalFindings(planId)).param("id", planId).update();
        return standardText;
    }

    /**
     * 46a-68-32, 38, 39(e), 59(a): the elements, and the parts of 38 and 39(e), the reviewer found missing, recorded
     * with the plan; with the methods of review used (57, 56) and the availability sources the plan names (39(e))
     * (review M-18). Returns what is missing.
     */
    public List<String> recordElements(String planId, Set<RequiredElement> present, Set<RequiredElement.Part> presentParts,
                                       Set<RequiredElement.ReviewMethod> methods, String sourcesNamed) {
        List<String> missing = RequiredElement.missing(present, presentParts);
        Set<RequiredElement.ReviewMethod> used = java.util.EnumSet.of(RequiredElement.ReviewMethod.SUBMISSION);
        used.addAll(methods);
        jdbc.sql("""
                UPDATE aa_plan SET missing_elements = :m, review_methods = :methods, availability_sources = :sources
                WHERE plan_id = :id
                """)
                .param("m", String.join("; ", missing))
                .param("methods", used.stream().map(RequiredElement.ReviewMethod::label).collect(Collectors.joining("; ")))
                .param("sources", sourcesNamed == null || sourcesNamed.isBlank() ? null : sourcesNamed.trim())
                .param("id", planId).update();
        return missing;
    }

    /**
     * 46a-68-62(a): the commission approves or disapproves by majority vote of the members present and
     * voting, within the 90 days of 62(b): the vote's date decides, not the day it is entered. 59 binds the
     * commission, but the commission, not staff, applies it (61: staff only recommend): a plan staff found
     * short of 59(a) or (b) is approved only on the commission's own finding that it meets 59 (review W-2).
     */
    public void recordVote(String planId, boolean approve, LocalDate votedOn, int votesFor, int votesAgainst,
                           boolean commissionFindsStandardMet) {
        Plan plan = get(planId);
        if (votesFor < 0 || votesAgainst < 0) {
            throw new IllegalArgumentException("votesFor, votesAgainst: the numbers of members voting for and against "
                    + "the motion are required (46a-68-62(a))");
        }
        if (votesFor <= votesAgainst) {
            throw new IllegalArgumentException("votesFor: " + votesFor + " for and " + votesAgainst + " against is no "
                    + "majority of the members present and voting, so no formal action (46a-68-62(a)); the plan stays "
                    + "before the commission and is approved by default at the end of " + plan.defaultApprovalOn()
                    + " unless it acts (62(b))");
        }
        clock.requireHappened(votedOn, "votedOn: the day of the commission's vote is required and cannot be in the future (46a-68-62(a))");
        if (votedOn.isBefore(plan.filedOn()) || votedOn.isAfter(plan.defaultApprovalOn())) {
            throw new IllegalArgumentException("votedOn: the commission acts on a filed plan within 90 days of its filing, "
                    + plan.filedOn() + " to " + plan.defaultApprovalOn() + "; after that the plan is approved by default "
                    + "(46a-68-62(b))");
        }
        Boolean standardMet = jdbc.sql("SELECT standard_met FROM aa_plan WHERE plan_id = :id").param("id", planId)
                .query(Boolean.class).optional().orElse(null);
        boolean staffFoundShort = (plan.missingElements() != null && !plan.missingElements().isBlank())
                || Boolean.FALSE.equals(standardMet);
        if (approve && staffFoundShort && !commissionFindsStandardMet) {
            throw new IllegalArgumentException("commissionFindsStandardMet: staff found the plan short of the standard of "
                    + "review (" + (plan.missingElements() == null || plan.missingElements().isBlank() ? ""
                    : "missing: " + plan.missingElements() + "; ") + "46a-68-59); to approve it, record the commission's "
                    + "own finding that the plan meets 46a-68-59 (62(a))");
        }
        decide(planId, approve ? Status.APPROVED : Status.DISAPPROVED, votedOn);
        jdbc.sql("UPDATE aa_plan SET votes_for = :f, votes_against = :a WHERE plan_id = :id").param("f", votesFor)
                .param("a", votesAgainst).param("id", planId).update();
    }

    /**
     * 46a-68-66(a): thirty days from the receipt of the notice to accept or reject the proposals; the
     * last day is not moved for a weekend or holiday (only a plan's due date is, 51(d)).
     */
    public static final LegalPeriod PROPOSALS_ANSWER = LegalPeriod.days(30);

    /**
     * 46a-68-62(c): the written notice of the commission's action, with the specific deficiencies the
     * agency must correct: required when the commission disapproved the plan ("This notice will inform the agency of
     * the specific deficiencies which must be corrected"; review D-16). When there are deficiencies, the agency has 30
     * days from its receipt of the notice to accept or reject the commission's proposals (66(a)). Returns that day, or
     * null.
     */
    public LocalDate recordNotice(String planId, String deficiencies, LocalDate receivedOn) {
        Plan plan = get(planId);
        boolean deficient = deficiencies != null && !deficiencies.isBlank();
        org.civilrights.workflow.process.RuleChecks checks = new org.civilrights.workflow.process.RuleChecks(clock);
        checks.happened(receivedOn, "noticeReceivedOn", "'Notice received by the agency on', the day the agency received "
                + "the notice (46a-68-62(c), 66(a)),");
        checks.require(deficient || plan.status() != Status.DISAPPROVED, "deficiencies: 'Deficiencies and the "
                + "commission's proposals' is required: the commission disapproved the plan, and the notice of a "
                + "disapproval informs the agency of the specific deficiencies which must be corrected (46a-68-62(c))");
        checks.orThrow();
        LocalDate due = deficient ? calendar.lastDayUnmoved(receivedOn, PROPOSALS_ANSWER) : null;
        jdbc.sql("""
                UPDATE aa_plan SET deficiencies = :d, notice_received_on = :r, proposals_answer_due_on = :due
                WHERE plan_id = :id
                """)
                .param("d", deficient ? deficiencies : null).param("r", receivedOn).param("due", due).param("id", planId)
                .update();
        return due;
    }

    /** The outcomes of the steps of 46a-68-66(a), (b) kept in aa_plan.commitment. */
    static final Set<String> COMMITMENTS = Set.of("ACCEPTED", "REJECTED", "AGREEMENT_SIGNED", "NO_AGREEMENT", "NO_MEETING",
            "NO_ANSWER");
    /** The outcomes that leave a letter of commitment to monitor (66(a): accepted proposals; 66(b): a signed agreement). */
    static final Set<String> LETTERS_OF_COMMITMENT = Set.of("ACCEPTED", "AGREEMENT_SIGNED");

    /**
     * 46a-68-66(a), (b): the agency's answer to the proposals, and after a rejection or no answer the meeting the
     * commission "may" hold: an agreement signed, no agreement, or no meeting held (review D-15). A letter of
     * commitment is monitored closely (66(c)) from the review date staff set, which is required then and not before
     * the agency received the notice of the commission's action.
     */
    public void recordCommitment(String planId, String commitment, LocalDate reviewOn) {
        org.civilrights.workflow.process.RuleChecks checks = new org.civilrights.workflow.process.RuleChecks(clock);
        checks.require(COMMITMENTS.contains(String.valueOf(commitment)), "commitment: accepted, rejected, agreement "
                + "signed, no agreement, no meeting held, or no answer (46a-68-66)");
        boolean letter = LETTERS_OF_COMMITMENT.contains(commitment);
        if (letter) {
            LocalDate noticeReceivedOn = jdbc.sql("SELECT notice_received_on FROM aa_plan WHERE plan_id = :id")
                    .param("id", planId).query(LocalDate.class).optional().orElse(null);
            checks.require(reviewOn != null, "commitmentReviewOn: 'First monitoring review on' is required: staff closely "
                    + "monitor the letter of commitment (46a-68-66(c)), from the day they set");
            checks.notBefore(reviewOn, noticeReceivedOn, "commitmentReviewOn", "the monitoring of the letter of "
                    + "commitment follows the notice of the commission's action (46a-68-62(c), 66(c))");
        }
        checks.orThrow();
        jdbc.sql("UPDATE aa_plan SET commitment = :c, commitment_review_on = :r WHERE plan_id = :id").param("c", commitment)
                .param("r", letter ? reviewOn : null).param("id", planId).update();
    }

    /**
     * 46a-68-66(c): staff monitor the letter of commitment and report an agency that fails it to the
     * commission and the Governor; with good cause shown the failure is not a failure to cooperate. While the
     * monitoring goes on (CONTINUING), staff set the next review date, later than the one just held (review D-15).
     */
    public void recordCommitmentReport(String planId, String report, LocalDate toCommission, LocalDate toGovernor,
                                       LocalDate nextReviewOn) {
        List<String> problems = new ArrayList<>();
        if (!Set.of("HONORED", "FAILED_GOOD_CAUSE", "FAILED", "CONTINUING").contains(String.valueOf(report))) {
            problems.add("commitmentReport: honored, failed with good cause, failed, or still monitored (46a-68-66(c))");
        }
        if ("FAILED".equals(report)) {
            for (var date : List.of(java.util.Map.entry("commitmentReportedOn", java.util.Optional.ofNullable(toCommission)),
                    java.util.Map.entry("governorReportedOn", java.util.Optional.ofNullable(toGovernor)))) {
                if (date.getValue().isEmpty() || date.getValue().get().isAfter(clock.today())) {
                    problems.add(date.getKey() + ": an agency that fails its letter of commitment is reported to the "
                            + "commission and the Governor (46a-68-66(c)); the day is required and cannot be in the future");
                }
            }
        }
        boolean continuing = "CONTINUING".equals(report);
        if (continuing) {
            LocalDate current = jdbc.sql("SELECT commitment_review_on FROM aa_plan WHERE plan_id = :id").param("id", planId)
                    .query(LocalDate.class).optional().orElse(null);
            if (nextReviewOn == null || (current != null && !nextReviewOn.isAfter(current))) {
                problems.add("commitmentReviewOn: 'Next monitoring review on' is required while the letter of commitment is "
                        + "monitored, and later than the review of " + current + " (46a-68-66(c))");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        boolean failed = "FAILED".equals(report);
        var update = jdbc.sql("""
                UPDATE aa_plan SET commitment_report = :r, commitment_reported_on = :c, governor_reported_on = :g
                %s WHERE plan_id = :id
                """.formatted(continuing ? ", commitment_review_on = :next" : "")).param("r", report)
                .param("c", failed ? toCommission : null).param("g", failed ? toGovernor : null).param("id", planId);
        (continuing ? update.param("next", nextReviewOn) : update).update();
    }

    /**
     * 46a-68-62(b), (c): the written notice that the plan is a "commission approved plan by default", with the
     * deficiencies noted, kept with the plan (review D-20). It is sent after the 90th day ended, never before.
     */
    public void recordDefaultNotice(String planId, LocalDate sentOn, String notes) {
        Plan plan = get(planId);
        org.civilrights.workflow.process.RuleChecks checks = new org.civilrights.workflow.process.RuleChecks(clock);
        checks.happened(sentOn, "defaultNoticeSentOn", "'Notice sent on', the day the notice of the approval by default "
                + "was sent (46a-68-62(c)),");
        checks.require(sentOn == null || sentOn.isAfter(plan.defaultApprovalOn()), "defaultNoticeSentOn: 'Notice sent "
                + "on' " + sentOn + " is not after the 90th day, " + plan.defaultApprovalOn() + ": the plan is approved by "
                + "default only when that day ends without formal action (46a-68-62(b))");
        checks.orThrow();
        jdbc.sql("UPDATE aa_plan SET default_notice_sent_on = :s, default_notice_notes = :n WHERE plan_id = :id")
                .param("s", sentOn).param("n", notes == null || notes.isBlank() ? null : notes).param("id", planId)
                .update();
    }

    /** 46a-68-62(b): no formal action within 90 days: "commission approved plan by default". */
    public void approveByDefault(String planId) {
        decide(planId, Status.APPROVED_BY_DEFAULT, get(planId).defaultApprovalOn());
    }

    private void decide(String planId, Status status, LocalDate on) {
        jdbc.sql("UPDATE aa_plan SET status = :s, decided_on = :on WHERE plan_id = :id")
                .param("s", status.name()).param("on", on).param("id", planId).update();
    }

    public Plan get(String planId) {
        return jdbc.sql("""
                SELECT plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, missing_elements, status,
                       decided_on FROM aa_plan WHERE plan_id = :id
                """)
                .param("id", planId)
                .query((rs, i) -> new Plan(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), Status.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class)))
                .optional().orElseThrow(() -> new IllegalArgumentException("No plan '" + planId + "'"));
    }
}
