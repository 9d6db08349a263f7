import type { Segment } from './segment';
import { tenseProfile } from './text';

/**
 * The day several stories share (stories.ts homeDay) is the first day of the week they name as
 * their own. In a synopsis told in the present, a day hung on a verb in the past is an earlier
 * day mentioned, not the stories' own: "Marisol, who left her rucksack on the bus on Thursday
 * evening, ... Her Friday begins at seven" shares Friday. (Told in the past, every day is.)
 */

/** Characters read back from a day's name for the verb it hangs on, within its clause. */
const CLAUSE_CHARS = 60;
/** Where a clause starts: a comma, a semicolon, a colon, a dash or a relative word. */
const CLAUSE_START = /[,;:—–]|\b(?:who|which|that|when|because|after|before|since)\b/gi;

/** True when most segments are told in the present. */
export const toldInPresent = (segments: readonly Segment[]): boolean => {
  let present = 0;
  let past = 0;
  for (const s of segments) {
    if (s.tense.present > s.tense.past) present++;
    else if (s.tense.past > s.tense.present) past++;
  }
  return present > past;
};

/**
 * True when the day named at `at` (an offset into `text`) is a past mentioned in a present-tense
 * telling: its own clause, read back from it, has a verb in the past and none in the present.
 */
export const pastDayMention = (text: string, at: number, presentTelling: boolean): boolean => {
  if (!presentTelling) return false;
  const lead = text.slice(Math.max(0, at - CLAUSE_CHARS), at);
  let from = 0;
  // (From the clause word on: "who failed" reads "failed" as the verb it is.)
  for (const m of lead.matchAll(CLAUSE_START)) from = m.index;
  // The clause holds the day's sentence only: a full stop ends the look back.
  const stop = lead.lastIndexOf('. ');
  if (stop >= from) from = stop + 2;
  const start = Math.max(0, at - CLAUSE_CHARS) + from;
  const p = tenseProfile(text, start, at);
  return p.past > 0 && p.present === 0;
};
