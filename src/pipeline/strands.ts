import type { Segment } from './segment';
import { tenseProfile } from './text';

/**
 * Part of stage 6 (order): strands of one day that converge on one moment. A film told as
 * several strands ("Earlier that morning, across town, ...", "That same morning, on the other
 * side of the city, ...") tells one strand up to a moment (an accident, a shot), then restarts
 * with another strand that reaches the same moment again. A restart goes back to the start of
 * the day the first strand began (not before everything), each strand's scenes spread over the
 * same stretch of the morning, the moment told again is the one moment, and what follows a
 * retelling continues from that moment. A rewind that never reaches a moment told before it is
 * an ordinary flashback and is left alone.
 * Shape in/out: the placements of order.ts (time `t` and kind per segment), changed in place.
 */

/** The placement fields this pass reads and moves (order.ts's Placement). */
interface Placed {
  t: number;
  kind: string;
}

/** A same-day rewind cue that restarts the telling ("Earlier that morning", "Earlier that day"). */
const REWIND_CUE =
  /^(?:earlier (?:that|this|on the same|the same|in the) (?:day|morning|afternoon|evening)|earlier,?)$/i;
/**
 * A new strand opening without a rewind word: the same day ("That same morning, across town"),
 * elsewhere at once ("Meanwhile, on the other side of the city"), or the telling turning to
 * someone ("The film now follows Ezra", "The third section belongs to the cyclist").
 */
const STRAND_OPENING =
  /^\s*(?:(?:on )?(?:that|the) (?:very )?same (?:day|morning|afternoon|evening)\b|meanwhile,? (?:across|on the other side|at the other end|elsewhere|in another part)\b|the (?:film|story|narrative|camera|second|third|fourth|next|final|last)(?: \p{L}+)? (?:now |then )?(?:follows|turns to|shifts to|belongs to|switches to|picks up)\b|(?:the )?(?:second|third|fourth|next|final|last) (?:part|section|chapter|strand|segment|story) (?:follows|belongs to|turns to|is told by)\b)/iu;
/** A strand reaches its moment within this many segments of its restart. */
const MAX_STRAND = 15;
/** The moment a strand converges on is told in the last segments before the restart. */
const MOMENT_LOOKBACK = 3;
/** Content words two tellings of one moment share, at least, and as a share of the shorter. */
const MIN_SHARED = 5;
const MIN_SCORE = 0.4;
/** Story time between the tellings of one moment (one moment: far less than a scene step). */
const TIE = 1e-4;

/** True when the segment restarts the day as a new strand. */
const isRestart = (text: string, seg: Segment): boolean => {
  const cue = seg.cue;
  // A rewind of the film itself or a viewpoint told from the opening is order.ts's own.
  // "An hour earlier" is measured, and order.ts's clock and caption rules place it.
  if (cue?.kind === 'back') return REWIND_CUE.test(cue.text.trim());
  if (cue) return false;
  return STRAND_OPENING.test(text.slice(seg.start, Math.min(seg.end, seg.start + 80)));
};

/** Content words a retelling shares with the moment's last sentences, at least. */
const MIN_MOMENT_SHARED = 4;
const MIN_MOMENT_SCORE = 0.25;

/** Words too common to tell one moment from another. */
const MOMENT_STOP = new Set(
  (
    'that this with from into then than when while what where which their there they them have ' +
    'been were will would could should about after before again just only very more most some ' +
    'over under still also even back once film scene time same other another'
  ).split(' '),
);

/** The content words of a stretch of text: four letters or more, a plural's "s" dropped. */
const momentWords = (s: string): Set<string> => {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[a-z]{4,}/g) ?? [])
    if (!MOMENT_STOP.has(w)) out.add(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  return out;
};

/** The words of the last two sentences of a segment (where its strand reaches the moment). */
const endingWords = (text: string, seg: Segment): Set<string> => {
  const last = seg.sentences.slice(-2);
  return momentWords(text.slice(last[0]?.start ?? seg.start, seg.end));
};

