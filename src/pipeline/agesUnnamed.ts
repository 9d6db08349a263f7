import { eitherCase, parseNumber, TEN_NUMBER_WORDS, UNIT_NUMBER_WORDS } from './text';

/**
 * Stage 6b, order (read by ages.ts): ages told with nobody named beside them.
 *
 * A film told at a few ages of one life is often summarised with the ages alone as its time marks,
 * the person being plain from the rest: "We meet Oskar at forty", "The story jumps to nine", "Back at
 * nine, the widow ...", "At forty again, Freya turns up", "The second nine-year-old strand ends",
 * "It began at eighty", "The last part stayed at eighty". Each is read as an age of the film's one
 * person (ages.ts decides whether the film has such a person: only when no named person's ages
 * order the film, and only when the ages told this way can't be clock times, see
 * `unnamedAgesCount`).
 * Shape: findUnnamedAges(s) -> the ages, in text order.
 */

/** Three to nineteen: "one" and "two" are counts far more often than ages. */
const UNITS = UNIT_NUMBER_WORDS.replace(/^one two /, '');
const TENS = TEN_NUMBER_WORDS;
const either = eitherCase;
/** An age in words or digits (three and more: "one", "two" are counts far more often). */
const AGE = `(?:(?:${either(TENS)})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${either(UNITS)}|[3-9]|[1-9]\\d)`;
/** What may end an age told as a time: a mark of punctuation, "again", "and" (not "miles", "degrees"). */
const END = `(?:\\s+(?:again|once more))?(?=\\s*[,.;:!?)—–]|\\s+and\\b)`;
/** A name before "at": "Mira at seven", "Agnes Ferrand at thirty". */
const NAME = `[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ž'’-]+`;
/** Verbs that move a telling in time: "opens at", "jumps to", "stayed at", "goes back to". */
const MOVES =
  'opens|opened|begins|began|starts|started|ends|ended|closes|closed|returns|returned|stays|stayed|remains|remained|cuts|cut|jumps|jumped|moves|moved|switches|switched|skips|skipped|shifts|shifted|goes back|went back|comes back|came back|picks up|picked up|meet|meets|met|find|finds|found|see|sees|saw';

const PATTERNS: RegExp[] = [
  // "At seventy, Oskar lives"; "Back at nine, the widow"; "Then at thirty, she was"; "At forty
  // again, Freya": an age leading its sentence.
  new RegExp(
    `(?:^|[.!?]\\s+)(?:(?:Back|Now|Then|And|Once more|Again|Later|Finally)\\s+)?(?:[Aa]t|[Aa]ged)\\s+(${AGE})(?:\\s+(?:again|once more))?\\s*[,;:—–]`,
    'g',
  ),
  // "The film opens at seventy."; "The story jumps to nine."; "We meet Oskar at forty.";
  // "The last part stayed at eighty."; "cuts back to Mira at seven."
  new RegExp(
    `\\b(?:${MOVES})(?:\\s+(?:back|forward|ahead|on|again|there))?(?:,[^,.;:!?]{1,40},)?\\s+(?:to\\s+|at\\s+)?(?:${NAME}\\s+)?(?:at|to|aged)\\s+(${AGE})${END}`,
    'g',
  ),
  // "The second nine-year-old strand"; "the eighty-year-old section resumed"; "her seventeen-year-old self"
  new RegExp(
    `\\b(${AGE})-years?-old\\s+(?:section|strand|part|chapter|story|storyline|sequence|episode|scenes?|thread|timeline|segment|self|version)\\b`,
    'g',
  ),
];

/** An age read with nobody named: its value and offset. */
export interface UnnamedAge {
  at: number;
  age: number;
}

/** The ages `s` tells with nobody named beside them, in text order (one per offset). */
export const findUnnamedAges = (s: string): UnnamedAge[] => {
  const found = new Map<number, number>();
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const raw = m[1];
      if (!raw) continue;
      const age = /^\d/.test(raw) ? Number(raw) : parseNumber(raw.toLowerCase());
      const at = m.index + m[0].indexOf(raw);
      if (age >= 3 && age <= 110) found.set(at, age);
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([at, age]) => ({ at, age }));
};

/** Ages above this told as "at N" are never a clock's hour. */
const CLOCK_MAX = 12;
/** Distinct ages the film must tell, and how many of them no clock has. */
export const MIN_UNNAMED_AGES = 3;
export const MIN_NOT_CLOCK = 2;

/** True when the distinct ages read this way make a time axis: enough of them, and not an hour's. */
export const unnamedAxis = (ages: Iterable<number>): boolean => {
  const set = new Set(ages);
  return (
    set.size >= MIN_UNNAMED_AGES && [...set].filter((a) => a > CLOCK_MAX).length >= MIN_NOT_CLOCK
  );
};
