import { describe, expect, it } from 'vitest';
import { searchFilms } from '../../src/components/filmSearch';
import { ordinal } from '../../src/components/ordinal';
import type { FilmSummary } from '../../src/model/film';

const film = (id: string, title: string, year: number | null): FilmSummary => ({
  id,
  title,
  year,
  sceneCount: 1,
  characterCount: 1,
});
const FILMS = [
  film('la-piel', 'La piel que habito', 2011),
  film('memento', 'Memento', 2000),
  film('amelie', 'Amélie', 2001),
];

describe('searchFilms', () => {
  it('matches every word, ignoring case and accents, and sorts by title', () => {
    expect(searchFilms(FILMS, 'AMELIE').map((f) => f.id)).toEqual(['amelie']);
    expect(searchFilms(FILMS, 'piel 2011').map((f) => f.id)).toEqual(['la-piel']);
    expect(searchFilms(FILMS, '').map((f) => f.title)).toEqual([
      'Amélie',
      'La piel que habito',
      'Memento',
    ]);
  });

  it('finds films by year', () => {
    expect(searchFilms(FILMS, '2000').map((f) => f.id)).toEqual(['memento']);
  });
});

describe('ordinal', () => {
  it('writes English ordinals, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '103rd',
      '111th',
    ]);
  });
});
