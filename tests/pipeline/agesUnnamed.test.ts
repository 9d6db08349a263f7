import { describe, expect, it } from 'vitest';
import { findUnnamedAges, unnamedAxis } from '../../src/pipeline/agesUnnamed';
import { chronoOfPhrases } from '../fixtures/filmScenes';

const ages = (s: string): number[] => findUnnamedAges(s).map((a) => a.age);

describe('findUnnamedAges', () => {
  it('reads ages told with nobody named beside them', () => {
    expect(ages('We meet Oskar at forty. He mends engines.')).toEqual([40]);
    expect(ages('The story jumps to nine.')).toEqual([9]);
    expect(ages('Back at nine, the widow makes the boys work.')).toEqual([9]);
    expect(ages('At forty again, Freya turns up at the ferry.')).toEqual([40]);
    expect(ages('The second nine-year-old strand ends at the funeral.')).toEqual([9]);
    expect(ages('It began at eighty. Agnes sat on a bench.')).toEqual([80]);
    expect(ages('Then at thirty, she was a court artist.')).toEqual([30]);
    expect(ages('The last part stayed at eighty.')).toEqual([80]);
    expect(ages('The film cuts, with no warning, to Dora at sixty-two.')).toEqual([62]);
  });

  it('skips numbers that are speeds, counts or years', () => {
    expect(ages('The lorry moves at forty miles an hour.')).toEqual([]);
    expect(ages('The film jumps to 1986.')).toEqual([]);
    expect(ages('At two, the phone rings.')).toEqual([]);
    expect(ages('The story cuts to the two of them.')).toEqual([]);
  });

  it('takes ages as a time axis only when they cannot all be clock hours', () => {
    expect(unnamedAxis([7, 17, 70])).toBe(true);
    expect(unnamedAxis([7, 9, 11])).toBe(false);
    expect(unnamedAxis([7, 17])).toBe(false);
  });
});

describe('a life told at a few ages, the ages its only time marks', () => {
  it('orders a present-tense review told at forty, nine and seventy, each age running forwards', () => {
    expect(
      chronoOfPhrases(
        [
          'THE SALT ORCHARD (2016) - a review',
          'We meet Oskar at forty. He mends ferry engines on the island, he is divorced, and his daughter Freya refuses to visit.',
          'The story jumps to nine. Oskar and his cousin Per steal apples from the orchard of the widow Brandt, and her dog chases them into the reeds.',
          'At seventy, Oskar lives alone in a care home on the mainland. A young nurse, Jonna, finds an old photograph of the orchard in his drawer.',
          'Back at nine, the widow makes the boys work off the apples. She teaches Oskar to graft a branch onto a sapling.',
          'At forty again, Freya turns up at the ferry with a suitcase, and Oskar clears the bottles out of the spare room.',
          'The second nine-year-old strand ends at the widow\u2019s funeral. Oskar plants the grafted sapling on her grave.',
          'The film closes at seventy. Jonna drives Oskar across to the island, and he finds the tree still standing.',
        ],
        [
          'mends ferry engines',
          'steal apples',
          'care home',
          'graft a branch',
          'suitcase',
          'plants the grafted',
          'tree still standing',
        ],
      ).map((c, _, all) => [...all].sort((x, y) => x - y).indexOf(c)),
    ).toEqual([3, 0, 5, 1, 4, 2, 6]);
  });

  it('orders a past-tense programme note told at eighty, twelve and thirty', () => {
    expect(
      chronoOfPhrases(
        [
          'PLUMS FOR THE JOURNEY (dir. Odile Marchetti, 2009, 94 min)',
          'It began at eighty. Agnes Ferrand sat on a bench at the bus station in Lyon with a paper bag of plums on her knees.',
          'At twelve, Agnes worked in her uncle\u2019s bakery and hid her drawings under the flour sacks.',
          'Then at thirty, she was a court artist in Paris, sketching a murder trial while a young lawyer, Remy Sorel, watched her hands.',
          'Back at twelve, her uncle Gaston found the drawings and burned them in the bread oven.',
          'The eighty-year-old strand resumed: the bus came at last, and Agnes rode it south with the plums.',
          'At thirty again, the verdict came. Agnes drew the defendant weeping, and Remy asked her to dinner.',
          'The last part stayed at eighty. Agnes stepped off the bus at the sea and opened the bag of plums.',
        ],
        [
          'bench at the bus',
          'flour sacks',
          'court artist',
          'bread oven',
          'rode it south',
          'defendant weeping',
          'opened the bag',
        ],
      ).map((c, _, all) => [...all].sort((x, y) => x - y).indexOf(c)),
    ).toEqual([4, 0, 2, 1, 5, 3, 6]);
  });
});
