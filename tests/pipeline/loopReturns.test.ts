import { describe, expect, it } from 'vitest';
import { findSeriesMark } from '../../src/pipeline/series';
import { chronoOrder, convertText } from '../fixtures/filmScenes';
import { segmentParagraphs as segmentsOf } from '../fixtures/paragraphs';

/**
 * Time loops told out of order (order.ts applySeries, the teaser tie, the recount resumption):
 * a cold open that a later paragraph catches up with, the film's last scene after a told
 * backstory, a return to the numbered opening scene, the final loop after a flashback, and a
 * flashback to the night before the first loop.
 */

// A recap: a cold open inside a later loop, a rewind to the first day, a backstory in dialogue.
const CROSSING = [
  "'Nine Forty' Recap: The Courier Who Keeps Dying",
  'The film drops us into the loop already in progress. At 7:02 a.m. a kettle whistles and courier Anders Lund is out of the door before it stops. At noon he stands at the level crossing on Mill Road with a stopwatch in his hand.',
  "Then the film rewinds to the first Thursday. Anders oversleeps, argues on the phone with his sister Greta about their mother's house, and at 9:40 p.m. a freight train hits a stalled car on the Mill Road crossing. He runs to help and the car explodes.",
  '7:02 a.m. The kettle again.',
  'On his second Thursday he warns the signalman, who laughs at him. On the third he phones the police, and the train hits the car anyway.',
  "Around loop twenty Anders gives up and drives to Greta's flat, and this is where we get the backstory, all in dialogue. Greta reminds him that their mother died at that crossing when he was nine, and that he had been holding her hand.",
  "So now we're back at the cold open, and the stopwatch finally makes sense. At 9:38 p.m. Anders pushes the stalled car off the rails himself, and the train thunders past.",
  'The last scene is the kettle whistling at 7:03 a.m. on a Friday, with Anders and Greta signing the papers for the house.',
].join('\n\n');

// A fan wiki: numbered loops, a return to the opening scene, a flashback before the final loop.
const FERRY = [
  'Second Crossing (film) - Loop Fandom Wiki',
  'Plot',
  'Cycle 88 (opening)',
  "The film begins at 4:20 p.m. on the deck of the ferry Saltholm. Ines Varga (Lotte Brandt) is reading the passengers' lines aloud before they speak them. At 4:31 the engine room floods and the ferry lists.",
  'The first Sunday',
  "The story then goes back to the beginning. Ines boards the Saltholm at noon for her brother's wedding on the island, loses her ticket, and meets the purser, Tomas Berg. At 4:31 the engine room floods and she wakes in her cabin at noon.",
  'The middle loops',
  "On the second Sunday she thinks she is ill. By the fifth she has learned every passenger's name, and around the fortieth loop she tries to jam the valve in the engine room, and the ferry floods anyway.",
  'The film then returns to the opening scene, with Ines reading the lines and the flooding at 4:31. This time the screen stays dark, and she hears Tomas calling her from the lifeboat deck.',
  "On loop 89 Ines goes straight to the purser's office. Tomas tells her that he has lived the crossing too, and shows her the log he keeps.",
  'Tomas reminds her of what she did on the evening before the first Sunday, and the film shows it in a flashback: Ines, late for the boat, shoving past an old deckhand on the pier and knocking his lantern into the sea.',
  "In 1979 the deckhand's son drowned when the old ferry went down in a storm. The lantern had been his.",
  'On what turns out to be the final loop, Ines and Tomas lock the valve together at 4:29. At 4:31 nothing happens, and the ferry docks at the island at five.',
  "Late that night Ines dances at her brother's wedding.",
].join('\n\n');

describe('time loops told out of order', () => {
  it('ties a cold open to the paragraph that comes back to it, and keeps the last scene last', () => {
    const f = convertText(CROSSING);
    expect(
      chronoOrder(f, [
        'Anders oversleeps',
        'On his second Thursday',
        'a kettle whistles',
        'stopwatch in his hand',
        'pushes the stalled car',
        'The last scene is the kettle',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts a return to the opening scene after it, and the final loop after every numbered one', () => {
    const f = convertText(FERRY);
    expect(
      chronoOrder(f, [
        "the deckhand's son drowned",
        'knocking his lantern',
        'Ines boards the Saltholm',
        'On the second Sunday',
        'The film begins at 4:20',
        'returns to the opening scene',
        'On loop 89',
        'the final loop',
        'dances at her brother',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads "the final loop" of a relived day, not "the last day of school"', () => {
    const { text, segs } = segmentsOf([
      'On what turns out to be the final loop, Ines locks the valve.',
      'On the last Tuesday of the month the club meets at the pier.',
      'The last day of school is hot and loud.',
    ]);
    expect(segs.map((s) => findSeriesMark(text, s))).toEqual([
      { unit: 'loop', n: Number.POSITIVE_INFINITY },
      null,
      null,
    ]);
  });
});
