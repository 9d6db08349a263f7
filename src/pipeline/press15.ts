/**
 * Press releases and press kits (session 15): the story a restoration, a festival or a
 * distributor's release tells in its "About the film" or synopsis part.
 *
 * Part of stage 6 (order), read by placeSegments (order.ts): a flashback that moves the telling
 * to a year ("As she speaks, the film returns to 1938.") keeps that year as its toYear only
 * (time.ts), since "returns to 1998" may name the main line's own year. When the main line is
 * dated and the year lies before it, the move is a flashback to a past year and is measured like
 * "goes back to 1939": otherwise the first flashback sat a default year back and a later one,
 * measured by its year, came before it.
 */
import type { Segment } from './segment';
import { DAYS_PER_YEAR, tenseProfile } from './text';
import { namedYear, type TimeCue } from './time';

/** The past year a flashback's "returns to YEAR" names, when the main line's year is later. */
export const pastToYear = (
  cue: TimeCue,
  anchor: { year: number; t: number } | null,
  mainT: number,
): number | null => {
  if (cue.toYear === undefined || anchor === null) return null;
  const mainYear = anchor.year + Math.floor((mainT - anchor.t) / DAYS_PER_YEAR);
  return cue.toYear < mainYear - 1 ? cue.toYear : null;
};

/**
 * A frame person is back: the paragraph names someone seen only in the main line, and seen
 * there again after a flashback had been told (the frame came back once with them: "Back in the
 * nursing home, Eirik asks her ..."), while it names no one seen only in the past. "In the
 * final scenes, Marit gives Eirik the burned ledger." after the 1939 flashback is the frame:
 * only the frame knew Eirik. (Someone named first in the main line and then met in a flashback,
 * before the frame came back to them, is not counted: a flashback may meet the frame's people.)
 * `words[k]`: the lower-cased proper words of segment k; `people`: the characters' lower-cased
 * single names; `placed[k]`: whether segment k was placed on the main line.
 */
export const framePersonBack = (
  i: number,
  paragraphStart: boolean,
  words: readonly ReadonlyMap<string, number>[],
  people: ReadonlySet<string>,
  placed: readonly { kind: string }[],
): boolean => {
  if (!paragraphStart) return false;
  const own = [...(words[i]?.keys() ?? [])].filter((w) => people.has(w));
  if (own.length === 0) return false;
  const firstPast = placed.findIndex((p, k) => k < i && p.kind !== 'present');
  if (firstPast < 0) return false;
  let frameBack = false;
  for (const w of own) {
    let inPast = false;
    let inFrameAgain = false;
    let inMain = false;
    for (let k = 0; k < i; k++) {
      if (!words[k]?.has(w)) continue;
      const main = placed[k]?.kind === 'present';
      if (!main) inPast = true;
      else {
        inMain = true;
        if (k > firstPast) inFrameAgain = true;
      }
    }
    // Someone of the past alone: the paragraph is still the past's.
    if (inPast && !inMain) return false;
    if (!inPast && inFrameAgain) frameBack = true;
  }
  return frameBack;
};

