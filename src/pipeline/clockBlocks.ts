import type { Segment } from './segment';
import type { Placement } from './order';
import { clockMinutes, findClocks, type ClockMention } from './clock';

/**
 * An evening (or a day) told backwards in clock-stamped blocks, part of stage 6b (order): the
 * synopsis opens at 2 a.m. and each block goes earlier ("11:40 p.m." as a heading, "— 10:15 PM —",
 * "Chapter 3: 8:05 p.m.", "Earlier, at nine", "It is 7 o'clock", "Two hours before, ..."), and a
 * last block may jump to the morning after. Each block is one time; inside it the telling runs
 * forward ("Ten minutes later", "At 11:52"). The blocks are ordered by their clock, the small
 * hours after midnight counting after the evening before them.
 *
 * Applies only when most steps between the stamped blocks go back on the clock (a night told
 * forward, or a day with one rewind, is left to the rest of the ordering). Backstory inside a
 * block (a past clause cut out, a paragraph opening on a year) keeps its place before the night.
 * Shape in: the placements of order.ts; out: the same placements, re-timed where it applies.
 */

/** Stamped blocks needed before a document counts as told backwards by the clock. */
const MIN_STAMPS = 3;
/** A block's stamp lies within this many characters of its first sentence's start. */
const STAMP_OPENS = 30;
/** A segment this short holding only a stamp is a heading ("2:10 A.M.", "Chapter 2: 12:20 a.m."). */
const HEADING_CHARS = 48;
/** Minutes per day: the placements count time in days. */
const DAY_MINUTES = 24 * 60;
/** A forward step inside a block, in minutes (text order within a block is story order). */
const INNER_STEP = 0.5;
/** An inner clock time further than this after its block's stamp belongs to no block. */
const INNER_REACH = 3 * 60;
/** "Earlier, ..." without an amount: this many minutes before the block told before it. */
const UNSTATED_EARLIER = 30;
/** Cues of at least this many days leave the night (a backstory, or the morning after). */
const DAY_SCALE = 0.25;
/** A jump to "the next morning" without an amount of days. */
const NEXT_MORNING_DAYS = 0.5;

/** Words of a heading or an opening that move on to the day after: the night's coda. */
const MORNING_AFTER =
  /\b(?:the (?:next|following) (?:morning|day|dawn)|the morning after|the day after|next morning|epilogue|coda|the next day)\b/i;

type Block =
  | { kind: 'stamp'; at: number; mention: ClockMention; heading: boolean; cue: string }
  | { kind: 'earlier'; at: number; minutes: number | null; cue: string }
  | { kind: 'after'; at: number; days: number; cue: string };

/** The clock stamp opening segment `seg`, or null. */
const openingStamp = (
  text: string,
  seg: Segment,
): { mention: ClockMention; heading: boolean; cue: string } | null => {
  const first = seg.sentences[0];
  const from = seg.lead ? seg.lead.start : seg.start;
  const to = first ? Math.max(first.end, seg.lead?.end ?? 0) : seg.end;
  const opening = text.slice(from, Math.min(to, from + 200));
  const mention = findClocks(opening)[0];
  const heading = seg.end - seg.start <= HEADING_CHARS || seg.lead !== undefined;
  // A heading line may end on its stamp ("Part Four: The Kitchen, 10:15 p.m.").
  if (
    !mention ||
    (mention.index > STAMP_OPENS &&
      !(
        heading &&
        !opening.slice(0, mention.index).includes('\n') &&
        mention.index < HEADING_CHARS
      ))
  )
    return null;
  const line = opening.split('\n')[0] ?? opening;
  return { mention, heading, cue: line.trim().slice(0, 40) };
};

/** The blocks of the document: the segment opening each, and how it is timed. */
const findBlocks = (text: string, segments: Segment[]): Block[] => {
  const blocks: Block[] = [];
  let lastHeading = -1;
  segments.forEach((seg, i) => {
    if (!seg.paragraphStart) return;
    // The paragraph under a stamp heading is that block's body, whatever it opens with.
    if (lastHeading === i - 1 && i > 0) return;
    const stamp = openingStamp(text, seg);
    if (stamp) {
      blocks.push({ kind: 'stamp', at: i, ...stamp });
      if (stamp.heading && seg.end - seg.start <= HEADING_CHARS) lastHeading = i;
      return;
    }
    if (blocks.length === 0) return;
    const cue = seg.cue;
    const opens = cue !== null && cue.start - seg.start <= STAMP_OPENS;
    const opening = text.slice(seg.lead?.start ?? seg.start, seg.start + 80);
    if (opens && cue.kind === 'back' && Math.abs(cue.days ?? 0) < DAY_SCALE) {
      const minutes = cue.days === null ? null : Math.abs(cue.days) * DAY_MINUTES;
      blocks.push({ kind: 'earlier', at: i, minutes, cue: cue.text });
    } else if (
      (opens && cue.kind === 'forward' && (cue.days ?? NEXT_MORNING_DAYS) >= NEXT_MORNING_DAYS) ||
      MORNING_AFTER.test(opening.split(/[.!?]\s/)[0] ?? '')
    ) {
      const days = cue?.kind === 'forward' && cue.days !== null ? cue.days : NEXT_MORNING_DAYS;
      blocks.push({ kind: 'after', at: i, days, cue: cue?.text ?? opening.split('\n')[0] ?? '' });
    }
  });
  return blocks;
};

