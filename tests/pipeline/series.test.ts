import { describe, expect, it } from 'vitest';
import { findSeriesMark, parseOrdinal, seriesMarks } from '../../src/pipeline/series';
import { segmentParagraphs as segmentsOf } from '../fixtures/paragraphs';

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
});
