import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/** A podcast recap in the present: decades apart, the withheld year shown from a confession. */
const podcast = [
  'The film opens in 1962. Lise Andersen and her sister Maja swim across the quarry lake on a dare, and Maja nearly drowns.',
  'In 1972 Lise runs the family hotel alone. Maja has gone to Copenhagen and writes only at Christmas.',
  'In 1982 Maja comes home with a suitcase and no explanation, and the two sisters barely speak.',
  'On the last night Lise finally tells Maja why their father sold the boathouse, and we go back to 1967. Lise burns the boathouse by accident with a paraffin heater. Their father takes the blame with the insurers and never speaks of it again.',
  'Back in 1982, Maja packs her suitcase, then unpacks it again and stays.',
];

/** A forum post in the past tense: the cut to a year is reported after a colon. */
const forum = [
  'Watched Red Harbour last night, some thoughts. Spoilers obviously.',
  'It starts in 1948 with Tomas Kerr coming home from the war to a fishing town that has moved on without him.',
  'By 1958 Tomas owns two boats and his brother Ewan works for him, badly.',
  'The best bit is near the end, when Ewan admits to the harbour master what he did with the insurance money and the film cuts to: 1953. Ewan scuttled the old boat himself one winter night. Tomas was asleep in the pub and never knew.',
  'Back in 1958, Tomas forgives him, sort of.',
];

describe('a sentence ending on the film going to a year (closingCaptions.ts)', () => {
  it('puts the year shown after a confession between the decades it falls in', () => {
    const [swim, hotel, home, tells, fire, back] = chronoOfPhrases(podcast, [
      'swim across the quarry lake',
      'runs the family hotel alone',
      'comes home with a suitcase',
      'finally tells Maja why',
      'burns the boathouse by accident',
      'packs her suitcase, then unpacks',
    ]);
    expect(swim).toBeLessThan(fire ?? -1);
    expect(fire).toBeLessThan(hotel ?? -1);
    expect(hotel).toBeLessThan(home ?? -1);
    expect(home).toBeLessThan(tells ?? -1);
    expect(tells).toBeLessThan(back ?? -1);
  });

  it('reads a cut reported after a colon ("the film cuts to: 1953")', () => {
    const [war, boats, admits, scuttled, forgives] = chronoOfPhrases(forum, [
      'coming home from the war',
      'owns two boats',
      'Ewan admits to the harbour master',
      'scuttled the old boat himself',
      'Tomas forgives him',
    ]);
    expect(war).toBeLessThan(scuttled ?? -1);
    expect(scuttled).toBeLessThan(boats ?? -1);
    expect(boats).toBeLessThan(admits ?? -1);
    expect(admits).toBeLessThan(forgives ?? -1);
  });

  it('does not split at a year named with "in" or a year nobody goes to', () => {
    const linear = [
      'Nell Foley inherits a cinema in a seaside town and finds it full of pigeons.',
      'Her uncle Bertram shows her the projection booth, and the film shows his first screening in 1951. Nell fixes the projector with a hairpin and sells tickets for the Saturday matinee.',
      'She marries the projectionist, Arlo, in the foyer, and the town gives them a cake shaped like a reel, 1962.',
      'Nell and Arlo run the cinema together until it is sold at the end.',
    ];
    const order = chronoOfPhrases(linear, [
      'inherits a cinema',
      'fixes the projector with a hairpin',
      'marries the projectionist',
      'run the cinema together',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
