import type { Segment } from './segment';
import type { Placement } from './order';
import { STEP, STOP_WORDS } from './text';

/**
 * Part of stage 6 (order), a last pass: a frame the film comes back to by its place. An opening
 * paragraph sets someone in a place and has them tell or remember ("The film begins in a care
 * home, where Magnus, ninety-one, tells a nurse he was the last keeper of the light"); the
 * paragraphs after it tell a dated past in the same tense as the frame ("His story begins in
 * 1936, when Magnus is sent to the lighthouse"); later paragraphs come back to the frame's place
 * ("Halfway through, the film returns to the care home", "Back in the care home, ...", "in the
 * care home again"). The paragraphs between the frame's opening and its last return that do not
 * name the frame's place are the told past: they move, in their order, before the frame's
 * opening, and the frame's paragraphs keep theirs.
 *
 * It fires only where the reading before it saw none of this (every told paragraph still placed
 * after the frame's opening), the frame's opening tells of a past or remembers ("tells her he
 * was", "tells him about", "recalls"; not "tells her father she is leaving"), the told
 * paragraphs name a year and the frame none as early. Negatives: "Back at the farm, ..." after a journey told in
 * order (no telling in the opening, or no year in between) moves nothing; a return to a place
 * first named inside the told past ("We go back to the rock") finds no frame before it.
 *
 * The same for a present-day frame left and come back to by its person: an opening "In
 * present-day Cape Town, Thandiwe ..." whose people the next paragraphs do not name, until a
 * paragraph opens on one of them again ("Thandiwe stops the machine"); the paragraphs between,
 * dated decades before the latest year the page names, are what the frame hears or reads, and
 * however the reading before split them, all of them lie before the frame's opening, in the
 * order it gave them (a story told inside a story inside the frame keeps its own nesting).
 * Negatives: a present-day opening whose next paragraph goes on with its own people; years in
 * between within twenty years of the latest the page names (a present-day subplot of 2019).
 * Shape: applyFrameReturns(text, segments, out) adjusts `out` (t and kind) in place.
 */

/** "the film returns to the care home", "we cut back to the hotel room": the place words. */
const FILM_RETURNS =
  /\b(?:film|story|narrative|action|camera|we|it)\s+(?:then\s+|now\s+|finally\s+)?(?:returns?|goes back|go back|cuts? back|comes? back|moves? back|switch(?:es)? back)\s+to\s+(?:the|his|her|their|its)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/iu;
/** "Back in the care home, ...", "back at the cottage": the place words. */
const BACK_AT =
  /\bback\s+(?:in|at|inside|on)\s+(?:the|his|her|their)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/iu;
/** "in the care home again", "at the bedside once more": the place words. */
const AT_AGAIN =
  /\b(?:in|at|inside)\s+(?:the|his|her|their)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s*,?\s+(?:again|once more)\b/iu;
