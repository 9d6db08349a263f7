import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';
import type { MetaHelpers } from './metadataStyles3';
import { NUMBER_WORDS } from './text';

/**
 * Metadata in forms of the thirteenth session, read after every other pass (metadata.ts's own,
 * metadataStyles3/4, metadataThreads, the programme and society forms):
 * - a roundup of several films, each an entry "TITLE (2021) - Service - 4 stars" over a facts strip
 *   "Drama | 101 min | Dir. X": the page's film is the entry with clearly the longest text, and its
 *   facts replace those of the first entry;
 * - a title credited in brackets, "Clearing the House (dir. Samir Bellamy, 2019)" in prose or
 *   "3.2 The Courier's Map (Lena Wojcik, 2008)" as a section heading;
 * - a catalogue record's "Date: 1958" and its imprint "Published: Vestvik : Skarfjord Film, 2009.";
 * - a runtime in words: "it's ninety-four minutes long", "runs an hour and forty minutes";
 * - a talk's headline "Post-screening Q&A: HOTEL MARISOL, THURSDAY": the title after the label;
 * - a director named by surname alone before the film ("Dessaintes's best-loved film"), whose
 *   full name the page gives elsewhere;
 * - a film told apart from another of its name: "The Undercliff (the Maren Hollis-Adeyemi one, ...)".
 * Only the roundup replaces facts an earlier pass read; the others fill what is empty, or (a
 * credited or a talk's title) replace a title the page names less often.
 */

const YEAR = '(?:18|19|20)\\d\\d';
/** A person's name: two or three capitalised words, a hyphen or an apostrophe inside. */
const NAME =
  "\\p{Lu}[\\p{L}'’.-]+(?: (?:de |van |von |da |di |le |la |del )?\\p{Lu}[\\p{L}'’.-]+){1,2}";

/** Words a title may hold in lower case ("Clearing the House", "Night Shift at the Paloma"). */
const SMALL = /^(?:a|an|the|and|or|of|in|on|at|to|for|from|by|with|into|over|under|de|la|le|du)$/;

/**
 * The title that ends right before `at` in `s`: the run of capitalised (and small) words back to a
 * word in lower case or a sentence mark ("I finally watched Clearing the House" -> "Clearing the
 * House"); small words in lower case at its start are the sentence's, not the title's.
 */
export const titleBefore = (s: string, at: number): string | null => {
  const words = s.slice(0, at).trimEnd().split(/\s+/);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (/^[\p{Lu}\d][\p{L}\d'’&.,:!?-]*$/u.test(w) && !/[.,:!?]$/.test(w)) out.unshift(w);
    else if (SMALL.test(w) && out.length > 0) out.unshift(w);
    else break;
    if (out.length > 10) return null;
  }
  while (out.length > 0 && SMALL.test(out[0] ?? '')) out.shift();
  const title = out.join(' ');
  if (!/\p{L}{2}/u.test(title)) return null;
  // A pronoun or a sentence's opening word alone is no title.
  if (/^(?:I|We|You|He|She|They|It|In|On|At|After|Before|When|Then)$/.test(title)) return null;
  return title;
};

/** "(dir. Samir Bellamy, 2019)", "(directed by X, 2019)": a credit in brackets, anywhere. */
const CREDIT_BRACKET = new RegExp(
  `\\((?:dir\\.|director|directed by)\\s+(${NAME}),\\s*(${YEAR})(?:[,;]\\s*\\d{2,3}\\s*min(?:utes|s)?\\.?)?\\)`,
  'gu',
);
/** "(Lena Wojcik, 2008)": a name and a year in brackets, read only on a heading's line. */
const NAME_YEAR_BRACKET = new RegExp(`\\((${NAME}),\\s*(${YEAR})\\)\\s*$`, 'u');
/** A section's number before a heading: "3.2", "IV.", "2)". */
const SECTION_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|\d{1,2}\))\s+/;

/** Blocks of the page's head read for a credited title. */
const HEAD_BLOCKS = 14;

const countOf = (lower: string, title: string): number => {
  const needle = title.toLowerCase();
  let n = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) n++;
  return n;
};

/**
 * A title credited in brackets near the head. Taken when the page states no title, or when the
 * page names the credited title more often than the one it has (a site's name in the masthead).
 */
