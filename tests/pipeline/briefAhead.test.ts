import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * A flash-forward the telling calls brief ("In a brief flash-forward, the film shows her years
 * later") is one scene ahead: the next paragraph told in the base tense goes on with the story.
 * And a sentence whose own verb is simple past ("He spent the night oiling the tools he had
 * kept") is no backstory after a telling, though a clause in it has a "had". Every document
 * here was written for these tests.
 */
const chronoOf = chronoOfPhrases;

const NIGHT_PORTER = [
  'The Night Porter',
  'On the first night, a widow, Greta Lind, checked in at the Harbour Hotel with one suitcase, and the porter, Milo Brandt, carried it up to room nine.',
  'On the second night, Milo and Greta talked in the empty bar until the small hours.',
  'In a brief flash-forward, the film then showed Greta some years later, older and happy, opening a bookshop by the sea.',
  'On the third night, Milo told his old partner Kurt that he would do the job. He spent the small hours in the cellar, oiling the tools he had kept in a tin since the day he quit.',
  'On the fourth night, the lights failed at midnight and Milo crossed the ledge to room nine.',
];

describe('a brief flash-forward', () => {
  it('is one scene ahead, and the story goes on after it', () => {
    const [second, ahead, third, cellar, fourth] = chronoOf(NIGHT_PORTER, [
      'talked in the empty bar',
      'opening a bookshop by the sea',
      'On the third night',
      'oiling the tools',
      'On the fourth night',
    ]);
    expect(second).toBeLessThan(third ?? -1);
    expect(third).toBeLessThanOrEqual(cellar ?? -1);
    expect(cellar).toBeLessThan(fourth ?? -1);
    expect(fourth).toBeLessThan(ahead ?? -1);
  });
});
