import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';
import type { MetaHelpers } from './metadataStyles3';
import { titleBefore } from './metadataForms13';

/**
 * Metadata in forms of the fourteenth session, read after every other pass (metadataForms13 last
 * before it) and filling what they left empty, or replacing a title that is the page's own name:
 * - a title with its facts in brackets, in any order: "Title (2014, dir. X, 103 min)",
 *   "TITLE (2018, Name)", "Title (96 min, 2003)", or after commas: "TITLE, 2022, directed by X";
 *   a heading that ends in a title and its year after a label: "ROOM 4 · TITLE (1999)";
 * - a runtime in digits in the prose: "it's 2h 4m", "the film runs 112 minutes", "a 131-minute
 *   anthology";
 * - the making of the film with its year: "In 1987 X finished the film ...";
 * - a director named by the word before the name: "commentary with director X and editor Y".
 * A year another thing carries ("recorded 2019", a contest's year, a page count, "8 min read") is
 * read by none of these.
 */

const YEAR = '(?:18|19|20)\\d\\d';
/** A person's name: two or three capitalised words, a particle allowed. */
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?";
const NAME = `${NAME_WORD}(?: \\p{Lu}\\.)?(?: (?:de |van |von |da |di |le |la |del |du )?${NAME_WORD}){1,2}`;
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/** One fact inside a credit's brackets or after its commas. */
const PART_YEAR = new RegExp(`^(${YEAR})$`);
const PART_DIRECTOR = new RegExp(
  `^(?:dir\\.?|d\\.|directed by|director:?|a film by)\\s+(${NAME})$`,
  'iu',
);
const PART_MINUTES = /^\d{2,3}\s*(?:min|mins|minutes|m)\.?$/i;
const PART_HOURS = /^\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m(?:in|ins|inutes)?\.?$/i;

/** A feature's length in minutes: what a runtime read from prose or brackets must be. */
const MIN_RUNTIME = 40;
const MAX_RUNTIME = 300;
export const isFilmLength = (n: number): boolean => n >= MIN_RUNTIME && n <= MAX_RUNTIME;

export interface Credit {
  title: string;
  year: number;
  director: string | null;
  /** A name beside the year with no word saying it is the director's. */
  bareName: string | null;
  runtime: number | null;
  /** Set alone on a short line that is no prose. */
  heading: boolean;
}

/** The facts of "2014, dir. X, 103 min" (any order), or null when a part is no fact. */
const readParts = (s: string, h: MetaHelpers): Omit<Credit, 'title' | 'heading'> | null => {
  const parts = s
    .split(/\s*[,;]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  let year: number | null = null;
  let director: string | null = null;
  let bareName: string | null = null;
  let runtime: number | null = null;
  for (const p of parts) {
    const y = PART_YEAR.exec(p);
    const d = PART_DIRECTOR.exec(p);
    const length = PART_MINUTES.test(p) || PART_HOURS.test(p);
    if (y && year === null) year = Number(y[1]);
    else if (d && director === null) director = d[1] ?? null;
    else if (length && runtime === null) runtime = h.parseRuntime(p);
    // A country beside the facts ("Pavel Rosmarin, Norway, 1968, 88 min") states no field.
    else if (h.country.test(p)) continue;
    else if (NAME_ONLY.test(p) && bareName === null) bareName = p;
    else return null;
  }
  if (year === null) return null;
  if (runtime !== null && !isFilmLength(runtime)) return null;
  return { year, director, bareName: director ? null : bareName, runtime };
};

/** "Title (facts)": the brackets right after a title. */
const BRACKET = /\(([^()\n]{4,80})\)/g;
/** "TITLE, 2022, directed by X" (up to the sentence's end). */
const COMMA_CREDIT = new RegExp(
  `,\\s*(${YEAR})\\s*,\\s*((?:dir\\.|directed by|a film by)\\s+${NAME})(?:\\s*,\\s*(\\d{2,3}\\s*min(?:s|utes)?|\\d\\s*h\\s*\\d{1,2}\\s*m))?`,
  'gu',
);

const countOf = (lower: string, title: string): number => {
  const needle = title.toLowerCase();
  let n = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) n++;
  return n;
};

