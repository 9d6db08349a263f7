import { describe, expect, it } from 'vitest';
import { settingLead } from '../../src/pipeline/settingLead';
import { chronoOrder, convertText } from '../fixtures/filmScenes';

// A film bookended by the past (order.ts jumpsToUndatedPresent, settingLead.ts, segment.ts
// HAD_PERFECT): it opens in a year, jumps to an undated present day, and goes back to that year
// for its ending. The present lies long after the year; the ending goes back into the year's
// era, with its own steps ("A month later") staying there. "had Tobias flogged" is no past
// perfect. A linear synopsis whose film "opened in 1999" (its release) moves nothing.
const LIGHTHOUSE = [
  "Museum of the Sound · Gallery 4 · The Keeper's Lamp",
  'About the film',
  'The story opened in 1794, on a night of ice. The keeper, Tobias Wren, lit the lamp late and a brig struck the Carrick reef below the tower. Her crew were said to have drowned to a man. The magistrate had Tobias flogged for the delay, and the prologue ended with Tobias nailing the lamp-room shut.',
  'Then the story moved to the present day. A surveyor, Priya Nandi, came to the island to measure the old tower for demolition. She found scratched tallies on the lamp-room door and a name, Tobias, cut under them.',
  'Priya spent a week in the county archive. She learned that the brig had carried no crew at all, and she persuaded the council to keep the tower.',
  'Finally, as anyone who saw it in cinemas will tell you, the film went back to 1794 for its last scenes. Tobias rowed out to the wreck at dawn and found it empty. A month later the magistrate rowed over to apologise, and Tobias would not open the door.',
].join('\n\n');
const BRIDGE = [
  'Plot',
  'The film began in 1921 at the Kell crossing. Marta Hesse ran the ferry with her uncle Anton, and a stranger paid her in gold to take him over at night.',
  'Then the film cut to the present day. Jonas Hesse inherited the ferry house and found a bag of gold coins behind the chimney. He asked his neighbour, Ruth Amsel, what she knew of the family.',
  'Ruth showed Jonas the parish book and the page on which Anton had signed as a witness. Jonas took the coins to the bank in Kell and was told they were forged.',
  "Then the film went back to 1921 for its ending. Anton had the stranger arrested on the far bank, and Marta watched from the ferry. Two days later Marta burned the stranger's letters in the stove.",
].join('\n\n');
const LINEAR = [
  'Harbour Nights',
  'The film opened in 1999 to warm reviews and a small audience, and it has grown since.',
  'Plot',
  'Nell Carrow ran the chip shop on the harbour with her son Davey. Her landlord, Mr Pask, had the rent doubled in March.',
  'In the summer Davey entered the rowing race to win the prize money, and Nell trained him at dawn.',
  "The race came in August. Davey won by a length, and Nell paid the rent in coins on Pask's desk.",
].join('\n\n');

describe('a film bookended by the past', () => {
  it("lays a museum page's ending in 1794 before the present day it returns from", () => {
    const f = convertText(LIGHTHOUSE);
    const phrases = [
      'lit the lamp late',
      'had Tobias flogged',
      'rowed out to the wreck',
      'magistrate rowed over',
      'came to the island to measure',
      'spent a week in the county',
    ];
    expect(chronoOrder(f, phrases)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("lays a plot's 1921 ending before its present day", () => {
    const f = convertText(BRIDGE);
    const phrases = [
      'ran the ferry',
      'had the stranger arrested',
      'burned the stranger',
      'inherited the ferry',
      'showed Jonas the parish',
    ];
    expect(chronoOrder(f, phrases)).toEqual([0, 1, 2, 3, 4]);
  });

  it('moves nothing in a linear synopsis of a film that opened in 1999', () => {
    const f = convertText(LINEAR);
    expect(chronoOrder(f, ['ran the chip shop', 'entered the rowing', 'won by a length'])).toEqual([
      0, 1, 2,
    ]);
  });

  it('reads a lead ending on "opened" as a setting only for a year before films were released', () => {
    expect(settingLead('The film opened ', 1868)).toBe(true);
    expect(settingLead('The film opened ', 1999)).toBe(false);
    expect(settingLead('Then, as fans will remember, the film went ', 1950)).toBe(true);
    expect(settingLead('Then Ruth went ', 1950)).toBe(false);
  });
});
