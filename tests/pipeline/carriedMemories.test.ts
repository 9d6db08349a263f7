import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A present frame of a few days (clearing a house); things found open memories of different
// years in the middle of a sentence ("..., and we're suddenly in the spring of 1962").
const COTTAGE = [
  'FROM PAGE TO SCREEN: The Lighthouse Room',
  "The novel runs in strict order from 1950 onward. The film takes place over two days in the present, as Ingrid Vale (Mara Holt) empties her late father's cottage on Skye.",
  "Day one. Ingrid unlocks the cottage in the rain and starts on the dresser. In the bottom drawer she finds a tin whistle wrapped in a tea towel, and we're suddenly in the spring of 1962. Her father, Callum, teaches nine-year-old Ingrid a reel on the harbour wall while her mother hangs out the washing.",
  'Back in the cottage, her cousin Fergus arrives with a van and they argue about the boat. Behind the stove Ingrid finds a reel-to-reel tape. She threads it on the old machine and it takes her to a wedding dance in Portree, where fifteen-year-old Ingrid watches her father play the fiddle until the lights go out.',
  "Day two. In the byre, Ingrid finds a ship's compass in a biscuit tin, and the film takes us to the winter of 1974, when twenty-one-year-old Ingrid tells her father she is leaving for Glasgow. He turns his back on her.",
  'That evening Ingrid and Fergus carry the compass down to the pier and drop it into the sea.',
].join('\n\n');

// The same structure without ages, a weekend in the present, carriers "we are back in" and
// "it takes him back to".
const BAKERY = [
  'Review: The Glass Jar (2011)',
  'The whole film is set over a single weekend in the present, as the widower Anton Mares clears out the family bakery in Brno before it is sold.',
  "On Saturday morning Anton sweeps the shop floor and finds a child's mitten under the counter, and we are back in 1948: his mother, Hana, bakes bread through the night while soldiers sleep in the back room.",
  'Later his daughter Vera turns up with a buyer, and they quarrel over the price in the yard. Clearing the cellar, Anton picks up a dented milk churn and it takes him back to a flood, when the river filled the cellar and Hana carried the flour upstairs sack by sack.',
  "On Sunday Anton signs the papers at the notary's office, and Vera drives him to the station.",
].join('\n\n');

/** The chronological index of the scene holding each phrase. */
const ranks = (text: string, phrases: string[]): number[] => {
  const f = convertText(text);
  return phrases.map((p) => sceneHolding(f, p).chronoIndex);
};

const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] ?? 0) < x);

describe('a thing found carries the telling into the past mid-sentence (carriedMemories.ts)', () => {
  it('cuts the finding from the memory it opens', () => {
    const f = convertText(COTTAGE);
    expect(sceneHolding(f, 'finds a tin whistle').id).not.toBe(
      sceneHolding(f, 'teaches nine-year-old Ingrid').id,
    );
    expect(sceneHolding(f, 'finds a reel-to-reel tape').id).not.toBe(
      sceneHolding(f, 'fifteen-year-old Ingrid watches').id,
    );
  });

  it('places the memories before the frame, dated by year and by age', () => {
    expect(
      increasing(
        ranks(COTTAGE, [
          'teaches nine-year-old Ingrid',
          'fifteen-year-old Ingrid watches',
          'twenty-one-year-old Ingrid tells',
          'Ingrid unlocks the cottage',
          'her cousin Fergus arrives',
          'In the byre, Ingrid finds',
          'drop it into the sea',
        ]),
      ),
    ).toBe(true);
  });

  it('ends each memory at its paragraph: the frame goes on in order', () => {
    const [mitten, y1948, quarrel, flood, sunday] = ranks(BAKERY, [
      'finds a child',
      'his mother, Hana, bakes bread',
      'they quarrel over the price',
      'Hana carried the flour',
      'Anton signs the papers',
    ]);
    expect(y1948).toBeLessThan(mitten ?? 0);
    expect(flood).toBeLessThan(quarrel ?? 0);
    expect(increasing([mitten ?? 0, quarrel ?? 0, sunday ?? 0])).toBe(true);
  });
});