/** Words of `w` found in `set`. */
const sharedWith = (w: Set<string>, set: Set<string>): number => {
  let n = 0;
  for (const x of w) if (set.has(x)) n++;
  return n;
};

const tellsMoment = (w: Set<string>, ending: Set<string>): boolean => {
  const shared = sharedWith(w, ending);
  return shared >= MIN_MOMENT_SHARED && shared / Math.min(w.size, ending.size) >= MIN_MOMENT_SCORE;
};

/**
 * The first sentence (from `from`) of `sj` that tells the moment `sm` ended on (alone, or with
 * the sentence after it, then the one of the two sharing more), or -1: long paragraphs share too
 * small a part of their words for that, the moment's sentences do not.
 */
export const retellsEnding = (
  text: string,
  sj: Segment | undefined,
  sm: Segment | undefined,
  from = 0,
): number => {
  if (!sj || !sm) return -1;
  const ending = endingWords(text, sm);
  if (ending.size < MIN_MOMENT_SHARED) return -1;
  const words = sj.sentences.map((r) => momentWords(text.slice(r.start, r.end)));
  for (let q = from; q < words.length; q++)
    if (tellsMoment(words[q] ?? new Set(), ending)) return q;
  for (let q = from; q + 1 < sj.sentences.length; q++) {
    const a = sj.sentences[q];
    const b = sj.sentences[q + 1];
    if (!a || !b) continue;
    if (!tellsMoment(momentWords(text.slice(a.start, b.end)), ending)) continue;
    const sa = sharedWith(words[q] ?? new Set(), ending);
    const sb = sharedWith(words[q + 1] ?? new Set(), ending);
    return sb > sa ? q + 1 : q;
  }
  return -1;
};

/** Cuts a segment before sentence `q` when both parts are long enough, else null. */
const cutAt = (text: string, sg: Segment, q: number): [Segment, Segment] | null => {
  const at = sg.sentences[q]?.start ?? -1;
  if (q <= 0 || at - sg.start < MIN_PIECE || sg.end - at < MIN_PIECE) return null;
  const head = sg.sentences.slice(0, q);
  return [
    {
      ...sg,
      end: head[head.length - 1]?.end ?? at,
      sentences: head,
      tense: tenseProfile(text, sg.start, at),
    },
    {
      start: at,
      end: sg.end,
      cue: null,
      paragraphStart: false,
      sentences: sg.sentences.slice(q),
      tense: tenseProfile(text, at, sg.end),
    },
  ];
};

/** A strand's paragraph is cut before its retold moment only if both parts are this long. */
const MIN_PIECE = 40;

/**
 * A strand told in one paragraph that reaches the moment told before ("Odd is still on the quay
 * when the horn sounds twice and the rope snaps") is cut before that sentence, and so is the
 * paragraph that told the moment first, so that each strand's morning and the moment can sit at
 * their own times. Only a paragraph that opens a new strand and a moment told at the end of an
 * earlier paragraph count; other paragraphs are left whole.
 */
export const splitAtRetoldMoments = (text: string, segments: Segment[]): Segment[] => {
  if (!segments.some((s, i) => i > 0 && s.paragraphStart && isRestart(text, s))) return segments;
  const out: Segment[] = [];
  // Indices in `out` of the segments that end a paragraph.
  const endings: number[] = [];
  segments.forEach((sg, i) => {
    const next = segments[i + 1];
    const paragraphEnd = !next || next.paragraphStart;
    let cut = -1;
    let moment = -1;
    if (i > 0 && sg.paragraphStart && isRestart(text, sg) && sg.sentences.length >= 2)
      for (let e = endings.length - 1; e >= Math.max(0, endings.length - MOMENT_LOOKBACK); e--) {
        const q = retellsEnding(text, sg, out[endings[e] ?? -1], 1);
        if (q > 0) {
          cut = q;
          moment = endings[e] ?? -1;
          break;
        }
      }
    const pieces = cut > 0 ? cutAt(text, sg, cut) : null;
    if (!pieces) {
      out.push(sg);
      if (paragraphEnd) endings.push(out.length - 1);
      return;
    }
    // The first telling is cut before its own moment sentence too.
    const first = out[moment];
    if (first) {
      const q = retellsEnding(text, first, pieces[1]);
      const firstPieces = q > 0 ? cutAt(text, first, q) : null;
      if (firstPieces) {
        out.splice(moment, 1, ...firstPieces);
        for (let e = 0; e < endings.length; e++)
          if ((endings[e] ?? 0) >= moment) endings[e] = (endings[e] ?? 0) + 1;
      }
    }
    out.push(...pieces);
    if (paragraphEnd) endings.push(out.length - 1);
  });
  return out;
};

