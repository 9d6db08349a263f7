import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { clockMinutes, findClocks } from '../../src/pipeline/clock';
import { placedRanks } from '../fixtures/paragraphs';

const minutesOf = (text: string): (number | null)[] => clockMinutes(findClocks(text));
const hm = (h: number, m = 0): number => h * 60 + m;

describe('a day that starts at dawn and runs past noon', () => {
  it('reads the afternoon hours after noon as the afternoon, not the small hours', () => {
    const day =
      'At five in the morning the two walkers leave the hut. At seven they reach the lake. ' +
      'Shortly after noon the bridge gives way. At one o’clock the warden raises the alarm. ' +
      'At a quarter past one the pilot takes off. At three they find her on the ice.';
    expect(minutesOf(day)).toEqual([hm(5), hm(7), hm(12), hm(13), hm(13, 15), hm(15)]);
  });

  it('leaves a viewpoint that rewinds to the morning in the morning', () => {
    const views =
      'At five in the morning the cook lights the ovens. At a quarter past eleven the mother ' +
      'finds the room empty. At noon the bells ring. At seven, the best man wakes on a sofa. ' +
      'At half past eight he finds the rings are gone.';
    expect(minutesOf(views)).toEqual([hm(5), hm(11, 15), hm(12), hm(7), hm(8, 30)]);
  });
});

describe('the half of the day from the words around a time', () => {
  it('does not take it from a night that belongs to another day', () => {
    const morning =
      'At half past eight Ben wakes on the sofa. He retraces the previous night’s stag party ' +
      'through the town: at ten he is searching the pub, and at a quarter to eleven he finds the rings.';
    expect(minutesOf(morning)).toEqual([hm(8, 30), hm(10), hm(10, 45)]);
  });

  it('still takes it from a night of this day', () => {
    expect(minutesOf('That night, at ten, she locks the door of the shop.')).toEqual([hm(22)]);
    expect(minutesOf('After the party, at half past eleven, the guests leave.')).toEqual([
      hm(23, 30),
    ]);
  });
});

const ranks = (paragraphs: string[]): number[] => placedRanks(paragraphs);

describe('viewpoints of one morning, each opened by a bare hour', () => {
  it('sets a viewpoint that opens "At eight, ..." at eight, before the noon told already', () => {
    expect(
      ranks([
        'At seven, Rosa irons the dress in the kitchen. At half past nine the hairdresser comes.',
        'At a quarter past eleven Rosa finds the bedroom empty. At noon the bells ring and she waits in the church.',
        'At eight, Felix wakes on a sofa with his shoes on. At half past ten he finds the rings are gone.',
        'At a quarter to twelve Felix runs along the dyke to the church.',
      ]),
    ).toEqual([0, 2, 4, 6, 1, 3, 5]);
  });

  it('does not send a scene back for an hour named in passing', () => {
    expect(
      ranks([
        'At 9:15 Rosa opens the shop. At 10:40 the first customer comes in.',
        'At 11:30 the courier brings the parcel.',
        'Rosa finally takes the train at eight to Dover with the parcel. At 12:10 she calls her brother.',
      ]),
    ).toEqual([0, 1, 2]);
  });
});

describe('a viewpoint introduced by the hour its day began', () => {
  it('sets "whose day began at seven" at seven, before the first strand’s eight o’clock', () => {
    expect(
      ranks([
        'At 8:00 Lisbeth opens the bank with the manager. At 10:55 two masked men come in and one fires into the ceiling.',
        'The final chapter follows Ulla, whose day began at seven when she walked her son to the bus. At 10:45 she buys pastries across the square.',
      ]),
    ).toEqual([1, 3, 0, 2]);
    // (the bank's two times are two scenes: the clock goes back between the strands)
  });

  it('does not rewind for an hour that is not when the day began', () => {
    const r = ranks([
      'At 8:00 Lisbeth opens the bank with the manager. At 10:55 two masked men come in and one fires into the ceiling.',
      'The final chapter follows Ulla, whose train to the coast leaves at seven tonight, waiting in the café. At 10:45 she buys pastries across the square.',
    ]);
    expect(r[2]).not.toBe(0);
  });
});

