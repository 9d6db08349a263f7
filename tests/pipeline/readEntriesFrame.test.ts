import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { applyReadEntries } from '../../src/pipeline/readEntries';
import { segmentParagraphs } from '../fixtures/paragraphs';

// A keeper's log read out of date order by his grandson; the frame opens in its own year.
const LOG = [
  "Ada Renn's 1989 novel The Weather Book was thought impossible to film. The novel is strictly chronological: Tom Varley's log starts the day he reaches the rock and ends the day he leaves it. The film reads the log out of order.",
  'The film opens in Halifax in 2021, at the burial of Tom Varley, a retired keeper. His grandson, Neil, is handed a tin box with a water-stained logbook inside.',
  "That evening, in his grandfather's empty house, Neil opens the book where a ribbon marks it.",
  "The entry is dated 9 November 1961, and in Tom's voice we hear that the relief boat has turned back for the third time. We see the young Tom breaking up a chair to feed the stove.",
  'Neil rings his mother, who says his grandfather never talked about the rock.',
  'Neil starts again from the front of the book.',
  'The first entry is dated 4 April 1961.',
  'Tom, nineteen and nervous, is rowed out to the rock and shown the lamp by the old keeper, Mr Skene.',
  'Back in the present, Neil takes the ferry out to the rock and climbs the tower with the book in his pocket.',
  'On the gallery he reads the entry for 7 November 1961, two days before the first one he read. The coal is running low.',
  'The last scenes belong to Neil. He scatters his grandfather ashes from the gallery and rows back alone.',
];

describe('a log read out of order, its frame opening in its own year', () => {
  it("keeps the opening in the frame's year in the present, first, whatever a pass before made of it", () => {
    const { text, segs } = segmentParagraphs(LOG);
    const out = placeSegments(text, segs, null, new Set(['Neil', 'Tom']));
    const at = (phrase: string): number => {
      const i = text.indexOf(phrase);
      return segs.findIndex((s) => s.start <= i && i < s.end);
    };
    const opening = out[at('The film opens in Halifax')];
    if (!opening) throw new Error('no opening');
    // As a thread pass may leave it: its time kept, its kind a flashback's.
    opening.kind = 'flashback';
    expect(applyReadEntries(text, segs, out)).toBe(true);
    expect(opening.kind).toBe('present');
    expect(opening.t).toBeLessThan(out[at('That evening')]?.t ?? -Infinity);
  });
});
