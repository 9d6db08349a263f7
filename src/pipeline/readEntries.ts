import type { Segment } from './segment';
import type { Placement } from './order';
import { MONTHS, parseDate } from './dates';
import { DOCUMENT_NOUNS } from './documents';
import { findCue } from './time';
import {
  firstFiniteVerb,
  NUMBER_PATTERN,
  parseNumber,
  STEP,
  STOP_WORDS,
  tenseProfile,
  UNIT_DAYS,
  unitOf,
  type Range,
} from './text';

/**
 * Part of stage 6 (order), a pass after the series: a document (a log, a diary, letters, tapes)
 * read out of date order inside a frame told later ("Kirsty opens the log on the ferry. The
 * first entry she reads is dated 14 November 1962: a gale ...", then "She turns back a few
 * pages and finds an entry for 3 October 1962"). dates.ts orders entries whose date opens them;
 * here the date is named by the frame's sentence that finds, reads or plays the page, in one of
 * a paragraph's opening sentences, and what the page tells follows in the same paragraph.
 *
 * With three or more such references, one dated earlier than a page read before it:
 * - each page's own text (from the sentence naming it to its paragraph's end, or to a sentence
 *   where the reader comes back: "Kirsty has never heard of Hector Bain, and she reads the
 *   entry twice") sits at its date, the earliest page where the main pass put it and the others
 *   its days later; an undated page placed by another ("an entry written two days before the
 *   first one she read", "recorded a few days after the one from 2 April 1992") sits there;
 * - the reader's own scenes are the frame, in text order: the sentences before the reference,
 *   paragraphs whose opening names the reader (the name the frame's reading sentences use most),
 *   and paragraphs in the present that the year cues swept into the past. The pages' dates and
 *   the jumps inside the document ("skips ahead in the log", time.ts) do not move them;
 * - when the frame is later than the pages (its opening names a later year, or the present day),
 *   the pages lie before the frame's first moment, and a flashback of the film inside the frame
 *   ("In a flashback, the film shows Lies as a girl of nine") between the pages and the frame.
 *
 * Negatives: pages read in date order move nothing (the main pass orders them); "a letter dated
 * 3 May 1958" named twice is one date, not three; a date that opens its entry ("14 March 1958.
 * ...") is dates.ts's; a dated scene of the film ("On 3 May 1958 she posts the letter") names
 * no page; a month without its day ("headed March 1958") is not a page.
 */

/** A page, an entry, a letter or a tape named with its date ("the page dated 9 January 1958"). */
const ENTRY_REF = new RegExp(
  `\\b(?:(?:${DOCUMENT_NOUNS})\\b[^.;]{0,30}?\\b(?:dated|headed|for|of|from|written on|marked|labell?ed)|ones?\\s+(?:dated|headed|labell?ed|marked|from)|(?:${DOCUMENT_NOUNS})\\s+(?:(?:forward|ahead|back)\\s+)?to)\\s+(?:the\\s+)?$|\\b(?:${DOCUMENT_NOUNS})\\b[^.;,:]{0,40}?[,:]\\s*$`,
  'i',
);
/** Cheap test before the patterns. */
const REF_HINT =
  /page|entr|letter|postcard|log|diar|note|telegram|journal|almanac|ledger|tape|cassette|record|reel|bundle|box|book|manuscript|memoir|paper|label|marked|dated|headed/i;
/**
 * An undated page placed by another: "an entry written two days before the first one she
 * read", "recorded a few days after the one from 2 April 1992".
 */
const RELATIVE_REF = new RegExp(
  `\\b(?:written|recorded|dated|sent|made|kept|taped)\\s+(?:(?:about|some|only|just|exactly|barely)\\s+)?(${NUMBER_PATTERN})\\s+(days?|nights?|weeks?|months?|years?)\\s+(before|after|earlier than|later than)\\s+(?:the|that)\\s+(?:(first|last|previous|earlier)\\s+)?(?:ones?|${DOCUMENT_NOUNS})\\b`,
  'i',
);
/** The present day named by the frame's opening ("The present day is the film's frame"). */
const PRESENT_DAY = /\b(?:present[- ]day|the present|today|nowadays|modern[- ]day)\b/i;
/** A sentence where the reader comes back: the reader's name and reading, or the document. */
const READING =
  /\b(?:reads?|reading|re-reads?|plays?|played|listens?|listened|turns?|turned|closes?|closed|puts? down|folds?|folded|pinned|pins)\b/i;
