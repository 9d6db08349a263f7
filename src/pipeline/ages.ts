import type { SceneKind } from '../model/film';
import type { Segment } from './segment';
import { findUnnamedAges, unnamedAxis } from './agesUnnamed';
import { knownThings, mainLineWordsBack, pastAgeLead, rememberedPast, timeWords } from './returns';
import {
  DAYS_PER_YEAR,
  eitherCase,
  parseNumber,
  STEP,
  TEN_NUMBER_WORDS,
  UNIT_NUMBER_WORDS,
} from './text';

/**
 * Stage 6b, order (a pass after the main one): a character's stated ages as evidence of time.
 *
 * A film told in chapters out of order, or with flashbacks, is often summarised with no cue word
 * at all, only ages: "Elias is nine, and his father keeps the light", "Elias, now nineteen, works
 * the ferries", "a grey-haired man in his seventies", "twelve-year-old Mia", "Mia (now 16)", "At
 * seven, Tom watches ...". When one person's ages (three or more distinct) are told out of order
 * and the timeline built so far does not already order them, the segments are re-placed by that
 * person's age:
 * - the person is the one with the most distinct ages; other people's ages are never mixed in;
 * - a year told beside an age ("In 1958, Elias is nine") fixes the birth year, so a segment
 *   naming only a year ("It is 1978") gets that person's age then;
 * - a segment without an age continues the unit before it (the rest of a chapter), up to the
 *   next age, a year, a large unaged cue, or a return to the opening ("back in the present", "The
 *   last chapter returns to the winter of the first", a paragraph naming someone seen only in
 *   the opening's time), which ties it to the opening's time, after what was told there;
 * - units of one age follow each other in text order; within a unit, the placements of the main
 *   pass are kept as small offsets (a day's "that evening" or a past-perfect aside);
 * - a film whose ages go up in the telling is left alone.
 * Shape: applyAges(text, segments, out) adjusts `out` (t and kind) in place.
 */

interface Placed {
  t: number;
  kind: SceneKind;
  timeCue: string | null;
}

/** One stated age: whose (first word of the name), how old, and how sure the reading is. */
export interface AgeMark {
  person: string;
  /** The name as written ("Ray Castellano"). */
  name: string;
  age: number;
  /** Exact ("nine", "52"), a decade or a stage of life ("in his forties", "as a teenager"). */
  vague: boolean;
  /** "At ten, Ray ...": may be a clock time; counted only for someone with another age. */
  weak: boolean;
}

/** Distinct ages of one person needed before ages order anything. */
const MIN_DISTINCT_AGES = 3;
/** How far (days) the main pass may move a segment from the start of its age unit. */
const MAX_UNIT_OFFSET = 150;
/** An unaged cue of this many days or more starts a unit of its own (placed by the cue). */
const BIG_CUE_DAYS = 365;
/** How long before the opening's first moment a memory with no age of its own lies (days). */
const MEMORY_DAYS = 180;
const MAX_AGE = 110;
/** An age told after "a <calling> of": a grown person's ("a trawlerman of eighty-one"). */
const MIN_GROWN_AGE = 16;

const UNIT_WORDS = UNIT_NUMBER_WORDS;
const TEN_WORDS = TEN_NUMBER_WORDS;
const either = eitherCase;
/** An age in words or digits: "nine", "Twenty-three", "52". */
const AGE = `(?:\\d{1,3}|(?:${either(TEN_WORDS)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${either(UNIT_WORDS)})`;
/** A decade of life to the middle age of it ("forties" -> 45). */
export const DECADES: Record<string, number> = {
  teens: 15,
  twenties: 25,
  thirties: 35,
  forties: 45,
  fifties: 55,
  sixties: 65,
  seventies: 75,
  eighties: 85,
  nineties: 95,
};
const DECADE = `(?:(early|mid|late)[- ]?\\s*)?(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`;
/** A name: one or two capitalised words ("Elias", "Ray Castellano", "O'Neill"). */
/** Letters as plain classes (a Unicode property class costs several times more per character). */
const UPPER = 'A-ZÀ-ÖØ-ÞĀ-Ž';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ž';
const NAME = `([${UPPER}][${LETTER}'’-]+(?:\\s+[${UPPER}][${LETTER}'’-]+)?)`;
/** What may follow an age told after a name: a comma, "and", "years old", the sentence's end. */
const AFTER_AGE = `(?=\\s*[,.;:!?)—–]|\\s+(?:and|when|at the time|years? old|years? of age)\\b)`;
const NOW = `(?:now|then|aged|just|barely|only|still|already|nearly|almost)\\s+`;

