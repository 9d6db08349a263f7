import { describe, expect, it } from 'vitest';
import { chronoOrder, convertText } from '../fixtures/filmScenes';

/**
 * Eras of one place told in alternation (order.ts applyYearThreads, layOutEras): the film opens
 * in a year, cuts to an undated present day, then jumps to a later year; "In the 1912 thread",
 * "Then we jump to 1968." go to their era, and every era lies before the present.
 */

const BEACON = [
  "REVIEW: The Keeper's Three Winters (2021) is a ghost story told across a century",
  'The film opens in a blizzard in 1912. Agnes Moor, the wife of the keeper at Sallow Head, gives birth alone while her husband is stranded on the mainland, and buries a stillborn son under the cottage floor.',
  "Cut to the present day. Sam Okafor, a marine biologist, rents the old keeper's cottage for a season of seal counts and starts hearing a baby crying at night.",
  'Then we jump to 1968. The light is being automated, and the last keeper, Walter Finch, is drinking himself through his final winter while his daughter Rose explores the cellar.',
  "Back in the present, Sam finds a child's shoe in the chimney and a name scratched into the lintel.",
  'In the 1912 thread, Agnes stops speaking to her husband and starts leaving milk on the cellar step every night.',
  '1968: Rose takes the floor of the cellar up with a coal shovel, and Walter, sobering up at last, helps her.',
  "Back in the present, Sam reads the parish register in the village and finds the boy's name.",
  'The finale is back in the present: Sam has the boy buried in the churchyard, and the crying stops.',
].join('\n\n');

const MILL = [
  'Loom Hall (film) - plot',
  'The movie opens in 1921 at the Halvard cotton mill, where a girl of fourteen, Bessie Clegg, loses her hand in a carding machine and is dismissed the same day.',
  "Smash cut to the present day. Priya Nair, a developer, buys the derelict mill to turn it into flats, and her foreman reports a child's handprints in the dust of the carding room every morning.",
  'Then the film cuts to 1979. The mill is closing, and the last manager, Derek Bolt, is paying men to burn the old wage books.',
  "Present day: Priya finds a single wage book that escaped the fire, with Bessie's name crossed out.",
  "In the 1921 timeline, Bessie's mother walks to the owner's house to ask for her daughter's wages and is turned away at the gate.",
  '1979: Derek keeps one of the wage books back, and hides it behind a loose brick in the carding room.',
  "Back in the present, Priya has Bessie's name carved on a plaque by the mill gate, and the handprints stop.",
].join('\n\n');

describe('eras told in alternation around an undated present', () => {
  it('orders two eras before the present day, each in text order', () => {
    const f = convertText(BEACON);
    expect(
      chronoOrder(f, [
        'gives birth alone',
        'starts leaving milk',
        'Walter Finch, is drinking',
        'Rose takes the floor',
        'rents the old keeper',
        "finds a child's shoe",
        'reads the parish register',
        'The finale is back',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads "Then the film cuts to 1979." and "In the 1921 timeline" as eras', () => {
    const f = convertText(MILL);
    expect(
      chronoOrder(f, [
        'loses her hand',
        "Bessie's mother walks",
        'burn the old wage books',
        'keeps one of the wage books',
        'buys the derelict mill',
        'a single wage book',
        'carved on a plaque',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
