import { describe, expect, it } from 'vitest';
import { chronoOrder, convertText } from '../fixtures/filmScenes';

/**
 * A log read out of date order inside a later frame (readEntries.ts): a page named after a comma
 * or a colon ("the very first logbook, 2 April 1971", "the entry he had dreaded: 9 November
 * 1975"), and a page named at the end of its paragraph ("..., at an entry for 12 March 1979, and
 * read aloud.") whose text is the next paragraph.
 */

const LOGBOOK = [
  'Summary note (library staff):',
  "In the spring of 2004, Tomas Brekke, forty, came back to Lerwick to clear his late father's boathouse. Under the workbench he found the logbooks his father had kept on the trawler Northern Star. His mother, Ruth, now in a nursing home, had stopped speaking after her stroke, and a nurse told Tomas to read to her.",
  'Tomas did not read them in order. On his first visit he opened a logbook at random, at an entry for 12 March 1979, and read aloud.',
  'That morning, his father had written, the Northern Star lost her nets in a gale off Fair Isle, and a deckhand named Olav went over the side and was pulled back by his boots.',
  'Ruth laughed for the first time in a year when Tomas finished. He promised to come back on Sunday.',
  'On the second visit he went back to the very first logbook, 2 April 1971. His father, twenty-five, had taken the Northern Star out alone for the first time, and had written that the engine sounded like a sick cow.',
  'On the third visit Tomas read the entry he had dreaded: 9 November 1975, the night his brother drowned. His father had searched the harbour until dawn and had written nothing else that month.',
  'In the final scene, Tomas rowed his mother out into the harbour in the spring sun and read her the last page.',
].join('\n\n');

describe('a log read out of order, its pages named after a comma, a colon or a paragraph end', () => {
  it('orders the pages by date, before the frame, and keeps the reader in the frame', () => {
    const f = convertText(LOGBOOK);
    expect(
      chronoOrder(f, [
        'had taken the Northern Star out alone',
        'had searched the harbour until dawn',
        'lost her nets in a gale',
        'came back to Lerwick',
        'opened a logbook at random',
        'Ruth laughed',
        'rowed his mother out',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