/** Each pattern: group 1 the name, group 2 the age (or the decade's parts, see `read`). */
const PATTERNS: {
  re: RegExp;
  read: 'age' | 'decade' | 'stage';
  /** The age is told before the name ("twelve-year-old Mia"). */
  ageFirst?: boolean;
  weak?: boolean;
  /** The least age the pattern reads (a number below it is a count, not an age). */
  min?: number;
}[] = [
  // "Ray Castellano, 52, drives"; "Sal, seven, are"; "Mia, now sixteen,"; "Livia, thirty-eight and";
  // "Hanne Voss (Lene Brandt), now 67, lives": an actor's or a note's parenthesis after the name
  {
    re: new RegExp(`${NAME}(?:\\s*\\([^()]{1,60}\\))?,\\s+(?:${NOW})?(${AGE})${AFTER_AGE}`, 'g'),
    read: 'age',
  },
  // "Elias is nine, and"; "Nina was fourteen and"; "Tom turns twelve."
  {
    re: new RegExp(
      `${NAME}\\s+(?:is|was|turns|turned|has turned|had turned|becomes|became)\\s+(?:${NOW})?(${AGE})${AFTER_AGE}`,
      'g',
    ),
    read: 'age',
  },
  // "Mia (now 16)"; "Ray (52)"
  {
    re: new RegExp(`${NAME}\\s*\\(\\s*(?:now\\s+|aged?\\s+)?(${AGE})\\s*\\)`, 'g'),
    read: 'age',
  },
  // "Seventeen-year-old Nuala"; "twelve-year-old Mia"
  { re: new RegExp(`\\b(${AGE})[- ]years?[- ]old\\s+${NAME}`, 'g'), read: 'age', ageFirst: true },
  // "Livia, a white-haired woman of sixty-seven"; "Frank, a big, silent man of forty"
  {
    re: new RegExp(
      `${NAME},\\s+(?:${NOW})?an?\\s+(?:[${LETTER}-]+,?\\s+){0,4}?(?:man|woman|boy|girl|widow|widower|child|bachelor|spinster|lady|gentleman)\\s+of\\s+(${AGE})\\b`,
      'g',
    ),
    read: 'age',
  },
  // "Walter Bray, a retired trawlerman of eighty-one, lay dying": any calling, a grown age (not
  // "Mia, a mother of three", "Sam, a veteran of two wars")
  {
    re: new RegExp(
      `${NAME},\\s+(?:${NOW})?an?\\s+(?:[${LETTER}-]+,?\\s+){0,4}?[${LETTER}-]+\\s+of\\s+(${AGE})(?=\\s*[,.;:!?)—–]|\\s+(?:and|who|when)\\b)`,
      'g',
    ),
    read: 'age',
    min: MIN_GROWN_AGE,
  },
  // "Elias, the nine-year-old son of the keeper"; "Mia, a twelve-year-old runaway"
  {
    re: new RegExp(
      `${NAME},\\s+(?:${NOW})?(?:an?|the)\\s+(?:[${LETTER}-]+,?\\s+){0,2}?(${AGE})[- ]years?[- ]old\\b`,
      'g',
    ),
    read: 'age',
  },
  // "Elias, a grey-haired man in his seventies"; "Elias, now in his forties"
  {
    re: new RegExp(
      `${NAME},\\s+(?:${NOW})?(?:an?\\s+(?:[${LETTER}-]+,?\\s+){0,4}?[${LETTER}-]+\\s+)?in\\s+(?:his|her|their)\\s+${DECADE}\\b`,
      'g',
    ),
    read: 'decade',
  },
  // "At seven, Tom watches"; "At the age of nine, Elias"; "Aged twelve, Mia"; "At forty-five,
  // with Eamon long buried, Tomás sits" (an aside before the name)
  {
    re: new RegExp(
      `(?:^|[.!?]\\s+)(?:At|Aged)\\s+(${AGE}),?\\s+(?:(?:with|after|by then|long after|soon after|now)\\s[^,.;:!?]{1,50},\\s+)?${NAME}`,
      'g',
    ),
    read: 'age',
    ageFirst: true,
    weak: true,
  },
  // "When he was ten, Tomás is sent"; "When she was sixteen, Gigi loses"
  {
    re: new RegExp(`\\bWhen\\s+(?:he|she|they)\\s+(?:was|were)\\s+(${AGE}),\\s+${NAME}`, 'g'),
    read: 'age',
    ageFirst: true,
  },
  {
    re: new RegExp(`\\b(?:[Aa]t|[Bb]y) the age of\\s+(${AGE}),?\\s+${NAME}`, 'g'),
    read: 'age',
    ageFirst: true,
  },
  // "Years earlier, as a medical student in Groningen, Anton loses"; "As a young nurse in
  // Hamburg, Hanne delivers": a stage of life with a place or a line between it and the name
  {
    re: new RegExp(
      `(?:^|[.!?]\\s+)(?:(?:Years|Decades|Long|Many years|Some years)\\s+(?:before|earlier|ago),\\s+as|As)\\s+an?\\s+(young [a-z]+|(?:[a-z]+ )?student|schoolboy|schoolgirl|teenager|boy|girl|child)\\b[^,.;:!?]{0,40},\\s+${NAME}`,
      'g',
    ),
    read: 'stage',
    ageFirst: true,
  },
  // "Tom, as a teenager, steals"
  {
    re: new RegExp(
      `${NAME},\\s+as an?\\s+(teenager|teen|boy|girl|child|young (?:man|woman)|grown (?:man|woman)|old (?:man|woman))\\b`,
      'g',
    ),
    read: 'stage',
  },
  // "As a teenager, Tom"; "the teenage Tom"; "the adult Tom"
  {
    re: new RegExp(
      `\\bAs an?\\s+(teenager|teen|boy|girl|child|young (?:man|woman)|grown (?:man|woman)|old (?:man|woman)),\\s+${NAME}`,
      'g',
    ),
    read: 'stage',
    ageFirst: true,
  },
  {
    re: new RegExp(
      `\\bthe (teenage|adolescent|adult|grown-up|grown|elderly|child|little)\\s+${NAME}`,
      'g',
    ),
    read: 'stage',
    ageFirst: true,
  },
];

