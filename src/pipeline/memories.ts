import type { Segment } from './segment';
import type { Placement } from './order';
import { clipSentences, tenseProfile, verbTense, type Range } from './text';
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
  /^(?:[^.,;:]{0,50},\s*)?(?:(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:suddenly |finally |now |also |then )?(?:remembers|recalls|remembered|recalled)\b(?!\s+to\s)|(?:it|everything|the (?:night|day|rest|memory)) (?:all )?comes? (?:back|flooding back)\b|(?:a|another|one|the (?:first|next|last|final)) (?:\p{L}+ )?(?:memory|flash|flashback) (?:surfaces|returns|arrives|comes|hits)\b|in a flash(?:back)?,? (?:she|he|they) (?:sees|remembers)\b)/iu;
/** Memory words inside a sentence: the memory starts at them, or after the colon they lead to. */
const MEMORY_INSIDE =
  /\b(?:(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:suddenly |finally |now |also |then )?(?:remembers|recalls|(?:begins|starts) to remember)\b(?!\s+to\s)|(?:she|he|they) (?:suddenly )?sees (?:herself|himself|themselves)\b|(?:images|pictures|pieces|scraps) (?:of [\p{L}-]+ )?(?:return|come back)\b|(?:what|all that|everything) (?:has )?(?:finally |suddenly )?(?:come|comes) back to (?:her|him|them)|(?:the |her |his |their )?(?:memories|fragments) (?:return|come back|surface|start to return)|(?:it|everything|the (?:night|day|rest)) (?:all )?comes? (?:back|flooding back)(?: to (?:her|him|them))?(?: in (?:pieces|fragments|flashes))?|(?:a|another|the (?:first|next|last|final|earliest)) (?:\p{L}+ )?(?:memory|flash|flashback)(?: of all)? (?:surfaces|returns|arrives|comes back|comes|hits(?: (?:her|him))?)|(?:gets|has) (?:a|his|her|the) (?:first |next |last )?flash(?:back)?|in a flash(?:back)?,? (?:she|he|they) (?:sees|remembers))\b/iu;
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
  // ("She sees herself on a jetty" is what is seen.)
  if (!/sees (?:her|him|them)sel/i.test(m[0]) && CIRCUMSTANCE.test(s.slice(after))) return r.end;
  if (MEMORY_OPENS.test(s)) return r.start;
  // "...and the night comes back in pieces." The memory is the sentences that follow.
  const rest = s.slice(after).replace(/^[\s,]*(?:that\s+)?/, '');
  if (rest.replace(/[.!?"”’)\s]+$/, '').length < MIN_PIECE) return r.end;
  // "...and in a flash she sees herself at that wedding": from the memory words on.
  return r.start + m.index;
};

/**
 * Memory words that open a memory told in the present, as if lived again: "a memory surfaces:
 * she is seven", "In a flash she sees the kitchen", "She remembers it clearly now."
 */
const VIVID_OPENER =
  /:\s*$|\bin a flash\b|\bsees (?:herself|himself|themselves)\b|\b(?:remembers|recalls|sees) (?:it|everything|them|that \p{L}+) (?:all )?(?:clearly|vividly|now|again)\b/iu;
/** How far into a memory its own memory words are looked for. */
const VIVID_CHARS = 80;
/** The first words of a memory lived again: an age, the weather, a season or an hour. */
const SCENE_SETTING =
  /^\s*(?:(?:she|he|they|it|i) (?:is|are|am) (?:\p{L}+ )?(?:raining|snowing|summer|winter|spring|autumn|night|morning|evening|dawn|dusk|christmas|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b)/iu;
/** Words that bring a memory back to the present: waking, opening one's eyes, coming to. */
const BACK_TO_NOW =
  /\b(?:opens? (?:her|his|their) eyes|wakes?|comes? to\b|snaps? (?:back|out)|jolts?|blinks?|back in the\b|back at the\b|still (?:sitting|standing|lying|holding)|the memory (?:fades|breaks|ends))|^\s*(?:the|this|that) (?:memory|image|vision|flash|recollection)\b/i;
/** A word too common to say where the present is. */
const COMMON = new Set(
  'that this with from into have there their them they then when what where which while about after before again first time still would could just only very even also back some more most over down every each been were will than behind across under above below around through along beside between against toward towards without within near inside outside'.split(
    ' ',
  ),
);
/** The place words of a stretch of text: lower-case words of four letters or more. */
const placeWords = (s: string): Set<string> => {
  const out = new Set<string>();
  // Lower-case as written: names are people, not places, and may be in the memory too.
  for (const m of s.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]{3,}(?![\p{L}'’])/gu))
    if (!COMMON.has(m[0]) && verbTense(m[0], '') === 'none') out.add(m[0]);
  return out;
};

/**
 * A memory told in the present ("a memory surfaces: she is seven. Her father is teaching her to
 * swim.") goes on through present sentences until the present comes back: a step of time or a
 * return, waking ("When she opens her eyes"), or a place or thing of the paragraph's present
 * before the memory that the memory did not have ("Across the table in the café").
 */
const vividGoesOn = (
  text: string,
  paraStart: number,
  prevParaStart: number,
  from: number,
  r: Range,
  hero: string | null,
): boolean => {
  const memory = text.slice(from, r.start);
  const own = text.slice(Math.min(paraStart, from), from);
  // The sentence holding the memory words (the lead may end on it: "He sees himself on a jetty.").
  const trimmed = own.replace(/[.!?]?\s*$/, '');
  const opener = trimmed.slice(Math.max(0, trimmed.lastIndexOf('.') + 1));
  // A memory opening its paragraph left the present of the paragraph before.
  const lead = trimmed.lastIndexOf('.') < 0 ? text.slice(prevParaStart, from) : own;
  // Told in the present so far: a memory in the past ends where the present comes back.
  if (tenseProfile(text, from, r.start).past > 0) return false;
  // The memory words may open the memory's own first sentence ("In a flash she sees ...").
  if (
    // After a colon, what is told must be the scene itself, not "she remembers turning round".
    !(VIVID_OPENER.test(opener) && !MEMORY_OPENS.test(memory.trimStart())) &&
    !VIVID_OPENER.test(memory.slice(0, VIVID_CHARS).replace(/:\s*$/, '')) &&
    !SCENE_SETTING.test(memory)
  )
    return false;
  // Nothing told yet (the memory words end the sentence): the next sentence opens the memory
  // when the memory words are vivid ("He sees himself on a jetty.") or it sets a scene.
  if (memory.trim().length === 0)
    return (
      (VIVID_OPENER.test(opener) && !/:\s*$/.test(opener)) ||
      SCENE_SETTING.test(text.slice(r.start, r.end))
    );
  const sentence = text.slice(r.start, r.end);
  if (BACK_TO_NOW.test(sentence)) return false;
  const cue = findCue(text, r.start, r.end);
  if (cue && (cue.kind === 'forward' || cue.kind === 'return')) return false;
  const mine = placeWords(memory);
  const here = placeWords(sentence);
  // The sentence that brings the memory on names its trigger ("a photograph of a girl on a
  // swing"), which the memory may share: the present's places are read before it.
  const trigger = Math.max(0, lead.lastIndexOf('.', lead.lastIndexOf('.') - 1) + 1);
  for (const w of placeWords(lead.slice(0, trigger))) if (!mine.has(w) && here.has(w)) return false;
  // Someone who acted in the present before the memory, other than the one remembering.
  for (const name of leadActors(lead))
    if (name !== hero && !memory.includes(name) && new RegExp(`\\b${name}\\b`).test(sentence))
      return false;
  return true;
};

/** A sentence's acting name: its first word, or the first after a leading phrase and comma. */
const ACTOR =
  /(?:^|[.!?]\s+)(?:[^,.!?]{0,40},\s*)?(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:\p{Ll}+s|is|has|was|had)\b/gu;
/** Words that open sentences without naming anyone. */
const NOT_NAMES = new Set(
  'The A An She He They It In On At When While As Then But And This That There Her His Their Its Back Over Across Inside Outside After Before'.split(
    ' ',
  ),
);
/** The names acting in the present before a memory ("Kit tells her", "June finds him"). */
const leadActors = (lead: string): Set<string> => {
  const out = new Set<string>();
  for (const m of lead.matchAll(ACTOR)) {
    const n = m[1] ?? '';
    if (!NOT_NAMES.has(n)) out.add(n);
  }
  return out;
};

/** The document's most named person (capitalised words outside sentence starts): the hero. */
const heroOf = (text: string): string | null => {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<=[a-z,;:]\s+)\p{Lu}\p{Ll}[\p{L}'’-]*/gu))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [n, k] of counts)
    if (k > most && !NOT_NAMES.has(n)) {
      best = n;
      most = k;
    }
  return best;
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
  /** Where the memory carried into the next segment started. */
  let carryFrom = -1;
  /** The start of the paragraph being read. */
  let paraStart = 0;
  /** The start of the paragraph before it (the present a memory opening a paragraph left). */
  let prevParaStart = 0;
  const hero = heroOf(text);
  for (const sg of segments) {
    // Cut points: [offset, is the piece from here a memory].
    const cuts: [number, boolean][] = [];
    let inMemory: boolean = carry && !sg.paragraphStart;
    if (inMemory) cuts.push([sg.start, true]);
    if (sg.paragraphStart) {
      prevParaStart = paraStart;
      paraStart = sg.start;
    }
    /** Where the open memory started (its told words, maybe in the segment before), or -1. */
    let memoryFrom = inMemory ? carryFrom : -1;
    for (const r of sg.sentences) {
      const at = memoryStart(text, r);
      if (
        inMemory &&
        at < 0 &&
        presentSentence(text, r.start, r.end) &&
        !(memoryFrom >= 0 && vividGoesOn(text, paraStart, prevParaStart, memoryFrom, r, hero))
      ) {
        cuts.push([r.start, false]);
        inMemory = false;
        memoryFrom = -1;
      }
      if (at >= 0 && at <= r.end && !inMemory) memoryFrom = at;
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
    carryFrom = memoryFrom;
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
  // A film that opens on its climax ("Six months earlier" next) keeps that opening where the
  // main pass put it: the present below starts after it.
  const ahead = openingAhead(segments, out);
  const presentTs = out.filter(
    (p, i) => i >= ahead && p.kind === 'present' && !segments[i]?.memory,
  );
  const storyTs = out.filter((p, i) => i > ahead && p.kind !== 'recounted');
  const now =
    ahead > 0 && storyTs.length
      ? Math.min(...storyTs.map((p) => p.t))
      : presentTs.length
        ? Math.min(...presentTs.map((p) => p.t))
        : 0;
  let k = 0;
  let mainT = now;
  let returned = -1;
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p || i < ahead) return;
    if (ahead > 0 && returned < 0 && seg.cue?.kind === 'return' && seg.cue.toOpening) returned = i;
    if (own(seg) && !(ahead > 0 && seg.cue?.kind !== 'year')) return;
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
  if (ahead === 0) return;
  // The opening is the moment the story comes back to ("And so we are back where we began"),
  // else the end of the story told after it.
  const back = returned >= 0 ? out[returned] : undefined;
  const at = back ? back.t - MAIN_STEP / 10 : mainT;
  for (let i = 0; i < ahead; i++) {
    const p = out[i];
    if (!p) continue;
    p.t = at + i * (MAIN_STEP / 100);
    p.kind = 'flashforward';
  }
};

/** A caption-like jump back this far (days) or more turns the opening before it into a flash-forward. */
const AHEAD_MIN_DAYS = 1;

/**
 * How many leading segments form an opening told ahead of the story (the film opens on its climax,
 * then "Six months earlier."): those before the first jump back that opens its sentence near the
 * start, when the main pass put every segment from that jump to the next return to the opening
 * (or to the end) before the opening. 0 when the film does not open that way.
 */
export const openingAhead = (segments: Segment[], out: Placement[]): number => {
  const limit = Math.min(segments.length, 4);
  let jump = -1;
  for (let i = 1; i < limit; i++) {
    const seg = segments[i];
    const c = seg?.cue;
    if (!seg || !c) continue;
    // The jump opens its sentence, or is a caption with no verb ("Then a title card: ...").
    if (
      (c.kind === 'back' || c.kind === 'flashback') &&
      (c.opening || seg.tense.present + seg.tense.past === 0) &&
      (c.days ?? -Infinity) <= -AHEAD_MIN_DAYS
    )
      jump = i;
    break;
  }
  if (jump < 0) return 0;
  const opening = out[0]?.t;
  if (opening === undefined) return 0;
  let told = 0;
  for (let i = jump; i < segments.length; i++) {
    const c = segments[i]?.cue;
    // The story catches up with its opening: a return to it, or a retelling of it.
    if (i > jump && (c?.kind === 'return' || (out[i]?.t ?? opening) >= opening)) break;
    told++;
  }
  // The story told after the jump must be most of the film, not one remembered scene.
  return told >= 3 ? jump : 0;
};
