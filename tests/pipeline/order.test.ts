import { describe, expect, it } from 'vitest';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentStory } from '../../src/pipeline/segment';

/** Paragraphs (blank-line separated) -> chronological ranks of the segments. */
const ranks = (paragraphs: string[], names: ReadonlySet<string> = new Set()) => {
  const text = paragraphs.join('\n\n');
  let pos = 0;
  const ranges = paragraphs.map((p) => {
    const r = { start: pos, end: pos + p.length };
    pos += p.length + 2;
    return r;
  });
  const segs = segmentStory(text, ranges);
  return chronoRanks(placeSegments(text, segs, null, names).map((p) => p.t));
};

describe('placeSegments', () => {
  it('keeps a linear film in text order', () => {
    expect(
      ranks([
        'Ana opens the bakery at dawn.',
        'The next day, Ana hires a baker.',
        'A week later, the bakery burns down.',
      ]),
    ).toEqual([0, 1, 2]);
  });

  it('places a flashback block before the present and resumes after a return cue', () => {
    expect(
      ranks([
        'Old Tom sits on the porch and waits.',
        'In a flashback, young Tom meets Lucy at a dance.',
        'Tom marries Lucy in the spring.',
        'Back in the present, Tom hears a car in the drive.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('orders a story told in reverse paragraph by paragraph', () => {
    expect(
      ranks([
        'The film is told in reverse.',
        'Kai shoots the man in the warehouse.',
        'Kai buys a gun from a dealer.',
        'Kai loses his job at the docks.',
      ]),
    ).toEqual([3, 2, 1, 0]);
  });

  it('treats past-tense backstory inside a present-tense synopsis as earlier', () => {
    expect(
      ranks([
        'Mara arrives at the hotel and asks for room nine.',
        'Mara grew up in the hotel. Her mother worked there and died there when Mara was nine.',
        'Mara unpacks and calls the police.',
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('moves back to a frame story and into the told story by their people and places', () => {
    expect(
      ranks([
        'In the winter of 2003, Mihai and his grandfather Aurel sit in the kitchen in Brasov.',
        'The story he tells begins in August 1944, when Aurel and Tibor join the army.',
        'In the kitchen, Mihai interrupts to ask a question in Brasov.',
        'Aurel and Tibor guard a bridge and Tibor sings.',
      ]),
    ).toEqual([2, 0, 3, 1]);
  });

  it('ties an in-medias-res opening to the flashback scene that retells it', () => {
    expect(
      ranks([
        'Sara Lind stands on the roof of the Halden Hotel in the rain, holding a revolver, while sirens wail below.',
        'Four days earlier, Sara is a night clerk at the Halden Hotel and meets a guest, Viktor Hale.',
        'The next day, Viktor asks Sara to keep an envelope in the hotel safe.',
        'Viktor is shot in the lobby. Sara grabs his revolver and runs up to the roof in the rain as sirens wail below.',
        'On the roof, Sara throws the photographs into the wind and the police arrest her.',
      ]),
    ).toEqual([2, 0, 1, 3, 4]);
  });

  it('places past-perfect backstory inside a past-tense synopsis before the main line', () => {
    expect(
      ranks([
        'Anna returned to Vienna to sell the flat. She took a room near the station.',
        'She met the lawyer Karl Roth at his office by the river. Anna had grown up in the flat. Her father had hidden a violin under the floor.',
        'That night Anna went back to the flat and pried up the floorboards.',
      ]),
    ).toEqual([1, 2, 0, 3]);
  });

  it('follows two alternating year threads, each continuing where it stopped', () => {
    expect(
      ranks([
        'Summer, 1996. Delia swims in the Gulf while Walt times her laps from the dock.',
        'In 2016, the adult Delia waits in a hospital corridor in Gainesville for the doctor.',
        'Back in 1996, Walt enters Delia for the trials in Tallahassee.',
        'In 2016, the doctor in Gainesville tells Delia that the hospital can do nothing more.',
        'The week before the trials, Walt drives Delia to Tallahassee and Delia swims her best time at the trials.',
      ]),
    ).toEqual([0, 3, 1, 4, 2]);
  });

  it('treats what a witness describes as told backstory until the frame returns', () => {
    expect(
      ranks([
        'In 1987, an inquiry opens in Dover into the sinking of the ferry Herald. The bosun, Mark Tully, describes the night of the crossing.',
        'That evening the ferry leaves Zeebrugge with its bow doors open. Tully is asleep in his cabin.',
        'Water floods the car deck and the ship capsizes within minutes near Zeebrugge.',
        'At the inquiry in Dover, the lawyer Helen Price accuses Tully of leaving his post.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('alternates a present-day thread and a past thread by their people and places', () => {
    expect(
      ranks(
        [
          'In the present day, Lena, a restorer in Prague, finds a letter hidden in an old piano.',
          'In 1968, a young pianist, Jan, falls in love with Eva during the Prague Spring.',
          'Lena traces the piano to a shop in Brno owned by an old dealer, Karel.',
          'Jan is arrested after the tanks arrive and Eva hides his letters in the piano.',
          'Karel sends Lena to a care home in Brno.',
          'Jan is released from prison and searches for Eva in vain.',
          'Lena gives the letter to the old woman in the care home in Brno.',
        ],
        new Set(['Lena', 'Jan', 'Eva', 'Karel']),
      ),
    ).toEqual([3, 0, 4, 1, 5, 2, 6]);
  });
});
