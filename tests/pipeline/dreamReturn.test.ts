import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

/**
 * A dream that turns into a memory: "she relives the wet October night in 2009 when ..." is a
 * flashback to that night (a few words may describe it), and waking from it ("She wakes up
 * screaming", "He woke with a start") brings the story back. Every document here was written
 * for these tests.
 */
const cueOf = (s: string) => findCue(s, 0, s.length);

describe('reliving a night, and waking from it', () => {
  it('reads the reliving as a flashback to its year', () => {
    const c = cueOf(
      'The dream darkens, and she relives the wet October night in 2009 when it rained.',
    );
    expect(c?.kind).toBe('flashback');
    expect(c?.year).toBe(2009);
    expect(cueOf('He relived that terrible winter morning in 1987.')?.kind).toBe('flashback');
  });

  it('reads waking in fright as a return, and an ordinary waking as nothing', () => {
    expect(cueOf('She wakes up screaming, and her son makes her tea.')?.kind).toBe('return');
    expect(cueOf('He woke with a start and reached for the lamp.')?.kind).toBe('return');
    expect(cueOf('She wakes up early and feeds the hens.')?.kind ?? null).toBeNull();
  });
});

const ORCHARD = [
  'The Orchard Keeper',
  "Mira Kohl has run the family orchard alone since her husband's death. On Monday the bank writes to say it will take the land at the end of the month.",
  "That night Mira falls asleep over the accounts and dreams of the harvest festival. The dream darkens, and she relives the wet October night in 2009 when her husband's tractor rolled into the river. She wakes up screaming, and her son Felix makes her tea.",
  'On Tuesday Mira drives to the bank in town and asks for more time.',
];

const PIT = [
  'The Pit Bell',
  'In the spring of 2015 Tomasz Wolny, a retired miner, was asked to ring the bell at the opening of the new museum in Wałbrzych.',
  'The night before the ceremony he dozed in his chair and dreamed of the pit. Then he relived that terrible winter morning in 1987 when the roof of the east gallery came down on his brother. He woke with a start, and his wife Hanna brought him water.',
  'The next day Tomasz rang the bell and could not stop his hands from shaking.',
];

describe('a dream that turns into a memory, inside a paragraph', () => {
  it('places the relived night in its year and the waking back in the story (present tense)', () => {
    const [river, bank, asleep, tea, drives] = chronoOfPhrases(ORCHARD, [
      'tractor rolled into the river',
      'the bank writes',
      'falls asleep over the accounts',
      'makes her tea',
      'drives to the bank',
    ]);
    expect(river).toBeLessThan(bank ?? -1);
    expect(bank).toBeLessThan(asleep ?? -1);
    expect(asleep).toBeLessThan(tea ?? -1);
    expect(tea).toBeLessThan(drives ?? -1);
  });

  it('does the same in a synopsis told in the past', () => {
    const [roof, asked, dozed, water, rang] = chronoOfPhrases(PIT, [
      'the roof of the east gallery came down',
      'was asked to ring the bell',
      'he dozed in his chair',
      'brought him water',
      'Tomasz rang the bell',
    ]);
    expect(roof).toBeLessThan(asked ?? -1);
    expect(asked).toBeLessThan(dozed ?? -1);
    expect(dozed).toBeLessThan(water ?? -1);
    expect(water).toBeLessThan(rang ?? -1);
  });
});