/** The paragraph's sentences read for a reference. */
const OPENING_SENTENCES = 2;
/** Characters of a sentence read for a reference. */
const REF_CHARS = 260;
/** References needed, with distinct dates. */
const MIN_REFS = 3;
/** Story days per day number of dates.ts (372 numbers to a year of 365 days). */
const DAYS_PER_NUMBER = 365 / 372;
/** How long before the frame's first moment the latest page lies, in days. */
const PAGES_GAP = 1;

/** A page the frame names: its day number, or its distance from another page. */
interface PageRef {
  day: number | null;
  /** Where a sentence names the page (a sentence of the segment `seg`). */
  sentence: Range;
  /** Offset where the reader's words end (the date or the placing words). */
  readerEnd: number;
  /** True when the naming sentence tells nothing of the page after the date ("... to 24 May."). */
  alone: boolean;
  relative?: { days: number; to: 'first' | 'previous' | number };
  /** A day and month without a year ("the entry for 3 March"): its day number within a year. */
  inYear?: number;
}

/** The reader's own words after the date: "..., and read aloud.", "and reads it to him". */
const READER_TAIL =
  /^[\s,]*and (?:(?:she|he|they|then) )?(?:reads?|read|began to read|begins to read|started reading|starts reading)(?: (?:it|them|on))?(?: (?:aloud|out loud|out|to (?:him|her|them)))?\s*[.!]?\s*$/i;

/** True when the rest of a naming sentence tells nothing of the page (no verb, or the reader's). */
const tellsNothing = (tail: string): boolean =>
  firstFiniteVerb(tail) === null || READER_TAIL.test(tail);

/** The full dates (a day of the month named) in a sentence, with their offsets in it. */
const fullDates = (s: string): { day: number; index: number; end: number }[] => {
  const found: { day: number; index: number; end: number }[] = [];
  let from = 0;
  while (from < s.length && found.length < 4) {
    const d = parseDate(s.slice(from));
    if (!d) break;
    const index = from + d.index;
    const end = from + d.end;
    // A day of the month named: "14 March 1958", not "March 1958".
    if (
      /\d{1,2}(?:st|nd|rd|th)?(?: of)? \p{L}|\p{L}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/u.test(
        s.slice(index, end),
      )
    )
      found.push({ day: d.day, index, end });
    from = end;
  }
  return found;
};

/** The page a sentence names, or null (offsets relative to the sentence). */
const entryRef = (sentence: string): Omit<PageRef, 'sentence'> | null => {
  if (!REF_HINT.test(sentence)) return null;
  for (const d of fullDates(sentence))
    if (ENTRY_REF.test(sentence.slice(Math.max(0, d.index - 60), d.index)))
      return {
        day: d.day,
        readerEnd: d.end,
        alone: tellsNothing(sentence.slice(d.end)),
      };
  const m = RELATIVE_REF.exec(sentence);
  if (!m) return yearlessRef(sentence);
  const [, n, unit, dir, which] = m;
  const days =
    parseNumber(n ?? 'one') *
    (UNIT_DAYS[unitOf(unit ?? 'day')] ?? 1) *
    (/before|earlier/i.test(dir ?? '') ? -1 : 1);
  const end = m.index + m[0].length;
  // "the one from 2 April 1992": placed by that date.
  const tail = sentence.slice(end, end + 40);
  const named =
    /^\s*(?:(?:she|he|they|we|I)\s+\w+\s+)?(?:from|dated|of|for|headed|marked|labell?ed)\s+(?:the\s+)?$/i;
  const dated = fullDates(tail).find((d) => named.test(tail.slice(0, d.index)));
  const to = dated ? dated.day : /first/i.test(which ?? '') ? 'first' : 'previous';
  const readerEnd = end + (dated ? dated.end : 0);
  const alone = tellsNothing(sentence.slice(readerEnd));
  return { day: null, readerEnd, alone, relative: { days, to } };
};

