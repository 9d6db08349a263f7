import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';
import type { MetaHelpers } from './metadataStyles3';
import { numberInWords } from './metadataForms13';
import { creditsOf, isFilmLength } from './metadataForms14';

/**
 * Metadata in forms of the fifteenth session, read after every other pass and filling what they
 * left empty, or replacing a title that is the page's furniture (a strip of "·" parts, a "Label:
 * value" line, a sentence's fragment) or that wraps the film's title in the page's own label:
 * - a quiz's question and its answer line: "In what year was Title released?" ... "Answer: C)
 *   2016"; "Who directed it?" ... "Answer: A) Name";
 * - the release told in the prose: "Name's Title, released in 2009", "when Title came out in
 *   2020", "Name's ghost story was shot here in 2003 and released in 2005" (the release, not the
 *   shoot), "Title is directed by Name", "It's ..., directed by Name";
 * - a length told as "all 131 minutes of it", "an hour and fifty minutes of ...";
 * - a heading's label around the title: "Fandom: Title (2012)", "Parents' Guide: Title (2017)",
 *   "3. Screening of 25 October: Title", "Title Film Trail", a shop's "Title [Blu-ray] [1994]";
 * - a slide's or a programme's credit in brackets: "Title (Name, Country, 1968, 88 min)".
 * A year another thing carries (a shoot, a founding, a meeting, a poster, a source novel) is read
 * by none of these.
 */

