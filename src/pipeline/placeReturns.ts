import type { Segment } from './segment';
import type { Placement } from './order';
import { firstFiniteVerb, STEP } from './text';

/**
 * Part of stage 6 (order), a last pass: a return to the main line cued by one of its places.
 * After a flashback told somewhere else (Patagonia in 1981), a paragraph opening "Back in
 * Cardiff, Rhian ...", "Meanwhile, at the farm, Gareth ...", "Back at the house" or "In the
 * present-day flat, ..." is the main line again, when the place was named in the main line
 * before the flashback and not in the flashback itself, and the sentence goes on in the present
 * tense. Such a paragraph (with the rest of its paragraph) sits just after the main line's last
 * moment before it, so a told clause in it ("Gareth admits that Eluned came home in May 1982")
 * no longer carries it back with the flashback.
 *
 * Negatives: "Back in Cardiff" after a paragraph of the main line (a character simply coming
 * home) moves nothing, since only a segment placed in the past is moved; a place the flashback
 * also names ("Back in the kitchen" when the memory was in that kitchen) stays in the flashback;
 * "Back in 1981, she ..." names no place; a sentence in the past tense ("Back at the farm,
 * Gareth had ...") stays.
 * Shape in/out: the segments and their placements (order.ts), changed in place.
 */

/** "Back in Cardiff,", "Meanwhile, back at the farm,", "In the present-day flat,": the place words. */
const PLACE_RETURN =
  /^(?:(?:meanwhile|now|and),? )?(?:(?:back|once more|again) (?:in|at|on|inside)|meanwhile,? (?:back )?(?:in|at|on)|(?:in|at) (?:the )?present[- ]day|in today['’]s|in the present,? (?:in|at))\s+((?:the |her |his |their )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?)\s*[,:—–]/iu;
/** Words of a place phrase that name no place. */
const NOT_PLACE = new Set(['present', 'past', 'time', 'meantime', 'end', 'day', 'days']);
/** Words before a place's own words. */
const ARTICLES = new Set(['the', 'her', 'his', 'their']);

/** The words of the place a paragraph's opening returns to, or null. */
export const placeReturnWords = (sentence: string): string[] | null => {
  const m = PLACE_RETURN.exec(sentence.slice(0, 90));
  const place = m?.[1];
  if (!place || /\d/.test(place)) return null;
  const words = place
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !ARTICLES.has(w));
  if (words.length === 0 || words.some((w) => NOT_PLACE.has(w))) return null;
  const rest = sentence.slice((m?.index ?? 0) + (m?.[0].length ?? 0));
  return firstFiniteVerb(rest)?.tense === 'present' ? words : null;
};

const names = (text: string, seg: Segment, words: string[]): boolean => {
  const s = text.slice(seg.start, seg.end).toLowerCase();
  return words.every((w) => new RegExp(`\\b${w.replace(/[^\p{L}'’-]/gu, '')}\\b`, 'u').test(s));
};

/**
 * For the main pass: inside a flashback opened at segment `opened`, a segment opening "Back in
 * the green room, Hallam tells ..." (present tense) returns to the main line when the flashback
 * never named that place and no past scene before it did either: a place of the main line, or
 * one named first on the return (the frame's room, called by another name).
 */
export const placeReturnOpens = (
  text: string,
  segments: readonly Segment[],
  out: readonly Placement[],
  i: number,
  opened: number,
): boolean => {
  const seg = segments[i];
  const head = seg?.sentences[0];
  if (!head || opened < 0 || opened >= i) return false;
  const words = placeReturnWords(text.slice(head.start, head.end));
  if (!words) return false;
  for (let j = 0; j < i; j++) {
    const sj = segments[j];
    if (sj && (j >= opened || out[j]?.kind !== 'present') && names(text, sj, words)) return false;
  }
  return true;
};

export const applyPlaceReturns = (text: string, segments: Segment[], out: Placement[]): void => {
  // Cheap: a document without a return word has nothing to do.
  if (!/\b(?:back|meanwhile|present[- ]day|today['’]s|present,)/i.test(text)) return;
  segments.forEach((seg, i) => {
    const p = out[i];
    const head = seg.sentences[0];
    if (!seg.paragraphStart || !p || p.kind === 'present' || !head) return;
    const words = placeReturnWords(text.slice(head.start, head.end));
    if (!words) return;
    // The flashback before it: the segments back to the main line's last one.
    let main = i - 1;
    while (main >= 0 && out[main]?.kind !== 'present') main--;
    if (main < 0 || main === i - 1) return;
    for (let j = main + 1; j < i; j++) {
      const sj = segments[j];
      if (sj && names(text, sj, words)) return;
    }
    let seen = false;
    for (let j = main; j >= 0 && !seen; j--) {
      const sj = segments[j];
      if (sj && out[j]?.kind === 'present' && names(text, sj, words)) seen = true;
    }
    if (!seen) return;
    const from = out[main]?.t ?? 0;
    const later = out.find((q, k) => k > i && q.kind === 'present' && q.t > from)?.t;
    // The paragraph's segments placed with it come back with it, in text order (not a told
    // clause placed elsewhere).
    const moved = [i];
    for (let k = i + 1; k < segments.length && segments[k]?.paragraphStart === false; k++) {
      const q = out[k];
      if (q && q.kind === p.kind && Math.abs(q.t - p.t) < 1) moved.push(k);
    }
    const step = later === undefined ? STEP : Math.min(STEP, (later - from) / (moved.length + 1));
    moved.forEach((k, n) => {
      const q = out[k];
      if (!q) return;
      q.t = from + step * (n + 1);
      q.kind = 'present';
    });
  });
};
