import type { TimeCue } from './time';

/** Days in a year, as order.ts counts them. */
const DAYS_PER_YEAR = 365;
/** A step after the last scene of the decade (days), as order.ts's STEP. */
const STEP = 0.01;

/**
 * Part of stage 6b (order): a decade named bare ("Back to the 90s", "The 90s again", "In the
 * seventies") is where the telling was last in that decade, not the decade's middle: when a
 * scene already placed lies in that decade (its year read from the year anchor), the decade's
 * scene goes on just after the latest of them. Gives the year to place the cue at (a fraction
 * of a year past that scene), or the cue's own year when no scene of the decade was told.
 * Shape in: the cue, the order pass's year anchor and the times of the scenes placed so far.
 */
export const decadeResumeYear = (
  cue: TimeCue,
  anchor: { year: number; t: number } | null,
  placed: readonly { t: number; kind: string }[],
): number => {
  const year = cue.year ?? 0;
  if (cue.decade === undefined || !anchor) return year;
  const lo = cue.decade;
  let latest: number | null = null;
  for (const p of placed) {
    if (p.kind === 'present') continue;
    const y = anchor.year + (p.t - anchor.t) / DAYS_PER_YEAR;
    if (y >= lo && y < lo + 10 && (latest === null || p.t > latest)) latest = p.t;
  }
  return latest === null ? year : anchor.year + (latest + STEP - anchor.t) / DAYS_PER_YEAR;
};
