import type { CleanDoc } from './clean';

/**
 * Stage 2, metadata: title, other titles, year, runtime, language, director and genres, from
 * `Key: value` lines (bulleted or not), a crew table, a title heading (`Title (2016)`,
 * `TITLE (aka Other)`), or a title repeated with the stated year in the page's own links.
 * Shape out: DocMeta, one per document; group.ts merges those of one film.
 */

/** What one document states about its film. */
export interface DocMeta {
  title: string | null;
  /** How sure the title is: stated (`Title:` or a heading) beats repeated in boilerplate. */
  titleEvidence: 'stated' | 'heading' | 'repeated' | null;
  aka: string[];
  year: number | null;
  runtimeMinutes: number | null;
  language: string | null;
  director: string | null;
  genres: string[];
}

const SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for from by with as vs via into onto over per up'.split(
    ' ',
  ),
);
const MIN_REPEATS = 2;

/** Title-cases a shouting title: "SECOND SKIN" -> "Second Skin". */
export const titleCase = (s: string): string => {
  if (/[a-z]/.test(s)) return s;
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w, i) =>
      i > 0 && SMALL_WORDS.has(w)
        ? w
        : w
            .replace(/^(\p{L})/u, (c) => c.toUpperCase())
            .replace(
              /([-'’])(\p{L})/gu,
              (_m, d: string, c: string) => d + (d === '-' ? c.toUpperCase() : c),
            ),
    )
    .join('');
};

const clean = (s: string): string =>
  s
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\s"“'‘*•·\-–—:]+|[\s"”'’*•·\-–—:;,.]+$/g, '')
    .trim();

const parseRuntime = (v: string): number | null => {
  const hm = /(\d+)\s*h(?:ours?|rs?)?\.?\s*(?:(\d+)\s*m)?/i.exec(v);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
  const m = /(\d{2,3})/.exec(v);
  return m ? Number(m[1]) : null;
};

const parseYear = (v: string): number | null => {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(v);
  return m ? Number(m[1]) : null;
};

const NOT_DIRECTOR =
  /^(?:of\b|photography|artistic|art\b|production|casting|music|musical|assistant|associate|technical|creative|executive|animation|dialogue|second unit|unit)/i;

const splitList = (v: string): string[] =>
  v
    .split(/\s*(?:,|\/|\||;|\band\b|&)\s*/)
    .map(clean)
    .filter((x) => x.length > 0 && x.length < 40);

/** Reads `Key: value` pairs: key lower-cased, value trimmed. */
const keyValues = (line: string): [string, string] | null => {
  // "Key: value", "Key — value", "| Key | value |" (a markdown table row).
  const m =
    /^[\s•*·|\-–—]*([A-Za-z][A-Za-z ./&]{0,40}?)\s*(?::|\s[|—–]\s|\|)\s*(.*?)\s*\|?\s*$/.exec(line);
  if (!m) return null;
  return [(m[1] ?? '').toLowerCase().trim(), clean(m[2] ?? '')];
};

/** Splits "Title (aka Other)" / "Title (2016)" / "Title" from a heading line. */
const parseHeading = (
  line: string,
): { title: string; aka: string[]; year: number | null } | null => {
  let rest = clean(line);
  const aka: string[] = [];
  let year: number | null = null;
  rest = rest.replace(
    /\(\s*(?:aka|a\.k\.a\.?|also known as|original title:?)\s*([^)]+)\)/i,
    (_m, a: string) => {
      aka.push(clean(a));
      return '';
    },
  );
  rest = rest.replace(/\(\s*((?:18|19|20)\d\d)\s*(?:[,;/][^)]*)?\)/, (_m, y: string) => {
    year = Number(y);
    return '';
  });
  // "Title – Plot Summary, Ending Explained": drop the page's own label after a dash or bar.
  rest = rest.replace(
    /\s+[–—|:-]\s+.*\b(?:plot|summary|synopsis|recap|ending|explained|review|timeline|spoilers?|breakdown|press kit)\b.*$/i,
    '',
  );
  rest = clean(rest);
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.!?]$/.test(rest)) return null;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (caps < Math.ceil(words.length / 2)) return null;
  return { title: titleCase(rest), aka: aka.map(titleCase), year };
};

/** Finds "Title (YYYY)" phrases anywhere in the text and counts them. */
const titleYearCounts = (text: string): Map<string, { title: string; year: number; n: number }> => {
  const counts = new Map<string, { title: string; year: number; n: number }>();
  const re = /\(((?:18|19|20)\d\d)\)/g;
  for (;;) {
    const m = re.exec(text);
    if (!m) break;
    // Walk back over capitalised words and small words to the start of the title.
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const words = before.split(/[ \u00a0]+/);
    if (words.length && words[words.length - 1] === '') words.pop();
    const taken: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i] ?? '';
      if (/[\n.!?,;:]$/.test(w) || w.includes('\n')) {
        const last = w.split('\n').pop() ?? '';
        if (last && /^[\p{Lu}\d]/u.test(last) && !/[.!?,;:]$/.test(last)) taken.unshift(last);
        break;
      }
      if (/^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()) || w === 'I') taken.unshift(w);
      else break;
    }
    while (taken.length && !/^[\p{Lu}\d]/u.test(taken[0] ?? '')) taken.shift();
    const title = clean(taken.join(' '));
    if (!title || title.split(' ').length > 10) continue;
    const key = `${title.toLowerCase()}|${m[1]}`;
    const prev = counts.get(key);
    counts.set(key, { title, year: Number(m[1]), n: (prev?.n ?? 0) + 1 });
  }
  return counts;
};

