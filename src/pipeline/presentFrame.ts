import type { Segment } from './segment';

/** A return cue that names the present ("in the present", "present-day"). */
const NAMES_PRESENT = /\bpresent\b/i;
/** Words that set the film itself in a time: "takes place over three days in the present". */
const SET_IN =
  /\b(?:(?:takes|took) place|(?:is|are|was) set|unfolds?|plays? out|happens)\b[^.;:!?]{0,50}$/i;

/**
 * The opening paragraph says, after its first sentence, that the film is set in the present
 * ("The book is told straight through from 1967. His film takes place over three days in the
 * present, ..."): the index of the segment that says so (0 when none does). What the paragraph
 * said before it is about the telling (a book, the writer's view), so a year it named dates no
 * scene; the synopsis then tells a present and its past, like one opening on "the present day".
 */
export const presentInOpeningParagraph = (text: string, segments: readonly Segment[]): number => {
  for (let i = 1; i < segments.length; i++) {
    const s = segments[i];
    if (!s || s.paragraphStart) return 0;
    const c = s.cue;
    if (
      c?.kind === 'return' &&
      !c.toOpening &&
      NAMES_PRESENT.test(c.text) &&
      SET_IN.test(text.slice(s.start, c.start))
    )
      return i;
  }
  return 0;
};
