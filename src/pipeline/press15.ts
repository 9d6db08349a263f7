/**
 * Press releases and press kits (session 15): the story a restoration, a festival or a
 * distributor's release tells in its "About the film" or synopsis part.
 *
 * Part of stage 6 (order), read by placeSegments (order.ts): a flashback that moves the telling
 * to a year ("As she speaks, the film returns to 1938.") keeps that year as its toYear only
 * (time.ts), since "returns to 1998" may name the main line's own year. When the main line is
 * dated and the year lies before it, the move is a flashback to a past year and is measured like
 * "goes back to 1939": otherwise the first flashback sat a default year back and a later one,
 * measured by its year, came before it.
 */
import { DAYS_PER_YEAR } from './text';
import type { TimeCue } from './time';

/** The past year a flashback's "returns to YEAR" names, when the main line's year is later. */
export const pastToYear = (
  cue: TimeCue,
  anchor: { year: number; t: number } | null,
  mainT: number,
): number | null => {
  if (cue.toYear === undefined || anchor === null) return null;
  const mainYear = anchor.year + Math.floor((mainT - anchor.t) / DAYS_PER_YEAR);
  return cue.toYear < mainYear - 1 ? cue.toYear : null;
};

/**
 * A frame person is back: the paragraph names someone seen only in the main line, and seen
 * there again after a flashback had been told (the frame came back once with them: "Back in the
 * nursing home, Eirik asks her ..."), while it names no one seen only in the past. "In the
 * final scenes, Marit gives Eirik the burned ledger." after the 1939 flashback is the frame:
 * only the frame knew Eirik. (Someone named first in the main line and then met in a flashback,
 * before the frame came back to them, is not counted: a flashback may meet the frame's people.)
 * `words[k]`: the lower-cased proper words of segment k; `people`: the characters' lower-cased
 * single names; `placed[k]`: whether segment k was placed on the main line.
 */
export const framePersonBack = (
  i: number,
  paragraphStart: boolean,
  words: readonly ReadonlyMap<string, number>[],
  people: ReadonlySet<string>,
  placed: readonly { kind: string }[],
): boolean => {
  if (!paragraphStart) return false;
  const own = [...(words[i]?.keys() ?? [])].filter((w) => people.has(w));
  if (own.length === 0) return false;
  const firstPast = placed.findIndex((p, k) => k < i && p.kind !== 'present');
  if (firstPast < 0) return false;
  let frameBack = false;
  for (const w of own) {
    let inPast = false;
    let inFrameAgain = false;
    let inMain = false;
    for (let k = 0; k < i; k++) {
      if (!words[k]?.has(w)) continue;
      const main = placed[k]?.kind === 'present';
      if (!main) inPast = true;
      else {
        inMain = true;
        if (k > firstPast) inFrameAgain = true;
      }
    }
    // Someone of the past alone: the paragraph is still the past's.
    if (inPast && !inMain) return false;
    if (!inPast && inFrameAgain) frameBack = true;
  }
  return frameBack;
};
