import { describe, expect, it } from 'vitest';
import { findSeriesMark, parseOrdinal, seriesMarks } from '../../src/pipeline/series';
import { placedRanks, segmentParagraphs as segmentsOf } from '../fixtures/paragraphs';

describe('parseOrdinal', () => {
  it('reads ordinal words and digits', () => {
    expect(
      ['first', 'fifth', 'twelfth', 'twentieth', 'forty-first', 'ninety-ninth', '212th', '3rd'].map(
        parseOrdinal,
      ),
    ).toEqual([1, 5, 12, 20, 41, 99, 212, 3]);
    expect(parseOrdinal('firstly')).toBeNull();
  });
});

describe('series marks', () => {
  it('finds the number of a relived day or loop at a segment opening, not a "first time"', () => {
    const { text, segs } = segmentsOf([
      'By the fifth Monday Jonah has tried everything to warn the driver.',
      'Around the twentieth loop he stops trying and steals a boat.',
      'Loop 212 begins like all the others, with the radio jingle at 6:10.',
      'For the first time in years Jonah laughs at the radio host.',
    ]);
    expect(segs.map((s) => findSeriesMark(text, s))).toEqual([
      { unit: 'monday', n: 5 },
      { unit: 'loop', n: 20 },
      { unit: 'loop', n: 212 },
      null,
    ]);
  });

  it('orders nothing when the numbers are told in order', () => {
    const { text, segs } = segmentsOf([
      'On the first day the climbers reach the glacier and pitch their tents.',
      'On the second day a storm pins them down and Ruth loses a glove.',
      'On the third day they turn back without the summit.',
    ]);
    expect(seriesMarks(text, segs)).toBeNull();
  });

  it('gives the numbers of a series told out of order', () => {
    const { text, segs } = segmentsOf([
      'The film opens on what Jonah counts as his forty-first Monday. He saves the bus again.',
      'The story then goes back to the first Monday, when Jonah misses his bus.',
      'On the second Monday he thinks he is dreaming.',
      'He argues with his sister on the phone.',
    ]);
    expect(seriesMarks(text, segs)).toEqual([41, 1, 2, null]);
  });

  it('reads a loop counted in words and "the sixth and last loop", not "the day two strangers"', () => {
    const { text, segs } = segmentsOf([
      'Loop one. Mika goes through her morning as usual and boards the bus.',
      'In the sixth and last loop Mika gets on the bus early.',
      'On day three the climbers reach the ridge.',
      'On the day two strangers arrive, the inn is full.',
      'Day one or two of the trip is spent in the rain.',
    ]);
    expect(segs.map((s) => findSeriesMark(text, s))).toEqual([
      { unit: 'loop', n: 1 },
      { unit: 'loop', n: 6 },
      { unit: 'day', n: 3 },
      null,
      null,
    ]);
  });

  it('does not count a flashback shown during a loop as that loop', () => {
    const { text, segs } = segmentsOf([
      'In the second loop Mika refuses to get on the bus.',
      'In the third loop she calls the police.',
      'A flashback during the fifth loop: twenty years earlier, a driver pulls a girl from the river.',
      'In the sixth loop she grabs the wheel.',
    ]);
    expect(seriesMarks(text, segs, true)).toEqual([2, 3, null, 6]);
  });
});

describe('a series told in order', () => {
  const ranks = placedRanks;

  it('keeps the loops after a flashback shown during one of them, and what follows the last', () => {
    expect(
      ranks(
        [
          'Mika wakes at 6:30 on a Tuesday. She boards the bus and it crashes into the river.',
          'In the second loop Mika refuses to board the bus. She hears of the crash on the radio.',
          'In the third loop she calls the police, but the bus still crashes.',
          'During the fifth loop the film flashes back twenty-two years: a young driver pulled a girl out of the same river.',
          'In the sixth and last loop Mika sits behind the driver and grabs the wheel with him.',
          'The next morning it is Wednesday. Mika makes coffee with Yui.',
        ],
        ['Mika', 'Yui'],
      ),
    ).toEqual([1, 2, 3, 0, 4, 5]);
  });

  it('moves nothing when the loops are told in order and placed in order', () => {
    expect(
      ranks(
        [
          'Mika wakes at 6:30 on a Tuesday and boards the bus.',
          'In the second loop Mika refuses to board the bus.',
          'In the third loop she calls the police.',
          'In the fourth loop she sits behind the driver.',
        ],
        ['Mika'],
      ),
    ).toEqual([0, 1, 2, 3]);
  });
});