/** A page that says it is a press release or a press kit, or carries a press contact. */
const PRESS_PAGE =
  /\b(?:for immediate release|press release|press kit|presskit|embargoed|embargo|press contacts?|media contacts?|press (?:enquiries|inquiries|office)|media (?:enquiries|inquiries)|notes to editors)\b|^\s*(?:#{3}|-\s?30\s?-|ENDS)\s*$/im;

/** A block of one line that ends no sentence (a headline or a subhead), of a few words. */
const headlineShape = (s: string, minWords: number): boolean => {
  if (/\n/.test(s.trim())) return false;
  const t = s.trim();
  if (/[.!?…;,]["”’)\]]*$/.test(t) || (minWords > 1 && t.endsWith(':'))) return false;
  const words = t.split(/\s+/).length;
  return words >= minWords && words <= 25;
};

/** Who speaks for the page's institution: "said archive director Per Myhre", "(Anna Berg, curator)". */
const STAFF_ROLE =
  /\b(?:director|curator|programmer|programming|producer|head|chief|ceo|president|chair(?:man|woman|person)?|founder|manager|archivist|restorer|conservator|executive|spokes(?:man|woman|person)|distributor|festival|archive|cinematheque|institute|foundation|museum|studio|company)\b/i;
const ATTRIBUTION =
  /\b(?:said|says|adds|added|commented|comments|explains|explained|notes|noted|remarked|remarks|according to)\b/i;

/** Most of the paragraph inside quotation marks, attributed to the institution's people. */
const staffQuote = (s: string): boolean => {
  const quoted = [...s.matchAll(/["“]([^"”]{2,})["”]/g)].reduce(
    (n, m) => n + (m[0]?.length ?? 0),
    0,
  );
  if (quoted < s.length * 0.5) return false;
  const outside = s.replace(/["“][^"”]{2,}["”]/g, ' ');
  const bracketed = /^\s*\(\s*\p{Lu}[^()]{2,80}\)\s*[.]?\s*$/u.test(outside);
  return (ATTRIBUTION.test(outside) || bracketed) && STAFF_ROLE.test(outside);
};

/**
 * "About the Halvorsen Film Archive", "ABOUT NORDLYS FILM", "About Us": a section about an
 * organisation or a person of the release (the film's own "About the film" is the story's).
 */
const ABOUT_OTHER =
  /^\s*about\s+(?!(?:the\s+)?(?:film|movie|story|plot|synopsis|picture|feature)\s*:?\s*$)\S[^.!?]{0,60}$/i;
/**
 * A press page's other sections: the people's biographies, its contacts, accreditation,
 * screenings and tickets, technical details, notes to editors.
 */
const PRESS_SECTION =
  /\b(?:biograph\w*|bios?|filmograph\w*|profiles?|contacts?|accreditation|screenings?|tickets?|box office|booking|technical|tech specs|notes to editors|editors['’]? notes|programme notes|stills|downloads|partners|funders|sponsors|tour dates|venues)\b/i;
/** A dateline opening a release's first paragraph: "ZAGREB, 24 February 2025 - ...". */
const DATELINE =
  /^\s*\p{Lu}[\p{Lu}\p{L} .'-]{1,40},\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2},?)\s+(?:19|20)\d\d\s*(?:[-–—:]|\.\s)/u;

/**
 * Press releases and press kits: their headline and subheads are headings, an institution's
 * quote and the "About <organisation>" boilerplate at the end are furniture, not scenes.
 * Runs on the cleaner's blocks of a page that calls itself a press release or kit.
 */
export const markPressFurniture15 = (
  text: string,
  blocks: { start: number; end: number; kind: string }[],
): void => {
  if (!PRESS_PAGE.test(text)) return;
  let aboutOther = false;
  for (const b of blocks) {
    const s = text.slice(b.start, b.end);
    const oneLine = headlineShape(s, 3);
    // (A section's heading may be one word: "Contacts", "BIOGRAPHIES:".)
    if (headlineShape(s, 1) && s.split(/\s+/).length <= 8)
      aboutOther = ABOUT_OTHER.test(s) || PRESS_SECTION.test(s);
    // (Above a synopsis heading, the lead and the quote read as the film's premise.)
    if (b.kind === 'premise' && (staffQuote(s) || DATELINE.test(s))) b.kind = 'boilerplate';
    if (b.kind !== 'story') continue;
    if (oneLine) b.kind = 'heading';
    else if (aboutOther || staffQuote(s) || DATELINE.test(s)) b.kind = 'boilerplate';
  }
};

/** A labelled running time inside a paragraph: "... optical track. Running time: 104 minutes." */
const LABELLED_RUNTIME =
  /(?:^|[.;|•·]\s+|\n)(?:running time|runtime|run time|duration|length)\s*[:\-–—]\s*(\d{2,3})\s*(?:minutes|mins?\b|min\.|['’])/im;
/** A film's length, not a trailer's or a clip's. */
const MIN_FILM_MINUTES = 40;

/**
 * Metadata of a press page the other readers leave unset: a labelled running time set in a
 * paragraph of technical details (the cleaner keeps such paragraphs as furniture, and the prose
 * reader reads furniture only above the story).
 */
export const readPressFacts15 = (
  doc: { text: string; blocks: readonly { start: number; end: number; kind: string }[] },
  meta: {
    title: string | null;
    titleEvidence: string | null;
    year: number | null;
    runtimeMinutes: number | null;
  },
): void => {
  const { text } = doc;
  if (!PRESS_PAGE.test(text)) return;
  readTitleFacts(text, meta);
  if (meta.runtimeMinutes === null) {
    const m = LABELLED_RUNTIME.exec(text);
    const n = m ? Number(m[1]) : NaN;
    if (n >= MIN_FILM_MINUTES) meta.runtimeMinutes = n;
  }
  // "MEDIA ADVISORY - FOR IMMEDIATE RELEASE" read as a heading is the page's label, no title.
  if (meta.title !== null && !PRESS_LABEL.test(meta.title)) return;
  // 'Festival to Open With World Premiere of "Low Water"': the headline's quoted title, when
  // the story names it again.
  const story = doc.blocks
    .filter((b) => b.kind === 'story')
    .map((b) => text.slice(b.start, b.end))
    .join('\n')
    .toLowerCase();
  for (const b of doc.blocks) {
    if (b.kind === 'story') break;
    if (b.kind !== 'heading' && b.kind !== 'boilerplate') continue;
    const q = HEADLINE_QUOTED.exec(text.slice(b.start, b.end));
    const title = q?.[1]?.trim();
    // (Named again by the story, or by the release's lead: not only in the headline.)
    if (title && (story.includes(title.toLowerCase()) || namedTwice(text, title))) {
      meta.title = title;
      meta.titleEvidence = 'heading';
      readTitleFacts(text, meta);
      return;
    }
  }
};

/** "Low Water (Ireland, 2025, 92 minutes) follows ...": the year credited beside the title. */
const readTitleFacts = (
  text: string,
  meta: { title: string | null; year: number | null },
): void => {
  if (meta.year !== null || meta.title === null) return;
  const t = meta.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${t}\\s*\\([^()]{0,40}?\\b((?:19|20)\\d\\d)\\b[^()]{0,40}\\)`, 'i').exec(
    text,
  );
  if (m) meta.year = Number(m[1]);
};

const namedTwice = (text: string, title: string): boolean => {
  const low = text.toLowerCase();
  const t = title.toLowerCase();
  const first = low.indexOf(t);
  return first >= 0 && low.indexOf(t, first + t.length) >= 0;
};

/** A press page's own label: "Press Release", "Media Advisory", "News Release", "Press Kit". */
const PRESS_LABEL =
  /^(?:(?:press|news|media|release|releases|advisory|kit|announcement|retrospective|for|immediate|embargoed|notice|alert|statement|information|festival|premiere|world|restoration)[\s:–—-]*)+$/i;

/** A title quoted inside a headline of other words: capitalised, up to sixty characters. */
const HEADLINE_QUOTED = /\S\s+["“](\p{Lu}[^"”.!?]{0,60})["”]/u;

/**
 * A jump back told in the past inside a present-tense synopsis, whose own paragraph comes back
 * to the present ("Years earlier, Joël had lost his brother in the river. He still keeps his
 * boots in the wheelhouse."): the past was that sentence, and the next paragraph told in the
 * present ("In Québec City Joël follows the man ...") is the main line again, not more of the
 * flashback. `opener`: the segment that opened the block; `seg`: the paragraph read now.
 */
export const pastJumpClosed = (
  text: string,
  opener: Segment | undefined,
  seg: Segment,
  base: 'present' | 'past',
): boolean => {
  if (base !== 'present' || !opener || opener === seg || !seg.paragraphStart) return false;
  if (opener.cue?.kind !== 'back') return false;
  const [first, ...rest] = opener.sentences;
  if (!first || rest.length === 0) return false;
  const told = tenseProfile(text, first.start, first.end);
  if (told.present > 0 || told.past + told.perfect === 0) return false;
  const last = rest[rest.length - 1];
  if (!last) return false;
  const back = tenseProfile(text, last.start, last.end);
  if (back.present === 0 || back.past + back.perfect > 0) return false;
  const now = seg.sentences[0];
  if (!now) return false;
  const p = tenseProfile(text, now.start, now.end);
  return p.present > 0 && p.past + p.perfect === 0;
};

/**
 * The year a page's opening names before its first year card ("It opens in 1982, as the mill
 * is cleared ..." then "1956." and "1982."): the opening is that year's, not a prologue of the
 * first card's. Taken from the leading episode's time cues, when the cards name the same year
 * again (the opening is one of the page's dated threads); else null (episodes.ts).
 */
export const openingYear = (
  segments: readonly Segment[],
  episodeOf: readonly number[],
  cardYears: readonly number[],
): number | null => {
  for (const [i, seg] of segments.entries()) {
    if (episodeOf[i] !== 0) break;
    const y = namedYear(seg.cue);
    if (y !== null) return cardYears.includes(y) ? y : null;
  }
  return null;
};
