import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6b (order): a rewind in the middle of a film that catches up with the moment it
 * left. The first part runs forwards to a moment (a police car on the farm track), a jump back
 * ("SIX MONTHS EARLIER") follows someone else forwards from then, and a later paragraph arrives
 * at that moment again ("And we catch up: the police car on the farm track again"). The catch-up
 * is the moment it retells, and what follows goes on from there; a paragraph of the rewound part
 * that shows a scene of the first part again from its side ("shows the bread coming up the
 * ladder again, from the loft") arrives just before that scene.
 * A moment is retold when the paragraph says so (catch up, again, once more, the same, this time)
 * and shares enough content words with it.
 * Shape: applyRewindCatchUp(segments, out, words) adjusts `out` (t and kind) in place.
 */

/** Words that say a moment is met again. */
const AGAIN =
  /\b(?:catch(?:es|ing)? up|caught up|again|once more|the same|this time|from the other side)\b/i;
/** How far after the rewind its catch-up may come, in segments. */
const WINDOW = 12;
const MIN_SHARED = 5;
const MIN_SCORE = 0.25;

type Words = (i: number) => Set<string>;

const shares = (a: Set<string>, b: Set<string>): boolean => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const denom = Math.min(a.size, b.size);
  return shared >= MIN_SHARED && denom > 0 && shared / denom >= MIN_SCORE;
};

/** How many words `a` shares with `b`. */
const sharedCount = (a: Set<string>, b: Set<string>): number => {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
};

export const applyRewindCatchUp = (
  text: string,
  segments: Segment[],
  out: Placement[],
  words: Words,
): void => {
  const r = segments.findIndex(
    (s, i) =>
      i >= 2 &&
      s.cue?.kind === 'back' &&
      s.cue.days !== null &&
      s.cue.days <= -1 &&
      out[i]?.kind !== 'present' &&
      out[i - 1]?.kind === 'present',
  );
  if (r < 0) return;
  const m = r - 1;
  const moment = out[m];
  if (!moment) return;
  const says = (k: number): boolean => {
    const s = segments[k];
    return s !== undefined && AGAIN.test(text.slice(s.start, s.end));
  };
  // The catch-up: a later paragraph that meets the moment the rewind left from.
  let c = -1;
  for (let k = r + 1; k < Math.min(segments.length, r + WINDOW); k++) {
    const s = segments[k];
    if (!s || (s.cue && s.cue.kind !== 'forward')) break;
    if (s.paragraphStart && says(k) && shares(words(k), words(m))) {
      c = k;
      break;
    }
  }
  if (c < 0) return;
  // Everything from the rewind to the catch-up was placed before the moment.
  for (let k = r; k < c; k++) if ((out[k]?.t ?? Infinity) >= moment.t) return;
  // A paragraph of the rewound part that shows a scene of the first part again arrives just
  // before it; the scenes it was matched to come in their order.
  let after = -1;
  for (let k = r + 1; k < c; k++) {
    if (!segments[k]?.paragraphStart || !says(k)) continue;
    let best = -1;
    let bestShared = 0;
    for (let j = after + 1; j < m; j++) {
      if (out[j]?.kind !== 'present' || !shares(words(k), words(j))) continue;
      const n = sharedCount(words(k), words(j));
      if (n > bestShared) {
        best = j;
        bestShared = n;
      }
    }
    const p = out[k];
    const met = out[best];
    if (best < 0 || !p || !met) continue;
    p.t = met.t - STEP / 10;
    p.kind = 'present';
    // The rest of its paragraph goes with it.
    for (let q = k + 1; q < c && !segments[q]?.paragraphStart; q++) {
      const pq = out[q];
      if (pq) pq.t = p.t + ((q - k) * STEP) / 100;
    }
    after = best;
  }
  // The catch-up is the moment, and what the rewind left in the past after it goes on from there.
  const caught = out[c];
  if (!caught) return;
  caught.t = moment.t + STEP / 10;
  caught.kind = 'present';
  for (let k = c + 1; k < segments.length; k++) {
    const p = out[k];
    if (!p || p.t > caught.t || segments[k]?.cue) break;
    p.t = caught.t + ((k - c) * STEP) / 100;
    p.kind = 'present';
  }
};
