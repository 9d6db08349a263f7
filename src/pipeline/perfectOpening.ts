import type { Segment } from './segment';
import { firstFiniteVerb, HAD_OBJECT_WORDS } from './text';

/**
 * Part of stage 6 (order): a past told in a past-tense synopsis opens in the past perfect and
 * goes on in the simple past, as English does ("In the winter of 1994, when she was seventeen,
 * the three of them had taken the snowmobile out onto the fjord. It had been a clear night. Far
 * out the ice gave way ..."). Counted verb by verb such a stretch looks simple past; its first
 * main clause says it is backstory. order.ts reads a segment so when it opens on a dated jump
 * (a year, or a measured "years earlier") and its first main clause, past the leading phrases
 * ("In the winter of 1994,", "when she was seventeen and he was nineteen,"), is in the past
 * perfect.
 */

/** Leading phrases before the main clause: an adverbial, then subordinate clauses, each to its comma. */
const LEADING =
  /^\s*(?:(?:on|in|at|by|during|from|after|before|back|years|months|weeks|days|that|this|then|when|while|as|once|since|until|although|though|because)\b[^,:;]{0,80},\s*)/i;
/** Leading phrases read past at most this many times. */
const MAX_LEADING = 3;
/** "had" with an object ("had the keys", "had no choice") is no past perfect. */
const HAD_OBJECT = new RegExp(`^\\s*(?:${HAD_OBJECT_WORDS})\\b`, 'i');

/** True when the first main clause of `sentence` is in the past perfect. */
export const mainClausePerfect = (sentence: string): boolean => {
  let rest = sentence;
  for (let k = 0; k < MAX_LEADING; k++) {
    const next = rest.replace(LEADING, '');
    if (next === rest) break;
    rest = next;
  }
  // ("Jonas's best friend had taken": a possessive is no verb in -s.)
  const verb = firstFiniteVerb(rest.replace(/[\p{L}-]+['’]s\b/gu, 'the'));
  if (verb?.word !== 'had') return false;
  const at = /\bhad\b/i.exec(rest);
  return at !== null && !HAD_OBJECT.test(rest.slice(at.index + 3));
};

/** True when the segment opens on a past-perfect main clause (see above). */
export const opensInPerfect = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  return first !== undefined && mainClausePerfect(text.slice(first.start, first.end));
};