const STAGES: Record<string, number> = {
  teenager: 15,
  teen: 15,
  teenage: 15,
  adolescent: 14,
  boy: 8,
  girl: 8,
  child: 7,
  little: 7,
  'young man': 22,
  'young woman': 22,
  adult: 35,
  'grown-up': 35,
  grown: 35,
  'grown man': 35,
  'grown woman': 35,
  elderly: 75,
  'old man': 75,
  'old woman': 75,
};

/** The age of a stage of life: a listed one, "young nurse" (a young adult), "medical student". */
const stageAge = (stage: string): number | null => {
  const listed = STAGES[stage];
  if (listed !== undefined) return listed;
  if (stage.startsWith('young ')) return STAGES['young man'] ?? null;
  if (stage.endsWith('student')) return STUDENT_AGE;
  if (stage === 'schoolboy' || stage === 'schoolgirl') return SCHOOL_AGE;
  return null;
};
const STUDENT_AGE = 20;
/** Two readings of one person's same age this close (characters) are one mark. */
const SAME_MARK_CHARS = 40;
const SCHOOL_AGE = 12;

/** Words that look like a name at a sentence's start but are not one. */
const NOT_NAMES = new Set(
  'The A An In On At By As His Her Their Its This That These Those Then When While After Before Now Later Soon Years Chapter Part Act Book Episode Room Page Mr Mrs Ms Dr Miss'.split(
    ' ',
  ),
);
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Miss',
  'Mister',
  'Doctor',
  'Aunt',
  'Uncle',
  'Father',
  'Sister',
]);

/** The key of a person named by one or two words: the first word that is not a title. */
const personKey = (name: string, names: ReadonlySet<string>): string | null => {
  const words = name.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  // "Later Mia": a sentence's opening word before the name is not part of it.
  const kept = words.filter((w) => !TITLES.has(w.replace(/\.$/, '')) && !NOT_NAMES.has(w));
  const first = kept[0];
  if (!first) return null;
  if (names.size > 0 && !kept.some((w) => names.has(w))) return null;
  return first;
};