const creditedTitle = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.titleEvidence === 'stated') return;
  const { text } = doc;
  const lower = text.toLowerCase();
  for (const b of doc.blocks.slice(0, HEAD_BLOCKS)) {
    const line = text.slice(b.start, b.end);
    const found: { title: string; director: string | null; year: number }[] = [];
    for (const m of line.matchAll(CREDIT_BRACKET)) {
      const title = titleBefore(line, m.index);
      if (title) found.push({ title, director: m[1] ?? '', year: Number(m[2]) });
    }
    if (b.kind !== 'story' && line.length <= 120) {
      const m = NAME_YEAR_BRACKET.exec(line);
      const head = m ? line.slice(0, m.index).replace(SECTION_NUMBER, '').trim() : '';
      if (m && head && !/[.!?]$/.test(head) && head.split(/\s+/).length <= 8)
        // The name beside the year may be the director, a source novel's author or a star: only
        // "dir." says which, so the heading gives the title and the year.
        found.push({ title: head, director: null, year: Number(m[2]) });
    }
    for (const f of found) {
      // The page's film is named again in its text; a film named in passing is not.
      const n = countOf(lower, f.title);
      if (n < 2) continue;
      if (
        meta.title !== null &&
        meta.title.toLowerCase() !== f.title.toLowerCase() &&
        countOf(lower, meta.title) >= n
      )
        continue;
      const same = meta.title !== null && meta.title.toLowerCase() === f.title.toLowerCase();
      meta.title = h.titleCase(f.title);
      meta.titleEvidence = 'heading';
      if (!same || meta.year === null) meta.year = f.year;
      if (f.director !== null && (!same || meta.director === null)) meta.director = f.director;
      return;
    }
  }
};

/** A catalogue record's date: "Date: 1958", its imprint "Published: Place : Company, 2009.". */
const RECORD_DATE = new RegExp(
  `^\\s*(?:date|date of production|production date)\\s*:\\s*(${YEAR})\\s*\\.?\\s*$`,
  'im',
);
const IMPRINT = new RegExp(
  `^\\s*(?:published|publication|imprint|publisher|production)\\s*:\\s*[^:\\n]{2,60}\\s:\\s*[^\\n]{2,80},\\s*[cp©℗]?\\s*(${YEAR})\\.?\\s*$`,
  'im',
);

/** Blocks of a record read for its date: its fields stand at the top. */
const RECORD_BLOCKS = 24;

const recordYear = (doc: CleanDoc, meta: DocMeta): void => {
  if (meta.year !== null) return;
  for (const b of doc.blocks.slice(0, RECORD_BLOCKS)) {
    if (b.end - b.start > 160) continue;
    const line = doc.text.slice(b.start, b.end);
    const m = RECORD_DATE.exec(line) ?? IMPRINT.exec(line);
    if (m) {
      meta.year = Number(m[1]);
      return;
    }
  }
};

/** "ninety-four" -> 94, "a hundred and ten" -> 110, "one hundred twelve" -> 112. */
export const numberInWords = (s: string): number | null => {
  const words = s
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  let total = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if ((w === 'a' || w === 'one') && words[i + 1] === 'hundred') continue;
    if (w === 'hundred') {
      total = (total || 1) * 100;
      seen = true;
    } else if (COUNTING_WORDS.has(w) && NUMBER_WORDS[w] !== undefined) {
      total += NUMBER_WORDS[w];
      seen = true;
    } else return null;
  }
  return seen ? total : null;
};

/** A number below a hundred in words: "ninety-four", "twelve", "six". */
const BELOW_HUNDRED =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine';
/** The words of BELOW_HUNDRED ("one" ... "nineteen", "twenty" ... "ninety"), valued by NUMBER_WORDS. */
const COUNTING_WORDS = new Set(BELOW_HUNDRED.match(/[a-z]+/g));
/** A runtime's number in words: "ninety-four", "a hundred and six", "one hundred". */
const NUMBER_WORD = `(?:(?:a|one) hundred(?:,? and|,)? )?(?:${BELOW_HUNDRED})|(?:a|one) hundred`;
/** The film as a sentence's subject: "it's", "the film is", "the cut runs". */
const FILM_SUBJECT =
  "(?:it|it's|it’s|it is|the film(?: is|'s|’s)?|the movie(?: is|'s|’s)?|the finished film is|the cut is|the final cut is|this film is)";
