package org.civilrights.workflow.planreview;

/**
 * The race/sex groups of 46a-68-31(kk): "white males, black males, Hispanic males, other males, white
 * females, black females, Hispanic females and other females". The work force, availability and
 * utilization analyses, the goals ("a short term goal for each race/sex group", 41(d)) and the four-fifths
 * rule (31(a)) count these eight. "Other" is everyone who is not white, black or Hispanic: persons of Asian
 * or Pacific Islander or of American Indian or Alaskan Native origin count there together, not as groups of
 * their own (those designations belong to the apprenticeship part, 46a-68-2(h); review W-6).
 */
public enum RaceSexGroup {
    WHITE_MALE(2), WHITE_FEMALE(3),
    BLACK_MALE(4), BLACK_FEMALE(5),
    HISPANIC_MALE(6), HISPANIC_FEMALE(7),
    OTHER_MALE(8), OTHER_FEMALE(9);

    private final int fieldNumber;

    RaceSexGroup(int fieldNumber) {
        this.fieldNumber = fieldNumber;
    }

    /** As staff write it: "White female", "Other male". */
    public String label() {
        String label = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("hispanic", "Hispanic");
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * The number of the group's fields on the form plan-utilization ({@code workforce02} to {@code workforce09}).
     * The six groups that were there before keep their numbers. Form 40A itself is not in the regulation text
     * (40(b)(2) speaks of its "Columns 2 through 11"), so this is not claimed to be its column.
     */
    public int fieldNumber() {
        return fieldNumber;
    }
}
