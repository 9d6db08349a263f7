import type { Placement } from './order';
import type { Segment } from './segment';
import { firstFiniteVerb, STOP_WORDS } from './text';

/**
 * Alternating timelines (a mother in 1976 and her daughter in 2019; a soldier in 1944, his son
 * in 1971, his granddaughter in 2003), told in alternating paragraphs or headed sections whose
 * era is stated only the first time or two. A reader tells the later sections apart by WHO is
 * in them, so this does too:
 * - a paragraph is DATED by a year opening it ("Lisbon, July 1976.", "In the summer of 1971,"),
 *   a heading ("1976", "Then", "Now", "The present"), or a jump of decades opening it;
 *   years closer than CLUSTER_YEARS are one timeline; "Then"/"Now" headings are two;
 * - each timeline learns its people from its dated paragraphs (who acts in them: a name opening
 *   a sentence, or the name a pronoun-led sentence goes on with), and every other paragraph
 *   goes, in text order, to the timeline whose people act in it (a name shared by two timelines
 *   counts for each by its share), learning its actors in turn; a paragraph with no such
 *   evidence stays in the timeline of the one before; a heading naming a person sends it to
 *   that person's timeline;
 * - one person in two timelines (the older and younger self) is told apart by age words on the
 *   name ("the older Mara", "Mara, now sixty-seven", "the young Walter"): the latest, or the
 *   earliest, of the timelines the paragraph's people belong to;
 * - only when the paragraphs really alternate (a timeline is returned to after another, at
 *   least MIN_SWITCHES switches, every timeline with two paragraphs or more and people of its
 *   own) is the film reordered: every older timeline wholly before the newer ones, each in its
 *   text order; a timeline that catches up with the next (its last paragraph in the next one's
 *   year, "three days before the car is found") stays in its own text order, before it.
 * Negatives: one flashback among present scenes of the same people (one dated paragraph, or
 * no people of its own), a chronicle whose years only advance (no timeline returned to), two
 * viewpoints of one time (one year, or none).
 */

/** Placement steps inside a timeline (as order.ts's STEP). */
const STEP = 0.01;
const DAYS_PER_YEAR = 365;
/** Years closer than this are one timeline (a summer of 1976 and the winter after it). */
const CLUSTER_YEARS = 5;
/** A dating cue this close to its paragraph's start dates the paragraph ("The film opens in 2019"). */
const OPENING_CHARS = 20;
/** Switches between timelines needed before a document is read as alternating. */
const MIN_SWITCHES = 3;
/** A relative jump this long (days) opening a paragraph moves between timelines. */
const JUMP_DAYS = 5 * DAYS_PER_YEAR;
/** The distance between a dated timeline and an undated "then" before the present. */
const UNDATED_THEN_DAYS = 10 * DAYS_PER_YEAR;
/** Headed sections needed, and their share of the paragraphs, for a sectioned page. */
const MIN_SECTIONS = 4;
const SECTIONED_SHARE = 0.7;
/** An undated opening is the present when the first year named is this far before the film's. */
const PRESENT_GAP_YEARS = 10;
/** Weight of a sentence's actor and of a name merely mentioned. */
const ACTOR_WEIGHT = 3;
const MENTION_WEIGHT = 0.5;
/** A heading that is a person's name weighs this much for that person's timeline. */
const HEADING_NAME_WEIGHT = 10;
/** A name must belong this much to a timeline (its share of the name's uses) to be its own. */
const OWN_SHARE = 0.75;

const YEAR = /\b(1[5-9]\d\d|20\d\d)\b/;
const THEN_HEADING = /^(?:then|the past|past|before|back then|earlier)$/i;
const NOW_HEADING = /^(?:now|the present|present|present[- ]day|the present day|today|nowadays)$/i;
/** A heading short enough to be a label ("1976", "Summer 1976", "Then", "Mara"). */
const MAX_HEADING_WORDS = 4;
/** Age words on a name: the later self ("the older Mara", "an elderly Bettina"). */
const OLDER = /^(?:older|elderly|aged|adult|grown|grown-up|old)$/i;
/** Age words on a name: the earlier self ("the young Walter", "a teenage Tess"). */
const YOUNGER = /^(?:younger|young|teenage|teenaged|child|little|girlhood|boyhood)$/i;
/** "Mara, now sixty-seven" / "Mara, now in her seventies": the later self. */
const NOW_AGE =
  /^,\s*now\s+(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|in\s+(?:her|his|their)\s+\w+ies)\b/i;