/** A mention's minutes after midnight when its half of the day is known, else null. */
const knownMinute = (m: ClockMention): number | null =>
  m.meridiem !== null || m.fixed === true ? m.hour * 60 + m.minute : null;

/**
 * The stamps' minutes, read as a night told backwards when the stamps whose half of the day is
 * known say so (null otherwise): the small hours and the morning of a night that has an evening
 * count as the next day; a stamp of unknown half ("It is 7 o'clock", "Earlier, at nine") takes
 * the reading just before the block told before it.
 */
const backwardMinutes = (mentions: ClockMention[]): number[] | null => {
  const raw = mentions.map(knownMinute);
  const evening = raw.some((m) => m !== null && m >= 18 * 60);
  const early = raw.some((m) => m !== null && m < 6 * 60);
  const night = raw.map((m) =>
    m !== null && evening && early && m < 12 * 60 ? m + DAY_MINUTES : m,
  );
  const known = night.filter((m): m is number => m !== null);
  // Too few halves known: the converter's own reading of the stamps, settled in story order.
  const judged =
    known.length >= MIN_STAMPS
      ? known
      : clockMinutes([...mentions].reverse())
          .map((m) => m ?? 0)
          .reverse();
  let down = 0;
  let up = 0;
  for (let k = 1; k < judged.length; k++) {
    const a = judged[k - 1] ?? 0;
    const b = judged[k] ?? 0;
    if (b < a) down++;
    else if (b > a) up++;
  }
  if (down < 2 || down <= 2 * up) return null;
  if (known.length < MIN_STAMPS) return judged;
  const out: number[] = [];
  night.forEach((m, k) => {
    if (m !== null) {
      out.push(m);
      return;
    }
    const mention = mentions[k];
    const before = out[k - 1] ?? night.slice(k + 1).find((x) => x !== null) ?? DAY_MINUTES;
    const base = (mention?.hour ?? 0) % 12;
    const candidates = [0, 12, 24].map((h) => (base + h) * 60 + (mention?.minute ?? 0));
    // The latest reading still before the block told before it (or the next one, at the start).
    const fit = candidates.filter((c) => c < before);
    out.push(fit.length > 0 ? Math.max(...fit) : Math.min(...candidates));
  });
  return out;
};

/** The minute of an inner clock mention: the first reading at or after its block's stamp. */
const innerMinute = (mention: ClockMention, from: number): number | null => {
  const period = mention.meridiem === null && !mention.fixed ? 12 * 60 : DAY_MINUTES;
  let hour = mention.hour;
  if (mention.meridiem === 'pm' && hour < 12) hour += 12;
  if (mention.meridiem === 'am' && hour === 12) hour = 0;
  let m = hour * 60 + mention.minute;
  while (m < from) m += period;
  return m - from <= INNER_REACH ? m : null;
};

/** A time told in a block may lie this many minutes before its stamp ("Just after midnight" under 12:30). */
const STAMP_SLACK = 60;
/** Clock times inside blocks that fit no block, per stamp, above which the blocks are not real. */
const MISFIT_SHARE = 3;

/**
 * Clock times told inside the blocks that cannot be read as the block going on ("At 9:05 the shot
 * is fired" then "The story rewinds to the afternoon. At 4:30 ...": each viewpoint rewinds inside
 * its own paragraph, which is no block told backwards). Bare hours and days parts do not count.
 */
const misfits = (
  text: string,
  segments: Segment[],
  blocks: Block[],
  blockMinute: ReadonlyMap<number, number>,
): number => {
  let count = 0;
  let from: number | null = null;
  const after = new Set(blocks.filter((b) => b.kind === 'after').map((b) => b.at));
  for (let i = blocks[0]?.at ?? 0; i < segments.length; i++) {
    const own = blockMinute.get(i);
    if (own !== undefined) {
      from = own;
      continue;
    }
    if (after.has(i)) from = null;
    const seg = segments[i];
    if (from === null || !seg || seg.clause === true) continue;
    // Only a sentence opening on its time tells where the story is ("At 4:30 the sniper checks
    // in"); a time named in passing ("the call she ignored at 9 p.m.") moves nothing.
    for (const r of seg.sentences) {
      const m = findClocks(text.slice(r.start, r.end))[0];
      if (m && !m.bare && m.index <= STAMP_OPENS && innerMinute(m, from - STAMP_SLACK) === null)
        count++;
    }
  }
  return count;
};

