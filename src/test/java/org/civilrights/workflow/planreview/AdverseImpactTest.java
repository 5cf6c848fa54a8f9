package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civilrights.workflow.planreview.RaceSexGroup.*;

import java.util.Map;

import org.civilrights.workflow.planreview.AdverseImpact.Result;
import org.civilrights.workflow.planreview.AdverseImpact.Selection;
import org.junit.jupiter.api.Test;

/** The four-fifths rule of 46a-68-31(a), on hand-checked selection rates. */
class AdverseImpactTest {

    @Test
    void aSelectionRateBelowFourFifthsOfTheMostFavoredGroupsIndicatesAdverseImpact_46a_68_31_a() {
        Map<RaceSexGroup, Result> results = AdverseImpact.analyze(Map.of(
                WHITE_MALE, new Selection(80, 48),        // 60%: the most favored
                BLACK_MALE, new Selection(40, 12),        // 30%: 0.5 of 60%
                HISPANIC_MALE, new Selection(20, 10),     // 50%: 0.8333
                OTHER_MALE, new Selection(25, 12),        // 48%: exactly four-fifths
                WHITE_FEMALE, new Selection(0, 0)));      // no applicants: no rate

        assertThat(results.get(WHITE_MALE).ratioToFavored()).isEqualByComparingTo("1");
        assertThat(results.get(BLACK_MALE).ratioToFavored()).isEqualByComparingTo("0.5");
        assertThat(results.get(BLACK_MALE).adverseImpact()).isTrue();
        assertThat(results.get(HISPANIC_MALE).ratioToFavored()).isEqualByComparingTo("0.8333");
        assertThat(results.get(HISPANIC_MALE).adverseImpact()).isFalse();
        assertThat(results.get(OTHER_MALE).adverseImpact()).as("not less than four-fifths").isFalse();
        assertThat(results).doesNotContainKey(WHITE_FEMALE);
    }

    @Test // review W-8, its example B
    void theRatesAreComparedExactlyWithNoRoundingBeforeTheFourFifthsTest_46a_68_31_a_43_b() {
        // 15,999 of 40,000 (0.399975) against 500 of 1,000 (0.5): 0.79995, below four-fifths; rounded to 0.8000 it passed
        Map<RaceSexGroup, Result> results = AdverseImpact.analyze(Map.of(
                WHITE_MALE, new Selection(1000, 500),
                BLACK_MALE, new Selection(40000, 15999),
                HISPANIC_MALE, new Selection(15000, 6000)));    // 0.4: exactly four-fifths, not less

        assertThat(results.get(BLACK_MALE).adverseImpact()).isTrue();
        assertThat(results.get(HISPANIC_MALE).adverseImpact()).as("exactly four-fifths is not less").isFalse();
        assertThat(results.get(BLACK_MALE).favored()).isEqualTo(WHITE_MALE);
        assertThat(results.get(BLACK_MALE).smallSample()).isFalse();
    }

    @Test // review W-8, its example A
    void anIndicationRestingOnASmallSampleSaysSo_46a_68_31_a() {
        // the most favored group is a cell of 10 applicants: "based upon small samples and ... not statistically meaningful"
        Map<RaceSexGroup, Result> results = AdverseImpact.analyze(Map.of(
                BLACK_FEMALE, new Selection(10, 3),       // 30%: the most favored
                WHITE_MALE, new Selection(120, 30),       // 25%
                WHITE_FEMALE, new Selection(90, 18)));    // 20%: 0.6667

        assertThat(results.get(BLACK_FEMALE).favored()).isEqualTo(BLACK_FEMALE);
        assertThat(results.get(WHITE_FEMALE).adverseImpact()).isTrue();
        assertThat(results.get(WHITE_FEMALE).smallSample()).as("the benchmark has fewer than 30 applicants").isTrue();
        assertThat(AdverseImpact.analyze(Map.of(WHITE_MALE, new Selection(100, 50), BLACK_MALE, new Selection(29, 5)))
                .get(BLACK_MALE).smallSample()).as("the group has fewer than 30").isTrue();
        assertThat(AdverseImpact.analyze(Map.of(WHITE_MALE, new Selection(100, 50), BLACK_MALE, new Selection(30, 5)))
                .get(BLACK_MALE).smallSample()).isFalse();
    }

    @Test
    void moreSelectedThanApplicantsIsRefused() {
        assertThatThrownBy(() -> new Selection(3, 4)).hasMessageContaining("selected");
    }
}
