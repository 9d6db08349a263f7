import { describe, expect, it } from 'vitest';
import { FilmSchema } from '../../src/model/film';
import {
  chronoRankAmongVisible,
  computeLayout,
  ordinal,
  positionsLabel,
  visibleCount,
} from '../../src/timeline';
import { generateFilm } from '../fixtures/generateFilm';
import { filmWithOrder } from './helpers';

const increasing = (xs: ArrayLike<number>) =>
  Array.from(xs).every((x, i, a) => i === 0 || x > (a[i - 1] ?? -1));

describe('computeLayout', () => {
  it('places scenes left to right by storyIndex in story order', () => {
    const layout = computeLayout(filmWithOrder([2, 0, 3, 1]), 3, 'text');
    expect(increasing(layout.storyCenters)).toBe(true);
  });

  it('places scenes left to right by chronoIndex in chronological order', () => {
    const chrono = [2, 0, 3, 1];
    const layout = computeLayout(filmWithOrder(chrono), 3, 'equal');
    const byChrono = [1, 3, 0, 2].map((s) => layout.chronoCenters[s] ?? 0);
    expect(increasing(byChrono)).toBe(true);
    expect(Array.from(layout.chronoCenters)).toEqual(chrono.map((c) => (c + 0.5) / 4));
  });

  it('spans the whole axis with slot widths that sum to one', () => {
    const layout = computeLayout(generateFilm({ scenes: 40 }), 39, 'text');
    expect(Array.from(layout.widths).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('gives longer scenes wider slots when sized by text, equal slots otherwise', () => {
    const film = filmWithOrder([0, 1, 2], ['short', 'x'.repeat(400), 'medium text here']);
    const byText = computeLayout(film, 2, 'text');
    expect(byText.widths[1]).toBeGreaterThan(byText.widths[0] ?? 1);
    const equal = computeLayout(film, 2, 'equal');
    expect(new Set(Array.from(equal.widths)).size).toBe(1);
  });

  it('draws only scenes up to the reveal limit', () => {
    const film = generateFilm({ scenes: 20 });
    expect(computeLayout(film, 6, 'text').visible.map((s) => s.storyIndex)).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(computeLayout(film, -1, 'text').visible).toHaveLength(0);
    expect(visibleCount(20, 99)).toBe(20);
  });

  it('keeps hidden scenes’ chronological slots empty: visible scenes do not move as the limit grows', () => {
    const film = generateFilm({ scenes: 30 });
    const limited = computeLayout(film, 9, 'equal');
    const full = computeLayout(film, 29, 'equal');
    expect(Array.from(limited.chronoCenters)).toEqual(Array.from(full.chronoCenters.slice(0, 10)));
    expect(Array.from(limited.storyCenters)).toEqual(Array.from(full.storyCenters.slice(0, 10)));
  });

  it('does not leak hidden scenes’ text length into the positions of visible ones', () => {
    const film = generateFilm({ scenes: 12 });
    const longer = {
      ...film,
      scenes: film.scenes.map((s, i) => (i > 5 ? { ...s, text: s.text.repeat(20) } : s)),
    };
    expect(FilmSchema.safeParse(longer).success).toBe(true);
    const a = computeLayout(film, 5, 'text');
    const b = computeLayout(longer, 5, 'text');
    expect(Array.from(b.chronoCenters)).toEqual(Array.from(a.chronoCenters));
    expect(Array.from(b.widths)).toEqual(Array.from(a.widths));
  });

  it('falls back to equal widths for films without scene text', () => {
    const film = filmWithOrder([1, 0, 2], ['', '', '']);
    expect(new Set(Array.from(computeLayout(film, 2, 'text').widths)).size).toBe(1);
  });

  it('ranks visible scenes in time among visible scenes only', () => {
    // Story scene 2 happens first of all, but it is hidden: scene 1 is first among the visible.
    const layout = computeLayout(filmWithOrder([2, 1, 0, 3]), 1, 'equal');
    expect(chronoRankAmongVisible(layout, 0)).toBe(1);
    expect(chronoRankAmongVisible(layout, 1)).toBe(0);
    expect(positionsLabel(layout, 1)).toBe('Scene 2 of 4 as told · 1st in time');
  });
});

describe('ordinal', () => {
  it('writes English ordinals including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});
