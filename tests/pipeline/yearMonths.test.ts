import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// A frame dated by month and year, and two pasts in the same earlier year: the months order them
// ("the 2nd of May 1960" after "January 1960"), not the order they are told in.
const trawler = [
  'In August 1961, a board of inquiry meets in a schoolroom in Aberdeen to find out why the trawler Morven sank with six men.',
  "The film goes back to the night of the loss, the 2nd of May 1960. The skipper, Angus Reid, takes the Morven out of the harbour against the harbourmaster's advice.",
  'Back at the inquiry, the owner insists that the boat was sound.',
  'The film then shows that winter: in January 1960, a welder at the yard had told Reid that the hull plates were rusted through, and the owner had refused to pay for new ones.',
  'In the last hearing, the board blames the owner.',
].join('\n\n');

const mill = [
  'In October 2003, Judge Helen Marsh opens the hearing into the fire at the Carlton textile mill in Leeds.',
  'The film moves to the day of the fire, the 20th of November 2002. The night foreman, Ravi Patel, finds the fire doors chained shut and breaks them open with an axe.',
  "Back in the courtroom, the mill's lawyer says the doors were never chained.",
  'The film then shows the spring: in March 2002, the manager had ordered the doors chained to stop theft, and Ravi had complained in writing.',
  'In the final hearing, the judge finds the company guilty.',
].join('\n\n');

const before = (text: string, earlier: string, later: string): void => {
  const f = convertText(text);
  expect(sceneHolding(f, earlier).chronoIndex).toBeLessThan(sceneHolding(f, later).chronoIndex);
};

describe('pasts of one year placed by their months', () => {
  it('puts January before May of the same year', () => {
    before(trawler, 'a welder at the yard had told Reid', 'takes the Morven out of the harbour');
    before(trawler, 'takes the Morven out of the harbour', 'a board of inquiry meets');
  });

  it('puts March before November of the same year', () => {
    before(mill, 'the manager had ordered the doors chained', 'finds the fire doors chained shut');
    before(mill, 'finds the fire doors chained shut', 'opens the hearing into the fire');
  });
});