/** Words read for a sentence's actor. */
const MAX_ACTOR_WORD = 12;
/** A place: a capitalised word after a preposition of place. */
const PLACE = /\b(?:in|on|at|off|to|from|near|outside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
/** Places are kept beside names in a timeline's cast under this prefix. */
const PLACE_KEY = '@';
/** Pronouns opening a sentence: it goes on with the last actor. */
const PRONOUN = /^(?:he|she|they|his|her|their)$/i;

type Era = { kind: 'year'; year: number } | { kind: 'then' } | { kind: 'now' };

interface Block {
  /** Segment indices, in text order. */
  segs: number[];
  /** Era stated by the block itself (opening year, heading), or null. */
  era: Era | null;
  /** A relative jump of years opening the block (days), or null. */
  jump: number | null;
  /** The person a heading names ("Mara"), if any. */
  headingName: string | null;
  /** Actor and mention weights of the names in the block. */
  weights: Map<string, number>;
  /** Names acting in it (for learning). */
  actors: Map<string, number>;
  /** Age words on a name: +1 later self, -1 earlier self, 0 none. */
  age: number;
  /** Places named after a preposition (keys PLACE_KEY + word). */
  places: Map<string, number>;
}

const words = (s: string): string[] => s.match(/[\p{L}'’-]+/gu) ?? [];
const bare = (w: string): string => w.replace(/['’]s?$/, '');

/** The era a heading states: a year, "Then", "Now"; null for any other heading. */
export const headingEra = (heading: string): Era | null => {
  const h = heading.trim().replace(/[.:]+$/, '');
  if (words(h).length > MAX_HEADING_WORDS) return null;
  if (THEN_HEADING.test(h)) return { kind: 'then' };
  if (NOW_HEADING.test(h)) return { kind: 'now' };
  const y = YEAR.exec(h);
  return y ? { kind: 'year', year: Number(y[1]) } : null;
};

/** The year a block opens on: a year cue at (or very near) its start, or a dateline's. */
const openingYear = (seg: Segment): number | null => {
  const c = seg.cue;
  if (!c || c.year === null || seg.clause) return null;
  if (c.kind !== 'year' && c.kind !== 'flashback') return null;
  const first = seg.sentences[0];
  const inFirst = first ? c.start < first.end : false;
  return c.opening || (inFirst && c.start - seg.start <= OPENING_CHARS) ? c.year : null;
};

/**
 * Who acts in each sentence of a block and who is mentioned: weights per name (an actor
 * ACTOR_WEIGHT, a mention MENTION_WEIGHT), actors apart for learning, and age words on names.
 * In a present-tense synopsis a sentence told in the past tells the other people's story: its
 * names are not counted.
 */
const readBlock = (
  text: string,
  segments: Segment[],
  idx: number[],
  names: ReadonlySet<string>,
  base: 'present' | 'past',
): Pick<Block, 'weights' | 'actors' | 'age' | 'places'> => {
  const weights = new Map<string, number>();
  const actors = new Map<string, number>();
  let age = 0;
  let lastActor: string | null = null;
  let firstDone = false;
  const places = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, w: number): void => {
    m.set(k, (m.get(k) ?? 0) + w);
  };
  for (const i of idx) {
    const seg = segments[i];
    if (!seg) continue;
    for (const r of seg.sentences) {
      const sentence = text.slice(r.start, r.end);
      const ws = words(sentence);
      const pronounLed = PRONOUN.test(ws[0] ?? '');
      const named = ws.some((w) => names.has(bare(w)));
      // In a present-tense synopsis, a sentence whose main verb is past tells another time
      // ("Her grandmother Leila died in January"): its names are not this paragraph's people.
      if (base === 'present' && (named || pronounLed)) {
        const v = firstFiniteVerb(sentence);
        if (v?.tense === 'past') continue;
      }
      // The actor: a pronoun-led sentence goes on with the last actor ("She winds the clock");
      // else the first name among the first words ("In Santa Cruz, Ada shows", "The older
      // Mara, now sixty-seven, wakes"), and a second joined by "and" ("Mara and Rui spend").
      const acting: string[] = [];
      if (pronounLed) {
        if (lastActor) acting.push(lastActor);
      } else {
        const limit = Math.min(ws.length, MAX_ACTOR_WORD);
        for (let k = 0; k < limit; k++) {
          const w = bare(ws[k] ?? '');
          if (!names.has(w)) continue;
          acting.push(w);
          // "Mara Quental and Rui": the next name after "and" acts too.
          let j = k + 1;
          while (j < ws.length && names.has(bare(ws[j] ?? ''))) j++;
          if ((ws[j] ?? '').toLowerCase() === 'and' && names.has(bare(ws[j + 1] ?? '')))
            acting.push(bare(ws[j + 1] ?? ''));
          break;
        }
      }
      // The paragraph's first actor is whom it is about: it weighs double.
      const lead = !firstDone;
      firstDone = true;
      for (const a of acting) {
        add(weights, a, lead ? 2 * ACTOR_WEIGHT : ACTOR_WEIGHT);
        add(actors, a, 1);
      }
      // Places: a capitalised word after "in/on/at/off/to/from" ("In Lisbon, Mara", "Back on
      // Flores"); the paragraph's opening place weighs as an actor, others as a mention.
      for (const m of sentence.matchAll(PLACE)) {
        const place = m[1] ?? '';
        if (names.has(place) || STOP_WORDS.has(place.toLowerCase())) continue;
        const key = PLACE_KEY + place;
        add(places, key, 1);
        add(weights, key, lead && (m.index ?? 0) < OPENING_CHARS ? ACTOR_WEIGHT : MENTION_WEIGHT);
      }
      if (acting[0]) lastActor = acting[0];
      if (!named) continue;
      for (const w0 of ws) {
        const w = bare(w0);
        if (!acting.includes(w) && names.has(w)) add(weights, w, MENTION_WEIGHT);
      }
      // Age words on a name: "the older Mara", "Mara, now sixty-seven".
      for (let k = 0; k < ws.length; k++) {
        const w = bare(ws[k] ?? '');
        if (!names.has(w)) continue;
        const prevWord = ws[k - 1] ?? '';
        if (OLDER.test(prevWord)) age = 1;
        else if (YOUNGER.test(prevWord)) age = -1;
        else {
          // Past an actor's name in brackets: "Rui (Nuno Lopes), now seventy-nine".
          const at = sentence.indexOf(w);
          const after = at >= 0 ? sentence.slice(at + w.length, at + w.length + 80) : '';
          if (NOW_AGE.test(after.replace(/^\s*\([^)]{0,60}\)/, ''))) age = 1;
        }
      }
    }
  }
  return { weights, actors, age, places };
};

/** The chronological key of an era: years as themselves, "then" before "now". */
interface Timeline {
  key: string;
  era: Era;
  years: number[];
  blocks: number[];
  cast: Map<string, number>;
}

/**
 * Applies the alternating-timeline reading to `out` in place; true when it did (the film is
 * reordered), false when the document does not alternate between timelines.
 */
export const applyTimelines = (
  text: string,
  segments: Segment[],
  out: Placement[],
  names: ReadonlySet<string>,
  base: 'present' | 'past',
  filmYear: number | null = null,
  headedOnly = false,
): boolean => {
  if (segments.length < 4 || names.size === 0) return false;
  // Blocks: paragraphs (a heading's label carries to the paragraphs under it).
  const blocks: Block[] = [];
  let carried: Era | null = null;
  let headingsSeen = false;
  segments.forEach((seg, i) => {
    if (seg.paragraphStart || i === 0 || seg.headed) {
      let era: Era | null = null;
      let headingName: string | null = null;
      if (seg.lead) {
        headingsSeen = true;
        const h = text.slice(seg.lead.start, seg.lead.end);
        era = headingEra(h);
        const hw = words(h);
        if (!era && hw.length <= 2 && hw.some((w) => names.has(bare(w))))
          headingName = bare(hw.find((w) => names.has(bare(w))) ?? '');
        carried = era;
      } else if (headingsSeen && carried) era = carried;
      const y = openingYear(seg);
      // A year opening the paragraph dates it inside a "Then"/"Now" section too (kept apart).
      if (y !== null && (!era || era.kind === 'year')) era = { kind: 'year', year: y };
      const c = seg.cue;
      // "Back in the present", "In the present day" opening the paragraph: the present.
      if (
        !era &&
        c?.kind === 'return' &&
        !c.toOpening &&
        (c.opening || c.start - seg.start <= OPENING_CHARS)
      )
        era = { kind: 'now' };
      const jump =
        !era && c && c.opening && c.days !== null && Math.abs(c.days) >= JUMP_DAYS ? c.days : null;
      blocks.push({
        segs: [i],
        era,
        jump,
        headingName,
        weights: new Map(),
        actors: new Map(),
        age: 0,
        places: new Map(),
      });
    } else blocks[blocks.length - 1]?.segs.push(i);
  });
  if (blocks.length < 4) return false;
  // The eras the paragraphs state (years clustered into timelines).
  const eraYears = blocks.flatMap((b) => (b.era?.kind === 'year' ? [b.era.year] : []));
  const hasThen = blocks.some((b) => b.era?.kind === 'then');
  const hasNow = blocks.some((b) => b.era?.kind === 'now');
  const headed = hasThen && hasNow;
  // Sections each under its own heading ("Sequence 4: The loft"): the page's own units.
  const leads = blocks.filter((b) => segments[b.segs[0] ?? 0]?.lead).length;
  const sectioned = leads >= MIN_SECTIONS && leads >= SECTIONED_SHARE * blocks.length;
  if (headedOnly && !headed && !sectioned) return false;
  const sortedYears = [...new Set(eraYears)].sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const y of sortedYears) {
    const last = clusters[clusters.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev !== undefined && y - prev < CLUSTER_YEARS) last.push(y);
    else clusters.push([y]);
  }
  // An undated present: "Now"/"The present" or a return to it, or named paragraphs opening
  // the story before a first year far before the film's own.
  const firstDatedBlock = blocks.findIndex((b) => b.era?.kind === 'year');
  const firstYear = blocks[firstDatedBlock]?.era;
  const opensUndated =
    !hasNow &&
    firstDatedBlock > 0 &&
    firstYear?.kind === 'year' &&
    (filmYear === null || firstYear.year < filmYear - PRESENT_GAP_YEARS);
  // Cheap test first: two eras or more (the present counted) before any sentence is read.
  if (!headed && clusters.length + (hasNow || opensUndated ? 1 : 0) < 2) return false;
  blocks.forEach((b) => Object.assign(b, readBlock(text, segments, b.segs, names, base)));
  /** One reading; false (and `out` untouched) when the document does not alternate. */
  const attempt = (implicitNow: boolean): boolean => {
    const undatedNow = !headed && (hasNow || implicitNow);
    if (!headed && clusters.length + (undatedNow ? 1 : 0) < 2) return false;
    // Timelines: "Then"/"Now" sections when a document is headed so; otherwise year clusters.
    const timelines: Timeline[] = headed
      ? [
          { key: 'then', era: { kind: 'then' }, years: [], blocks: [], cast: new Map() },
          { key: 'now', era: { kind: 'now' }, years: [], blocks: [], cast: new Map() },
        ]
      : clusters.map((c) => ({
          key: String(c[0]),
          era: { kind: 'year', year: c[0] ?? 0 },
          years: c,
          blocks: [],
          cast: new Map(),
        }));
    const nowIndex = headed ? 1 : undatedNow ? timelines.length : -1;
    if (undatedNow)
      timelines.push({ key: 'now', era: { kind: 'now' }, years: [], blocks: [], cast: new Map() });
    const timelineOfEra = (era: Era | null, carry: Era | null): number | null => {
      if (!era) return null;
      if (headed) {
        if (era.kind === 'then') return 0;
        if (era.kind === 'now') return 1;
        // A year inside a headed document: the section's own label decides.
        return carry?.kind === 'then' ? 0 : carry?.kind === 'now' ? 1 : null;
      }
      if (era.kind === 'now') return nowIndex >= 0 ? nowIndex : null;
      if (era.kind !== 'year') return null;
      const k = timelines.findIndex((t) => t.years.includes(era.year));
      return k >= 0 ? k : null;
    };
    // Headed documents: the section label of each block (for years inside sections).
    const section: (Era | null)[] = [];
    {
      let cur: Era | null = null;
      for (const b of blocks) {
        const first = segments[b.segs[0] ?? 0];
        if (first?.lead) cur = headingEra(text.slice(first.lead.start, first.lead.end));
        section.push(cur);
      }
    }
    // Pass 1: dated blocks teach their timeline its people.
    const dated: (number | null)[] = blocks.map((b, k) => timelineOfEra(b.era, section[k] ?? null));
    const learn = (t: Timeline, b: Block): void => {
      for (const [n, w] of b.actors) t.cast.set(n, (t.cast.get(n) ?? 0) + w);
    };
    blocks.forEach((b, k) => {
      const t = dated[k];
      if (t === null || t === undefined) return;
      const tl = timelines[t] as Timeline;
      learn(tl, b);
      // A dated paragraph's places are its timeline's (learned only there: places recur).
      for (const [n, w] of b.places) tl.cast.set(n, (tl.cast.get(n) ?? 0) + w);
    });
    const share = (t: number, n: string): number => {
      let all = 0;
      for (const tl of timelines) all += tl.cast.get(n) ?? 0;
      return all > 0 ? (timelines[t]?.cast.get(n) ?? 0) / all : 0;
    };
    // Pass 2: every block in text order.
    const assigned: number[] = [];
    let prev: number | null = null;
    const firstDated = dated.findIndex((d) => d !== null);
    blocks.forEach((b, k) => {
      let t = dated[k] ?? null;
      if (t === null && b.jump !== null && prev !== null) {
        // "Decades earlier" opening a paragraph: the timeline nearest that distance away.
        const from = timelines[prev];
        const fromYear = from?.era.kind === 'year' ? from.era.year : null;
        if (fromYear !== null) {
          const target = fromYear + b.jump / DAYS_PER_YEAR;
          let best = -1;
          timelines.forEach((tl, j) => {
            if (tl.era.kind !== 'year') return;
            const bt = timelines[best];
            if (
              best < 0 ||
              (bt?.era.kind === 'year' &&
                Math.abs(tl.era.year - target) < Math.abs(bt.era.year - target))
            )
              best = j;
          });
          if (best >= 0 && best !== prev) t = best;
        }
      }
      let ageDecided = false;
      if (t === null) {
        const scores = timelines.map((_, j) => {
          let s = 0;
          for (const [n, w] of b.weights) s += w * share(j, n);
          if (b.headingName) s += HEADING_NAME_WEIGHT * share(j, b.headingName);
          return s;
        });
        const involved = scores.map((s, j) => (s > 0 ? j : -1)).filter((j) => j >= 0);
        if (b.age !== 0 && involved.length >= 2) {
          // The older self: the latest of the timelines its people live in; the younger, earliest.
          t = b.age > 0 ? (involved[involved.length - 1] ?? null) : (involved[0] ?? null);
          ageDecided = true;
        } else {
          let best = -1;
          let bestScore = 0;
          let second = 0;
          scores.forEach((s, j) => {
            if (s > bestScore) {
              second = bestScore;
              bestScore = s;
              best = j;
            } else if (s > second) second = s;
          });
          if (best >= 0 && bestScore > second) t = best;
        }
      }
      // No evidence: the timeline of the paragraph before (before any, the first dated one's).
      if (t === null) t = prev ?? (implicitNow ? nowIndex : (dated[firstDated] ?? 0));
      assigned.push(t);
      const tl = timelines[t];
      if (tl) {
        tl.blocks.push(k);
        // An older or younger self does not make its person the other timeline's.
        if (dated[k] === null && !ageDecided) learn(tl, b);
      }
      prev = t;
    });
    // Alternation: switches, a timeline returned to, every timeline two blocks and its own people.
    let switches = 0;
    const runs = new Map<number, number>();
    assigned.forEach((t, k) => {
      if (k === 0 || t !== assigned[k - 1]) {
        if (k > 0) switches++;
        runs.set(t, (runs.get(t) ?? 0) + 1);
      }
    });
    if (switches < MIN_SWITCHES || ![...runs.values()].some((r) => r >= 2)) return false;
    const live = timelines.map((tl, j) => ({ tl, j })).filter(({ tl }) => tl.blocks.length > 0);
    if (live.length < 2) return false;
    for (const { tl, j } of live) {
      if (tl.blocks.length < 2) return false;
      const own = (n: string): boolean => !n.startsWith(PLACE_KEY) && share(j, n) >= OWN_SHARE;
      if (![...tl.cast.keys()].some(own)) return false;
    }
    // Order: the timelines by era; each in text order; every one wholly before the next.
    const eraDays = (tl: Timeline): number | null => {
      if (tl.era.kind !== 'year') return null;
      const ys = [...tl.years].sort((a, b) => a - b);
      return (ys[0] ?? 0) * DAYS_PER_YEAR;
    };
    const order = live.map(({ j }) => j);
    if (!headed)
      order.sort(
        (a, b) =>
          (eraDays(timelines[a] as Timeline) ?? Infinity) -
          (eraDays(timelines[b] as Timeline) ?? Infinity),
      );
    const latest = order[order.length - 1] ?? 0;
    const latestDays = eraDays(timelines[latest] as Timeline);
    let floor = -Infinity;
    // Placed from the latest back would need the spans first: place forward from the earliest.
    const lastDated = order.map((j) => eraDays(timelines[j] as Timeline)).filter((d) => d !== null);
    const ref = latestDays ?? (lastDated[lastDated.length - 1] ?? 0) + UNDATED_THEN_DAYS;
    const origin = (j: number): number => {
      const d = eraDays(timelines[j] as Timeline);
      if (d !== null) return d - ref;
      return j === latest ? 0 : -UNDATED_THEN_DAYS;
    };
    for (const j of order) {
      const tl = timelines[j];
      if (!tl) continue;
      let clock = Math.max(origin(j), floor + STEP);
      for (const k of tl.blocks) {
        const b = blocks[k];
        if (!b) continue;
        const s0 = b.segs[0] ?? 0;
        const p0 = out[s0];
        if (!p0) continue;
        const orig0 = p0.t;
        const t0 = clock + STEP;
        let last = t0;
        b.segs.forEach((s, n) => {
          const p = out[s];
          if (!p) return;
          if (n === 0) {
            p.t = t0;
            p.kind = j === latest ? 'present' : 'flashback';
            return;
          }
          const off = p.t - orig0;
          // Told past inside the paragraph ("Rui died in 2011") keeps its distance back.
          if ((p.kind === 'recounted' || p.kind === 'flashback') && off < -30) {
            p.t = t0 + off;
            return;
          }
          p.t = Math.max(last + STEP, off > 0 && off < DAYS_PER_YEAR ? t0 + off : -Infinity);
          if (p.kind === 'present' || p.kind === 'flashback')
            p.kind = j === latest ? 'present' : 'flashback';
          last = p.t;
        });
        clock = last;
      }
      floor = clock;
    }
    return true;
  };
  // An undated opening that proves to have no people of its own was not a present after all.
  return attempt(opensUndated) || (opensUndated && attempt(false));
};