/** A day and month without a year after them ("3 March", "March 3rd"); not "3 March 1958". */
const DAY_MONTH = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTHS.join('|')})|(${MONTHS.join('|')}) (\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,? \\d)`,
  'gi',
);

/** A page named by day and month only, its year to come from the pages around it. */
const yearlessRef = (sentence: string): Omit<PageRef, 'sentence'> | null => {
  for (const m of sentence.matchAll(DAY_MONTH)) {
    if (!ENTRY_REF.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
    const month = MONTHS.indexOf((m[2] ?? m[3] ?? '').toLowerCase());
    const day = Number(m[1] ?? m[4]);
    if (month < 0 || day < 1 || day > 31) continue;
    const end = m.index + m[0].length;
    return {
      day: null,
      readerEnd: end,
      alone: tellsNothing(sentence.slice(end)),
      inYear: month * 31 + day - 1,
    };
  }
  return null;
};

/** The paragraphs: for each, the index of its first segment and of the one after its last. */
const paragraphsOf = (segments: Segment[]): [number, number][] => {
  const out: [number, number][] = [];
  segments.forEach((seg, i) => {
    const last = out[out.length - 1];
    if (seg.paragraphStart || !last) out.push([i, i + 1]);
    else last[1] = i + 1;
  });
  return out;
};

/** The pages the frame names, by the segment holding each naming sentence. */
const findRefs = (text: string, segments: Segment[]): Map<number, PageRef> => {
  const refs = new Map<number, PageRef>();
  for (const [from, to] of paragraphsOf(segments)) {
    let read = 0;
    for (let i = from; i < to && read < OPENING_SENTENCES; i++) {
      for (const r of segments[i]?.sentences ?? []) {
        if (read++ >= OPENING_SENTENCES) break;
        const ref = entryRef(text.slice(r.start, Math.min(r.end, r.start + REF_CHARS)));
        if (ref) {
          refs.set(i, { ...ref, sentence: r, readerEnd: r.start + ref.readerEnd });
          read = OPENING_SENTENCES;
          break;
        }
      }
    }
  }
  return refs;
};

/**
 * A page's day number from its day and month, in the year that puts it nearest the page named
 * before it (or after it, for the first): a log of one winter runs from November into March.
 */
const nearestYear = (inYear: number, near: number): number => {
  const y = Math.floor(near / 372);
  let best = y * 372 + inYear;
  for (const k of [y - 1, y + 1]) {
    const d = k * 372 + inYear;
    if (Math.abs(d - near) < Math.abs(best - near)) best = d;
  }
  return best;
};

/** The pages' own dates (a full date, or a day and month placed in a year), in text order. */
const ownDays = (refs: Map<number, PageRef>): Map<number, number> => {
  const days = new Map<number, number>();
  const full = [...refs].filter(([, r]) => r.day !== null);
  let previous: number | null = null;
  for (const [i, ref] of refs) {
    let day = ref.day;
    if (day === null && ref.inYear !== undefined) {
      const near = previous ?? full.find(([k]) => k > i)?.[1].day ?? null;
      if (near !== null) day = nearestYear(ref.inYear, near);
    }
    if (day === null) continue;
    days.set(i, day);
    previous = day;
  }
  return days;
};

/** The pages' days: their own, and those placed by another page (text order). */
const resolveDays = (refs: Map<number, PageRef>, own: Map<number, number>): Map<number, number> => {
  const days = new Map<number, number>();
  let first: number | null = null;
  let previous: number | null = null;
  for (const [i, ref] of refs) {
    let day = own.get(i) ?? null;
    if (day === null && ref.relative) {
      const { to, days: d } = ref.relative;
      const from: number | null = to === 'first' ? first : to === 'previous' ? previous : to;
      if (from !== null) day = from + d / DAYS_PER_NUMBER;
    }
    if (day === null) continue;
    days.set(i, day);
    if (own.has(i)) {
      first ??= day;
      previous = day;
    }
  }
  return days;
};

/**
 * True when the document's pages are read out of date order (see above): one with its full
 * date, three distinct dates, one earlier than a page read before it.
 */
const readOutOfOrder = (refs: Map<number, PageRef>, own: Map<number, number>): boolean => {
  if (![...refs.values()].some((r) => r.day !== null)) return false;
  const dated = [...own.values()];
  if (new Set(dated).size < MIN_REFS) return false;
  return dated.some((d, k) => k > 0 && d < (dated[k - 1] ?? d));
};

/** A capitalised word that may be a name ("Kirsty", "Theo" of "Theo's"). */
const NAME = /\b\p{Lu}\p{Ll}+\b/gu;

/**
 * The reader: the name the frame uses most in the paragraphs before the first page and in the
 * reading sentences up to each page's date. Null without a name used twice.
 */
const readerOf = (text: string, segments: Segment[], refs: Map<number, PageRef>): string | null => {
  const counts = new Map<string, number>();
  const count = (s: string) => {
    for (const m of s.matchAll(NAME)) {
      const w = m[0];
      if (STOP_WORDS.has(w.toLowerCase())) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  };
  const firstRef = Math.min(...refs.keys());
  const paras = paragraphsOf(segments);
  for (const [from, to] of paras) {
    const first = segments[from];
    const last = segments[to - 1];
    if (!first || !last) continue;
    if (from < firstRef) {
      // The frame's opening: at most its last three paragraphs before the first page.
      if (paras.filter(([f]) => f > from && f <= firstRef).length <= 3)
        count(text.slice(first.start, Math.min(last.end, segments[firstRef]?.start ?? last.end)));
      continue;
    }
    for (let i = from; i < to; i++) {
      const ref = refs.get(i);
      if (ref) count(text.slice(first.start, ref.readerEnd));
    }
  }
  let best: string | null = null;
  let most = 1;
  for (const [w, k] of counts)
    if (k > most) {
      best = w;
      most = k;
    }
  return best;
};

/** True when `s` names the reader as a word ("Theo", "Theo's"). */
const namesReader = (s: string, reader: string | null): boolean => {
  if (!reader) return false;
  const at = s.indexOf(reader);
  if (at < 0) return false;
  const before = s.charAt(at - 1);
  const after = s.charAt(at + reader.length);
  return !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
};

/**
 * True when a sentence after a page's date brings the reader back ("Kirsty has never heard of
 * Hector Bain, and she reads the entry twice", "Lies read it sitting on the stairs"): it opens on
 * the reader's name and reads, plays or names the document. "Theo is a week old" (the reader as
 * the page's baby) is the page's.
 */
export const readerReturns = (sentence: string, reader: string | null): boolean =>
  reader !== null &&
  sentence.startsWith(reader) &&
  !/\p{L}/u.test(sentence.charAt(reader.length)) &&
  (READING.test(sentence) || REF_HINT.test(sentence));

/** The reading of a document out of order: its pages and its reader, or null. */
export interface ReadDocument {
  refs: Map<number, PageRef>;
  days: Map<number, number>;
  reader: string | null;
}

/** Reads a document's pages read out of date order (see above), or null. */
export const readDocument = (text: string, segments: Segment[]): ReadDocument | null => {
  const refs = findRefs(text, segments);
  const own = ownDays(refs);
  if (!readOutOfOrder(refs, own)) return null;
  return { refs, days: resolveDays(refs, own), reader: readerOf(text, segments, refs) };
};

/**
 * Part of stage 4 (segment): in a document read out of order, a paragraph's sentences before
 * the one naming a page are the reader's, and a sentence after it where the reader comes back
 * ("Kirsty has never heard of Hector Bain, and she reads the entry twice") is the reader's
 * again: each starts a piece of its own. Nothing changes in any other document.
 */
export const splitAtReadEntries = (text: string, segments: Segment[]): Segment[] => {
  const doc = readDocument(text, segments);
  if (!doc) return segments;
  const out: Segment[] = [];
  segments.forEach((seg, i) => {
    const ref = doc.refs.get(i);
    if (!ref) {
      out.push(seg);
      return;
    }
    const cuts: number[] = [];
    const k = seg.sentences.findIndex((r) => r.start === ref.sentence.start);
    if (k > 0) cuts.push(ref.sentence.start);
    // A naming sentence that tells nothing of the page is the reader's alone.
    const next = seg.sentences[k + 1];
    if (ref.alone && next) cuts.push(next.start);
    for (const r of seg.sentences.slice(k + 1)) {
      if (readerReturns(text.slice(r.start, r.end), doc.reader)) {
        cuts.push(r.start);
        break;
      }
    }
    let from = seg.start;
    let first = true;
    for (const at of [...cuts, seg.end]) {
      if (at <= from) continue;
      const sentences = seg.sentences.filter((r) => r.start >= from && r.start < at);
      const end = at === seg.end ? seg.end : (sentences[sentences.length - 1]?.end ?? at);
      out.push({
        ...(first ? seg : {}),
        start: from,
        end,
        cue: first && seg.cue && seg.cue.start < end ? seg.cue : findCue(text, from, end),
        paragraphStart: first ? seg.paragraphStart : false,
        sentences,
        tense: tenseProfile(text, from, end),
      });
      first = false;
      from = at;
    }
  });
  return out;
};

/** True when a segment is told in the present more than the past. */
const presentTold = (seg: Segment): boolean => seg.tense.present > seg.tense.past;
/** True when a segment is backstory in the past perfect ("She had spent her childhood ..."). */
const perfectTold = (seg: Segment): boolean => seg.tense.perfect * 2 > seg.tense.past;

/** Re-times pages read out of date order inside a frame (see above); returns whether it applied. */
export const applyReadEntries = (text: string, segments: Segment[], out: Placement[]): boolean => {
  const doc = readDocument(text, segments);
  if (!doc) return false;
  const { refs, days, reader } = doc;
  const firstRef = Math.min(...refs.keys());
  const dayValues = [...days.values()];
  const low = Math.min(...dayValues);
  const high = Math.max(...dayValues);
  const lowAt = [...days].find(([, d]) => d === low)?.[0] ?? firstRef;

  // Each segment's part: a page (its day and place in the page), the frame, or the film's own.
  const page: ({ day: number; told: number } | null)[] = segments.map(() => null);
  const frame: boolean[] = segments.map(() => false);
  const paras = paragraphsOf(segments);
  /** A page named at a paragraph's end ("..., at an entry for 9 October 1968, and read aloud."). */
  let carried: number | null = null;
  for (const [from, to] of paras) {
    const opening = segments[from]?.sentences[0];
    const readerPara =
      opening !== undefined && namesReader(text.slice(opening.start, opening.end), reader);
    // Its text is the next paragraph, unless that one opens on the reader.
    let day: number | null = readerPara || refs.has(from) ? null : carried;
    carried = null;
    let told = 0;
    let back = false;
    for (let i = from; i < to; i++) {
      const seg = segments[i];
      if (!seg) continue;
      const ref = refs.get(i);
      const d = days.get(i);
      if (ref && d !== undefined) {
        day = d;
        told = 0;
        back = false;
        // The frame's sentence that finds the page, alone in its segment, is the frame's.
        if (seg.sentences.length === 1 && ref.alone && i + 1 < to) {
          frame[i] = true;
          continue;
        }
        if (seg.sentences.length === 1 && ref.alone && i + 1 === to) {
          frame[i] = true;
          carried = d;
          continue;
        }
      } else if (day !== null && !back) {
        const s = seg.sentences[0];
        if (s && readerReturns(text.slice(s.start, s.end), reader)) back = true;
      }
      if (day !== null && !back) page[i] = { day, told: told++ };
      else if (day !== null || refs.has(i) || readerPara) frame[i] = true;
      else {
        // The reader named by the segment's own opening ("Lies Verbeke, a translator ...").
        const s = seg.sentences[0];
        frame[i] =
          s !== undefined && namesReader(text.slice(s.start, s.end), reader) && !perfectTold(seg);
      }
    }
    // The sentences before the first page's in its paragraph are the reader's.
    let firstPage = from;
    while (firstPage < to && !page[firstPage]) firstPage++;
    if (firstPage < to) for (let i = from; i < firstPage; i++) frame[i] = true;
  }

  // The earliest page stays where the main pass put it (before the frame is re-timed).
  const lowPage = page.findIndex((pg) => pg !== null && pg.day === low);
  const base = out[lowPage >= 0 ? lowPage : lowAt]?.t ?? 0;
  // The frame's year: the latest its opening names, when later than the pages.
  const openingText = text.slice(segments[0]?.start ?? 0, segments[firstRef]?.start ?? 0);
  const years = [...openingText.matchAll(/\b(?:1[5-9]|20)\d\d\b/g)].map((m) => Number(m[0]));
  const pageYear = Math.floor(high / 372);
  const frameYear = Math.max(...years, -Infinity);
  // The film's own flashback inside the frame ("In a flashback, the film shows Lies as a girl").
  const filmBack = (i: number): boolean => segments[i]?.cue?.kind === 'flashback';
  let frameT: number | null = null;
  const frameAt: number[] = [];
  const readerPast: number[] = [];
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p || page[i]) return;
    if (frame[i] && filmBack(i) && i >= firstRef) {
      readerPast.push(i);
      return;
    }
    const ownCue = seg.cue;
    // A scene of the reader's own past that names its year ("In 1985, Nadia spends a summer on
    // the farm"): between the pages and the frame. A year of the pages ("a list of the crew of
    // 1957") is the page's the reader holds, not a scene of its own.
    const year = frame[i] && p.kind !== 'present' && ownCue?.kind === 'year' ? ownCue.year : null;
    if (year !== null && year < frameYear && year > pageYear) {
      if (i >= firstRef) readerPast.push(i);
      return;
    }
    if (frame[i]) {
      // A telling in the frame that names its own time ("she was born in July 1958") keeps it.
      const toldAt =
        p.kind === 'recounted' &&
        ownCue !== null &&
        ownCue.kind !== 'forward' &&
        ownCue.kind !== 'return';
      // (The film opening in the frame's own year, "The film opens in Aberdeen in 2019", is the
      // frame's first moment, however a pass before read it.)
      const frameOwnYear = ownCue?.kind === 'year' && ownCue.year === frameYear;
      if (
        toldAt ||
        (ownCue &&
          (ownCue.kind === 'year' || ownCue.kind === 'back') &&
          !frameOwnYear &&
          i < firstRef &&
          p.kind !== 'present')
      )
        return;
      if (p.kind === 'present' && (frameT === null || p.t > frameT)) frameT = p.t;
      else if (ownCue?.kind === 'flashforward' && frameT !== null && p.t > frameT) frameT = p.t;
      else {
        frameT = (frameT ?? p.t) + STEP / 10;
        p.t = frameT;
        p.kind = 'present';
      }
      frameAt.push(i);
      return;
    }
    if (i < firstRef) {
      if (p.kind === 'present') {
        frameT = p.t;
        frameAt.push(i);
      }
      return;
    }
    // The frame in the present, swept into a page's year by its cue: the frame again.
    const swept = (p.kind === 'flashback' || p.kind === 'recounted') && presentTold(seg);
    if (frameT !== null && (swept || (p.kind === 'present' && p.t <= frameT))) {
      frameT += STEP / 10;
      p.t = frameT;
      p.kind = 'present';
      frameAt.push(i);
    } else if (p.kind === 'present') {
      frameT = p.t;
      frameAt.push(i);
    }
  });

  // The pages at their dates, the earliest where the main pass put it.
  let lastPage = -Infinity;
  segments.forEach((_, i) => {
    const p = out[i];
    const at = page[i];
    if (!p || !at) return;
    p.t = base + (at.day - low) * DAYS_PER_NUMBER + at.told * STEP;
    p.kind = 'flashback';
    lastPage = Math.max(lastPage, p.t);
  });
  // When the frame is later than the pages, its first moment and all after it come after the
  // last page, and a flashback of the film inside the frame lies between them.
  const frameStart = Math.min(...frameAt.map((i) => out[i]?.t ?? Infinity));
  const frameLater =
    Number.isFinite(frameStart) &&
    (years.some((y) => y > pageYear) || PRESENT_DAY.test(openingText));
  if (!frameLater) return true;
  const shift = Math.max(0, lastPage + PAGES_GAP - frameStart);
  const pastAt = Math.min(frameStart, lastPage + PAGES_GAP) + shift - PAGES_GAP / 2;
  const inPast = new Set(readerPast);
  segments.forEach((_, i) => {
    const p = out[i];
    if (p && !page[i] && !inPast.has(i) && p.t >= frameStart) p.t += shift;
  });
  readerPast.forEach((i, k) => {
    const p = out[i];
    if (p) p.t = pastAt + (k * STEP) / 10;
  });
  return true;
};
