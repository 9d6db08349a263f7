import type { Segment } from './segment';
import type { Placement } from './order';
import { parseDate } from './dates';
import { STEP } from './text';

/**
 * Part of stage 6 (order), a pass after the series: a log, a diary or letters read out of date
 * order inside a frame told in the present ("The first page she reads is headed 14 March 1958.
 * That night, Olav wrote, ...", then "The next page she manages to read is the Entry for 2
 * November 1957. ..."). dates.ts orders entries whose date opens them; here the date is named
 * by the frame's sentence that finds or reads the page, and what the page tells follows in the
 * same paragraph.
 *
 * With three or more such references, one dated earlier than a page read before it, each
 * page's own text (the rest of its paragraph) sits at its date, the earliest page where the
 * main pass put it and the others its days later; the frame's sentence that finds the page and
 * the frame's paragraphs in the present that the year cues swept into the past ("Sunniva rings
 * her mother") are the frame again, just after the frame's moment before them. A telling in the
 * frame ("She tells them that they married in June") keeps its place.
 *
 * Negatives: pages read in date order move nothing (the main pass orders them); "a letter dated
 * 3 May 1958" named twice is one date, not three; a date that opens its entry ("14 March 1958.
 * ...") is dates.ts's, and with it this pass does nothing.
 */

/** A page, an entry or a letter named with its date ("the page dated 9 January 1958"). */
const ENTRY_REF =
  /\b(?:pages?|entry|entries|letters?|postcards?|log|diary|notes?|telegrams?)\b[^.;]{0,24}?\b(?:dated|headed|for|of|from|written on|marked)\s+(?:the\s+)?$/i;
/** Cheap test before the pattern. */
const REF_HINT = /page|entr|letter|postcard|log|diary|note|telegram/i;
/** Characters of a paragraph's first sentence read for a reference. */
const REF_CHARS = 160;
/** References needed, with distinct dates. */
const MIN_REFS = 3;
/** Story days per day number of dates.ts (372 numbers to a year of 365 days). */
const DAYS_PER_NUMBER = 365 / 372;

/** The day number of the page a sentence names, or null. */
const entryRef = (sentence: string): number | null => {
  if (!REF_HINT.test(sentence)) return null;
  const d = parseDate(sentence);
  if (!d) return null;
  // A day of the month named: "14 March 1958", not "March 1958".
  if (
    !/\d{1,2}(?:st|nd|rd|th)?(?: of)? \p{L}|\p{L}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}/u.test(
      sentence.slice(d.index, d.end),
    )
  )
    return null;
  return ENTRY_REF.test(sentence.slice(0, d.index)) ? d.day : null;
};

/** True when a segment is told in the present more than the past. */
const presentTold = (seg: Segment): boolean => seg.tense.present > seg.tense.past;

/** Re-times pages read out of date order inside a frame (see above); returns whether it applied. */
export const applyReadEntries = (text: string, segments: Segment[], out: Placement[]): boolean => {
  // Each paragraph's first segment: the page its first sentence names.
  const refAt = new Map<number, number>();
  segments.forEach((seg, i) => {
    const first = seg.sentences[0];
    if (!seg.paragraphStart || !first) return;
    const day = entryRef(text.slice(first.start, Math.min(first.end, first.start + REF_CHARS)));
    if (day !== null) refAt.set(i, day);
  });
  const days = [...refAt.values()];
  if (new Set(days).size < MIN_REFS) return false;
  if (days.every((d, k) => k === 0 || d >= (days[k - 1] ?? d))) return false;
  const low = Math.min(...days);
  const firstRef = Math.min(...refAt.keys());
  // The earliest page stays where the main pass put its year; the others count on from it.
  const lowAt = [...refAt].find(([, d]) => d === low)?.[0] ?? firstRef;
  const base = out[lowAt]?.t ?? 0;
  const page: (number | null)[] = segments.map(() => null);
  let day: number | null = null;
  let told = 0;
  segments.forEach((seg, i) => {
    if (seg.paragraphStart) {
      day = refAt.get(i) ?? null;
      told = 0;
      // The frame's sentence that finds the page, alone in its segment, is the frame's.
      if (day !== null && seg.sentences.length === 1) return;
    }
    if (day !== null) page[i] = base + (day - low) * DAYS_PER_NUMBER + told++ * STEP;
  });
  let frameT: number | null = null;
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p) return;
    const at = page[i];
    if (at !== null && at !== undefined) {
      p.t = at;
      p.kind = 'flashback';
      return;
    }
    if (i < firstRef) {
      if (p.kind === 'present') frameT = p.t;
      return;
    }
    // The frame in the present, swept into a page's year by its cue: the frame again.
    const swept = (p.kind === 'flashback' || p.kind === 'recounted') && presentTold(seg);
    if (frameT !== null && (swept || (p.kind === 'present' && p.t <= frameT))) {
      frameT += STEP / 10;
      p.t = frameT;
      p.kind = 'present';
    } else if (p.kind === 'present') frameT = p.t;
  });
  return true;
};