const YEAR = '(?:18|19|20)\\d\\d';
/** A person's name: two or three capitalised words, a particle allowed. */
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+(?:-\\p{Lu}[\\p{Ll}'’-]+)?";
const NAME = `(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|My)\\b)${NAME_WORD}(?: \\p{Lu}\\.)?(?: (?:de |van |von |da |di |le |la |del |du )?${NAME_WORD}){1,2}`;
/** A title from its first word: capitalised words, small words inside. */
const TITLE =
  "(?:The |A |An )?[\\p{Lu}\\d][\\p{L}\\d'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|from|with|by|[\\p{Lu}\\d][\\p{L}\\d'’-]*)){0,8}";
const SMALL = /^(?:of|the|a|an|and|in|on|at|to|for|from|with|by)$/;
/** Words that are no title on their own. */
const NOT_TITLE =
  /^(?:it|this|that|the film|the movie|he|she|they|we|you|i|there|here|then|so|and|but|when|after|before|since)$/i;

/** A title read by a pattern: its small words at the end dropped, a pronoun refused. */
const titleOf = (s: string | undefined): string | null => {
  if (!s) return null;
  const words = s.trim().split(/\s+/);
  while (words.length > 0 && SMALL.test(words[words.length - 1] ?? '')) words.pop();
  const t = words.join(' ');
  return t && /\p{L}{2}/u.test(t) && !NOT_TITLE.test(t) ? t : null;
};

/** What one form read: any of the fields. */
interface Found {
  /** Where it was read: a prose sentence may name another film, a label or an answer does not. */
  from?: 'prose';
  title?: string | null;
  year?: number | null;
  director?: string | null;
  runtime?: number | null;
}

/** The release's own verb and its year: "released in 2009", "came out in 2020". */
const RELEASED_IN = new RegExp(
  `\\b(?:was |were |first |finally |eventually )?(?:released|came out|premiered|opened in cinemas|hit cinemas|reached cinemas) in (${YEAR})\\b`,
);

// ---------------------------------------------------------------------------------------------
// A quiz: a question about the year or the director, then its answer line.

/** "In what year was Title released?", "When did Title come out?", "What year is Title from?" */
const YEAR_QUESTION =
  /\b(?:in )?(?:what|which) year (?:was|did|is) (.{2,80}?) (?:released|come out|first released|first shown|premiered?|from)\?|\bwhen (?:was|did) (.{2,80}?) (?:released|come out|premiere)\?/i;
/** "Who directed it?", "Who was the director of Title?", "Whose film is it?" */
const DIRECTOR_QUESTION =
  /\bwho (?:directed|made) (.{2,80}?)\?|\bwho (?:was|is) (?:the )?director of (.{2,80}?)\?|\bwho was behind the camera(?: (?:on|for) (.{2,80}?))?\?/i;
/** An answer's line: "Answer: C) 2016.", "Correct answer - B. Name", "A: 2016". */
const ANSWER = /^\s*(?:(?:the )?(?:correct )?answer|a)\s*[:–—-]\s*(?:\(?[A-Da-d][).:]\s*)?(.*)$/im;
/** How far after its question an answer line stands. */
const ANSWER_CHARS = 400;

const answerAfter = (text: string, at: number): string | null => {
  const m = ANSWER.exec(text.slice(at, at + ANSWER_CHARS));
  return m?.[1] ?? null;
};

const quiz = (text: string, h: MetaHelpers): Found | null => {
  if (!/\?/.test(text) || !/answer/i.test(text)) return null;
  const found: Found = {};
  const y = YEAR_QUESTION.exec(text);
  if (y) {
    const answer = answerAfter(text, y.index + y[0].length);
    const year = answer ? new RegExp(`^(${YEAR})\\b`).exec(answer.trim()) : null;
    if (year) {
      found.year = Number(year[1]);
      const t = titleOf(y[1] ?? y[2]);
      if (t && new RegExp(`^${TITLE}$`, 'u').test(t)) found.title = t;
    }
  }
  const d = DIRECTOR_QUESTION.exec(text);
  if (d) {
    const answer = answerAfter(text, d.index + d[0].length);
    const name = answer
      ? new RegExp(`^(${NAME})(?=[.,;!]|\\s*$|\\s)`, 'u').exec(answer.trim())
      : null;
    if (name?.[1] && !h.company.test(name[1]) && !h.country.test(name[1])) found.director = name[1];
  }
  return found.year !== undefined || found.director !== undefined ? found : null;
};

// ---------------------------------------------------------------------------------------------
// The release and the maker told in the prose.

/**
 * "Name's Title, released in 2009": the maker's possessive on the title, with the release's verb
 * ("Name's Title (1998)" may be the source novel, its author's).
 */
const POSSESSIVE_TITLE = new RegExp(
  `(?<![\\p{L}'’-])(${NAME})['’]s (${TITLE}),? (?:which |that )?(?:was )?(?:released|came out|premiered) in (${YEAR})\\b`,
  'u',
);
/** "Name's ghost story was shot here in 2003 and released in 2005": the maker's film by its kind. */
const POSSESSIVE_KIND = new RegExp(
  `(?<![\\p{L}'’-])(${NAME})['’]s (?:[\\p{Ll}-]+ ){0,3}(?:film|movie|feature|debut|drama|thriller|comedy|story|documentary|adaptation|western|romance|picture|fable|satire|epic|mystery|melodrama|chiller|tale)\\b`,
  'gu',
);
/** "when Title came out in 2020", "Title was released in 2011": the title as the release's subject. */
const TITLE_RELEASED = new RegExp(
  `(?:^|[.!?]\\s+|\\b(?:when|since|after|before|until|once|because|as|and|but) )(${TITLE}),? (?:was |first |finally )?(?:released|came out|premiered|hit cinemas|opened in cinemas) in (${YEAR})\\b`,
  'gmu',
);
/** "Title is directed by Name": the title as the sentence's subject. */
const TITLE_DIRECTED = new RegExp(
  `(?:^|[.!?]\\s+)(${TITLE}) (?:is|was) (?:written and )?directed by (${NAME})`,
  'gmu',
);
/** "It's an hour and fifty minutes of chaos, directed by Name": the film as the subject. */
const IT_DIRECTED = new RegExp(
  `(?:^|[.!?]\\s+)(?:it['’]s|it is|it was|the film is|the film was|the movie is|this film is)\\b[^.!?\\n]{0,120}?, (?:written and )?directed by (${NAME})`,
  'gimu',
);

const proseFacts = (doc: CleanDoc, h: MetaHelpers): Found[] => {
  const { text } = doc;
  const out: Found[] = [];
  if (!/'s|’s|released|came out|premiered|directed/.test(text)) return out;
  const p = POSSESSIVE_TITLE.exec(text);
  if (p?.[1] && !h.company.test(p[1])) {
    const title = titleOf(p[2]);
    if (title) out.push({ from: 'prose', title, director: p[1], year: Number(p[3]) });
  }
  for (const m of text.matchAll(POSSESSIVE_KIND)) {
    const name = m[1] ?? '';
    if (h.company.test(name) || h.country.test(name)) continue;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const sentence = rest.slice(0, rest.search(/[.!?](?:\s|$)/) + 1 || rest.length);
    const r = RELEASED_IN.exec(sentence);
    if (r) {
      out.push({ director: name, year: Number(r[1]) });
      break;
    }
  }
  for (const m of text.matchAll(TITLE_RELEASED)) {
    const title = titleOf(m[1]);
    if (title) {
      out.push({ from: 'prose', title, year: Number(m[2]) });
      break;
    }
  }
  for (const m of text.matchAll(TITLE_DIRECTED)) {
    const title = titleOf(m[1]);
    if (title && m[2] && !h.company.test(m[2])) {
      out.push({ from: 'prose', title, director: m[2] });
      break;
    }
  }
  for (const m of text.matchAll(IT_DIRECTED)) {
    if (m[1] && !h.company.test(m[1])) {
      out.push({ director: m[1] });
      break;
    }
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// A length told with "of": "all 131 minutes of it", "an hour and fifty minutes of chaos".

const ALL_OF_IT = /\ball (?:(\d{2,3})|([a-z]+(?:[- ][a-z]+){0,3})) minutes of it\b/i;
const HOURS_OF =
  /\b(?:it['’]s|it is|the film is|the movie is) (?:just |only |about )?(an|one|two) hours? and ([a-z]+(?:-[a-z]+)?|\d{1,2}) minutes of\b/i;

/** A number in digits or in words. */
const numberOf = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : numberInWords(s));

const lengthOf = (text: string, h: MetaHelpers): number | null => {
  if (!/minutes of/i.test(text)) return null;
  const a = ALL_OF_IT.exec(text);
  const minutes = a ? numberOf(a[1] ?? a[2] ?? '') : null;
  if (minutes !== null) return h.parseRuntime(`${minutes} min`);
  const hm = HOURS_OF.exec(text);
  const rest = hm ? numberOf(hm[2] ?? '') : null;
  if (!hm || rest === null || rest >= 60) return null;
  // Read by the shared parser as a strip's "1h 50m" is.
  return h.parseRuntime(`${/^(?:an|one)$/i.test(hm[1] ?? '') ? 1 : 2}h ${rest}m`);
};

// ---------------------------------------------------------------------------------------------
// A heading's label around the title.

/** A disc's medium in brackets after a shop's title, then its year: "Title [Blu-ray] [1994]". */
const SHOP_TITLE = new RegExp(
  `^\\s*(${TITLE}) \\[(?:blu-?ray|dvd|4k[^\\]]{0,12}|uhd|vhs|dvd \\+ blu-?ray|blu-?ray \\+ dvd)\\](?: \\[(${YEAR})\\])?`,
  'iu',
);
/**
 * A label before a colon that says the line's value is the film: a fan archive's "Fandom", a
 * guide's "Parents' Guide", a society's "Screening of 25 October", "Film night", "Quiz".
 */
const FILM_LABEL =
  /^\s*(?:\d{1,2}[.)]\s+)?(?:[\p{L}'’\d ]{0,30}\b)?(?:fandom|guide|quiz|trivia|screening|showing|film night|movie night|watch-?along|feature presentation|film of the (?:week|month))\b[\p{L}'’\d ]{0,30}:\s+/iu;
/** A page-kind after the title: "Title Film Trail", "Title Movie Quiz". */
const KIND_AFTER = /^(.+?) (?:Film|Movie) (?:Trail|Quiz|Trivia|Guide|Locations?|Tour|Walk|Night)$/u;

/** How many of the page's first blocks hold its heading. */
const HEAD_BLOCKS = 16;

const headingFacts = (doc: CleanDoc): Found[] => {
  const { text } = doc;
  const out: Found[] = [];
  for (const b of doc.blocks.slice(0, HEAD_BLOCKS)) {
    if (b.kind === 'story' && b.end - b.start > 90) continue;
    const line = text.slice(b.start, b.end).trim();
    if (line.includes('\n') || line.length > 100) continue;
    const shop = SHOP_TITLE.exec(line);
    if (shop) {
      const title = titleOf(shop[1]);
      if (title) out.push({ title, year: shop[2] ? Number(shop[2]) : null });
      continue;
    }
    const label = FILM_LABEL.exec(line);
    if (label) {
      const rest = line.slice(label[0].length);
      const m = new RegExp(`^(${TITLE})(?: \\((${YEAR})\\))?\\s*$`, 'u').exec(rest);
      const title = titleOf(m?.[1]);
      if (title) out.push({ title, year: m?.[2] ? Number(m[2]) : null });
      continue;
    }
    const kind = KIND_AFTER.exec(line);
    const title = titleOf(kind?.[1]);
    if (title && new RegExp(`^${TITLE}$`, 'u').test(title)) out.push({ title });
  }
  return out;
};

/** A credit in brackets with the year, a name and a length: "Title (Name, Country, 1968, 88 min)". */
const fullCredit = (doc: CleanDoc, h: MetaHelpers): Found | null => {
  for (const c of creditsOf(doc, h)) {
    const director = c.director ?? c.bareName;
    if (director === null || c.runtime === null) continue;
    return { title: c.title, year: c.year, director, runtime: c.runtime };
  }
  return null;
};

// ---------------------------------------------------------------------------------------------

/**
 * A title that is the page's furniture, not a film's name: a strip of parts ("Channel · 1.2M
 * subscribers · Subscribe", "Jump to Recipe · Print Recipe"), a "Label: value" line ("Actors: A,
 * B", "Apologies: none", "Answer: 2011"), a sentence's fragment ending on a word in lower case
 * ("As promised, here") or a counter ("Slide 2 of 18").
 */
const furniture = (title: string): boolean =>
  /\s[·|•]\s/.test(title) ||
  /^[\p{L}'’ ]{2,25}:\s+(?:[\p{Ll}\d]|.*,)/u.test(title) ||
  /\s\p{Ll}[\p{Ll}'’-]*$/u.test(title) ||
  // A page's counter: "Slide 2 of 12", "Page 3 of 40".
  /\b\d+ of \d+$/.test(title);

/** How many times the page names `title` (case folded). */
const timesIn = (lower: string, title: string): number =>
  lower.split(title.toLowerCase()).length - 1;

/**
 * True when `current` is `title` in the page's label: "Works in Title", "Parents' Guide: Title",
 * "Title Film Trail" (not "The Keeper's Daughter" round "Daughter").
 */
const wraps = (current: string, title: string): boolean => {
  const at = current.toLowerCase().indexOf(title.toLowerCase());
  if (at < 0 || title.length >= current.length) return false;
  const before = current.slice(0, at);
  const after = current.slice(at + title.length);
  return (
    (before === '' || /(?:[:·|•–—]|\s[\p{Ll}]+)\s+$/u.test(before)) &&
    (after === '' || /^\s*(?:[:(·|•–—]|(?:Film|Movie)\s)/u.test(after))
  );
};

export const readForms15 = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  const { text } = doc;
  const found: Found[] = [];
  const credit = fullCredit(doc, h);
  if (credit) found.push(credit);
  found.push(...headingFacts(doc));
  const q = quiz(text, h);
  if (q) found.push(q);
  found.push(...proseFacts(doc, h));
  // The title: replaced when the current one is furniture, or wraps a found title in a label.
  const current = meta.title;
  const titled = found.filter((f): f is Found & { title: string } => !!f.title);
  const lower = text.toLowerCase();
  const story = doc.blocks
    .filter((b) => b.kind === 'story')
    .map((b) => text.slice(b.start, b.end))
    .join('\n')
    .toLowerCase();
  const better =
    current === null || furniture(current)
      ? titled[0]
      : (titled.find((f) => wraps(current, f.title)) ??
        // A heading the story never names (a site's, a society's or a section's name) gives way
        // to a title read with its label or its facts; one read in a sentence only when the page
        // names it again (a sentence may name another film).
        (timesIn(story, current) === 0
          ? titled.find((f) => f.from !== 'prose' || timesIn(lower, f.title) >= 2)
          : undefined));
  if (better) {
    if (current !== null && current.toLowerCase() !== better.title.toLowerCase()) {
      // A replaced title's year was read with it, unless the label's line carried the same film.
      if (!current.toLowerCase().includes(better.title.toLowerCase())) meta.year = null;
    }
    meta.title = h.titleCase(better.title);
    meta.titleEvidence = 'heading';
  }
  // The facts: those read with this title, or with none.
  const title = meta.title?.toLowerCase() ?? null;
  for (const f of found) {
    if (f.title && f.title.toLowerCase() !== title) continue;
    if (meta.year === null && f.year) meta.year = f.year;
    if (meta.director === null && f.director) meta.director = f.director;
    if (meta.runtimeMinutes === null && f.runtime) meta.runtimeMinutes = f.runtime;
  }
  if (meta.runtimeMinutes === null) {
    const n = lengthOf(text, h);
    if (n !== null && isFilmLength(n)) meta.runtimeMinutes = n;
  }
};