/** Blocks read for credits: a page states its film's facts before its end matter. */
const CREDIT_BLOCKS = 40;
/** A heading's line: short. */
const HEADING_CHARS = 90;

/** A paragraph of prose: a story block of a few sentences' words, not an address line. */
const PARAGRAPH_WORDS = 12;

const paragraph = (doc: CleanDoc, b: CleanDoc['blocks'][number]): boolean =>
  b.kind === 'story' && doc.text.slice(b.start, b.end).split(/\s+/).length >= PARAGRAPH_WORDS;

export const creditsOf = (doc: CleanDoc, h: MetaHelpers): Credit[] => {
  const { text } = doc;
  const out: Credit[] = [];
  // A heading's title and year count only in the page's head, before its first paragraph: a
  // sequel's or a link's "Title (2021)" further down is another film.
  const firstParagraph = doc.blocks.findIndex((b) => paragraph(doc, b));
  for (const [i, b] of doc.blocks.slice(0, CREDIT_BLOCKS).entries()) {
    const block = text.slice(b.start, b.end);
    for (const line of block.split('\n')) {
      for (const m of line.matchAll(BRACKET)) {
        const facts = readParts(m[1] ?? '', h);
        if (!facts) continue;
        const title = titleBefore(line, m.index);
        if (!title) continue;
        const rest = line.slice(m.index + m[0].length).trim();
        const heading =
          (firstParagraph < 0 || i < firstParagraph) &&
          b.kind !== 'story' &&
          line.length <= HEADING_CHARS &&
          /^[:.]?$/.test(rest);
        out.push({ title, ...facts, heading });
      }
      for (const m of line.matchAll(COMMA_CREDIT)) {
        const title = titleBefore(line, m.index);
        if (!title) continue;
        const facts = readParts([m[1], m[2], m[3]].filter(Boolean).join(', '), h);
        if (facts) out.push({ title, ...facts, heading: false });
      }
    }
  }
  return out;
};

/** The page's own name, not its film's: named in no paragraph of the story. */
const pageName = (doc: CleanDoc, title: string): boolean => {
  const needle = title.toLowerCase();
  return !doc.blocks.some(
    (b) => paragraph(doc, b) && doc.text.slice(b.start, b.end).toLowerCase().includes(needle),
  );
};

/**
 * A title credited with its year and a director or a runtime (or with its year alone on a heading
 * line): the page's film. It replaces a title the page has only as its own name (a club's masthead,
 * a museum's header, an app's "Post"), and fills the facts the earlier passes left empty.
 */
const creditedFilm = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.titleEvidence === 'stated') return;
  const lower = doc.text.toLowerCase();
  const credits = creditsOf(doc, h).filter(
    (c) => c.heading || c.director !== null || c.runtime !== null || c.bareName !== null,
  );
  let best: { c: Credit; n: number } | null = null;
  for (const c of credits) {
    const n = countOf(lower, c.title);
    // Named again in the page, or shouted in capitals as a title is.
    const shouted = !/\p{Ll}/u.test(c.title) && c.title.split(/\s+/).length >= 2;
    if (n < 2 && !shouted) continue;
    if (!best || n > best.n) best = { c, n };
  }
  if (!best) return;
  const { c } = best;
  // "ROOM 12 · The Salt Orchard" read whole by an earlier pass: the label is no part of the title.
  const labelled =
    meta.title !== null &&
    meta.title.toLowerCase().endsWith(c.title.toLowerCase()) &&
    /[·•|:–—-]\s*$/.test(meta.title.slice(0, meta.title.length - c.title.length));
  if (labelled) meta.title = h.titleCase(c.title);
  const same = meta.title !== null && meta.title.toLowerCase() === c.title.toLowerCase();
  if (!same && meta.title !== null) {
    // The earlier passes read a year for their title: it is the film's, not the page's name.
    if (meta.year !== null) return;
    const current = countOf(lower, meta.title);
    if (!pageName(doc, meta.title) && current >= best.n) return;
  }
  if (!same) {
    meta.title = h.titleCase(c.title);
    meta.titleEvidence = 'heading';
  }
  if (meta.year === null || !same) meta.year = c.year;
  let director = c.director;
  if (director === null && c.bareName !== null) {
    // A name beside the year is the director's when the page names the person again by surname
    // ("the thing Oyelaran does here"), as it names a film's maker; a star's bracket reads
    // "(Name as Role)".
    const surname = c.bareName.split(' ').pop() ?? '';
    if (countOf(lower, surname) >= 2 && !h.company.test(surname) && !h.country.test(surname))
      director = c.bareName;
  }
  if (director !== null && (meta.director === null || !same)) meta.director = director;
  if (c.runtime !== null && (meta.runtimeMinutes === null || !same))
    meta.runtimeMinutes = c.runtime;
};

