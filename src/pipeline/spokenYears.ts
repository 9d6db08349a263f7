import type { Placement } from './order';
import type { Segment } from './segment';
import { namedYear } from './time';
import { toldYearCue } from './toldYears';
import { STEP } from './text';

/**
 * Stage 6b, order (a pass after the main one): speakers who each tell one year of a life.
 *
 * A past-tense synopsis of a funeral, a wake, a trial or a reunion where one speaker after another
 * tells a different year ("He told the congregation about the day in 1956 when ...", "His sister
 * took the mourners back to 1911", "Ada said that in March 1944 ..."): each telling runs from its
 * sentence to the end of its paragraph, at the year it names (the main pass dates it; a "Two
 * years later, he said" inside it stays with it). Everything else is the frame (the speakers
 * rising, a walk-out, the graveside), which the main pass may have left inside a telling that ran
 * on into the next paragraph, or sent back by a past perfect: it is put back in text order, after
 * every year told.
 * Only with three or more tellings that name their year, in a past-tense synopsis.
 * Shape: applySpokenYears(text, segments, out) -> true when it re-timed the frame.
 */

/** Tellings that name their year, needed before the page is read this way. */
const MIN_TELLINGS = 3;
/**
 * "took the mourners back to 1911", "carried them back to the winter of 1947": a speaker taking
 * the listeners to a year (the words up to the cue's end).
 */
const TAKES_BACK =
  /\b(?:took|takes|carried|carries|brought|brings)\s+(?:the\s+[\p{Ll}-]+|them|us|everyone|the\s+whole\s+[\p{Ll}-]+)\s+back\s+to\s+(?:the\s+[\p{Ll}]+\s+of\s+)?(?:\p{L}+\s+)?\d{4}$/u;

/** True when segment `seg` opens with a speaker telling the year its cue names. */
const opensTelling = (text: string, seg: Segment): boolean => {
  const cue = seg.cue;
  if (namedYear(cue) === null || !cue) return false;
  const first = seg.sentences[0];
  if (!first || cue.start < first.start || cue.start >= first.end) return false;
  return toldYearCue(text, first) !== null || TAKES_BACK.test(text.slice(first.start, cue.end));
};

export const applySpokenYears = (text: string, segments: Segment[], out: Placement[]): boolean => {
  let past = 0;
  let present = 0;
  for (const s of segments) {
    if (s.tense.past > s.tense.present) past++;
    else if (s.tense.present > s.tense.past) present++;
  }
  if (past <= present) return false;
  // Each telling: its segment and the rest of its paragraph.
  const told = new Array<boolean>(segments.length).fill(false);
  let tellings = 0;
  const years = new Set<number>();
  segments.forEach((seg, i) => {
    if (!opensTelling(text, seg)) return;
    tellings++;
    years.add(namedYear(seg.cue) ?? 0);
    for (let k = i; k < segments.length && (k === i || !segments[k]?.paragraphStart); k++)
      told[k] = true;
  });
  if (tellings < MIN_TELLINGS || years.size < MIN_TELLINGS) return false;
  // Every telling lies before the frame: the frame starts after the latest of them.
  let latest = -Infinity;
  out.forEach((p, i) => {
    if (told[i]) latest = Math.max(latest, p.t);
  });
  const firstFrame = out.find((p, i) => !told[i] && p.kind === 'present');
  let t = Math.max(latest + STEP, firstFrame?.t ?? latest + STEP);
  let changed = false;
  out.forEach((p, i) => {
    if (told[i]) return;
    if (p.t !== t || p.kind !== 'present') changed = true;
    p.t = t;
    p.kind = 'present';
    t += STEP;
  });
  return changed;
};
