import type { Segment } from './segment';
import type { Placement } from './order';
import { clipSentences, tenseProfile, type Range } from './text';
import { findCue } from './time';

/**
 * Stage 6 (segment and order): an amnesiac whose memories come back. A present-tense synopsis
 * of someone who has lost their memory lets the past return out of order, a clause or a few
 * sentences at a time: "She remembers that she had been on the ferry", "It comes back to him:
 * he had signed the papers", "In a flash he sees himself arguing with ...", "A memory surfaces
 * as she turns it over: a year before the accident, ...", interleaved with present action.
 *
 * splitAtMemories cuts each memory out of its paragraph (from its memory words, or from the colon
 * after them, to the first sentence told in the present again) and marks it; applyMemories
 * places the memories before the present's first moment: by their own distance where they name
 * one ("the night before the accident", "ten years earlier", "a year before"), else just before
 * the present (the days the character has lost), in the order they are told.
 */

/** Memory words at a sentence's start: what follows in the sentence is remembered. */
const MEMORY_OPENS =
  /^(?:[^.,;:]{0,50},\s*)?(?:(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:suddenly |finally |now |also |then )?(?:remembers|recalls|remembered|recalled)\b|(?:it|everything|the (?:night|day|rest|memory)) (?:all )?comes? (?:back|flooding back)\b|(?:a|another|one|the (?:first|next|last|final)) (?:\p{L}+ )?(?:memory|flash|flashback) (?:surfaces|returns|arrives|comes|hits)\b|in a flash(?:back)?,? (?:she|he|they) (?:sees|remembers)\b)/iu;
/** Memory words inside a sentence: the memory starts at them, or after the colon they lead to. */
const MEMORY_INSIDE =
  /\b(?:(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:suddenly |finally |now |also |then )?(?:remembers|recalls|(?:begins|starts) to remember)\b|(?:she|he|they) (?:suddenly )?sees (?:herself|himself|themselves)\b|(?:images|pictures|pieces|scraps) (?:of [\p{L}-]+ )?(?:return|come back)\b|(?:what|all that|everything) (?:has )?(?:finally |suddenly )?(?:come|comes) back to (?:her|him|them)|(?:the |her |his |their )?(?:memories|fragments) (?:return|come back|surface|start to return)|(?:it|everything|the (?:night|day|rest)) (?:all )?comes? (?:back|flooding back)(?: to (?:her|him|them))?(?: in (?:pieces|fragments|flashes))?|(?:a|another|the (?:first|next|last|final|earliest)) (?:\p{L}+ )?(?:memory|flash|flashback)(?: of all)? (?:surfaces|returns|arrives|comes back|comes|hits(?: (?:her|him))?)|(?:gets|has) (?:a|his|her|the) (?:first |next |last )?flash(?:back)?|in a flash(?:back)?,? (?:she|he|they) (?:sees|remembers))\b/iu;
/** What follows memory words when it says when they came back, not what was remembered. */
const CIRCUMSTANCE =
  /^(?:\s+(?:to|for) (?:her|him|them))?(?:\s+(?:again|suddenly|slowly|at last|too))?,?\s+(?:when|as|while|whilst|on|at|in|during|the moment|once|just as)\b/i;
/** Cheap test before the patterns. */
const HINT = /rememb|recall|comes? back|flooding|memor|fragment|flash|sees (?:her|him|them)sel/i;

/** "The night before the crash": a memory's distance from the event that emptied the mind. */
const BEFORE_EVENT =
  /\b(?:the|that) (night|evening|day|morning|afternoon|week|fortnight|month|year|summer|winter|spring|autumn) before\b/i;
const BEFORE_DAYS: Record<string, number> = {
  night: 1,
  evening: 1,
  day: 1,
  morning: 1,
  afternoon: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  summer: 365,
  winter: 365,
  spring: 365,
  autumn: 365,
};
/** Memory sentences needed before a document is read as an amnesiac's. */
const MIN_MEMORIES = 3;
/** A piece of a split sentence is never shorter than this many characters. */
const MIN_PIECE = 12;
/** How long before the present's first moment an unmeasured memory lies (days). */
const RECENT_DAYS = 0.5;
/** A flashback of its own this many days back (or more) is not the present's. */
const FAR_DAYS = 20;
/** Steps of the present between its segments (days). */
const MAIN_STEP = 0.01;
/** Spacing of unmeasured memories, in the order they are told. */
const MEMORY_STEP = 0.001;

