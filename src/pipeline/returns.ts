import type { Segment } from './segment';
import { dropEnding, dropPossessive, tenseProfile } from './text';

/**
 * Stage 6 (order), helpers for flashbacks cued by an age or a stage of life and for the quiet
 * return from them (see ages.ts, which builds the age units, and order.ts's main pass):
 *
 * - pastAgeLead: a sentence that opens on an age or a stage of life as a time adverbial ("At
 *   seven, Gigi ...", "When he was ten, ...", "As a teenager, ...", "Years before, as a young
 *   nurse, ...") tells a time of that person's past, never the main line's present age. A
 *   description ("his ten-year-old son", "Anton, now 40, ...") is not such a lead.
 * - rememberedPast: a paragraph that opens on someone remembering a moment ("She remembers the
 *   morning she quit. It was raining, ...") and goes on in the past is a memory: told from the
 *   present, set before it, with no time of its own. "He remembers to lock the door" and a
 *   present paragraph with a habit in the past ("She used to row out every Sunday") are not.
 */

const UNITS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** An age in digits or words ("nine", "twenty-two", "45"). */
const AGE_WORD = `(?:\\d{1,3}|(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${UNITS})`;
/** A stage of life after "as a" / "when she was a". */
const STAGE =
  '(?:teenager|teen|boy|girl|child|baby|toddler|student|schoolboy|schoolgirl|young [a-z]+)';
/** A sentence's start (the text's start, or after a sentence's end and white space). */
const SENTENCE_START = `(?:^|[.!?]["”’)]?\\s+)`;

const PAST_AGE_LEAD = new RegExp(
  `${SENTENCE_START}(?:` +
    // "At seven, Gigi"; "Aged twelve, Mia"; "At the age of nine, Tom"
    `(?:At|Aged)\\s+(?:the\\s+age\\s+of\\s+)?${AGE_WORD},` +
    // "When he was ten, ..."; "When she was a teenager, ..."
    `|When\\s+(?:he|she|they|\\p{Lu}\\p{Ll}+)\\s+(?:was|were)\\s+(?:${AGE_WORD}|an?\\s+${STAGE})\\b` +
    // "As a teenager, Hanne ..."; "As a young nurse, she ..."
    `|As\\s+an?\\s+${STAGE}\\b[^.,;:!?]{0,40},` +
    // "Years before, as a young nurse in Hamburg, ..."; "Decades earlier, when she was ..."
    `|(?:Years|Decades|Long|Many years|Some years)\\s+(?:before|earlier|ago),\\s+(?:as\\s+an?|when|at)\\s` +
    `)`,
  'u',
);
/** Cheap test before the pattern: the words one of the leads needs. */
const LEAD_HINT = /\b(?:At|Aged|When|As|Years|Decades|Long|Many|Some)\b/;

/** True when a sentence of `s` opens on an age or a stage of life as a time (see above). */
export const pastAgeLead = (s: string): boolean => {
  return LEAD_HINT.test(s) && PAST_AGE_LEAD.test(s);
};

/** "Hanne remembers the day ...", "The old man recalls the night ...", "She remembers how ...". */
const REMEMBERS =
  /^(?:[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?|[Ss]he|He|They|The (?:old|young) (?:man|woman)|(?:His|Her) (?:mother|father|wife|husband))\s+(?:still\s+|often\s+|suddenly\s+|then\s+)?(?:remembers|recalls)\s+(?:(?:the|that|a|one)\s+(?:(?:first|last|cold|hot|wet|same)\s+)?(?:day|night|morning|evening|afternoon|summer|winter|spring|autumn|time|moment|week|year|hour)\b|when\s|how\s)/u;

/** Memory words a paragraph must have before the pattern runs. */
const REMEMBER_HINT = /\b(?:remembers|recalls)\b/;

/**
 * True when the segment opens a paragraph on someone remembering a moment and the rest of it is
 * told in the past (see above).
 */
export const rememberedPast = (text: string, seg: Segment): boolean => {
  if (!seg.paragraphStart) return false;
  const first = seg.sentences[0];
  if (!first) return false;
  const opening = text.slice(first.start, first.end);
  if (!REMEMBER_HINT.test(opening) || !REMEMBERS.test(opening)) return false;
  // What is remembered is told in the past: the rest of the opening sentence and the sentences
  // after it (a present aside of the reviewer's may follow).
  const m = REMEMBER_HINT.exec(opening);
  const from = first.start + (m ? m.index + m[0].length : 0);
  const p = tenseProfile(text, from, seg.end);
  return p.past > 0 && p.past >= p.present;
};

/** Words too common to tie a sentence to one time of the story. */
const COMMON = new Set(
  (
    'that this these those there then than when while with from into onto over under about after ' +
    'before again also just only very more most some much many what where which whom they them ' +
    'their your have been being were does done tells told asks says said goes gets takes sees ' +
    'finds makes comes looks gives knows thinks wants first last next other same time times year ' +
    'years day days night morning evening film scene story never always still even around'
  ).split(' '),
);

/** The content words of a stretch of text (four letters or more, common ones and `skip` left out). */
export const timeWords = (s: string, skip: ReadonlySet<string> = new Set()): Set<string> => {
  const out = new Set<string>();
  for (const raw of s.toLowerCase().match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []) {
    const w = dropPossessive(raw);
    if (COMMON.has(w) || skip.has(w)) continue;
    out.add(dropEnding(w));
  }
  return out;
};

/**
 * The words of a sentence that point at something already known: the noun of a definite "the"
 * ("The storm arrives", "at the end of the week") and capitalised words past the sentence's first
 * (a place: "fails across Nordholm"). "A shelter", "a month" are new things, not evidence.
 */
export const knownThings = (s: string, skip: ReadonlySet<string> = new Set()): Set<string> => {
  const out = new Set<string>();
  for (const m of s.matchAll(
    /(?:\b[Tt]he\s+(\p{L}[\p{L}'’-]{2,}))|(?<=[\s(])(\p{Lu}[\p{L}'’-]{3,})/gu,
  )) {
    const w = dropPossessive((m[1] ?? m[2] ?? '').toLowerCase());
    if (!w || COMMON.has(w) || skip.has(w)) continue;
    out.add(dropEnding(w));
  }
  return out;
};

/** The young self of an age-cued flashback named by what they are ("the boy"), as knownThings reads it. */
const YOUNG_SELF = ['boy', 'girl', 'child', 'children', 'kid', 'teenager', 'youngster'].map(
  dropEnding,
);

/**
 * True when a sentence's known things (see knownThings) are the main line's and none is the
 * flashback's it follows ("The storm arrives on schedule." after a childhood memory, when the storm was
 * forecast in the opening): the main line's things coming back, a return without a cue.
 */
export const mainLineWordsBack = (
  sentence: ReadonlySet<string>,
  mainWords: ReadonlySet<string>,
  pastWords: ReadonlySet<string>,
): boolean => {
  // "...and the boy sleeps on the flour sacks": the flashback's young self, still there.
  for (const w of YOUNG_SELF) if (sentence.has(w)) return false;
  let main = 0;
  for (const w of sentence) {
    const inMain = mainWords.has(w);
    const inPast = pastWords.has(w);
    if (inPast && !inMain) return false;
    if (inMain && !inPast) main++;
  }
  return main > 0;
};
