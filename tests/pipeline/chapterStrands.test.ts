import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// An object passed down, told in chapters out of order: a chapter returning to a past strand.
const COMPASS = [
  'It opens in Lisbon in 1984. Rosa Alves, a florist, buys an old brass compass at an auction and gives it to her nephew Kenji on his birthday.',
  'The second chapter takes us to Norway in the winter of 1943. A young fisherman, Eirik Lunde, carries the compass across the mountains towards the Swedish border with two refugees.',
  'Then, abruptly, Tokyo in 2001. Kenji, now a pilot, leaves the compass behind in a hotel room and does not notice for a week.',
  'The third chapter returns to the Norwegian mountains. It is a few days later, and Eirik, wounded in the leg, hands the compass to a Swedish nurse, Britt, at a farm near the border.',
  'The final chapter is set in 2015. Kenji finds the compass in a shop window in Osaka and buys it back.',
].join('\n\n');

const SHIP = [
  'The film opens in Halifax in 1998, where a retired teacher, Agnes Moy, sells a ship in a bottle at a yard sale.',
  'The second part goes back to 1912. A deckhand, Patrick Doyle, builds the little ship in the forecastle of a steamer bound for the whaling grounds.',
  'The third part jumps to Dublin in 2003, where a boy called Liam wins the bottle at a fair.',
  'The fourth part returns to the old whaling steamer. Months have passed; Patrick, sick with fever, gives the bottle to the cook before they reach port.',
  'The last part is set in 2040, when Liam, now grey, sees the bottle again in a museum case.',
].join('\n\n');

describe('a chapter that returns to a strand told before', () => {
  it('goes on with the past strand it names by a word of it ("the Norwegian mountains")', () => {
    const f = convertText(COMPASS);
    const back = sceneHolding(f, 'hands the compass to a Swedish nurse').chronoIndex;
    expect(back).toBeGreaterThan(sceneHolding(f, 'carries the compass across').chronoIndex);
    expect(back).toBeLessThan(sceneHolding(f, 'buys an old brass compass').chronoIndex);
    expect(back).toBeLessThan(sceneHolding(f, 'leaves the compass behind').chronoIndex);
  });

  it('reads "The fourth part returns to the old whaling steamer" the same way', () => {
    const f = convertText(SHIP);
    const back = sceneHolding(f, 'gives the bottle to the cook').chronoIndex;
    expect(back).toBeGreaterThan(sceneHolding(f, 'builds the little ship').chronoIndex);
    expect(back).toBeLessThan(sceneHolding(f, 'sells a ship in a bottle').chronoIndex);
  });
});
