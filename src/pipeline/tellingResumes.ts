import type { Segment } from './segment';
import { splitBefore } from './pieces';
import { findCue } from './time';

/**
 * Part of stage 6 (segment and order): a telling that resumes at the end of a frame sentence.
 * "Jonah came back the following morning with a box of shortbread, and Edith went on. Through
 * that spring Lars recovered ...": the sentence is the frame's (its visit, its morning), and
 * what follows it in the paragraph is the told story again, going on from where it stopped.
 * splitAfterTellingResumes cuts the paragraph after such a sentence and marks the piece after it
 * (`toldOn`); order.ts resumes the told story there, as it does for a paragraph opening on "Edith
 * went on with her story". A sentence that says more after the telling ("and she went on
 * talking about the food") is no such cut: the words must close the sentence.
 */

/** "..., and Edith went on.", "She continued.", "..., and the old man picked up his story." */
const RESUMES_AT_END =
  /(?:^|,\s*(?:and|then|so)\s+|;\s*|\band\s+)(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|she|he|they|[Tt]he old (?:man|woman)|[Tt]he (?:witness|narrator))\s+(?:then\s+|finally\s+)?(?:went on|goes on|carried on|carries on|continued|continues|picked up (?:the|her|his|their) (?:story|account|tale|thread)|picks up (?:the|her|his|their) (?:story|account|tale|thread)|resumed(?: (?:the|her|his|their) (?:story|account|tale))?|resumes(?: (?:the|her|his|their) (?:story|account|tale))?)(?:\s+(?:with|from where)[^.!?]{0,40})?[.!]["”’]?\s*$/u;
/** The piece after the cut is at least this long (characters). */
const MIN_PIECE = 30;

/** True when `sentence` ends on a telling resuming (see above). */
export const tellingResumesAtEnd = (sentence: string): boolean => RESUMES_AT_END.test(sentence);

/** Cuts each segment after a sentence whose telling resumes, and marks the piece after it. */
export const splitAfterTellingResumes = (text: string, segments: Segment[]): Segment[] => {
  const out: Segment[] = [];
  for (const sg of segments) {
    if (
      sg.sentences.length < 2 ||
      !/\b(?:on|continue[sd]?|resume[sd]?|story|account|tale|thread)\b/i.test(
        text.slice(sg.start, sg.end),
      )
    ) {
      out.push(sg);
      continue;
    }
    const pieces = splitBefore(
      text,
      sg,
      (r, k) => {
        const prev = sg.sentences[k - 1];
        return (
          prev !== undefined &&
          tellingResumesAtEnd(text.slice(prev.start, prev.end)) &&
          sg.end - r.start >= MIN_PIECE
        );
      },
      (r) => findCue(text, r.start, r.end),
    );
    pieces.forEach((p, k) => out.push(k > 0 ? { ...p, toldOn: true } : p));
  }
  return out;
};
