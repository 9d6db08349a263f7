/**
 * The tense a flashback is told in, read from its first sentence when the whole opening segment
 * leaves it unknown (issue: weigh every kind of evidence that a flashback has ended).
 *
 * "In 1989 a fire killed an usherette and a drifter was convicted of it. Shaw died in 1996, and
 * the town has never wanted to talk about him." mixes the past of the told year with the
 * present of the telling, so the segment's verbs leave its tense unknown. Left so, the block
 * would take the tense of the next segment, and a present-tense synopsis coming back to its
 * main line ("Into this steps Mara ...") would read as the flashback told on in the present,
 * never ending. The opening sentence, the one the year cue leads, is the flashback's own
 * telling: when its verbs are of one tense only, that is the block's tense.
 */
import type { Segment } from './segment';
import { tenseProfile } from './text';
import type { TenseClass } from './order';

export const openingTense = (text: string, seg: Pick<Segment, 'sentences'>): TenseClass => {
  const first = seg.sentences[0];
  if (!first || seg.sentences.length < 2) return 'unknown';
  const p = tenseProfile(text, first.start, first.end);
  if (p.perfect > 0) return 'unknown';
  if (p.past > 0 && p.present === 0) return 'past';
  if (p.present > 0 && p.past === 0) return 'present';
  return 'unknown';
};

/**
 * A flashback that has reached a moment of a year (`at`), then names that year again without a
 * month ("The letter went on. Through the winter of 1943 Bruno began to come home late" after
 * "the autumn of 1943 ... The next morning ..."): the told past goes on from where it was, not
 * back to the year's start. `yearStart` is where the named year begins.
 */
export const sameYearGoesOn = (yearStart: number, at: number, daysPerYear: number): boolean =>
  at > yearStart && at - yearStart < daysPerYear;

/** Words that take a sentence back from where the telling is ("months before the storm"). */
const BACK_WORDS = /\b(?:before|earlier|ago|previous(?:ly)?|back)\b/i;

/** True when the segment's first sentence says it goes back ("In 1960, months before the storm"). */
export const pointsBack = (text: string, seg: Pick<Segment, 'sentences'>): boolean => {
  const first = seg.sentences[0];
  return first !== undefined && BACK_WORDS.test(text.slice(first.start, first.end));
};
