import type { Segment } from './segment';
import type { SeriesMark } from './series';
import { parseOrdinal } from './series';
import { NUMBER_WORDS } from './text';

/**
 * Loops counted in talk, part of stage 6 (time): a video recap or a chatty review tells a time
 * loop as "So this is loop two", "Back on the ferry, loop number three.", "Loop number four is my
 * favourite part", "This is the first loop, though he doesn't know it". The count is said anywhere
 * in the paragraph, not only in its opening, but it must be said of the loop being told: the
 * sentence opens on it (after a timestamp, "So", "Okay", a short scene-setting phrase, or "this
 * is"); "The third time around" counts too. Not "he remembers loop two", "unlike in loop two", "for the first loop in a while", nor a
 * loop that is not counted ("he wakes up again").
 * Shape: spokenLoopMark(text, seg) -> SeriesMark ({ unit: 'loop', n }) or null; series.ts reads
 * it where a segment's opening names no series.
 */

/** A loop with its count: "loop two", "loop number three", "loop #4", "the fifth loop". */
const COUNTED_LOOP =
  /\b(?:(?:time )?loop (?:number |no\.? |#)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b(?! (?:of|more|or|and|times?|minutes?|hours?)\b)|(?:the|his|her|their) ((?:\d{1,3}(?:st|nd|rd|th))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (?:(?:time )?loop\b|time (?:around|through)\b))/gi;
/**
 * What may stand before the count in its sentence: a timestamp ("[04:22]"), talk fillers ("So",
 * "Okay", "And then"), one short scene-setting phrase with its comma ("Back on the ferry,"), and
 * "this is" / "we're in" with "the"; nothing else.
 */
const SAID_OF_THIS_LOOP =
  /^(?:\[[\d:]+\]\s*)?(?:(?:so|and|okay|ok|right|now|then|basically|alright|anyway|well)[ ,]+)*(?:[^,.;]{1,30},\s*)?(?:(?:so|and|okay|now|then)[ ,]+)*(?:(?:this|that|it|we|we're|we’re|we are) ?(?:is|'s|’s|are|re|’re)? ?(?:now |basically |officially )?(?:in |into |on )?)?(?:the |his |her |their )?$/i;
/** Sentence breaks before a match: the count's sentence starts after the last of them. */
const SENTENCE_END = /[.!?]\s+(?=\S)/g;

/** The count of a loop a segment says it is telling, or null. */
export const spokenLoopMark = (text: string, seg: Segment): SeriesMark | null => {
  const body = text.slice(seg.start, seg.end);
  if (!/loop|time (?:around|through)/i.test(body)) return null;
  for (const m of body.matchAll(COUNTED_LOOP)) {
    const at = m.index ?? 0;
    const before = body.slice(0, at);
    let from = 0;
    for (const e of before.matchAll(SENTENCE_END)) from = (e.index ?? 0) + e[0].length;
    if (!SAID_OF_THIS_LOOP.test(before.slice(from))) continue;
    const word = (m[1] ?? '').toLowerCase();
    const n = m[1]
      ? /^\d+$/.test(word)
        ? Number(word)
        : (NUMBER_WORDS[word] ?? null)
      : parseOrdinal(m[2] ?? '');
    if (typeof n === 'number' && n > 0) return { unit: 'loop', n };
  }
  return null;
};
