/**
 * Small text helpers shared by the stages: sentence spans, word tokens, number words and the
 * hand-made lexicons (a few hundred entries; measured faster than a general NLP library and
 * deterministic). Every span is a pair of UTF-16 offsets into the document text.
 */

/** A half-open range of UTF-16 offsets into a document. */
export interface Range {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'lt',
  'col',
  'sgt',
  'capt',
  'gen',
  'prof',
  'rev',
  'etc',
  'no',
  'mt',
  'ft',
  'det',
  'insp',
  'supt',
  'gov',
  'sen',
  'rep',
  'e.g',
  'i.e',
  'u.s',
  'a.m',
  'p.m',
]);

/** Trims whitespace from both ends of a range of `text`. */
export const trimRange = (text: string, start: number, end: number): Range => {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
};

const isUpperStart = (ch: string): boolean => /[A-Z0-9"“'‘(À-Þ]/.test(ch);

/** Splits `text[start, end)` into sentence ranges (trimmed), never dropping a character of text. */
export const sentenceRanges = (text: string, start: number, end: number): Range[] => {
  const out: Range[] = [];
  let sentStart = start;
  const re = /[.!?]+["”’')\]]*\s+/g;
  re.lastIndex = start;
  const slice = text;
  for (;;) {
    const m = re.exec(slice);
    if (!m || m.index >= end) break;
    const cut = m.index + m[0].length;
    if (cut > end) break;
    const next = slice[cut] ?? '';
    if (!isUpperStart(next)) continue;
    // A list's number ("5. A week before the death: ...") opens its sentence, does not end one.
    if (
      m[0][0] === '.' &&
      m.index - sentStart <= 4 &&
      /^\(?\d{1,3}$/.test(slice.slice(sentStart, m.index).trim())
    )
      continue;
    // The word before the period: an abbreviation or an initial does not end a sentence.
    if (m[0][0] === '.') {
      let w = m.index;
      while (w > sentStart && /[A-Za-z.]/.test(slice[w - 1] ?? '')) w--;
      const word = slice.slice(w, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    const r = trimRange(slice, sentStart, cut);
    if (r.end > r.start) out.push(r);
    sentStart = cut;
  }
  const r = trimRange(slice, sentStart, end);
  if (r.end > r.start) out.push(r);
  return out;
};

/** A word token with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]*/g;

/** Word tokens of `text[start, end)`. */
export const wordTokens = (text: string, start = 0, end = text.length): Token[] => {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, 'g');
  re.lastIndex = start;
  for (;;) {
    const m = re.exec(text);
    if (!m || m.index >= end) break;
    let w = m[0];
    // Drop a trailing possessive or quote mark so "Vera's" counts as "Vera".
    w = w.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    if (w) out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
};

const LETTER = /^\p{L}$/u;
/** Answers of LETTER per non-ASCII code point (a document uses few of them). */
const letterCache = new Map<number, boolean>();

/** True when the code point `cp` is a letter (\p{L}). */
const isLetter = (cp: number): boolean => {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let yes = letterCache.get(cp);
  if (yes === undefined) {
    // A lone surrogate makes a one-unit string that is no letter, as in a /u pattern.
    yes = LETTER.test(String.fromCodePoint(cp));
    letterCache.set(cp, yes);
  }
  return yes;
};

/** The code point at `i` of `text` cut at `end` (a pair split by `end` leaves a lone surrogate). */
const codePointBefore = (text: string, i: number, end: number): number => {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
};

/**
 * The words of `text[start, end)` as offset pairs `[start0, end0, start1, end1, ...]`: exactly
 * the matches of text.slice(start, end).match(/[\p{L}][\p{L}'’-]*\/gu) (read by code points, a
 * search stepping one code point at a time), without making a string per word. Callers slice
 * only the words they keep (most words are lower-case and skipped by their first letter).
 */
export const wordSpans = (text: string, start: number, end: number): number[] => {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    const cp = codePointBefore(text, i, end);
    if (!isLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const s = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < end) {
      const c = codePointBefore(text, i, end);
      // ' (39), ’ (0x2019) and - (45) go on a word, as letters do.
      if (c !== 39 && c !== 0x2019 && c !== 45 && !isLetter(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    out.push(s, i);
  }
  return out;
};

/**
 * A pattern source matching any of `words` (literals), factored by shared prefixes ("re(?:play|
 * tell|...)"): the same matches as the plain alternation in that order when no word is a prefix of
 * another, found faster, since the engine tries one branch per first letter instead of every word.
 */
export const literalAlternation = (words: readonly string[]): string => {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    if (w === '') continue;
    const rest = byFirst.get(w[0] ?? '');
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0] ?? '', [w.slice(1)]);
  }
  const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return [...byFirst]
    .map(([c, rests]) => {
      if (rests.length === 1) return escape(c) + [...(rests[0] ?? '')].map(escape).join('');
      if (rests.includes('')) throw new Error(`literalAlternation: a word is a prefix of another`);
      return `${escape(c)}(?:${literalAlternation(rests)})`;
    })
    .join('|');
};

/** True when the code unit `c` is /\s/ (ECMAScript white space and line terminators). */
export const isSpaceUnit = (c: number): boolean =>
  c < 128
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;

/**
 * The tokens of `text` from `start` as offset pairs `[start0, end0, start1, end1, ...]`: exactly
 * the matches of /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu run with lastIndex `start` (a word, or one code
 * point that is neither a space nor a letter) that start before `end`. As with the pattern, a word
 * may run on past `end`, and a `start` inside a surrogate pair reads from the pair's first half.
 */
export const tokenSpans = (text: string, start: number, end: number): number[] => {
  const out: number[] = [];
  const n = text.length;
  let i = start;
  if (i > 0 && i < n) {
    const c = text.charCodeAt(i);
    const b = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) i--;
  }
  while (i < end) {
    const cp = codePointBefore(text, i, n);
    const s = i;
    i += cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) {
      while (i < n) {
        const c = codePointBefore(text, i, n);
        // ' (39), ’ (0x2019) and - (45) go on a word, as letters do.
        if (c !== 39 && c !== 0x2019 && c !== 45 && !isLetter(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
      out.push(s, i);
    } else if (!isSpaceUnit(cp)) out.push(s, i);
  }
  return out;
};

/** `w` without a final "'s" or "’s": the same as w.replace(/['’]s$/, ''), without a regex scan. */
export const dropPossessive = (w: string): string =>
  w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;

/** The same as w.replace(/(?:ing|ed|es|s)$/, ''): the leftmost (so longest) ending goes. */
export const dropEnding = (w: string): string =>
  w.endsWith('ing')
    ? w.slice(0, -3)
    : w.endsWith('ed') || w.endsWith('es')
      ? w.slice(0, -2)
      : w.endsWith('s')
        ? w.slice(0, -1)
        : w;

/** True when a token starts with a capital letter. */
export const isCapitalized = (w: string): boolean => /^[A-ZÀ-ÖØ-ÞĀ-Ž]/.test(w);

/** Folds case and accents, for comparing names and titles. */
export const fold = (s: string): string =>
  // Plain ASCII (most names) needs no Unicode normalisation, which is slow.
  /^[\x20-\x7e]*$/.test(s)
    ? s.toLowerCase().trim()
    : s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .trim();

/** Number words and their values ("twelve", "forty", "a dozen"). */
/** The number words below twenty and the tens, as space-separated lists (for patterns). */
export const UNIT_NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
export const TEN_NUMBER_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety';
/** A space-separated word list as an alternation, each word also capitalised (it may open a sentence). */
export const eitherCase = (words: string): string =>
  words
    .split(' ')
    .flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])
    .join('|');

export const NUMBER_WORDS: Record<string, number> = {
  'half a': 0.5,
  'half an': 0.5,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  several: 3,
  few: 3,
  'a few': 3,
  some: 3,
  many: 8,
  couple: 2,
  'a couple of': 2,
  'a couple': 2,
  dozen: 12,
  'a dozen': 12,
};

/** The number words a time cue may use, as a regex alternation. */
export const NUMBER_PATTERN =
  '\\d+|half an|half a|a couple of|a couple|a few|a dozen|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|hundred|several|few|some|many|couple|dozen';

/** Parses a number word or digits ("twelve", "20", "several") to a number. */
export const parseNumber = (s: string): number => {
  const k = s.toLowerCase().trim();
  if (/^\d+$/.test(k)) return Number(k);
  const parts = k.split(/[- ]/);
  if (parts.length === 2 && NUMBER_WORDS[parts[0] ?? ''] && NUMBER_WORDS[parts[1] ?? '']) {
    return (NUMBER_WORDS[parts[0] ?? ''] ?? 0) + (NUMBER_WORDS[parts[1] ?? ''] ?? 0);
  }
  return NUMBER_WORDS[k] ?? 1;
};

/** Days in one time unit. */
/** Days in a year, the unit of every year and age distance on the time axis. */
export const DAYS_PER_YEAR = 365;
/** The gap on the time axis (in days) between two scenes that follow each other with no cue. */
export const STEP = 0.01;

/**
 * One sentence of a paragraph, with its closing punctuation and the spaces after it (read with
 * `matchAll`, which copies the pattern, so modules may share it).
 */
export const SENTENCE_SPAN = /[^.!?]+(?:[.!?]+["”’)]*|$)\s*/g;

/** The days of the week in lower case, Monday first; a day's index is its place in this list. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const UNIT_DAYS: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  moment: 1 / 1440,
  hour: 1 / 24,
  night: 1,
  day: 1,
  morning: 1,
  evening: 1,
  afternoon: 1,
  week: 7,
  weekend: 7,
  fortnight: 14,
  month: 30,
  season: 90,
  summer: 365,
  winter: 365,
  spring: 365,
  autumn: 365,
  year: DAYS_PER_YEAR,
  decade: 3650,
  century: 36500,
};

/** Normalises a unit word ("years", "Months") to a key of UNIT_DAYS. */
export const unitOf = (w: string): string => {
  const k = w.toLowerCase().replace(/s$/, '');
  return k in UNIT_DAYS ? k : 'day';
};

/** Function words and other capitalised words that never name a person. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if then so as at in on of to for from by with into onto upon over under ' +
    'he she it they we you i his her hers its their our your my me him them us this that these those ' +
    'there here when while after before during until since though although because however meanwhile ' +
    'later soon eventually finally suddenly back now once then next later afterwards also still yet ' +
    'who whom whose what which where why how all both each every some any no not one two three ' +
    'yes oh okay ok well hello hey dear sir madam mister miss lord lady god christ jesus mom mum dad ' +
    'mother father son daughter brother sister wife husband uncle aunt grandma grandpa grandmother ' +
    'grandfather baby boss doctor officer detective captain sergeant agent nurse judge professor ' +
    'king queen prince princess president chief general colonel major lieutenant inspector sheriff ' +
    'act part chapter scene epilogue prologue intro introduction plot summary synopsis ending ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday christmas easter halloween ' +
    'english spanish french german italian american british russian chinese japanese mexican ' +
    'spain france england america london paris rome new york los angeles city town street ' +
    'film movie story flashback present past future day night morning evening today tomorrow ' +
    'cut fade int ext interior exterior continued cont credits end title titles' +
    ' unable despite having being meanwhile just even only like instead outside inside upstairs downstairs' +
    ' let lets let’s maybe perhaps please thanks thank sorry good great nothing everything everyone' +
    ' someone something anyone nobody somebody everybody whatever whoever wherever whenever' +
    // Countries, continents and large cities: places in any synopsis, never a person's name
    // (names that are also people's, like Jordan or Florence, are left out on purpose).
    ' europe asia africa australia antarctica germany italy portugal ireland scotland wales' +
    ' canada mexico brazil argentina chile peru colombia cuba russia ukraine poland austria' +
    ' switzerland belgium netherlands holland denmark norway sweden finland iceland greece turkey' +
    ' egypt morocco nigeria china japan korea vietnam thailand indonesia iran iraq syria lebanon' +
    ' pakistan afghanistan romania hungary bulgaria serbia croatia albania berlin vienna madrid' +
    ' lisbon moscow tokyo beijing shanghai istanbul cairo dublin glasgow edinburgh manchester' +
    ' liverpool amsterdam brussels prague warsaw budapest athens oslo stockholm copenhagen helsinki' +
    ' reykjavik toronto montreal vancouver chicago boston miami seattle texas california' +
    ' hollywood manhattan brooklyn mumbai delhi bangkok hamburg munich marseille lyon naples' +
    ' milan venice barcelona seville belfast cardiff'
  ).split(/\s+/),
);

/** Verbs in the present (3rd person) and past forms, for tense and subject evidence. */
const IRREGULAR_PAST = new Set(
  (
    'was were had went came saw took gave got made found left felt ' +
    'became began brought bought caught chose drew drove ate fell fought flew forgot forgave froze ' +
    'grew hid held hung hurt kept laid led lent let lay lost meant met paid put quit ran rode rang ' +
    'rose sang sank sat slept slid spoke spent stood stole struck swam swore took taught tore threw ' +
    'understood woke wore won wrote sent shot shook shut sold sought stuck stung bit blew broke built ' +
    'burnt dealt dug dreamt fed fled forbade heard knelt leapt lit overheard overtook ran read ' +
    'rebuilt withdrew awoke arose beheld bled bred bound cast clung crept dove fit hit hurt mistook ' +
    'oversaw overcame undertook upheld wept wound'
  ).split(/\s+/),
);

const PRESENT_IRREGULAR = new Set(
  (
    'is are has does goes says sees tells takes gives gets makes finds knows thinks leaves feels ' +
    'becomes begins brings buys catches chooses draws drives eats falls fights flies forgets holds ' +
    'keeps leads loses means meets pays puts runs rides sings sits sleeps speaks spends stands steals ' +
    'teaches throws understands wakes wears wins writes sends shoots shakes sells comes hears ' +
    'tries cries flies dies lies denies carries hurries marries worries buries replies applies'
  ).split(/\s+/),
);

const NOT_VERB_S = new Set(
  (
    'is his hers its this was has does yes us thus plus always perhaps towards afterwards ' +
    'as has gas bus less unless news various serious famous nervous previous obvious dangerous ' +
    'jealous anxious curious furious glass class boss cross dress kiss miss mass pass press process ' +
    'across series species chaos canvas circus virus bonus status corpus lens means ways days ' +
    'years hours weeks months others its'
  ).split(/\s+/),
);

const SPEECH_PAST = new Set(
  'said told asked promised replied answered agreed claimed explained admitted added insisted mentioned noted suggested warned offered thought knew did'.split(
    ' ',
  ),
);

/** Words after which an -s word is a plural noun, not a verb ("the doors", "of cells"). */
const NOT_BEFORE_VERB = new Set(
  (
    'the a an his her their its my our your these those some many few several all both two three ' +
    'four five more most other no any each every such of in on at to for from with by into about ' +
    'over under through between among without within after before during than as like ' +
    'new old young small large big little great long short good bad own same different various ' +
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred thousand million dozen couple'
  ).split(' '),
);

/** Words after which "left" is a side ("his left hand"), not a verb. */
const DETERMINER_BEFORE_LEFT = new Set('the his her their its my your our a'.split(' '));
/** Verbs whose simple past is their base form, not in IRREGULAR_PAST (also nouns: "a set"). */
const SAME_FORM_PAST = new Set('set spread burst split upset'.split(' '));

/**
 * "She set the shed alight", "he split the takings": a verb whose past is its base form is past
 * after a singular pronoun (its present would be "sets"); not at a sentence's start ("Set in
 * 1950, ...", where `raw` is capitalised).
 */
const sameFormPast = (raw: string, prevLower: string): boolean =>
  raw.charCodeAt(0) >= 97 && /^(?:he|she|it|who)$/.test(prevLower);

/** Words after "they" or "we" that are no verb of the scene ("they both", "we too"). */
const NOT_BARE_VERB = new Set(
  (
    'both all each too also still never then now soon finally only just alone together often ' +
    'always again later instead themselves ourselves either neither not no must can could will ' +
    'would should may might shall do did does have had are were was is be been being ' +
    // Verbs of telling and knowing head what is told ("They tell a story: Rui swam ashore").
    'tell say explain reveal show describe recount claim insist admit confess remember recall ' +
    'learn discover hear know'
  ).split(' '),
);
/** A lower-case word that can be a bare verb: not listed above, not -ed, -ing or -ly. */
const bareVerb = (w: string): boolean =>
  w.length > 1 &&
  !NOT_BARE_VERB.has(w) &&
  !w.endsWith('ed') &&
  !w.endsWith('ing') &&
  !w.endsWith('ly') &&
  !w.includes("'") &&
  !w.includes('’');

/** A rough tense classification of one lower-case word. */
export type VerbTense = 'present' | 'past' | 'none';

const NOT_VERB_ED = new Set(
  'bed red need seed feed speed shed wed hundred sacred naked wicked ragged rugged beloved kindred'.split(
    ' ',
  ),
);

/**
 * The three word lists in one lookup, each word with the answer of the first list (in the order
 * verbTense reads them) that holds it (filled last list first, so earlier lists win): one hash
 * probe instead of three for most words.
 */
const LISTED_TENSE = new Map<string, VerbTense>();
for (const [list, t] of [
  [IRREGULAR_PAST, 'past'],
  [SPEECH_PAST, 'none'],
  [PRESENT_IRREGULAR, 'present'],
] as const)
  for (const w of list) LISTED_TENSE.set(w, t);

/** Guesses whether a lower-case word is a finite present or past verb (hand-made, fast). */
export const verbTense = (w: string, prev: string): VerbTense => {
  // The same as testing PRESENT_IRREGULAR, then SPEECH_PAST ("Vera said they did" is reported
  // speech, past even in a present-tense synopsis), then IRREGULAR_PAST.
  const listed = LISTED_TENSE.get(w);
  if (listed !== undefined) return listed;

  // An -ed word is a finite past verb after a subject-like word ("Robert worked", "she finally
  // pulled"); after anything else it is as likely an adjective or participle ("locked doors").
  if (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w)) {
    if (
      /^(he|she|it|they|we|i|you|who|and|then|also|never|finally|later|[A-Z].*|\w+ly)$/.test(prev)
    )
      return 'past';
    return 'none';
  }
  if (
    w.length > 3 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('is') &&
    !NOT_VERB_S.has(w) &&
    !NOT_BEFORE_VERB.has(prev.toLowerCase()) &&
    // "her father's ledgers", "Callum’s debts": a plural noun after a possessive.
    !prev.endsWith("'s") &&
    !prev.endsWith('’s') &&
    // The same as !/(?:ing|ed)$/.test(prev), without a regex scan.
    !prev.endsWith('ing') &&
    !prev.endsWith('ed')
  )
    return 'present';
  return 'none';
};

/** Tense counts over a range: finite present verbs, finite past verbs, past-perfect "had"s. */
export interface TenseProfile {
  present: number;
  past: number;
  perfect: number;
}

/** The tense counts of two ranges together. */
export const addTense = (a: TenseProfile, b: TenseProfile): TenseProfile => ({
  present: a.present + b.present,
  past: a.past + b.past,
  perfect: a.perfect + b.perfect,
});

/** Adds one more sentence `r` (of tense `tense`) to the end of a piece being built from sentences. */
export const extendPiece = (
  piece: { end: number; sentences: Range[]; tense: TenseProfile },
  r: Range,
  tense: TenseProfile,
): void => {
  piece.end = r.end;
  piece.sentences.push(r);
  piece.tense = addTense(piece.tense, tense);
};

/** The parts of `sentences` inside [start, end), each clipped to it. */
export const clipSentences = (sentences: readonly Range[], start: number, end: number): Range[] =>
  sentences
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) }));