/** Extracts what the document states about its film. */
export const extractMetadata = (doc: CleanDoc): DocMeta => {
  const meta: DocMeta = {
    title: null,
    titleEvidence: null,
    aka: [],
    year: null,
    runtimeMinutes: null,
    language: null,
    director: null,
    genres: [],
  };
  const { text } = doc;
  let seenStory = false;
  for (const b of doc.blocks) {
    const line = text.slice(b.start, b.end);
    if (b.kind === 'story') seenStory = true;
    if (b.kind === 'meta') {
      // One line may hold several statements: "Directed by X. Running time: 94 minutes."
      // A markdown table row "| Key | Value |" reads as "Key: Value".
      const row = /^\s*\|([^|]+)\|([^|]+)\|?\s*$/.exec(line);
      const statement = row ? `${(row[1] ?? '').trim()}: ${(row[2] ?? '').trim()}` : line;
      for (const part of statement.split(
        /\s*(?:\||;|\s[•·]\s|\.\s+(?=[A-Z][a-z]+(?: [a-z]+)?\s*:)|\s{3,})\s*/,
      )) {
        const by = /^\s*(?:directed by|a film by|dir\.)\s+(.+)$/i.exec(part);
        if (by && !meta.director) meta.director = clean(by[1] ?? '');
        // Bare parts of a credits line: "2009", "112 minutes", "1h 52m".
        if (/^\s*(?:1[89]|20)\d\d\s*$/.test(part) && !meta.year) meta.year = Number(part.trim());
        if (
          /^\s*\d{2,3}\s*(?:min|mins|minutes)\.?\s*$|^\s*\d\s*h(?:rs?|ours?)?\.?\s*\d{0,2}\s*m?/i.test(
            part,
          )
        )
          meta.runtimeMinutes = meta.runtimeMinutes ?? parseRuntime(part);
        const kv = keyValues(part);
        if (!kv) continue;
        const [key, value] = kv;
        if (!value) continue;
        if (/^(?:title|original title)$/.test(key) && meta.titleEvidence !== 'stated') {
          const h = parseHeading(value);
          meta.title = h?.title ?? value;
          meta.titleEvidence = 'stated';
          if (h) meta.aka.push(...h.aka);
          if (h?.year && !meta.year) meta.year = h.year;
        } else if (/^(?:also known as|aka|a\.k\.a\.)$/.test(key))
          meta.aka.push(...splitList(value));
        else if (/^(?:year|release|released|release date|year of)/.test(key) && !meta.year)
          meta.year = parseYear(value);
        else if (/^(?:runtime|running time|run time|duration|length)$/.test(key))
          meta.runtimeMinutes = parseRuntime(value);
        else if (/^languages?$/.test(key)) meta.language = splitList(value)[0] ?? value;
        else if (/^genres?$/.test(key)) meta.genres = splitList(value);
        else if (/^(?:film|movie)$/.test(key) && meta.titleEvidence !== 'stated') {
          const h = parseHeading(value);
          meta.title = h?.title ?? value;
          meta.titleEvidence = 'stated';
          if (h?.year && !meta.year) meta.year = h.year;
        } else if (
          /^(?:director|directed by|directors|dir\.?|(?:writer|screenwriter|producer)\s*[/&]\s*director)$/.test(
            key,
          ) &&
          !meta.director
        )
          meta.director = splitList(value)[0] ?? value;
      }
    } else if (b.kind === 'crew') {
      const m = /^\s*(?:director|directed by)\s+(?!of\b)(.+)$/i.exec(line);
      if (m && !meta.director && !NOT_DIRECTOR.test(line)) meta.director = clean(m[1] ?? '');
    } else if (b.kind === 'heading' && !seenStory && !meta.title) {
      const h = parseHeading(line);
      if (
        h &&
        !/^(?:plot|synopsis|summary|story|cast|crew|press kit|press|spoilers?|logline|log line|tagline|premise|long synopsis|short synopsis|full plot|recap|credits|contents)\b/i.test(
          h.title,
        )
      ) {
        meta.title = h.title;
        meta.titleEvidence = 'heading';
        meta.aka.push(...h.aka);
        if (h.year && !meta.year) meta.year = h.year;
      }
    }
  }
  if (!meta.director) {
    const m = /\bdirected by ((?:[\p{Lu}][\p{L}'’.-]+ ?){1,4})/u.exec(text);
    if (m) meta.director = clean(m[1] ?? '');
  }
  if (!meta.title) {
    // A title repeated with the stated year in the page's own links is good evidence.
    let best: { title: string; year: number; n: number } | null = null;
    for (const c of titleYearCounts(text).values()) {
      if (meta.year !== null && c.year !== meta.year) continue;
      if (c.n < MIN_REPEATS) continue;
      if (!best || c.n > best.n || (c.n === best.n && c.title < best.title)) best = c;
    }
    if (best) {
      meta.title = best.title;
      meta.titleEvidence = 'repeated';
      if (meta.year === null) meta.year = best.year;
    }
  }
  meta.aka = [...new Set(meta.aka.filter((a) => a && a !== meta.title))];
  return meta;
};
