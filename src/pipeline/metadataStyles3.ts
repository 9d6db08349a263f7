import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';

/**
 * Metadata in more page forms, read after the main pass of metadata.ts and filling only what it
 * left empty: an encyclopaedia infobox copied as text lines without tabs ("Release date 12 May
 * 1998 (Cannes)", "Running time 112 minutes", "Language Norwegian"), a label on a line of its own
 * with its value under it ("Directed by" / "Halvard Moe"), a bare year or runtime on a line of its
 * own (a film-diary site's "2019" under the title, "118 mins  More at IMDb"), a festival credits
 * line that opens on the director ("Aino Laht / Estonia / 2021 / 98 min"), a newspaper box's
 * "Cert 15, 104 min", a review's director in prose ("In her third feature, X", "the debut of X",
 * "X directs with", "filmmaker X") and a title's year in apposition ("Title, the 2004 film").
 */

/** What the main pass lends this one (kept there so both read names and runtimes alike). */
export interface MetaHelpers {
  parseRuntime: (v: string) => number | null;
  /** "KESSEL BRIDGE" -> "Kessel Bridge"; a title in mixed case is kept. */
  titleCase: (s: string) => string;
  /** A country's name, whole ("Estonia", "United Kingdom"). */
  country: RegExp;
  /** A company's name word ("Films", "Pictures"). */
  company: RegExp;
}

/** A person's full name: two or three capitalised words (a particle allowed), nothing else. */
// Unambiguous, so a long run of capitals is not retried word by word: "Anna", "McAllister",
// "O’Brien", "Anna-Lena".
const NAME_WORD =
  "\\p{Lu}(?:\\p{Ll}+(?:(?:['’-]\\p{Lu}?|\\p{Lu})\\p{Ll}+)*|(?:['’]\\p{Lu}\\p{Ll}+)+)";
// It starts a word: not retried at every capital of a long run ("AbcAbcAbc…").
const NAME = `(?<![\\p{L}'’-])${NAME_WORD}(?: \\p{Lu}\\.)?(?: (?:de |van |von |da |di |le |la |del |du )?${NAME_WORD}){1,2}`;
const FULL_NAME = new RegExp(`^${NAME}$`, 'u');

const YEAR = /\b((?:18|19|20)\d\d)\b/;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/**
 * An infobox row copied without its tab: the label, a space, the value. The value must open as
 * its kind does (a date or a year, a runtime, a capitalised word), so "Released on Blu-ray in
 * 2019" or "Length of the shoot" is no row.
 */
const ROW_YEAR = new RegExp(
  `^\\s*(?:release dates?|released|initial release|original release|premiere date|year of production|production year|year)\\s*:?\\s+(?=(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\b|(?:18|19|20)\\d\\d\\b|\\d{1,2}[./]\\d{1,2}[./](?:18|19|20)\\d\\d)(.*)$`,
  'i',
);
const ROW_RUNTIME =
  /^\s*(?:running time|runtime|run time|length|duration)\s*:?\s+(?:approx\.?\s*|approximately\s+|c\.\s*|ca\.\s*|about\s+)?(\d{1,3}\s*(?:min|mins|minutes|m)\b\.?|\d\s*h(?:rs?|ours?)?\.?\s*\d{0,2}\s*m?\w*|\d:[0-5]\d(?::[0-5]\d)?)\s*(?:\(.*\))?\s*$/i;
const ROW_LANGUAGE =
  /^\s*(?:[Ll]anguages?|LANGUAGES?|[Oo]riginal [Ll]anguage)\s*:?\s+(\p{Lu}\p{Ll}+)\b/u;
const ROW_DIRECTOR = new RegExp(
  `^\\s*(?:[Dd]irected by|DIRECTED BY|[Dd]irectors?|DIRECTORS?)\\s*:?\\s+(${NAME})\\s*$`,
  'u',
);

/** A label on a line of its own, whose value stands on the next line. */
const LABEL_ONLY =
  /^\s*(directed by|directors?|director\(s\)|release dates?|released|running time|runtime|run time|length|duration|languages?|original language|year|year of production)\s*:?\s*$/i;

