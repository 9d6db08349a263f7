import type { Placement } from './order';
import type { Segment } from './segment';

/**
 * Part of stage 6 (order): what is told, then shown. A frame in the present hands the past to a
 * teller ("Brill tells us that he first met Ada the previous autumn, ..."), and the next sentence
 * of the paragraph says what the film shows in the present tense ("We see the two of them in her
 * cottage, playing cards ..."; "In one of the film's most beautiful scenes, they walk the
 * towpath"): the film is showing the told past, not coming back to the frame. Such a segment
 * goes on from the told segment before it, in its kind.
 *
 * Only a told past with a time of its own (its cue goes back) or a telling of two sentences or
 * more carries on: "Anna tells Tom that she lost her job. We see her walking home" is the frame.
 */

/** A sentence opening on what the film shows ("We see", "In one of the film's finest scenes,"). */
const SHOWN_OPENS =
  /^\s*(?:(?:and|then|here)\s*,?\s+)?(?:we (?:see|watch|are shown|follow)\b|the (?:film|camera) (?:shows|lingers on|watches)\b|in (?:one of )?the film['’]s (?:most |finest |best |loveliest |quietest )?(?:[\p{L}-]+ )?(?:scenes?|sequences?|moments?|shots?)\b)/iu;
/** Words that bring the frame back: a segment naming them is no part of the told past. */
const FRAME_BACK = /\b(?:back (?:in|at|to)|returns?|again|now|today|meanwhile|later)\b/i;
/** Cue kinds that give a told past its own time. */
const BACK_CUES: ReadonlySet<string> = new Set(['back', 'year', 'flashback']);
/** A hair after the told segment: the shown one follows it. */
const AFTER = 0.001;

export const applyShownTold = (text: string, segments: Segment[], out: Placement[]): void => {
  segments.forEach((seg, i) => {
    const p = out[i];
    const prev = out[i - 1];
    const told = segments[i - 1];
    if (!p || !prev || !told || seg.paragraphStart || p.kind !== 'present') return;
    if (prev.kind !== 'recounted' && prev.kind !== 'flashback') return;
    if (seg.cue !== null) return;
    const own = told.cue !== null && BACK_CUES.has(told.cue.kind);
    if (!own && told.sentences.length < 2) return;
    const first = seg.sentences[0];
    if (!first) return;
    const sentence = text.slice(first.start, first.end);
    if (!SHOWN_OPENS.test(sentence) || FRAME_BACK.test(sentence)) return;
    if (seg.tense.present <= seg.tense.past + seg.tense.perfect) return;
    p.t = prev.t + AFTER;
    p.kind = prev.kind;
  });
};
