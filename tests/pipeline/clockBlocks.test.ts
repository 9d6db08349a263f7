import { describe, expect, it } from 'vitest';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> for each paragraph, the chronological rank of its first segment's time. */
const paragraphRanks = (paragraphs: string[]): number[] => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const placed = placeSegments(text, segs);
  let pos = 0;
  const firstSeg = paragraphs.map((p) => {
    const at = segs.findIndex((s) => s.start >= pos);
    pos += p.length + 2;
    return at;
  });
  const ts = firstSeg.map((k) => placed[k]?.t ?? NaN);
  return chronoRanks(ts);
};

/** Each body paragraph's rank among the bodies (headings dropped). */
const bodies = (paragraphs: string[], isBody: (p: string) => boolean): number[] => {
  const r = paragraphRanks(paragraphs);
  const kept = r.filter((_, k) => isBody(paragraphs[k] ?? ''));
  return chronoRanks(kept);
};
const long = (p: string): boolean => p.length > 40;

describe('applyClockBlocks: a night told backwards in clock-stamped blocks', () => {
  it('orders heading-stamped blocks by the clock, the small hours after the evening', () => {
    expect(
      bodies(
        [
          '2:05 A.M.',
          'Kai sits on the kitchen floor of the lodge holding a torch, listening to the footsteps upstairs.',
          '12:40 A.M.',
          'Kai and Noor push a chest of drawers against the attic door and wait for the noise to stop.',
          '11:30 P.M.',
          'Noor finds an old photograph album in the dresser and shows Kai the faces of the first owners.',
          '9:15 P.M.',
          'Kai and Noor arrive at the lodge in the rain and carry the shopping in from the car.',
        ],
        long,
      ),
    ).toEqual([3, 2, 1, 0]);
  });

  it('reads inline stamps ("Earlier, at nine", "It is 7 o’clock", "Chapter 2: 11:50 p.m.") and puts the morning after last', () => {
    expect(
      bodies(
        [
          'At 1:30 a.m. the bar is empty and Ruth counts the till while the police wait outside.',
          'Chapter 2: 11:50 p.m.',
          'Ruth and Abel argue about the missing money behind the counter while the band packs up.',
          'Earlier, at nine, the bar is full and Abel takes the envelope from the safe for the band.',
          'It is 7 o’clock, and Ruth unlocks the doors and chalks the prices on the board outside.',
          'The next morning Ruth opens the shutters alone and finds the envelope under the mat.',
        ],
        long,
      ),
    ).toEqual([3, 2, 1, 0, 4]);
  });

  it('keeps a block’s own forward steps after its stamp', () => {
    expect(
      paragraphRanks([
        '1:10 a.m. Petra locks herself in the bathroom of the flat. Ten minutes later the door handle turns.',
        '11:20 p.m. Petra and Lev drink wine on the balcony and watch the fireworks over the river.',
        '9:40 p.m. Lev picks Petra up from the station and they walk to his flat along the river.',
        '8:30 p.m. Petra misses her train home and phones Lev from the platform to ask for a bed.',
      ]),
    ).toEqual([3, 2, 1, 0]);
  });

  it('keeps backstory told inside a block before the whole night', () => {
    const { text, segs } = segmentParagraphs([
      'At 2:15 a.m. Dario sits on a crate in the dark kitchen while the officer writes.',
      'At 11:05 p.m. the critic tells Lidia that the building has been sold to a hotel chain.',
      'At 9:30 p.m. the restaurant is full and Dario counts the cash in the safe in the office.',
      'It is 7 o’clock, and the staff eat together and toast their father, who opened the place in 1997. Kuba asks Dario for an advance.',
    ]);
    const placed = placeSegments(text, segs);
    const clause = segs.findIndex((s) => text.slice(s.start, s.end).includes('opened the place'));
    expect(clause).toBeGreaterThan(0);
    const tClause = placed[clause]?.t ?? NaN;
    expect(Math.min(...placed.map((p) => p.t))).toBe(tClause);
  });

  it('still orders the blocks when a block names another block’s time in passing', () => {
    expect(
      bodies(
        [
          '2:05 A.M.',
          'Kai sits on the kitchen floor of the lodge, still angry about the call Noor ignored at 9:15 p.m.',
          '12:40 A.M.',
          'Kai and Noor push a chest of drawers against the attic door, the door they had locked at 9:15 p.m.',
          '11:30 P.M.',
          'Noor finds an old photograph album in the dresser and shows Kai the faces of the first owners.',
          '9:15 P.M.',
          'Kai and Noor arrive at the lodge in the rain and carry the shopping in from the car.',
        ],
        long,
      ),
    ).toEqual([3, 2, 1, 0]);
  });

  it('leaves a night told forward in clock stamps in text order', () => {
    expect(
      paragraphRanks([
        '7:30 P.M. Kai and Noor arrive at the lodge in the rain and carry the shopping in.',
        '9:15 P.M. Noor finds an old photograph album in the dresser and shows Kai the faces.',
        '11:30 P.M. Kai and Noor push a chest of drawers against the attic door.',
        '2:05 A.M. Kai sits on the kitchen floor holding a torch, listening to the footsteps.',
      ]),
    ).toEqual([0, 1, 2, 3]);
  });

  it('does not turn a day with a single rewind into blocks', () => {
    // One step back on the clock is a viewpoint rewinding, left to the rest of the ordering.
    const r = paragraphRanks([
      'At 8:00 a.m. Vera opens the gallery and switches on the alarm panel in the back office.',
      'At 10:30 a.m. the courier delivers the crate and Vera signs for it in the loading bay.',
      'At 9:15 a.m. across town, Milo steals a van from the depot and drives to the gallery.',
      'At 11:00 a.m. Milo parks in the loading bay and Vera lets him in through the back door.',
    ]);
    expect(r[0]).toBe(0);
    expect(r[3]).toBe(3);
  });
});
