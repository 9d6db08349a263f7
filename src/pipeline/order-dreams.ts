import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6b (order): a dream that comes true. A dream is no flash-forward by itself
 * (time.ts: it stays where it is dreamt), but when the telling later says that what happens is
 * what was dreamt ("Everything happened as it had in her dream", "just as he had dreamed it",
 * "Her dream comes true"), the dream showed that moment: its segments (the paragraph opening
 * on the dream: "In her dream the tower folded inward ...", up to the waking) are placed just
 * before the segment that says so, as a flash-forward, like a vision shown (visions.ts).
 * Negatives: a dream nothing later fulfils stays where it is dreamt; a dream told as past
 * ("She had dreamed of the sea since she was a girl") is no scene of its own.
 * Shape: applyDreamsComeTrue(text, segments, out) adjusts `out` (t and kind) in place.
 */

/** A paragraph's first sentence telling a dream: "In her dream ...", "That night Wren dreams that". */
const DREAM_OPENS =
  /^(?:(?:that|this|the same|one) (?:night|evening),? )?(?:in (?:her|his|their|a|the|one) (?:\w+ )?(?:dream|nightmare)\b|(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:dreams|dreamed|dreamt|has a (?:\w+ )?(?:dream|nightmare)|had a (?:\w+ )?(?:dream|nightmare))\b)/iu;
/** A later sentence saying the dream came true. */
const COMES_TRUE =
  /\b(?:as (?:it had |she had seen it |he had seen it |they had seen it )?in (?:her|his|their|the) (?:dream|nightmare)|(?:just )?as (?:she|he|they) had (?:dreamed|dreamt|seen in (?:her|his|their) (?:dream|sleep))|(?:her|his|their|the) (?:dream|nightmare) (?:comes|came|has come|had come) true)\b/i;
/** A sentence that ends the dream: waking. */
const WAKES = /\b(?:wakes?|woke|waking|awakes?|awoke|jolts? awake|sits? up in bed)\b/i;
/** Segments searched after a dream for the one that fulfils it. */
const WINDOW = 40;

export const applyDreamsComeTrue = (text: string, segments: Segment[], out: Placement[]): void => {
  const first = (k: number): string => {
    const r = segments[k]?.sentences[0];
    return r ? text.slice(r.start, Math.min(r.end, r.start + 160)) : '';
  };
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (!seg?.paragraphStart || !DREAM_OPENS.test(first(i))) continue;
    // The dream: its paragraph, up to a segment that wakes.
    let end = i + 1;
    while (end < segments.length && !segments[end]?.paragraphStart && !WAKES.test(first(end)))
      end++;
    // The segment that says the dream came true.
    let at = -1;
    for (let k = end; k < Math.min(segments.length, end + WINDOW) && at < 0; k++) {
      const sg = segments[k];
      if (sg?.sentences.some((r) => COMES_TRUE.test(text.slice(r.start, r.end)))) at = k;
    }
    const target = out[at];
    if (!target) continue;
    const n = end - i;
    for (let k = i; k < end; k++) {
      const p = out[k];
      if (!p) continue;
      p.t = target.t - ((n - (k - i)) * STEP) / 10;
      p.kind = 'flashforward';
    }
    i = end - 1;
  }
};
