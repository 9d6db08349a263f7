import type { Segment } from './segment';
import { namedYear } from './time';

/**
 * Part of stage 6 (order), read by applyYearThreads (order.ts): which thread of a story told in
 * alternating years is the present when the page opens before naming any year.
 *
 * An undated opening ("The film opens with a wedding in the rain.") before "1961. ... 1974. ...
 * 1961. ... 1983." is the start of the story, not a frame told from an undated present: when the
 * dated threads hold most of the text, no cue returns to an undated present after a year ("Back
 * in the present", "Today"), and the last year named is the latest, the latest year is the
 * present and the earlier years are its past (their kind 'flashback', the latest 'present').
 *
 * Negatives: a frame that comes back ("Back in the present, Maya ...") keeps its undated present;
 * so does an undated opening that is a good share of the text (a frame told at length before the
 * first year), and a story whose last year named is not its latest (it ends in the past).
 */

/** Share of the story's characters the undated opening may hold, at most. */
const MAX_OPENING_SHARE = 0.25;

/** Words of an undated present named at the opening ("today", "the present day", "now"). */
const NAMES_NOW = /\b(?:present(?:[- ]day)?|today|nowadays|these days)\b/i;

/**
 * True when the dated threads after an undated opening carry the story forward to its latest
 * year (see above).
 */
export const datedThreadsCarry = (segments: readonly Segment[], maxYear: number): boolean => {
  const firstYear = segments.findIndex((s) => namedYear(s.cue) !== null);
  if (firstYear <= 0) return false;
  const first = segments[0];
  const lastSeg = segments[segments.length - 1];
  const at = segments[firstYear];
  if (!first || !lastSeg || !at) return false;
  const total = lastSeg.end - first.start;
  if (total <= 0 || (at.start - first.start) / total > MAX_OPENING_SHARE) return false;
  let lastYear: number | null = null;
  for (let i = 0; i < segments.length; i++) {
    const c = segments[i]?.cue;
    if (!c) continue;
    // The opening itself names its time as the present: a frame.
    if (i < firstYear && NAMES_NOW.test(c.text)) return false;
    if (i > firstYear && c.kind === 'return' && !c.toOpening) return false;
    lastYear = namedYear(c) ?? lastYear;
  }
  return lastYear === maxYear;
};
