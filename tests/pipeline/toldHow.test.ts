import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

describe('a "tells how" clause in a linear synopsis', () => {
  it('cuts only the told clause to its year; the rest of the paragraph stays in the weekend', () => {
    const chrono = chronoOfPhrases(
      [
        'On Friday night the Dunns arrive at a caravan park in Devon for the reunion. The site owner, Pat Holm, has lost their booking.',
        'On Saturday morning it rains. The tent collapses, and old Uncle Vic tells the children how he met their grandmother on this very beach in 1958.',
        'Meanwhile, the twins sneak off to the arcade and win a goldfish.',
        'In the afternoon the family plays cricket in the mud. Vic bowls out his own son and is carried round the field in triumph.',
        'On Sunday they pack up in the sunshine and drive home.',
      ],
      [
        'met their grandmother on this very beach',
        'arrive at a caravan park',
        'The tent collapses',
        'win a goldfish',
        'plays cricket in the mud',
        'drive home',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });
});

describe('a telling from a source, its clause led by a common noun', () => {
  it('cuts "learns from the parish records that the old bridge collapsed in 1931" to 1931', () => {
    const chrono = chronoOfPhrases(
      [
        'In 2020, an engineer, Dana Roos, comes to a mountain village to inspect its bridge. She lodges with the schoolteacher.',
        'Dana learns from the parish records that the old bridge collapsed once before, in 1931, and that a bus fell into the gorge. The schoolteacher’s grandfather is on the list of the rescuers.',
        'Dana closes the bridge to lorries, and the village turns against her.',
      ],
      [
        'the old bridge collapsed',
        'comes to a mountain village',
        'is on the list of the rescuers',
        'closes the bridge',
      ],
    );
    expect(chrono).toEqual([...chrono].sort((a, b) => a - b));
  });
});
