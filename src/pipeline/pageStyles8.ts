/**
 * Page furniture of the seventh session's page styles (clean.ts asks isPageChrome8 and
 * isReviewQuestionHeading, and runs markProgrammeBlurbs; metadata.ts asks programmeFilm), each
 * read from one paragraph's shape:
 * - a press release's announcement ("Stockholm, 3 February 2025. The Nordic Film Archive is proud
 *   to announce ..."), a biography opening on a name and its life dates ("Maren Aas (1921-1990)
 *   was ..."), a screening's host line ("Introduced by film historian Sigrid Nakken.");
 * - a user review's signature ("— posted by Marguerite L., age 40");
 * - an email's headers (From, To, Subject, Date), an RSVP line, an AGM notice, an unsubscribe
 *   footer;
 * - a review's question heading ("Is it any good?", "Should you watch it?");
 * - a programme or leaflet of several films, each entry a title line over a facts line ("Norway
 *   1956 · 88 min · 35mm"): the page's film is the entry with the longest text under it, and the
 *   short blurbs under the other entries are furniture.
 * Negatives (tests/pipeline/pages8.test.ts): "She posts the letter", "He subscribes to the
 * paper", "Her review of the case", "At the pilots' annual meeting in the spring, Jens stands up",
 * "Introduced by Tomas, she joins the choir", a story paragraph that opens on a date.
 */

/** A month's name, full or short. */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/** A press release's boast: "is proud to announce", "are delighted to present". */
const ANNOUNCES =
  /\b(?:is|are|were|was) (?:very )?(?:proud|pleased|delighted|thrilled|excited|honou?red|happy) to (?:announce|present|unveil|share|welcome)\b/i;
