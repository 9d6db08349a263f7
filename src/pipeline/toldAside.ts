/**
 * Stage 4, segment (read by segment.ts): a jump back told in passing in a past-tense synopsis.
 *
 * "After the burial the mourners went back into the church, and the priest told them that Marta
 * had left a letter with him the previous spring. Her son asked him to read it at once." The
 * distance back ("the previous spring") belongs to the clause the priest tells, in the past
 * perfect; the sentence after it goes on in the simple past with the frame's own people. What
 * is told is an aside of the frame's scene, not a scene of its own: the cue neither splits the
 * paragraph nor places the segment. A told story that goes on ("She told him that she had seen
 * Vic two nights before. She had followed him to the quay ...") keeps its cue: the sentence
 * after it is in the past perfect too.
 */
import type { Range } from './text';
import type { TimeCue } from './time';
import { findCue, RECOUNT } from './time';

/** A telling verb handing over a "that" or "how" clause in the words before a cue. */
const TOLD_THAT = new RegExp(`${RECOUNT.source}[^.;:!?]{0,40}?\\b(?:that|how)\\b`, 'i');

/**
 * True when `cue`, a jump back inside the sentence `sentence` (starting at `start`), lies in a
 * told clause and a next sentence not in the past perfect follows (`nextPlain`).
 */
export const toldInPassing = (
  sentence: string,
  start: number,
  cue: TimeCue | null,
  nextPlain: boolean,
): boolean => {
  if (!cue || cue.kind !== 'back' || cue.opening || !nextPlain) return false;
  const lead = sentence.slice(0, Math.max(0, cue.start - start));
  return TOLD_THAT.test(lead);
};

/**
 * True when the sentence `next` goes on where the telling is: it names no move in time of its own
 * ("In flashback she counted boxes ..." takes up the told story instead).
 */
export const framesOn = (text: string, next: Range | undefined): boolean => {
  if (!next) return false;
  const cue = findCue(text, next.start, next.end);
  return cue === null || cue.kind === 'forward';
};
