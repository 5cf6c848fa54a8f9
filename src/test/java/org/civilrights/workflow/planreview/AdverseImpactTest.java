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

    @Test
    void moreSelectedThanApplicantsIsRefused() {
        assertThatThrownBy(() -> new Selection(3, 4)).hasMessageContaining("selected");
    }
}