/** The frame's opening tells or remembers. */
const TELLING =
  /\b(?:recounts?|recalls?|remembers?|reminisces?|narrates?|looks back on|(?:tells?|told|telling|relates?|begins? to tell|starts? to tell)(?:\s+[\p{L}'’,-]+){0,6}?\s+(?:about|of|how|story|stories|life|youth|childhood|was|were|had))\b/iu;
/** A year of the story-world. */
const YEAR = /\b(1[5-9]\d\d|20\d\d)\b(?!s)/g;
/** Words that end a place phrase. */
const PLACE_END = new Set([...STOP_WORDS, 'again', 'once', 'more', 'where', 'which', 'who']);
/** Words that name no place ("returns to the present", "back at the start"). */
const NOT_PLACE =
  /^(?:present|past|story|beginning|start|end|opening|frame|day|days|night|morning|evening|time|moment|scene|film|point|question|matter|subject|tape|letters?|diary|book)$/i;

const placeWords = (phrase: string | undefined): string | null => {
  if (!phrase) return null;
  const out: string[] = [];
  for (const w of phrase.toLowerCase().split(/\s+/)) {
    if (PLACE_END.has(w)) break;
    out.push(w);
  }
  const last = out[out.length - 1];
  if (!last || NOT_PLACE.test(last)) return null;
  return out.join(' ');
};

/** The place a paragraph's text comes back to, or null. */
export const frameReturnPlace = (para: string): string | null => {
  for (const re of [FILM_RETURNS, BACK_AT, AT_AGAIN]) {
    const w = placeWords(re.exec(para)?.[1]);
    if (w) return w;
  }
  return null;
};

const years = (s: string): number[] => [...s.matchAll(YEAR)].map((m) => Number(m[1]));

const namesPlace = (para: string, place: string): boolean =>
  new RegExp(`\\b${place.replace(/[^\p{L}'’ -]/gu, '')}\\b`, 'iu').test(para);

/** Moves the told paragraphs' segments, in their present order, just before the frame's opening. */
const moveTold = (
  paras: number[][],
  opening: number,
  told: number[],
  out: Placement[],
  unread: boolean,
): boolean => {
  const openingSegs = paras[opening] ?? [];
  const frameStart = Math.min(...openingSegs.map((i) => out[i]?.t ?? Infinity));
  const toldSegs = told.flatMap((k) => paras[k] ?? []);
  // The reading before placed all the told past before the frame already: leave it. With
  // `unread`, leave it too when the reading placed any of it there (it read the telling its way).
  const before = toldSegs.filter((i) => (out[i]?.t ?? -Infinity) < frameStart).length;
  if (before === toldSegs.length || (unread && before > 0)) return false;
  const ordered = [...toldSegs].sort((a, b) => (out[a]?.t ?? 0) - (out[b]?.t ?? 0) || a - b);
  const span = STEP / 2;
  ordered.forEach((i, k) => {
    const p = out[i];
    if (!p) return;
    p.t = frameStart - span + ((k + 1) * span) / (ordered.length + 1);
    p.kind = 'flashback';
  });
  return true;
};

/** The told years are all earlier than any year the frame names. */
const toldEarlier = (paraText: string[], frame: number[], told: number[]): boolean => {
  const toldYears = told.flatMap((k) => years(paraText[k] ?? ''));
  const frameYears = frame.flatMap((k) => years(paraText[k] ?? ''));
  return toldYears.length > 0 && !frameYears.some((y) => y <= Math.max(...toldYears));
};

/**
 * The frame's paragraphs, in text order, go on one after another: a return the reading before
 * left inside the told past (as the telling's last scene) moves just after the frame paragraph
 * before it, with that paragraph's kind.
 */
const keepFrameOrder = (paras: number[][], frame: number[], out: Placement[]): boolean => {
  let changed = false;
  for (let f = 1; f < frame.length; f++) {
    const prev = paras[frame[f - 1] ?? -1] ?? [];
    const segs = paras[frame[f] ?? -1] ?? [];
    const prevEnd = Math.max(...prev.map((i) => out[i]?.t ?? -Infinity));
    if (!segs.some((i) => (out[i]?.t ?? Infinity) <= prevEnd)) continue;
    const later = out.map((p) => p.t).filter((x) => x > prevEnd);
    const hi = Math.min(prevEnd + STEP, ...later);
    const kind = out[prev[0] ?? -1]?.kind;
    segs.forEach((i, k) => {
      const p = out[i];
      if (!p) return;
      p.t = prevEnd + ((k + 1) * (hi - prevEnd)) / (segs.length + 1);
      if (kind) p.kind = kind;
    });
    changed = true;
  }
  return changed;
};

/** Capitalised words inside a paragraph's sentences (not their first word): its names. */
const namesIn = (para: string): Set<string> => {
  const out = new Set<string>();
  for (const m of para.matchAll(/(?<=[\p{L},;:'’)] )(\p{Lu}[\p{L}'’-]{2,})/gu)) {
    const w = (m[1] ?? '').replace(/['’]s$/u, '');
    if (!STOP_WORDS.has(w.toLowerCase()) && !MONTH.test(w)) out.add(w);
  }
  return out;
};
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A present-day opening ("In present-day Cape Town, Thandiwe ...") whose people are absent from
 * the paragraphs after it and come back later ("Thandiwe stops the machine"): those paragraphs,
 * dated earlier, are what the frame plays, reads or hears.
 */
const PRESENT_OPENING =
  /^(?:[^.!?]{0,30}?\b)?(?:(?:in|at) (?:the )?present[- ]day\b|in the present\b|today\b|nowadays\b|in modern[- ]day\b)/i;

/** How far the told past lies before the latest year the page names (a release year, a label). */
const PRESENT_FRAME_GAP_YEARS = 20;

const applyPresentFrame = (
  text: string,
  paras: number[][],
  paraText: string[],
  out: Placement[],
): boolean => {
  const opening = paraText.findIndex((s, k) => k < 4 && PRESENT_OPENING.test(s));
  if (opening < 0) return false;
  const next = paraText[opening + 1] ?? '';
  const own = [...namesIn(paraText[opening] ?? '')].filter(
    (w) => !new RegExp(`\\b${w}\\b`, 'u').test(next),
  );
  if (own.length === 0) return false;
  // The frame's person acting again opens a paragraph: "Thandiwe stops the machine."
  const opensOn = (k: number) =>
    own.some((w) => new RegExp(`^(?:[^.!?]{0,25}?, )?${w}\\b`, 'u').test(paraText[k] ?? ''));
  let back = -1;
  for (let k = opening + 2; k < paraText.length; k++)
    if (opensOn(k)) {
      back = k;
      break;
    }
  if (back < 0) return false;
  const told: number[] = [];
  for (let k = opening + 1; k < back; k++) told.push(k);
  if (!toldEarlier(paraText, [opening, back], told)) return false;
  // "Present-day" is decades after the told past: the page names a year that much later.
  const toldMax = Math.max(...told.flatMap((k) => years(paraText[k] ?? '')));
  if (Math.max(...years(text)) - toldMax < PRESENT_FRAME_GAP_YEARS) return false;
  const moved = moveTold(paras, opening, told, out, false);
  return keepFrameOrder(paras, [opening, back], out) || moved;
};

export const applyFrameReturns = (text: string, segments: Segment[], out: Placement[]): void => {
  // Paragraphs as runs of segment indices.
  const paras: number[][] = [];
  segments.forEach((seg, i) => {
    if (seg.paragraphStart || paras.length === 0) paras.push([i]);
    else paras[paras.length - 1]?.push(i);
  });
  const paraText = paras.map((p) => {
    const a = segments[p[0] ?? 0];
    const b = segments[p[p.length - 1] ?? 0];
    return a && b ? text.slice(a.start, b.end) : '';
  });
  const returns = paraText.map((s) => frameReturnPlace(s));
  for (let r = 0; r < paras.length; r++) {
    const place = returns[r];
    if (!place) continue;
    const opening = paraText.findIndex((s, k) => k < r && namesPlace(s, place));
    if (opening < 0 || opening + 1 >= r) continue;
    if (!TELLING.test(paraText[opening] ?? '')) continue;
    const lastReturn = returns.reduce((acc, w, k) => (w === place && k > acc ? k : acc), r);
    const frame: number[] = [];
    const told: number[] = [];
    for (let k = opening; k <= lastReturn; k++) {
      if (k === opening || returns[k] === place || namesPlace(paraText[k] ?? '', place))
        frame.push(k);
      else told.push(k);
    }
    if (told.length === 0 || !toldEarlier(paraText, frame, told)) continue;
    const moved = moveTold(paras, opening, told, out, true);
    // One frame by its place; a present-day frame around it is read after.
    if (keepFrameOrder(paras, frame, out) || moved) break;
  }
  applyPresentFrame(text, paras, paraText, out);
};
