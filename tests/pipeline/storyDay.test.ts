import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { pastDayMention } from '../../src/pipeline/storyDay';

/**
 * Several stories over one day (stories.ts): the day they share is the first day of the week
 * they name as their own, not an earlier day a present-tense telling mentions in the past ("a
 * paper boy who bought the ticket on Wednesday afternoon"); and a story that starts on a part of
 * the day ("it starts the same Saturday morning") may name a clock time early in that part ("At
 * seven o'clock"). Every document here was written for these tests.
 */

describe('a day of the week mentioned in the past', () => {
  it('is a past mention only in a clause told in the past, in a present-tense telling', () => {
    const s = 'Mo, a paper boy who bought the ticket on Wednesday afternoon, wakes up late.';
    expect(pastDayMention(s, s.indexOf('Wednesday'), true)).toBe(true);
    expect(pastDayMention(s, s.indexOf('Wednesday'), false)).toBe(false);
    const t = 'Mo wakes up on Saturday at six and cannot find it.';
    expect(pastDayMention(t, t.indexOf('Saturday'), true)).toBe(false);
    const u = 'He lost it yesterday. On Saturday he searches the pier.';
    expect(pastDayMention(u, u.indexOf('Saturday'), true)).toBe(false);
  });
});

const TICKETS = [
  'Three Tickets',
  'The film tells three stories, one after another, all over the same Saturday in a small seaside town, and each ends on the beach after dark.',
  'Part One: Dara',
  'We begin at five in the morning with Dara Finch, a lifeguard, who opens the beach hut and finds a lottery ticket pinned to the door. At eleven she shows it to her boss, who laughs at her and tells her to get back to work. That evening she loses it in the sand while she is locking the hut.',
  'Part Two: Mo',
  'Then the film goes back to the start of the day. The second story follows Mo Lint, a paper boy who bought the ticket on Wednesday afternoon and has not told his mother. His Saturday begins at seven, when he cannot find it anywhere and turns his bedroom upside down. At eleven he searches the pier from end to end with his little sister. That evening he sees a woman digging in the sand by the lifeguard hut.',
  'Part Three: Hilda',
  "The third story belongs to Hilda Crane, and it starts the same Saturday morning. At eight o'clock Hilda is told by her landlord that her shop will close at the end of the month. At noon she walks the pier and passes a boy searching under the benches. That evening she finds a ticket in the sand and throws it into the sea.",
];

const NIGHT_SHIFT = [
  'Night Shift',
  'Three stories, told one after another, cross on one Tuesday in a hospital in Leeds.',
  'Chapter One: The Porter',
  'We open at six in the morning with Abel, a porter, wheeling an empty bed into the lift. At ten he is sent to the basement with a box of files. In the afternoon he falls asleep in the laundry.',
  'Chapter Two: The Student',
  'The film rewinds to the beginning of the day. The second chapter follows June, a medical student who failed her exam on Monday morning. Her Tuesday starts at seven with a phone call from her father. At ten she drops her notes in the lift. In the afternoon she finds them in the laundry, under a sleeping porter.',
  'Chapter Three: The Surgeon',
  'The third chapter belongs to Mr Okafor, and it starts the same Tuesday morning. At eight Mr Okafor operates on a boy with a broken arm. At ten he takes the lift down with a student who is crying. In the afternoon he signs his resignation letter.',
];

describe('stories over one day, with another day mentioned in the past', () => {
  it('interleaves three stories of one Saturday by their clocks', () => {
    const [bought, hut, sevenAm, told, boss, pier, walks, loses] = chronoOfPhrases(TICKETS, [
      'bought the ticket on Wednesday',
      'opens the beach hut',
      'when he cannot find it anywhere',
      'Hilda is told by her landlord',
      'she shows it to her boss',
      'he searches the pier',
      'she walks the pier',
      'she loses it in the sand',
    ]);
    expect(bought).toBeLessThan(hut ?? -1);
    expect(hut).toBeLessThan(sevenAm ?? -1);
    expect(sevenAm).toBeLessThan(told ?? -1);
    expect(told).toBeLessThan(boss ?? -1);
    expect(pier).toBeLessThan(walks ?? -1);
    expect(walks).toBeLessThan(loses ?? -1);
  });

  it('interleaves three chapters of one Tuesday by their clocks', () => {
    const [failed, bed, call, operates, files, asleep] = chronoOfPhrases(NIGHT_SHIFT, [
      'failed her exam on Monday',
      'wheeling an empty bed',
      'a phone call from her father',
      'operates on a boy',
      'sent to the basement',
      'he falls asleep in the laundry',
    ]);
    expect(failed).toBeLessThan(bed ?? -1);
    expect(bed).toBeLessThan(call ?? -1);
    expect(call).toBeLessThan(operates ?? -1);
    expect(operates).toBeLessThan(files ?? -1);
    expect(files).toBeLessThan(asleep ?? -1);
  });
});