/**
 * Re-times strands that converge on one moment. `similar(a, b)` gives the content words two
 * segments share and that share's proportion of the shorter one.
 */
export const applyStrands = (
  text: string,
  segments: Segment[],
  out: Placed[],
  similar: (a: number, b: number) => { score: number; shared: number },
): void => {
  const restarts: number[] = [];
  segments.forEach((s, i) => {
    if (i > 0 && isRestart(text, s)) restarts.push(i);
  });
  if (restarts.length === 0) return;
  // The moment: the segment before the first restart that the first strand retelling matches.
  const tellings: number[] = [];
  const strands: { start: number; meet: number; end: number }[] = [];
  for (let k = 0; k < restarts.length; k++) {
    const r = restarts[k] ?? 0;
    const stop = Math.min(restarts[k + 1] ?? segments.length, r + MAX_STRAND, segments.length);
    const candidates =
      tellings.length > 0
        ? tellings
        : Array.from({ length: Math.min(MOMENT_LOOKBACK, r) }, (_, q) => r - 1 - q);
    let meet = -1;
    let moment = -1;
    for (let j = r + 1; j < stop && meet < 0; j++) {
      if (segments[j]?.cue) continue;
      for (const m of candidates) {
        const sim = similar(j, m);
        if (
          (sim.shared >= MIN_SHARED && sim.score >= MIN_SCORE) ||
          retellsEnding(text, segments[j], segments[m]) >= 0
        ) {
          meet = j;
          moment = m;
          break;
        }
      }
    }
    if (meet < 0) {
      // A rewind that reaches no moment told before: a flashback, and the strands stop here.
      if (tellings.length === 0) return;
      break;
    }
    if (tellings.length === 0) tellings.push(moment);
    tellings.push(meet);
    strands.push({ start: r, meet, end: stop });
  }
  const m1 = tellings[0] ?? 0;
  // The first strand starts after the last forward day step before the moment.
  let f = m1;
  while (f > 0) {
    const cue = segments[f]?.cue;
    if (cue && (cue.kind === 'year' || (cue.kind === 'forward' && (cue.days ?? 1) >= 0.9))) break;
    f--;
  }
  const tF = out[f]?.t ?? 0;
  const tM = Math.max(out[m1]?.t ?? 0, tF + TIE * 100);
  strands.forEach((s, k) => {
    const n = s.meet - s.start;
    for (let j = 0; j < n; j++) {
      const p = out[s.start + j];
      if (!p) continue;
      p.t = tF + ((j + 0.5) / n) * (tM - tF) + TIE * (k + 1);
      p.kind = 'flashback';
    }
    const meet = out[s.meet];
    if (meet) {
      meet.t = tM + TIE * (k + 1);
      meet.kind = 'present';
    }
    // What follows the retelling continues from the moment, up to the next strand or cue.
    let q = 1;
    for (let i = s.meet + 1; i < s.end && !segments[i]?.cue; i++, q++) {
      const p = out[i];
      if (!p) continue;
      p.t = tM + TIE * (k + 1) + (TIE * q) / 20;
      p.kind = 'present';
    }
  });
};
