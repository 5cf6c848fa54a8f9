package org.civilrights.workflow.planreview;

import java.util.Locale;
import java.util.Objects;

/**
 * What one Form 40A analyses: an occupational category, a position classification employing a significant number
 * of persons, or a job title for which a separate availability base was calculated, in one relevant labor market
 * area (46a-68-39(a), 40(a): "Such analyses shall be performed for each relevant labor market area"). A plan has at
 * least its occupational categories (39(a): "at a minimum, an analysis by occupational category"); a position
 * classification or job title lies within a category, so only the categories add up to the work force as a whole
 * (59(b)(1)). Names are compared without regard to case or surrounding spaces.
 */
public record AnalysisUnit(Kind kind, String name, String laborMarketArea) {

    /** 46a-68-39(a), 40(a). */
    public enum Kind {
        OCCUPATIONAL_CATEGORY, POSITION_CLASSIFICATION, JOB_TITLE;

        /** As staff write it: "occupational category". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public AnalysisUnit {
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNull(name, "name").trim();
        laborMarketArea = Objects.requireNonNull(laborMarketArea, "laborMarketArea").trim();
    }

    /** The same unit and labor market area, whatever the case and spaces of the names. */
    public boolean sameAs(AnalysisUnit other) {
        return kind == other.kind && name.equalsIgnoreCase(other.name)
                && laborMarketArea.equalsIgnoreCase(other.laborMarketArea);
    }

    /** As the reviewer reads it: "Officials (occupational category; labor market area: Hartford)". */
    public String label() {
        return name + " (" + kind.label() + "; labor market area: " + laborMarketArea + ")";
    }
}
