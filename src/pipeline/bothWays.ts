import type { Placement } from './order';
import type { Segment } from './segment';
import { NUMBER_PATTERN, parseNumber, STEP, UNIT_DAYS, unitOf, WEEKDAYS } from './text';

/**
 * Part of stage 6b (order): a story told both ways from a midpoint. The film opens on one day
 * (a wedding, a funeral, a trial) and then steps alternately after it and before it, further each
 * time: "The next scene is the Sunday", "Then back to the Wednesday", "The film then goes to the
 * Friday before the wedding", "The forward strand ends some weeks after the wedding", "... some
 * ten years before". Each paragraph opened by such a step lies at its distance from the opening
 * day, not after the paragraph told before it.
 *
 * A weekday is a step from the opening day's weekday, the nearest way round (within three days).
 * That weekday is the one the opening paragraph names ("the Thursday of the funeral"), else the
 * only weekday no step names with which every step said to lie before or after ("the Friday before
 * the wedding", "forward again, to the Monday", "back to the Wednesday") does.
 * Applies only when the steps alternate: two at least on each side of the opening day, the side
 * changing three times or more, and each side moving away from the opening day. So a linear week
 * ("On Monday ..., On Wednesday ...") or one day before a wedding told in passing moves nothing.
 * Shape: applyBothWays(text, segments, out) adjusts `out` (t) in place; true when it applied.
 */

/** A weekday named as one day ("the Sunday", "to Monday", "on the Friday"), not a habit. */
const WEEKDAY =
  /\b(?<!every |each |most |some )(?:the |to |on |that |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)\b/;
/** Said to lie before the opening day. */
const BEFORE = /\b(?:before|earlier|back(?: again)? (?:to|in|at)|backwards?|previous|prior)\b/i;
/** Said to lie after it ("next" of a scene or a part counts not: "The next scene is ..."). */
const AFTER =
  /\b(?:after|later|forwards?(?: again)?|following(?! (?:scene|shot|sequence|part|chapter|section))|next(?! (?:scene|shot|sequence|part|chapter|section|paragraph|step)))\b/i;
/** A distance from the opening day: "some weeks after", "ten years before", "two days later". */
const DISTANCE = new RegExp(
  String.raw`\b(?:(?:some|about|around|roughly|nearly|almost|over|just over|more than)\s+)?(?:(${NUMBER_PATTERN})\s+)?(days?|nights?|weeks?|fortnights?|months?|seasons?|years?|decades?)\s+(before|after|earlier|later)\b`,
  'i',
);
/** "the day after", "the night before": one day. */
const NEXT_DAY = /\bthe (?:day|night|morning|evening) (before|after)\b/i;
/** Steps needed, and how often the side must change. */
const MIN_STEPS = 4;
const MIN_PER_SIDE = 2;
const MIN_SIDE_CHANGES = 3;
/** The nearest way round: a weekday lies at most this many days from the opening day. */
const NEAREST = 3;

interface Step {
  /** The first segment of the paragraph the step opens. */
  at: number;
  weekday: number | null;
  /** Days from the opening day, when a distance is named. */
  days: number | null;
  /** -1 said before, +1 said after, 0 not said. */
  side: number;
}

const sideOf = (s: string): number => {
  const b = BEFORE.exec(s);
  const a = AFTER.exec(s);
  if (b && a) return b.index < a.index ? -1 : 1;
  return b ? -1 : a ? 1 : 0;
};

const readStep = (s: string, at: number): Step | null => {
  const next = NEXT_DAY.exec(s);
  if (next)
    return { at, weekday: null, days: next[1]?.toLowerCase() === 'before' ? -1 : 1, side: 0 };
  const d = DISTANCE.exec(s);
  if (d) {
    const n = d[1] ? parseNumber(d[1]) : parseNumber('some');
    const days = n * (UNIT_DAYS[unitOf(d[2] ?? 'day')] ?? 1);
    const sign = /before|earlier/i.test(d[3] ?? '') ? -1 : 1;
    return { at, weekday: null, days: sign * days, side: sign };
  }
  const w = WEEKDAY.exec(s);
  if (w)
    return {
      at,
      weekday: WEEKDAYS.indexOf((w[1] ?? '').toLowerCase()),
      days: null,
      side: sideOf(s),
    };
  return null;
};