/** A number that may be an age (digits or words, any case): the cheap first look. */
const NUMBER_TOKEN = new RegExp(
  `\\b(?:\\d{1,3}|${either(TEN_WORDS)}|${either(UNIT_WORDS)})\\b`,
  'g',
);
/** The words before a number that make it an age: ", 52", "is nine", "(now 16", "a woman of sixty". */
const BEFORE_AGE =
  /(?:, |\(|\b(?:is|was|turns|turned|becomes|became|now|then|aged|Aged|At|age of|just|barely|only|still|already|nearly|almost|man of|woman of|boy of|girl of|widow of|widower of|child of|mother of|father of|veteran of|bachelor of|spinster of|lady of|gentleman of|[a-z]+ of) )$/;
/** The words after a number that make it an age: "-year-old", "-three-year-old". */
const AFTER_NUMBER =
  /^(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?[- ]years?[- ]old\b/;
/** Ages told without a number: a decade, a stage of life. */
const DECADE_HINT = /\bin (?:his|her|their) (?:early |mid-?|late )?(?:teens|[a-z]+ties)\b/g;
const AS_STAGE_HINT =
  /\b[Aa]s an? (?:teenager|teen|boy|girl|child|young|grown|old|schoolboy|schoolgirl|(?:[a-z]+ )?student)\b/g;
const THE_STAGE_HINT =
  /\bthe (?:teenage|adolescent|adult|grown-up|grown|elderly|child|little) [A-ZÀ-ÖØ-ÞĀ-Ž]/g;
const STAGE_WORDS = [
  'teenage',
  'adolescent',
  'adult',
  'grown',
  'elderly',
  'the child',
  'the little',
];

/** Where an age may be told (offsets of the hints), in text order. */
const ageHints = (s: string): number[] => {
  const at: number[] = [];
  NUMBER_TOKEN.lastIndex = 0;
  for (const m of s.matchAll(NUMBER_TOKEN)) {
    const end = m.index + m[0].length;
    if (
      BEFORE_AGE.test(s.slice(Math.max(0, m.index - 16), m.index)) ||
      AFTER_NUMBER.test(s.slice(end, end + 20))
    )
      at.push(m.index);
  }
  if (s.includes('ties') || s.includes('teens'))
    for (const m of s.matchAll(DECADE_HINT)) at.push(m.index);
  // Substring checks first: most paragraphs name no stage of life at all.
  if (s.includes(' as a') || s.includes('As a'))
    for (const m of s.matchAll(AS_STAGE_HINT)) at.push(m.index);
  if (STAGE_WORDS.some((w) => s.includes(w)))
    for (const m of s.matchAll(THE_STAGE_HINT)) at.push(m.index);
  return at.sort((x, y) => x - y);
};

/** Text looked at before and after a hint: room for a name and a few words between. */
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 60;

/** The stretches of `s` worth reading for ages: windows around the hints, merged. */
const ageWindows = (s: string): [number, number][] => {
  const out: [number, number][] = [];
  for (const hint of ageHints(s)) {
    let from = Math.max(0, hint - WINDOW_BEFORE);
    // Start on a word's beginning, so a name is never cut ("Castellano" for "Ray Castellano").
    if (from > 0) {
      const space = s.lastIndexOf(' ', from);
      from = space < 0 ? 0 : Math.max(0, s.lastIndexOf(' ', space - 1) + 1);
    }
    const to = Math.min(s.length, hint + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
};

/** The ages a stretch of text states, in text order. */
export const findAges = (s: string, names: ReadonlySet<string> = new Set()): AgeMark[] => {
  const windows = ageWindows(s);
  if (windows.length === 0) return [];
  const found: { at: number; mark: AgeMark }[] = [];
  for (const [from, to] of windows) readAges(s.slice(from, to), from, names, found);
  found.sort((a, b) => a.at - b.at);
  // One age read by two patterns ("As a teenager, Tom" is also a stage with no place between).
  const kept = found.filter((f, k) => {
    const prev = found[k - 1];
    return !(
      prev &&
      f.at - prev.at < SAME_MARK_CHARS &&
      prev.mark.person === f.mark.person &&
      prev.mark.age === f.mark.age
    );
  });
  return kept.map((f) => f.mark);
};

/** Reads the ages of one window into `found` (offsets from `at0`). */
const readAges = (
  s: string,
  at0: number,
  names: ReadonlySet<string>,
  found: { at: number; mark: AgeMark }[],
): void => {
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of s.matchAll(p.re)) {
      let name: string | undefined;
      let age: number | null = null;
      let vague = false;
      if (p.read === 'decade') {
        name = m[1];
        const base = DECADES[(m[3] ?? '').toLowerCase()] ?? null;
        const part = (m[2] ?? '').toLowerCase();
        age = base === null ? null : base + (part === 'early' ? -3 : part === 'late' ? 3 : 0);
        vague = true;
      } else if (p.read === 'stage') {
        name = p.ageFirst ? m[2] : m[1];
        age = stageAge(((p.ageFirst ? m[1] : m[2]) ?? '').toLowerCase());
        vague = true;
      } else {
        const ageFirst = p.ageFirst === true;
        const rawAge = ageFirst ? m[1] : m[2];
        name = ageFirst ? m[2] : m[1];
        age = rawAge ? parseNumber(rawAge.replace(/\s+/g, '-')) : null;
      }
      if (!name || age === null || age < (p.min ?? 0) || age > MAX_AGE) continue;
      const person = personKey(name, names);
      if (!person) continue;
      found.push({ at: at0 + m.index, mark: { person, name, age, vague, weak: p.weak === true } });
    }
  }
};

/** A year a segment is set in: "in 1958", "It is 1978", "forward to 1994", "the summer of 1967". */
const YEAR_IN =
  /\b(?:in|to|of|by|until|It is|It was|it is|it was|year is|year was)\s+((?:1[6-9]|20)\d\d)\b(?!s|['’]s)/;

const yearOf = (text: string, seg: Segment): number | null => {
  if (seg.cue?.kind === 'year' && seg.cue.year !== null) return seg.cue.year;
  const m = YEAR_IN.exec(text.slice(seg.start, seg.end));
  return m ? Number(m[1]) : null;
};

/** A return to the film's opening time, told without a quantity. */
const BACK_TO_OPENING =
  /\b(?:returns?|comes? back|goes back|cuts? back|we are back|(?:is|are) back) (?:to|in) (?:the (?:[\p{L}-]+ )?of the (?:first|opening)(?: chapter| scene)?|the (?:present|opening|first chapter|frame)|where (?:it|the film|the story|we) (?:began|started|opened|left off))\b|\b(?:back in|in) the present(?: day)?\b/iu;

interface Unit {
  age: number | null;
  segs: number[];
  /** A unit placed by a large unaged cue: at its original distance from the unit before it. */
  cued: boolean;
  /** Back in the opening's time (its age may be unknown: then after every age told). */
  present?: boolean;
  /** A memory told from the opening's time with no age of its own ("She remembers the day"). */
  memory?: boolean;
}

/**
 * Re-places segments by the ages of the person whose ages are told out of order. Returns true
 * when it changed anything.
 */
export const applyAges = (
  text: string,
  segments: Segment[],
  out: Placed[],
  names: ReadonlySet<string> = new Set(),
): boolean => {
  if (segments.length < 3) return false;
  const marks = segments.map((s) => findAges(text.slice(s.start, s.end), names));
  // The main person: the most distinct ages (exact ones weigh more than vague ones).
  const strongAge = new Map<string, Set<number>>();
  for (const ms of marks)
    for (const m of ms)
      if (!m.weak) strongAge.set(m.person, (strongAge.get(m.person) ?? new Set()).add(m.age));
  const distinct = new Map<string, Set<number>>();
  for (const ms of marks)
    for (const m of ms)
      if (!m.weak || strongAge.has(m.person))
        distinct.set(m.person, (distinct.get(m.person) ?? new Set()).add(m.age));
  let person: string | null = null;
  let best = 0;
  for (const [p, set] of distinct)
    if (set.size > best) {
      best = set.size;
      person = p;
    }
  // No named person's ages: the film's one life may be told by ages alone (agesUnnamed.ts).
  const unnamed = !person || best < MIN_DISTINCT_AGES ? unnamedAges(text, segments) : null;
  if (unnamed) person = mostMarked(marks);
  else if (!person || best < MIN_DISTINCT_AGES) return false;
  // The person's age in each segment: exact first, else vague.
  const stated: (number | null)[] = [];
  const vagueAt: boolean[] = [];
  marks.forEach((ms, i) => {
    const own = ms.filter(
      (m) => m.person === person && (!m.weak || unnamed !== null || strongAge.has(m.person)),
    );
    const exact = own.find((m) => !m.vague);
    const pick = exact ?? own[0];
    const bare = unnamed?.[i] ?? null;
    stated.push(bare ?? (pick ? pick.age : null));
    vagueAt.push(bare === null && pick ? pick.vague : false);
  });
  // A year beside an exact age fixes the birth year; the most common reading wins.
  const years = segments.map((s) => yearOf(text, s));
  const births = new Map<number, number>();
  years.forEach((y, i) => {
    const a = stated[i];
    if (y !== null && a !== null && a !== undefined && !vagueAt[i])
      births.set(y - a, (births.get(y - a) ?? 0) + 1);
  });
  let birth: number | null = null;
  let bestBirth = 0;
  for (const [b, n] of births)
    if (n > bestBirth) {
      bestBirth = n;
      birth = b;
    }
  const ages: (number | null)[] = stated.map((a, i) => {
    const y = years[i] ?? null;
    if (birth !== null && y !== null && (a === null || vagueAt[i])) {
      const fromYear = y - birth;
      if (fromYear >= 0 && fromYear <= MAX_AGE) return fromYear;
    }
    return a;
  });
  const agedIdx = ages.flatMap((a, i) => (a === null ? [] : [i]));
  if (new Set(agedIdx.map((i) => ages[i])).size < MIN_DISTINCT_AGES) return false;
  // Told in order (ages never go down in the telling): nothing to do.
  let descends = false;
  for (let k = 1; k < agedIdx.length; k++)
    if ((ages[agedIdx[k] ?? 0] ?? 0) < (ages[agedIdx[k - 1] ?? 0] ?? 0)) descends = true;
  // "At seven, Gigi ..." after paragraphs of the main line: those paragraphs are the frame, at an
  // age after every age told (when the telling comes back to them, see buildUnits).
  const firstAged = agedIdx[0] ?? 0;
  const framed =
    firstAged > 0 &&
    pastAgeLead(text.slice(segments[firstAged]?.start ?? 0, segments[firstAged]?.end ?? 0));
  // Memories of a present frame, each placed in the past by the main pass: dated by the ages.
  if (dateFramedMemories(segments, out, agedIdx, ages, years, birth)) return true;
  if (!descends && !framed) return false;
  // Already ordered by the main pass (years, reverse chapters): nothing to do.
  // (Sorted by time, the ages never go down and no two ages share one time.)
  const byTime = [...agedIdx].sort((i, j) => (out[i]?.t ?? 0) - (out[j]?.t ?? 0));
  let agrees = true;
  for (let k = 1; k < byTime.length; k++) {
    const i = byTime[k - 1] ?? 0;
    const j = byTime[k] ?? 0;
    const da = (ages[j] ?? 0) - (ages[i] ?? 0);
    if (da < 0 || (da > 0 && (out[j]?.t ?? 0) === (out[i]?.t ?? 0))) agrees = false;
  }
  if (agrees && !framed) return false;

  // The words of the person's own name never signal a return ("a Castellano does not ...").
  const self = new Set<string>();
  for (const ms of marks)
    for (const m of ms) if (m.person === person) for (const w of m.name.split(/\s+/)) self.add(w);
  const units = buildUnits(text, segments, ages, names, self);
  // A frame only counts when the telling comes back to it.
  if ((!descends || agrees) && !units.some((u) => u.present === true)) return false;
  placeUnits(units, out);
  return true;
};

/**
 * The ages told with nobody named in each segment (its first), when they make a time axis of the
 * film's one life; else null.
 */
const unnamedAges = (text: string, segments: Segment[]): (number | null)[] | null => {
  const found = segments.map((s) => findUnnamedAges(text.slice(s.start, s.end)));
  if (!unnamedAxis(found.flatMap((f) => f.map((x) => x.age)))) return null;
  return found.map((f) => f[0]?.age ?? null);
};

/** The person with the most ages told (named ones), or null. */
const mostMarked = (marks: AgeMark[][]): string | null => {
  const count = new Map<string, number>();
  for (const ms of marks) for (const m of ms) count.set(m.person, (count.get(m.person) ?? 0) + 1);
  let person: string | null = null;
  let best = 0;
  for (const [p, n] of count)
    if (n > best) {
      best = n;
      person = p;
    }
  return person;
};

/** The end (an offset from the segment's start) of the sentence of `seg` holding `at`. */
const sentenceEnd = (seg: Segment, at: number): number => {
  const r = seg.sentences.find((x) => x.start <= at && at < x.end);
  return (r?.end ?? seg.end) - seg.start;
};

/** Splits the segments into units of one age (the opening's first). */
const buildUnits = (
  text: string,
  segments: Segment[],
  ages: (number | null)[],
  names: ReadonlySet<string>,
  self: ReadonlySet<string>,
): Unit[] => {
  const units: Unit[] = [];
  const opening: Unit = { age: null, segs: [], cued: false };
  units.push(opening);
  let cur = opening;
  /** The people a segment names (all of them, and those of its first sentence). */
  const namesOf = (i: number): { all: Set<string>; lead: Set<string> } => {
    const seg = segments[i];
    const all = new Set<string>();
    const lead = new Set<string>();
    if (!seg) return { all, lead };
    let firstEnd = (seg.sentences[0]?.end ?? seg.end) - seg.start;
    const s = text.slice(seg.start, seg.end);
    for (const m of s.matchAll(/(\b\p{Ll}+\s+)?\b(\p{Lu}[\p{L}'’-]+)/gu)) {
      const w = (m[2] ?? '').replace(/['’]s$/, '');
      if (self.has(w) || !(names.size === 0 ? !NOT_NAMES.has(w) : names.has(w))) continue;
      all.add(w);
      // "a Castellano", "the Byrnes": a family's name, not someone acting.
      const before = (m[1] ?? '').trim().toLowerCase();
      if (['a', 'an', 'the', 'every', 'any'].includes(before)) continue;
      // The lead is the first sentence that names someone ("That night the power fails. Finn,
      // who has been ...": Finn leads).
      if (lead.size === 0 && m.index >= firstEnd) firstEnd = sentenceEnd(seg, seg.start + m.index);
      if (m.index < firstEnd) lead.add(w);
    }
    return { all, lead };
  };
  const openingNames = new Set<string>();
  let unitNames = new Set<string>();
  /** The words of the opening's time (its paragraphs and the returns to it), and of the unit. */
  const skip = new Set([...self].map((w) => w.toLowerCase()));
  const openingWords = new Set<string>();
  let unitWords = new Set<string>();
  segments.forEach((seg, i) => {
    const age = ages[i] ?? null;
    const { all: own, lead } = namesOf(i);
    const cue = seg.cue;
    const segText = text.slice(seg.start, seg.end);
    const words = timeWords(segText, skip);
    const firstSentence = seg.sentences[0];
    if (age !== null) {
      // "At seven, Gigi ..." after the opening's own paragraphs: a time of her past, not the
      // opening's age (which stays unknown: after every age told).
      if (
        cur === opening &&
        opening.age === null &&
        !(opening.segs.length > 0 && pastAgeLead(segText))
      ) {
        opening.age = age;
        opening.segs.push(i);
      } else if (age === cur.age && !cur.cued && !cur.memory) cur.segs.push(i);
      else {
        cur = { age, segs: [i], cued: false };
        units.push(cur);
        unitNames = new Set();
      }
    } else if (opening.segs.length > 0 && rememberedPast(text, seg)) {
      // "She remembers the morning she quit. It was raining, ...": told from the opening's time,
      // set before it, at no age of its own.
      cur = { age: null, segs: [i], cued: false, memory: true };
      units.push(cur);
      unitNames = new Set(openingNames);
    } else if (cur.memory === true && seg.paragraphStart) {
      // The paragraph after a memory goes on in the time it was remembered from.
      cur = { age: opening.age, segs: [i], cued: false, present: true };
      units.push(cur);
      unitNames = new Set(openingNames);
    } else if (cur !== opening && BACK_TO_OPENING.test(segText.slice(0, 200))) {
      cur = { age: opening.age, segs: [i], cued: false, present: true };
      units.push(cur);
      unitNames = new Set(openingNames);
    } else if (
      cue &&
      (cue.kind === 'year' ||
        ((cue.kind === 'flashback' ||
          cue.kind === 'back' ||
          cue.kind === 'forward' ||
          cue.kind === 'flashforward') &&
          Math.abs(cue.days ?? 0) >= BIG_CUE_DAYS)) &&
      cur.segs.length > 0
    ) {
      cur = { age: null, segs: [i], cued: true };
      units.push(cur);
      unitNames = new Set();
    } else if (
      cur !== opening &&
      cur.age !== null &&
      (opening.age === null || cur.age < opening.age) &&
      seg.paragraphStart &&
      ([...lead].some((w) => openingNames.has(w) && !unitNames.has(w)) ||
        // The opening's things are back in the base tense, and none of the unit's people or
        // things: "The storm arrives on schedule." after a childhood memory.
        (seg.tense.present > seg.tense.past &&
          firstSentence !== undefined &&
          ![...lead].some((w) => unitNames.has(w) && !openingNames.has(w)) &&
          mainLineWordsBack(
            knownThings(text.slice(firstSentence.start, firstSentence.end), skip),
            openingWords,
            unitWords,
          )))
    ) {
      // Someone seen only in the opening's time: the telling is back there.
      cur = { age: opening.age, segs: [i], cued: false, present: true };
      units.push(cur);
      unitNames = new Set(openingNames);
    } else cur.segs.push(i);
    if (cur === opening || cur.present === true) {
      for (const w of own) openingNames.add(w);
      for (const w of words) openingWords.add(w);
    } else if (cur.segs[0] === i) unitWords = new Set(words);
    else for (const w of words) unitWords.add(w);
    for (const w of own) unitNames.add(w);
  });
  return units;
};

/** Lays the units out by age; units of one age follow each other in text order. */
const placeUnits = (units: Unit[], out: Placed[]): void => {
  const orig = out.map((p) => p.t);
  const known = units.map((u) => u.age).filter((a): a is number => a !== null);
  const openingAge = units[0]?.age ?? Math.max(...known) + 1;
  const anchor = orig[units[0]?.segs[0] ?? 0] ?? 0;
  /** The latest time used by each age, so a later unit of that age follows it. */
  const lastAt = new Map<number, number>();
  let prevBase = anchor;
  let prevFirstOrig = anchor;
  /** Memories with no age, told from the opening's time: before it, in the order told. */
  let memories = 0;
  /** True when the unit before was in the opening's time. */
  let prevOpening = false;
  for (const u of units) {
    const first = u.segs[0];
    if (first === undefined) continue;
    const firstOrig = orig[first] ?? 0;
    if (u.memory === true) {
      const t = anchor - MEMORY_DAYS + STEP * memories++;
      for (const i of u.segs) {
        const p = out[i];
        if (p) {
          p.t = t + Math.max(0, Math.min(STEP / 2, (orig[i] ?? 0) - firstOrig));
          p.kind = 'flashback';
        }
      }
      continue;
    }
    let base: number;
    let kind: SceneKind | null;
    if ((u.age === null && u.present !== true) || u.cued) {
      base = prevBase + (firstOrig - prevFirstOrig);
      kind = null;
    } else {
      const age = u.age ?? openingAge;
      const start = anchor + (age - openingAge) * DAYS_PER_YEAR;
      const last = lastAt.get(age);
      base = last === undefined ? start : last + STEP;
      kind = age < openingAge ? 'flashback' : age > openingAge ? 'flashforward' : 'present';
    }
    let latest = base;
    let chained = 0;
    let prevOrig = firstOrig;
    for (const i of u.segs) {
      const p = out[i];
      if (!p) continue;
      // Back in the opening's time after a quiet return: the main pass may still have been in
      // the flashback, so its times are only kept as steps from one segment to the next, and a
      // jump larger than a unit's is a plain step.
      if (u.present === true && i !== first) {
        const d = (orig[i] ?? 0) - prevOrig;
        chained += Math.abs(d) > MAX_UNIT_OFFSET ? STEP : d;
      }
      prevOrig = orig[i] ?? 0;
      const offset =
        u.present === true
          ? chained
          : Math.max(-MAX_UNIT_OFFSET, Math.min(MAX_UNIT_OFFSET, (orig[i] ?? 0) - firstOrig));
      p.t = base + offset;
      if (kind !== null && !(p.kind === 'recounted' || (offset < 0 && p.kind === 'flashback')))
        p.kind = kind;
      latest = Math.max(latest, p.t);
    }
    const openingLast = lastAt.get(openingAge);
    if (u.age !== null && !u.cued) lastAt.set(u.age, latest);
    // An opening of unknown age is the time its returns (units marked present) come back to, and
    // so is a cued step forward from it ("since 1961" read as a year).
    else if (
      ((u === units[0] || u.present === true) && !u.cued) ||
      (u.cued && openingLast !== undefined && base >= openingLast && prevOpening)
    )
      lastAt.set(openingAge, Math.max(latest, openingLast ?? latest));
    prevOpening = u === units[0] || u.present === true || (u.cued && prevOpening);
    prevBase = base;
    prevFirstOrig = firstOrig;
  }
};

/**
 * A present frame whose memories the main pass placed in the past (a thing found opens each):
 * every aged segment is a flashback and the frame's present comes between them. The frame is
 * not one of the ages (the ages are the memories'), so only the memories move: one without a
 * year of its own ("it takes her to a club in Hastings, where thirteen-year-old Frankie ...")
 * is dated by the birth year the dated ones give, its flashback moving with it. Returns true
 * when the reading applied (the frame is left as the main pass placed it).
 */
const dateFramedMemories = (
  segments: Segment[],
  out: Placed[],
  agedIdx: number[],
  ages: (number | null)[],
  years: (number | null)[],
  birth: number | null,
): boolean => {
  const first = agedIdx[0];
  if (birth === null || first === undefined) return false;
  if (agedIdx.some((i) => out[i]?.kind === 'present')) return false;
  const last = agedIdx[agedIdx.length - 1] ?? first;
  if (!out.slice(first, last).some((p) => p.kind === 'present')) return false;
  const dated = agedIdx.filter((i) => years[i] !== null);
  if (dated.length === 0) return false;
  for (const i of agedIdx) {
    const age = ages[i];
    const p = out[i];
    if (years[i] !== null || age === null || age === undefined || !p) continue;
    // The nearest dated memory in the telling measures the distance.
    const ref = dated.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
    const refYear = years[ref];
    const refT = out[ref]?.t;
    if (refYear === null || refYear === undefined || refT === undefined) continue;
    const delta = refT + (birth + age - refYear) * DAYS_PER_YEAR - p.t;
    for (let k = i; k < segments.length; k++) {
      const q = out[k];
      if (!q || q.kind === 'present' || (k > i && segments[k]?.cue)) break;
      q.t += delta;
    }
  }
  return true;
};