/** "It's ninety-four minutes long", "the film runs a hundred and ten minutes". */
const WORDS_RUNTIME = new RegExp(
  `\\b(?:${FILM_SUBJECT}\\s+(?:just |only |about |nearly |almost |barely )?(${NUMBER_WORD}) minutes long|(?:the film|the movie|it) runs (?:for |just |only |about |nearly )?(${NUMBER_WORD}) minutes|(?:running time of|clocks in at|clocking in at) (?:just |only |about |a lean |a brisk )?(${NUMBER_WORD}) minutes|\\b(?:a|its|the|this) (?:lean |brisk |tight |trim )?(${NUMBER_WORD})-minute (?:film|feature|movie|drama|thriller|comedy|documentary|running time|cut))\\b`,
  'i',
);
const HOURS_RUNTIME =
  /\b(?:(?:the film|the movie|it) runs (?:for |just |only |about |nearly )?|running time of |(?:it's|it’s|it is|the film is|the movie is) (?:just |only |about )?)(an|one|two) hours?(?: and (?:a half|(?:(\w+(?:-\w+)?) minutes)))?( long)?\b/i;

/** A runtime told in words, in the page's own prose: "It's ninety-four minutes long". */
const runtimeInWords = (doc: CleanDoc, meta: DocMeta): void => {
  if (meta.runtimeMinutes !== null) return;
  const { text } = doc;
  if (!/minute|hour/i.test(text)) return;
  const m = WORDS_RUNTIME.exec(text);
  if (m) {
    const n = numberInWords(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    if (n !== null && n >= 40 && n <= 240) meta.runtimeMinutes = n;
    return;
  }
  const hm = HOURS_RUNTIME.exec(text);
  if (hm) {
    // "runs an hour and forty minutes"; "it's two hours" needs "long" (a story's wait is no runtime).
    const bySubject = /^(?:it|the film|the movie)\b/i.test(hm[0]) && !/runs/i.test(hm[0]);
    if (bySubject && !hm[3]) return;
    const hours = /^(?:an|one)$/i.test(hm[1] ?? '') ? 1 : 2;
    const rest = hm[0].includes('a half') ? 30 : hm[2] ? numberInWords(hm[2]) : 0;
    if (rest !== null && rest < 60) meta.runtimeMinutes = hours * 60 + rest;
  }
};

/** A talk's or an interview's label before the film's title: "Post-screening Q&A: TITLE". */
const TALK_LABEL =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:q\s?&\s?a|q and a|in conversation|interview|transcript|masterclass|talkback|discussion|podcast)\s*[:–—-]\s+(.{2,80}?)\s*$/iu;

const talkTitle = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.titleEvidence === 'stated') return;
  const { text } = doc;
  const lower = text.toLowerCase();
  for (const b of doc.blocks.slice(0, 6)) {
    if (b.kind === 'story') break;
    const m = TALK_LABEL.exec(text.slice(b.start, b.end));
    const title = m?.[1]?.replace(/^["“'‘]|["”'’]$/g, '').trim();
    if (!title || /[.!?]$/.test(title) || title.split(/\s+/).length > 8) continue;
    // Named again in the page (its screening note, its closing line).
    if (countOf(lower, title) < 2) continue;
    if (meta.title !== null && countOf(lower, meta.title) >= countOf(lower, title)) continue;
    meta.title = h.titleCase(title);
    meta.titleEvidence = 'heading';
    return;
  }
};

/** A roundup's entry: "NIGHT SHIFT AT THE PALOMA (2021) - Arcadia+ - 4 stars". */
const ROUNDUP_ENTRY = new RegExp(
  `^\\s*([\\p{Lu}\\d][^.!?()\\n]{1,80}?)\\s*\\((${YEAR})\\)\\s*(?:$|[-–—|·•:]\\s*[^\\n]{0,60}$)`,
  'u',
);
/** A roundup's facts strip: a runtime or a director's credit among short parts. */
const STRIP_RUNTIME =
  /\b(\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m(?:in|ins|inutes)?|\d{2,3}\s*(?:min|mins|minutes))\b/i;
const STRIP_DIRECTOR = new RegExp(
  `(?:^|[|·•]\\s*)(?:dir\\.|directed by|director:?)\\s+(${NAME})`,
  'iu',
);
/** The page's film has at least this many times the text of any other entry. */
const ROUNDUP_RATIO = 3;

const roundupFilm = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.titleEvidence === 'stated') return;
  const { text, blocks } = doc;
  const entries: { at: number; title: string; year: number; facts: string }[] = [];
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'story' || b.end - b.start > 140) continue;
    const m = ROUNDUP_ENTRY.exec(text.slice(b.start, b.end));
    if (!m) continue;
    const next = blocks[i + 1];
    const facts = next && next.kind !== 'story' ? text.slice(next.start, next.end) : '';
    if (facts.length > 200 || !(STRIP_RUNTIME.test(facts) || STRIP_DIRECTOR.test(facts))) continue;
    entries.push({ at: i, title: (m[1] ?? '').trim(), year: Number(m[2]), facts });
  }
  if (entries.length < 2) return;
  const sized = entries.map((e, k) => {
    let story = 0;
    for (let j = e.at + 2; j < (entries[k + 1]?.at ?? blocks.length); j++) {
      const b = blocks[j];
      if (b?.kind === 'story') story += b.end - b.start;
    }
    return { ...e, story };
  });
  const sorted = [...sized].sort((a, b) => b.story - a.story);
  const film = sorted[0];
  const second = sorted[1];
  if (!film || !second || film.story < ROUNDUP_RATIO * Math.max(1, second.story)) return;
  meta.title = h.titleCase(film.title);
  meta.titleEvidence = 'heading';
  meta.year = film.year;
  const r = STRIP_RUNTIME.exec(film.facts);
  meta.runtimeMinutes = r ? h.parseRuntime(r[1] ?? '') : null;
  meta.director = STRIP_DIRECTOR.exec(film.facts)?.[1] ?? null;
};

