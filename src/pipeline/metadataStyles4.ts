import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';
import type { MetaHelpers } from './metadataStyles3';

/**
 * Metadata in page forms the earlier passes miss, read last and filling only what they left
 * empty (the director's name is also tidied):
 * - a facts line of its own near the head, whatever kind the cleaner gave it ("Drama · 1h44 ·
 *   2019", "France, 2019, 104'", "Drama. 2019. 104 min.", "A Mara Holm film · Norway · 2019"):
 *   every part a fact;
 * - the film's facts right after its title anywhere in the page: a bracket ("Second Serve (2025,
 *   dir. X, 118 minutes)"), a credit after a comma ("The Tide Clock (A Maré Parada), directed by
 *   X, 2021."), the title's year in "Spoilers for the whole of Title (2022)", and a full name
 *   owning the title ("Dami Osei's Kettle Street Friday");
 * - a lead that opens on the title and its credit ("The Salt Road, directed by Mara Holm, is ...",
 *   "The Salt Road is written and directed by Mara Holm");
 * - a title in quotation or italic marks after a verb of watching or talking ("This month we
 *   watched “The Salt Road”"), when the page names it again.
 * Held back: a bracket that holds no year or credit ("(shot by Jonas Vik)"), a name that owns the
 * title but is the star's ("Starring Petra Lund ... Petra Lund's The Salt Road"), a facts line
 * with a part that is no fact ("Berlin, 2019", "Sunday 3 March 2024 · 6 min read", "Also
 * tonight: The Weir · 2016"), a company's credit ("A Northlight Pictures film").
 */

/** A person's name of two or three capitalised words (initials and particles allowed). */
const PERSON =
  "\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}\\.)?(?: (?:de |van |von |da |di |le |la |del |du |van der |de la )?\\p{Lu}[\\p{Ll}'’-]+){1,2}";

