import { describe, expect, it } from 'vitest';
import { placeSegments } from '../../src/pipeline/order';
import { readDocument, readerReturns } from '../../src/pipeline/readEntries';
import { documentJump } from '../../src/pipeline/documents';
import { findCue } from '../../src/pipeline/time';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs -> the placement of the segment holding each given phrase, and its segment. */
const place = (paragraphs: string[]) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  const out = placeSegments(text, segs, null, new Set());
  const index = (phrase: string) => {
    const i = text.indexOf(phrase);
    const k = segs.findIndex((s) => s.start <= i && i < s.end);
    if (i < 0 || k < 0) throw new Error(`no segment holds "${phrase}"`);
    return k;
  };
  const at = (phrase: string) => {
    const p = out[index(phrase)];
    if (!p) throw new Error(`no placement for "${phrase}"`);
    return p;
  };
  /** The rank of each phrase's moment among the phrases given. */
  const ranks = (phrases: string[]) => {
    const ts = phrases.map((p) => at(p).t);
    return ts.map((t) => ts.filter((u) => u < t).length);
  };
  return { at, index, ranks, text, segs };
};

const ALMANAC = [
  'In 2016, Nadia Karimi, a teacher in Lyon, inherits the farmhouse of her great-uncle Yusuf in the Drôme and finds his almanac in a drawer of the kitchen table.',
  'Nadia reads it by the stove that evening. The first note she finds is dated 9 August 1971: the hail has flattened the lavender, and Yusuf writes that the bank will not wait.',
  'The next morning Nadia drives to the village and asks the mayor about the hail.',
  'Back at the farmhouse she turns back to an entry for 2 April 1971, in which Yusuf plants the new field with his brother Karim and they drink to the harvest.',
  'Nadia calls her mother in Lyon, who says that Karim never came home after that year.',
  'Then she reaches a page written three days after the first one she read. Yusuf writes that Karim has left for Marseille with the last of the money.',
  'She skips ahead in the almanac to 30 December 1971. Yusuf sits alone by the stove and writes a letter to his brother that he never sends.',
  'Nadia closes the almanac and sits in the dark. In the end she drives to Marseille and finds the grave of Karim by the sea.',
];

