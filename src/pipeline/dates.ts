import type { Segment } from './segment';

/**
 * Calendar dates, part of stage 6 (time): a film told in dated entries out of order (a diary,
 * letters, case files: "12 October 1953. Agathe buries a box...", then "3 February 1953. ...")
 * places each entry by its date, to the day, whatever order the telling takes. A year cue alone
 * only orders years; this orders the entries inside one. order.ts re-times the dated segments
 * with it (applyDates there), the way a numbered series is re-timed.
 * Shape out: one day number (days since 1 January of year 0, proleptic and approximate) or null
 * per segment.
 */

/** The months in order, lower case. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** "12 October 1953", "October 12, 1953", "October 1953", "12th of October, 1953". */
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH_NAMES},? ((?:1[5-9]|20)\\d\\d)|${MONTH_NAMES} (\\d{1,2})(?:st|nd|rd|th)?,? ((?:1[5-9]|20)\\d\\d)|${MONTH_NAMES},? ((?:1[5-9]|20)\\d\\d))\\b`,
  'i',
);
/**
 * What may stand before an entry's date ("Entry, ", "Diary: ", "Wednesday, "): a few words and a
 * comma or colon, or nothing. "In March 1992, an inquiry convenes" is a sentence, not an entry.
 */
const DATE_LEAD = /^(?:[\p{L}'’ ]{0,24}[,:]\s*)?$/u;
/** What follows an entry's date: the end of a dateline (". ", ": ", a dash) or of the heading. */
const DATE_TAIL = /^\s*(?:[.:;—–-]|$)/;
/** Characters read for an entry's date. */
const OPENING_CHARS = 80;
/** Dated segments needed before the dates order anything. */
const MIN_DATED = 3;

const monthIndex = (name: string): number => {
  const w = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
};

/** The day number of a date written in `s`, or null. Exported for tests. */
export const parseDate = (s: string): { day: number; index: number; end: number } | null => {
  const m = DATE.exec(s);
  if (!m) return null;
  const [, d1, m1, y1, m2, d2, y2, m3, y3] = m;
  const month = monthIndex(m1 ?? m2 ?? m3 ?? '');
  const year = Number(y1 ?? y2 ?? y3);
  const day = Number(d1 ?? d2 ?? 1);
  if (month < 0 || day < 1 || day > 31) return null;
  return { day: year * 372 + month * 31 + (day - 1), index: m.index, end: m.index + m[0].length };
};

/**
 * The date heading each segment (its chapter heading, or a dateline opening it), or null when
 * the document is not told in dated entries out of order: three or more distinct dates, one of
 * them earlier than a date told before it.
 */
export const dateMarks = (text: string, segments: Segment[]): (number | null)[] | null => {
  const entryDate = (s: string): number | null => {
    const d = parseDate(s);
    return d && DATE_LEAD.test(s.slice(0, d.index)) && DATE_TAIL.test(s.slice(d.end))
      ? d.day
      : null;
  };
  const marks = segments.map((seg) => {
    const heading = seg.lead ? entryDate(text.slice(seg.lead.start, seg.lead.end)) : null;
    if (heading !== null) return heading;
    const first = seg.sentences[0];
    if (!first) return null;
    return entryDate(text.slice(first.start, Math.min(first.end, first.start + OPENING_CHARS)));
  });
  const distinct = new Set(marks.filter((n) => n !== null));
  if (distinct.size < MIN_DATED) return null;
  let latest = -Infinity;
  for (const n of marks) {
    if (n === null) continue;
    if (n < latest) return marks;
    latest = n;
  }
  return null;
};
