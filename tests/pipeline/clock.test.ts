import { describe, expect, it } from 'vitest';
import { clockMinutes, findClocks, findDayPart } from '../../src/pipeline/clock';

const minutesOf = (text: string): (number | null)[] => clockMinutes(findClocks(text));
const hm = (h: number, m = 0): number => h * 60 + m;

describe('findClocks', () => {
  it('reads digital times, with and without a meridiem', () => {
    expect(minutesOf('At 8:14 the lights fail; by 20:25 the van is gone.')).toEqual([
      hm(20, 14),
      hm(20, 25),
    ]);
    expect(minutesOf('She lands at 6.45 a.m. and calls him.')).toEqual([hm(6, 45)]);
  });

  it('reads spoken times: half past, a quarter to, ten to, o’clock, in the morning', () => {
    expect(minutesOf('At half past six in the evening, he waits.')).toEqual([hm(18, 30)]);
    expect(minutesOf('At a quarter to five in the morning she leaves.')).toEqual([hm(4, 45)]);
    expect(minutesOf('On the night of the party, at ten to eight, Ed arrives.')).toEqual([
      hm(19, 50),
    ]);
    expect(minutesOf('At three o’clock in the afternoon the bell rings.')).toEqual([hm(15)]);
    expect(minutesOf('He wakes at four in the morning.')).toEqual([hm(4)]);
  });

  it('reads "ten to midnight", "a quarter past noon" and dotted times after a word of time or opening a line', () => {
    expect(findClocks('Ten to midnight. The police arrive.')[0]).toMatchObject({
      hour: 23,
      minute: 50,
    });
    expect(findClocks('A quarter past noon, she leaves.')[0]).toMatchObject({
      hour: 12,
      minute: 15,
    });
    expect(findClocks('At 11.15 the police arrive.')[0]).toMatchObject({ hour: 11, minute: 15 });
    expect(findClocks('23.10. Kemp locks up.')[0]).toMatchObject({ hour: 23, minute: 10 });
    expect(findClocks('The ticket costs 11.15 pounds, says verse 3.16.')).toEqual([]);
  });

  it('gives an unqualified hour the half of the day of its nearest qualified neighbour', () => {
    expect(
      minutesOf('The gala starts at 7 pm. At 8:10 she bids. At 8:14 the lights go out.'),
    ).toEqual([hm(19), hm(20, 10), hm(20, 14)]);
  });

  it('counts the small hours after an evening as the next day', () => {
    const m = minutesOf('At 11 pm the party ends. At midnight he drives off. At 2:30 he crashes.');
    expect(m).toEqual([hm(23), hm(24), hm(26, 30)]);
  });

  it('ignores times inside quoted speech, numbers that are not times, and ratios', () => {
    expect(findClocks('She texts: "Meet me at 8:15." Then she waits.')).toEqual([]);
    expect(findClocks('Two of the ten to die are children; he is 3.5 metres tall.')).toEqual([]);
    expect(findClocks('Five past winners attend.')).toEqual([]);
  });
});

describe('findDayPart', () => {
  it('takes the part of the day the telling moves to', () => {
    expect(findDayPart('The film rewinds to the afternoon.')?.hour).toBe(15);
    expect(findDayPart('It goes back once more, to that morning.')?.hour).toBe(9);
  });

  it('does not take a day moved ("the next morning", "the night before")', () => {
    expect(findDayPart('The next morning, she leaves.')).toBeNull();
    expect(findDayPart('On the night before the trial, he runs.')).toBeNull();
  });
});

describe('clockMinutes', () => {
  it('reads unqualified hours as a day (morning and afternoon) when the known ones are by day', () => {
    expect(
      minutesOf('At 7:15 she wakes. At 4 pm she leaves. At 9:30 he arrives. At 2:10 he calls.'),
    ).toEqual([hm(7, 15), hm(16), hm(9, 30), hm(14, 10)]);
  });

  it('reads unqualified hours as the small hours when the known ones are at night', () => {
    expect(
      minutesOf('At four in the morning he wakes. At three o’clock she left. At 5:20 he runs.'),
    ).toEqual([hm(4), hm(3), hm(5, 20)]);
  });

  it('reads a zero-padded hour as a 24-hour morning ("06:20")', () => {
    expect(
      minutesOf(
        'At 21:45 the power fails. At 00:40 he knocks. At 02:15 he is gone. At 06:20 the boat lands.',
      ),
    ).toEqual([hm(21, 45), hm(24, 40), hm(26, 15), hm(30, 20)]);
    expect(minutesOf('At 06:20 she wakes. At 9:30 she leaves.')).toEqual([hm(6, 20), hm(9, 30)]);
  });

  it('reads a day that runs into the evening as a day, not an evening', () => {
    expect(
      minutesOf(
        'At half past seven in the morning he leaves. At a quarter to three he signs. At five o’clock he reads it. At seven in the evening he drives. At ten that night he calls.',
      ),
    ).toEqual([hm(7, 30), hm(14, 45), hm(17), hm(19), hm(22)]);
  });

  it('reads a day whose viewpoints each begin early and end in the evening as one day', () => {
    // Two viewpoints of one day, each from its early start: the first start is morning (its
    // sentence opens a day), and a morning told after an evening is a rewind, not the next day.
    expect(
      minutesOf(
        'Her shift starts at a quarter past five with a cold bus. At ten to eleven she reaches the pier. At seven that evening she counts the takings. Oskar wakes at six in the morning in the hostel. At nine he buys a ticket.',
      ),
    ).toEqual([hm(5, 15), hm(10, 50), hm(19), hm(6), hm(9)]);
  });

  it('keeps the small hours after an evening as the night, in a day told once', () => {
    expect(
      minutesOf(
        'At 9:00 am he leaves. At 7:30 in the evening they eat. At 2:00 am the phone rings.',
      ),
    ).toEqual([hm(9), hm(19, 30), hm(26)]);
  });

  it('after the small hours of a night, reads the hours that follow as the next morning', () => {
    expect(
      minutesOf(
        'At 10:40 pm he waits. At 12:30 am the train stops. At 2:30 he walks. At 7:15 he arrives.',
      ),
    ).toEqual([hm(22, 40), hm(24, 30), hm(26, 30), hm(31, 15)]);
    expect(minutesOf('At 11:15 pm she waits. At 4:00 am it leaves. At dawn he returns.')).toEqual([
      hm(23, 15),
      hm(28),
      hm(30),
    ]);
  });

  it('reads a bare hour ("by nine") and a part of the day ("at dawn") only as marked bare', () => {
    const found = findClocks('By nine the hall is full. At dawn she writes a letter.');
    expect(found.map((m) => [m.hour, m.bare])).toEqual([
      [9, true],
      [6, true],
    ]);
    expect(
      findClocks('She was nine when her father left; at nine years old she ran away.'),
    ).toEqual([]);
  });
});