/** Backstory of unstated distance sits this many days before the night (as in order.ts). */
const BACKSTORY_DAYS = 2 * 365;

/**
 * How many days before the night a segment inside a block lies, when it is backstory rather than
 * part of the block: a past clause cut out of a sentence ("..., who opened the place in 1997"),
 * or a segment opening on a year or a jump back of days or more. Null for the block's own time.
 */
const backstoryDays = (seg: Segment, t: number, blockT: number): number | null => {
  const far = t < blockT - DAY_SCALE ? blockT - t : null;
  if (seg.clause === true) return far ?? BACKSTORY_DAYS;
  const cue = seg.cue;
  const opensBack =
    cue !== null &&
    cue.opening &&
    cue.start - seg.start <= STAMP_OPENS &&
    (cue.kind === 'year' ||
      ((cue.kind === 'back' || cue.kind === 'flashback') && Math.abs(cue.days ?? Infinity) >= 1));
  return opensBack ? far : null;
};

/**
 * Re-times a night told backwards in clock-stamped blocks (see the module comment). Returns
 * true when it applied.
 */
export const applyClockBlocks = (text: string, segments: Segment[], out: Placement[]): boolean => {
  const blocks = findBlocks(text, segments);
  const stamps = blocks.filter((b) => b.kind === 'stamp');
  if (stamps.length < MIN_STAMPS) return false;
  const minutes = backwardMinutes(stamps.map((s) => s.mention));
  if (!minutes) return false;
  // Each block's minute: stamps as read, "Earlier" blocks before the block told before them,
  // the morning after past the latest time of the night.
  const blockMinute = new Map<number, number>();
  let s = 0;
  let prev: number | null = null;
  let latest = -Infinity;
  const after: { at: number; days: number; cue: string }[] = [];
  for (const b of blocks) {
    if (b.kind === 'stamp') {
      prev = minutes[s++] ?? 0;
      blockMinute.set(b.at, prev);
      latest = Math.max(latest, prev);
    } else if (b.kind === 'earlier' && prev !== null) {
      prev -= b.minutes ?? UNSTATED_EARLIER;
      blockMinute.set(b.at, prev);
    } else if (b.kind === 'after') after.push(b);
  }
  if (misfits(text, segments, blocks, blockMinute) * MISFIT_SHARE >= stamps.length) return false;
  const firstAt = blocks[0]?.at ?? 0;
  const origin = out[firstAt]?.t ?? 0;
  const firstMinute = blockMinute.get(firstAt) ?? 0;
  const tOf = (m: number): number => origin + (m - firstMinute) / DAY_MINUTES;
  const orig = out.map((p) => p.t);
  const cueOf = new Map(blocks.map((b) => [b.at, b.cue] as const));
  // Segments before the first block (an introduction, the film's opening) sit at its time.
  for (let i = 0; i < firstAt; i++) {
    const p = out[i];
    if (p && p.kind === 'present')
      p.t = tOf(firstMinute) - ((firstAt - i) * INNER_STEP) / DAY_MINUTES;
  }
  let blockMin = firstMinute;
  let blockOrig = orig[firstAt] ?? 0;
  let cursor = firstMinute;
  let afterDays = 0;
  let inAfter = false;
  let back: number | null = null;
  for (let i = firstAt; i < segments.length; i++) {
    const seg = segments[i];
    const p = out[i];
    if (!seg || !p) continue;
    const own = blockMinute.get(i);
    const coda = after.find((a) => a.at === i);
    if (own !== undefined) {
      blockMin = own;
      blockOrig = orig[i] ?? 0;
      cursor = own;
      inAfter = false;
    } else if (coda) {
      afterDays += coda.days;
      blockMin = latest + afterDays * DAY_MINUTES;
      blockOrig = orig[i] ?? 0;
      cursor = blockMin;
      inAfter = true;
    } else if ((back = backstoryDays(seg, orig[i] ?? 0, blockOrig)) !== null) {
      // Backstory keeps its distance before the night.
      p.t = tOf(Math.min(...minutes)) - back;
      if (p.kind === 'present') p.kind = 'flashback';
      continue;
    } else {
      // Inside a block the telling runs forward; a clock time names where it has got to.
      const inner = inAfter ? null : findClocks(text.slice(seg.start, seg.end))[0];
      const m = inner ? innerMinute(inner, blockMin) : null;
      // "Ten minutes later": a step of hours or less from where the block has got to.
      const cue = seg.cue;
      const step =
        cue !== null && cue.kind === 'forward' && cue.days !== null && cue.days < NEXT_MORNING_DAYS
          ? cue.days * DAY_MINUTES
          : INNER_STEP;
      cursor = m !== null && m > cursor ? m : cursor + Math.max(INNER_STEP, step);
    }
    p.t = tOf(cursor);
    p.kind = 'present';
    const cue = cueOf.get(i);
    if (cue) p.timeCue = cue;
  }
  return true;
};