/** Where a sentence's memory starts (an offset into `text`), or -1. */
const memoryStart = (text: string, r: Range): number => {
  const s = text.slice(r.start, r.end);
  if (!HINT.test(s)) return -1;
  const m = MEMORY_INSIDE.exec(s);
  if (!m) return -1;
  const after = m.index + m[0].length;
  const colon = s.indexOf(':', after);
  // "It comes back to her: the night before ..." starts after the colon.
  if (colon >= 0 && colon - after < 40) {
    // The memory's span starts at its first word, not at the space after the colon.
    let at = colon + 1;
    while (at < s.length && /\s/.test(s.charAt(at))) at++;
    return r.start + at;
  }
  // "It comes back to her on the ferry, when Mette takes her across": the rest of the sentence
  // is when it comes back (the present); the memory is what follows.
  if (CIRCUMSTANCE.test(s.slice(after))) return r.end;
  if (MEMORY_OPENS.test(s)) return r.start;
  // "...and the night comes back in pieces." The memory is the sentences that follow.
  const rest = s.slice(after).replace(/^[\s,]*(?:that\s+)?/, '');
  if (rest.replace(/[.!?"”’)\s]+$/, '').length < MIN_PIECE) return r.end;
  // "...and in a flash she sees herself at that wedding": from the memory words on.
  return r.start + m.index;
};

/** True when a sentence is told in the present (the memory is over). */
const presentSentence = (text: string, start: number, end: number): boolean => {
  const p = tenseProfile(text, start, end);
  return p.present > p.past;
};

const piece = (
  text: string,
  sg: Segment,
  start: number,
  end: number,
  first: boolean,
  memory: boolean,
): Segment => {
  const sentences = clipSentences(sg.sentences, start, end);
  return {
    ...(first ? sg : {}),
    start,
    end,
    cue: first ? sg.cue : findCue(text, start, end),
    paragraphStart: first ? sg.paragraphStart : false,
    sentences,
    tense: tenseProfile(text, start, end),
    ...(memory ? { memory: true } : {}),
  };
};

/** Cuts an amnesiac's memories out of the present's paragraphs and marks them (see above). */
export const splitAtMemories = (text: string, segments: Segment[]): Segment[] => {
  let present = 0;
  let past = 0;
  let memories = 0;
  for (const sg of segments) {
    if (sg.tense.present > sg.tense.past) present++;
    else if (sg.tense.past > sg.tense.present) past++;
    for (const r of sg.sentences) {
      const s = text.slice(r.start, r.end);
      if (HINT.test(s) && MEMORY_INSIDE.test(s)) memories++;
    }
  }
  // Only a present-tense synopsis tells its memories apart by tense.
  if (memories < MIN_MEMORIES || present <= past) return segments;
  const out: Segment[] = [];
  /** The last segment ended on memory words ("...the earliest memory of all returns."). */
  let carry: boolean = false;
  for (const sg of segments) {
    // Cut points: [offset, is the piece from here a memory].
    const cuts: [number, boolean][] = [];
    let inMemory: boolean = carry && !sg.paragraphStart;
    if (inMemory) cuts.push([sg.start, true]);
    for (const r of sg.sentences) {
      const at = memoryStart(text, r);
      if (inMemory && at < 0 && presentSentence(text, r.start, r.end)) {
        cuts.push([r.start, false]);
        inMemory = false;
      }
      if (at >= 0 && at < r.end) {
        cuts.push([at, true]);
        inMemory = true;
      } else if (at === r.end) {
        // The memory is the sentences after this one (cut at the next sentence's start).
        inMemory = true;
        cuts.push([-1, true]);
      } else if (inMemory && cuts[cuts.length - 1]?.[0] === -1) {
        const last = cuts[cuts.length - 1];
        if (last) last[0] = r.start;
      }
    }
    // A memory running to the segment's end goes on into the next piece of its paragraph
    // ("She remembers that" / "she had been on the ferry").
    carry = inMemory;
    const real = cuts.filter(([at]) => at > sg.start + MIN_PIECE - 1 || at === sg.start);
    if (real.length === 0) {
      out.push(sg);
      continue;
    }
    let from = sg.start;
    let memory = false;
    let first = true;
    for (const [at, isMemory] of real) {
      if (at >= sg.end - MIN_PIECE + 1) break;
      if (at > from) {
        out.push(piece(text, sg, from, at, first, memory));
        first = false;
        from = at;
      }
      memory = isMemory;
    }
    out.push(piece(text, sg, from, sg.end, first, memory));
  }
  return out;
};

/**
 * Places the memories cut out by splitAtMemories before the present's first moment: at their
 * own distance where their cue states one, else just before it, in the order told. The rest is
 * the present, in text order: a memory does not carry the scenes after it into the past. A
 * flashback of its own far back (a stated distance of weeks or more, a year) keeps its place.
 */
export const applyMemories = (text: string, segments: Segment[], out: Placement[]): void => {
  if (!segments.some((s) => s.memory)) return;
  const distance = (seg: Segment): number | null => {
    const cue = seg.cue;
    if (cue && (cue.kind === 'back' || cue.kind === 'flashback') && cue.days !== null)
      return cue.days;
    if (!seg.memory) return null;
    // "the night before the accident", "the week before he vanished": measured from the
    // event the present starts after.
    const m = BEFORE_EVENT.exec(text.slice(seg.start, Math.min(seg.end, seg.start + 80)));
    return m ? -(BEFORE_DAYS[(m[1] ?? '').toLowerCase()] ?? 1) : null;
  };
  const own = (seg: Segment): boolean =>
    !seg.memory &&
    ((distance(seg) ?? 0) <= -FAR_DAYS || (seg.cue?.kind === 'year' && seg.cue.opening));
  const presentTs = out.filter((p, i) => p.kind === 'present' && !segments[i]?.memory);
  const now = presentTs.length ? Math.min(...presentTs.map((p) => p.t)) : 0;
  let k = 0;
  let mainT = now;
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p || own(seg)) return;
    if (!seg.memory) {
      const cue = seg.cue;
      if (cue?.kind === 'forward' && cue.days !== null && cue.days > 0) mainT += cue.days;
      p.t = mainT;
      p.kind = 'present';
      mainT += MAIN_STEP;
      return;
    }
    const days = distance(seg);
    p.t = days !== null ? now + days : now - RECENT_DAYS + k++ * MEMORY_STEP;
    p.kind = 'flashback';
  });
};
