package org.civilrights.workflow.process;

import java.time.LocalDate;

/**
 * Input no case can carry, refused wherever a person or a service enters data (security issue, items 5 and 10).
 * <ul>
 *   <li>A date before 1990 or more than ten years ahead is a typing error (year 26, year -1, 20226), not a day of a
 *       case: the filing periods are months long, and no deadline is set ten years out.</li>
 *   <li>Bidirectional control characters (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) are invisible and
 *       reorder what a reader sees: a name "Acme\u202Eniamod" reads differently on screen than in the record.</li>
 * </ul>
 */
public final class InputRules {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final int YEARS_AHEAD = 10;
    public static final String BIDI_REFUSED = " contains invisible direction-changing characters (such as U+202E): "
            + "type the text again without them";

    private InputRules() {
    }

    /** Why a date cannot be a day of a case, as the end of a sentence that begins with the field, or null. */
    public static String implausible(LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            return " is " + date + ", before 1990: check the year";
        }
        if (date.isAfter(today.plusYears(YEARS_AHEAD))) {
            return " is " + date + ", more than " + YEARS_AHEAD + " years ahead: check the year";
        }
        return null;
    }

    public static boolean hasBidiControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                    || c == '\u061C') {
                return true;
            }
        }
        return false;
    }
}
