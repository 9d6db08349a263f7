/**
 * Part of stage 6 (order), read by placeSegments (order.ts) at the first year a page names: is
 * that year a past told inside an undated present?
 *
 * "Ingrid is fifty-one and repairs clocks in Bergen. ... she finds a photograph of a young woman
 * on the lighthouse gallery." then "It is the winter of 1962, and the lighthouse still has a
 * keeper. Solveig, nineteen, carries the oil up the tower": the page opened undated on its own
 * people acting (two segments or more), the year's paragraph is told in the base tense with
 * other people acting, the film was made decades after that year, and the opening's people
 * come back later. A reader takes 1962 as the past of a present that is the film's own day, not
 * as the date of the whole story. The opening may name the past's people without their acting
 * ("the funeral of her mother, Solveig"): who acts tells the two lines apart.
 *
 * Negatives: a period film whose undated opening goes on with the same person acting in the
 * year's paragraph ("Jean is a baker's boy ... It is the summer of 1962, and Jean ..."); a year
 * close to the film's (a story set when it was made); a page whose opening has no one acting, or
 * a premise paragraph alone before the year; an opening whose people are never named after the
 * year (the story moved on).
 */

/** A year at least this many years before the film's is another era, not the film's own day. */
const FRAME_YEAR_GAP = 15;

/** Segments of undated opening at least: one paragraph before a year is a premise, not a frame. */
const MIN_OPENING = 2;

/** Per segment: the people acting in it (opening a sentence) and all the people it names. */
export interface SegmentPeople {
  actors: readonly ReadonlySet<string>[];
  named: readonly ReadonlySet<string>[];
}

/**
 * True when the first year named, in segment `at` (a paragraph's start in the base tense), is a
 * past inside an undated present (see above); `filmYear` is the film's release year.
 */
export const yearInsideUndatedPresent = (
  at: number,
  year: number,
  filmYear: number | null,
  people: SegmentPeople,
): boolean => {
  if (filmYear === null || at < MIN_OPENING || year > filmYear - FRAME_YEAR_GAP) return false;
  const opening = new Set<string>();
  for (let k = 0; k < at; k++) for (const p of people.actors[k] ?? []) opening.add(p);
  const own = people.actors[at];
  if (opening.size === 0 || !own || own.size === 0) return false;
  for (const p of own) if (opening.has(p)) return false;
  // The opening's people come back later.
  for (let k = at + 1; k < people.named.length; k++)
    for (const p of people.named[k] ?? []) if (opening.has(p)) return true;
  return false;
};
