import type { Segment } from './segment';
import { NUMBER_WORDS } from './text';
import { spokenLoopMark } from './spokenLoops';

/**
 * Numbered repetitions, part of stage 6 (time): a film that counts its days or loops ("the
 * first Monday", "by the fifth Monday", "around the twentieth loop", "Loop 212", "Day 3") tells
 * where each scene sits in its series by that number, whatever order the telling takes (a
 * time-loop film that opens on its forty-first day and goes back to the first). order.ts
 * re-times the numbered scenes by it (applySeries there).
 * Shape out: one SeriesMark (the number) or null per segment.
 */

const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

/** "fifth" 5, "forty-first" 41, "212th" 212, "a hundredth" 100; else null. */
export const parseOrdinal = (word: string): number | null => {
  const w = word.toLowerCase().replace(/^an? /, '');
  const digits = /^(\d{1,4})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const single = ORDINAL_UNITS[w];
  if (single !== undefined) return single;
  const [tens, unit] = w.split(/[- ]/);
  // "forty-first": a number word of tens (twenty to ninety), then an ordinal below ten.
  const t = NUMBER_WORDS[tens ?? ''];
  const u = ORDINAL_UNITS[unit ?? ''];
  const isTens = typeof t === 'number' && t >= 20 && t < 100 && t % 10 === 0;
  return isTens && u !== undefined && u < 10 ? t + u : null;
};

const ORDINAL_WORD =
  '(?:\\d{1,4}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)';
/** What a series counts: the same day lived again, or the days of an ordeal. */
const SERIES_UNIT =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|loop|iteration|cycle|reset|repetition|morning)s?';
/** "the fifth Monday", "his forty-first loop": the ordinal before the unit. */
const ORDINAL_BEFORE = new RegExp(
  `\\b(?:the|his|her|their|its|my|our|a) (${ORDINAL_WORD})(?: (?:and|&) (?:last|final))? (${SERIES_UNIT})\\b`,
  'i',
);
/**
 * "On what turns out to be the final loop", "the last Tuesday": the end of a day lived again,
 * after every numbered one (a loop's units only; "the last day of school" counts nothing).
 */
const FINAL_OF_LOOP =
  /\b(?:the|his|her|their|its) (?:very )?(?:final|last) (loop|iteration|cycle|repetition|reset|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:of|before|after|in|that|when|on)\b)/i;
/** A final mark's number until the series' highest is known. */
const FINAL = Number.POSITIVE_INFINITY;

/** "Loop 212", "Day 3", "loop #41": the unit with its number (a capital or a heading's form). */
const NUMBER_AFTER = /\b(loop|iteration|cycle|day|reset) #?(\d{1,4})\b(?![:.,]?\d)/i;
/** "Loop one.", "On day three": a unit counted in words, as a heading or after a preposition. */
const WORDS_AFTER =
  /(?:^|\b(?:on|in|by|during) )(loop|iteration|cycle|day|reset) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! (?:of|more|or|and|\w+s)\b)/i;
/** "for the first time", "the first day of school": ordinals that count nothing of the story. */
const NOT_A_SERIES = /\bfor the (?:\w+ )?$|\b(?:of|at|in) the$/i;
/** An ordinal this far into its sentence still opens it ("By the fifth Monday Jonah..."). */
const OPENING_CHARS = 80;

/** A segment's place in a numbered series. */
export interface SeriesMark {
  /** The unit's family: a weekday, a day, or a loop. */
  unit: string;
  n: number;
}

const family = (unit: string): string => {
  const u = unit.toLowerCase().replace(/s$/, '');
  return /^(?:loop|iteration|cycle|reset|repetition)$/.test(u) ? 'loop' : u;
};

