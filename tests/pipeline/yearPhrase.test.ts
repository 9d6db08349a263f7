import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

/**
 * A year that dates a sentence's opening phrase of time ("On the night of the big regatta in
 * 1974, ...", "During the great flood of 1953, ...", "On the day of the 2019 regatta, ...")
 * places the sentence as "In 1974," would, also in the middle of a paragraph; and the main line
 * comes back with its own people after a small step ("The next morning Carys and Owen ...").
 * Every document here was written for these tests.
 */
const cueOf = (s: string) => findCue(s, 0, s.length);

describe('a year closing an opening phrase of time', () => {
  it('opens its sentence', () => {
    const c = cueOf('On the night of the big regatta in 1974, the two boys race each other home.');
    expect(c?.kind).toBe('year');
    expect(c?.year).toBe(1974);
    expect(c?.opening).toBe(true);
    const d = cueOf('During the great flood of 1953, the family sleeps in the church.');
    expect(d?.year).toBe(1953);
    expect(d?.opening).toBe(true);
  });

  it('dates the sentence when the year is an attribute ("On the day of the 2019 regatta,")', () => {
    const c = cueOf('On the day of the 2019 regatta, Carys rows out past the point alone.');
    expect(c?.kind).toBe('year');
    expect(c?.year).toBe(2019);
    expect(c?.opening).toBe(true);
  });

  it('leaves a year inside a clause with a verb, and a thread named by its year, as they were', () => {
    expect(cueOf('On the morning she left Cardiff in 1974, it rained.')?.opening).toBe(false);
    expect(cueOf('In the 1894 thread, Thea finds the hatch.')?.kind ?? null).toBeNull();
    expect(cueOf('At the end of the 1990s, the mill closes.')?.kind ?? null).toBeNull();
  });
});

const REGATTA = [
  'The Lantern Regatta',
  "In the spring of 2019, a schoolteacher named Carys Bell moves into her late uncle's cottage on the estuary at Penmor. Her uncle, Idris, left her the cottage and a rowing boat with a split hull.",
  'The film then goes back to the summer of 1974. Idris is sixteen and rows for the village crew with his friend Gethin, who is faster and knows it.',
  'Back in the present, Carys asks the harbourmaster, Owen Price, about the boat. Owen goes quiet and tells her to ask at the chapel.',
  'That evening the old chapel warden, Nia, sits Carys down and tells her what she saw. On the night of the big regatta in 1974, the two boys race each other home in the dark. The boat capsizes off the point, Gethin drowns, and Idris never rows again.',
  'The next morning Carys and Owen drag the boat up the slipway and start to mend the hull.',
  'On the day of the 2019 regatta, Carys rows the boat out past the point alone and lays flowers on the water.',
];

const FLOOD = [
  'High Water',
  "In the autumn of 1998, the surveyor Ruth Amsel came back to the fen village of Holme Drove to sell her mother's farm. Her mother had died in August, and her brother Piet had not answered a single letter.",
  "The film then went back to the winter of 1953. Ruth was nine, and Piet was twelve and already working their father's pumps.",
  'Back in the present, Ruth walked the dykes with the estate agent, Colin Marsh, who kept asking why the lower field had never been drained.',
  'That night their old neighbour, Wyn, told Ruth the rest. During the great flood of 1953, Piet left the pump running and went to a dance. The water came over the bank before dawn and their father drowned trying to close the sluice.',
  'The next day Ruth and Colin found the sluice gate rusted shut under the brambles.',
  "On the morning of the 1998 auction, Ruth withdrew the farm from the sale and drove to Piet's flat in Ely.",
];

describe('a dated telling in the middle of a paragraph, then the main line again', () => {
  it('places the told night in its year and the next morning back in the present (present tense)', () => {
    const [sixteen, race, moves, asks, warden, mend, rows] = chronoOfPhrases(REGATTA, [
      'Idris is sixteen',
      'the two boys race each other home',
      'moves into her late uncle',
      'Carys asks the harbourmaster',
      'sits Carys down',
      'drag the boat up the slipway',
      'rows the boat out past the point',
    ]);
    expect(sixteen).toBeLessThan(moves ?? -1);
    expect(race).toBeLessThan(moves ?? -1);
    expect(moves).toBeLessThan(asks ?? -1);
    expect(asks).toBeLessThan(warden ?? -1);
    expect(warden).toBeLessThan(mend ?? -1);
    expect(mend).toBeLessThan(rows ?? -1);
  });

  it('does the same in a synopsis told in the past', () => {
    const [nine, dance, sell, dykes, wyn, sluice, auction] = chronoOfPhrases(FLOOD, [
      'Ruth was nine',
      'Piet left the pump running',
      'came back to the fen village',
      'Ruth walked the dykes',
      'told Ruth the rest',
      'found the sluice gate rusted shut',
      'withdrew the farm from the sale',
    ]);
    expect(nine).toBeLessThan(sell ?? -1);
    expect(dance).toBeLessThan(sell ?? -1);
    expect(sell).toBeLessThan(dykes ?? -1);
    expect(dykes).toBeLessThan(wyn ?? -1);
    expect(wyn).toBeLessThan(sluice ?? -1);
    expect(sluice).toBeLessThan(auction ?? -1);
  });
});

describe('a year the film opens in, or shows', () => {
  it('opens its sentence when the film begins in it, in any tense', () => {
    const c = cueOf('The film began in the autumn of 1971, in Ostend.');
    expect(c?.year).toBe(1971);
    expect(c?.opening).toBe(true);
    expect(cueOf('The story is set in 1912, on a whaling station.')?.opening).toBe(true);
    expect(cueOf('The film opened in 1999 to warm reviews.')?.opening).toBe(false);
  });

  it('opens its sentence when we see what it dates', () => {
    const c = cueOf(
      'As she turned the pages, we saw the two boys skating on the frozen canal in the winter of 1942.',
    );
    expect(c?.year).toBe(1942);
    expect(c?.opening).toBe(true);
    expect(cueOf('Later we saw that he had lied to her in 1942.')?.opening).toBe(false);
  });
});

const GLASS_LETTER = [
  'The Glass Letter',
  'The film began in the spring of 1983, in Antwerp. Ilse Maes, a retired seamstress, received a parcel from a stranger: a bundle of photographs of her brother Jef, who had vanished in the war.',
  'She looked at them that night at the kitchen table, and the film went with her. As she turned the pages, we saw the two children skating on the frozen canal in the winter of 1942, and Jef teaching her to tie her skates. We saw him leave the house with a suitcase before dawn.',
  'The next morning Ilse took the tram to the address on the parcel and found an old man waiting at the door.',
];

describe('a past the film shows by its year, inside a paragraph of the main line', () => {
  it('is placed in its year, before the main line', () => {
    const [skating, leave, parcel, looked, tram] = chronoOfPhrases(GLASS_LETTER, [
      'skating on the frozen canal',
      'leave the house with a suitcase',
      'received a parcel',
      'She looked at them that night',
      'took the tram',
    ]);
    expect(skating).toBeLessThan(parcel ?? -1);
    expect(leave).toBeLessThan(parcel ?? -1);
    expect(parcel).toBeLessThan(looked ?? -1);
    expect(looked).toBeLessThan(tram ?? -1);
  });
});
