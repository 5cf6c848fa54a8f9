package org.civilrights.workflow.planreview;

/**
 * The race/sex groups of the work force and availability analyses, in the order of the columns of
 * Forms 38A and 40A (columns 2 to 11; column 1 is the total). Designations of 46a-68-31.
 */
public enum RaceSexGroup {
    WHITE_MALE(2), WHITE_FEMALE(3),
    BLACK_MALE(4), BLACK_FEMALE(5),
    HISPANIC_MALE(6), HISPANIC_FEMALE(7),
    ASIAN_PACIFIC_ISLANDER_MALE(8), ASIAN_PACIFIC_ISLANDER_FEMALE(9),
    AMERICAN_INDIAN_ALASKAN_NATIVE_MALE(10), AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE(11);

    private final int column;

    RaceSexGroup(int column) {
        this.column = column;
    }

    /** As staff write it: "White female", "American Indian or Alaskan Native male". */
    public String label() {
        String name = name().toLowerCase(java.util.Locale.ROOT)
                .replace("asian_pacific_islander", "asian or pacific islander")
                .replace("american_indian_alaskan_native", "american indian or alaskan native")
                .replace('_', ' ');
        String label = name.replace("american indian", "American Indian").replace("alaskan native", "Alaskan Native")
                .replace("pacific islander", "Pacific Islander").replace("asian", "Asian")
                .replace("hispanic", "Hispanic").replace("black", "Black").replace("white", "White");
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The column of Form 40A. */
    public int column() {
        return column;
    }
}
