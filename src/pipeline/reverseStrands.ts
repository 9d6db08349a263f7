import type { Segment } from './segment';

/**
 * Part of stage 6 (order): a film told in reverse by chapters, with a second strand that runs
 * forwards between them. The reversed chapters and the strand's sections carry headings of two
 * kinds ('Chapter card: "Four"' and 'Black and white: "Ilse, noon"'; "Part 3" and "Interlude:
 * the letters"), alternating. The chapters are the kind the telling opens on, each before the
 * one told before it (order.ts places them so); the other kind is the strand, which says it runs
 * forwards ("moves forwards", "in order", "chronologically") or whose headings name times of day
 * in their order ("morning", "noon", "evening"). Its sections keep their own order and lead up
 * to the earliest chapter told, where the two meet. A section after the chapters that says it is
 * set later ("an epilogue set some months afterwards", "a year later") follows everything.
 * Shape in/out: the placements of order.ts (time `t` and kind per segment), changed in place;
 * returns whether it applied.
 */

/** The placement fields this pass reads and moves (order.ts's Placement). */
interface Placed {
  t: number;
  kind: string;
}

/** A strand that says it runs forwards. */
const RUNS_FORWARD =
  /\b(?:moves?|runs?|goes|unfolds?|is told|plays? out)\s+(?:\w+\s+)?(?:forwards?|in order|chronologically|in chronological order)\b/i;
/** Times of day in their order, as a heading names them. */
const DAY_TIMES: [RegExp, number][] = [
  [/\b(?:dawn|daybreak|sunrise)\b/i, 5],
  [/\bmorning\b/i, 8],
  [/\b(?:noon|midday|lunch(?:time)?)\b/i, 12],
  [/\bafternoon\b/i, 15],
  [/\b(?:dusk|sunset|evening)\b/i, 19],
  [/\b(?:night|midnight)\b/i, 23],
];
/** Headings of each kind needed, at least. */
const MIN_HEADINGS = 2;
/** Story time between the strand's sections and the earliest chapter (days). */
const GAP = 1;
/** Story time between the strand's segments (days). */
const STEP = 0.01;

/** Words that number a heading or name its time, not its kind ("Reel Three", "Mara, noon"). */
const NOT_KIND =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|[ivx]+|dawn|daybreak|sunrise|morning|noon|midday|lunch(?:time)?|afternoon|dusk|sunset|evening|night|midnight)\b/gi;

/**
 * A heading's kind: its words before a colon, a quotation, a comma or a dash, without
 * timecodes, numbers and times of day ('Chapter card: "Four"' -> "chapter card", "Mara, noon"
 * -> "mara").
 */
const kindOf = (heading: string): string =>
  (
    heading
      .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
      .replace(/\b\d+(?:[:.–-]\d+)*\b/g, ' ')
      .trim()
      .split(/[:"“‘,—–]|\s-\s/)[0] ?? ''
  )
    .replace(NOT_KIND, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The hour a heading's time of day names, or null. */
const dayTime = (heading: string): number | null => {
  for (const [re, h] of DAY_TIMES) if (re.test(heading)) return h;
  return null;
};

/** True when a segment says it is set later: a forward cue of a day or more. */
const setLater = (seg: Segment): boolean =>
  (seg.cue?.kind === 'forward' || seg.cue?.kind === 'flashforward') &&
  (seg.cue.days === null || seg.cue.days >= 1);

export const applyReverseStrands = (text: string, segments: Segment[], out: Placed[]): boolean => {
  // The sections: each headed segment and the unheaded ones after it.
  const sections: { kind: string; heading: string; members: number[] }[] = [];
  segments.forEach((seg, i) => {
    if (seg.headed && seg.lead) {
      const heading = text.slice(seg.lead.start, seg.lead.end);
      sections.push({ kind: kindOf(heading), heading, members: [i] });
    } else sections[sections.length - 1]?.members.push(i);
  });
  const chapterKind = sections[0]?.kind;
  if (!chapterKind) return false;
  const strand = sections.filter((s) => s.kind !== chapterKind);
  const chapters = sections.filter((s) => s.kind === chapterKind);
  const strandKinds = new Set(strand.map((s) => s.kind));
  if (strandKinds.size !== 1 || strand.length < MIN_HEADINGS || chapters.length < MIN_HEADINGS)
    return false;
  // The strand lies between the chapters: none before the first, one between two chapters.
  const firstChapter = sections.indexOf(chapters[0]!);
  const between = sections.findIndex((s, k) => k > firstChapter && s.kind !== chapterKind);
  if (between < 0 || !sections.slice(between + 1).some((s) => s.kind === chapterKind)) return false;
  // It runs forwards: it says so, or its headings' times of day go on.
  const says = strand.some((s) =>
    s.members.some((i) => {
      const seg = segments[i];
      return seg !== undefined && RUNS_FORWARD.test(text.slice(seg.start, seg.end));
    }),
  );
  const hours = strand.map((s) => dayTime(s.heading));
  const timesOn =
    hours.every((h) => h !== null) &&
    hours.every((h, k) => k === 0 || (h ?? 0) > (hours[k - 1] ?? 0));
  if (!says && !timesOn) return false;

  // A chapter set later than the rest (an epilogue) follows everything; the others are the reversed run.
  const later = chapters.filter((c) =>
    c.members.some((i) => segments[i] && setLater(segments[i]!)),
  );
  const reversed = chapters.filter((c) => !later.includes(c));
  const ts = reversed.flatMap((c) => c.members.map((i) => out[i]?.t ?? 0));
  if (ts.length === 0) return false;
  const earliest = Math.min(...ts);
  let latest = Math.max(...ts);
  const strandSegs = strand.flatMap((s) => s.members);
  strandSegs.forEach((i, k) => {
    const p = out[i];
    if (!p) return;
    p.t = earliest - GAP + k * STEP;
    p.kind = 'flashback';
  });
  for (const c of later)
    for (const i of c.members) {
      const p = out[i];
      if (!p) continue;
      latest += STEP;
      p.t = latest;
      p.kind = 'flashforward';
    }
  return true;
};