/** The weekday `w` as days from `anchor`, the nearest way round. */
const offset = (w: number, anchor: number): number => {
  let d = (((w - anchor) % 7) + 7) % 7;
  if (d > NEAREST) d -= 7;
  return d;
};

/** The opening day's weekday: named by the opening paragraph, else the one every side agrees with. */
const anchorDay = (opening: string, steps: Step[]): number | null => {
  const w = WEEKDAY.exec(opening);
  if (w) return WEEKDAYS.indexOf((w[1] ?? '').toLowerCase());
  const named = new Set(steps.flatMap((s) => (s.weekday === null ? [] : [s.weekday])));
  const fits: number[] = [];
  for (let d = 0; d < 7; d++) {
    if (named.has(d)) continue;
    if (
      steps.every(
        (s) => s.weekday === null || s.side === 0 || Math.sign(offset(s.weekday, d)) === s.side,
      )
    )
      fits.push(d);
  }
  return fits.length === 1 ? (fits[0] ?? null) : null;
};

export const applyBothWays = (text: string, segments: Segment[], out: Placement[]): boolean => {
  const firstSentence = (k: number): string => {
    const r = segments[k]?.sentences[0];
    return r ? text.slice(r.start, r.end) : '';
  };
  const starts = segments.flatMap((s, k) => (s.paragraphStart ? [k] : []));
  // The steps: paragraphs opened by one, after the opening paragraph. (A paragraph about the
  // film before its story may name the midpoint's day: the opening is tried after it too.)
  const all: { step: Step; before: number | undefined }[] = [];
  for (const [n, k] of starts.entries()) {
    const step = readStep(firstSentence(k), k);
    if (step) all.push({ step, before: starts[n - 1] });
  }
  for (let first = 0; all.length - first >= MIN_STEPS; first++) {
    const opening = all[first]?.before;
    if (opening === undefined) continue;
    // The opening paragraph itself names no distance from another day.
    if (readStep(firstSentence(opening), opening)?.days != null) continue;
    // The longest run of steps from there (a weekday after the story, in a page's sign-off,
    // ends it).
    for (let end = all.length; end - first >= MIN_STEPS; end--) {
      const steps = all.slice(first, end).map((x) => x.step);
      const days = stepDays(firstSentence(opening), steps);
      if (!days) continue;
      place(segments, out, opening, steps, days);
      return true;
    }
  }
  return false;
};

/** Each step's days from the opening day, or null when they do not tell a story both ways. */
const stepDays = (opening: string, steps: Step[]): number[] | null => {
  const anchor = anchorDay(opening, steps);
  const days: number[] = [];
  for (const s of steps) {
    if (s.days !== null) days.push(s.days);
    else if (s.weekday !== null && anchor !== null && s.weekday !== anchor)
      days.push(offset(s.weekday, anchor));
    else return null;
    const d = days[days.length - 1] ?? 0;
    // A side said must be the side found.
    if (s.side !== 0 && Math.sign(d) !== s.side) return null;
  }
  // Alternating and moving away from the opening day on each side.
  const after = days.filter((d) => d > 0).length;
  const before = days.filter((d) => d < 0).length;
  if (after < MIN_PER_SIDE || before < MIN_PER_SIDE) return null;
  let changes = 0;
  let farAfter = 0;
  let farBefore = 0;
  for (const [n, d] of days.entries()) {
    if (n > 0 && Math.sign(d) !== Math.sign(days[n - 1] ?? 0)) changes++;
    if (d > 0) {
      if (d < farAfter) return null;
      farAfter = d;
    } else {
      if (-d < farBefore) return null;
      farBefore = -d;
    }
  }
  return changes >= MIN_SIDE_CHANGES ? days : null;
};

/**
 * The opening paragraph's segments keep their order from its time; each step's paragraph lies at
 * its distance from it, the segments and unstepped paragraphs after it going on from there.
 */
const place = (
  segments: Segment[],
  out: Placement[],
  opening: number,
  steps: Step[],
  days: number[],
): void => {
  const t0 = out[opening]?.t ?? 0;
  let t = t0;
  let n = -1;
  for (let k = opening; k < segments.length; k++) {
    const p = out[k];
    if (!p) continue;
    const step = steps[n + 1];
    if (step && step.at === k) {
      n++;
      t = t0 + (days[n] ?? 0);
    } else if (k > opening) t += STEP;
    p.t = t;
    p.kind = 'present';
  }
};
