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
    if (told.length === 0) continue;
    const toldYears = told.flatMap((k) => years(paraText[k] ?? ''));
    const frameYears = frame.flatMap((k) => years(paraText[k] ?? ''));
    if (toldYears.length === 0) continue;
    if (frameYears.some((y) => y <= Math.max(...toldYears))) continue;
    const openingSegs = paras[opening] ?? [];
    const frameStart = Math.min(...openingSegs.map((i) => out[i]?.t ?? Infinity));
    const toldSegs = told.flatMap((k) => paras[k] ?? []);
    // The reading before saw the told past already: leave it.
    if (toldSegs.some((i) => (out[i]?.t ?? Infinity) < frameStart)) return;
    const ordered = [...toldSegs].sort((a, b) => (out[a]?.t ?? 0) - (out[b]?.t ?? 0) || a - b);
    const span = STEP / 2;
    ordered.forEach((i, k) => {
      const p = out[i];
      if (!p) return;
      p.t = frameStart - span + ((k + 1) * span) / (ordered.length + 1);
      p.kind = 'flashback';
    });
    return;
  }
};
