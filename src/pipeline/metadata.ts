import type { CleanDoc } from './clean';
import { readPressFacts15 } from './press15';
import { readMoreForms } from './metadataStyles3';
import { readPageForms } from './metadataStyles4';
import { readForms13 } from './metadataForms13';
import { otherThingsLength, readForms14 } from './metadataForms14';
import { readForms15 } from './metadataForms15';
import { readThreadForms } from './metadataThreads';
import { readProgrammeFilm } from './pageStyles8';
import { readSocietyForms } from './pageStyles9';

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

/** A library catalogue's medium in brackets after a title: "[videorecording]", "[DVD]". */
const CATALOGUE_MEDIUM =
  /\s*\[(?:videorecording|video ?recording|motion picture|electronic resource|dvd|blu-?ray|videodisc|videocassette|film)\]\s*$/i;

const clean = (s: string): string =>
  s
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\s"“'‘*•·\-–—:#>]+|[\s"”'’*•·\-–—:;,.#]+$/g, '')
    .trim();

const parseRuntime = (v: string): number | null => {
  // A disc's "1:37" or "1:37:12": hours and minutes (and seconds), the minutes in two digits.
  // "01:44:00" too: an hour of two digits, led by a nought.
  const clock = /^\s*0?(\d):([0-5]\d)(?::[0-5]\d)?\b/.exec(v);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  // "1h 48m", "1 hour 48 minutes", "1h48".
  // "1 hour, 34 minutes" and "1 hour and 34 minutes" too.
  const hm =
    /(\d+)\s*h(?:ours?|rs?)?\.?,?\s*(?:and\s+)?(?:(\d+)\s*(?:m|min|mins|minutes)?\b)?/i.exec(v);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2] ?? 0);
  const m = /(\d{2,3})/.exec(v);
  return m ? Number(m[1]) : null;
};

const parseYear = (v: string): number | null => {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(v);
  return m ? Number(m[1]) : null;
};

/** Genre words a credits line or an encyclopaedia lead uses. */
const GENRE =
  /^(?:drama|comedy|thriller|horror|documentary|romance|romantic|crime|mystery|western|musical|animation|animated|fantasy|science[- ]fiction|sci-fi|war|adventure|action|family|biographical|biography|historical|history|disaster|melodrama|noir|neo-noir|satire|satirical|psychological|coming-of-age|black comedy|comedy-drama|dramedy|sports?|spy|heist|erotic|slasher|supernatural|political|legal|period|epic|road|teen|mockumentary|experimental|short)$/i;

