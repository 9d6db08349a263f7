import { pageCorrespondent } from './aboutTheFilm';
import type { Segment } from './segment';
import type { Placement } from './order';
import {
  clipSentences,
  firstFiniteVerb,
  NUMBER_WORDS,
  tenseProfile,
  type Range,
  type TenseProfile,
} from './text';
import { findCue, type TimeCue } from './time';

/**
 * Stage 6 (segment and order): backstory revealed in dialogue. A present-day synopsis lets its
 * past come out in what people tell each other: "He finally admits that the summer they were
 * twelve he dared Danny to walk the sluice wall", "In the bar he tells Dale a different story:
 * the money had come from the card games", "The letter reveals that her father had found the
 * suitcase", or a telling followed by sentences told in the past ("She finally admits it. Lorna
 * was her sister. Thirty-four years earlier Lorna died ..."; "The summer they were twelve, he
 * says, he dared ...").
 *
 * splitAtToldBackstory cuts the recounted span out of its present-day paragraph (from the start
 * of the told clause, or the first sentence told in the past after a telling, to the last one
 * before the present comes back), marks it told, and gives it the cue it names; the telling and
 * what follows it stay in the present. A span is cut only when it is long enough to be an event
 * and says it is backstory: a jump back ("twenty years earlier", a year, "before Gwen was born",
 * "the summer they were twelve"), the past perfect, or two sentences in the past. Reported
 * speech about the present or the future ("tells him that she is leaving on Friday"), "explains
 * the plan" and a jump of hours ("an hour earlier") are not cut.
 *
 * applyToldBackstory places the told spans: by their distance from the telling where they state
 * one, by a person's age ("before Gwen was born" with Gwen thirty-nine; "the summer they were
 * twelve" with the teller's age known), else just before the earliest present scene, in the order
 * told; a span that goes on from the one before it continues it. A flashback the film later SHOWS
 * of a told span (their words shared) ties to the span's time, and the present paragraphs after
 * it are the present again, not the flashback.
 */

