/*
 * A date typed in a Camunda Form is the date stored, in every time zone (staff issue, item 1).
 *
 * Tasklist 7.24's form-js date field keeps its value as "YYYY-MM-DD" and reads it back with
 * Date.parse(value). The language reads a date-only ISO string as midnight UTC, so west of UTC
 * (Connecticut: UTC-5) the field shows, and then stores, the day before: typed 12/01/2026, left with
 * Tab, saved 2026-11-30. Here a date-only string is read as midnight of that calendar day in the
 * browser's own zone, which is what the field means. Only Date.parse is changed, and only for an
 * exact YYYY-MM-DD: full date-times, with or without an offset, parse as before.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const standardParse = Date.parse;

if (!standardParse.civilRightsCalendarDay) {
  const parse = function parse(text) {
    const match = typeof text === 'string' ? DATE_ONLY.exec(text) : null;
    if (!match) {
      return standardParse.call(Date, text);
    }
    const day = new Date(0);
    day.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    day.setHours(0, 0, 0, 0);
    return day.getTime();
  };
  parse.civilRightsCalendarDay = true;
  Date.parse = parse;
}

export default [];