/** A line that is only a runtime: "118 mins", "1h 58m", "118 mins   More at IMDb TMDB". */
const RUNTIME_ALONE =
  /^\s*(\d{2,3}\s*(?:min|mins|minutes)\.?|\d\s*h(?:rs?)?\.?\s*\d{1,2}\s*m(?:in|ins)?\.?)(?:\s{2,}.*|\s+more at\b.*)?$/i;

/** A certificate then the runtime: "Cert 15, 104 min", "15 certificate; 98 mins", "Rated R, 101 minutes". */
const CERT_RUNTIME =
  /\b(?:cert(?:ificate)?\.?\s*(?:U|PG|12A?|15|18)|(?:U|PG|12A?|15|18)\s+cert(?:ificate)?|rated\s+(?:G|PG|PG-13|R|NC-17))\s*[,.;:|]\s*(?:running time:?\s*)?(\d{2,3})\s*(?:min|mins|minutes)\b/i;
const CERT_RUNTIME_HINT = /cert|rated/i;

/**
 * A director named in a review's prose, near its top:
 * "In her third feature, Rosa Mendel ...", "the debut of Delia Frant", "the first feature from
 * Aino Laht", "Aino Laht directs with ...", "Estonian filmmaker Aino Laht".
 */
const PROSE_DIRECTORS: RegExp[] = [
  new RegExp(
    `\\b[Ii]n (?:her|his|their) (?:[\\p{L}-]+ ){0,2}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|debut|latest|new|sophomore|last|final)(?: [\\p{L}-]+){0,2}? (?:feature|film|movie|outing)(?: as (?:a )?director)?, (${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
    'u',
  ),
  new RegExp(
    `(?<!\\b(?:screen|acting|stage|film|big-screen|singing|modelling|modeling|television|tv|professional|Broadway|West End) )\\b(?:directorial |feature |directing |filmmaking |feature-length )?debut (?:of|from|by) (${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
    'u',
  ),
  new RegExp(
    `\\bthe (?:first|second|third|fourth|fifth|sixth|seventh|debut|latest|new) (?:feature|film|movie)(?: film)? (?:from|by) (?:(?:\\p{Lu}\\p{Ll}+ )?(?:writer-director|director|filmmaker) )?(${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
    'u',
  ),
  new RegExp(
    `(?:^|[.!?]\\s+)(${NAME}) (?:directs|directed) (?:with|from|this|here|the film|it\\b|her own|his own|their own|a script|an? \\p{Ll}+ (?:script|screenplay)|as if)`,
    'mu',
  ),
  new RegExp(
    `\\b(?:[Ff]ilm-?maker|[Ww]riter-director|[Aa]uteur) (${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
    'u',
  ),
  // A press kit's "a film by X"; a credits line's "Dir. X." after the country and year.
  new RegExp(
    `(?:^|[.!?]\\s+)(?:[Aa]n? )?(?:\\p{Ll}+ )?(?:film|feature) by (${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
    'mu',
  ),
  new RegExp(`(?:^|[.;|]\\s+)[Dd]ir\\. (${NAME})(?![\\p{L}'’-])(?! [A-Z])`, 'mu'),
];

/** A diary's or a forum post's "Title (Andras Feher, 2012, 131 minutes)": a full name beside the year. */
const BRACKET_DIRECTOR = new RegExp(
  `\\((${NAME}), (?:18|19|20)\\d\\d(?:, \\d{2,3} min(?:ute)?s?)?\\)`,
  'u',
);

/** A head line crediting the director: "a film by X", "ATTACHED DIRECTOR: X", "(direction): X". */
const HEAD_DIRECTOR_LINE = new RegExp(
  `^(?:an? )?(?:\\p{Ll}+ )?(?:film|feature) by (${NAME})\\s*$|(?:\\b(?:attached|film) director|\\((?:direction|director)\\))\\s*:\\s*(${NAME})(?![\\p{L}'’-])(?! [A-Z])`,
  'imu',
);

/** Kinds of films after a year: "the 2004 film", "a 1987 ghost story". */
const APPOSITIVE_YEAR =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|\p{Lu}[\p{L}'’-]*)){0,6}), (?:the|a|an|his|her|their) ((?:18|19|20)\d\d) (?:[\p{L}-]+ ){0,3}?(?:film|movie|feature|thriller|drama|comedy|documentary|horror|western)\b/u;
const APPOSITIVE_HINT = /, (?:the|a|an|his|her|their) (?:18|19|20)\d\d /;

/** Words that open a title-like phrase but are the sentence's: "Has anyone seen X, the ..." */
const SENTENCE_OPENERS =
  /^(?:Has|Have|Had|Did|Does|Do|Is|Was|Anyone|Someone|I|We|You|They|He|She|It|Just|Finally|Watched|Rewatched|Seen|Saw|Like|Unlike|Even|And|But|So|Then|Also|Re)\b\s*/;

const textOf = (doc: CleanDoc, i: number): string => {
  const b = doc.blocks[i];
  return b ? doc.text.slice(b.start, b.end) : '';
};

/** Fills `meta`'s empty fields from the page forms above. */
export const readMoreForms = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  const { blocks } = doc;
  const firstStory = blocks.findIndex((b) => b.kind === 'story');
  const head = firstStory < 0 ? blocks.length : firstStory;
  const factual = (i: number): boolean => {
    const k = blocks[i]?.kind;
    return k === 'heading' || k === 'meta' || k === 'boilerplate' || k === 'crew';
  };
  // Infobox rows, labels over values and lines that are only a fact, in the page's head and in
  // the fact boxes after its story (not in its prose).
  for (let i = 0; i < blocks.length; i++) {
    if (!factual(i)) continue;
    const lines = textOf(doc, i).split('\n');
    for (const [li, line] of lines.entries()) {
      // Rows, labels and credits lines are short; a paragraph of furniture is none of them.
      if (line.length > MAX_ROW_CHARS) continue;
      const label = LABEL_ONLY.exec(line);
      if (label) {
        // Its value: the next line of the block, or the next block.
        const value =
          li + 1 < lines.length
            ? lines[li + 1]
            : factual(i + 1)
              ? textOf(doc, i + 1).split('\n')[0]
              : undefined;
        if (value !== undefined && !LABEL_ONLY.test(value) && value.length <= 80)
          readRow(`${(label[1] ?? '').trim()} ${value.trim()}`, meta, h);
        continue;
      }
      readRow(line, meta, h);
      if (meta.runtimeMinutes === null) {
        const r = RUNTIME_ALONE.exec(line);
        const n = r ? h.parseRuntime(r[1] ?? '') : null;
        if (n !== null && n >= 40) meta.runtimeMinutes = n;
      }
      // A film-diary site's bare year under the title, above the story.
      if (meta.year === null && i < head && /^\s*(?:18|19|20)\d\d\s*$/.test(line)) {
        const before =
          li > 0
            ? (lines[li - 1] ?? '')
            : (textOf(doc, i - 1)
                .split('\n')
                .pop() ?? '');
        if (meta.title !== null && before.toLowerCase().includes(meta.title.toLowerCase()))
          meta.year = Number(line.trim());
      }
      if (i < head || blocks[i]?.kind === 'meta') creditsLine(line, meta, h);
      if (meta.runtimeMinutes === null) {
        const c = CERT_LINE.exec(line);
        if (c) meta.runtimeMinutes = Number(c[1]);
      }
    }
  }
  // The page's prose (its story and premise too: a review's opening is often read as story).
  const prose = blocks
    .filter((b) => b.kind !== 'boilerplate' && b.kind !== 'heading')
    .map((b) => doc.text.slice(b.start, b.end))
    .join('\n');
  if (meta.runtimeMinutes === null && CERT_RUNTIME_HINT.test(prose)) {
    const c = CERT_RUNTIME.exec(prose);
    if (c) meta.runtimeMinutes = Number(c[1]);
  }
  if (meta.runtimeMinutes === null && AT_RUNTIME_HINT.test(prose)) {
    const a = AT_RUNTIME.exec(prose);
    const n = a ? h.parseRuntime(a[1] ?? '') : null;
    if (n !== null && n >= 40) meta.runtimeMinutes = n;
  }
  // A director credited on a line of the page's head, whatever the block: "a film by X",
  // "ATTACHED DIRECTOR: X", "Realização (direction): X".
  if (meta.director === null) {
    const head = blocks
      .slice(0, 12)
      .map((b) => doc.text.slice(b.start, b.end))
      .join('\n');
    const credited = HEAD_DIRECTOR_LINE.exec(head);
    const name = credited?.[1] ?? credited?.[2];
    if (name && !h.company.test(name)) meta.director = name;
  }
  // Title lines and headlines at the head of the page.
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const line = textOf(doc, i);
    if (line.includes('\n') || line.length > 160) continue;
    titleCreditsLine(doc, line, meta, h);
    if (meta.director === null && i < head + 1) {
      const r = HEADLINE_DIRECTOR.exec(line);
      if (r?.[1] && !h.company.test(r[1])) meta.director = r[1];
    }
  }
  const top = blocks
    .filter((b) => b.kind !== 'boilerplate' && b.kind !== 'heading')
    .slice(0, 12)
    .map((b) => doc.text.slice(b.start, b.end))
    .join('\n')
    .slice(0, HEAD_CHARS);
  if (meta.director === null) {
    for (const re of PROSE_DIRECTORS) {
      const m = re.exec(top);
      const name = m?.[1];
      if (name && !h.company.test(name) && !h.country.test(name)) {
        meta.director = name;
        break;
      }
    }
  }
  // A forum's opening post reads as furniture (it asks questions): the head's furniture counts.
  const opening = blocks
    .filter((b, i) => b.kind !== 'heading' && (b.kind !== 'boilerplate' || i < head))
    .slice(0, 12)
    .map((b) => doc.text.slice(b.start, b.end))
    .join('\n')
    .slice(0, HEAD_CHARS);
  proseTitle(doc, opening, meta, h);
  // A forum's opening post, read as furniture: "Teodor Vasko directed it and ...". Prose of
  // twenty words or more among the first blocks, not a rail of links.
  const post = blocks
    .slice(0, 8)
    .map((b) => doc.text.slice(b.start, b.end))
    .filter((t) => t.split(/\s+/).length >= 20 && !/[|·•›»]/.test(t))
    .join('\n');
  for (const re of meta.director === null ? PROSE_DIRECTORS : []) {
    const name = re.exec(post)?.[1];
    if (name && !h.company.test(name) && !h.country.test(name)) {
      meta.director = name;
      break;
    }
  }
  if (meta.director === null) {
    const name = BRACKET_DIRECTOR.exec(opening)?.[1];
    if (name && !h.company.test(name) && !h.country.test(name)) meta.director = name;
  }
  if (meta.year === null && meta.title !== null) releasedIn(opening, meta);
  if (meta.year === null && APPOSITIVE_HINT.test(opening)) {
    const a = APPOSITIVE_YEAR.exec(opening);
    const title = a ? (a[1] ?? '').replace(SENTENCE_OPENERS, '').replace(SENTENCE_OPENERS, '') : '';
    if (
      a &&
      title &&
      (meta.title === null ||
        meta.title.toLowerCase() === title.toLowerCase() ||
        !titleNamed(doc, meta.title))
    ) {
      if (meta.title === null || meta.title.toLowerCase() !== title.toLowerCase()) {
        meta.title = title;
        meta.titleEvidence = 'heading';
      }
      meta.year = Number(a[2]);
    }
  }
};

/** True when the page's story or premise names `title` (a heading no text repeats may be a site's). */
const titleNamed = (doc: CleanDoc, title: string): boolean => {
  const key = title.toLowerCase().replace(/^the /, '');
  return doc.blocks.some(
    (b) =>
      (b.kind === 'story' || b.kind === 'premise') &&
      doc.text.slice(b.start, b.end).toLowerCase().includes(key),
  );
};

/** One infobox row without its tab: "Release date 12 May 1998 (Cannes)", "Running time 112 minutes". */
const readRow = (line: string, meta: DocMeta, h: MetaHelpers): void => {
  if (meta.year === null) {
    const y = ROW_YEAR.exec(line);
    const year = y ? YEAR.exec(y[1] ?? '') : null;
    if (year) meta.year = Number(year[1]);
  }
  if (meta.runtimeMinutes === null) {
    const r = ROW_RUNTIME.exec(line);
    const n = r ? h.parseRuntime(r[1] ?? '') : null;
    if (n !== null && n >= 40) meta.runtimeMinutes = n;
  }
  if (meta.language === null) {
    const l = ROW_LANGUAGE.exec(line);
    if (l) meta.language = l[1] ?? null;
  }
  if (meta.director === null) {
    const d = ROW_DIRECTOR.exec(line.split(/\s+[·•|/]\s+|\s*,\s*/)[0] ?? '');
    if (d?.[1] && !h.company.test(d[1])) meta.director = d[1];
  }
};

/**
 * A festival catalogue's credits line: "Aino Laht / Estonia / 2021 / 98 min", "Aino Laht | Estonia,
 * Finland | 2021 | 98'". The first part is a full name, another part a country, and the line
 * states a year or a runtime: the name is the director's.
 */
const creditsLine = (line: string, meta: DocMeta, h: MetaHelpers): void => {
  // "Dir. Anna Sorel, 2011, 94 min": a bare year between commas of a credits line.
  if (meta.year === null && CREDIT_OR_RUNTIME.test(line)) {
    const y = /(?:^|,\s*)((?:18|19|20)\d\d)\s*(?=,|$)/.exec(line);
    if (y) meta.year = Number(y[1]);
  }
  // "Estonia, Finland 2021, 98 min": a country and the year with no comma between them.
  if (meta.year === null && /\d/.test(line)) {
    for (const part of line.split(/\s*[,/|•·‧]\s*/)) {
      const cy = /^(\p{Lu}[\p{L} .'-]{1,30}?)\s+((?:18|19|20)\d\d)$/u.exec(part.trim());
      if (cy && h.country.test(cy[1] ?? '')) {
        meta.year = Number(cy[2]);
        break;
      }
    }
  }
  const parts = line.split(/\s+[/|•·‧]\s+/).map((p) => p.trim());
  if (parts.length < 3) return;
  const rest = parts.slice(1);
  // "Germany / 2011 / 94 min / DCP": the country may open the line.
  const country = parts.some((p) => p.split(/\s*,\s*/).every((c) => h.country.test(c)));
  const year = rest.find((p) => /^(?:18|19|20)\d\d$/.test(p));
  const runtime = rest.find((p) => /^\d{2,3}\s*(?:min|mins|minutes|['’′])\.?$/i.test(p));
  if (!country || (!year && !runtime)) return;
  const first = parts[0] ?? '';
  if (
    meta.director === null &&
    FULL_NAME.test(first) &&
    !h.company.test(first) &&
    (meta.title === null || meta.title.toLowerCase() !== first.toLowerCase())
  )
    meta.director = first;
  if (meta.year === null && year) meta.year = Number(year);
  if (meta.runtimeMinutes === null && runtime) meta.runtimeMinutes = h.parseRuntime(runtime);
};

/** The longest line read as an infobox row, a label or a credits line. */
const MAX_ROW_CHARS = 200;

/** How much of the page's opening prose is read for its film's facts (a review's first paragraphs). */
const HEAD_CHARS = 8000;

/** A piece every AT_RUNTIME match holds (cheap to scan for). */
const AT_RUNTIME_HINT = /\d minutes|\d\s*h(?:rs?|ours?)?\s*\d/;

/** "At 94 minutes, it never ...", "at just 1h 34m": a film's length (not "40 minutes in"). */
const AT_RUNTIME =
  /\b[Aa]t (?:just |barely |only |a (?:brisk|lean|tight|trim|svelte|taut|punchy|mere) )?(\d{2,3} minutes|\d\s*h(?:rs?|ours?)?\s*\d{1,2}\s*m(?:in|ins)?)\b(?! (?:in|into|past|later|before|after|from|of)\b)(?=,| long\b| it\b| the film\b| this\b)/;

/** A newspaper headline "Title review – Anna Sorel's taut thriller holds its nerve". */
const HEADLINE_DIRECTOR = new RegExp(
  `\\b[Rr]eview\\s*[–—:|-]\\s*(${NAME})['’]s (?:[\\p{L}-]+ ){0,3}?(?:film|feature|debut|thriller|drama|comedy|horror|western|documentary|melodrama|romance|satire|fable|ghost story|chiller|noir|epic|musical)\\b`,
  'u',
);

/** A title in prose: capitalised words and small words, in italics or quotes or bare. */
const TITLE_WORDS =
  "(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|with|from|\\p{Lu}[\\p{L}'’-]*)){0,7}";
const QUOTE_OPEN = '[*_“"‘]?';
const QUOTE_CLOSE = '[*_”"’]?';

/**
 * The page's film named in its prose with its facts:
 * "Anna Sorel's Kessel Bridge (2011) begins ...", "Anna Sorel's Kessel Bridge (2011, 94 minutes) is",
 * "In Kessel Bridge (dir. Anna Sorel, 2011), ...",
 * "“Kessel Bridge” (2011), Anna Sorel's best film". Not a film named for comparison.
 */
const POSSESSIVE_TITLE = new RegExp(
  `(${NAME})['’]s ${QUOTE_OPEN}(${TITLE_WORDS})${QUOTE_CLOSE} \\(((?:18|19|20)\\d\\d)(?:, [^()\\n]{1,30})?\\)`,
  'u',
);
const BRACKET_CREDIT = new RegExp(
  `${QUOTE_OPEN}(${TITLE_WORDS})${QUOTE_CLOSE} \\((?:(?:dir\\.?|directed by) (${NAME}),? ((?:18|19|20)\\d\\d)|((?:18|19|20)\\d\\d),? (?:dir\\.?|directed by) (${NAME}))\\)`,
  'u',
);
const QUOTED_TITLE_YEAR = new RegExp(
  `[“"‘*_](${TITLE_WORDS})[”"’*_] \\(((?:18|19|20)\\d\\d)\\)(?:, (${NAME})['’]s (?:[\\p{L}-]+ ){0,3}?(?:film|feature|movie|debut|thriller|drama|comedy|horror|documentary)\\b)?`,
  'u',
);
const COMPARISON_BEFORE =
  /\b(?:like|unlike|than|recalls?|echo(?:es)?|remake of|homage to|nod to|reminiscent of|compared (?:to|with)|evokes?|after|since|as in|alongside)\s+$/i;
const OPENERS =
  /^(?:In|On|At|With|Like|Unlike|As|After|Since|When|While|For|From|Of|The film|Watching|Rewatching|Seeing)\s+/;

/** Offers a title found in prose: taken when the page has none, or names its own heading nowhere. */
const offerTitle = (doc: CleanDoc, meta: DocMeta, title: string, h: MetaHelpers): boolean => {
  const t = h.titleCase(title.trim());
  if (meta.title !== null && meta.title.toLowerCase() === t.toLowerCase()) return true;
  if (meta.titleEvidence === 'stated') return false;
  if (meta.title !== null && (titleNamed(doc, meta.title) || !titleNamed(doc, t))) return false;
  if (meta.title !== null) meta.year = null;
  meta.title = t;
  meta.titleEvidence = 'heading';
  return true;
};

const proseTitle = (doc: CleanDoc, opening: string, meta: DocMeta, h: MetaHelpers): void => {
  const found: { title: string; year: number; director: string | null; at: number }[] = [];
  const p = /['’]s /.test(opening) ? POSSESSIVE_TITLE.exec(opening) : null;
  if (p) {
    // "Like Anna Sorel's ...": the sentence's opening word is no part of the name.
    const lead = /^(?:Like|Unlike|As|After|Since|Than|In|With|And|But|Both|Even)\s+/.exec(
      p[1] ?? '',
    );
    found.push({
      title: p[2] ?? '',
      year: Number(p[3]),
      // A surname alone is half a name.
      director: lead
        ? /\s/.test((p[1] ?? '').slice(lead[0].length))
          ? (p[1] ?? '').slice(lead[0].length)
          : null
        : (p[1] ?? null),
      at: p.index + (lead?.[0].length ?? 0),
    });
  }
  const b = /\((?:dir|directed|(?:18|19|20)\d\d,? dir)/.test(opening)
    ? BRACKET_CREDIT.exec(opening)
    : null;
  if (b) {
    const title = (b[1] ?? '').replace(OPENERS, '');
    found.push({
      title,
      year: Number(b[3] ?? b[4]),
      director: b[2] ?? b[5] ?? null,
      at: b.index + (b[1] ?? '').length - title.length,
    });
  }
  const q = QUOTED_TITLE_YEAR.exec(opening);
  if (q) found.push({ title: q[1] ?? '', year: Number(q[2]), director: q[3] ?? null, at: q.index });
  for (const f of found.sort((x, y) => x.at - y.at)) {
    if (COMPARISON_BEFORE.test(opening.slice(Math.max(0, f.at - 40), f.at))) continue;
    if (!f.title || f.title.split(' ').length > 8) continue;
    if (!offerTitle(doc, meta, f.title, h)) continue;
    if (meta.year === null) meta.year = f.year;
    if (meta.director === null && f.director && !h.company.test(f.director))
      meta.director = f.director;
    return;
  }
};

/**
 * A title line with its credits: "KESSEL BRIDGE (2011) — dir. Anna Sorel — 94 min",
 * "Kessel Bridge (2011) | dir. Anna Sorel | 94 min".
 */
const TITLE_CREDITS = /^\s*([^()|—–•·]{2,80}?)\s*\(((?:18|19|20)\d\d)\)\s*[—–|•·:-]\s*(.{3,120})$/u;
const titleCreditsLine = (doc: CleanDoc, line: string, meta: DocMeta, h: MetaHelpers): void => {
  const m = TITLE_CREDITS.exec(line);
  if (!m) return;
  const rest = m[3] ?? '';
  if (!/\b(?:dir\.?|directed by|director:?)\s+\p{Lu}|\b\d{2,3}\s*min/iu.test(rest)) return;
  const title = (m[1] ?? '').trim();
  const words = title.split(/\s+/);
  if (words.length > 8 || words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length < words.length / 2)
    return;
  if (!offerTitle(doc, meta, title, h)) return;
  if (meta.year === null) meta.year = Number(m[2]);
  for (const part of rest.split(/\s*[—–|•·]\s*|,\s+/)) {
    const d = new RegExp(`^(?:dir\\.?|directed by|director:?)\\s+(${NAME})`, 'iu').exec(part);
    if (d?.[1] && meta.director === null) meta.director = d[1];
    const r = /^(\d{2,3}\s*(?:min|mins|minutes)|\d\s*h(?:rs?)?\s*\d{1,2}\s*m\w*)\.?$/i.exec(part);
    if (r && meta.runtimeMinutes === null) meta.runtimeMinutes = h.parseRuntime(r[1] ?? '');
  }
};

/** A newspaper box's certificate and runtime on a line of their own: "15, 94 mins", "PG · 101 min". */
const CERT_LINE =
  /^\s*(?:U|PG|PG-13|12A?|15|18|R|NC-17)\s*[,|·•]\s*(\d{2,3})\s*(?:min|mins|minutes)\.?\s*$/;

/** A credits line: a director's credit or a runtime. */
const CREDIT_OR_RUNTIME = /^\s*(?:dir\.?|directed by|director:?)\s+\p{Lu}|\b\d{2,3}\s*min/iu;

/**
 * The film's release told in prose: "Released in 2011, Kessel Bridge ...", "It was released in
 * March 2011", "The film premiered at the Berlinale in February 2011". Not "re-released" or a
 * restoration; only with the page's title or "It"/"The film" as the subject.
 */
const releasedIn = (opening: string, meta: DocMeta): void => {
  if (!/released|premiered|made in|shot in|filmed in/i.test(opening)) return;
  const title = (meta.title ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = new RegExp(
    `(?:^|[.!?]\\s+)(?:First released|Released|Made|Shot|Filmed|Completed) in ((?:18|19|20)\\d\\d), (?:${title}|the film|it)\\b`,
    'imu',
  ).exec(opening);
  const after = new RegExp(
    `(?:^|[.!?]\\s+)(?:${title}|It|The film) (?:was |is )?(?:first |originally )?(?<!-)(?:released|premiered)\\b[^.!?]{0,60}?\\b((?:18|19|20)\\d\\d)\\b`,
    'mu',
  ).exec(opening);
  // "It was released on Blu-ray in 2019", "released again in a restored version in 2018".
  const disc =
    after !== null &&
    /\b(?:dvd|blu-?ray|4k|uhd|vhs|streaming|netflix|home video|restor\w*|again|anniversary|remaster\w*)\b/i.test(
      after[0],
    );
  const y = before?.[1] ?? (disc ? undefined : after?.[1]);
  if (y) meta.year = Number(y);
};
