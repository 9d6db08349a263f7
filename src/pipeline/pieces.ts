import type { Segment } from './segment';
import type { TimeCue } from './time';
import { extendPiece, tenseProfile, type Range, type TenseProfile } from './text';

/**
 * Cuts one segment into pieces before the sentences `cutsBefore` chooses (never the first; it is
 * asked only once a piece is open, with that piece's start). The first piece keeps the segment's
 * own fields (or what `firstPiece` makes of them); a later piece starts mid-paragraph with the cue
 * `laterCue` reads in its first sentence. Shared by the splits of clock times, witness accounts
 * and parallel stories.
 */
export const splitBefore = (
  text: string,
  sg: Segment,
  cutsBefore: (r: Range, k: number, pieceStart: number) => boolean,
  laterCue: (r: Range) => TimeCue | null,
  firstPiece: (r: Range, tense: TenseProfile) => Segment = (r, tense) => ({
    ...sg,
    end: r.end,
    sentences: [r],
    tense,
  }),
): Segment[] => {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  sg.sentences.forEach((r, k) => {
    if (cur && k > 0 && cutsBefore(r, k, cur.start)) {
      out.push(cur);
      cur = null;
    }
    const tense = tenseProfile(text, r.start, r.end);
    if (!cur) {
      cur =
        k === 0
          ? firstPiece(r, tense)
          : {
              start: r.start,
              end: r.end,
              cue: laterCue(r),
              paragraphStart: false,
              sentences: [r],
              tense,
            };
    } else extendPiece(cur, r, tense);
  });
  if (cur) out.push(cur);
  return out;
};