/** A person's name at the start of `s`: capitalised words and initials, up to a sentence end. */
const personName = (s: string): string => {
  const out: string[] = [];
  for (const w of s.trim().split(/\s+/)) {
    const initial = /^\p{Lu}\.$/u.test(w);
    const particle =
      out.length > 0 &&
      /^(?:de|del|della|da|di|van|von|der|den|le|la|du|dos|das|bin|ibn|al)$/.test(w);
    if (!initial && !particle && !/^\p{Lu}[\p{L}'’-]*[.,;:]?$/u.test(w)) break;
    const bare = initial ? w : w.replace(/[.,;:]$/, '');
    out.push(bare);
    if (!initial && /[.,;:]$/.test(w)) break;
    if (out.length >= 5) break;
  }
  while (
    out.length > 1 &&
    /^(?:de|del|della|da|di|van|von|der|den|le|la|du|dos|das|bin|ibn|al)$/.test(
      out[out.length - 1] ?? '',
    )
  )
    out.pop();
  return out.length > 0 ? out.join(' ') : clean(s);
};

/** The facts of an encyclopaedia lead: "X is a 2008 Canadian disaster drama film directed by Y." */
const leadFacts = (
  s: string,
): { title: string; year: number | null; director: string | null; genres: string[] } | null => {
  const m =
    /^\s*(.{1,100}?)\s+is an? (?:((?:1[89]|20)\d\d) )?((?:[\p{L}-]+ ){0,8}?(?:\p{L}+-(?=(?:thriller|drama|comedy|western|musical|melodrama)\b))?)(film|movie|feature|picture|documentary|miniseries|(?:thriller|drama|comedy|western|musical|melodrama)(?: film| movie)?)\b(?:[^.]*?\bdirected by\s+(.+))?/u.exec(
      s,
    );
  if (!m) return null;
  // A headline's label before a quoted title: 'Review: "The Salt Wives" is a quiet storm of a film'.
  const title = clean(
    clean((m[1] ?? '').replace(/\s*\([^)]*\)\s*/g, ' ')).replace(
      /^(?:review|recap|opinion|analysis|explainer)\s*:\s*/i,
      '',
    ),
  );
  if (!title || title.split(' ').length > 10 || !/^[\p{Lu}\d"“]/u.test(title)) return null;
  // The genre words include the noun itself when it is one ("a 2017 British heist thriller").
  const words = `${m[3] ?? ''} ${m[4] ?? ''}`.trim().split(/\s+/).filter(Boolean);
  const genres = words.filter((w) => GENRE.test(w)).map((w) => w.toLowerCase());
  return {
    title,
    year: m[2] ? Number(m[2]) : null,
    director: m[5] ? personName(m[5]) : null,
    genres,
  };
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
  // "Key: value", "Key — value", "| Key | value |" (a markdown table row), "Key<tab>value" (an
  // encyclopaedia's infobox copied from the page).
  const m =
    /^[\s•*·|\-–—]*([A-Za-z][A-Za-z ./&]{0,40}?(?:\(s\))?)\s*(?::|\t|\s[|—–]\s|\|)\s*(.*?)\s*\|?\s*$/.exec(
      line,
    );
  if (!m) return null;
  // A catalogue's "Director(s)" is "directors".
  return [(m[1] ?? '').toLowerCase().replace('(s)', 's').trim(), clean(m[2] ?? '')];
};

/**
 * A course's unit or lesson, then the film with its year: "FILM STUDIES UNIT 4: THE COMPASS
 * (2022)" (not the unit's topic, "UNIT 4: TIME AND MEMORY").
 */
const COURSE_UNIT =
  /^\s*(?:[A-Za-z][A-Za-z &]{0,30}\s)?(?:unit|module|lesson|week|session|topic)\s+\d{1,2}[a-z]?\s*[:–—-]\s*(\p{Lu}.{0,80}\((?:18|19|20)\d\d\))$/iu;

/** Words of a page's own label after a title ("Plot Summary", "Ending Explained", "Review"). */
const LABEL =
  /\b(?:plot|summary|synopsis|recap|ending|explained|review|timeline|spoilers?|breakdown|press kit)\b/i;

/** Mentions of a heading counted towards its score, at most. */
const MAX_COUNTED_MENTIONS = 3;

/** How many of a page's first blocks may name the film in prose. */
const PROSE_TITLE_BLOCKS = 12;

/** A comma-separated facts line: a year and a runtime in minutes, no sentence. */
const FACTS_IN_COMMAS =
  /^(?=[^.!?]*\b(?:1[89]|20)\d\d\b)(?=[^.!?]*\b\d{2,3}\s*(?:min|mins|minutes)\b)[^.!?:]{0,160}$/i;

/** A facts line under a title: its year or its runtime. */
const FACTS_AFTER_TITLE = /\b(?:1[89]|20)\d\d\b|\b\d{2,3}\s*min|\b\d\s*h\s*\d{1,2}\s*m?\b/i;

/** A prefilter for ownerLines (same case folding). */
const OWNER_HINT = /©|copyright|all rights reserved/i;
/** The lower-cased text of a page's copyright lines ("© 2024 Flixora. All rights reserved."). */
const ownerLines = (text: string): string =>
  // Every line taken holds one of the words: a page without them (most) skips the line scan.
  OWNER_HINT.test(text)
    ? (text.match(/^.*(?:©|\bcopyright\b|all rights reserved).*$/gim) ?? [])
        .join('\n')
        .toLowerCase()
    : '';

/**
 * A film's own copyright line: "© 2017 Northlight Films Ltd.", "Film © 1972 Vehling
 * Filmproduktion". A site's ("© 2024 Flixora. All rights reserved.", "© 2019-2024 X Reviews") names
 * no film company, or a range of years.
 */
const FILM_COPYRIGHT =
  /(?:^|\bfilm\s+)(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:18|19|20)\d\d)(?!\s*[-–/]\s*\d)\s+([^.|\n]{2,60})/im;
const FILM_COMPANY =
  /\b(?:films?|pictures|productions?|produzioni|producciones|filmproduktion|filmes|studios?|film company|motion picture)\b/i;
const copyrightYear = (text: string): number | null => {
  if (!text.includes('©') && !/copyright|\(c\)/i.test(text)) return null;
  for (const line of text.match(/^.*(?:©|\(c\)|copyright).*$/gim) ?? []) {
    const m = FILM_COPYRIGHT.exec(line);
    if (!m) continue;
    const owner = m[2] ?? '';
    const film = /\bfilm\s+(?:©|\(c\)|copyright)/i.test(line);
    if ((film || FILM_COMPANY.test(owner)) && !SITE_NAME.test(owner)) return Number(m[1]);
  }
  return null;
};

/** A site's, a catalogue's or a wiki's own name, not a film's. */
const SITE_NAME =
  /\b(?:wiki|wikia|fandom|recaps?|reviews|magazine|blog|catalogue|catalog|digest|podcast|newsletter|film society|film club|cinematheque|cinémathèque|film institute|film archive|programme note|program note|official catalogue|page \d+|\.com|\.net|\.org|home (?:video|entertainment)|video|releasing)\b/i;
/**
 * A disc's or a festival's label above the title: "LIMITED EDITION BLU-RAY", "4K ULTRA HD",
 * "Official Competition", "World Premiere", "Press Notes".
 */
const RELEASE_LABEL =
  /^(?:(?:limited|special|collector['’]?s|deluxe|anniversary|standard|ultimate|definitive|restored)\b.{0,30}\bedition|.{0,30}\b(?:blu-?ray|dvd|4k|uhd|ultra hd|dual format|steelbook|box ?set)|(?:official |international |main )?(?:competition|selection|sidebar|panorama|special presentations?|out of competition|in competition)|(?:world|international|european|north american|uk|us) premiere|press (?:notes|kit|book|pack))$/i;

/**
 * A title in prose: capitalised words and small words, not opening on a word that starts a
 * sentence about something else ("Like Jaws (1975), ...", "After Dark (2004) ...").
 */
const PROSE_TITLE =
  "(?!(?:Like|Unlike|As|After|Before|Since|While|With|Without|Than|From|Following|Compared|Where|When|If|Even|Just|Not|Only|And|But|Or|In|On|At|For|To|Watched|Rewatched|Beside|Besides|Both|Until|Unless|Whereas|Although|Though)\\b)(?:The |A |An )?\\p{Lu}[\\p{L}'’-]*(?: (?:of|the|a|an|and|in|on|at|to|for|\\p{Lu}[\\p{L}'’-]*)){0,7}";
/**
 * A lead that names the film: "Title (2021).", "Title (Surname, 2021),", "Title is a 2021 film",
 * "Title (2019) follows three people" (a verb after the title only with its year).
 */
const PROSE_LEAD = new RegExp(
  `^(${PROSE_TITLE})(?: \\((?:\\p{Lu}[\\p{L}'’-]+, )?((?:18|19|20)\\d\\d)(?:, [^()\\n]{1,30})?\\))?(?:[.,]| is an? (?:(?:18|19|20)\\d\\d )?(?:[\\p{L}-]+ ){0,6}?(?:film|movie|thriller|drama|comedy|western|feature|picture)\\b| (?:follows|tells|centres on|centers on|traces|chronicles|depicts|concerns|opens|begins|stars|is set|takes place|unfolds|charts|explores|revolves)\\b)`,
  'mu',
);
/** A film diary's entry: "Watched Title (Surname, 2018)", "Rewatched Title (2018)". */
const PROSE_WATCHED = new RegExp(
  `^(?:(?:I |Just |Finally |I just |I finally )(?:saw|caught)|(?:I |Just |Finally )?(?:[Rr]e-?)?[Ww]atched) (${PROSE_TITLE}) \\((?:[^()]{0,40}?, )?((?:18|19|20)\\d\\d)\\)`,
  'mu',
);

/**
 * A headline's label, then the title in quotes and a verb: "Review: 'Title' is a slow marvel",
 * "RECAP: \"Title\" is the tennis movie I needed".
 */
const LABELLED_QUOTE =
  /^(?:review|recap|film review|movie review|explainer|explained|analysis|opinion|essay)\s*[:|–—-]\s*['‘"“]([^'’"”\n]{2,60})['’"”]\s+(?:is|was|review|recap|explained|ending explained)\b/imu;
/** A podcast episode's title naming its film in quotes: "Ep. 112 — “The Salt Road” (2019) with ...". */
const EPISODE_QUOTE =
  /^(?:episode|ep\.?|#)\s*\d{1,4}\s*[:|–—-]\s*['‘"“]([^'’"”\n]{2,60})['’"”](?:\s*\(((?:18|19|20)\d\d)\))?(?=\s*(?:$|\(|with\b|w\/|feat\.?|ft\.|[-–—:|]))/imu;
/** A headline about the film as a whole: "Everything you need to know about Title". */
const ABOUT_TITLE = new RegExp(
  `^(?:[Ee]verything (?:you need to know|you should know|we know|to know) about|[Tt]he ending of|[Ee]xplaining the ending of|[Ww]hat happens at the end of|[Ww]here to (?:watch|stream)) [*_'‘"“]?(${PROSE_TITLE})[*_'’"”]?(?: \\(((?:18|19|20)\\d\\d)\\))?(?:,? explained)?\\s*[:?!.]?\\s*$|^(?:Watch|Stream) [*_'‘"“]?(${PROSE_TITLE})[*_'’"”]?(?: \\(((?:18|19|20)\\d\\d)\\))? (?:online|now|free|full movie|in HD)\\b`,
  'mu',
);
const ABOUT_HINT = /^(?:everything|the ending|explaining|what happens|where to|watch |stream )/im;

/** The film a headline names by its label: "Review: 'Title' is ...", "Everything you need to know about Title". */
const namedInHeadline = (lines: string): { title: string; year: number | null } | null => {
  const quoted = LABELLED_QUOTE.exec(lines);
  if (quoted?.[1]) return { title: clean(quoted[1]), year: null };
  const about = ABOUT_HINT.test(lines) ? ABOUT_TITLE.exec(lines) : null;
  const title = about?.[1] ?? about?.[3];
  const year = about?.[2] ?? about?.[4];
  if (title) return { title: clean(title), year: year ? Number(year) : null };
  // A podcast's "Episode 112 — “The Salt Road” with Maya and Jonah".
  const episode = EPISODE_QUOTE.exec(lines);
  if (episode?.[1])
    return { title: clean(episode[1]), year: episode[2] ? Number(episode[2]) : null };
  return null;
};

/** The film named by the page's prose: "'Title' review:", "Title (2021) is", "Title is a 2021 film". */
const namedInProse = (prose: string): { title: string; year: number | null } | null => {
  const review =
    /^['‘"“]([^'’"”\n]{2,60})['’"”]\s+(?:review|recap|explained|ending explained|is an? )\b/imu.exec(
      prose,
    ) ?? LABELLED_QUOTE.exec(prose);
  if (review?.[1]) return { title: clean(review[1]), year: null };
  const headline = namedInHeadline(prose);
  if (headline) return headline;
  const lead = PROSE_LEAD.exec(prose);
  // "Anna Sorel's Kessel Bridge (2011) begins", "... is a drama": the possessive is the
  // director's (metadataStyles3 reads it), not part of the title.
  const possessiveLead =
    lead?.[1] !== undefined && /['’]s\s/.test(lead[1]) && !/[.,]$/.test(lead[0]);
  if (lead?.[1] && !possessiveLead && (lead[2] || /\bis an? /.test(lead[0]))) {
    return { title: clean(lead[1]), year: lead[2] ? Number(lead[2]) : null };
  }
  // A film diary's "Watched The Glass Meridian (Okafor, 2018) on a rainy Sunday."
  const diary =
    /^(?:(?:I |Just |Finally |I just |I finally )(?:saw|caught)|(?:I |Just |Finally )?(?:[Rr]e-?)?[Ww]atched) /m.test(
      prose,
    )
      ? PROSE_WATCHED.exec(prose)
      : null;
  if (diary?.[1]) return { title: clean(diary[1]), year: Number(diary[2]) };
  return null;
};

/** The page's own text (story, premise and meta blocks), lower-cased, where a title is named again. */
const ownText = (text: string, doc: CleanDoc): string =>
  doc.blocks
    .filter((b) => b.kind === 'story' || b.kind === 'premise' || b.kind === 'meta')
    .map((b) => text.slice(b.start, b.end))
    .join('\n')
    .toLowerCase();

/** How often (up to `cap`) the page's own text names `title`, a leading "The" aside. */
const timesNamed = (own: string, title: string, cap: number): number => {
  const key = title.toLowerCase().replace(/^the /, '');
  let n = 0;
  for (let at = own.indexOf(key); at >= 0 && n < cap; at = own.indexOf(key, at + key.length)) n++;
  return n;
};

/** A piece's byline under its title: "by Ruth Calder", "An essay by Ruth Calder". */
const PIECE_BYLINE =
  /^(?:(?:an? |the )?(?:essay|article|review|text|words|notes?|commentary|appreciation|introduction)\s+)?by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/iu;

/** A newspaper headline "Title review – a chilly noir" or "Title recap: ...": the title is before. */
const HEADLINE_LABEL =
  /^((?:(?!\s[–—|-]\s)[^:|]){1,80}?)\s+(?:[Rr]eview|[Rr]ecap|[Ee]nding [Ee]xplained|[Pp]lot [Ss]ummary)\s*(?:[:|–—-]\s+.*)?$/;

/** True unless a heading is a site's, a label's, a listing's or a section's rather than a title. */
const mayBeTitle = (title: string, line: string): boolean =>
  // A vote count or a list number ("41", "1.4k") is no title.
  /\p{L}{2}/u.test(title) &&
  !SITE_NAME.test(title) &&
  !RELEASE_LABEL.test(title) &&
  // A page header with a date or a listings label ("What's on TV · Saturday 3 February").
  !/\b(?:what['’]s on|tv guide|listings?|schedule|tonight)\b/i.test(line) &&
  // A day with its date, or after a separator: not "Kettle Street Friday (2021)".
  !/(?:^|[·|•,–—]\s*)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:\d|the \d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(
    line,
  ) &&
  // A distributor's credit ("NORTHLIGHT PICTURES presents") heads the title, is not it.
  !/\bpresents?\s*:?$|\bin association with\b/i.test(title) &&
  // A page's own section labels: "Film of the Week", "Critic's Choice", "Now Showing".
  !/^(?:(?:film|movie|pick|dvd|release|stream) of the (?:week|month|day|year)|critic['’]?s['’]? (?:choice|pick)|editor['’]?s['’]? (?:choice|pick)|staff picks?|now (?:showing|playing|streaming)|coming soon|new (?:releases?|this week|on \w+)|in cinemas|on demand|streaming now|top picks?|featured|home|movies|films)$/i.test(
    title,
  ) &&
  !/^(?:the )?(?:plot|synopsis|summary|summaries|story|cast|crew|press kit|press|spoilers?|logline|log line|tagline|premise|long synopsis|short synopsis|full plot|recap|credits|contents|(?:film |movie )?reviews?$|(?:movie|film) (?:info|facts|details)$|details$|screenings?|tickets?|production|world sales|sales|(?:world |international |european )?premiere|programmer|menu|navigation|search|log in|sign in|register)\b/i.test(
    title,
  ) &&
  // A letter's or a newsletter's greeting: "Hi Film Fan,", "Dear Members,".
  // (A short line ending on a comma or a colon: "Dear Tomasz (UK, 2016, dir. X)" is a title.)
  !/^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b[^()]{0,40}[,:!]$/i.test(
    line.trim(),
  ) &&
  // A credits line's country and year ("Germany 2011") names no film.
  !COUNTRY.test(title.replace(/\s+(?:18|19|20)\d\d$/, '')) &&
  // A cover's pull quote with its source: "“A masterpiece of dread” — The Northern Echo".
  !/^\s*[★☆]*\s*["“‘'].{3,}["”’']\s*[—–-]+\s*\S/.test(line) &&
  // A site's navigation and rating widgets: "All", "Use app", "Add to Watchlist", "YOUR RATING".
  !/^(?:all|more|share|rate|use (?:the )?app|open (?:in )?app|get the app|(?:add to )?watchlist|(?:imdb |your |user |critics? )?ratings?|popularity)$/i.test(
    title,
  ) &&
  !NOT_A_TITLE.test(title.trim()) &&
  // A breadcrumb: "FilmTalk Boards › Spoiler Zone", "Culture > Film > Reviews".
  !/\s[›»>]\s/.test(line) &&
  // Labels joined by a dash: "OFFICIAL COMPETITION — WORLD PREMIERE".
  !title.split(/\s+[—–|•·/]\s+/).every((part) => RELEASE_LABEL.test(part)) &&
  // A poster's handle ("drizzle_and_static", "u/tidewatcher_88"): no film's title.
  !/^(?:u\/)?[\p{L}\d]+(?:_[\p{L}\d]*)+$|^(?:posted|submitted|asked|answered) by\b/iu.test(
    title.trim(),
  );

/**
 * Headings that are a page's furniture, not a film: a forum's rank under a poster's name
 * ("Member", "Senior Member"), a thread's flair ("Discussion | Spoilers"), a newsletter's or a
 * society's section ("This Month's Screening", "Our Pick of the Week"), a festival's name ("Lanterna
 * International Film Festival 2025"), a course's handout ("Week 9 Handout").
 */
const NOT_A_TITLE =
  /^(?:(?:senior|junior|new|full|premium|registered|verified|veteran|active|gold|silver|platinum|elite|trusted|banned) )?(?:member|moderator|mod|admin|administrator|guest|user|newbie|contributor|lurker|regular|original poster|op)s?$|^(?:discussion|spoilers?|question|help|theory|analysis|meta|thread|topic|post|replies|comments)(?:\s*[|/,&]\s*(?:discussion|spoilers?|question|help|theory|analysis|meta))*$|^(?:this|next|last) (?:month|week|season|term)['’]?s (?:screenings?|films?|pick|feature|selection|programme|program)$|^(?:our |the )?(?:pick|film|choice) of the (?:week|month|season)$|^(?:next|upcoming|coming|our) screenings?$|^(?:press office|for immediate release|press release|news release)$|\bfilm festival\b|\bfestival (?:of \p{L}+ )?(?:18|19|20)\d\d$|\bweek \d+ (?:handout|notes|reading)|\b(?:handout|lecture notes|seminar notes|syllabus)\b/iu;

/** A part of a credits line that is a runtime: "112 minutes", "1h 52m", a festival's "121'". */
const RUNTIME_PART =
  /^\s*\d{2,3}\s*(?:min|mins|minutes|['’′])\.?\s*$|^\s*\d\s*h(?:rs?|ours?)?\.?\s*\d{0,2}\s*m?(?!.*\b(?:listen|read|listening|reading)\b)/i;

/** A director's name from a credit's value: the first name listed, without a bracket after it. */
const directorName = (value: string): string => {
  const bare = value.replace(/\s+[([].*$/, '');
  return splitList(bare)[0] ?? clean(bare);
};

/**
 * The parts of a title's bracket besides its year ("(2019, dir. Mara Holm, 97 min)"): a director
 * credited as such and a runtime. A bare surname ("(Okafor, 2018)") is half a name: not taken.
 */
const readNotes = (notes: string[], meta: DocMeta): void => {
  for (const note of notes) {
    const by = /^(?:dir\.?|directed by|director:?)\s+(\p{Lu}.*)$/iu.exec(note);
    // A film-studies citation "(Mara Holm, Norway, 2019)": a full name is the director's.
    const name =
      /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: (?:de |van |von |da |di |le |la )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(
        note,
      );
    if (by && !meta.director) meta.director = personName(by[1] ?? '');
    else if (name && !meta.director && !COUNTRY.test(note) && !COMPANY.test(note))
      meta.director = note;
    else if (RUNTIME_PART.test(note) && meta.runtimeMinutes === null)
      meta.runtimeMinutes = parseRuntime(note);
  }
};

/** A company's name, not a person's: "Northlight Pictures", "Warner Bros". */
const COMPANY =
  /\b(?:films?|pictures|productions?|studios?|bros|brothers|entertainment|media|releasing|distribution|collection|classics|video|records|company|group|cinema|television|tv|network|channel)\b/i;

/** A star rating before a title: "★★★★ Gannet Rock" (not "★★★★ Watched 3 Feb 2024"). */
const STAR_TITLE =
  /^\s*[★☆✩✭⭐½]+\s*(?![\s\S]*\d)(?!(?:re)?watched|rated|reviewed|logged|liked)(\p{Lu}[^★☆|•·]{0,60})$/iu;

/** A poster's or a press kit's credit: "A LIV AASEN FILM", "An Ana Reyes Film". */
const FILM_CREDIT =
  /^\s*(?:A|AN|An)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:FILM|Film|film|MOVIE|Movie|PICTURE|Picture)\s*$/u;

/** Labels of credits that a copied page sets on a line of their own, with the value under it. */
const LABEL_ALONE =
  /^(?:(?:first |second |1st |2nd |3rd |assistant |associate |executive |line |casting |art |unit |production |costume |sound |music |post-production |location |script )+(?:directors?|producers?|designers?|editors?|managers?|supervisors?|coordinators?)|directors?|directed by|director\(s\)|writers?|written by|screenplay(?: by)?|stars|starring|producers?|produced by|music(?: by)?|cinematography|director of photography|edit(?:ing|or|ed by)|runtime|running time|run time|duration|length|year|release date|released|country|countries|languages?|genres?|original title|rating|certificate|rated)\s*:?$/i;

/**
 * A copied database or wiki page: "Director" on one line, "Mara Holm" on the next. Each label
 * with its short value reads as "Director: Mara Holm"; the value is no heading of its own.
 */
const labelledValues = (
  text: string,
  blocks: CleanDoc['blocks'],
): { lines: Map<number, string>; values: Set<number> } => {
  const lines = new Map<number, string>();
  const values = new Set<number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i];
    const v = blocks[i + 1];
    if (!b || !v || b.kind !== 'heading' || b.end - b.start > 30) continue;
    if (v.kind !== 'heading' && v.kind !== 'meta') continue;
    const label = text.slice(b.start, b.end);
    const value = text.slice(v.start, v.end);
    if (!LABEL_ALONE.test(label) || LABEL_ALONE.test(value)) continue;
    if (value.split(/\s+/).length > 10 || /[.!?]$/.test(value) || value.includes(':')) continue;
    lines.set(i, `${label.replace(/\s*:$/, '')}: ${value}`);
    values.add(i + 1);
    i++;
  }
  return { lines, values };
};

/** A country that opens a credits line ("Spain • 1999 • 104 min"), not a title. */
const COUNTRY =
  /^(?:usa|us|u\.s\.a?\.?|uk|u\.k\.|united (?:states|kingdom|arab emirates)|england|scotland|wales|ireland|northern ireland|france|germany|west germany|east germany|italy|spain|portugal|netherlands|belgium|luxembourg|switzerland|austria|denmark|norway|sweden|finland|iceland|poland|czech republic|czechia|czechoslovakia|slovakia|hungary|romania|bulgaria|greece|turkey|russia|soviet union|ussr|ukraine|georgia|armenia|serbia|croatia|slovenia|bosnia(?: and herzegovina)?|yugoslavia|estonia|latvia|lithuania|canada|mexico|brazil|argentina|chile|colombia|peru|cuba|venezuela|uruguay|japan|china|hong kong|taiwan|south korea|korea|north korea|india|pakistan|bangladesh|sri lanka|iran|iraq|israel|palestine|lebanon|syria|jordan|egypt|morocco|tunisia|algeria|nigeria|ghana|senegal|south africa|kenya|ethiopia|australia|new zealand|indonesia|thailand|vietnam|philippines|malaysia|singapore|kazakhstan|mongolia)$/i;

/**
 * A credits line that opens on the title: "BLUE SALT | 2014 | Drama | 1h 37m". The first part
 * is the title when it is no fact (no country, genre, rating, credit or number) and the rest
 * states a year or a runtime.
 */
const barTitle = (line: string): ReturnType<typeof parseHeading> => {
  const parts = line.split(/\s+[|•·‧]\s+/);
  const first = parts[0] ?? '';
  if (parts.length < 3 || !FACTS_AFTER_TITLE.test(parts.slice(1).join(' | '))) return null;
  if (
    /\d|:|^(?:directed|dir\.|a film|starring|with|rated|cert|by|posted|published|updated)\b/i.test(
      first,
    )
  )
    return null;
  const bits = first.split(/\s*[,/&]\s*/);
  if (bits.every((x) => COUNTRY.test(x) || GENRE.test(x))) return null;
  const h = parseHeading(first);
  return h && mayBeTitle(h.title, line) ? h : null;
};

/** Splits "Title (aka Other)" / "Title (2016)" / "Title" from a heading line. */
const parseHeading = (
  line: string,
): { title: string; aka: string[]; year: number | null; notes: string[] } | null => {
  // Sentences are no heading: "Drama starring Ana Pike. Director: Jon Peel." ("Mrs. Dalloway" is).
  // A bracket's notes ("(2019, dir. Mara Holm)") aside.
  if (
    /(?<!\b(?:Mrs|Mme|Mlle|Mr|Ms|Dr|St|Sr|Jr|dir))\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(
      line.replace(/\([^()]*\)/g, ''),
    )
  )
    return null;
  // "RECAP: Title (2022)": the page's label before the title.
  let rest = clean(line)
    // A TV page's slot and label, "10.15pm  FILM: Title": neither is part of the title.
    .replace(/^\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\s+(?:film|movie)\s*:\s*/i, '')
    .replace(
      /^(?:recap|review|explained|plot summary|synopsis|spoiler review|ending explained|(?:episode|ep\.?)\s*#?\d+|#\d+|(?:film |movie )?(?:study|teaching|teacher['’]s|viewing|screening|programme|program|class|discussion|lesson) (?:guide|notes|pack|plan)|(?:film|movie) (?:review|notes))\s*[:|–—-]\s*|^(?:(?:our |my |a )?review of|(?:some |my |final )?thoughts on|revisiting|rewatching|notes on|in defen[cs]e of)\s+(?=\p{Lu})/iu,
      '',
    )
    // "Title review – a chilly noir": the page's label after the title, then its headline.
    .replace(HEADLINE_LABEL, '$1')
    // "Screening notes: Title (2019)": a label in lower-case words before a colon (a title's
    // subtitle after a colon, "Ada Bell: A Winter Tale", has a capitalised title before it).
    .replace(/^([^:]{2,40}):\s+(?=\p{Lu})/u, (m, label: string) =>
      label.split(/\s+/).some((w) => /^\p{Ll}{4,}$/u.test(w) && !SMALL_WORDS.has(w)) ? '' : m,
    )
    // "Study Notes: THE NARROW STAIR (2018)": a label in mixed case before a title in capitals.
    .replace(/^([^:]{2,40}):\s+(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$)/u, (m, label: string) =>
      /\p{Ll}/u.test(label) ? '' : m,
    )
    // "Saltwater Names: a thriller that remembers too slowly": a headline in lower case after
    // the title and a colon is the page's.
    .replace(/^([^:]{2,60}):\s+\p{Ll}[\p{L}'’-]*(?:\s+\S+){2,}$/u, '$1');
  const aka: string[] = [];
  let year: number | null = null;
  /** What a bracket beside the year says besides it: "(2019, dir. Mara Holm, 97 min)". */
  const notes: string[] = [];
  // A wiki's "(film)" or "(2016 film)" and a certificate "(15)" tell the title apart, are not it.
  rest = rest
    .replace(
      /\s*\(\s*(?:((?:18|19|20)\d\d)\s+)?(?:\p{L}+ )?(?:film|movie|feature)\s*\)/iu,
      (_m, y?: string) => {
        if (y) year = Number(y);
        return '';
      },
    )
    .replace(/\s*\((?:U|PG|PG-13|12A?|15|18|R|NC-17)\)/, '');
  // The bracket that holds the year as one of its parts: "(2019)", "(Okafor, 2018)".
  for (const m of year === null ? rest.matchAll(/[([]([^()[\]]{0,80})[)\]]/g) : []) {
    const parts = (m[1] ?? '').split(/\s*[,;/·|]\s*/).map((x) => x.trim());
    const at = parts.findIndex((x) => /^(?:18|19|20)\d\d$/.test(x));
    if (at < 0) continue;
    year = Number(parts[at]);
    notes.push(...parts.filter((x, i) => i !== at && x));
    // "Night Ferry (2019) Plot Summary and Ending Explained": after the year, the page's label.
    // A listing's slot after the year ("(2019) 9pm Sky Cinema") is no part of the title.
    const after = rest
      .slice(m.index + m[0].length)
      .replace(/^\s*[★☆½]*\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b.*$/i, '');
    rest = `${rest.slice(0, m.index)}${LABEL.test(after) ? '' : ` ${after}`}`;
    break;
  }
  rest = rest.replace(
    /\(\s*(?:aka|a\.k\.a\.?|also known as|original title:?)\s*([^)]+)\)/i,
    (_m, a: string) => {
      aka.push(clean(a));
      return '';
    },
  );
  // "Title (spoilers)", "TITLE [CONTAINS SPOILERS]": the page's warning, not the title's.
  rest = rest.replace(
    /\s*[([]\s*(?:(?:contains|includes|with|major|full|heavy|some)\s+)*spoilers?(?:\s+(?:ahead|below|inside|warning|alert))?\s*[)\]]\s*$/i,
    '',
  );
  // "Night Ferry Plot Summary": a label of two words is the page's, whatever its case.
  rest = rest.replace(
    /\s+(?:plot (?:summary|synopsis|recap|explained)|ending explained|full recap|story recap)\b.*$/i,
    '',
  );
  // "Title – Plot Summary, Ending Explained", "Title: Plot Summary", "Title — Story": drop the
  // page's own label after a dash, bar or colon.
  rest = rest.replace(
    /\s*(?:\s[–—|-]|:)\s+(?:.*\b(?:plot|summary|synopsis|recap|ending|explained|review|timeline|spoilers?|breakdown|press kit)\b.*|(?:the )?(?:story|full story|overview)\s*)$/i,
    '',
  );
  // "Black Ice plot summary": a label in lower case after a capitalised title is the page's.
  rest = rest.replace(
    /\s+(?:(?:full |complete |detailed )?(?:plot summary|plot synopsis|plot recap|plot|synopsis|recap|summary|ending explained|review|story recap)(?: and ending(?: explained)?)?)$/,
    '',
  );
  // "THE WIDOW (Die Witwe)": a trailing parenthetical title is the film's title in its own
  // language, an other title.
  rest = rest.replace(/\s*\(\s*(\p{Lu}[^()]{1,80}?)\s*\)\s*$/u, (m, a: string) => {
    if (/^(?:18|19|20)\d\d\b/.test(a)) return m;
    aka.push(clean(a));
    return '';
  });
  rest = clean(rest)
    // A site's name after the title: "The Salt Road (2019) - IMDb", "Title | Letterboxd".
    .replace(
      /\s+[-–—|]\s+(?:IMDb|Letterboxd|Wikipedia|Rotten Tomatoes|Metacritic|MUBI|Netflix|Prime Video|Apple TV|AllMovie|TMDB|Fandom|JustWatch)\b.*$/i,
      '',
    )
    // A catalogue's "LANTERN WINTER, THE": the article set after the title for sorting.
    .replace(/^([^,]{2,60}),\s*(the|an?)$/i, '$2 $1');
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10 || /[.!?]$/.test(rest)) return null;
  const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  if (caps < Math.ceil(words.length / 2)) return null;
  return { title: titleCase(rest), aka: aka.map(titleCase), year, notes };
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

/** Review prose naming the film's kind with its year: "a 2017 British heist thriller". */
const PROSE_KIND = /\ban? ((?:1[89]|20)\d\d) ((?:[\p{L}-]+ ?){1,6})/iu;
const KIND_NOUN = /^(?:film|movie|feature|thriller|drama|comedy|western|musical|documentary)s?$/i;
/**
 * "Ana Reyes's 2017 film": a possessive name before a year and a film word is its director.
 * The name starts a word (not after a letter or hyphen), so a long hyphenated run is not retried
 * at every inner capital (that made "Ab-Ab-Ab-…" quadratic).
 */
const PROSE_AUTHOR =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})['’]s? ((?:1[89]|20)\d\d) (?:[\p{L}-]+ ){0,4}?(?:film|movie|feature|thriller|drama|comedy)\b/u;
/** Runtime told in prose: "runs 94 minutes", "a running time of 108 minutes". */
const PROSE_RUNTIME =
  /\b(?:runs|running|run(?:ning)? time(?: of|:| is)?|runtime(?: of|:| is)?|clocks in at|clocking in at|lasts)(?: for| at| just| about| a brisk| a lean| a tight| a trim| only| under| over)* (\d{2,3}) (?:minutes|mins)\b|(?:^|[.|•·]\s+)(\d{2,3}) (?:minutes|mins?)\.(?=\s|$)|\b(\d{2,3})-minute (?:[\p{L}-]+ ){0,2}?(?:film|movie|feature|drama|thriller|comedy|documentary|western|horror|running time)\b|\((?:[^()\n]{1,30}[,;] ?)?(\d{2,3}) ?(?:mins?|minutes)\.?\)|\bdirected by (?:\p{Lu}[\p{L}'’-]+ ?){1,3}, (\d{2,3}) minutes\b/imu;
/** A film in prose runs this long at least: "she runs 10 minutes to the station" is no runtime. */
const MIN_PROSE_RUNTIME = 40;

/**
 * Cheap prefilters, each a piece that every match of the pattern above contains (same flags):
 * the full patterns try every position of the text and are slow, these scan it quickly.
 */
const PROSE_KIND_HINT = /an? (?:1[89]|20)\d\d/iu;
const PROSE_AUTHOR_HINT = /['’]s? (?:1[89]|20)\d\d /u;
const PROSE_RUNTIME_HINT = /\d{2,3}[ -]?min/i;
/** PROSE_RUNTIME for every match in a page (global: its lastIndex is reset before each page). */
const PROSE_RUNTIMES = new RegExp(PROSE_RUNTIME.source, 'gimu');

/**
 * "Mara Holm's second feature", "Petra Lind's long-awaited new film": a full name (two or three
 * capitalised words) owning the film by its place in a career is its director. Not "X's first
 * feature, Blue Salt," or "(2014)": that is another film of theirs.
 */
const CAREER_AUTHOR =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2})['’]s? (?:[\p{L}-]+,? ){0,3}?(?:first|second|third|fourth|fifth|sixth|seventh|debut|new|latest|sophomore)(?: [\p{L}-]+){0,2}? (?:feature|film|movie)\b(?!,\s*\p{Lu}|\s*\(|s\b)/u;
const CAREER_AUTHOR_HINT =
  /(?:first|second|third|fourth|fifth|sixth|seventh|debut|new|latest|sophomore)(?: [\p{L}-]+){0,2}? (?:feature|film|movie)\b/u;
/**
 * A film named for comparison, not the page's: "Like Ingmar Bergman's 1966 film Persona", "recalls
 * Reyes's 2015 film", "a nod to X's 1979 thriller".
 */
const COMPARED =
  /\b(?:like|unlike|than|recalls?|recalling|echo(?:es|ing)?|remake of|remaking|homage to|nod to|reminiscent of|compared (?:to|with)|evokes?|evoking|channels?|channelling|borrows? from|owes|after|since|as in|alongside|besides|unlike)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** The first "Name's 1987 film" that is not named for comparison. */
const ownWork = (text: string): RegExpExecArray | null => {
  const all = new RegExp(PROSE_AUTHOR.source, 'gu');
  for (let m = all.exec(text), n = 0; m && n < 8; m = all.exec(text), n++) {
    const name = m[1] ?? '';
    const lead = /^(?:Like|Unlike|As|After|Since|Than)\s+/.exec(name);
    const before = text.slice(Math.max(0, m.index - 60), m.index) + (lead?.[0] ?? '');
    const sentence = before.split(/[.!?]\s/).pop() ?? '';
    if (lead || COMPARED.test(sentence)) continue;
    return m;
  }
  return null;
};
const NOT_A_NAME = /^(?:The|This|That|A|An|Its|It|His|Her|Their|Our|In|On|With|For|Like|After)\b/;

/**
 * A director named by the word in prose: "from director X", "by writer-director X", a sentence
 * opening "Director X tells ...", a listing's "Director: X." A full name of two or three words
 * (a bare "Director Hale" may be a character's rank).
 */
const PROSE_DIRECTOR =
  /(?:(?:^|[.!?]\s+|\((?=[Dd]ir))(?:[Dd]irector:? |[Ww]riter-director )|\b(?:[Ff]rom|[Bb]y) (?:writer-)?director )(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)?(?: (?:de |van |von |da |di |le |la )?\p{Lu}[\p{Ll}'’-]+){1,2})(?=[ ,.;)]|$)(?! [A-Z])/mu;

/** "directed by Ana M. Ruiz": initials keep their full stop; a word's full stop ends the name. */
const DIRECTED_BY = /\b[Dd]irected by ((?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+) ?){1,4})/gu;

/** The word before "directed by" when a film is what was directed: "film", "is", "and", "deftly". */
const DIRECTED_AFTER =
  /^(?:film|movie|picture|feature|documentary|drama|thriller|comedy|western|horror|musical|melodrama|debut|is|was|are|were|been|be|and|also|co|it|one|written|produced|edited|\p{Ll}+ly)$/u;

/**
 * A review's standfirst or a critic's opening that the cleaner set aside as commentary ("Selma
 * Brandt's second feature cuts between 1961 and 2004 ..."): prose of eight words or more, not a
 * rail of links or another film's teaser ("More from ...", "Read next: ...").
 */
const standfirst = (text: string, b: { start: number; end: number }): boolean => {
  const s = text.slice(b.start, Math.min(b.end, b.start + 400));
  return (
    s.split(/\s+/).length >= 8 &&
    !/[|›»]/.test(s) &&
    !/^\s*(?:more|also|related|read|watch|listen|see|you might|you may|recommended|next|previous|up next|because|if you|sign up|subscribe|follow|share)\b/i.test(
      s,
    )
  );
};

/** A review's opening naming its director: "Director Tomas Reyes returns ...", ", director X,". */
const DIRECTOR_IN_PROSE =
  /(?:^|[.!?]\s+|,\s+)(?:[Tt]he\s+)?(?:[Dd]irector|[Ff]ilmmaker|[Ww]riter-director)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s+(?:returns|delivers|makes|brings|follows|turns|offers|takes|keeps|gives|sets|shoots|frames|has|is|was)\b|,)/mu;
/** How far into a page its opening runs, for DIRECTOR_IN_PROSE. */
const PROSE_DIRECTOR_CHARS = 1500;

/** Fills what the credits did not state from facts a review states in its prose. */
const proseFacts = (text: string, meta: DocMeta): void => {
  if (meta.runtimeMinutes === null) {
    // The first that is a film's length: a bonus feature's "(18 mins)" before it is not.
    const all = PROSE_RUNTIMES;
    all.lastIndex = 0;
    for (let r = PROSE_RUNTIME_HINT.test(text) ? all.exec(text) : null; r; r = all.exec(text)) {
      const n = Number(r[1] ?? r[2] ?? r[3] ?? r[4] ?? r[5]);
      // "The commentary runs 96 minutes", "the ferry runs 45 minutes late" (metadataForms14.ts).
      if (n >= MIN_PROSE_RUNTIME && !otherThingsLength(text, r.index, r[0])) {
        meta.runtimeMinutes = n;
        break;
      }
    }
  }
  // "Director Tomas Reyes returns to his home town for ...": a review's opening names the
  // director by the title before the name.
  const d = meta.director ? null : DIRECTOR_IN_PROSE.exec(text.slice(0, PROSE_DIRECTOR_CHARS));
  if (d?.[1]) meta.director = d[1];
  const a = PROSE_AUTHOR_HINT.test(text) ? ownWork(text) : null;
  if (a) {
    if (!meta.director && !/^(?:The|This|That|A|An|Its|It)$/.test(a[1] ?? ''))
      meta.director = a[1] ?? null;
    if (meta.year === null) meta.year = Number(a[2]);
  }
  const k = PROSE_KIND_HINT.test(text) ? PROSE_KIND.exec(text) : null;
  if (k) {
    // Up to the last word that names a kind of film; without one the year is something else's.
    const words = (k[2] ?? '').split(/\s+/).filter(Boolean);
    let last = -1;
    words.forEach((w, i) => {
      if (KIND_NOUN.test(w) && (last === i - 1 || last < 0)) last = i;
    });
    if (last >= 0) {
      if (meta.year === null) meta.year = Number(k[1]);
      const g = words
        .slice(0, last + 1)
        .filter((w) => GENRE.test(w))
        .map((w) => w.toLowerCase());
      if (meta.genres.length === 0 && g.length) meta.genres = g;
    }
  }
};

/** A credit label set before its value with a space only: "Running time 1hr 52mins". */
const SPACED_LABEL =
  /^\s*([Dd]irector|DIRECTOR|[Rr]unning [Tt]ime|RUNNING TIME|[Rr]untime|RUNTIME|[Rr]un [Tt]ime|[Yy]ear|YEAR|[Cc]ertificate|CERTIFICATE)\s+(?!(?:of|Of|OF)\b)(?=[\p{Lu}\d])(?!\S*:)/u;

/** The separators of a listing's strip of fields, and the fields it needs. */
const STRIP_SEPARATOR = /\s+[·•|]\s+/;
const MIN_STRIP_FIELDS = 3;
/** One field of a strip that is a title and its year: "THE LAST BUS TO ROTHESAY (2014)". */
const STRIP_TITLE_FIELD = /^(\p{Lu}[^()]{1,70}?)\s*\(((?:18|19|20)\d\d)\)$/u;

/** The one field of a listing's strip that states a title and its year, or null. */
const stripTitleField = (line: string): string | null => {
  if (line.includes('\n') || !/[·•|]/.test(line)) return null;
  const fields = line.split(STRIP_SEPARATOR).map((f) => f.trim());
  if (fields.length < MIN_STRIP_FIELDS) return null;
  const titled = fields.filter((f) => STRIP_TITLE_FIELD.test(f));
  return titled.length === 1 ? (titled[0] ?? null) : null;
};

/** A headline with a spoiler warning for its tail: "Title — review (contains spoilers)". */
const WARNED_TITLE =
  /^\s*(\p{Lu}[^—–|:([\]]{1,80}?)\s*(?:[—–|:-]\s*(?:(?:film |movie )?(?:review|recap|plot summary|synopsis|ending explained)\s*)?)?[([]?\s*(?:(?:contains|includes|with|major|full|heavy|some)\s+)*spoilers?(?:\s+(?:ahead|below|inside|warning|alert))?\s*[)\]]?\s*$/iu;

/** A fact box's credits under a title at a review's end: a director and a runtime or a year. */
const END_BOX_CREDITS =
  /^(?=.*\b(?:dir(?:ector|ected by)?\b\.?|a film by)\s*:?\s*\p{Lu})(?=.*(?:\b\d{2,3}\s*min|\b\d\s*h(?:rs?)?\s*\d{1,2}\s*m|\b(?:1[89]|20)\d\d\b))/iu;

/** A title then its star rating: "Cold Harbour Road ★★★★". */
const TITLE_STARS = /^\s*(\p{Lu}[^★☆|•·\d]{0,60}?)\s*[★☆✩✭⭐½]+\s*$/u;

/** A page's headline that carries its label: "REVIEW: Title (2021)", "Title (2020) Ending Explained". */
const PAGE_HEADLINE =
  /^\s*(?:review|recap|ending explained|plot summary)\s*:\s*\S|^\s*\S+(?:\s\S+){0,10}?\s(?:review|recap|ending explained|plot summary)(?:\s*[:|–—-]\s|\s*$)/i;

/** Facts found away from the page's head, taken only where the head states none. */
interface Fallback {
  title: string | null;
  year: number | null;
  director: string | null;
  runtime: number | null;
}

/**
 * A listings entry "FILM  Marrow Hill (2016) ★★★  10.40pm Channel 4": the film, its year, then the
 * hour it is on. Not "Also tonight: FILM ..." (another film of the evening).
 */
const LISTING =
  /^\s*(?:FILM|MOVIE|Film|Movie)\b[:\s]+(\p{Lu}[^()★☆\d]{0,60}?)\s*\(((?:18|19|20)\d\d)\)\s*[★☆½]*\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b/u;

/**
 * A review's fact box, above it or at its end: "Lantern Bay (12A) ★★★★ Dir: Roisin Kerr. 104
 * mins. In cinemas Friday". A title, a rating in stars, then the credits.
 */
const FACT_BOX =
  /^\s*(\p{Lu}[^()★☆|\d]{0,60}?)\s*(?:\((?:U|PG|PG-13|12A?|15|18|R|NC-17)\))?\s*[★☆½]+\s*(?:\|\s*)?(.*\S.*)$/u;

/** A disc's specification of its main feature: "Feature: approx. 121 mins". */
const FEATURE_SPEC =
  /(?:^\s*|[|•·]\s*)(?:main )?feature(?: (?:film|length|presentation|running time|runtime|duration))?(?:\s*:\s*|\s*\(\s*|\s+(?=\d))(?:approx\.?|approximately|c\.|ca\.|about)?\s*(\d:[0-5]\d(?::[0-5]\d)?|\d{2,3}\s*(?:min|mins|minutes)\b|\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m)/i;

/**
 * Facts a line classed as page furniture still states: a listings entry, a fact box with a star
 * rating, a disc's feature length. The first of each kind is kept in `fallback`; true when the
 * line was one of them.
 */
const boilerplateFacts = (line: string, fallback: Fallback): boolean => {
  const spec = FEATURE_SPEC.exec(line);
  if (spec) {
    const r = parseRuntime(spec[1] ?? '');
    if (r !== null && r >= MIN_PROSE_RUNTIME) fallback.runtime = fallback.runtime ?? r;
    return true;
  }
  const listing = LISTING.exec(line);
  if (listing) {
    if (fallback.title === null) {
      fallback.title = clean(listing[1] ?? '');
      fallback.year = Number(listing[2]);
    }
    return true;
  }
  const box = FACT_BOX.exec(line);
  if (
    box &&
    /\b(?:dir(?:ector|ected by)?\b\.?|\d{2,3}\s*min|\d\s*h(?:rs?)?\s*\d{1,2}\s*m)/i.test(
      box[2] ?? '',
    )
  ) {
    const h = parseHeading(box[1] ?? '');
    // The title alone: the box's own words ("In cinemas Friday") are no listings label.
    if (!h || !mayBeTitle(h.title, h.title)) return false;
    if (fallback.title === null) {
      fallback.title = h.title;
      const parts = (box[2] ?? '').split(
        /\s*(?:\||;|\s[•·‧]\s|(?<=[a-z]{3}|\d|\dm)(?<!\bdir)\.\s+(?=[A-Z\d]))\s*/i,
      );
      for (const part of parts) {
        const by = /^\s*(?:dir(?:ector)?\.?:?|directed by)\s+(\p{Lu}.*)$/iu.exec(part);
        if (by && fallback.director === null) fallback.director = personName(by[1] ?? '');
        if (RUNTIME_PART.test(part) && fallback.runtime === null)
          fallback.runtime = parseRuntime(part);
        // "Dir: Lin Hu. 98 mins": a short surname's full stop does not split the parts.
        const mins =
          /(?:^|[\s.;,])(\d{2,3}\s*(?:min|mins|minutes)|\d\s*h(?:rs?)?\.?\s*\d{1,2}\s*m\w*)\b/i.exec(
            part,
          );
        if (mins && fallback.runtime === null) fallback.runtime = parseRuntime(mins[1] ?? '');
        if (/^\s*(?:1[89]|20)\d\d\s*$/.test(part) && fallback.year === null)
          fallback.year = Number(part.trim());
      }
    }
    return true;
  }
  // "Subject: This week at Lumen: SEVEN DAYS AT THE PIER": an email's subject naming the film in
  // capitals after its own words.
  const subject = EMAIL_SUBJECT.exec(line);
  if (subject) {
    const h = parseHeading(subject[1] ?? '');
    if (h && fallback.title === null && mayBeTitle(h.title, subject[1] ?? ''))
      fallback.title = h.title;
    return true;
  }
  // "Cable and Cloud is in cinemas from Friday. Dir: Ruth Adair. 104 mins. Cert 12A.": a
  // review's closing facts after a sentence of its own, read only for what nothing else gave.
  const credits = TRAILING_CREDITS.exec(line);
  if (credits) {
    if (fallback.director === null) fallback.director = personName(credits[1] ?? '');
    const mins = /(?:^|[\s.;,|·])(\d{2,3})\s*(?:min|mins|minutes)\b/i.exec(
      line.slice(credits.index),
    );
    if (mins && fallback.runtime === null) fallback.runtime = parseRuntime(`${mins[1]} min`);
    return true;
  }
  return false;
};

/** An email's subject line ending on a title in capitals (two words or more). */
const EMAIL_SUBJECT =
  /^\s*(?:[Ss]ubject|SUBJECT)\s*:.*:\s*([^\p{Ll}:]*\p{Lu}[^\p{Ll}:]*\s[^\p{Ll}:]*)$/u;

/** Credits after a sentence of the line: "... from Friday. Dir: Ruth Adair. 104 mins." */
const TRAILING_CREDITS =
  /[.!?]\s+(?:Dir(?:ector)?\s*[.:]|Directed by)\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:[.,;|·]|$)/u;

/**
 * A festival catalogue's original title under the title it goes by: "Harbour of Glass" over
 * "Klaasist sadam", a title in sentence case (its first word alone capitalised) under one in
 * title case or capitals.
 */
const originalUnder = (title: string, next: string): boolean => {
  const words = next.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[\d.!?:]/.test(next)) return false;
  const sentenceCase =
    /^\p{Lu}/u.test(words[0] ?? '') && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
  const titled = title
    .trim()
    .split(/\s+/)
    .filter((w) => !SMALL_WORDS.has(w))
    .every((w) => /^[\p{Lu}\d]/u.test(w));
  // A festival entry's title in capitals over its original title in title case ("THE QUIET
  // LEDGER" over "O Livro Calado"): the line in capitals is the title the page goes by.
  const capitals = /\p{Lu}{2}/u.test(title) && !/\p{Ll}/u.test(title);
  const originalTitled = /\p{Ll}/u.test(next) && words.every((w) => /^[\p{Lu}\p{Ll}]/u.test(w));
  return (sentenceCase || (capitals && originalTitled)) && titled && /\s/.test(title.trim());
};

/** A facts line opening on its year in brackets: "(1987) Drama. Director: X. 101 min." */
const YEAR_FACTS = /^\s*\((?:1[89]|20)\d\d\)\s+\S.{0,160}$/;
/** ... with a credit or a runtime among its facts. */
const YEAR_FACTS_CREDIT = /\bdir(?:ector|ected by|\.)|\b\d{2,3}\s*min/i;

/** A headline's label, then the title and its year: "RECAP: The Tenants (2023) is ...". */
const HEADLINE_LEAD =
  /^\s*(?:review|recap|ending explained|plot summary)\s*:\s*([^()]{2,80}?\s*\((?:18|19|20)\d\d\))/i;
/** A country and a year opening a credits line: "Belgium 1974. Dir. X", "France, 1962 — directed by X". */
const COUNTRY_YEAR_CREDIT =
  /^\s*(\p{Lu}[\p{L} .'/-]{1,30}?),? ((?:18|19|20)\d\d)\s*[.,—–|·•]\s*(?:dir\.|directed by|director:?)\s+\p{Lu}/iu;
/** A quoted title of one to six words inside a longer headline. */
const QUOTED_TITLE = /["“]((?:[^"”\s]+\s?){1,6})["”]/;
/** A quoted title with its year inside a longer headline. */
const QUOTED_YEAR = /["“]([^"”]{2,60}?)[,]?["”]\s*\(((?:18|19|20)\d\d)\)/;

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
  let originalTitle: string | null = null;
  const headings: {
    title: string;
    aka: string[];
    year: number | null;
    notes: string[];
    index: number;
    /** The block after it states the film's facts ("2017 · 1h 41m · Drama"). */
    facts: boolean;
    /** A review's or a recap's headline: "Title review – a slow-burning mystery". */
    labelled?: boolean;
    /** One side of a heading's colon: the whole heading, which the page must not name. */
    part?: string;
    /** The whole heading's title, set aside when the page names this side instead. */
    whole?: string;
    /** Quoted inside a longer headline: taken only if the page names it. */
    quoted?: boolean;
  }[] = [];
  const labelled = labelledValues(text, doc.blocks);
  /** A fact box or a listing that names the film away from the head (used if the head does not). */
  const fallback: Fallback = { title: null, year: null, director: null, runtime: null };
  for (const [bi, b] of doc.blocks.entries()) {
    if (labelled.values.has(bi)) continue;
    const pairedLine = labelled.lines.get(bi);
    const line = pairedLine ?? text.slice(b.start, b.end);
    const kind =
      pairedLine !== undefined ||
      // A listing's facts set as prose: "(1987) Drama. Director: X. 101 min." above the story.
      (!seenStory && b.kind !== 'heading' && YEAR_FACTS.test(line) && YEAR_FACTS_CREDIT.test(line))
        ? 'meta'
        : b.kind;
    if (kind === 'story') seenStory = true;
    // A listing's strip: "Sky Cinema · Friday 22:00 · THE LAST BUS (2014) · 1h 38m": the field
    // that is a title with its year in brackets names the film. (The field alone is tested as a
    // title: the strip's other fields are a channel and a day.)
    const field = !seenStory && meta.titleEvidence !== 'stated' ? stripTitleField(line) : null;
    const strip = field ? parseHeading(field) : null;
    if (field && strip && mayBeTitle(strip.title, field))
      headings.push({ ...strip, index: headings.length, facts: true });
    if (kind === 'meta') {
      // One line may hold several statements: "Directed by X. Running time: 94 minutes."
      // A markdown table row "| Key | Value |" reads as "Key: Value".
      const row = /^\s*\|([^|]+)\|([^|]+)\|?\s*$/.exec(line);
      const statement = row ? `${(row[1] ?? '').trim()}: ${(row[2] ?? '').trim()}` : line;
      // Only above any other heading: under a title, a credits line opens on a name or a place.
      const barred =
        !seenStory && headings.length === 0 && meta.titleEvidence !== 'stated'
          ? barTitle(statement)
          : null;
      if (barred) headings.push({ ...barred, index: headings.length, facts: true });
      // "Portugal, 2024, 98 min, colour": a facts line lists its facts between commas.
      const facts = (
        FACTS_IN_COMMAS.test(statement) ? statement.replace(/,\s+/g, ' | ') : statement
      )
        // A student essay's "Film: Title (2014), dir. X": the director is a statement of its own.
        .replace(/\s*,\s*(?=(?:dir\.|directed by)\s+\p{Lu})/giu, ' | ')
        // A press kit's table copied with spaces or dot leaders: "Running time   97 minutes".
        .replace(/^([A-Za-z][A-Za-z ./&']{0,30}?)(?: {2,}|\s*(?:\.{3,}|…+)\s*)(?=\S)/, '$1: ');
      for (const whole of facts.split(
        // "Dunmore. 1h 58m. Now streaming.": a full stop after a word or a runtime ends a part;
        // so does a dash before a runtime ("Film: Title (dir. X, 2019) — 104 minutes").
        /\s*(?:\||;|\s[•·‧]\s|(?<=[a-z]{3}|\d|\dm)(?<!\bdir)\.\s+(?=[A-Z\d])|\s{3,}|\s[—–]\s(?=\d{1,3}\s*(?:min|h\b|hrs?\b)))\s*/,
      )) {
        // A newspaper box's "Director Hamid Sadeghi; Running time 1hr 52mins; Year 2021": a
        // label of its own without a colon.
        const part = whole.replace(SPACED_LABEL, '$1: ');
        const by =
          /^\s*(?:(?:written and |written & |co-written and |written, )?directed by|a film by|dir\.)\s+(.+)$/i.exec(
            part,
          );
        if (by && !meta.director) meta.director = personName(by[1] ?? '');
        // "Austria, 2009" / "Drama": a bare country with its year, a bare genre.
        const countryYear = /^\s*\p{Lu}[\p{L} .'-]{1,30},\s*((?:1[89]|20)\d\d)\s*$/u.exec(part);
        if (countryYear && !meta.year) meta.year = Number(countryYear[1]);
        const genres = part.split(/\s*[,/]\s*/).map((g) => g.trim());
        if (genres.length > 0 && genres.every((g) => GENRE.test(g)) && meta.genres.length === 0)
          meta.genres = genres.map((g) => g.toLowerCase());
        const lead = leadFacts(part);
        if (lead) {
          if (!meta.title && headings.length === 0) {
            meta.title = lead.title;
            meta.titleEvidence = 'stated';
          }
          if (lead.year && !meta.year) meta.year = lead.year;
          if (lead.director && !meta.director) meta.director = lead.director;
          if (lead.genres.length && meta.genres.length === 0) meta.genres = lead.genres;
        }
        // Bare parts of a credits line: "2009", "112 minutes", "1h 52m".
        if (/^\s*(?:1[89]|20)\d\d\s*$/.test(part) && !meta.year) meta.year = Number(part.trim());
        // "Released 2021", "(1987) Drama": a year with its label or in brackets, no colon.
        const labelledYear =
          /^\s*(?:released(?: in)?|release year|year)\s+((?:1[89]|20)\d\d)\s*$|^\s*\(((?:1[89]|20)\d\d)\)/i.exec(
            part,
          );
        if (labelledYear && !meta.year) meta.year = Number(labelledYear[1] ?? labelledYear[2]);
        if (RUNTIME_PART.test(part))
          meta.runtimeMinutes = meta.runtimeMinutes ?? parseRuntime(part);
        // "15 certificate, 1h 58m": a runtime after a comma.
        const tail =
          /,\s*(\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m\w*|\d{2,3}\s*(?:min|mins|minutes))\.?\s*$/i.exec(
            part,
          );
        if (tail) meta.runtimeMinutes = meta.runtimeMinutes ?? parseRuntime(tail[1] ?? '');
        // "FILM STUDIES UNIT 4: THE COMPASS (2022)": a course's unit before the film's title.
        const unit = COURSE_UNIT.exec(part);
        if (unit && meta.titleEvidence !== 'stated') {
          const h = parseHeading(unit[1] ?? '');
          if (h) {
            meta.title = h.title;
            meta.titleEvidence = 'stated';
            if (h.year && !meta.year) meta.year = h.year;
            continue;
          }
        }
        const kv = keyValues(part);
        if (!kv) continue;
        const [key, value] = kv;
        if (!value) continue;
        if (key === 'original title') {
          // The title in the film's own language: an aka beside the title the page goes by.
          const h = parseHeading(value);
          originalTitle = originalTitle ?? h?.title ?? value;
          if (h?.year && !meta.year) meta.year = h.year;
        } else if (key === 'title' && meta.titleEvidence !== 'stated') {
          const h = parseHeading(value);
          meta.title = h?.title ?? value;
          meta.titleEvidence = 'stated';
          if (h) meta.aka.push(...h.aka);
          if (h?.year && !meta.year) meta.year = h.year;
          if (h) readNotes(h.notes, meta);
        } else if (/^(?:also known as|aka|a\.k\.a\.)$/.test(key))
          meta.aka.push(...splitList(value));
        else if (
          /^(?:year|release|released|release date|year of|(?:(?:film|movie|production|country and) |country ?\/ ?)year)/.test(
            key,
          ) &&
          !meta.year
        )
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
          if (h) readNotes(h.notes, meta);
        } else if (
          /^(?:(?:attached |film )?director|directed by|directors|dir\.?|(?:writer|screenwriter|producer)\s*[/&]\s*director|.{1,20}\((?:direction|director|directed by)\))$/.test(
            key,
          ) &&
          !meta.director
        )
          meta.director = directorName(value);
      }
    } else if (kind === 'crew') {
      const m = /^\s*(?:director|directed by)(?:\s*(?:\.{3,}|…+))?\s+(?!of\b)(.+)$/i.exec(line);
      if (m && !meta.director && !NOT_DIRECTOR.test(line)) meta.director = clean(m[1] ?? '');
    } else if ((kind === 'boilerplate' || kind === 'heading') && boilerplateFacts(line, fallback)) {
      continue;
    } else if (
      kind === 'boilerplate' &&
      meta.titleEvidence !== 'stated' &&
      // A blog's masthead line may read as prose; its headline still stands near the top.
      (!seenStory || (bi < PROSE_TITLE_BLOCKS && PAGE_HEADLINE.test(line)))
    ) {
      // A newspaper's fact box over its review: "★★★★ Gannet Rock", "Gannet Rock ★★★★"; a
      // blog's headline "REVIEW: Title (2021)", "Title (2020) Ending Explained: ...".
      const starred = STAR_TITLE.exec(line) ?? TITLE_STARS.exec(line);
      const headline = !starred && PAGE_HEADLINE.test(line) ? line : null;
      // "RECAP: Title (2023) is three stories in one house": the title and its year open the
      // headline's sentence.
      const lead = headline ? HEADLINE_LEAD.exec(headline) : null;
      const h =
        starred || headline
          ? (parseHeading(starred?.[1] ?? headline ?? '') ??
            (lead ? parseHeading(lead[1] ?? '') : null))
          : null;
      if (h && mayBeTitle(h.title, line)) {
        const next = doc.blocks[bi + 1];
        const facts =
          next?.kind === 'meta' && FACTS_AFTER_TITLE.test(text.slice(next.start, next.end));
        headings.push({ ...h, index: headings.length, facts });
      }
    } else if (kind === 'warning' && !seenStory && meta.titleEvidence !== 'stated') {
      // "Ashes on the Weir — review (contains spoilers)": a headline whose tail warns of
      // spoilers still names the film.
      const warned = WARNED_TITLE.exec(line);
      const h = warned ? parseHeading(warned[1] ?? '') : null;
      if (h && mayBeTitle(h.title, line))
        headings.push({ ...h, index: headings.length, facts: false });
    } else if (kind === 'heading' && seenStory && fallback.title === null) {
      // A review's fact box at its end: "The Dry Season" over "Director Lin Hu; Running time ...".
      const next = doc.blocks[bi + 1];
      const box = next?.kind === 'meta' ? text.slice(next.start, next.end) : '';
      const h = box && END_BOX_CREDITS.test(box) ? parseHeading(line) : null;
      if (h && h.year === null && mayBeTitle(h.title, line)) fallback.title = h.title;
    } else if (kind === 'heading' && !seenStory && meta.titleEvidence !== 'stated') {
      // A poster's credit "A LIV AASEN FILM" names the director and is not the title.
      const poster = FILM_CREDIT.exec(line);
      if (poster) {
        if (!meta.director) meta.director = titleCase(personName(poster[1] ?? ''));
        continue;
      }
      // "RECAP: Title (2023) is three stories in one house" set as a heading.
      const lead = HEADLINE_LEAD.exec(line);
      const h = parseHeading(line) ?? (lead ? parseHeading(lead[1] ?? '') : null);
      // A film-diary site's "The Salt Cellar 2019" over "Directed by X": the year is not part of
      // the title (a title that ends in a year, "Summer 1993", has no credit line under it).
      const bareYear = h && h.year === null ? / ((?:18|19|20)\d\d)$/.exec(h.title) : null;
      const credit = doc.blocks[bi + 1];
      if (
        h &&
        bareYear &&
        credit?.kind === 'meta' &&
        /^\s*(?:directed by|dir\.|a film by)\s/i.test(text.slice(credit.start, credit.end))
      ) {
        h.title = h.title.slice(0, bareYear.index);
        h.year = Number(bareYear[1]);
      }
      // A press release's headline: "ARCHIVE UNVEILS RESTORATION OF “ORCHARD UNDER WATER” (1962)":
      // the quoted title, not the whole line.
      const quoted = QUOTED_YEAR.exec(line);
      const qh =
        quoted && /\S\s+\S/.test(line.slice(0, quoted.index))
          ? parseHeading(`${quoted[1] ?? ''} (${quoted[2] ?? ''})`)
          : null;
      if (qh && mayBeTitle(qh.title, qh.title)) {
        headings.push({ ...qh, index: headings.length, facts: false });
        continue;
      }
      // 'From page to screen: how "The Station Log" became a film': a quoted title inside a
      // headline of other words, a candidate beside the whole line (the page's naming decides).
      const inQuotes = quoted ? null : QUOTED_TITLE.exec(line);
      const iq =
        inQuotes && /\S\s+\S/.test(line.slice(0, inQuotes.index))
          ? parseHeading(inQuotes[1] ?? '')
          : null;
      if (iq && mayBeTitle(iq.title, iq.title) && /^[\p{Lu}\d]/u.test(iq.title))
        headings.push({ ...iq, index: headings.length, facts: false, quoted: true });
      if (
        h &&
        mayBeTitle(h.title, line) &&
        // A signed piece's own title ("THE WEIGHT OF SMALL THINGS", then "by Ruth Calder"): a
        // booklet's essay, not the film.
        !(
          credit?.kind === 'boilerplate' &&
          PIECE_BYLINE.test(text.slice(credit.start, credit.end)) &&
          // "Title review – a headline" over the critic's byline is the review of the film.
          !HEADLINE_LABEL.test(clean(line))
        )
      ) {
        // Past a bracketed original title ("(De glazen passage)") to the facts line.
        const next = doc.blocks[bi + 1];
        // Past an "Original title: X" line too.
        const after =
          next?.kind === 'meta' && /^\s*original title\b/i.test(text.slice(next.start, next.end))
            ? doc.blocks[bi + 2]
            : next?.kind === 'heading' &&
                (/^\s*\([^()]+\)\s*$/.test(text.slice(next.start, next.end)) ||
                  originalUnder(line, text.slice(next.start, next.end)))
              ? doc.blocks[bi + 2]
              : next;
        const facts =
          after?.kind === 'meta' && FACTS_AFTER_TITLE.test(text.slice(after.start, after.end));
        const labelled = HEADLINE_LABEL.test(clean(line));
        headings.push({ ...h, index: headings.length, facts, labelled });
      }
      // "Station Nine: How the New Film Rearranges the Novel", "Episode 87: “Knives and
      // Grudges: The Salt Wife (2022)”": an essay's or an episode's title holds the film's on one
      // side of its colon (taken only if the page names that side and never the whole).
      const parts = clean(line.replace(/^[^"“]*["“]|["”][^"”]*$/g, '')).split(/:\s+/);
      if (parts.length === 2 && !FILM_CREDIT.test(line)) {
        for (const [i, p] of parts.entries()) {
          const other = parts[1 - i] ?? '';
          if (
            other
              .replace(/\([^()]*\)/g, '')
              .trim()
              .split(/\s+/).length < 4
          )
            continue;
          const ph = parseHeading(p);
          const n = ph ? ph.title.split(/\s+/).length : 0;
          if (ph && mayBeTitle(ph.title, p) && n >= 2 && n <= 6)
            headings.push({
              ...ph,
              year: ph.year ?? h?.year ?? null,
              index: headings.length,
              facts: headings.find((x) => x.title === h?.title)?.facts ?? false,
              part: clean(line),
              whole: h?.title,
            });
        }
      }
    }
  }
  // Of the headings before the story, the film's title is the one the page's own text names
  // again (a site's name or a catalogue's header is not named in the story); the first wins a tie.
  const own = meta.titleEvidence !== 'stated' ? ownText(text, doc) : '';
  const whole = meta.titleEvidence !== 'stated' && headings.length > 1 ? text.toLowerCase() : '';
  if (meta.titleEvidence !== 'stated' && headings.length > 0) {
    // A site's own name comes back in its copyright line; a film's facts follow its title.
    const owners = ownerLines(text);
    const score = (h: {
      title: string;
      year: number | null;
      index: number;
      facts: boolean;
      labelled?: boolean;
    }): number =>
      timesNamed(own, h.title, MAX_COUNTED_MENTIONS) +
      // Named again in the page's other sections (a disc's special features, its booklet essay):
      // weaker evidence, the first mention being the heading itself.
      Math.max(0, timesNamed(whole, h.title, MAX_COUNTED_MENTIONS + 1) - 1) * 0.5 +
      (h.year !== null ? 1 : 0) +
      (h.facts ? 1.5 : 0) +
      // The page's label on it names it the film ("Title review – ..."), as facts would.
      (h.labelled ? 1.5 : 0) -
      (owners.includes(h.title.toLowerCase()) ? 2 : 0) -
      h.index * 0.1;
    const sides = headings.filter(
      (h) =>
        h.part !== undefined && timesNamed(own, h.title, 1) > 0 && timesNamed(own, h.part, 1) === 0,
    );
    const best = headings
      .filter((h) =>
        h.part === undefined
          ? !sides.some((x) => x.whole === h.title) &&
            (h.quoted !== true || timesNamed(own, h.title, 1) > 0)
          : sides.includes(h),
      )
      .sort((a, b) => score(b) - score(a))[0];
    if (best) {
      meta.title = best.title;
      meta.titleEvidence = 'heading';
      meta.aka.push(...best.aka);
      if (best.year && !meta.year) meta.year = best.year;
      readNotes(best.notes, meta);
    }
  }
  if (meta.titleEvidence !== 'stated') {
    // "'Harrow Creek Road' review: ...", "Harrow Creek Road (2021) is ...": the page's own
    // words name the film more surely than a heading no text repeats.
    // The headline or lead that names the film stands near the top of the page.
    const named =
      namedInProse(
        doc.blocks
          .filter((b) => b.kind !== 'heading')
          .slice(0, PROSE_TITLE_BLOCKS)
          .map((b) => text.slice(b.start, b.end))
          .join('\n'),
      ) ??
      // A headline read as a heading: "Review: 'Title' is ...", "Everything you need to know about Title".
      namedInHeadline(
        doc.blocks
          .slice(0, PROSE_TITLE_BLOCKS)
          .filter((b) => b.kind === 'heading')
          .map((b) => text.slice(b.start, b.end))
          .join('\n'),
      );
    if (
      named &&
      (meta.title === null ||
        timesNamed(own, meta.title, 1) === 0 ||
        timesNamed(own, named.title, MAX_COUNTED_MENTIONS) >
          timesNamed(own, meta.title, MAX_COUNTED_MENTIONS))
    ) {
      meta.title = named.title;
      meta.titleEvidence = 'heading';
      if (named.year && !meta.year) meta.year = named.year;
    }
  }
  if (fallback.title !== null) {
    // A listings entry or a fact box names the film when the head names none, or names something
    // the page's own text never repeats (a magazine's or a paper's name).
    const same = meta.title !== null && meta.title.toLowerCase() === fallback.title.toLowerCase();
    if (
      !same &&
      (meta.title === null ||
        (meta.titleEvidence !== 'stated' &&
          timesNamed(own, meta.title, 1) === 0 &&
          timesNamed(own, fallback.title, 1) > 0))
    ) {
      // A replaced heading's year was the heading's; facts lines' years stay.
      if (meta.title !== null) meta.year = null;
      meta.title = fallback.title;
      meta.titleEvidence = 'heading';
    }
    if (same || meta.title === fallback.title) {
      meta.year = meta.year ?? fallback.year;
      meta.director = meta.director ?? fallback.director;
      meta.runtimeMinutes = meta.runtimeMinutes ?? fallback.runtime;
    }
  } else {
    meta.runtimeMinutes = meta.runtimeMinutes ?? fallback.runtime;
    // Only a review's closing credits give a director without a title (TRAILING_CREDITS).
    meta.director = meta.director ?? fallback.director;
  }
  if (!meta.director) {
    // The film is what was directed: "a concert directed by Father Brennan" is the story's.
    for (const m of text.matchAll(DIRECTED_BY)) {
      // The word before, and a comma after it ("Undertow, directed by X": the title's last word).
      const before = /(?:^|[.!?;:|•·(\n]\s*|([\p{L}'’-]+)(,?) )$/u.exec(
        text.slice(Math.max(0, m.index - 40), m.index),
      );
      if (!before) continue;
      const word = before[1];
      if (
        word === undefined ||
        DIRECTED_AFTER.test(word.toLowerCase()) ||
        (before[2] === ',' && /^\p{Lu}/u.test(word))
      ) {
        meta.director = personName(m[1] ?? '');
        break;
      }
    }
  }
  // Only the page's own text: a list of other films ("Reyes's 2015 film") is not about this one.
  // The lines above the story are the page's own even when they are furniture ("This week we
  // talk about Delia Frant's 1987 film Night Harbour").
  const firstStory = doc.blocks.findIndex((b) => b.kind === 'story');
  proseFacts(
    doc.blocks
      .filter((b, i) => b.kind !== 'boilerplate' || firstStory < 0 || i < firstStory)
      .map((b) => text.slice(b.start, b.end))
      .join('\n'),
    meta,
  );
  if (!meta.director) {
    // Near the top of the page, where a review or a festival note introduces its film.
    const head = doc.blocks
      .slice(0, PROSE_TITLE_BLOCKS + 4)
      .filter((b) => b.kind !== 'heading' && (b.kind !== 'boilerplate' || standfirst(text, b)))
      .slice(0, PROSE_TITLE_BLOCKS)
      .map((b) => text.slice(b.start, b.end))
      .join('\n');
    const c = CAREER_AUTHOR_HINT.test(head) ? CAREER_AUTHOR.exec(head) : null;
    if (c?.[1] && !NOT_A_NAME.test(c[1])) meta.director = c[1];
    // "the 112-minute film from director Leontine Marsh", "Director Ines Carvalho tells ...",
    // a listing's "Director: Piet Janssen."
    // Headings too: a listing's short blurb may read as one.
    const blurb = doc.blocks
      .filter((b) => b.kind !== 'boilerplate')
      .slice(0, PROSE_TITLE_BLOCKS)
      .map((b) => text.slice(b.start, b.end))
      .join('\n');
    const d =
      meta.director === null && /[Dd]irector/.test(blurb) ? PROSE_DIRECTOR.exec(blurb) : null;
    if (d?.[1]) meta.director = d[1];
  }
  readMoreForms(doc, meta, { parseRuntime, titleCase, country: COUNTRY, company: COMPANY });
  readPageForms(doc, meta, {
    parseRuntime,
    titleCase,
    country: COUNTRY,
    company: COMPANY,
    genre: GENRE,
  });
  readThreadForms(doc, meta, { parseRuntime, titleCase, country: COUNTRY, company: COMPANY });
  // A leaflet of several films: the facts of the film with the long text, not the first one's.
  readProgrammeFilm(doc, meta);
  // A society's programme line; the director in brackets after the title (pageStyles9.ts).
  readSocietyForms(doc, meta, { titleCase, country: COUNTRY, company: COMPANY });
  // A roundup's film, a title credited in brackets, a record's date, a runtime in words (metadataForms13.ts).
  readForms13(doc, meta, { parseRuntime, titleCase, country: COUNTRY, company: COMPANY });
  // A title credited with its facts in brackets, a runtime in digits in the prose (metadataForms14.ts).
  readForms14(doc, meta, { parseRuntime, titleCase, country: COUNTRY, company: COMPANY });
  // A quiz's answers, a release in the prose, a heading's label round the title (metadataForms15.ts).
  readForms15(doc, meta, { parseRuntime, titleCase, country: COUNTRY, company: COMPANY });
  if (meta.year === null) {
    // A programme's credits line set as prose: "Belgium 1974. Dir. X. With A, B. 112 minutes."
    for (const b of doc.blocks.slice(0, PROSE_TITLE_BLOCKS)) {
      const c = COUNTRY_YEAR_CREDIT.exec(text.slice(b.start, Math.min(b.end, b.start + 120)));
      if (c && COUNTRY.test((c[1] ?? '').trim())) {
        meta.year = Number(c[2]);
        break;
      }
    }
  }
  // A press page's running time set among its technical details (press15.ts).
  readPressFacts15(doc, meta);
  if (meta.year === null) meta.year = copyrightYear(text);
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
  if (originalTitle !== null) {
    if (meta.title === null) {
      meta.title = originalTitle;
      meta.titleEvidence = 'stated';
    } else meta.aka.unshift(originalTitle);
  }
  if (meta.title !== null) {
    // A catalogue's medium after the title ("The keeper's almanac [videorecording]").
    meta.title = meta.title.replace(CATALOGUE_MEDIUM, '').trim();
    // A rating or a number read as a heading ("4/5", "★★★★") is no title.
    if (!/\p{L}{2}/u.test(meta.title)) {
      meta.title = null;
      meta.titleEvidence = null;
    }
  }
  meta.aka = [...new Set(meta.aka.filter((a) => a && a !== meta.title))];
  return meta;
};