/**
 * The same as `present + past > 0` of tenseProfile(text, start, end), stopping at the first
 * finite verb. Until a verb is counted every earlier word read as no verb, so the first word read
 * as one is never demoted (an -s word after a finite verb) and counts. Without a quotation mark
 * the blanking of quotations changes nothing and is skipped.
 */
export const hasFiniteVerb = (text: string, start: number, end: number): boolean => {
  let slice = text.slice(start, end);
  if (slice.includes('"') || slice.includes('“'))
    slice = slice.replace(/["“][^"”]{0,300}["”]/g, ' ');
  return firstFiniteVerb(slice) !== null;
};

/**
 * The first finite verb of `s` (as verbTense reads each word after the one before it), with its
 * lower-case word: "she has spent" gives has/present, "Vic had followed" had/past; or null.
 */
export const firstFiniteVerb = (s: string): { word: string; tense: 'present' | 'past' } | null =>
  firstVerb(s, false);

/** firstFiniteVerb, with `speech`: a verb of speech or thought counts as the simple past. */
const firstVerb = (
  s: string,
  speech: boolean,
): { word: string; tense: 'present' | 'past' } | null => {
  const token = /[A-Za-z'’]+/g;
  let prev = '';
  let prevLower = '';
  for (let m = token.exec(s); m; m = token.exec(s)) {
    const raw = m[0];
    const w = raw.toLowerCase();
    if (speech && SPEECH_PAST.has(w)) return { word: w, tense: 'past' };
    const c0 = prev.charCodeAt(0);
    const t = verbTense(w, c0 >= 65 && c0 <= 90 ? prev : prevLower);
    if (t !== 'none') return { word: w, tense: t };
    prev = raw;
    prevLower = w;
  }
  return null;
};

/**
 * The first finite verb of a main clause as firstFiniteVerb reads it, with a verb of speech or
 * thought ("said", "asked", "knew") read as the simple past it is: "Benn asked whether she had
 * ever confronted him" is a simple-past sentence reporting a past perfect.
 */
export const firstClauseVerb = (s: string): { word: string; tense: 'present' | 'past' } | null =>
  firstVerb(s, true);

/**
 * "had" as a verb of its own, not the past perfect: "he had the findings", "they had no
 * choice". Counted where a tense profile (which reads every "had" as the perfect) is weighed.
 */
export const HAD_OBJECT_WORDS =
  'the|an?|his|her|their|its|my|your|our|no|some|any|this|that|these|those|enough|nothing|something|everything|two|three|several';
const HAD_OBJECT = new RegExp(`\\bhad (?:${HAD_OBJECT_WORDS})\\b`, 'gi');
export const hadAsVerb = (s: string): number => s.match(HAD_OBJECT)?.length ?? 0;

/**
 * Words that make the noun phrase they open plural: an -s word a few words on, before any verb,
 * is the phrase's plural head ("two red gas cans", "several old fishing boats"), not a verb (a
 * plural subject takes the bare form: "two dogs bark").
 */
const PLURAL_OPENER = new Set(
  (
    'these those several many few both two three four five six seven eight nine ten eleven ' +
    'twelve twenty dozen'
  ).split(' '),
);
/** The plural head lies at most this many words after its opener. */
const PLURAL_PHRASE_WORDS = 3;
/** Words that end a noun phrase before its head: a subject, a time word, a link. */
const NOT_IN_PHRASE = new Set(
  'he she it they we i you who which that and or but then later ago after before on of'.split(' '),
);

/** Counts verbs by tense in `text[start, end)` outside quotations. */
export const tenseProfile = (text: string, start: number, end: number): TenseProfile => {
  const prof: TenseProfile = { present: 0, past: 0, perfect: 0 };
  const span = text.slice(start, end);
  // Without a quotation mark the blanking changes nothing and is skipped.
  const slice =
    span.includes('"') || span.includes('“') ? span.replace(/["“][^"”]{0,300}["”]/g, ' ') : span;
  const toks = slice.match(/[A-Za-z'’]+/g) ?? [];
  let prev = '';
  /** prev.toLowerCase(), kept from the last turn. */
  let prevLower = '';
  let prevTense: VerbTense = 'none';
  /** The word before prev (lower case and as written), and the word before that. */
  let before = '';
  let beforeRaw = '';
  let third = '';
  /** Words read since a plural opener with no verb and no phrase break between (-1: none open). */
  let inPlural = -1;
  for (const raw of toks) {
    const w = raw.toLowerCase();
    // prev starts with a capital A-Z (the same test as /^[A-Z]/).
    const c0 = prev.charCodeAt(0);
    let t = verbTense(w, c0 >= 65 && c0 <= 90 ? prev : prevLower);
    // "his left hand", "the left bank": a side, not a verb.
    if (t === 'past' && w === 'left' && DETERMINER_BEFORE_LEFT.has(prevLower)) t = 'none';
    if (t === 'none' && SAME_FORM_PAST.has(w) && sameFormPast(raw, prevLower)) t = 'past';
    // "They drink whisky and talk", "Reddick and Hester pass": a bare verb after a plural
    // pronoun, or after two names joined by "and", is present.
    if (
      t === 'none' &&
      (prevLower === 'they' ||
        prevLower === 'we' ||
        (c0 >= 65 && c0 <= 90 && before === 'and' && /^[A-Z][a-z]/.test(third))) &&
      bareVerb(w)
    )
      t = 'present';
    // An -s word right after a finite verb is its object ("sold hats", "finds letters"), not a
    // second verb; the irregular presents ("is", "has") keep their reading.
    if (t === 'present' && prevTense !== 'none' && !PRESENT_IRREGULAR.has(w)) t = 'none';
    // "saw two red gas cans": the plural head of a phrase its opener made plural.
    const head =
      t === 'present' &&
      inPlural >= 1 &&
      inPlural < PLURAL_PHRASE_WORDS &&
      w.endsWith('s') &&
      !PRESENT_IRREGULAR.has(w);
    if (head) t = 'none';
    if (PLURAL_OPENER.has(w)) inPlural = 0;
    else if (inPlural >= 0)
      inPlural =
        head || t !== 'none' || NOT_IN_PHRASE.has(w) || /^[A-Z]/.test(raw) ? -1 : inPlural + 1;
    prevTense = t;
    if (t === 'present') prof.present++;
    else if (t === 'past') {
      prof.past++;
      if (w === 'had') prof.perfect++;
    }
    third = beforeRaw;
    beforeRaw = prev;
    before = prevLower;
    prev = raw;
    prevLower = w;
  }
  return prof;
};
