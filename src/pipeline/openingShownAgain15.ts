import type { Segment } from './segment';
import type { Placement } from './order';

/**
 * Part of stage 6 (order), a last pass: an opening the film shows again in its place. A page says
 * the film opens on a moment ("The film opened on a frozen estuary at dawn", "The movie begins
 * with ...") and later says the story has reached it, in words the return cues do not read:
 * "This time the film showed the whole scene it had opened with", "we see the opening scene
 * again", "the film plays the shot it began on in full". The opening paragraph is that later
 * moment: it moves to the segment that shows it again, before or after it as that segment tells
 * more before the words or after their sentence.
 * Negatives: an opening that is not said to open the film, or one already placed ahead by the
 * reading before (a teaser the return cues tied), moves nothing; "the scene opens with" (not
 * the film's opening) is no such return.
 * Shape: applyOpeningShownAgain(text, segments, out) adjusts `out` (t and kind) in place.
 */

/** "The film opened on", "the movie begins with": the paragraph that says it opens the film. */
const OPENS_FILM =
  /\b(?:film|movie|story|picture)\s+(?:opens|opened|begins|began|starts|started)\s+(?:on|with|in|at)\b/i;
/** "the whole scene it had opened with", "the opening scene again". */
const SHOWN_AGAIN =
  /\b(?:shows?|showed|shown|plays?|played|replays?|replayed|repeats?|repeated|sees?|saw|see|reaches|reached|returns? to|returned to)\s+(?:us\s+)?(?:again\s+)?(?:the|its)\s+(?:(?:whole|full|entire|complete|same)\s+)?(?:scene|image|shot|moment|sequence)\s+(?:that\s+)?(?:it|the film|the movie|the story|we)\s+(?:had\s+)?(?:opened|began|begun|started)\s+(?:with|on)\b|\b(?:the|its)\s+opening\s+(?:scene|image|shot|sequence|moment)\s+(?:again|in full|once more|is replayed|is repeated|was replayed|was repeated)\b/i;
/** How many of the first segments may hold the opening. */
const OPENING_SEARCH = 3;

export const applyOpeningShownAgain = (
  text: string,
  segments: Segment[],
  out: Placement[],
): void => {
  const opening = segments
    .slice(0, OPENING_SEARCH)
    .findIndex((s) => OPENS_FILM.test(text.slice(s.start, Math.min(s.end, s.start + 120))));
  const first = out[opening];
  if (opening < 0 || !first || first.kind === 'flashforward') return;
  // The opening paragraph: the segments up to the next paragraph.
  const run = [opening];
  for (let j = opening + 1; j < segments.length && !segments[j]?.paragraphStart; j++) run.push(j);
  const afterRun = run[run.length - 1]! + 1;
  for (let i = afterRun + 1; i < segments.length; i++) {
    const seg = segments[i];
    const at = out[i];
    if (!seg || !at) continue;
    const m = SHOWN_AGAIN.exec(text.slice(seg.start, seg.end));
    if (!m) continue;
    // Already placed after the moment it is shown at: nothing to do.
    if (run.some((j) => (out[j]?.t ?? 0) >= at.t)) return;
    const cueAt = seg.start + m.index;
    const sentence = seg.sentences.find((r) => r.start <= cueAt && cueAt < r.end);
    const before = cueAt - seg.start;
    const after = seg.end - (sentence?.end ?? cueAt);
    const others = out.filter((_, k) => !run.includes(k)).map((p) => p.t);
    let lo: number;
    let hi: number;
    if (before > after) {
      lo = at.t;
      hi = Math.min(...others.filter((t) => t > at.t), at.t + 0.01);
    } else {
      hi = at.t;
      lo = Math.max(...others.filter((t) => t < at.t), at.t - 0.01);
    }
    run.forEach((j, k) => {
      const p = out[j];
      if (!p) return;
      p.t = lo + ((k + 1) * (hi - lo)) / (run.length + 1);
      p.kind = 'flashforward';
    });
    return;
  }
};