/** The film as a sentence's subject before a runtime: "it's", "the film is", "it runs". */
const SUBJECT =
  "(?:it's|it’s|it is|the film is|the film's|the film’s|the movie is|the movie's|the movie’s|the cut is|this one is|the whole thing is)";
const QUALIFIER =
  '(?:(?:just|only|about|nearly|almost|barely|a lean|a brisk|a tight|a trim|over|under) )?';
/** "it's 2h 4m", "the film is 1 hr 41 min long", "it's 94 minutes long". */
const SUBJECT_RUNTIME = new RegExp(
  `\\b${SUBJECT}\\s+${QUALIFIER}(?:(\\d)\\s*h(?:rs?|ours?)?\\.?\\s*(\\d{1,2})\\s*m(?:in|ins|inutes)?\\b|(\\d{2,3})\\s*(?:minutes|mins?)\\.? long\\b)`,
  'i',
);
/** "runs 112 minutes", "runs for 1h 41m": its subject is read from the sentence before it. */
const RUNS =
  /\bruns\s+(?:for\s+)?(?:just\s+|only\s+|about\s+|nearly\s+|a\s+(?:lean|brisk|tight|trim)\s+)?(?:(\d{2,3})\s*(?:minutes|mins?)\b|(\d)\s*h(?:rs?|ours?)?\.?\s*(\d{1,2})\s*m(?:in|ins|inutes)?\b)(?!\s+(?:late|early|behind|over|ahead|longer|shorter))/gi;