/** Words of telling that open a told clause inside a sentence ("admits that", "tells her how"). */
const TELL_HEAD =
  /\b(?:tells?|admits?|confess(?:es)?|explains?|reveals?|recounts?|describes?|lets slip|shows?|says|insists?|remembers?|recalls?|writes|wrote)(?:\s+(?:to\s+)?(?:him|her|them|us|\p{Lu}[\p{L}'’-]+))?(?:\s+(?:a|the|his|her|their)\s+(?:(?:different|whole|true|real|other|own)\s+)?(?:story|truth|version))?\s*(?::\s*|\s+(?:that|how|about)\s+|,\s+(?:that|how)\s+)/gu;
/** A telling with no told clause of its own: what follows in the past is what is told. */
const TELLING_ALONE =
  /\b(?:tells?|admits?|confess(?:es)?|explains?|reveals?|recounts?|describes?|lets slip|opens up|breaks down|comes clean|reads (?:\w+ ){0,4}(?:out|aloud)|reads aloud)\b/i;
/** A speech tag inside a told sentence ("The summer they were twelve, he says, he dared ..."). */
const SPEECH_TAG =
  /(?:,\s*|["”]\s*)(?:(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:says|adds|admits|explains|insists|recalls|remembers|confesses|tells (?:him|her|them|us))|(?:says|adds) (?:he|she|\p{Lu}[\p{L}'’-]+))\b/u;
/** Every speech tag of a sentence (quotation marks read as spaces). */
const SPEECH_TAGS = new RegExp(SPEECH_TAG.source, 'gu');
/** Cheap prefilter for a sentence that may hold a telling. */
const HINT =
  /tell|admit|confess|explain|reveal|recount|describ|slip|show|says|insist|rememb|recall|clean|opens up|breaks down|writes|wrote|reads/i;
/** A jump back the film itself makes ("Then the film goes back to that night fifty years ago"). */
const SHOWN_BACK =
  /\b(?:the film|the story|the movie|we)\s+(?:then\s+|now\s+|finally\s+)?(?:goes|jumps|flashes|travels)\s+back\b|\b(?:cuts?|dissolves?)\s+to\s+a\s+flashback\b|\bin\s+a\s+flashback\b|\ba\s+flashback\s+(?:shows|to|of)\b/i;

/** "before Gwen was born": earlier than a person's birth. */
const BEFORE_BORN =
  /\bbefore\s+(he|she|they|you|i|we|\p{Lu}[\p{L}'’-]+)\s+(?:was|were)\s+(?:even\s+)?born\b/iu;
/** "the summer they were twelve", "when Tomás was ten", "the winter Tomás turned ten". */
const AT_AGE =
  /\b(?:when|the\s+(?:summer|winter|spring|autumn|fall|year|day|night|week)|the\s+(?:summer|winter|spring|autumn|fall|year)\s+(?:that|when))\s+(he|she|they|we|i|\p{Lu}[\p{L}'’-]+)\s+(?:was|were|turned)\s+(?:only\s+|just\s+)?(\d{1,2}|[a-z]+)\b/iu;
/** "as a boy", "as children": a childhood of no stated age. */
const AS_CHILD = /\bas\s+(?:a\s+(?:boy|girl|child|kid)|children|kids|boys|girls)\b/i;
/** A person's present age in a name's apposition: "Gwen Albright (Maja Kovač), thirty-nine,". */
const NAME_AGE =
  /(\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+\([^)]{1,60}\))?,\s+(?:now\s+|aged\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:\s+years\s+old)?,/gu;

/** "the eighty-one-year-old winemaker Tomás Abreu": an age before a name. */
const AGE_NAME =
  /\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}[\p{L}'’-]+)/gu;

/** A told span shorter than this is not an event of its own. */
const MIN_TOLD_CHARS = 40;
/** A piece left before or after a cut is never shorter than this. */
const MIN_PIECE_CHARS = 12;
/** A jump back shorter than this (days) is the story's own recent past, not backstory. */
const MIN_BACK_DAYS = 2;
/** How long before the earliest present scene an untimed told span lies (days). */
const UNTIMED_DAYS = 30;
/** Spacing of untimed told spans, in the order told (days). */
const TOLD_STEP = 0.01;
/** The present age assumed for a teller whose age is not stated (years). */
const ADULT_AGE = 40;
/** Childhood of no stated age ("as a boy"). */
const CHILD_AGE = 10;
const DAYS_PER_YEAR = 365;
/** Shared content words needed to tie a shown flashback to a told span. */
const MIN_SHARED_TIE = 3;
const TIE_SIMILARITY = 0.12;
/** Ties are searched only this many segments away (keeps the pass linear). */
const TIE_WINDOW = 60;

const numberValue = (w: string): number | null => {
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.toLowerCase().split('-');
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined || ['a', 'an', 'some', 'few', 'many', 'several', 'couple'].includes(p))
      return null;
    n += v;
  }
  return n > 0 ? n : null;
};

/** The tense of a sentence with quotations read as its own words and speech tags left out. */
/**
 * A told span's words as the tense lists should read them: quotations as the speaker's words, no
 * possessive ("Amos's safe") and no name inside the sentence ("her father Amos died") read as a
 * present verb (each name becomes a bare capital word).
 */
const plainWords = (text: string, start: number, end: number): string =>
  text
    .slice(start, end)
    .replace(/["“”]/g, ' ')
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .replace(/([^\s.!?]\s+)\p{Lu}[\p{L}'’-]*/gu, '$1X');

const toldTense = (text: string, r: Range): TenseProfile => {
  const s = plainWords(text, r.start, r.end);
  const p = tenseProfile(s, 0, s.length);
  const tags = (s.match(SPEECH_TAGS) ?? []).length;
  return { ...p, present: Math.max(0, p.present - tags) };
};

/**
 * True when a told span `[start, end)` of tense `p` is past: its first finite verb is past and
 * its past verbs outnumber the present ones (the word lists read "the seal rocks" as a verb).
 */
const isPast = (text: string, start: number, end: number, p: TenseProfile): boolean => {
  if (p.past < 1 || p.present >= p.past) return false;
  const s = plainWords(text, start, end);
  const first = firstFiniteVerb(s);
  return first === null || first.tense === 'past' || SPEECH_TAG.test(s);
};

/** A backward cue of at least a couple of days inside `[start, end)`, or null. */
const backCue = (text: string, start: number, end: number): TimeCue | null => {
  const cue = findCue(text, start, end);
  if (!cue) return null;
  if (cue.kind === 'year') return cue;
  if (cue.kind !== 'back' && cue.kind !== 'flashback') return null;
  return cue.days === null || cue.days <= -MIN_BACK_DAYS ? cue : null;
};

/** A jump of hours or a day named in a span ("an hour earlier", "the night before"). */
const nearCue = (text: string, start: number, end: number): boolean => {
  const cue = findCue(text, start, end);
  return cue !== null && cue.kind === 'back' && cue.days !== null && cue.days > -MIN_BACK_DAYS;
};

/** True when a told span says it is backstory (see the module comment). */
const isBackstory = (
  text: string,
  start: number,
  end: number,
  sentences: number,
  continues: boolean,
  strict = false,
): boolean => {
  if (end - start < MIN_TOLD_CHARS || nearCue(text, start, end)) return false;
  // The rest of a told clause cut before it ("...explains that the motel burned down in 1994,
  // that her father died in the office, ...").
  if (continues) return true;
  if (backCue(text, start, end)) return true;
  const s = text.slice(start, end);
  if (BEFORE_BORN.test(s) || AT_AGE.test(s) || AS_CHILD.test(s)) return true;
  if (strict) return false;
  // "had already left when she arrived" is the scene's own last hours, not the past perfect of
  // backstory.
  if (/\bhad\s+(?:not\s+|never\s+|once\s+)?(?!already\b|just\b)\p{L}+/iu.test(s)) return true;
  return sentences >= 2;
};

/** True when sentence `r` opens on a jump back or a depth of its own ("Before Gwen was born,"). */
const opensOnDepth = (text: string, r: Range): boolean => {
  const lead = text.slice(r.start, Math.min(r.end, r.start + 60));
  const cue = backCue(text, r.start, r.end);
  if (cue?.opening) return true;
  const m = BEFORE_BORN.exec(lead) ?? AT_AGE.exec(lead) ?? AS_CHILD.exec(lead);
  return m !== null && m.index === 0;
};

/** True when the end of `s` lies inside a quotation (an odd number of straight quotes, or a
 * curly one opened and not closed). */
const insideQuote = (s: string): boolean => {
  let straight = 0;
  for (const c of s) if (c === '"') straight++;
  return straight % 2 === 1 || s.lastIndexOf('“') > s.lastIndexOf('”');
};

/** Where a told span starts in sentence `r`, or -1: after a telling head, or at a speech tag. */
const toldStart = (text: string, r: Range): number => {
  const s = text.slice(r.start, r.end);
  if (!HINT.test(s)) return -1;
  // "Sam from Leeds writes that ...": a letter to the page tells no story (aboutTheFilm.ts).
  if (pageCorrespondent(s)) return -1;
  TELL_HEAD.lastIndex = 0;
  for (let m = TELL_HEAD.exec(s); m; m = TELL_HEAD.exec(s)) {
    const at = m.index + m[0].length;
    // Inside a quotation the words are the speaker's own.
    if (insideQuote(s.slice(0, m.index))) continue;
    const head = tenseProfile(s, 0, m.index + m[0].length);
    // "The letters show that ...": a plural's bare verb is present too; a past telling is not.
    if ((head.present < 1 && head.past > 0) || s.length - at < MIN_PIECE_CHARS) continue;
    // "tells her about the summer ..." is cut from a scene's own action ("He sits by the pool
    // and tells her about ..."); a sentence that is only the telling is told whole.
    if (/\sabout\s+$/.test(m[0]) && tenseProfile(s, 0, m.index).present < 1) continue;
    return r.start + at;
  }
  // "The summer they were twelve, he says, he dared ...": the sentence is what is told.
  const tag = SPEECH_TAG.exec(s);
  if (tag && tag.index > 0) return r.start;
  return -1;
};

/** True when sentence `r` is a telling whose told words come in the sentences after it. */
const tellsAfter = (text: string, r: Range): boolean => {
  const s = text.slice(r.start, r.end);
  if (!HINT.test(s)) return false;
  // "Her father, he says, was not always the hard man the island remembers."
  if (SPEECH_TAG.test(s)) return true;
  if (!TELLING_ALONE.test(s)) return false;
  const p = tenseProfile(text, r.start, r.end);
  return p.present >= 1 && p.present >= p.past;
};

const piece = (
  text: string,
  sg: Segment,
  start: number,
  end: number,
  first: boolean,
  extra: Partial<Segment>,
): Segment => {
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  const sentences = clipSentences(sg.sentences, start, end);
  return {
    ...(first ? sg : {}),
    start,
    end,
    cue: first ? sg.cue : null,
    paragraphStart: first ? sg.paragraphStart : false,
    sentences,
    tense: tenseProfile(text, start, end),
    ...extra,
  };
};

/** One told span found in a segment: its offsets and how many sentences it runs over. */
interface Told {
  start: number;
  end: number;
  sentences: number;
  /** Opened by a speech tag inside its one sentence ("She had hidden it, she admits, ..."). */
  tagged?: boolean;
}

/** The told spans of one segment, in text order (see splitAtToldBackstory). */
const toldSpans = (text: string, sg: Segment, carry: boolean, chained: boolean): Told[] => {
  const out: Told[] = [];
  let open: Told | null = null;
  let pending = carry || chained;
  const close = (): void => {
    const o: Told | null = open;
    // One sentence with a speech tag is backstory only by a depth it names: "She had hidden it
    // there herself, she admits" may be last week.
    const strict = o?.tagged === true && o.sentences === 1;
    if (
      o &&
      isBackstory(text, o.start, o.end, o.sentences, chained && o.start === sg.start, strict)
    )
      out.push(o);
    open = null;
  };
  for (const r of sg.sentences) {
    // Read only when needed: most sentences open no told span and continue none.
    let tenseMemo: TenseProfile | null = null;
    const tense = (): TenseProfile => (tenseMemo ??= toldTense(text, r));
    if (open) {
      // A run of told sentences goes on while no present verb comes back (a quoted line with
      // its speech tag, "I waited until the sun came up," he says, is told too).
      const at = toldStart(text, r);
      // The word lists read some nouns as verbs ("besides", "rocks"): a sentence whose first
      // verb is past goes on with the told span.
      const past =
        tense().present === 0 ||
        isPast(text, r.start, r.end, tense()) ||
        firstFiniteVerb(plainWords(text, r.start, r.end))?.tense === 'past';
      if (past && (at < 0 || at === r.start)) {
        // "Before Marta was born, Leonor had written ...": a sentence opening on its own depth
        // is a told span of its own.
        if (opensOnDepth(text, r)) {
          close();
          open = { start: r.start, end: r.end, sentences: 1 };
          continue;
        }
        open.end = r.end;
        open.sentences++;
        continue;
      }
      close();
    }
    const at = toldStart(text, r);
    // Speech tags inside the told words are no present of their own.
    const own =
      at < 0 ? null : at === r.start ? tense() : toldTense(text, { start: at, end: r.end });
    if (own && isPast(text, at, r.end, own)) {
      open = { start: at, end: r.end, sentences: 1, tagged: at === r.start };
      pending = false;
      continue;
    }
    if (pending && isPast(text, r.start, r.end, tense())) {
      open = { start: r.start, end: r.end, sentences: 1 };
      pending = false;
      continue;
    }
    pending = tellsAfter(text, r);
  }
  close();
  return out;
};

/** Counts the sentences of the present and of the past over all segments. */
const presentBase = (segments: Segment[]): boolean => {
  let present = 0;
  let past = 0;
  for (const sg of segments) {
    if (sg.tense.present > sg.tense.past) present++;
    else if (sg.tense.past > sg.tense.present) past++;
  }
  return present > past;
};

/**
 * Cuts backstory told in dialogue out of a present-tense synopsis's paragraphs (see above): the
 * telling keeps the segment's start, the told span is a segment of its own marked `told` (and
 * `clause`, so the main line resumes after it), and the rest of the paragraph resumes the present.
 * A jump back the film itself announces inside a paragraph ("Then the film goes back to that
 * night") is cut there too and marked `shown`.
 */
export const splitAtToldBackstory = (text: string, segments: Segment[]): Segment[] => {
  if (!presentBase(segments)) return segments;
  const out: Segment[] = [];
  let carry = false;
  for (const sg of segments) {
    if (sg.paragraphStart) carry = false;
    if (sg.memory || sg.told) {
      out.push(sg);
      continue;
    }
    // A told clause already cut by the segmenter: a telling whose told words run on past it.
    const prev = out[out.length - 1];
    const chained =
      prev?.clause === true &&
      !sg.paragraphStart &&
      /^(?:and\s+)?that\s/i.test(text.slice(sg.start, sg.start + 10));
    const spans = sg.clause ? [] : toldSpans(text, sg, carry, chained);
    const last = sg.sentences[sg.sentences.length - 1];
    carry = last !== undefined && tellsAfter(text, last);
    const shownAt = sg.clause ? -1 : shownBackStart(text, sg);
    if (spans.length === 0 && shownAt < 0) {
      out.push(sg);
      continue;
    }
    let from = sg.start;
    let first = true;
    for (const sp of spans) {
      if (sp.end <= from) continue;
      if (shownAt >= 0 && shownAt < sp.start) break;
      const atStart = first && sp.start - from < MIN_PIECE_CHARS;
      // A span right after another ("... for years. Before Dale was born, Tully says, ...").
      const adjacent = !first && sp.start - from < MIN_PIECE_CHARS;
      if (!atStart && !adjacent) {
        const head = piece(text, sg, from, sp.start, first, first ? {} : { resumes: true });
        // The segment's own cue was the told span's ("admits that fifty years ago ...").
        if (head.cue && head.cue.start >= sp.start) head.cue = null;
        out.push(head);
      }
      out.push(
        piece(text, sg, atStart ? sg.start : adjacent ? from : sp.start, sp.end, false, {
          cue: backCue(text, sp.start, sp.end),
          told: true,
          clause: true,
          paragraphStart: atStart && sg.paragraphStart,
        }),
      );
      first = false;
      from = sp.end;
      while (from < sg.end && /[\s,;:]/.test(text[from] ?? '')) from++;
    }
    if (shownAt >= from + MIN_PIECE_CHARS) {
      if (!first || from !== sg.start) {
        out.push(piece(text, sg, from, shownAt, first, first ? {} : { resumes: true }));
      }
      const cue = backCue(text, shownAt, sg.end);
      out.push(
        piece(text, sg, shownAt, sg.end, false, {
          cue: {
            kind: 'flashback',
            text: cue?.text ?? 'goes back',
            start: shownAt,
            end: shownAt,
            days: cue && (cue.kind === 'back' || cue.kind === 'flashback') ? cue.days : null,
            year: cue?.year ?? null,
            opening: true,
          },
          shown: true,
        }),
      );
      continue;
    }
    if (sg.end - from >= MIN_PIECE_CHARS)
      out.push(piece(text, sg, from, sg.end, first, first ? {} : { resumes: true }));
  }
  return out;
};

/** Where a sentence announcing a jump back of the film's own starts inside `sg` (not its first), or -1. */
const shownBackStart = (text: string, sg: Segment): number => {
  for (let k = 1; k < sg.sentences.length; k++) {
    const r = sg.sentences[k];
    if (!r) continue;
    const s = text.slice(r.start, Math.min(r.end, r.start + 120));
    // "The film goes back to Jo" may be a return: the jump names a flashback or a distance.
    if (SHOWN_BACK.test(s) && (/flashback/i.test(s) || backCue(text, r.start, r.end)))
      return r.start;
  }
  return -1;
};

/** Present ages stated for people ("Gwen Albright (Maja Kovač), thirty-nine,"), by first name. */
const statedAges = (text: string, segments: Segment[]): Map<string, number> => {
  const ages = new Map<string, number>();
  for (const sg of segments) {
    if (sg.told) continue;
    const s = text.slice(sg.start, sg.end);
    NAME_AGE.lastIndex = 0;
    for (let m = NAME_AGE.exec(s); m; m = NAME_AGE.exec(s)) {
      const n = numberValue(m[2] ?? '');
      if (n !== null && n >= 5 && n <= 99 && !ages.has(m[1] ?? '')) ages.set(m[1] ?? '', n);
    }
    AGE_NAME.lastIndex = 0;
    for (let m = AGE_NAME.exec(s); m; m = AGE_NAME.exec(s)) {
      const n = numberValue(m[1] ?? '');
      if (n !== null && n >= 5 && n <= 99 && !ages.has(m[2] ?? '')) ages.set(m[2] ?? '', n);
    }
  }
  return ages;
};

/** The first named person of a paragraph's telling with a stated age (the teller's, likely). */
const tellerAge = (
  text: string,
  segments: Segment[],
  i: number,
  ages: Map<string, number>,
): number | null => {
  for (let j = i; j >= 0 && j >= i - 3; j--) {
    const sg = segments[j];
    if (!sg) continue;
    for (const [name, age] of ages) if (text.slice(sg.start, sg.end).includes(name)) return age;
    if (sg.paragraphStart) break;
  }
  return null;
};

/** How many days before the telling a told span lies, from the ages it names, or null. */
const ageDepth = (
  text: string,
  segments: Segment[],
  i: number,
  ages: Map<string, number>,
): number | null => {
  const sg = segments[i];
  if (!sg) return null;
  const s = text.slice(sg.start, sg.end);
  const ageOf = (who: string): number | null =>
    ages.get(who) ?? tellerAge(text, segments, i, ages) ?? null;
  const born = BEFORE_BORN.exec(s);
  if (born) {
    const age = ageOf(born[1] ?? '') ?? ADULT_AGE;
    return -(age + 1) * DAYS_PER_YEAR;
  }
  const at = AT_AGE.exec(s);
  const n = at ? numberValue(at[2] ?? '') : null;
  if (at && n !== null) {
    const age = ageOf(at[1] ?? '') ?? ADULT_AGE;
    return age > n ? -(age - n) * DAYS_PER_YEAR : null;
  }
  if (AS_CHILD.test(s))
    return -((tellerAge(text, segments, i, ages) ?? ADULT_AGE) - CHILD_AGE) * DAYS_PER_YEAR;
  return null;
};

/**
 * Places the spans cut by splitAtToldBackstory (see the module comment) and ties a flashback the
 * film shows of one of them to its time. `words` gives a segment's content words, `similarity`
 * compares two such sets (order.ts's own measures).
 */
export const applyToldBackstory = (
  text: string,
  segments: Segment[],
  out: Placement[],
  words: (i: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): void => {
  if (!segments.some((s) => s.told)) return;
  const presentTs = out.filter((p, i) => p.kind === 'present' && !segments[i]?.told);
  const now0 = presentTs.length ? Math.min(...presentTs.map((p) => p.t)) : 0;
  const ages = statedAges(text, segments);
  let untimed = 0;
  const toldIdx: number[] = [];
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p || !seg.told) return;
    // The telling's own time: the present scene it is told in.
    let tellT = now0;
    for (let j = i - 1; j >= 0; j--) {
      const q = out[j];
      if (q && q.kind === 'present' && !segments[j]?.told) {
        tellT = q.t;
        break;
      }
    }
    const cue = seg.cue;
    const prev = segments[i - 1];
    const prevP = out[i - 1];
    let t: number | null = null;
    if (cue && (cue.kind === 'back' || cue.kind === 'flashback') && cue.days !== null)
      t = tellT + cue.days;
    else if (cue?.kind === 'year') t = Math.min(p.t, now0 - UNTIMED_DAYS);
    if (t === null) {
      const depth = ageDepth(text, segments, i, ages);
      if (depth !== null) t = tellT + depth;
    }
    // A span that goes on from the one told just before it continues it.
    if (
      t === null &&
      (prev?.told || prev?.clause) &&
      prevP &&
      !seg.paragraphStart &&
      prevP.t < now0
    )
      t = prevP.t + TOLD_STEP / 10;
    // An untimed span about a moment told before ("the evening before the jetty", after "they
    // had arranged to meet at the jetty ... fifty years ago") sits by that moment.
    if (t === null) t = besideToldMoment(text, seg, i, now0, out, words, similarity);
    if (t === null) t = now0 - UNTIMED_DAYS + TOLD_STEP * untimed++;
    p.t = Math.min(t, now0 - TOLD_STEP / 10);
    p.kind = 'recounted';
    toldIdx.push(i);
  });
  tieShownFlashbacks(segments, out, toldIdx, words, similarity);
};

/** "the night before the jetty": a moment just before the one it names. */
const NIGHT_BEFORE =
  /\b(?:the|that)\s+(?:night|evening|day|morning|afternoon|week|hour)\s+before\b/i;

/**
 * The time of an untimed told span beside earlier backstory it shares its words with (a told
 * span, or a flashback before the present; just before it when it says "the night before"), or
 * null.
 */
const besideToldMoment = (
  text: string,
  seg: Segment,
  i: number,
  now0: number,
  out: Placement[],
  words: (i: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): number | null => {
  const own = words(i);
  let best: number | null = null;
  let bestScore = 0;
  for (let j = Math.max(0, i - TIE_WINDOW); j < i; j++) {
    const q = out[j];
    if (!q || q.kind === 'present' || q.t >= now0) continue;
    const sim = similarity(own, words(j));
    if (sim.shared >= MIN_SHARED_TIE && sim.score >= TIE_SIMILARITY && sim.score > bestScore) {
      best = out[j]?.t ?? null;
      bestScore = sim.score;
    }
  }
  if (best === null) return null;
  return NIGHT_BEFORE.test(text.slice(seg.start, seg.end))
    ? best - TOLD_STEP / 10
    : best + TOLD_STEP / 10;
};

/**
 * A flashback the film shows of a span told earlier (or later) sits at the span's time; present
 * paragraphs the state machine left in that flashback after it are the present again.
 */
const tieShownFlashbacks = (
  segments: Segment[],
  out: Placement[],
  toldIdx: number[],
  words: (i: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): void => {
  segments.forEach((seg, i) => {
    const p = out[i];
    const cue = seg.cue;
    // A prologue in the past: the next paragraph opens by coming back to the present ("Then we
    // are in the present").
    const prologue = i === 0 && segments[1]?.cue?.kind === 'return';
    const shown =
      seg.shown === true || (cue !== null && cue.kind === 'flashback' && seg.paragraphStart);
    if (!p || !(shown || prologue) || seg.told || (p.kind === 'present' && !prologue)) return;
    const own = words(i);
    let best = -1;
    let bestScore = 0;
    for (const j of toldIdx) {
      if (Math.abs(j - i) > TIE_WINDOW) continue;
      const sim = similarity(own, words(j));
      if (sim.shared >= MIN_SHARED_TIE && sim.score >= TIE_SIMILARITY && sim.score > bestScore) {
        best = j;
        bestScore = sim.score;
      }
    }
    const told = out[best];
    if (!told) return;
    const oldT = p.t;
    p.t = told.t + TOLD_STEP / 100;
    if (prologue) {
      p.kind = 'flashback';
      return;
    }
    // The paragraphs after it left in its block (no cue of their own, told in the present) are
    // the present again: after the last present scene before the flashback.
    let lastMain = -Infinity;
    for (let j = i - 1; j >= 0; j--) {
      const q = out[j];
      if (q?.kind === 'present') {
        lastMain = Math.max(lastMain, q.t);
      }
    }
    if (lastMain === -Infinity) return;
    let k = i + 1;
    const moved: number[] = [];
    // The rest of the flashback's own paragraph ("The next morning her shoes are found on the
    // wall") is the flashback going on: only the paragraphs after it come back.
    // It moves with the flashback.
    for (; segments[k] && !segments[k]?.paragraphStart && !segments[k]?.told; k++) {
      const q = out[k];
      if (q && q.kind !== 'present') q.t = p.t + (q.t - oldT);
    }
    while (k < segments.length) {
      const s = segments[k];
      const q = out[k];
      if (!s || !q || q.kind === 'present' || s.told || q.t > lastMain) break;
      if (s.cue && s.cue.kind !== 'forward') break;
      if (Math.abs(q.t - oldT) > 2 * DAYS_PER_YEAR && !moved.length && q.t < oldT) break;
      if (s.tense.past > s.tense.present) break;
      moved.push(k);
      k++;
    }
    if (!moved.length) return;
    const base = out[moved[0] ?? 0]?.t ?? 0;
    const shift = moved.length * TOLD_STEP;
    // Later scenes of the present make room for the paragraphs brought back.
    for (let j = k; j < out.length; j++) {
      const q = out[j];
      if (q && q.t > lastMain) q.t += shift;
    }
    for (const j of moved) {
      const q = out[j];
      if (!q) continue;
      q.t = lastMain + TOLD_STEP / 2 + (q.t - base);
      q.kind = 'present';
    }
  });
};