/** The first series mark of an opening: "the fifth Monday", "Loop 212". */
const findInOpening = (opening: string): SeriesMark | null => {
  const before = ORDINAL_BEFORE.exec(opening);
  if (
    before &&
    before.index <= OPENING_CHARS &&
    !NOT_A_SERIES.test(opening.slice(0, before.index))
  ) {
    const n = parseOrdinal(before[1] ?? '');
    if (n !== null) return { unit: family(before[2] ?? ''), n };
  }
  const after = NUMBER_AFTER.exec(opening);
  if (after && after.index <= OPENING_CHARS)
    return { unit: family(after[1] ?? ''), n: Number(after[2]) };
  const words = WORDS_AFTER.exec(opening);
  const n = words ? NUMBER_WORDS[(words[2] ?? '').toLowerCase()] : undefined;
  if (words && typeof n === 'number' && words.index <= OPENING_CHARS)
    return { unit: family(words[1] ?? ''), n };
  const final = FINAL_OF_LOOP.exec(opening);
  if (final && final.index <= OPENING_CHARS) return { unit: family(final[1] ?? ''), n: FINAL };
  return null;
};

/** The series mark of a segment's opening sentence (or its first two), if any. */
export const findSeriesMark = (text: string, seg: Segment): SeriesMark | null => {
  // A chapter heading that numbers its part ("Loop 212", "The Fifth Monday", "Day 3").
  if (seg.lead) {
    const heading = text.slice(seg.lead.start, seg.lead.end);
    const m = findInOpening(heading.length <= OPENING_CHARS ? `the ${heading}` : '');
    if (m) return m;
  }
  const last = seg.sentences[Math.min(1, seg.sentences.length - 1)];
  const first = seg.sentences[0];
  if (!first || !last) return null;
  return findInOpening(
    text.slice(first.start, Math.min(last.end, first.start + 2 * OPENING_CHARS)),
  );
};

/** "the Monday night before the first Tuesday", "the evening before his first loop". */
const BEFORE_FIRST =
  /\bbefore (?:the|his|her|their|its) (?:very )?first (?:loop|iteration|cycle|repetition|reset|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|morning)\b/i;

/** True when a segment tells a time before the series' first day ("the night before the first loop"). */
export const beforeSeriesStart = (text: string, seg: Segment): boolean =>
  BEFORE_FIRST.test(text.slice(seg.start, seg.end));

/** Marks a series needs before it orders anything, and distinct numbers among them. */
export const MIN_SERIES_MARKS = 3;

/**
 * The series marks of the segments, or null when the document has no series told out of order:
 * the most frequent family (weekdays, loops and mornings count as one: a day lived again), with
 * at least three distinct numbers, and a number lower than one told before it (or, with
 * `inOrderToo`, told in order).
 */
export const seriesMarks = (
  text: string,
  segments: Segment[],
  inOrderToo = false,
): (number | null)[] | null => {
  // "A flashback the film drops in during the fifth loop: twenty years earlier, ...": the number
  // says when the past is shown, not when it happens.
  const marks = segments.map((s) =>
    s.cue?.kind === 'back' || s.cue?.kind === 'flashback'
      ? null
      : (findSeriesMark(text, s) ?? spokenLoopMark(text, s)),
  );
  const relived = (u: string): string =>
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|loop|morning)$/.test(u)
      ? 'relived'
      : u;
  const counts = new Map<string, number>();
  for (const m of marks)
    if (m && m.n !== FINAL) counts.set(relived(m.unit), (counts.get(relived(m.unit)) ?? 0) + 1);
  let best: string | null = null;
  for (const [u, c] of counts) if (best === null || c > (counts.get(best) ?? 0)) best = u;
  if (best === null) return null;
  const counted = marks.map((m) => (m && relived(m.unit) === best ? m.n : null));
  const distinct = new Set(counted.filter((n): n is number => n !== null && n !== FINAL));
  if (distinct.size < MIN_SERIES_MARKS) return null;
  // The final loop comes after the highest numbered one.
  const after = Math.max(...distinct) + 1;
  const ns = counted.map((n) => (n === FINAL ? (best === 'relived' ? after : null) : n));
  let latest = -Infinity;
  let backwards = false;
  for (const n of ns) {
    if (n === null) continue;
    if (n < latest) backwards = true;
    latest = Math.max(latest, n);
  }
  return backwards || inOrderToo ? ns : null;
};
