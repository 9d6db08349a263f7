import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP, WEEKDAYS } from './text';

/**
 * Part of stage 6b (order): a film cut into chapters named by the days of one week and shown out
 * of order ("The first chapter on screen is "Thursday"", a heading "TUESDAY", '"Friday" is the
 * fifth chapter'). Each chapter runs forwards, and the week runs Monday to Sunday: the chapters
 * are laid out by their days, whatever their order on screen.
 * It applies only when at least four chapters carry distinct days, no day names two chapters, no
 * chapter names a year (the text gives no other order), and the days are not in order, neither
 * from Monday nor from a later day round to the next week's (one step back at most).
 * A weekday in a sentence of the story ("On Friday she ..."), or two days in one sentence ("so that
 * Thursday comes first and Sunday last"), names no chapter.
 * Shape: applyWeekdayChapters(text, segments, out) adjusts `out` (t) in place.
 */

const DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
/** A day in quotes: a chapter's title ("Thursday"). */
const QUOTED_DAY = /["“‘'](monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.,!?]?["”’']/i;
/** A word naming a part of the film. */
const PART = /\b(?:chapters?|parts?|sections?|episodes?|acts?|segments?|instal(?:l)?ments?)\b/i;
/** A heading that is a day alone ("TUESDAY", "Chapter 3: Tuesday", "4. Friday"). */
const DAY_HEADING =
  /^\s*(?:(?:chapter|part|section|episode|act)\s+\w+\s*[:.–—-]?\s*|\d+\s*[.):]\s*)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[.:]?\s*$/i;
/** A year: a chapter dated by it is placed by that, not by its day. */
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;
/** A week said to start on Sunday: the day order is not the ISO week's. */
const SUNDAY_FIRST =
  /\b(?:week (?:starts|begins|runs from) (?:on )?sunday|from sunday to saturday)\b/i;
const MIN_CHAPTERS = 4;
/** The sentences of a segment read for its chapter's name. */
const OPENING_SENTENCES = 2;

/** The day a sentence names as a chapter's title, or -1. */
const sentenceDay = (sentence: string): number => {
  const days = new Set((sentence.match(DAY) ?? []).map((d) => d.toLowerCase()));
  if (days.size !== 1) return -1;
  const day = [...days][0] ?? '';
  if (!QUOTED_DAY.test(sentence) && !PART.test(sentence)) return -1;
  return WEEKDAYS.indexOf(day);
};

/** The day the segment opens a chapter of, or -1. */
const chapterDay = (text: string, seg: Segment): number => {
  if (seg.lead) {
    const m = DAY_HEADING.exec(text.slice(seg.lead.start, seg.lead.end));
    if (m) return WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
  }
  // A chapter named in the segment's first sentences (its title line, its question: "Q3. The
  // first chapter is "Thursday".").
  const days = new Set(
    seg.sentences
      .slice(0, OPENING_SENTENCES)
      .map((r) => sentenceDay(text.slice(r.start, r.end)))
      .filter((d) => d >= 0),
  );
  return days.size === 1 ? ([...days][0] ?? -1) : -1;
};

export const applyWeekdayChapters = (text: string, segments: Segment[], out: Placement[]): void => {
  if (SUNDAY_FIRST.test(text)) return;
  const labels = segments.map((s) => chapterDay(text, s));
  const first = labels.findIndex((d) => d >= 0);
  if (first < 0) return;
  // Each segment from the first chapter on belongs to the last chapter named.
  const dayOf: number[] = [];
  const runs: number[] = [];
  let cur = -1;
  for (let k = first; k < segments.length; k++) {
    const d = labels[k] ?? -1;
    if (d >= 0 && d !== cur) {
      if (runs.includes(d)) return;
      runs.push(d);
      cur = d;
    }
    dayOf[k] = cur;
  }
  if (runs.length < MIN_CHAPTERS) return;
  // Days in order, or in order from a day late in the week round to the next ("Friday",
  // "Sunday", "Monday", "Wednesday"): a week told forwards from wherever it starts.
  const descents = runs.filter((d, i) => i > 0 && d < (runs[i - 1] ?? -1)).length;
  if (descents <= 1) return;
  for (let k = first; k < segments.length; k++) {
    const s = segments[k];
    if (s && YEAR.test(text.slice(s.start, s.end)) && out[k]?.kind !== 'present') return;
  }
  const base = Math.min(...out.slice(first).map((p) => p.t));
  // Each day well apart; the segments of a chapter in their text order.
  const seen = new Map<number, number>();
  for (let k = first; k < segments.length; k++) {
    const p = out[k];
    const d = dayOf[k] ?? -1;
    if (!p || d < 0) continue;
    const n = seen.get(d) ?? 0;
    seen.set(d, n + 1);
    p.t = base + d + n * STEP;
  }
};