/** The kinds of facts a credits line holds, each a whole part. */
const YEAR_PART = /^(?:18|19|20)\d\d$/;
const RUNTIME_PART =
  /^(?:\d{2,3}\s*(?:min|mins|minutes|m|['’′])\.?|\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*(?:m|min|mins|minutes)?\.?|\d\s*h(?:rs?|ours?)?)$/i;
const CERT_PART =
  /^(?:U|PG|12A?|15|18|R|PG-13|NC-17|G|TV-MA|TV-14|(?:cert(?:ificate)?\.?|rated)\s*(?:U|PG|12A?|15|18|R|PG-13|NC-17))$/i;
/** Colour, format and a language ("Norwegian", "In French with English subtitles"; not "Berlin"). */
const PLAIN_PART =
  /^(?:[Cc]olou?r|[Bb]\s*&\s*[Ww]|[Bb]lack(?: and |-and-)white|(?:[Ii]n )?\p{Lu}\p{Ll}+(?:ish|ese|ian|ch|an|ic|ew|ai)(?: with (?:[Ee]nglish )?subtitles)?|[Ss]ubtitled|(?:(?:[Nn]ew(?:ly)? |[Dd]igitally )?(?:[Rr]estored |[Rr]estoration,? )?(?:[248][Kk] )?(?:\d{2}mm|DCP|dcp|[Dd]igital|HD|hd)))$/u;
/** A credit as a part: "dir. Mara Holm", "directed by Mara Holm", "A Mara Holm film". */
const CREDIT_PART = new RegExp(
  `^(?:(?:dir\\.?|[Dd]irected by|[Ww]ritten and directed by|[Aa] film by|[Dd]irector:?)\\s+(${PERSON})|An? (${PERSON}) (?:[Ff]ilm|FILM|[Pp]roduction))$`,
  'u',
);

/** A labelled fact alone on its line: "TRT: 104 min", "Regie: Mara Holm", "Filmmaker: X". */
const LABELLED_FACT =
  /^\s*(trt|total running time|running length|release year|year of release|regie|réalisation|realizzazione|dirección|filmmaker|film-maker|writer[/&-]director|director\/writer|helmed by)\s*[:\-–—]\s*(.+?)\s*$/i;

/** A credits list's "Mara Holm (director), Jonas Vik (cinematography)". */
const ROLE_AFTER_NAME = new RegExp(
  `(?:^|[,;·|]\\s*)(${PERSON}) \\((?:director|dir\\.|writer-director|writer\\/director)\\)`,
  'u',
);

/** "The Mara Holm-directed mystery", "a Mara Holm–directed film". */
const HYPHEN_DIRECTED = new RegExp(`(?<![\\p{L}'’-])(${PERSON})[-–]directed\\b`, 'u');

/** Longest facts line read (a sentence is not one). */
const MAX_FACTS_LINE = 90;
/** How many blocks of a page's head are read. */
const HEAD_BLOCKS = 12;

interface Helpers extends MetaHelpers {
  genre: RegExp;
}

/** The director a credit part names (not a company: "A Northlight Pictures film"). */
const creditOf = (part: string, h: Helpers): string | null => {
  const c = CREDIT_PART.exec(part);
  const name = c?.[1] ?? c?.[2] ?? null;
  return name !== null && !h.company.test(name) ? name : null;
};

/** The facts of a line made only of facts, or null when a part is something else. */
const factsOf = (
  line: string,
  h: Helpers,
): { year: number | null; runtime: number | null; director: string | null } | null => {
  if (line.length > MAX_FACTS_LINE) return null;
  const labelled = LABELLED_FACT.exec(line);
  if (labelled) {
    const [, label = '', value = ''] = labelled;
    if (/year/i.test(label)) {
      const y = /\b(?:18|19|20)\d\d\b/.exec(value);
      return y ? { year: Number(y[0]), runtime: null, director: null } : null;
    }
    if (/trt|running/i.test(label)) {
      const r = h.parseRuntime(value);
      return r !== null ? { year: null, runtime: r, director: null } : null;
    }
    const d = new RegExp(`^(${PERSON})\\b`, 'u').exec(value);
    return d?.[1] ? { year: null, runtime: null, director: d[1] } : null;
  }
  if (!/\d/.test(line)) return null;
  const parts = line
    .trim()
    .replace(/[.;]\s*$/, '')
    .split(/\s*(?:[·•|/;]|,\s|\.\s+|\s[–—-]\s)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  let year: number | null = null;
  let runtime: number | null = null;
  let director: string | null = null;
  for (const p of parts) {
    if (YEAR_PART.test(p)) year = year ?? Number(p);
    else if (RUNTIME_PART.test(p)) runtime = runtime ?? h.parseRuntime(p.replace(/['’′]$/, ' min'));
    else if (CERT_PART.test(p) || h.genre.test(p) || h.country.test(p) || PLAIN_PART.test(p))
      continue;
    else {
      const d = creditOf(p, h);
      if (d === null) return null;
      director = director ?? d;
    }
  }
  if (year === null && runtime === null) return null;
  return { year, runtime, director };
};

/** True when the page names `name` as a star: "Starring Petra Lund", "stars Petra Lund". */
export const isStar = (text: string, name: string): boolean => {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (
      /\b(?:starring|stars|star|with|actor|actress|plays|played by)\b[^.\n]{0,60}$/i.test(
        text.slice(Math.max(0, at - 70), at),
      )
    )
      return true;
  }
  return false;
};

/** A person's name before a possessive: PERSON, with "Jean-Luc" and "O'Brien" forms. */
const OWNER_NAME =
  "\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)*(?: \\p{Lu}\\.)?(?: (?:de |van |von |da |di |le |la |del |du |van der |de la )?\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}?\\p{Ll}+)*){1,2}";
/** A name owning what follows, at the end of the text before a title: "Dami Osei's [new film] ". */
const OWNER_BEFORE = new RegExp(
  `(?<![\\p{L}'’-])(${OWNER_NAME})['’]s?\\s+(?:(?:(?:18|19|20)\\d\\d|new|latest|debut|first|second|third|last|final)\\s+)?(?:(?:film|movie|feature),?\\s+)?[*_'‘"“]?$`,
  'u',
);
/** "Sofie Lund's film runs 108 minutes": the name owns the page's film without its title. */
const OWNER_OF_FILM = new RegExp(
  `(?<![\\p{L}'’-])(${OWNER_NAME})['’]s (?:film|movie|feature) (?:runs|is|was|opens|begins|cuts|jumps)\\b`,
  'u',
);
/** A comparison before a possessive: "Like Ingmar Holm's film", "unlike Ana Ruiz's film". */
const COMPARED =
  /\b(?:like|unlike|than|recalls?|echo(?:es)?|compared (?:to|with)|reminiscent of|homage to|nod to|after|since|alongside|as in)\s+$/i;
/**
 * Another name before a possessive name, joined by "and", "or" or a comma: the last item of a list
 * of people ("Erik Holm, Lena Brandt and Ingrid Moss's film runs of the eighties"), not an
 * apposition after a common noun ("the ferry thriller, Hedda Vang's Night Crossing").
 */
const LIST_BEFORE = /\p{Lu}[\p{L}'’-]+(?:,|,? (?:and|or|&))\s+$/u;
/** Text read for a possessive: the page's head, where it introduces its film. */
const OWNER_HEAD = 8000;
/** Mentions of the title read for a possessive. */
const OWNER_MENTIONS = 8;

/**
 * The one rule for "X's Title": the director named by a possessive, right before a mention of the
 * title ("Dami Osei's Kettle Street Friday", "Teodor Vasić's 1987 film Quarry Light") or before
 * "film runs/is ..." ("Sofie Lund's film runs 108 minutes"). Not a comparison ("Like Ingmar
 * Holm's film"), not one item of a list ("Holm's and Ana Ruiz's films"), not an article or a
 * preposition taken for a name ("The Keeper's ..."), not a company or a country, not a star the
 * page names ("Starring Petra Lund ... Petra Lund's The Salt Road"). metadataThreads.ts asks it too.
 */
export const possessiveDirector = (
  text: string,
  title: string | null,
  h: MetaHelpers,
): string | null => {
  if (!/['’]/.test(text)) return null;
  const head = text.slice(0, OWNER_HEAD);
  const accept = (name: string, at: number): string | null => {
    const before = head.slice(Math.max(0, at - 40), at);
    if (COMPARED.test(before) || LIST_BEFORE.test(before)) return null;
    // "Like Ingmar Holm's film" at a sentence's start: the comparison word took a capital.
    if (COMPARED.test(`${name.split(' ')[0] ?? ''} `)) return null;
    if (/^(?:The|This|That|A|An)\s/.test(name)) return null;
    const n = name.replace(/^(?:In|On|At|With|And|But|Then|So)\s+/, '');
    if (!/\s/.test(n) || h.company.test(n) || h.country.test(n) || isStar(text, n)) return null;
    return n;
  };
  if (title !== null && title.length >= 2) {
    const lower = head.toLowerCase();
    const needle = title.toLowerCase();
    let from = 0;
    for (let k = 0; k < OWNER_MENTIONS; k++) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      from = at + needle.length;
      if (/[\p{L}\d]/u.test(head[at - 1] ?? ' ') || /[\p{L}\d]/u.test(head[from] ?? ' ')) continue;
      const o = OWNER_BEFORE.exec(head.slice(Math.max(0, at - 90), at));
      if (!o?.[1]) continue;
      const name = accept(o[1], Math.max(0, at - 90) + o.index);
      if (name !== null) return name;
    }
  }
  const f = OWNER_OF_FILM.exec(head);
  return f?.[1] ? accept(f[1], f.index) : null;
};

/**
 * The facts listed after a title and a comma, up to the first part that is no fact: "(Nattfrakt),
 * dir. Halvard Brekke, 1961, 104 min, at the festival" gives the director, 1961 and 104. Two facts
 * at least, or a credit ("Title, in cinemas now" is none). True when it read any.
 */
const factsAfter = (rest: string, meta: DocMeta, h: Helpers): boolean => {
  if (!/^\s*[*_'’"”]?,\s/.test(rest)) return false;
  // "dir." ends no sentence.
  const clause = (rest.replace(/\bdir\.(?=\s)/gi, 'dir').split(/[.!?;](?:\s|$)/)[0] ?? '').replace(
    /^\s*[*_'’"”]?,\s*/,
    '',
  );
  let year: number | null = null;
  let runtime: number | null = null;
  let director: string | null = null;
  let n = 0;
  for (const p of clause.split(/\s*,\s*/)) {
    if (YEAR_PART.test(p)) year = year ?? Number(p);
    else if (RUNTIME_PART.test(p)) runtime = runtime ?? h.parseRuntime(p.replace(/['’′]$/, ' min'));
    else {
      const d = creditOf(p.replace(/^dir\b/i, 'dir.'), h);
      if (d === null) break;
      director = director ?? d;
    }
    n++;
  }
  if (n < 2 && director === null) return false;
  if (year !== null) meta.year = meta.year ?? year;
  if (runtime !== null && runtime >= 40) meta.runtimeMinutes = meta.runtimeMinutes ?? runtime;
  if (director !== null) meta.director = meta.director ?? director;
  return true;
};

/** Reads the facts set right after the title's mentions (and a name owning it before). */
const afterTitle = (text: string, meta: DocMeta, h: Helpers): void => {
  const title = meta.title;
  if (title === null || title.length < 2) return;
  const lower = text.toLowerCase();
  const needle = title.toLowerCase();
  const by = new RegExp(
    `^\\s*[*_'’"”]?,\\s*(?:written and )?(?:directed|helmed) by (${PERSON})(?:,\\s*((?:18|19|20)\\d\\d)\\b)?`,
    'u',
  );
  // "Dami Osei's Kettle Street Friday": a full name owning the title is its director.
  if (meta.director === null) meta.director = possessiveDirector(text, title, h);
  let from = 0;
  let read = false;
  // A few mentions at most: the page names its film near the top.
  for (let n = 0; n < 6; n++) {
    const at = lower.indexOf(needle, from);
    if (at < 0) return;
    from = at + needle.length;
    // The title as a whole word, not the start of a longer one.
    if (/[\p{L}\d]/u.test(text[at - 1] ?? ' ') || /[\p{L}\d]/u.test(text[from] ?? ' ')) continue;
    if (read) continue;
    let rest = text.slice(from, from + 160).split('\n')[0] ?? '';
    const bracket = /^\s*[*_'’"”]?\s*\(([^()]{1,80})\)/.exec(rest);
    if (bracket) {
      const parts = (bracket[1] ?? '').split(/\s*[,;·|]\s*/).map((p) => p.trim());
      const hasYear = parts.some((p) => YEAR_PART.test(p));
      const credit = parts.map((p) => creditOf(p, h)).find((d) => d !== null);
      // A bracket of facts: a year, or a credit ("(dir. X, 118 minutes)"); not "(Anna Holm)".
      if (hasYear || credit) {
        for (const p of parts) {
          if (YEAR_PART.test(p)) meta.year = meta.year ?? Number(p);
          else if (RUNTIME_PART.test(p)) {
            const r = h.parseRuntime(p.replace(/['’′]$/, ' min'));
            if (r !== null && r >= 40) meta.runtimeMinutes = meta.runtimeMinutes ?? r;
          }
        }
        if (credit) meta.director = meta.director ?? credit;
        // "Glass Harbour (2019), dir. Ines Vrabec, 118 min.": the facts go on after the bracket.
        // A bare year in a headline ("GLASS HARBOUR (2019) Full Story Recap") leaves the credit
        // to a later mention.
        const tail = factsAfter(rest.slice(bracket[0].length), meta, h);
        read = credit !== undefined || tail || meta.director !== null;
        continue;
      }
      // An original title in brackets: the credit may follow it.
      rest = rest.slice(bracket[0].length);
    }
    // "Title, directed by X, 2021." / "Title, directed by X."
    const b = by.exec(rest);
    if (b?.[1]) {
      meta.director = meta.director ?? b[1];
      if (b[2]) meta.year = meta.year ?? Number(b[2]);
      read = true;
    } else if (factsAfter(rest, meta, h)) read = true;
  }
};

/** A title in prose: capitalised words with small words between. */
const TITLE =
  "(?:The |A |An )?\\p{Lu}[\\p{L}'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|\\p{Lu}[\\p{L}'’-]*)){0,6}";

/** A lead that opens on the film's title and its credit: "The Salt Road, directed by X, is ...". */
const LEAD_CREDIT = new RegExp(
  `^(${TITLE})(?:,| is| was) (?:written and )?directed by (${PERSON})\\b`,
  'u',
);

/** A title in marks after a verb of watching or talking: "we watched “The Salt Road”". */
const MARKED_TITLE = new RegExp(
  `\\b(?:watched|watching|saw|screened|screening|rewatched|revisited|discussed|discussing|talk about|talking about|reviewed|reviewing|recommend)\\s+(?:[\\p{Ll}'’]+\\s+){0,2}?[“"*_]+(${TITLE})[”"*_]+`,
  'u',
);
const MARKED_HINT = /[“"*_]/;

/** Fills `meta`'s empty fields from the forms above. */
export const readPageForms = (doc: CleanDoc, meta: DocMeta, h: Helpers): void => {
  const { blocks, text } = doc;
  // A credit word left on the name: "Director Mara Holm" from "Director Mara Holm's film".
  if (meta.director)
    meta.director = meta.director.replace(
      /^(?:director|filmmaker|film-maker|writer-director|auteur)\s+(?=\p{Lu})/iu,
      '',
    );
  const head = blocks.slice(0, HEAD_BLOCKS);
  if (meta.title === null) {
    for (const b of head) {
      if (b.kind === 'heading') continue;
      const lead = LEAD_CREDIT.exec(text.slice(b.start, Math.min(b.end, b.start + 200)));
      if (lead?.[1] && lead[2]) {
        meta.title = lead[1];
        meta.titleEvidence = 'heading';
        meta.director = meta.director ?? lead[2];
        break;
      }
    }
  }
  if (meta.title === null) {
    for (const b of head) {
      const s = text.slice(b.start, b.end);
      const m = MARKED_HINT.test(s) ? MARKED_TITLE.exec(s) : null;
      const t = m?.[1];
      // Named again elsewhere: the page is about it, not a passing mention.
      if (t && text.split(t).length > 2) {
        meta.title = t;
        meta.titleEvidence = 'heading';
        break;
      }
    }
  }
  if (meta.year === null || meta.runtimeMinutes === null || meta.director === null) {
    for (const b of head) {
      for (const line of text.slice(b.start, b.end).split('\n')) {
        const f = factsOf(line, h);
        if (!f) continue;
        if (f.year !== null) meta.year = meta.year ?? f.year;
        if (f.runtime !== null && f.runtime >= 40)
          meta.runtimeMinutes = meta.runtimeMinutes ?? f.runtime;
        if (f.director !== null) meta.director = meta.director ?? f.director;
      }
    }
  }
  if (meta.year === null || meta.director === null || meta.runtimeMinutes === null)
    afterTitle(text, meta, h);
  if (meta.director === null) {
    for (const b of head) {
      const s = text.slice(b.start, Math.min(b.end, b.start + 600));
      const d =
        (s.includes('(') ? ROLE_AFTER_NAME.exec(s) : null) ??
        (s.includes('directed') ? HYPHEN_DIRECTED.exec(s) : null);
      // "The Mara Holm-directed ...": the article is the sentence's, not the name's.
      const name = d?.[1]?.replace(/^(?:The|This|That|A|An) /, '');
      if (name && name.includes(' ')) {
        meta.director = name;
        break;
      }
    }
  }
};
