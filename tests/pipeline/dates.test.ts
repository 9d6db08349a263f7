import { describe, expect, it } from 'vitest';
import { dateMarks, parseDate } from '../../src/pipeline/dates';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

describe('parseDate', () => {
  it('reads day-month-year, month-day-year and month-year dates in order of time', () => {
    const days = ['3 February 1953', 'February 12, 1953', '1st of March, 1953', 'April 1953'].map(
      (s) => parseDate(s)?.day ?? null,
    );
    expect(days.every((d) => d !== null)).toBe(true);
    const sorted = [...(days as number[])].sort((a, b) => a - b);
    expect(days).toEqual(sorted);
    expect(parseDate('in the spring of that year')).toBeNull();
  });
});

describe('dateMarks', () => {
  it('dates entries opened by a dateline, not sentences that name a date', () => {
    const { text, segs } = segmentParagraphs([
      '12 October 1953. Agathe buries a tin box under the church steps.',
      '3 February 1953. Agathe arrives in the village on the post bus.',
      'In March 1953, the council meets about the sea wall and does nothing.',
      'Diary, 21 July 1953: the flood takes the lower fields.',
    ]);
    const marks = dateMarks(text, segs);
    expect(marks?.map((m) => m !== null)).toEqual([true, true, false, true]);
  });

  it('leaves dated entries told in order, or fewer than three, to the other cues', () => {
    const inOrder = segmentParagraphs([
      '3 February 1953. Agathe arrives.',
      '15 April 1953. Agathe meets Paul at the market.',
      '21 July 1953. The flood takes the fields.',
    ]);
    expect(dateMarks(inOrder.text, inOrder.segs)).toBeNull();
    const two = segmentParagraphs(['21 July 1953. The flood.', '3 February 1953. Agathe arrives.']);
    expect(dateMarks(two.text, two.segs)).toBeNull();
  });

  it('orders a diary told out of order by its dates; an undated entry follows the one before it', () => {
    const { text, segs } = segmentParagraphs([
      '12 October 1953. Agathe buries a tin box under the church steps.',
      '3 February 1953. Agathe arrives in the village on the post bus.',
      '21 July 1953. The flood takes the lower fields and Paul breaks his leg.',
      'An undated entry: Agathe reads to Paul in the infirmary.',
      '15 April 1953. Agathe meets Paul at the market.',
      '5 January 1954. The new teacher finds the diary in the desk.',
    ]);
    const ranks = chronoRanks(
      placeSegments(text, segs, null, new Set(['Agathe', 'Paul'])).map((p) => p.t),
    );
    expect(ranks).toEqual([4, 0, 2, 3, 1, 5]);
  });
});