/**
 * "Dessaintes's best-loved film", "Marsh's new film": a surname's possessive before the film,
 * the full name being stated elsewhere on the page ("Anouk Dessaintes has spent forty years").
 */
const SURNAME_FILM =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]{2,})['’]s?\s+(?:(?:best-loved|best-known|latest|new|newest|first|second|third|fourth|fifth|debut|final|last|finest|celebrated|acclaimed|quiet|remarkable)\s+)+(?:film|feature|movie)\b/gu;

const surnameDirector = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.director !== null) return;
  const { text } = doc;
  for (const m of text.slice(0, 8000).matchAll(SURNAME_FILM)) {
    const surname = m[1] ?? '';
    if (h.country.test(surname) || h.company.test(surname)) continue;
    const full = new RegExp(
      `(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+) ${surname}(?![\\p{L}'’-])`,
      'gu',
    );
    const names = new Set<string>();
    for (const f of text.matchAll(full)) {
      const first = f[1] ?? '';
      if (/^(?:The|A|An|In|On|At|Of|Mr|Mrs|Ms|Dr|And|But|With|By)$/i.test(first)) continue;
      names.add(`${titleWord(first)} ${titleWord(surname)}`);
    }
    // One full name for the surname, or the page's word is uncertain.
    if (names.size === 1) {
      meta.director = [...names][0] ?? null;
      return;
    }
  }
};

const titleWord = (w: string): string =>
  /\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase();

/**
 * A film told apart from another of its name by its director: "The Undercliff (the Maren Hollis
 * one, not the TV series)", "Undertow, the Ruth Ames one,". Read right after a mention of the title.
 */
const oneOfItsName = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.director !== null || meta.title === null || meta.title.length < 2) return;
  const { text } = doc;
  const lower = text.toLowerCase();
  const needle = meta.title.toLowerCase();
  const one = new RegExp(
    `^["”’']?\\s*(?:\\(|,\\s*)the (${NAME}) (?:one|version|film|movie)\\b`,
    'u',
  );
  for (
    let at = lower.indexOf(needle), k = 0;
    at >= 0 && k < 12;
    at = lower.indexOf(needle, at + 1), k++
  ) {
    const after = text.slice(at + needle.length, at + needle.length + 30 + 80);
    // Past a few words of the sentence ("last night"): the aside follows the mention.
    const m = one.exec(after.replace(/^(?:\s+[\p{Ll}\d]+){0,3}(?=\s*[(,])/u, ''));
    if (!m?.[1] || h.company.test(m[1]) || h.country.test(m[1])) continue;
    meta.director = m[1];
    return;
  }
};

export const readForms13 = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  roundupFilm(doc, meta, h);
  creditedTitle(doc, meta, h);
  talkTitle(doc, meta, h);
  recordYear(doc, meta);
  runtimeInWords(doc, meta);
  surnameDirector(doc, meta, h);
  oneOfItsName(doc, meta, h);
};
