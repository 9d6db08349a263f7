import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6 (order): a vision or a premonition in a story told straight ahead.
 *
 * - visionCue: the flash-forward cue is a vision, a premonition or a foreseeing ("Ines has a
 *   vision of her husband in the surf", "in a premonition", "foresees"), not a cut of the film
 *   itself ("We flash forward to 2041", "The film jumps ahead"). The main pass (order.ts) ends
 *   such a block at the next paragraph that opens without a cue (or on a step forward, "That
 *   night, ...") and is not told as backstory: the vision was one scene, and the story goes on
 *   in the present from where the vision sits, so no scene moves; only the kind ends.
 * - applyVisionsShown: when the film later shows what the vision showed (a later main-line
 *   segment shares enough of its words: "the surf below the lighthouse", "his oilskin torn",
 *   "a rope"), the vision is placed just before that moment; when the moment lies in the second
 *   half of a longer scene (a whole night told in one paragraph), just after that scene. A vision
 *   never shown stays where the main pass put it.
 *
 * Negatives: "We flash forward ten years" is no vision (its block persists as before); a dream
 * is not a flash-forward cue at all (time.ts); a vision whose words no later segment shares
 * stays in place; a later segment that shares only a few common words does not tie.
 */

/** A flash-forward cue that is a vision rather than the film's own cut. */
const VISION = /\b(?:visions?|premonitions?|foresees?|foresaw|second[- ]sight)\b/i;

/** True when a flash-forward cue's text names a vision, a premonition or a foreseeing. */
export const visionCue = (cueText: string): boolean => VISION.test(cueText);

/** Later segments searched for the moment a vision shows. */
const SHOWN_WINDOW = 40;
/** Content words a later segment must share with the vision, at least. */
const MIN_SHOWN_SHARED = 5;
/** Share of the smaller word set that must be shared. */
const SHOWN_SIMILARITY = 0.25;

/** Content words a sentence must share with the vision to be where the scene shows it. */
const MIN_SENTENCE_SHARED = 2;

/**
 * True when the sentences of `seg` that share the vision's words lie, taken together, past the
 * middle of the scene's text.
 */
const lateInScene = (
  seg: Segment | undefined,
  seen: Set<string>,
  words: { text: string; of: (s: string) => Set<string> },
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): boolean => {
  if (!seg || seg.sentences.length < 2) return false;
  // The centre of the shared words: each sentence's middle weighed by what it shares.
  let weight = 0;
  let sum = 0;
  for (const r of seg.sentences) {
    const shared = similarity(seen, words.of(words.text.slice(r.start, r.end))).shared;
    if (shared < MIN_SENTENCE_SHARED) continue;
    weight += shared;
    sum += shared * ((r.start + r.end) / 2 - seg.start);
  }
  return weight > 0 && sum / weight > (seg.end - seg.start) / 2;
};

/**
 * Ties each vision to the later main-line moment that shows it (see above). `wordsOf(i)` gives
 * segment i's content words; `similarity` compares two word sets (order.ts's).
 */
export const applyVisionsShown = (
  segments: readonly Segment[],
  out: Placement[],
  wordsOf: (i: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
  words?: { text: string; of: (s: string) => Set<string> },
): void => {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const p = out[i];
    if (seg?.cue?.kind !== 'flashforward' || !p || p.kind !== 'flashforward') continue;
    if (!visionCue(seg.cue.text)) continue;
    // The vision: its segment and the rest of its paragraph still told as the vision.
    let end = i + 1;
    while (
      end < segments.length &&
      !segments[end]?.paragraphStart &&
      !segments[end]?.cue &&
      out[end]?.kind === 'flashforward'
    )
      end++;
    const seen = new Set<string>();
    for (let k = i; k < end; k++) for (const w of wordsOf(k)) seen.add(w);
    let best = -1;
    let bestScore = 0;
    const last = Math.min(segments.length, end + SHOWN_WINDOW);
    for (let j = end; j < last; j++) {
      const pj = out[j];
      if (!pj || pj.kind !== 'present') continue;
      const sim = similarity(seen, wordsOf(j));
      if (
        sim.shared >= MIN_SHOWN_SHARED &&
        sim.score >= SHOWN_SIMILARITY &&
        sim.score > bestScore
      ) {
        best = j;
        bestScore = sim.score;
      }
    }
    const shown = out[best];
    if (!shown || shown.t <= p.t) continue;
    // The moment lies late in its scene (a night told in one paragraph, what the vision showed
    // at its end): the vision goes just after the scene rather than before all of it.
    const late = words !== undefined && lateInScene(segments[best], seen, words, similarity);
    const at = late ? shown.t + STEP / 10 : shown.t - STEP / 10;
    for (let k = i; k < end; k++) {
      const pk = out[k];
      if (pk) pk.t = at + (k - i) * (STEP / 1000);
    }
  }
};