/** The announcement stands in a release's first characters (its dateline and first sentence). */
const ANNOUNCE_LEAD = 120;
/** A press release's dateline opening the paragraph: "Stockholm, 3 February 2025." / "LONDON —". */
const DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’ .-]{1,30},\s*(?:\d{1,2}(?:st|nd|rd|th)? ${MONTH},? (?:19|20)\d\d|${MONTH} \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d)\s*(?:[.:—–-]|\(\w+\))`,
  'iu',
);
/**
 * Who sends a press release: a name ending on an institution's word, perhaps with its place ("The
 * Nordic Film Archive", "Cinemateket Bergen", "the festival"); not a person at a festival ("At the
 * festival Sonja").
 */
const INSTITUTION_SUBJECT =
  /^\s*(?:[Tt]he |[Oo]ur )?(?:\p{Lu}[\p{L}'’&-]*\s+){0,5}(?:[Aa]rchive|[Cc]inematheque|[Cc]inémathèque|[Cc]inemateket|[Ff]estival|[Ii]nstitute|[Ff]oundation|[Mm]useum|[Ll]ibrary|[Dd]istributor|[Ss]tudio|[Ss]ociety|[Ff]ilm [Cc]lub|[Gg]allery|[Cc]ouncil|[Tt]rust)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u;

/** A biography's opening: a name and its life dates ("Maren Aas (1921-1990) was ..."). */
const LIFE_DATES =
  /^\p{Lu}[\p{L}'’-]+(?: (?:de |van |von |da |di |le |la )?\p{Lu}[\p{L}'’-]+){0,3} \(\s*(?:b\.\s*)?(?:1[89]|20)\d\d\s*(?:[-–—]\s*(?:(?:1[89]|20)\d\d)?)?\s*\)\s+(?:is|was|has|had|made|directed|began|started|grew|became|trained|studied)\b/u;

/** A screening's host: the whole paragraph "Introduced by film historian Sigrid Nakken." */
const HOST_LINE =
  /^(?:(?:[Ss]creening |[Ff]ilm )?(?:[Ii]ntroduced|[Pp]resented|[Hh]osted)|[Ff]ollowed by (?:a )?(?:Q\s*&\s*A|[Qq]\s*&\s*[Aa]|discussion|talk|conversation)(?: with)?|[Ww]ith an? (?:introduction|Q\s*&\s*A) (?:by|with))(?: by)?\s+(?:(?:the )?(?:film |art )?(?:historian|critic|curator|director|programmer|writer|scholar|archivist|guest|actor|actress|composer)s?\s+)?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\([^()]{1,40}\))?(?:,? (?:and|&) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})?\s*[.!]?$/u;

/** A user review's signature: "— posted by Marguerite L., age 40", "- reviewed by kiteboy2013". */
const REVIEW_SIGNATURE =
  /^[—–-]+\s*(?:posted|written|reviewed|submitted|rated)\s+by\s+\S[^.!?]{0,50}?(?:,\s*(?:age|aged)\s+\d{1,2}|,\s*(?:parent|kid|teen|child|member|reviewer)\b[^.!?]{0,30}|\s+on\s+[^.!?]{1,30}|)\s*\.?$/iu;

/** An email's header line: "From: Harbour Film Society <news@hfs.example>", "Subject: ...". */
const EMAIL_HEADER = /^(?:from|to|cc|bcc|reply-to|subject|date|sent)\s*:\s*\S/i;
/** A header line that only an email has: an address, or a subject or sent line. */
const EMAIL_PROOF = /@[\w-]+\.|^(?:subject|sent|reply-to|cc|bcc)\s*:/im;

/** "RSVP to ... by Friday", "Please RSVP", "R.S.V.P.": a reply card, not the story. */
const RSVP = /\b(?:RSVP|R\.S\.V\.P\.?)(?=\W|$)/;
/** An annual general meeting's notice: the meeting's name with a notice's words. */
const AGM = /\b(?:AGM|annual general meeting)\b/i;
const AGM_NOTICE =
  /\b(?:notice|agenda|minutes|will be held|nominations?|committee|quorum|members|motions?|treasurer|secretary|chair(?:person)?|elect(?:ion|ed)?|vote)\b/i;
/** A mailing's footer: "Unsubscribe", "Manage your preferences", "You are receiving this email". */
const UNSUBSCRIBE =
  /\bunsubscribe\b|\b(?:manage|update|change) your (?:email )?(?:preferences|subscription|settings)\b|\byou(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)\b|\bview (?:this (?:e-?mail|newsletter) )?in (?:your |a )?browser\b|\bno longer wish to receive\b/i;

/**
 * A release's announcement in its first characters, made by an institution or by "we" ("The
 * Nordic Film Archive is proud to announce", "We are delighted to present"), or after a dateline.
 * Not a story's person ("Her mother is proud to announce the engagement at the festival").
 */
const announcesRelease = (s: string): boolean => {
  const lead = s.slice(0, ANNOUNCE_LEAD);
  const m = ANNOUNCES.exec(lead);
  if (!m) return false;
  if (DATELINE.test(s)) return true;
  const subject =
    lead
      .slice(0, m.index)
      .split(/[.!?]\s+/)
      .pop() ?? '';
  return (
    INSTITUTION_SUBJECT.test(subject) || /^\s*(?:[Ww]e|[Oo]ur [\p{L} ]{1,30})\s*$/u.test(subject)
  );
};

/** True when the paragraph is furniture by one of the shapes above. */
export const isPageChrome8 = (s: string, words: number): boolean => {
  if (words > 80) return false;
  // A release leads with its announcement; a blurb that ends on one ("The festival is proud to
  // present its premiere.") may hold the story's opening.
  if (announcesRelease(s)) return true;
  if (LIFE_DATES.test(s)) return true;
  if (words <= 20 && HOST_LINE.test(s)) return true;
  if (words <= 14 && /^[—–-]/.test(s) && REVIEW_SIGNATURE.test(s)) return true;
  if (words <= 60 && s.includes(':')) {
    const lines = s.split('\n').filter((x) => x.trim() !== '');
    if (lines.every((x) => EMAIL_HEADER.test(x.trim())) && EMAIL_PROOF.test(s)) return true;
  }
  if (words <= 50 && RSVP.test(s)) return true;
  if (words <= 80 && AGM.test(s) && AGM_NOTICE.test(s)) return true;
  if (words <= 60 && UNSUBSCRIBE.test(s)) return true;
  return false;
};

/**
 * A review's or a guide's question heading after which the page judges the film: "Is it any
 * good?", "Should you watch it?", "Is it worth watching?", "Is it OK for kids?".
 */
const REVIEW_QUESTION =
  /^(?:so,? )?(?:is it (?:any good|good|worth (?:it|watching|seeing|the (?:watch|time))|ok(?:ay)? for (?:kids|children|teens))|should (?:you|i|kids|my kids|your kids) (?:watch|see) it|(?:the )?verdict|what did (?:we|i|you) think|is (?:the film|this film|this movie|the movie) (?:any good|worth (?:it|watching|seeing)))\s*\?$/i;
export const isReviewQuestionHeading = (s: string, words: number): boolean =>
  words <= 8 && s.endsWith('?') && REVIEW_QUESTION.test(s);

/** A programme entry's facts line: a year and a length, with a country or a format. */
const ENTRY_FACTS =
  /^[^.!?]{0,40}\b((?:18|19|20)\d\d)\b[^.!?\n]{0,30}?\b(\d{2,3})\s*(?:min|mins|minutes|['’′])(?![\p{L}])[^.!?\n]{0,100}$/iu;
/** A programme entry's title line: short, no sentence end. */
const ENTRY_TITLE = /^[^.!?\n]{2,80}$/;

/** One film of a programme: its title line's block, its facts line's block, its text's end. */
export interface ProgrammeEntry {
  title: number;
  facts: number;
  /** Index of the first block after the entry's text (the next entry's title, or the end). */
  end: number;
  year: number;
  runtime: number;
  /** Characters of story text under the entry. */
  story: number;
}

interface BlockLike {
  start: number;
  end: number;
  kind: string;
}

/**
 * The entries of a programme of several films: a title line right above a facts line (perhaps
 * with a "Director:" or "With ..." line between or below). Fewer than two entries: none.
 */
export const programmeEntries = (text: string, blocks: readonly BlockLike[]): ProgrammeEntry[] => {
  const found: { title: number; facts: number; year: number; runtime: number }[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || b.kind === 'story' || b.end - b.start > 120) continue;
    const s = text.slice(b.start, b.end);
    if (!/\d/.test(s)) continue;
    const f = ENTRY_FACTS.exec(s);
    if (!f) continue;
    // The title line: the block above, or two above with a credit line between.
    for (const back of [1, 2]) {
      const t = blocks[i - back];
      if (!t || t.kind === 'story') break;
      const line = text.slice(t.start, t.end);
      if (
        back === 2 &&
        !/^(?:dir(?:ector|\.)?|directed by|with|starring)\b/i.test(
          text.slice(blocks[i - 1]?.start ?? 0, blocks[i - 1]?.end ?? 0),
        )
      )
        break;
      if (
        ENTRY_TITLE.test(line) &&
        !/\d{1,2}[:.]\d{2}/.test(line) &&
        !/^(?:dir(?:ector|\.)?|directed by|with|starring)\b/i.test(line)
      ) {
        found.push({ title: i - back, facts: i, year: Number(f[1]), runtime: Number(f[2]) });
        break;
      }
    }
  }
  if (found.length < 2) return [];
  return found.map((e, k) => {
    const end = found[k + 1]?.title ?? blocks.length;
    let story = 0;
    for (let j = e.facts + 1; j < end; j++) {
      const b = blocks[j];
      if (b?.kind === 'story') story += b.end - b.start;
    }
    return { ...e, end, story };
  });
};

/** A blurb under another film's entry is at most this many words. */
const MAX_ENTRY_BLURB_WORDS = 60;
/** The page's film has at least this many times the text of any other entry. */
const FILM_ENTRY_RATIO = 3;

/** The entry whose text is the page's story: clearly the longest, or null. */
export const programmeFilm = (entries: readonly ProgrammeEntry[]): ProgrammeEntry | null => {
  const sorted = [...entries].sort((a, b) => b.story - a.story);
  const first = sorted[0];
  const second = sorted[1];
  if (!first || !second || first.story < FILM_ENTRY_RATIO * Math.max(1, second.story)) return null;
  return first;
};

/**
 * A programme of several films: the short blurbs under the entries that are not the page's film
 * (its entry holds clearly the longest text) become furniture, and so does the text before the
 * first entry (the programme's own introduction), when it is short.
 */
export const markProgrammeBlurbs = (text: string, blocks: BlockLike[]): void => {
  const entries = programmeEntries(text, blocks);
  const film = programmeFilm(entries);
  if (!film) return;
  for (const e of entries) {
    if (e === film) continue;
    for (let j = e.facts + 1; j < e.end; j++) {
      const b = blocks[j];
      if (b?.kind !== 'story') continue;
      const words = text.slice(b.start, b.end).split(/\s+/).length;
      if (words <= MAX_ENTRY_BLURB_WORDS) b.kind = 'boilerplate';
    }
  }
};

/** The director on an entry's credit line: "Director: Maren Aas", "dir. Maren Aas". */
const ENTRY_DIRECTOR =
  /^(?:director|dir\.?|directed by)\s*:?\s+(\p{Lu}[\p{L}'’.-]+(?: (?:de |van |von |da |di |le |la )?\p{Lu}[\p{L}'’.-]+){1,2})\s*\.?$/u;

interface ProgrammeMeta {
  title: string | null;
  titleEvidence: 'stated' | 'heading' | 'repeated' | null;
  year: number | null;
  runtimeMinutes: number | null;
  director: string | null;
  aka: string[];
}

/**
 * A programme's facts are its film's entry's (the one with the long text), not the first
 * entry's: its title line (an original title in brackets goes to aka), its facts line's year and
 * length, and a director's credit line beside them. A title stated by a label is kept.
 */
export const readProgrammeFilm = (
  doc: { text: string; blocks: readonly BlockLike[] },
  meta: ProgrammeMeta,
): void => {
  const film = programmeFilm(programmeEntries(doc.text, doc.blocks));
  if (!film) return;
  const { text, blocks } = doc;
  const at = (i: number): string => {
    const b = blocks[i];
    return b ? text.slice(b.start, b.end).trim() : '';
  };
  if (meta.titleEvidence !== 'stated') {
    const line = at(film.title);
    const orig = /^(.+?)\s*\(([^()]{2,60})\)$/.exec(line);
    const title = (orig?.[1] ?? line).trim();
    if (/\p{L}{2}/u.test(title)) {
      meta.title = title;
      meta.titleEvidence = 'heading';
      if (orig?.[2] && !/\d/.test(orig[2])) meta.aka.push(orig[2]);
    }
  }
  meta.year = film.year;
  if (film.runtime >= 40) meta.runtimeMinutes = film.runtime;
  for (let i = film.title + 1; i <= Math.min(film.facts + 2, film.end - 1); i++) {
    const d = ENTRY_DIRECTOR.exec(at(i));
    if (d?.[1]) {
      meta.director = d[1];
      break;
    }
  }
};