describe('a document read out of order, its pages named mid-paragraph (readEntries.ts)', () => {
  it('reads a page named in a paragraph’s second sentence, and a page placed by another', () => {
    const { text, segs } = segmentParagraphs(ALMANAC);
    const doc = readDocument(text, segs);
    expect(doc).not.toBeNull();
    expect(doc?.reader).toBe('Nadia');
    // Four pages: three dated, one three days after the first one read.
    expect(doc?.days.size).toBe(4);
  });

  it('orders the pages by their dates and keeps the reader’s scenes after them in text order', () => {
    const { ranks } = place(ALMANAC);
    expect(
      ranks([
        'plants the new field',
        'the hail has flattened the lavender',
        'Karim has left for Marseille',
        'sits alone by the stove',
        'inherits the farmhouse',
        'Nadia reads it by the stove',
        'drives to the village',
        'Nadia calls her mother',
        'finds the grave of Karim',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives the reader’s sentence before a page its own scene in the present', () => {
    const { at, index } = place(ALMANAC);
    expect(index('Nadia reads it by the stove')).not.toBe(index('the hail has flattened'));
    expect(at('Nadia reads it by the stove').kind).toBe('present');
    expect(at('the hail has flattened').kind).toBe('flashback');
  });

  it('does not read a jump inside the document as the film’s flash-forward', () => {
    const { at } = place(ALMANAC);
    expect(at('She skips ahead in the almanac').kind).not.toBe('flashforward');
    expect(at('Nadia calls her mother').kind).toBe('present');
  });

  it('places a flashback of the film inside the frame after the pages and before the frame', () => {
    const paragraphs = [...ALMANAC];
    paragraphs.splice(
      4,
      0,
      'In a flashback, the film shows Nadia as a girl of ten on this farm, picking lavender with a very old man.',
    );
    const { ranks } = place(paragraphs);
    expect(
      ranks(['sits alone by the stove', 'as a girl of ten', 'inherits the farmhouse']),
    ).toEqual([0, 1, 2]);
  });

  it('places a page named by day and month in the year nearest the page before it', () => {
    const winter = [
      'In 2003, Pieter van Dam, a retired pilot in Delft, is sent a parcel from a notary in Bergen: the diary his father kept on a weather station in the Arctic.',
      'Pieter opens it on the tram. The first entry he reads is dated 20 November 1944: the supply ship has not come, and his father writes that the radio is broken.',
      'At home Pieter shows the diary to his daughter Marit, who laughs at the drawings of bears.',
      'He turns back to the entry for 2 October, in which his father lands on the island with two other men and builds the hut.',
      'Pieter goes to the archive in Den Haag and asks about the station.',
      'Later he skips ahead in the diary to 3 March. The ice is breaking, and his father writes that a ship has been seen on the horizon.',
      'Pieter closes the diary and phones his sister.',
    ];
    const { ranks, at } = place(winter);
    expect(
      ranks([
        'builds the hut',
        'the radio is broken',
        'a ship has been seen',
        'is sent a parcel',
        'shows the diary to his daughter',
        'asks about the station',
        'phones his sister',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(at('a ship has been seen').kind).toBe('flashback');
  });

  it('does not read a day and month that name no page as a page (negative)', () => {
    const { text, segs } = segmentParagraphs([
      'In 2003, Pieter finds his father’s diary from the Arctic.',
      'The first entry he reads is dated 20 November 1944: the radio is broken.',
      'On 2 October his father lands on the island with two other men.',
      'By 3 March the ice is breaking.',
    ]);
    expect(readDocument(text, segs)).toBeNull();
  });

  it('keeps a scene of the reader’s own past that names its year out of the frame', () => {
    const paragraphs = [...ALMANAC];
    paragraphs.splice(
      4,
      0,
      'In 1985, Nadia spends a summer on the farm as a girl of ten, and Yusuf teaches her to cut lavender.',
    );
    const { ranks, at } = place(paragraphs);
    expect(
      ranks(['sits alone by the stove', 'teaches her to cut lavender', 'inherits the farmhouse']),
    ).toEqual([0, 1, 2]);
    expect(at('teaches her to cut lavender').kind).not.toBe('present');
  });

  it('leaves a diary told in order as the film’s own narration alone (negative)', () => {
    const { text, segs } = segmentParagraphs([
      'Nadia keeps a diary through the summer of 1971 on her uncle’s farm.',
      'On the page for 2 April 1971 she writes that Yusuf and Karim plant the new field.',
      'The entry for 9 August 1971 tells of the hail that flattens the lavender.',
      'Her diary entry for 30 December 1971 says that Karim has gone to Marseille.',
    ]);
    expect(readDocument(text, segs)).toBeNull();
  });

  it('does not read dated scenes that name no page as pages (negative)', () => {
    const { text, segs } = segmentParagraphs([
      'In 2016, Nadia finds her great-uncle’s almanac in a drawer.',
      'On 9 August 1971 the hail flattens the lavender. Yusuf goes to the bank.',
      'On 2 April 1971 Yusuf and Karim plant the new field and post a letter to their mother.',
      'On 30 December 1971 Yusuf sits alone by the stove.',
      'On 12 August 1971 Karim leaves for Marseille.',
    ]);
    expect(readDocument(text, segs)).toBeNull();
  });

  it('reads the reader coming back only when the reader reads or names the document', () => {
    expect(readerReturns('Nadia reads the page twice as the train rolls.', 'Nadia')).toBe(true);
    expect(readerReturns('Nadia is a baby in a basket by the stove.', 'Nadia')).toBe(false);
    expect(readerReturns('Nadias reads the page.', 'Nadia')).toBe(false);
  });
});

describe('a jump inside a document is not a jump of the film (documents.ts, time.ts)', () => {
  const cue = (s: string) => findCue(s, 0, s.length);

  it('reads "skips ahead in the diary" as a turn of pages', () => {
    expect(documentJump(' in the diary to 3 May 1950.')).toBe(true);
    expect(documentJump(' in her logbook to the last entry.')).toBe(true);
    expect(cue('She skips ahead in the diary to the spring.')?.kind).not.toBe('flashforward');
    expect(cue('The film jumps forward in the logbook to the winter.')?.kind).not.toBe(
      'flashforward',
    );
  });

  it('keeps the film’s own jump when no document is named (negative)', () => {
    expect(documentJump(' to 2041, where an old woman walks the harbour wall.')).toBe(false);
    expect(cue('The film skips ahead to 2041.')?.kind).toBe('flashforward');
    expect(cue('The film jumps forward ten years.')?.kind).toBe('flashforward');
    // "Flashes back" is always the film's, even to what a diary tells.
    expect(cue('The film flashes back to the diary’s first winter.')?.kind).toBe('flashback');
    expect(cue('She turns back a few pages.')).toBeNull();
  });
});
