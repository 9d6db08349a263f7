import type { Segment } from './segment';
import { findCue, type TimeCue } from './time';

/**
 * Part of stage 4 (segment): a time caption that closes its paragraph ("Screen goes black.
 * Caption: SIX MONTHS EARLIER.", "...and the picture freezes. A title card reads "Two years
 * before".", "... Then it cuts to: Ten years later.") is too short to be a scene of its own, so
 * the paragraph split leaves it at the end of the scene it follows. It is the film's cut to what
 * the next paragraph tells: that paragraph's first segment takes its cue.
 */

/** The words a caption's time follows: "Caption:", "A title card reads", "it cuts to". */
const CAPTION_LEAD =
  /^\s*(?:(?:then|and|next|now)\s*,?\s+)?(?:(?:comes\s+)?(?:(?:a|an|the)\s+)?(?:(?:title|opening|black|white)\s+)?(?:title card|caption|card|intertitle|on-screen (?:title|text|caption)|super(?:imposed)?(?: title)?|subtitle|screen)\s*(?:(?:that\s+)?(?:reads|says|announces|appears)\s*:?|reading|saying|:)|(?:the (?:film|story|movie)|it|we)\s+(?:then\s+|now\s+)?(?:jumps?|cuts?|skips?|goes|go|flashes|rewinds?)(?:\s+back)?\s+to\s*:?)\s*["“‘]?$/iu;

/** What may follow a caption's time in its sentence: its closing marks. */
const CAPTION_TAIL = /^[\s"”’'.!?…]*$/u;

/** Kinds of cue a closing caption hands on: a jump in time. */
const HANDED = new Set<TimeCue['kind']>(['back', 'forward', 'year']);

/** The cue of a caption that is the whole of the sentence `[start, end)`, or null. */
export const closingCaptionCue = (text: string, start: number, end: number): TimeCue | null => {
  const cue = findCue(text, start, end);
  if (!cue || !HANDED.has(cue.kind)) return null;
  if (!CAPTION_TAIL.test(text.slice(cue.end, end))) return null;
  const lead = text.slice(start, cue.start);
  if (!/^\s*["“‘]?$/u.test(lead) && !CAPTION_LEAD.test(lead)) return null;
  return cue;
};

/**
 * Hands a caption closing a paragraph on to the next paragraph's first segment, when that
 * segment opens on no jump of its own. The segment the caption closes loses the cue if it took it.
 */
export const handOnClosingCaptions = (text: string, segments: Segment[]): Segment[] => {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < out.length; i++) {
    const seg = out[i];
    const next = out[i + 1];
    if (!seg || !next || !next.paragraphStart || seg.sentences.length < 2) continue;
    if (next.cue && next.cue.kind !== 'forward') continue;
    const last = seg.sentences[seg.sentences.length - 1];
    if (!last) continue;
    const cue = closingCaptionCue(text, last.start, last.end);
    if (!cue) continue;
    // Only what lies between the caption and the next paragraph is blank.
    if (text.slice(last.end, next.start).trim() !== '') continue;
    next.cue = { ...cue, opening: true };
    if (seg.cue && seg.cue.start === cue.start) seg.cue = null;
  }
  return out;
};
