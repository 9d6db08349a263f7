import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP } from './text';

/**
 * Part of stage 6 (order), a pass after the main one: a moment the film says it shows again.
 *
 * "In the last ten minutes the film finally shows us the fête again, and this time we see the
 * truth. Arthur climbs the tower behind his wife ...": a mystery's ending retells its opening
 * event truthfully. The telling names the retelling ("shows us X again", "we see the fête a
 * second time", "replays the fall", "returns to the night of the fire, and this time"), and
 * the paragraph shares the opening's own words (the fête, the tower, the scream). Such a
 * paragraph is that earlier moment told again: it sits just after the earlier telling, as a
 * flashback; what follows it keeps its own place (a "Back in the present" after it, or the
 * arrest at the vicarage, stays in the main line).
 *
 * Negatives: "Later we see the farmhouse again, now empty" (a place seen again later, sharing
 * too few of an earlier paragraph's words); "Ivy returns to the tower again" (a person going
 * back, not the film); a paragraph a cue already placed; a retelling whose
 * best match is itself a flashback (flashbacks share words by nature); a match with the
 * paragraph just before (one scene going on).
 */

/**
 * The film (or "we", watching) saying it shows a moment again: its verb, then "again" or "a
 * second time"; or it replays, rewinds to a moment. A person who "returns to the farm again" is
 * no retelling.
 */
const SHOWN_AGAIN =
  /\b(?:the (?:film|movie|story|camera|picture|narrative)|we)\b[^.;!?]{0,40}?\b(?:(?:shows?|showing|see|sees|seeing|revisits?|revisiting|returns? to|goes back to|takes us back to)\b[^.;!?]{0,60}?\b(?:again|once more|a second time|for the second time|one more time)\b|(?:replays?|rewinds? to)\b)/i;
/** Content words shared with the earlier telling, at least. */
const MIN_SHARED = 5;
/** Share of the smaller paragraph's content words shared with the earlier telling, at least. */
const MIN_SCORE = 0.2;

/**
 * Ties each paragraph that says it shows an earlier moment again to that moment (see above).
 * `wordsOf(k)` are segment k's content words; changes `out` in place.
 */
export const applyShownAgain = (
  text: string,
  segments: readonly Segment[],
  out: Placement[],
  wordsOf: (k: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): void => {
  for (let i = 2; i < segments.length; i++) {
    const seg = segments[i];
    const pi = out[i];
    if (!seg?.paragraphStart || seg.cue || pi?.kind !== 'present') continue;
    const first = seg.sentences[0];
    if (!first || !SHOWN_AGAIN.test(text.slice(first.start, first.end))) continue;
    // The paragraph's segments: this one and those that go on it.
    let end = i + 1;
    while (end < segments.length && segments[end]?.paragraphStart === false) end++;
    const words = new Set<string>();
    for (let k = i; k < end; k++) for (const w of wordsOf(k)) words.add(w);
    let best = -1;
    let bestShared = 0;
    for (let j = 0; j < i - 1; j++) {
      const pj = out[j];
      if (pj?.kind !== 'present') continue;
      const sim = similarity(words, wordsOf(j));
      if (sim.shared >= MIN_SHARED && sim.score >= MIN_SCORE && sim.shared > bestShared) {
        best = j;
        bestShared = sim.shared;
      }
    }
    const tj = best >= 0 ? out[best]?.t : undefined;
    if (tj === undefined) continue;
    for (let k = i; k < end; k++) {
      const pk = out[k];
      if (!pk) continue;
      pk.t = tj + (STEP / 100) * (k - i + 1);
      pk.kind = 'flashback';
    }
    i = end - 1;
  }
};
