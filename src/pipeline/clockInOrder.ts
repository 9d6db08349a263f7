import type { ClockMention } from './clock';

/**
 * Part of stage 4 (order): a day told by the clock from morning to night, its hours partly
 * without their half of the day ("At six ... At a quarter past eight ... At half past ten ... At
 * nine in the evening ... At midnight"). clock.ts's clockMinutes settles each unknown half by what
 * kind of day the known times span, and an evening's known time made "six" and "a quarter past
 * eight" evening hours, so the day ran backwards and order.ts re-timed it. Here, when the times
 * can all be read in the order they are told (each unknown half the earliest that does not go back
 * before the time told before it; the small hours after an evening are the next day's), the day is
 * told in order and that reading is the one: no rewind is read where the words allow none. A known
 * time before the one told before it (a restart, "at 10 pm" after "at 11 pm") leaves the reading
 * to clockMinutes, and so does a day none of whose times has a known half (nothing then makes a
 * bare hour an evening one).
 * Shape in/out: the mentions in text order -> minutes after midnight of the first day for each
 * (null where the mention is null), or null when no reading keeps the told order.
 */

const DAY = 24 * 60;
/** Small hours read as the next day only after a time of this hour or later. */
const EVENING_FROM = 18 * 60;
/** ...and only when they lie before this hour. */
const SMALL_HOURS_UNTIL = 6 * 60;

export const clockMinutesInOrder = (
  mentions: readonly (ClockMention | null)[],
): (number | null)[] | null => {
  let prev = -Infinity;
  let unknown = 0;
  let known = 0;
  const out: (number | null)[] = [];
  for (const m of mentions) {
    if (!m) {
      out.push(null);
      continue;
    }
    let candidates: number[];
    if (m.meridiem === null && !m.fixed && m.hour >= 1 && m.hour <= 12) {
      unknown++;
      const h = m.hour % 12;
      candidates = [h * 60 + m.minute, (h + 12) * 60 + m.minute];
    } else {
      known++;
      candidates = [m.hour * 60 + m.minute];
    }
    // The same candidates on the next day: the small hours after an evening.
    const nextDay =
      prev >= EVENING_FROM
        ? candidates.filter((c) => c < SMALL_HOURS_UNTIL).map((c) => c + DAY)
        : prev >= DAY
          ? candidates.map((c) => c + DAY)
          : [];
    const pick = [...candidates, ...nextDay].filter((c) => c >= prev).sort((a, b) => a - b)[0];
    if (pick === undefined) return null;
    out.push(pick);
    prev = pick;
  }
  // Nothing to settle: clockMinutes reads known times as they are. With no time whose half of the
  // day is known, nothing pulls a bare hour into the evening, and clockMinutes' own reading (which
  // leaves "a day that began at seven" after "At 10:55" a restart) stands.
  return unknown > 0 && known > 0 ? out : null;
};