/** The chronoIndex of the scene holding each anchor, converting `text` as one document. */
const chronoOf = (text: string, anchors: string[]): number[] => {
  const [film] = convertDocuments([{ file: 'strands.txt', text }], new Diagnostics());
  if (!film) throw new Error('no film');
  return anchors.map((a) => {
    const at = text.indexOf(a);
    const scene = film.scenes.find((s) => s.sources.some((src) => src.start <= at && at < src.end));
    if (at < 0 || !scene) throw new Error(`no scene holds "${a}"`);
    return scene.chronoIndex;
  });
};
const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures/strands', name), 'utf8');

describe('strands that converge on one moment', () => {
  it('restarts "Earlier that morning" and "That same morning" at the start of the day, and ties each retold shot to the first', () => {
    const [a1, a2, m1, b1, b2, m2, c1, c2, m3, after, evening] = chronoOf(fixture('parade.txt'), [
      'argues with her landlord',
      'buys the girl an ice cream',
      'the bandleader falls in the middle of the road',
      'cleans the old service revolver',
      'sits for an hour in a café',
      'Duarte sees a curtain move',
      'searches her room for the mouthpiece',
      'takes her place in the second row',
      'his baton rolling under her feet',
      'finds Vasco Leal at an open window',
      'Inês identifies Vasco',
    ]).map((x) => x ?? -1);
    // Every strand's morning comes before every telling of the shot...
    for (const early of [a1, a2, b1, b2, c1, c2])
      for (const shot of [m1, m2, m3]) expect(early).toBeLessThan(shot ?? -1);
    // ...the later part of a strand after the start of the first, the tellings side by side...
    expect(b2).toBeGreaterThan(a1 ?? -1);
    expect(c2).toBeGreaterThan(a1 ?? -1);
    expect([m1, m2, m3].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([
      m1,
      (m1 ?? 0) + 1,
      (m1 ?? 0) + 2,
    ]);
    // ...and what follows the last telling follows the shot.
    expect(after).toBeGreaterThan(m3 ?? -1);
    expect(evening).toBeGreaterThan(after ?? -1);
  });

  it('cuts a strand told in one paragraph before its retold moment ("The film now follows", "Meanwhile, across the fjord")', () => {
    const [h1, hMoment, o1, oMoment, l1, lMoment, rescue] = chronoOf(fixture('ferry.txt'), [
      'throws him out of the kiosk',
      'She is counting the float',
      'whose morning began in the back of his van',
      'Odd is still on the quay arguing with Petter',
      'has been on call since dawn',
      'She is halfway up the gangway',
      'pulls Leila out through the window',
    ]).map((x) => x ?? -1);
    for (const early of [h1, o1, l1])
      for (const moment of [hMoment, oMoment, lMoment]) expect(early).toBeLessThan(moment ?? -1);
    expect(rescue).toBeGreaterThan(Math.max(hMoment ?? 0, oMoment ?? 0, lMoment ?? 0));
  });

  it('leaves a linear film that turns to another character, and a flashback that meets no moment, in text order', () => {
    const linear = [
      'Marta Olsen opens her bakery in the harbour town at dawn and quarrels with the flour merchant about his prices, which he has raised again.',
      'The film then follows her son Jonas, who takes the bus to the city to sit his driving test, fails it on the roundabout and walks back along the coast road.',
      'That same evening Marta closes the bakery early, and the two of them eat supper in silence while the radio plays.',
      'Earlier that day, the flour merchant had sold the mill to a company from the city, and he tells Marta so in a letter that arrives the next morning.',
      'A week later Jonas passes his test, and he drives his mother to the mill to see the new owners.',
    ].join('\n\n');
    const ranks = chronoOf(linear, [
      'quarrels with the flour merchant',
      'fails it on the roundabout',
      'eat supper in silence',
      'he drives his mother to the mill',
    ]);
    expect(ranks).toEqual([...ranks].sort((x, y) => (x ?? 0) - (y ?? 0)));
  });
});