/** "a 131-minute anthology", "an unhurried 104-minute feature". */
const MINUTE_KIND =
  /\b(?:a|an|its|the|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(\d{2,3})-minute\s+(?:[\p{L}-]+\s+){0,3}?(?:film|feature|movie|anthology|drama|thriller|comedy|documentary|epic|picture|melodrama|western|musical|romance|debut|fable|satire|tragedy|triptych|odyssey|chronicle|mystery)\b/giu;
/** What in a sentence makes its length something else's: a commentary, a tour, a bonus film. */
const OTHER_THING =
  /\b(?:commentary|commentaries|track|tour|guide|walk|episode|podcast|interview|featurette|trailer|scene|sequence|segment|section|chapter|prologue|epilogue|extra|bonus|recording|programme|program|talk|q\s?&\s?a|session|lecture|broadcast|making-of|behind-the-scenes|queue|wait|read|short|reel|clip)\b/i;

/** The sentence of `text` around `at`. */
const sentenceBefore = (text: string, at: number): string => {
  const start = Math.max(
    text.lastIndexOf('. ', at),
    text.lastIndexOf('! ', at),
    text.lastIndexOf('? ', at),
    text.lastIndexOf('\n', at),
  );
  return text.slice(start + 1, at);
};

/** Words before a length read for what it is the length of: the subject of "runs". */
const SUBJECT_WORDS = 4;

/**
 * True when the length at `at` in `text` is something else's: the words right before it name a
 * commentary, a tour or a bonus film ("The commentary track runs 96 minutes"), or a delay follows
 * it ("runs 45 minutes late"). What the film is about ("the 1974 ferry drama, 99 minutes") is not
 * read: only the few words that are the length's subject.
 */
export const otherThingsLength = (text: string, at: number, match: string): boolean =>
  OTHER_THING.test(
    sentenceBefore(text, at).trim().split(/\s+/).slice(-SUBJECT_WORDS).join(' ') +
      ' ' +
      match.replace(/\d.*$/s, ''),
  ) ||
  /\b(?:bonus|extra|featurette|making-of|behind-the-scenes)\b/i.test(match) ||
  /^\s+(?:late|early|behind|ahead|longer|shorter)\b/i.test(
    text.slice(at + match.length, at + match.length + 12),
  );

/** The length a match states, read from its first digit by the shared runtime parser. */
const lengthIn = (match: string, h: MetaHelpers): number =>
  h.parseRuntime(match.slice(match.search(/\d/))) ?? 0;

const runtimeInDigits = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.runtimeMinutes !== null) return;
  const { text } = doc;
  if (!/\d/.test(text) || !/min|\dh|\d\s*hr|\d\s*hour/i.test(text)) return;
  const s = SUBJECT_RUNTIME.exec(text);
  if (s) {
    const n = lengthIn(s[0], h);
    if (isFilmLength(n)) {
      meta.runtimeMinutes = n;
      return;
    }
  }
  for (const m of text.matchAll(RUNS)) {
    const n = lengthIn(m[0], h);
    if (!isFilmLength(n) || otherThingsLength(text, m.index, m[0])) continue;
    meta.runtimeMinutes = n;
    return;
  }
  for (const m of text.matchAll(MINUTE_KIND)) {
    const n = lengthIn(m[0], h);
    if (!isFilmLength(n) || otherThingsLength(text, m.index, m[0])) continue;
    meta.runtimeMinutes = n;
    return;
  }
};

/** "In 1987 X finished the film", "In 2003, X shot his first feature": the making and its year. */
const MADE_IN = new RegExp(
  `\\b[Ii]n (${YEAR}),? (${NAME}) (?:finally )?(?:finished|completed|made|shot|directed|released|premiered) (?:the|his|her|their|a|an)(?: [\\p{Ll}-]+){0,2} (?:film|feature|movie|picture|documentary|anthology)\\b`,
  'u',
);

const madeIn = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.year !== null && meta.director !== null) return;
  const m = MADE_IN.exec(doc.text.slice(0, 6000));
  if (!m?.[2] || h.company.test(m[2]) || h.country.test(m[2])) return;
  // The maker is named in the page's film, not only in a sentence about another one.
  if (meta.director !== null && meta.director !== m[2]) return;
  if (meta.year === null) meta.year = Number(m[1]);
  if (meta.director === null) meta.director = m[2];
};

/**
 * "with director X and editor Y", "from director X": the role word in lower case before the
 * name, in the page's head. A role of another trade ("art director X", "festival director X") is
 * told by its first word.
 */
const ROLE_DIRECTOR = new RegExp(
  `\\b(?:with|by|from|and|film's|film’s|movie's|movie’s|its) (?:the )?director (${NAME})(?=[ ,.;:)]|$)`,
  'gu',
);
const HEAD_CHARS = 1500;

const roleDirector = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.director !== null) return;
  for (const m of doc.text.slice(0, HEAD_CHARS).matchAll(ROLE_DIRECTOR)) {
    const name = m[1] ?? '';
    if (h.company.test(name) || h.country.test(name)) continue;
    meta.director = name;
    return;
  }
};

export const readForms14 = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  creditedFilm(doc, meta, h);
  runtimeInDigits(doc, meta, h);
  madeIn(doc, meta, h);
  roleDirector(doc, meta, h);
};