/** A heading that names the present as the telling's first thread ("The present", "Present day", "Now"). */
const PRESENT_HEADING = /^\s*(?:the )?(?:present(?: day)?|today|now)\s*[.:]?\s*$/i;

/** True when the first segment sits under a heading naming the present (a synopsis of eras). */
export const opensOnPresentHeading = (text: string, seg: Segment | undefined): boolean =>
  seg?.lead !== undefined && PRESENT_HEADING.test(text.slice(seg.lead.start, seg.lead.end));

/** A return cue that names the present ("Back in the present", "In the present day"). */
const NAMES_PRESENT = /\bpresent\b/i;

/**
 * True when a return to the present follows a named year ("In 1911, ..." then "Back in the
 * present, ..."): the year was a past era, not the present's own date, however it was told.
 */
export const returnsToPresentAfterYear = (segments: readonly Segment[]): boolean => {
  let year = false;
  for (const s of segments) {
    const c = s.cue;
    if (!c) continue;
    if (c.kind === 'year' && c.year !== null) year = true;
    else if (year && c.kind === 'return' && !c.toOpening && NAMES_PRESENT.test(c.text)) return true;
  }
  return false;
};

/** The known names a segment's text uses. */
const namesIn = (text: string, seg: Segment, names: ReadonlySet<string>): Set<string> => {
  const out = new Set<string>();
  for (const m of text.slice(seg.start, seg.end).matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const w = m[0].replace(/['’]s?$/u, '');
    if (names.has(w)) out.add(w);
  }
  return out;
};

/**
 * A flash-forward told in one paragraph ("We flash forward to 2041: a grown-up Tilly ...") in
 * the middle of a story: the paragraph after it, without a cue, goes back to the story it
 * interrupted when it names more of that story's people than of the flash-forward's. The
 * segments that follow continue the interrupted story until the next cue.
 */
export const applyFlashForwardReturns = (
  text: string,
  segments: Segment[],
  out: Placement[],
  names: ReadonlySet<string>,
): void => {
  if (names.size === 0) return;
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i];
    const before = out[i - 1];
    if (seg?.cue?.kind !== 'flashforward' || out[i]?.kind !== 'flashforward' || !before) continue;
    if (before.kind === 'flashforward') continue;
    const ahead = namesIn(text, seg, names);
    const story = new Set<string>();
    for (let k = i - 1; k >= 0 && out[k]?.kind === before.kind; k--)
      for (const n of namesIn(text, segments[k] ?? seg, names)) story.add(n);
    let j = i + 1;
    // The flash-forward's own segments (the rest of its paragraph).
    while (segments[j] && !segments[j]?.paragraphStart && !segments[j]?.cue) j++;
    const next = segments[j];
    if (!next || next.cue || out[j]?.kind !== 'flashforward') continue;
    const own = namesIn(text, next, names);
    let toStory = 0;
    let toAhead = 0;
    for (const n of own) {
      if (story.has(n) && !ahead.has(n)) toStory++;
      else if (ahead.has(n) && !story.has(n)) toAhead++;
    }
    // The flash-forward's paragraph says the film comes back ("Then it cuts back to Sam").
    const paragraph = text.slice(seg.start, segments[j - 1]?.end ?? seg.end);
    if (toStory <= toAhead || !CUTS_BACK.test(paragraph)) continue;
    let t = before.t;
    for (; j < segments.length && !segments[j]?.cue && out[j]?.kind === 'flashforward'; j++) {
      const p = out[j];
      if (!p) break;
      t += FLASH_RETURN_STEP;
      p.t = t;
      p.kind = before.kind;
    }
  }
};

/** Words that end a flash-forward inside its own paragraph: "Then the film cuts back to Sam". */
const CUTS_BACK =
  /\b(?:cuts?|cutting|jumps?|goes|comes|returns?|switches|snaps|drops) back\b(?![^.]{0,12}\b(?:in time|to (?:the )?(?:past|\d{4})))|\bback (?:to|in) the (?:story|main story|present)\b/i;

/** The step between segments back in the interrupted story (as order.ts's STEP). */
const FLASH_RETURN_STEP = 0.01;
