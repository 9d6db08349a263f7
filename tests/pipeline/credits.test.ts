import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { creditedNames } from '../../src/pipeline/credits';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const names = (text: string) =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.map(
    (c) => c.name,
  ) ?? [];

const SHOW = [
  'Frame by Frame, episode 88: "The Copper Orchard"',
  'Hosted by Priya Raman and Josh Feld. Produced by Maddie Cho.',
  '',
  'Priya and Josh finally get to The Copper Orchard, directed by Hanna Weiss, which Josh calls the best film about apples ever made.',
  '',
  'The film opens in the autumn of 1988 on a failing cider farm. Old Walter Penhale is dying, and his sons Gideon and Luke fight over the orchard. Gideon wants to sell to a developer, Colin Ashby.',
  '',
  'As Priya pointed out on the show, the first act is mostly weather. A hailstorm flattens the fruit, and Luke and Sally Ferris wrap the young trees in sacking. Walter dies the next morning.',
  '',
  'At the hearing, the solicitor reads out a letter written by Walter, in which he says the land must never be sold. Gideon withdraws his claim and Luke presses the harvest with Sally.',
].join('\n');

describe('people the page credits are not characters', () => {
  it('reads hosts, producers and a director named in prose', () => {
    const credited = creditedNames(SHOW);
    for (const n of [
      'Priya Raman',
      'Priya',
      'Josh Feld',
      'Josh',
      'Maddie Cho',
      'Hanna Weiss',
      'Weiss',
    ])
      expect(credited).toContain(n);
    // A director is named by surname; the first name alone may be anyone's.
    expect(credited).not.toContain('Hanna');
  });

  it('drops the hosts from the characters and keeps the story people', () => {
    const people = names(SHOW);
    expect(people).not.toContain('Priya Raman');
    expect(people).not.toContain('Josh');
    expect(people).not.toContain('Hanna Weiss');
    expect(people).toEqual(expect.arrayContaining(['Gideon', 'Luke', 'Sally']));
    // "a letter written by Walter" inside the story is no credit.
    expect(people.some((n) => n.startsWith('Walter'))).toBe(true);
  });

  it('reads no credit from a long list or from mid-sentence "written by"', () => {
    expect(creditedNames('Music by Ann Lee, Bo Ray, Cy Day, Di Fox and Ed Holt').size).toBe(0);
    expect(creditedNames('She finds a note written by Tom Hale in the drawer.').size).toBe(0);
  });

  it('takes the performers of a "Starring:" line, surnames too, but not a character named first', () => {
    const got = creditedNames(
      'Starring: Joanne Kerr, Luke Farrant and Amara Bello\nLena (Joanne Kerr)',
    );
    for (const n of ['Joanne Kerr', 'Kerr', 'Luke Farrant', 'Farrant', 'Bello'])
      expect(got).toContain(n);
    expect(creditedNames('Starring: Lena Moss (Joanne Kerr)')).not.toContain('Moss');
  });

  it('reads credits in a review’s prose: starring lists, crew by-lines, crew nouns, makers', () => {
    const names = creditedNames(
      'Starring Odalys Prane, Berit Calloway and Jasper Noake. The script by Wendeline Hask is lean, ' +
        'the night photography by Ivo Marrent superb, and newcomer Tamsin Oake steals it. ' +
        'Like Ferdo Lussac’s 1971 film of the same story, it was produced by Dr Alma Greaves. ' +
        "Vrell's second feature is better still.",
    );
    for (const n of [
      'Odalys Prane',
      'Calloway',
      'Noake',
      'Wendeline Hask',
      'Ivo Marrent',
      'Oake',
      'Ferdo Lussac',
      'Alma Greaves',
      'Vrell',
    ])
      expect(names).toContain(n);
  });

  it('credits no one for a story’s "Mira’s frame gives the film" or "Mira’s weekend"', () => {
    const names = creditedNames(
      'Part one: Mira’s weekend.\n\nFilm critics agree that Mira’s frame gives the film its heart.',
    );
    expect(names).not.toContain('Mira');
  });
});
