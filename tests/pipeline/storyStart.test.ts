import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

/**
 * A telling that goes back to the story's start ("The third part went back to the beginning")
 * lands before everything told so far, however far on the film had jumped; a day's start
 * ("back to the start of the day") and a scene's ("the start of the party") are not the story's.
 * Every document here was written for these tests.
 */
const cue = (s: string) => findCue(s, 0, s.length);

const chronoOf = chronoOfPhrases;

const FIVE_ROOMS = [
  'Five Rooms',
  'The film opens in the middle of a marriage. Hanne and her husband Pavel run a bakery in a river town, and their son Emil is nine.',
  'Twenty years later, Emil is a grown man clearing out the bakery after Pavel’s funeral, and Hanne will not speak to him.',
  'The third part went back to the beginning. Hanne, nineteen, arrives in the town on the night bus and meets Pavel at the bakery door.',
  'She takes the job he offers her, and by the spring they are married.',
];

describe('a telling that goes back to the story’s start', () => {
  it('reads "went back to the beginning" as a flashback to the start, not a day’s start', () => {
    expect(cue('The third part went back to the beginning.')).toMatchObject({
      kind: 'flashback',
      toStart: true,
    });
    expect(cue('The film then goes back to the very start.')).toMatchObject({ toStart: true });
    expect(cue('Then we go back to the start of the day.')?.toStart).toBeUndefined();
    expect(cue('The film goes back to the start of the party.')?.toStart).toBeUndefined();
  });

  it('places the story’s start before every part told so far, and what follows after it', () => {
    const [opening, later, start, married] = chronoOf(FIVE_ROOMS, [
      'opens in the middle of a marriage',
      'Twenty years later',
      'arrives in the town on the night bus',
      'by the spring they are married',
    ]);
    expect(start).toBeLessThan(married ?? -1);
    expect(married).toBeLessThan(opening ?? -1);
    expect(opening).toBeLessThan(later ?? -1);
  });
});
