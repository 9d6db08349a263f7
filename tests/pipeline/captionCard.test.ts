import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// An opening on the ending, then a caption reported as one ('A caption reads "Three weeks
// earlier".'): the card's verb is no story verb and no telling, so what follows is the flashback
// that catches up with the opening (captionCard.ts).
const quay = [
  'The film opens at midnight on the quay at Brest. A customs officer walks the harbourmaster, Yann Le Goff, to a waiting van, and a boy on a bicycle watches from the corner. A caption reads "Three weeks earlier".',
  'Yann had kept the harbour office for eighteen years and knew every boat by its engine.',
  'In the first week, a stranger named Corentin rented the empty net loft and paid in cash.',
  'In the second week, Yann found crates of cigarettes under the nets and said nothing.',
  'In the third week, Corentin offered him money to leave the gate unlocked, and Yann took it. On the last night the customs launch came round the breakwater.',
].join('\n\n');

const halt = [
  'The film begins on a rainy morning at a railway halt in Umbria. Two carabinieri put the stationmaster, Dario Ferri, on the train in handcuffs, while his daughter Lucia watches from the platform. The title card says "Ten days earlier".',
  'Dario had run the little station alone since his wife died.',
  'On the first day, a goods wagon was left on the siding with no papers, and Dario wrote to the company.',
  'On the fifth day, two men from Rome came to collect the wagon and offered Dario an envelope, which he refused.',
  'On the ninth day, he opened the wagon at night and found it full of stolen paintings.',
].join('\n\n');

// A brief flash-forward taken from inside that flashback comes back to the flashback.
const bookmaker = [
  'The film opens at dawn outside a prison in Leeds. A guard unlocks the gate and the old bookmaker, Harold Pike, walks out with a paper bag. A caption reads "Four days earlier".',
  'Harold had taken bets in the back room of the Crown for thirty years.',
  'On the first day, a young jockey, Billy Marsh, came to him with a tip about a fixed race.',
  'In a brief flash-forward, the film then showed Billy years later, training horses on a farm in Ireland.',
  'On the second day, Harold laid the bets across the whole of the city.',
  'On the third day, the race was run and the favourite fell at the last fence. That night the police came for Harold.',
].join('\n\n');

const before = (text: string, earlier: string, later: string): void => {
  const f = convertText(text);
  expect(sceneHolding(f, earlier).chronoIndex).toBeLessThan(sceneHolding(f, later).chronoIndex);
};

describe('a caption card reported in a sentence', () => {
  it('"A caption reads" opens the flashback that runs to the opening', () => {
    before(quay, 'In the second week, Yann found crates', 'A customs officer walks');
    before(quay, 'Corentin offered him money', 'A customs officer walks');
  });

  it('"The title card says" is the card, not a telling', () => {
    before(halt, 'On the fifth day, two men from Rome', 'Two carabinieri put the stationmaster');
    before(halt, 'he opened the wagon at night', 'Two carabinieri put the stationmaster');
    expect(sceneHolding(convertText(halt), 'The title card says').kind).toBe('flashback');
  });
});

describe('a brief flash-forward inside a flashback', () => {
  it('comes back to the flashback, not to the opening', () => {
    before(bookmaker, 'Harold laid the bets', 'A guard unlocks the gate');
    before(bookmaker, 'the favourite fell at the last fence', 'A guard unlocks the gate');
    before(bookmaker, 'Harold laid the bets', 'training horses on a farm in Ireland');
  });
});
